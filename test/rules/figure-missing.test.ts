import { figureMissing } from "../../src/core/rules/figure-missing";
import { defaultProfile } from "../../src/core/profile/built-in";
import { doc, report, ruleCases, runRule } from "../support/rule-tester";

const indicator = [
  ["一级指标", "三级指标", "分值", "得分"],
  ["产出", "件数", "100", "87"],
];

ruleCases(figureMissing, [
  [
    "seed: execution rate, spending split and indicator table all absent",
    report("年初预算支出为 187.35 万元，决算支出为 292.04 万元。", "得分 87 分，评价等级为“优”。"),
    [
      {
        message: "预算执行率无法核对：缺少全年预算数、全年执行数、预算执行率（决算支出为年初预算支出的 156%）",
        severity: "info",
      },
      "基本支出与项目支出",
      "绩效自评指标表",
    ],
  ],
  [
    "everything present",
    doc(
      "全年预算数 520 万元，全年执行数 494 万元，预算执行率 95%。决算支出 494 万元，其中基本支出 400 万元，项目支出 94 万元。",
      indicator,
      "得分 87 分，评价等级为“良”。",
    ),
    [],
  ],
  [
    "only the rate is missing",
    doc(
      "全年预算数 520 万元，全年执行数 494 万元。决算支出 494 万元，其中基本支出 400 万元，项目支出 94 万元。",
      indicator,
      "得分 87 分，等级为“良”。",
    ),
    ["缺少预算执行率"],
  ],
  [
    "no score, no grade",
    doc("全年预算数 520 万元，全年执行数 494 万元，预算执行率 95%。基本支出 400 万元，项目支出 94 万元。", [
      ["一级指标", "三级指标", "分值", "权重"],
      ["产出", "件数", "100", "1"],
    ]),
    ["未找到自评得分"],
  ],
  [
    "a score without a grade",
    doc(
      "全年预算数 520 万元，全年执行数 494 万元，预算执行率 95%。基本支出 400 万元，项目支出 94 万元。",
      indicator,
      "得分 87 分。",
    ),
    ["未找到评价等级"],
  ],
]);

test("the note beside a rate that cannot be checked compares the two figures the profile names, and none without them", () => {
  const text = report("年初预算支出为 187.35 万元，决算支出为 292.04 万元。", "得分 87 分，评价等级为“优”。");
  const base = defaultProfile();
  const rate = (profile = base) => runRule(figureMissing, text, profile)[0].message["zh-CN"];
  expect(rate()).toContain("（决算支出为年初预算支出的 156%）");
  const reversed = {
    ...base,
    execution: { ...base.execution!, compare: { initial: "final.spending", final: "budget.initial.spending" } },
  };
  expect(rate(reversed)).toContain("（年初预算支出为决算支出的 64%）");
  const none = { ...base, execution: { ...base.execution!, compare: undefined } };
  expect(rate(none)).toBe("预算执行率无法核对：缺少全年预算数、全年执行数、预算执行率");
});
