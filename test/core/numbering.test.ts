import { parseNumbering } from "../../src/core/text/numbering";
import { formatChineseNumeral, parseChineseNumeral } from "../../src/core/text/text";

describe("parseNumbering: every way 公文 numbering is typed", () => {
  test.each([
    ["一、部门基本情况", 1, 1, "一、"],
    ["十二、附件", 1, 12, "一、"],
    ["一 绩效目标", 1, 1, "一 "],
    ["一．部门概况", 1, 1, "一."],
    ["（一）部门概况", 2, 1, "（一）"],
    ["(一) 自评的组织工作", 2, 1, "(一)"],
    ["（ 三 ）绩效目标", 2, 3, "（一）"],
    ["1. 部门职责", 3, 1, "1."],
    ["2、部门机构设置情况", 3, 2, "1、"],
    ["1 .部门职责", 3, 1, "1."],
    ["３．资产", 3, 3, "1."],
    ["（1）受理信访事项", 4, 1, "（1）"],
    ["(12)其他", 4, 12, "(1)"],
    ["第一部分 基本情况", 1, 1, "第部分"],
    // every first character the quick test admits, behind leading spaces of each kind
    ["  二、项目情况", 1, 2, "一、"],
    ["\u3000\u3000（二）项目情况", 2, 2, "（一）"],
    ["\t(二)项目情况", 2, 2, "(一)"],
    ["\u00a0两、其他", 1, 2, "一、"],
    ["\u205f\u2028三、其他", 1, 3, "一、"],
    ["百、说明", 1, 100, "一、"],
    ["一百零五、附件", 1, 105, "一、"],
    ["①资金管理", 5, 1, "①"],
    ["⑳其他", 5, 20, "①"],
    ["\u3000９．其他", 3, 9, "1."],
    ["第二章 总则", 1, 2, "第章"],
  ])("%s", (text, level, ordinal, variant) => {
    expect(parseNumbering(text)).toMatchObject({ level, ordinal, variant });
  });

  test.each([
    "2023年度报告",
    "1.5 万元",
    "一个单位",
    "部门基本情况",
    "12345",
    "一",
    "、一、",
    "（",
    "",
    "   ",
    "〇、说明",
  ])("%s is not numbering", (text) => {
    expect(parseNumbering(text)).toBeUndefined();
  });

  test.each([
    ["（三 人员情况", 3, "close-missing", "（一）"],
    ["（三、人员情况", 3, "close-missing", "（一）"],
    ["(三 人员情况", 3, "close-missing", "(一)"],
    ["三）人员情况", 3, "open-missing", "（一）"],
    ["四)资产情况", 4, "open-missing", "(一)"],
    ["（四)资产情况", 4, "mixed", "（一）"],
    ["(四）资产情况", 4, "mixed", "(一)"],
  ])("%s: a bracket of （一） missing or mixed", (text, ordinal, brackets, variant) => {
    expect(parseNumbering(text)).toMatchObject({ family: "cn-paren", level: 2, ordinal, brackets, variant });
  });

  test("（2) is arabic numbering with its brackets mixed; （一） and (1) are not marked", () => {
    expect(parseNumbering("（2)承办")).toMatchObject({ family: "arabic-paren", ordinal: 2, brackets: "mixed" });
    expect(parseNumbering("（一）部门概况")!.brackets).toBeUndefined();
    expect(parseNumbering("(1)受理")!.brackets).toBeUndefined();
  });

  test.each(["（三、四季度为高峰期）全年受理", "（一", "（三）", "三）"])(
    "%s is not numbering with a bracket missing",
    (text) => {
      expect(parseNumbering(text)?.brackets).toBeUndefined();
    },
  );

  test("prefix length covers the spaces after it", () => {
    const text = "(一) 自评的组织工作";
    expect(text.slice(parseNumbering(text)!.length)).toBe("自评的组织工作");
  });
});

describe("Chinese numerals", () => {
  test.each([
    [1, "一"],
    [10, "十"],
    [12, "十二"],
    [20, "二十"],
    [105, "一百零五"],
    [110, "一百一十"],
    [3482, "三千四百八十二"],
  ])("%i ↔ %s", (n, s) => {
    expect(formatChineseNumeral(n)).toBe(s);
    expect(parseChineseNumeral(s)).toBe(n);
  });
});
