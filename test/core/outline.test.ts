import { DocBuilder } from "../../src/core/model/builder";
import { matchKey } from "../../src/core/reading/heading-names";
import { findOutline } from "../../src/core/reading/outline";
import { headingTitle } from "../../src/core/reading/outline-items";
import { defaultProfile } from "../../src/core/profile/built-in";
import { report } from "../support/rule-tester";

const p = defaultProfile();
const sectionAt = (lines: string[], id: string) => findOutline(report(...lines), p).sections.find((s) => s.id === id)!;

describe("headings as people really type them (docs/domain.md §2)", () => {
  test.each([
    ["一、部门基本情况", "basic"],
    ["一、部门(单位)基本情况", "basic"],
    ["一、部门（单位）基本情况", "basic"],
    ["一、单位基本情况", "basic"],
    ["一、 部门基本情况。", "basic"],
    ["一 部门基本情况", "basic"],
    ["一．部門基本情況", "basic"],
    ["一、部门基本情况3", "basic"],
    ["（二）部门收支预决算情况", "basic.budget"],
    ["(二) 部门整体支出情况", "basic.budget"],
    ["1、部门职能职责", "basic.duties"],
    ["1 .部门职责：", "basic.duties"],
    ["二、绩效自评工作开展情况", "selfeval"],
    ["四、综合评价结论", "conclusion"],
    ["四、项目综合评价结论", "conclusion"],
    ["一、自评得分情况", "conclusion"],
    ["五、存在的问题及原因分析", "problems"],
    ["（二）改进措施及建议", "problems.measures"],
    ["六、评价小组", "team"],
    ["三、部门整体支出绩效情况", "results"],
    ["四、绩效评价结论", "conclusion"],
    ["（二）下一步改进措施", "problems.measures"],
    ["二、绩效评价工作情况", "selfeval"],
    ["第一部分 部门基本情况", "basic"],
  ])("%s → %s", (heading, id) => {
    const s = sectionAt([heading, "正文内容若干。"], id);
    expect(s.status).toBe("found");
    expect(s.paragraph).toBe(0);
  });

  test("level decides between 部门概况 as 一 and as （一）", () => {
    const o = findOutline(report("一、部门概况", "（一）部门职责", "负责相关工作。"), p);
    expect(o.sections.find((s) => s.id === "basic")!.paragraph).toBe(0);
    const o2 = findOutline(report("一、部门基本情况", "（一）部门概况", "内容。"), p);
    expect(o2.sections.find((s) => s.id === "basic.overview")!.paragraph).toBe(1);
  });

  test("目标实现 is not taken for 绩效目标", () => {
    const o = findOutline(
      report(
        "一、部门基本情况",
        "（三）部门整体支出绩效目标",
        "目标。",
        "二、自评工作开展情况",
        "内容。",
        "三、绩效目标实现情况",
        "内容。",
      ),
      p,
    );
    expect(o.sections.find((s) => s.id === "basic.goals")!.paragraph).toBe(1);
    expect(o.sections.find((s) => s.id === "results")!.paragraph).toBe(5);
  });

  test("Word heading styles without numbering", () => {
    const doc = new DocBuilder()
      .heading("部门基本情况", 1)
      .paragraph("内容。")
      .heading("自评工作开展情况", 1)
      .paragraph("内容。")
      .build();
    const o = findOutline(doc, p);
    expect(o.sections.find((s) => s.id === "basic")!.paragraph).toBe(0);
    expect(o.sections.find((s) => s.id === "selfeval")!.paragraph).toBe(2);
  });

  test("Word list numbering that is not in the text", () => {
    const doc = new DocBuilder()
      .paragraph({ text: "部门基本情况", list: { level: 0, label: "一、" } })
      .paragraph({ text: "部门概况", list: { level: 1, label: "（一）" } })
      .paragraph("内容。")
      .build();
    const o = findOutline(doc, p);
    expect(o.items[0].numbering).toMatchObject({ level: 1, ordinal: 1 });
    expect(o.sections.find((s) => s.id === "basic.overview")!.paragraph).toBe(1);
  });

  test("a table of contents is not the outline", () => {
    const doc = new DocBuilder()
      .paragraph({ text: "一、部门基本情况\t3", toc: true })
      .paragraph({ text: "二、自评工作开展情况\t5", toc: true })
      .paragraph("一、部门基本情况")
      .paragraph("内容。")
      .build();
    const o = findOutline(doc, p);
    expect(o.sections.find((s) => s.id === "basic")!.paragraph).toBe(2);
    expect(o.sections.find((s) => s.id === "selfeval")!.status).toBe("missing");
  });

  test("body sentences that mention a section are not headings", () => {
    const o = findOutline(report("本部门基本情况良好，各项工作有序开展，存在的问题已经整改。"), p);
    expect(o.sections.every((s) => s.status === "missing")).toBe(true);
  });

  test("a plain line that names a section outright is a heading", () => {
    const o = findOutline(report("部门基本情况", "内容。"), p);
    expect(o.sections.find((s) => s.id === "basic")!.paragraph).toBe(0);
  });

  test("sectionAt finds the deepest section of a paragraph", () => {
    const o = findOutline(report("一、部门基本情况", "（一）部门概况", "内容。", "二、自评工作开展情况", "内容。"), p);
    expect(o.sectionAt(2)!.id).toBe("basic.overview");
    expect(o.sectionAt(4)!.id).toBe("selfeval");
  });
});

test.each([
  ["部门职责：负责全县信访工作", "部门职责", "负责全县信访工作"],
  ["预算资金情况9", "预算资金情况", undefined],
  ["2023年度", "2023年度", undefined],
  ["评价结论。", "评价结论", undefined],
])("headingTitle(%s)", (text, title, rest) => expect(headingTitle(text)).toEqual({ title, rest }));

test("matchKey folds 单位 and brackets", () => {
  expect(matchKey("部门（单位）基本情况")).toBe(matchKey("部门基本情况"));
  expect(matchKey("单位基本情况")).toBe(matchKey("部门基本情况"));
});
