import { gradeBand } from "../../src/core/rules/grade-band";
import { doc, report, ruleCases } from "../support/rule-tester";

ruleCases(gradeBand, [
  [
    "87 分 labelled 优 is 良 under national bands",
    report("得分 87 分，评价等级为“优”。"),
    [{ message: "87 分应评为“良”", en: 'grade "良"' }],
  ],
  ["90 分 is 优 (inclusive)", report("得分 90 分，评价等级为“优”。"), []],
  ["89.99 分 is 良", report("得分 89.99 分，评价等级为“优”。"), ["应评为“良”"]],
  ["80 分 is 良", report("自评得分为80分，评价等级：良。"), []],
  ["60 分 is 中", report("得分 60 分，等级为“中”。"), []],
  ["59.5 分 labelled 中 is 差", report("得分 59.5 分，等级为“中”。"), ["应评为“差”"]],
  ["word variants: 优秀 for 92", report("综合得分 92 分，评价等级为优秀。"), []],
  ["word variants: 良好 for 95 is wrong", report("综合得分 95 分，评价等级为良好。"), ["应评为“优”"]],
  ["合格 counts as 中", report("总得分 70 分，自评等级为“合格”。"), []],
  [
    "the conclusion's statement wins over an earlier mention",
    report("去年得分 95 分。", "四、评价结论和评价等级", "本年得分 85 分，评价等级为“良”。"),
    [],
  ],
  ["满分 100 分 is not the score", report("满分 100 分，本部门得分 85 分，评价等级为“良”。"), []],
  ["no grade stated, nothing to compare", report("得分 87 分。"), []],
  [
    "grade against the computed score when no score is stated",
    doc("评价等级为“优”。", [
      ["一级指标", "三级指标", "分值", "得分"],
      ["产出", "件数", "60", "50"],
      ["效益", "满意度", "40", "35"],
    ]),
    ["85 分应评为“良”"],
  ],
  ["优化 is not a grade", report("得分 87 分，等级评定将进一步优化。"), []],
  ["a strong keyword needs no 分: 自评得分：92.5", report("自评得分：92.5，评价等级为良。"), ["92.5 分应评为“优”"]],
  ["评价结果为“优秀”", report("经综合评定，得分 86 分，评价结果为“优秀”。"), ["应评为“良”"]],
  ["总体评价为良好", report("本部门自评得分 93 分，总体评价为良好。"), ["应评为“优”"]],
  ["a score rate is not a score", report("得分率 95%，评价等级为“优”。"), []],
  [
    "a summary form: 自评得分 | 85 | 评价等级 | 优",
    doc([["自评得分", "85", "评价等级", "优"]]),
    [{ message: "85 分应评为“良”" }],
  ],
  // forms with boxes: the ticked option is the grade, not the first one offered
  ["□优 ☑良 for 87: right", report("自评得分 87 分，评价等级：□优 ☑良 □中 □差。"), []],
  ["☑优 □良 for 87: wrong", report("自评得分 87 分，评价等级：☑优 □良 □中 □差。"), ["87 分应评为“良”"]],
  ["marks after the words: 优□ 良■", report("自评得分 87 分。评价等级：优□ 良■ 中□ 差□"), []],
  [
    "Word check boxes ☐ ☒ and the word variants",
    report("自评得分 95 分，评价等级：☐优秀 ☒良好 ☐合格 ☐不合格"),
    ["95 分应评为“优”"],
  ],
  ["nothing ticked states no grade", report("自评得分 87 分，评价等级：□优 □良 □中 □差"), []],
  ["two ticked state no grade", report("自评得分 87 分，评价等级：☑优 ☑良 □中 □差"), []],
  ["a form cell with boxes", doc([["自评得分", "87", "评价等级", "□优 √良 □中 □差"]]), []],
  [
    "a form cell with the wrong box ticked",
    doc([["自评得分", "87", "评价等级", "√优 □良 □中 □差"]]),
    ["87 分应评为“良”"],
  ],
  [
    "the conclusion's sentence wins over a form elsewhere",
    doc([["自评得分", "95", "评价等级", "优"]], "四、评价结论和评价等级", "自评得分 85 分，评价等级为“良”。"),
    [],
  ],
]);
