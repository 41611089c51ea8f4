import { compileProfile } from "../../src/core/reading/compiled-profile";
import { canonicalGrade, gradeFor } from "../../src/core/reading/grades";
import { parseTarget, recomputeLine } from "../../src/core/reading/indicator-table";
import { tickedGrade } from "../../src/core/reading/stated-score";
import { defaultProfile } from "../../src/core/profile/built-in";

const p = defaultProfile();

test.each([
  [100, "优"],
  [90, "优"],
  [89.99, "良"],
  [87, "良"],
  [80, "良"],
  [79.9, "中"],
  [60, "中"],
  [59.99, "差"],
  [0, "差"],
])("%d 分 is %s", (score, grade) => expect(gradeFor(score, p)).toBe(grade));

test.each([
  ["优秀", "优"],
  ["良好", "良"],
  ["合格", "中"],
  ["一般", "中"],
  ["不合格", "差"],
  ["较差", "差"],
  ["优", "优"],
  ["甲", undefined],
])("%s → %s", (word, grade) => expect(canonicalGrade(word, p)).toBe(grade));

// options offered with boxes → the ticked grade (undefined: no boxed options; {}: none or several ticked)
test.each<[string, ReturnType<typeof tickedGrade>]>([
  ["□优 ☑良 □中 □差", { grade: "良", raw: "☑良" }],
  ["优□ 良■ 中□ 差□", { grade: "良", raw: "良■" }],
  ["☐优秀 ☒良好 ☐合格 ☐不合格", { grade: "良", raw: "☒良好" }],
  ["□优 □良 □中 □差", {}],
  ["□优 ☑良 □中 □差。该部门整体工作良好", { grade: "良", raw: "☑良" }],
  ["☑优 ☑良 □中 □差", {}],
  ["良", undefined],
  ["“良”", undefined],
  ["√良", undefined],
])("%s → %j", (text, expected) => expect(tickedGrade(text, compileProfile(p))).toEqual(expected));

describe("quantitative lines (docs/domain.md §4)", () => {
  test.each([
    ["met exactly", 10, "100件", "100件", 10],
    ["over-achieved", 10, "≥95%", "98%", 10],
    ["short of target: proportional", 50, "100件", "80件", 40],
    ["execution rate 76% of a 10-point line", 10, "100%", "76%", 7.6],
    ["reverse indicator met", 5, "≤0", "-3", 5],
    ["reverse indicator missed: deduction is local, not recomputed", 5, "≤100%", "105%", undefined],
    ["qualitative: not recomputed", 10, "有效提升", "基本达成", undefined],
    ["units differ: not recomputed", 10, "95%", "95件", undefined],
  ])("%s", (_n, weight, target, actual, expected) => {
    const r = recomputeLine(weight as number, target as string, actual as string);
    if (expected === undefined) expect(r).toBeUndefined();
    else expect(r).toBeCloseTo(expected as number, 6);
  });

  test.each([
    ["≥95%", { value: 95, direction: "min", percent: true }],
    [">=90%", { value: 90, direction: "min", percent: true }],
    ["不低于90%", { value: 90, direction: "min", percent: true }],
    ["≤0", { value: 0, direction: "max", percent: false }],
    ["控制在100%以内", { value: 100, direction: "max", percent: true }],
    ["10个", { value: 10, direction: "min", percent: false }],
  ])("parseTarget %s", (text, expected) => expect(parseTarget(text)).toEqual(expected));
});
