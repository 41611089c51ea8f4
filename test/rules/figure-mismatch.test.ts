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
  [
    "final income = spending + carry-over",
    report("决算收入 300.00 万元，决算支出 290.00 万元，年末结转和结余 10.00 万元。"),
    [],
  ],
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
  [
    "figures that are not once-per-report may differ (基本支出 of 年初 and 决算)",
    report("年初基本支出 100 万元。", "决算基本支出 120 万元。"),
    [],
  ],
  // scope (docs/domain.md §6): a sub-unit's, one kind's or another period's figure is another figure
  [
    "其中 items by sub-unit are parts, not the total restated",
    report("年末在职人数 36 人，其中：甲站在职 9 人、乙中心在职 4 人。"),
    [],
  ],
  ["a kind of quota is not the quota", report("核定编制 520 名，其中政法专项编制 380 名。"), []],
  ["last year's figure is another figure", report("年末在职人数 36 人，上年在职人数 34 人。"), []],
  [
    "another year named outright",
    report("2023 年度部门整体支出绩效自评报告", "2023 年末在职人数 36 人。", "2022 年末在职人数 34 人。"),
    [],
  ],
  ["a mid-year count is another figure", report("年末在职 36 人。", "截至 6 月底在职 33 人。"), []],
  ["a part's execution rate is not the total rate", report("预算执行率 95.2%。", "其中项目支出执行率 90.1%。"), []],
  ["机关本级 is a sub-unit", report("在职人数 36 人。", "机关本级在职人数 20 人。"), []],
  [
    "the unit's own name does not narrow the figure",
    report("深泽县信访局", "2023 年度整体支出绩效自评报告", "深泽县信访局年末在职人数 11 人。", "本局在职人数 12 人。"),
    ["在职人数前后不一致"],
  ],
  [
    "a plain restatement after a 其中 list of sub-units is still compared",
    report("在职人数 36 人，其中甲站在职 9 人。", "全局在职 35 人。"),
    ["在职人数前后不一致：此处为 35 人"],
  ],
  [
    "a form cell read like a sentence is compared with the text",
    doc("全年执行数 2388.17 万元。", [["全年执行数：2388.71万元", "全年预算数：2912.40万元"]]),
    ["全年执行数前后不一致"],
  ],
  [
    "figures in brackets after a sub-unit's figure are that sub-unit's (湖南, 2019)",
    report(
      "现有人员 1894 人，其中局本级 187 人（在职在编 139 人、退休人员 8 人），环卫处 1707 人（在职在编 132 人、退休人员 148 人）。",
    ),
    [],
  ],
  [
    "figures in brackets after the department's figure are still the department's",
    report("年末实有人数 15 人（在职 11 人、退休 4 人）。", "在职人数 12 人。"),
    ["在职人数前后不一致：此处为 12 人，第 1 段为 11 人"],
  ],
  // found on a second read: figures of a sub-unit, a part or a project, read as the department's
  [
    "该中心 is the sub-unit just named",
    report("本局核定编制 40 名，在职人员 36 人。局属事业单位县信访服务中心，该中心核定编制 10 名，在职人员 9 人。"),
    [],
  ],
  [
    "a sentence opening on a sub-unit",
    report("本局核定编制 40 名，在职人员 36 人。下属县信访服务中心，核定编制 10 名，在职人员 9 人。"),
    [],
  ],
  [
    "a part's bare 执行率 is the part's",
    report(
      "全年预算数 520.00 万元，全年执行数 510.00 万元，预算执行率 98.08%。其中基本支出 310.00 万元，执行率 100%；项目支出 200.00 万元，执行率 95.24%。",
    ),
    [],
  ],
  [
    "an attached project form is the project's",
    doc("全年预算数 520.00 万元，全年执行数 510.00 万元，预算执行率 98.08%。", "附件：项目支出绩效自评表", [
      ["项目名称", "信访信息化建设"],
      ["全年预算数", "80.00万元", "全年执行数", "76.00万元"],
      ["执行率", "95.00%", "得分", "9.5"],
    ]),
    [],
  ],
  [
    "staff text in an organisation table is each unit's",
    doc("本局核定编制 40 名，实有在职人员 36 人。", [
      ["单位名称", "单位性质", "人员情况"],
      ["深泽县信访局（机关）", "行政单位", "编制30名，在职27人"],
      ["深泽县信访服务中心", "事业单位", "编制10名，在职9人"],
    ]),
    [],
  ],
  [
    "head counts by post type are not quotas; party members and staff outside the quota are not 在职 or 编制",
    report(
      "本局核定编制 40 名，其中行政编制 12 名，事业编制 28 名。实有在职人员 36 人，其中行政编制人员 10 人，事业编制人员 26 人。在职党员 20 人，编制外聘用人员 5 人。",
    ),
    [],
  ],
  ["在职人员编制 is a quota (云南, 2024)", report("在职人员编制12人，其中：行政编制12人。在职实有10人。"), []],
]);
