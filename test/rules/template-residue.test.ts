import { templateResidue } from "../../src/core/rules/template-residue";
import { doc, report, ruleCases } from "../support/rule-tester";

ruleCases(templateResidue, [
  ["clean text", report("本局 2023 年度整体支出绩效自评报告。"), []],
  ["XX placeholders", report("XX县XX局2023年度报告"), ["“XX”"]],
  ["×× placeholders", report("××单位"), ["“××”"]],
  ["full-width ＸＸ", report("ＸＸ单位"), ["“XX”"]],
  ["（参考提纲）", report("一、部门基本情况（参考提纲）"), ["（参考提纲）"]],
  ["【请填写】, listed once", report("年末实有人数【请填写】人"), [{ message: "模板内容未替换：“【请填写】”", en: "【请填写】" }]],
  ["{{field}}", report("单位：{{unitName}}"), ["{{unitName}}"]],
  ["full-width ｛｛field｝｝", report("单位：｛｛unitName｝｝"), ["{{unitName}}"]],
  [
    "placeholders in several paragraphs, each its own finding",
    report("XX单位", "正文", "××局"),
    [
      { message: "XX", paragraph: 0 },
      { message: "××", paragraph: 2 },
    ],
  ],
  ["a placeholder at the end of one paragraph and a word at the start of the next", report("负责人XX", "Lisa 说明"), ["“XX”"]],
  ["unticked options", report("是否完成：□是 □否"), ["□"]],
  ["a ticked option is an answer", report("是否完成：☑是 □否"), []],
  ["a Word content control never filled in", report("部门职责：单击或点击此处输入文字。"), ["“单击或点击此处输入文字”"]],
  ["an English Word's placeholder", report("Click or tap here to enter text."), ["Click or tap here to enter text"]],
  ["Word's check-box symbols ☐ ☒", report("是否完成：☐是 ☐否"), ["□"]],
  ["a check-box ticked with ☒", report("是否完成：☒是 ☐否"), []],
  ["ticked with a filled square ▣", report("是否完成：▣是 □否"), []],
  ["XX inside a Latin word is not residue (XXL, MAXX)", report("型号 XXL，品牌 MAXX"), []],
  [
    "residue in a table cell",
    doc([
      ["项目", "数量"],
      ["XX", "1"],
    ]),
    [{ message: "XX" }],
  ],
]);
