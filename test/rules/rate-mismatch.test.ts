import { rateMismatch } from "../../src/core/rules/rate-mismatch";
import { doc, report, ruleCases } from "../support/rule-tester";

const table = (rate: string, score: string, budget = "520.00", executed = "494.00") =>
  doc([
    ["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度预算资金", "500.00", budget, executed, "10", rate, score],
  ]);

ruleCases(rateMismatch, [
  ["text: 494 / 520 = 95%", report("全年预算数 520.00 万元，全年执行数 494.00 万元，预算执行率 95.00%。"), []],
  [
    "text: stated 98% is wrong",
    report("全年预算数 520.00 万元，全年执行数 494.00 万元，预算执行率 98.00%。"),
    [
      {
        message: "预算执行率 98.00% 与 全年执行数 494.00 万元 ÷ 全年预算数 520.00 万元 = 95.00% 不符",
        en: "execution rate",
      },
    ],
  ],
  [
    "text: rounding of a rate given to one decimal",
    report("全年预算数 300 万元，全年执行数 200 万元，预算执行率 66.7%。"),
    [],
  ],
  ["text: no full-year budget, nothing recomputed", report("年初预算 187.35 万元，预算执行率 95%。"), []],
  ["table: rate and score agree", table("95.00%", "9.5"), []],
  ["table: rate wrong", table("99.00%", "9.5"), ["执行率 99.00% 与 494 ÷ 520 = 95.00% 不符"]],
  ["table: score wrong for the rate", table("95.00%", "8"), ["执行率得分 8 与 min(95.00%, 100%) × 10 = 9.50 不符"]],
  ["table: 9.5 rounded to a whole 10 is within rounding", table("95.00%", "10"), []],
  ["table: a rate over 100% scores the full weight", table("110.00%", "10", "100.00", "110.00"), []],
  ["table: 76% of a 10-point line scores 7.6", table("76.00%", "7.6", "100.00", "76.00"), []],
  // a form whose cells carry their unit (湖南, 2021): 3824.26 / 4753.66 = 80.45 %, not 100 %, and 8.04 points, not 10
  [
    "form cells with units: the rate and the score recompute",
    doc([
      ["年度预算申请（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", "4753.66万元", "4753.66万元", "3824.26万元", "10", "100%", "10"],
    ]),
    ["执行率 100% 与 3824.26 ÷ 4753.66 = 80.45% 不符", "执行率得分 10 与 min(80.45%, 100%) × 10 = 8.04 不符"],
  ],
  [
    "form cells with units that agree",
    doc([
      ["年度预算申请（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", "4753.66万元", "4753.66万元", "3824.26万元", "10", "80.45%", "8.04"],
    ]),
    [],
  ],
  [
    "text: a part's rate is not the total rate",
    report("全年预算数 520.00 万元，全年执行数 494.00 万元，其中项目支出执行率 90.00%。"),
    [],
  ],
]);
