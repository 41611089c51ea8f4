import { yearMismatch } from "../../src/core/rules/year-mismatch";
import { report, ruleCases } from "../support/rule-tester";

ruleCases(yearMismatch, [
  [
    "a title broken over two lines, and the cover's report date of the next year (湖南, 2018)",
    report(
      "岳阳市2018年度部门整体支出",
      "绩效评价自评报告",
      "报告日期:2019年06月18日",
      "一、部门(单位)基本概况",
      "2018年末实有人数 21 人。",
    ),
    [],
  ],
  [
    "years agree (seed)",
    report("2023 年度整体支出绩效自评报告", "一、部门基本情况", "截止时间：2023-12-31", "2023 年年末实有人数 15 人。"),
    [],
  ],
  [
    "cut-off date of another year",
    report("2023 年度整体支出绩效自评报告", "一、部门基本情况", "截止时间：2022-12-31"),
    [{ message: "报告年度为 2023 年，此处为 2022 年", paragraph: 2 }],
  ],
  [
    "截至 2022 年 12 月 31 日",
    report("2023年度部门整体支出绩效自评报告", "一、部门基本情况", "截至2022年12月31日，本局共有资产 200 件。"),
    ["此处为 2022 年"],
  ],
  [
    "year-end figures of another year",
    report("2023年度部门整体支出绩效自评报告", "一、部门基本情况", "2022 年年末实有人数 15 人。"),
    ["2022"],
  ],
  [
    "full-width digits and dash",
    report("2023 年度整体支出绩效自评报告", "一、部门基本情况", "截止时间：２０２２－１２－３１"),
    [{ message: "此处为 2022 年", paragraph: 2 }],
  ],
  [
    "year-end of another year in full-width digits",
    report("2023年度部门整体支出绩效自评报告", "一、部门基本情况", "２０２２年１２月３１日，本局共有资产 200 件。"),
    ["2022"],
  ],
  [
    "one finding per paragraph and year, however many phrases name it",
    report("2023年度部门整体支出绩效自评报告", "一、部门基本情况", "截至2022年12月31日，2022年年末实有人数 15 人。"),
    ["此处为 2022 年"],
  ],
  [
    "a report of the 1990s",
    report("1999年度部门整体支出绩效自评报告", "一、部门基本情况", "截止时间：1998-12-31"),
    ["此处为 1998 年"],
  ],
  [
    "comparisons with earlier years are fine",
    report("2023年度部门整体支出绩效自评报告", "一、部门基本情况", "较 2022 年增长 5%。"),
    [],
  ],
  [
    "no year in the title: the most cited 年度 decides",
    report("一、部门基本情况", "2023年度整体支出情况良好。", "2023年度绩效自评如下。", "截止时间：2022-12-31"),
    ["2022"],
  ],
]);
