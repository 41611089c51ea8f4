import { outlineMismatch } from "../../src/core/rules/outline-mismatch";
import { sectionMissing } from "../../src/core/rules/section-missing";
import { builtInProfile } from "../../src/core/profile/built-in";
import { OUTLINE, report, ruleCases, runRule, withText } from "../support/rule-tester";

const HUNAN = withText(
  "一、部门（单位）基本概况",
  "二、一般公共预算支出情况",
  "三、政府性基金预算支出情况",
  "四、国有资本经营预算支出情况",
  "五、社会保险基金预算支出情况",
  "六、部门整体支出绩效情况",
  "七、存在的问题及原因分析",
  "八、下一步改进措施",
);
const NO_FAMILY = withText("一、年度工作回顾", "二、主要成绩", "三、亮点工作", "四、明年工作思路");

ruleCases(outlineMismatch, [
  ["the national outline under the national profile", report(...OUTLINE), []],
  ["one section missing is section-missing's, not a mismatch", report(...OUTLINE.slice(2)), []],
  ["an empty document: nothing to compare", report(""), []],
  [
    "a document with no outline and none of the required sections: one warning, not five errors",
    report(
      "关于申报项目的说明",
      "本单位拟申报信息化建设项目一项，预计投资 50 万元。",
      "项目建成后可提升办公效率。",
      "特此说明。",
    ),
    ["报告的提纲与模板“部门整体支出绩效自评报告（全国通用）”不符（吻合度 0%，必备章节找到 0/5）"],
  ],
  [
    "a Hunan outline under the national profile: one warning naming the Hunan profile and the headings found",
    HUNAN,
    [
      {
        message: "最接近的内置模板是“部门整体支出绩效自评报告（湖南",
        severity: "warning",
        paragraph: 0,
        en: "dept-overall-hunan",
      },
    ],
  ],
  ["the same report under its own profile", HUNAN, [], builtInProfile("dept-overall-hunan")],
  [
    "an outline of no family: one warning listing its headings",
    NO_FAMILY,
    [{ message: "找到的一级标题：“一、年度工作回顾”、“二、主要成绩”、“三、亮点工作”、“四、明年工作思路”" }],
  ],
]);

test("section-missing stays quiet when the outline is another one", () => {
  expect(runRule(sectionMissing, HUNAN)).toEqual([]);
  expect(runRule(sectionMissing, NO_FAMILY)).toEqual([]);
  expect(runRule(sectionMissing, report(""))).toHaveLength(5);
});
