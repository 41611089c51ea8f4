import { figureMismatch } from "../../src/core/rules/figure-mismatch";
import { doc, report, ruleCases } from "../support/rule-tester";

ruleCases(figureMismatch, [
  [
    "seed: income = spending, initial and final",
    report("年初预算收入 187.35 万元，年初预算支出为 187.35 万元，决算收入为 292.04 万元，决算支出为 292.04 万元。"),
    [],
  ],
  [
    "initial income ≠ initial spending",
    report("年初预算收入 187.35 万元，年初预算支出 180.00 万元。"),
    [{ message: "年初预算收入 187.35 万元 ≠ 年初预算支出 180.00 万元", en: "initial budget income" }],
  ],
  ["final income = spending + carry-over", report("决算收入 300.00 万元，决算支出 290.00 万元，年末结转和结余 10.00 万元。"), []],
  ["final income ≠ spending without carry-over", report("决算收入 300.00 万元，决算支出 290.00 万元。"), ["相差 10"]],
  ["the same figure stated twice alike", report("实有人数 15 人。", "全局实有人数 15 人。"), []],
  [
    "the same figure stated twice differently",
    report("实有人数 15 人。", "年末实有人数 16 人。"),
    [{ message: "实有人数前后不一致：此处为 16 人，第 1 段为 15 人", paragraph: 1 }],
  ],
  [
    "text vs table, units converted (万元 header)",
    doc("资产总额 63.51 万元。", [
      ["项目", "数量", "价值（万元）"],
      ["资产总额", "200", "63.51"],
    ]),
    [],
  ],
  [
    "text vs table disagree",
    doc("资产总额 64.00 万元。", [
      ["项目", "数量", "价值（万元）"],
      ["资产总额", "200", "63.51"],
    ]),
    ["资产总额前后不一致"],
  ],
  ["figures that are not once-per-report may differ (基本支出 of 年初 and 决算)", report("年初基本支出 100 万元。", "决算基本支出 120 万元。"), []],
]);
