import { DocBuilder } from "../../src/core/model/builder";
import { ratioMismatch } from "../../src/core/rules/ratio-mismatch";
import { doc, report, ruleCases } from "../support/rule-tester";

const staffTable = (quota: string, active: string, rate: string) =>
  doc("3.部门人员情况", [
    ["编制数", "实际在职人数", "控制率"],
    [quota, active, rate],
  ]);

ruleCases(ratioMismatch, [
  // the staffing ratio: 控制率 = 在职人数 ÷ 编制数
  ["text: 19 of 20 posts is 95%", report("编制数 20 人，在职人数 19 人，控制率 95%。"), []],
  [
    "text: stated 90% for 19 of 20",
    report("编制数 20 人，在职人数 19 人，控制率 90%。"),
    [
      {
        message: "人员控制率 90% 与 在职人数 19 人 ÷ 编制数 20 人 = 95.00% 不符",
        en: "staffing ratio 90% ≠ staff in post 19 人 ÷ authorised posts 20 人",
      },
    ],
  ],
  ["text: a rate rounded to one decimal", report("编制数 30 人，在职人数 20 人，控制率 66.7%。"), []],
  ["table: the staff table's own columns", staffTable("20", "19", "95%"), []],
  ["table: a fraction is a rate too", staffTable("20", "19", "0.95"), []],
  ["table: wrong rate", staffTable("20", "19", "100%"), ["人员控制率 100% 与 在职人数 19 ÷ 编制数 20 = 95.00% 不符"]],
  ["三公经费控制率 is not the staffing ratio", report("编制数 20 人，在职人数 19 人，三公经费控制率 80%。"), []],
  ["no 编制: nothing to recompute", report("在职人数 19 人，控制率 90%。"), []],
  // shares stated in sentences
  ["share right", report("全年支出 500 万元，其中基本支出 300 万元，占 60%。"), []],
  [
    "share wrong",
    report("全年支出 500 万元，其中基本支出 300 万元，占 65%。"),
    [
      {
        message: "占比 65% 与 300 万元 ÷ 500 万元 = 60.00% 不符",
        en: "share 65% ≠ 300 万元 ÷ 500 万元 = 60.00%",
        paragraph: 0,
      },
    ],
  ],
  ["share within rounding", report("全年支出 300 万元，其中基本支出 200 万元，占 66.7%。"), []],
  ["money in different units", report("全年支出 5,000,000 元，其中基本支出 300 万元，占 60%。"), []],
  [
    "two shares, one wrong",
    report("支出合计 500 万元，其中：基本支出 300 万元，占 60%；项目支出 200 万元，占 50%。"),
    ["占比 50% 与 200 万元 ÷ 500 万元 = 40.00% 不符"],
  ],
  [
    "people are counted exactly",
    report("在职人员 20 人，其中女性 8 人，占 41%。"),
    ["占比 41% 与 8 人 ÷ 20 人 = 40.00% 不符"],
  ],
  ["a share with no stated whole is not guessed", report("基本支出 300 万元，占 65%。"), []],
  [
    "a table of contents is not read",
    new DocBuilder().paragraph({ text: "全年支出 500 万元，其中基本支出 300 万元，占 65%。", toc: true }).build(),
    [],
  ],
  [
    "a sentence in a table cell (a form-style report)",
    doc([["总体情况", "全年支出 500 万元，其中基本支出 300 万元，占 65%。"]]),
    [{ message: "占比 65%", paragraph: 1 }],
  ],
  // changes on last year
  [
    "a growth rate that recomputes (南县政协 2021)",
    report("1、收入：792.22万元。同比上年度增加189.25万元，增加31.39%。"),
    [],
  ],
  [
    "growth over the wrong base (西藏 政法委 2024: the increase over this year's figure plus the increase)",
    report(
      "2024年度收入总计7562.45万元，支出总计6632.48万元，与2023年度相比，收入、支出总计各增加1412.7万元、2062.79万元，增长15.74%、23.72%。",
    ),
    [
      {
        message: "增长 15.74% 与 变动额 1412.7万元 ÷ 上年数 6149.75万元（7562.45万元 − 1412.7万元）= 22.97% 不符",
        severity: "warning",
        fix: "22.97%",
      },
      {
        message: "增长 23.72% 与 变动额 2062.79万元 ÷ 上年数 4569.69万元（6632.48万元 − 2062.79万元）= 45.14% 不符",
        fix: "45.14%",
      },
    ],
  ],
  ["a fall that recomputes", report("支出总计300万元，比上年减少30万元，下降9.09%。"), []],
  [
    "a fall over the wrong base",
    report("支出总计300万元，比上年减少30万元，下降10%。"),
    ["下降 10% 与 变动额 30万元 ÷ 上年数 330万元（300万元 + 30万元）= 9.09% 不符"],
  ],
  ["rounding: 11.1% for 11.11%", report("本年支出 500 万元，较上年增长 50 万元，增幅为 11.1%。"), []],
]);
