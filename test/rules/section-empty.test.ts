import { sectionEmpty } from "../../src/core/rules/section-empty";
import { OUTLINE, doc, report, ruleCases } from "../support/rule-tester";

ruleCases(sectionEmpty, [
  ["every section has text", report(...OUTLINE), []],
  [
    "a heading followed by the next heading: a required section, an error with its fix",
    report(...OUTLINE.filter((l) => l !== "问题较少。")),
    [{ message: "必填章节“存在的问题及改进措施”没有内容", severity: "error", fix: "填写内容" }],
  ],
  [
    "the optional 评价工作组 section left empty: a warning",
    report(...OUTLINE, "六、评价工作组人员名单及签字"),
    [{ message: "章节“评价工作组人员名单及签字”没有内容", severity: "warning" }],
  ],
  [
    "only a placeholder",
    report(...OUTLINE.map((l) => (l === "问题较少。" ? "【请填写】" : l))),
    ["存在的问题及改进措施"],
  ],
  ["XX only", report(...OUTLINE.map((l) => (l === "结论如下。" ? "XXXX" : l))), ["评价结论和评价等级"]],
  [
    "only a content control's placeholder",
    report(...OUTLINE.map((l) => (l === "结论如下。" ? "单击或点击此处输入文字。" : l))),
    ["评价结论和评价等级"],
  ],
  [
    "a 第一部分 holds its 一、 sub-headings (both level 1 of their numbering): not empty",
    report(
      "第一部分 部门概况",
      "一、主要职责",
      "本局负责全市退役军人工作。",
      "二、机构设置",
      "本局设10个处室。",
      "第二部分 部门决算表",
      "见附表。",
    ),
    [],
  ],
  [
    "a parent whose sub-section has text is not empty",
    report("一、部门基本情况", "（一）部门概况", "本部门设 3 个科室。", ...OUTLINE.slice(2)),
    [],
  ],
  [
    "a table with only its header row is empty",
    doc(...OUTLINE.slice(0, 8), "五、存在的问题及改进措施", [["问题", "措施"]]),
    ["存在的问题及改进措施"],
  ],
  [
    "a filled table is content",
    doc(...OUTLINE.slice(0, 8), "五、存在的问题及改进措施", [
      ["问题", "措施"],
      ["资金拨付慢", "加快拨付"],
    ]),
    [],
  ],
  [
    "text after the colon of a heading line is content",
    report(...OUTLINE.slice(0, 8), "五、存在的问题及改进措施：满意度调查样本偏少。"),
    [],
  ],
]);
