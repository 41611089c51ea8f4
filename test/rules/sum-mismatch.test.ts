import type { CellInput } from "../../src/core/model/builder";
import { sumMismatch } from "../../src/core/rules/sum-mismatch";
import { doc, report, ruleCases } from "../support/rule-tester";

const assets = (
  total: string,
  vehicles: string,
  other: string,
  totalValue = "63.51",
  vValue = "10.28",
  oValue = "53.23",
) => [
  ["项 目", "数量", "价值（金额单位：万元）"],
  ["资产总额", total, totalValue],
  ["1、房屋（平方米）", "", ""],
  ["其中：办公用房（平方米）", "", ""],
  ["2、车辆（台、辆）", vehicles, vValue],
  ["3、单价在 20 万元以上的设备", "", ""],
  ["4、其他固定资产", other, oValue],
];

ruleCases(sumMismatch, [
  // "支出合计" is the total's own name (合计 was once dropped from labels, and the split never checked)
  [
    "支出合计 = 基本 + 项目, off",
    report("支出合计 500 万元，其中基本支出 300 万元，项目支出 100 万元。"),
    ["支出合计 500 万元 ≠ 基本支出 300 万元 + 项目支出 100 万元 = 400"],
  ],
  ["支出合计 = 基本 + 项目, holds", report("支出合计为 500 万元，其中基本支出 300 万元，项目支出 200 万元。"), []],
  // income by source, stated after its total: any two sources make the split checkable
  [
    "initial income by source holds",
    report(
      "年初预算收入 500 万元，其中：一般公共预算拨款收入 450 万元，政府性基金预算拨款收入 30 万元，其他收入 20 万元。",
    ),
    [],
  ],
  [
    "initial income by source off",
    report(
      "年初预算收入 500 万元，其中：一般公共预算拨款收入 450 万元，政府性基金预算拨款收入 30 万元，其他收入 10 万元。",
    ),
    [
      {
        message: "年初预算收入 500 万元 ≠ 一般公共预算收入 450 万元 + 政府性基金收入 30 万元 + 其他收入 10 万元 = 490",
        en: "initial budget income",
      },
    ],
  ],
  [
    "final income with last year's carry-over",
    report("决算收入 300.50 万元，其中财政拨款收入 280.00 万元，上年结转 20.50 万元。"),
    [],
  ],
  [
    "final income by source off",
    report("决算收入 300.50 万元，其中财政拨款收入 280.00 万元，上年结转 25.50 万元。"),
    ["决算收入 300.50 万元 ≠ 一般公共预算收入 280.00 万元 + 上年结转 25.50 万元 = 305.50"],
  ],
  [
    "收入合计 by source",
    report("2023年收入合计 120 万元，其中财政拨款 100 万元、事业收入 15 万元、经营收入 5 万元。"),
    [],
  ],
  ["one source alone is not the whole split", report("年初预算收入 500 万元，其中一般公共预算拨款收入 450 万元。"), []],
  [
    "spending by source after the income is not income",
    report(
      "年初预算收入 500 万元，其中一般公共预算 450 万元，其他收入 50 万元；年初预算支出 500 万元，其中一般公共预算支出 480 万元，其他资金支出 20 万元。",
    ),
    [],
  ],
  [
    "each total takes its own sources",
    report(
      "年初预算收入 500 万元，其中一般公共预算 450 万元，政府性基金 50 万元。决算收入 600 万元，其中一般公共预算 520 万元，政府性基金 70 万元。",
    ),
    ["决算收入 600 万元 ≠ 一般公共预算收入 520 万元 + 政府性基金收入 70 万元 = 590"],
  ],
  // a total of one source of funds and the parts of its 其中 list (the parts inherit its source)
  [
    "一般公共预算财政拨款支出 = 基本 + 项目, off",
    report("2024年一般公共预算财政拨款支出 500 万元，其中基本支出 300 万元，项目支出 100 万元。"),
    [{ message: "财政拨款支出 500 万元 ≠ 基本支出 300 万元 + 项目支出 100 万元 = 400", severity: "error" }],
  ],
  [
    "一般公共预算财政拨款支出 = 基本 + 项目, holds",
    report("2024年一般公共预算财政拨款支出 500 万元，其中基本支出 300 万元，项目支出 200 万元。"),
    [],
  ],
  [
    "parts restating the source",
    report(
      "一般公共预算财政拨款支出 500 万元，其中一般公共预算财政拨款基本支出 300 万元，一般公共预算财政拨款项目支出 150 万元。",
    ),
    ["财政拨款支出 500 万元 ≠ 基本支出 300 万元 + 项目支出 150 万元 = 450"],
  ],
  [
    "a part of another source is not this split",
    report("一般公共预算财政拨款支出 500 万元，其中基本支出 300 万元，政府性基金项目支出 100 万元。"),
    [],
  ],
  [
    "a sub-unit's total of one source is not the department's",
    report("甲站一般公共预算财政拨款支出 500 万元，其中基本支出 300 万元，项目支出 100 万元。"),
    [],
  ],
  // the total under a heading, each part under a sub-heading that names it (the Hunan county template)
  [
    "parts under their own sub-headings, off: a warning",
    report(
      "二、一般公共预算支出情况",
      "2024年一般公共预算财政拨款收入100.57万元，一般公共预算财政拨款支出100.57万元。",
      "1.基本支出情况",
      "一般公共预算财政拨款基本支出100.57万元，其中：工资福利支出70.07万元、商品和服务支出30.50万元。",
      "2.项目支出情况",
      "一般公共预算财政拨款项目支出21万元，主要用于平台运行维护。",
      "3.“三公”经费情况",
      "三公经费严格控制。",
    ),
    [
      {
        message:
          "财政拨款支出 100.57万元 ≠ 基本支出 100.57万元 + 项目支出 21万元 = 121.57（分项见“1.基本支出情况”“2.项目支出情况”）",
        severity: "warning",
        paragraph: 1,
      },
    ],
  ],
  [
    "income for basic spending and for projects under the same sub-headings (南县编办 2024)",
    report(
      "二、一般公共预算支出情况",
      "2024年一般公共预算财政拨款收入100.57万元。",
      "1.基本支出情况",
      "一般公共预算财政拨款基本支出收入100.57万元。",
      "2.项目支出情况",
      "一般公共预算财政拨款项目收入21万元。",
    ),
    [
      {
        message: "一般公共预算收入 100.57万元 ≠ 基本支出收入 100.57万元 + 项目收入 21万元 = 121.57",
        severity: "warning",
      },
    ],
  ],
  [
    "income by what it pays for, in one sentence",
    report("财政拨款收入 120 万元，其中基本支出收入 100 万元，项目收入 20 万元。"),
    [],
  ],
  [
    "a 事业单位's spending remitted upward is part of its total",
    report("本年支出合计1000万元，其中基本支出700万元，项目支出200万元，上缴上级支出100万元。"),
    [],
  ],
  [
    "and counts when the total is off",
    report("本年支出合计1000万元，其中基本支出700万元，项目支出200万元，经营支出50万元。"),
    ["支出合计 1000万元 ≠ 基本支出 700万元 + 项目支出 200万元 + 经营支出 50万元 = 950"],
  ],
  // a share of the money beside the whole: the basic/project split belongs to the whole (a second read found these)
  [
    "split by source, then by nature",
    report(
      "2023年度支出合计1000万元，从资金来源看，财政拨款支出950万元；从支出性质看，基本支出700万元，项目支出300万元。",
    ),
    [],
  ],
  [
    "a source's share with its percentage, then the nature split",
    report("2023年度总支出1000万元，其中财政拨款支出950万元，占95%，基本支出700万元，占70%，项目支出300万元，占30%。"),
    [],
  ],
  [
    "two sources, then the nature split",
    report(
      "2023年度部门整体支出1000万元，其中：一般公共预算支出950万元，政府性基金支出50万元；基本支出700万元，项目支出300万元。",
    ),
    [],
  ],
  [
    "a source's share inside the whole's 其中 list",
    report("本年支出合计1000万元，其中一般公共预算财政拨款支出900万元，基本支出700万元，项目支出300万元。"),
    [],
  ],
  [
    "a project sub-section stating its budget first",
    report(
      "二、部门整体支出情况",
      "2023年度支出合计1000万元。",
      "（一）基本支出情况",
      "基本支出700万元。",
      "（二）项目支出情况",
      "项目支出预算为350万元，实际支出300万元。",
    ),
    [],
  ],
  [
    "a third kind of spending under its own sub-heading",
    report(
      "二、支出情况",
      "2023年度财政拨款支出1000万元。",
      "1.基本支出情况",
      "基本支出600万元。",
      "2.项目支出情况",
      "项目支出300万元。",
      "3.经营支出情况",
      "经营支出100万元。",
    ),
    [],
  ],
  [
    "the whole beside its source's share in the intro: the sub-sections split the whole",
    report(
      "二、支出情况",
      "2023年度支出合计1000万元，其中财政拨款支出950万元。",
      "1.基本支出情况",
      "基本支出700万元。",
      "2.项目支出情况",
      "项目支出300万元。",
    ),
    [],
  ],
  [
    "parts under their own sub-headings, holds",
    report(
      "二、一般公共预算支出情况",
      "一般公共预算财政拨款支出121.57万元。",
      "1.基本支出情况",
      "基本支出100.57万元。",
      "2.项目支出情况",
      "项目支出21万元。",
    ),
    [],
  ],
  [
    "a sub-section stating two values for its part says nothing certain",
    report(
      "二、支出情况",
      "财政拨款支出121.57万元。",
      "1.基本支出情况",
      "基本支出100.57万元，上半年基本支出50万元。",
      "2.项目支出情况",
      "项目支出30万元。",
    ),
    [],
  ],
  [
    "one part without a sub-heading of its own: no finding",
    report(
      "二、支出情况",
      "财政拨款支出121.57万元。",
      "1.基本支出情况",
      "基本支出100.57万元。",
      "2.其他情况",
      "项目支出30万元。",
    ),
    [],
  ],
  [
    "a sub-heading naming both parts is no evidence for either",
    report(
      "二、支出情况",
      "财政拨款支出121.57万元。",
      "1.基本支出和项目支出情况",
      "基本支出100.57万元。",
      "2.项目支出情况",
      "项目支出30万元。",
    ),
    [],
  ],
  [
    "a part of another source under its sub-heading: no finding",
    report(
      "二、一般公共预算支出情况",
      "一般公共预算财政拨款支出121.57万元。",
      "1.基本支出情况",
      "政府性基金基本支出100.57万元。",
      "2.项目支出情况",
      "项目支出30万元。",
    ),
    [],
  ],
  ["seed assets hold: 200 = 1 + 199, 63.51 = 10.28 + 53.23", doc(assets("200", "1", "199")), []],
  [
    "asset count off by one",
    doc(assets("200", "1", "198")),
    [{ message: "资产总额数量 200 ≠ 1 + 198 = 199", en: "200 ≠ 1 + 198 = 199" }],
  ],
  [
    "asset value off",
    doc(assets("200", "1", "199", "63.51", "10.28", "53.20")),
    ["资产总额价值 63.51 ≠ 10.28 + 53.20 = 63.48"],
  ],
  [
    "rounding: 10.005 + 20.004 stated as 30.01 is within ±0.005 each",
    doc(assets("3", "1", "2", "30.01", "10.00", "20.00")),
    [],
  ],
  [
    "rounding: 30.02 vs 10.00 + 20.00 is out",
    doc(assets("3", "1", "2", "30.02", "10.00", "20.00")),
    ["30.02 ≠ 10.00 + 20.00 = 30.00"],
  ],
  [
    "area rows never count in the asset count, but their value does",
    doc([
      ["项目", "数量", "价值（万元）"],
      ["资产总额", "3", "50.00"],
      ["1、房屋（平方米）", "800", "40.00"],
      ["2、车辆（台、辆）", "1", "5.00"],
      ["4、其他固定资产", "2", "5.00"],
    ]),
    [],
  ],
  [
    "a total row at the bottom",
    doc([
      ["收入来源", "金额（万元）"],
      ["一般公共预算", "100.00"],
      ["政府性基金", "20.00"],
      ["合计", "130.00"],
    ]),
    ["合计金额 130.00 ≠ 100.00 + 20.00 = 120.00"],
  ],
  [
    "unnumbered subtotals are recognised (基本 = 人员 + 公用)",
    doc([
      ["项目", "决算数"],
      ["合计", "300"],
      ["基本支出", "200"],
      ["人员经费", "150"],
      ["公用经费", "50"],
      ["项目支出", "100"],
    ]),
    [],
  ],
  [
    "a 合计 column against the columns beside it",
    doc([
      ["项目", "合计", "基本支出", "项目支出"],
      ["决算", "300.00", "200.00", "90.00"],
    ]),
    ["决算合计 300.00 ≠ 200.00 + 90.00 = 290.00"],
  ],
  [
    "rates and scores are never summed",
    doc([
      ["项目", "执行率", "得分"],
      ["合计", "90%", "9"],
      ["一般", "95%", "5"],
      ["其他", "85%", "3"],
    ]),
    [],
  ],
  [
    "a form's label | value cells are read: 实有人数 21 ≠ 19 + 3",
    doc([["人员编制", "21", "实有人数", "21"]], "其中在职 19 人，退休 3 人。"),
    ["实有人数 21 ≠ 在职人数 19 人 + 退休人数 3 人 = 22"],
  ],
  ["staff: 15 = 11 + 4", report("年末实有人数 15 人，其中在职 11 人，退休 4 人。"), []],
  [
    "staff: 15 ≠ 12 + 4",
    report("年末实有人数 15 人，其中在职 12 人，退休 4 人。"),
    [{ message: "实有人数 15 人 ≠ 在职人数 12 人 + 退休人数 4 人 = 16", en: "staff on the books" }],
  ],
  ["staff: 离休 is added when stated", report("实有人数 16 人，其中在职 11 人，退休 4 人，离休 1 人。"), []],
  [
    "编制 split",
    report("核定编制 20 人，其中行政编制 12 人，事业编制 6 人。"),
    ["编制数 20 人 ≠ 行政编制 12 人 + 事业编制 6 人 = 18"],
  ],
  [
    "spending split in one sentence",
    report("决算支出 292.04 万元，其中基本支出 200.00 万元，项目支出 92.04 万元。"),
    [],
  ],
  [
    "spending split wrong",
    report("决算支出 292.04 万元，其中基本支出 200.00 万元，项目支出 90.04 万元。"),
    ["决算支出 292.04 万元 ≠ 基本支出 200.00 万元 + 项目支出 90.04 万元 = 290.04"],
  ],
  [
    "units are converted: 元 parts of a 万元 total",
    report("决算支出 3 万元，其中基本支出 20000 元，项目支出 10000 元。"),
    [],
  ],
  [
    "the split of 决算 is not taken for 年初",
    report(
      "年初预算支出 500.00 万元，全年预算数 520.00 万元。决算支出 494.00 万元，其中基本支出 400.00 万元，项目支出 94.00 万元。",
    ),
    [],
  ],
  // the national 部门整体支出绩效自评表: 年度资金总额 split by income nature and by spending nature
  [
    "form (湖南): parts written inside spanning label cells add up to the budget columns",
    doc(nationalForm("1873.66万元", "2880万元", "1768.16万元", "2985.5万元")),
    [],
  ],
  [
    "form: parts inside label cells that match no column are a warning (the column is not said)",
    doc(nationalForm("1873.66万元", "2800万元", "1768.16万元", "2985.5万元")),
    [{ message: "按收入性质分：一般公共预算 1873.66万元 + 其他资金 2800万元 = 4673.66", severity: "warning" }],
  ],
  [
    "form: aligned parts that add up in every column",
    doc(alignedForm(["300", "320", "310"], ["200", "220", "210"])),
    [],
  ],
  [
    "form: an aligned part that breaks one column is an error naming the column",
    doc(alignedForm(["300", "320", "310"], ["200", "220", "200"])),
    [
      {
        message:
          "年度资金总额（全年执行数） 520 ≠ 按收入性质分：一般公共预算 310 + 其他资金 200 = 510；未填：政府性基金",
        severity: "error",
      },
    ],
  ],
  [
    "form: the spending split is checked too",
    doc(alignedForm(["300", "320", "310"], ["200", "220", "210"], ["400", "430", "420"], ["100", "110", "90"])),
    [{ message: "年度资金总额（全年执行数） 520 ≠ 按支出性质分：基本支出 420 + 项目支出 90 = 510", severity: "error" }],
  ],
  [
    "form: a 其中 row under a part details it, it is not one more part",
    doc([
      ["项目", "年初预算数", "全年预算数", "全年执行数"],
      ["年度资金总额", "500", "540", "520"],
      ["一般公共预算", "300", "320", "310"],
      ["其中：财政拨款", "300", "320", "310"],
      ["其他资金", "200", "220", "210"],
    ]),
    [],
  ],
  [
    "form: a dash in a part's cell is nothing there, not the end of the row",
    doc([
      ["项目", "年初预算数", "全年预算数", "全年执行数"],
      ["年度资金总额", "500.00", "520.00", "510.00"],
      ["其中：当年财政拨款", "500.00", "500.00", "490.00"],
      ["上年结转资金", "—", "20.00", "20.00"],
      ["其他资金", "0.00", "0.00", "0.00"],
    ]),
    [],
  ],
  [
    "form: the spending split nested under an income line is not read as side by side",
    doc([
      ["项目", "年初预算数", "全年预算数", "全年执行数"],
      ["年度资金总额", "600.00", "600.00", "590.00"],
      ["一般公共预算", "500.00", "500.00", "495.00"],
      ["其中：基本支出", "300.00", "300.00", "300.00"],
      ["项目支出", "200.00", "200.00", "195.00"],
      ["政府性基金", "100.00", "100.00", "95.00"],
    ]),
    [],
  ],
  [
    "the economic classes after 项目支出 break down the whole, not 基本支出",
    report(
      "2023年度支出 500 万元，其中基本支出 300 万元，项目支出 200 万元，工资福利支出 250 万元，商品和服务支出 200 万元。",
    ),
    [],
  ],
  [
    "a bracket counting things is not a staff breakdown",
    report(
      "全年开展专项检查 6 次（检查单位 30 个、发现问题 12 个）。",
      "受理信访事项 300 件（按期受理 298 件，按期办结 295 件）。",
      "在职 15 人、退休 5 人（在职 15 人、退休 5 人，合计 20 人）。",
    ),
    [],
  ],
  // 基本支出 by economic classification in a table
  [
    "economic classes in a table that add up",
    doc([
      ["项目", "年初预算数（万元）", "决算数（万元）"],
      ["基本支出", "100.57", "100.57"],
      ["工资福利支出", "70.07", "70.07"],
      ["商品和服务支出", "25.95", "25.95"],
      ["对个人和家庭的补助", "0.19", "0.19"],
      ["资本性支出", "4.36", "4.36"],
      ["项目支出", "21.00", "21.00"],
    ]),
    [],
  ],
  [
    "economic classes in a table that do not add up in one column",
    doc([
      ["项目", "年初预算数（万元）", "决算数（万元）"],
      ["基本支出", "100.57", "100.57"],
      ["工资福利支出", "70.07", "70.07"],
      ["商品和服务支出", "25.95", "24.95"],
      ["对个人和家庭的补助", "0.19", "0.19"],
      ["资本性支出", "4.36", "4.36"],
    ]),
    [
      "基本支出（决算数）100.57 ≠ 工资福利支出 70.07 + 商品和服务支出 24.95 + 对个人和家庭的补助 0.19 + 资本性支出 4.36 = 99.57",
    ],
  ],
  [
    "economic classes without 资本性支出 may leave it out",
    doc([
      ["项目", "决算数（万元）"],
      ["基本支出", "100.57"],
      ["工资福利支出", "70.07"],
      ["商品和服务支出", "25.95"],
    ]),
    [],
  ],
  // a figure and its breakdown in brackets
  [
    "a breakdown in brackets that does not add up (云南, 2024)",
    report("现有财政供养人员19人，其中：在职人员18人（公务员12人，机关工人2人，事业人员5人）。"),
    [{ message: "在职人员 18人 ≠ 括号内分项 公务员 12人 + 机关工人 2人 + 事业人员 5人 = 19", severity: "warning" }],
  ],
  [
    "breakdowns in brackets that add up, a count inside a label left out (湖南, 2019)",
    report(
      "区城管执法局现有人员1894人，其中局本级187人（在职在编139人、退休人员8人、协管员40人），环卫处1707人（在职在编132人、退休人员148人、临聘人员272人、3个市场化公司聘用人员1155人）。",
    ),
    [],
  ],
  [
    "a partial list in brackets (其中, 等) is not a breakdown",
    report(
      "在职人员 18 人（其中公务员 12 人，机关工人 2 人）。",
      "项目支出 300 万元（培训费 20 万元、印刷费 10 万元等）。",
    ),
    [],
  ],
  ["a comparison in brackets is not a breakdown", report("支出 500 万元（较上年增加 50 万元，减少 10 万元）。"), []],
  [
    "money breakdown in brackets within rounding",
    report("支出合计 121.57 万元（基本支出 100.57 万元、项目支出 21.00 万元）。"),
    [],
  ],
  // 基本支出 by economic classification (政府支出经济分类)
  [
    "基本支出 = 工资福利 + 商品和服务 + 对个人和家庭的补助",
    report(
      "基本支出 1768.16 万元，其中工资福利支出 1400.00 万元、商品和服务支出 300.16 万元、对个人和家庭的补助 68.00 万元。",
    ),
    [],
  ],
  [
    "the economic split in its own sentence (基本支出中，…) after the total",
    report(
      "基本支出 1768.16 万元。基本支出中，工资福利支出 1400.00 万元，商品和服务支出 300.16 万元，对个人和家庭的补助 60.00 万元，资本性支出 0.00 万元。",
    ),
    [
      "基本支出 1768.16 万元 ≠ 工资福利支出 1400.00 万元 + 商品和服务支出 300.16 万元 + 对个人和家庭的补助 60.00 万元 + 资本性支出 0.00 万元 = 1760.16",
    ],
  ],
  [
    "the economic split stated after its total, complete, wrong",
    report(
      "基本支出 1768.16 万元，其中工资福利支出 1400.00 万元、商品和服务支出 300.16 万元、对个人和家庭的补助 60.00 万元、资本性支出 0 万元。",
    ),
    [
      "基本支出 1768.16 万元 ≠ 工资福利支出 1400.00 万元 + 商品和服务支出 300.16 万元 + 对个人和家庭的补助 60.00 万元 + 资本性支出 0 万元 = 1760.16",
    ],
  ],
  [
    "an economic split without 资本性支出 may leave it out: only a sum over the total is wrong",
    report("基本支出 1768.16 万元，其中工资福利支出 1400.00 万元、商品和服务支出 300.16 万元。"),
    [],
  ],
  [
    "an economic split whose parts exceed the total is wrong even when open",
    report("基本支出 1768.16 万元，其中工资福利支出 1500.00 万元、商品和服务支出 300.16 万元。"),
    ["基本支出 1768.16 万元 ≠ 工资福利支出 1500.00 万元 + 商品和服务支出 300.16 万元 = 1800.16"],
  ],
]);

/** The national form as a Hunan unit filled it in: the parts inside label cells spanning the three budget columns. */
function nationalForm(general: string, other: string, basic: string, project: string): CellInput[][] {
  const span = (text: string, colSpan: number) => ({ text, colSpan });
  return [
    ["年度预算申请（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "4753.66万元", "4753.66万元", "3824.26万元", "10", "80.45%", "8.04"],
    [span("按收入性质分：", 3), span("按支出性质分：", 4)],
    [span(`其中：一般公共预算：${general}`, 3), span(`其中：基本支出：${basic}`, 4)],
    [span("政府性基金拨款：", 3), span(`项目支出：${project}`, 4)],
    [span("纳入专户管理的非税收入拨款：", 3), span("", 4)],
    [span(`其他资金：${other}`, 3), span("", 4)],
  ];
}

/** The national form with its parts under the columns; each argument is [年初, 全年, 执行]. */
function alignedForm(general: string[], other: string[], basic?: string[], project?: string[]): CellInput[][] {
  const rows: CellInput[][] = [
    ["项目", "年初预算数", "全年预算数", "全年执行数"],
    ["年度资金总额", "500", "540", "520"],
    ["其中：一般公共预算", ...general],
    ["政府性基金", "", "", ""],
    ["其他资金", ...other],
  ];
  if (basic && project) rows.push(["基本支出", ...basic], ["项目支出", ...project]);
  return rows;
}
