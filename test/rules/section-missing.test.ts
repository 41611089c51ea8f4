import { sectionMissing } from "../../src/core/rules/section-missing";
import { builtInProfile } from "../../src/core/profile/built-in";
import { OUTLINE, report, ruleCases } from "../support/rule-tester";

const without = (title: string) => {
  const i = OUTLINE.findIndex((l) => l.includes(title));
  return OUTLINE.filter((_, k) => k !== i && k !== i + 1);
};

ruleCases(sectionMissing, [
  ["all five required sections present", report(...OUTLINE), []],
  ["一 missing", report(...without("部门基本情况")), ["缺少章节“部门基本情况”"]],
  ["四 missing", report(...without("评价结论")), ["缺少章节“评价结论和评价等级”"]],
  [
    "two missing",
    report(...without("自评工作").filter((l) => !l.startsWith("五") && l !== "问题较少。")),
    ["自评工作开展情况", "存在的问题及改进措施"],
  ],
  ["六 is optional in the national profile", report(...OUTLINE), []],
  [
    "六 is required in the Hebei profile",
    report(...OUTLINE),
    ["评价工作组人员名单及签字"],
    builtInProfile("dept-overall-hebei"),
  ],
  [
    "an alias names the section: 存在的问题及原因分析",
    report(...OUTLINE.map((l) => (l.startsWith("五") ? "五、存在的问题及原因分析" : l))),
    [],
  ],
  [
    "an empty document misses every required section",
    report(""),
    ["部门基本情况", "自评工作开展情况", "绩效目标实现情况及指标分析", "评价结论和评价等级", "存在的问题及改进措施"],
  ],
]);
