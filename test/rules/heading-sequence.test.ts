import { headingSequence } from "../../src/core/rules/heading-sequence";
import { DocBuilder } from "../../src/core/builder";
import { report, ruleCases } from "../support/rule-tester";

ruleCases(headingSequence, [
  ["一 二 三 in order", report("一、概况", "二、收支", "三、结论"), []],
  ["一 二 四 skips 三", report("一、概况", "二、收支", "四、结论"), [{ message: "缺少“三、”", paragraph: 2 }]],
  ["（一）（三） skips （二）", report("一、概况", "（一）职责", "（三）人员"), ["缺少“（二）”"]],
  ["4. twice", report("一、概况", "1.职责", "2.机构", "3.人员", "4.资产", "4.收支"), ["“4.”重复"]],
  ["sub-levels restart under a new parent", report("一、概况", "（一）职责", "（二）机构", "二、收支", "（一）收入", "（二）支出"), []],
  ["starting at 二", report("二、收支", "三、结论"), ["缺少“一、”"]],
  ["1. beside 2、 at one level", report("一、概况", "1. 职责", "2、机构", "3、人员"), ["此处为“1.”"]],
  ["(一) beside （一）", report("一、概况", "（一）职责", "（二）机构", "二、收支", "(一) 收入"), ["此处为“(一)”"]],
  [
    "a list broken by one unnumbered paragraph",
    report(
      "1、提高受理率，确保按期答复。",
      "2、减少积案，化解重点案件。",
      "3、做好值守，妥善处置突发事件。",
      "完成上级交办的其他任务。",
      "4、督促指导，开展年度考核。",
      "5、协助处理，协调跨部门问题。",
    ),
    [{ message: "第3项与第4项之间", severity: "info", paragraph: 3 }],
  ],
  [
    "explanations under every item are fine",
    report(
      "1、目标一，内容较长的一句。",
      "说明一。",
      "2、目标二，内容较长的一句。",
      "说明二。",
      "3、目标三，内容较长的一句。",
      "说明三。",
      "4、目标四，内容较长的一句。",
      "说明四。",
    ),
    [],
  ],
  [
    "a heading styled without a number opens a new part: its list starts afresh",
    new DocBuilder().heading("部门基本情况", 1).paragraphs("（一）职责", "（二）机构").heading("自评工作开展情况", 1).paragraphs("（二）方法").build(),
    [{ message: "编号从“（二）”开始，缺少“（一）”", paragraph: 4 }],
  ],
  ["years and decimals are not numbering", report("2023年，本局预算 1.5 万元。", "2024年计划如下。"), []],
  [
    "Word list labels count like typed numbers",
    new DocBuilder()
      .paragraph({ text: "概况", list: { level: 0, label: "一、" } })
      .paragraph({ text: "收支", list: { level: 0, label: "三、" } })
      .build(),
    ["缺少“二、”"],
  ],
]);
