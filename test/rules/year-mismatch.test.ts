import { yearMismatch } from "../../src/core/rules/year-mismatch";
import { report, ruleCases } from "../support/rule-tester";

ruleCases(yearMismatch, [
  ["years agree (seed)", report("2023 年度整体支出绩效自评报告", "一、部门基本情况", "截止时间：2023-12-31", "2023 年年末实有人数 15 人。"), []],
  ["cut-off date of another year", report("2023 年度整体支出绩效自评报告", "一、部门基本情况", "截止时间：2022-12-31"), [{ message: "报告年度为 2023 年，此处为 2022 年", paragraph: 2 }]],
  ["截至 2022 年 12 月 31 日", report("2023年度部门整体支出绩效自评报告", "一、部门基本情况", "截至2022年12月31日，本局共有资产 200 件。"), ["此处为 2022 年"]],
  ["year-end figures of another year", report("2023年度部门整体支出绩效自评报告", "一、部门基本情况", "2022 年年末实有人数 15 人。"), ["2022"]],
  ["comparisons with earlier years are fine", report("2023年度部门整体支出绩效自评报告", "一、部门基本情况", "较 2022 年增长 5%。"), []],
  ["no year in the title: the most cited 年度 decides", report("一、部门基本情况", "2023年度整体支出情况良好。", "2023年度绩效自评如下。", "截止时间：2022-12-31"), ["2022"]],
]);
