import { figureScope, fundSource } from "../../src/core/reading/scope";
import { normalizeLabel } from "../../src/core/text/text";

// [label as written, the term that names the fact, expected scope (undefined: the department's own, this year)]
const cases: [string, string, ReturnType<typeof figureScope>, { department?: string; year?: number }?][] = [
  ["年末实有人数", "实有人数", undefined],
  ["2023 年年末本局实有人数", "实有人数", undefined, { year: 2023 }],
  ["深泽县信访局在职人数", "在职人数", undefined, { department: "深泽县信访局" }],
  ["信访局在职人数", "在职人数", undefined, { department: "深泽县信访局" }],
  ["部门(单位)整体支出预算执行率", "预算执行率", undefined],
  ["全年预算数", "全年预算数", undefined],
  ["其中:基本支出", "基本支出", undefined],
  ["甲站在职", "在职", { subject: "甲站" }],
  ["乙中心在职", "在职", { subject: "乙中心" }],
  ["政法专项编制", "编制", { subject: "政法专项" }],
  ["机关本级在职人数", "在职人数", { subject: "机关本级" }],
  ["项目支出执行率", "执行率", { subject: "项目支出" }],
  ["上年在职人数", "在职人数", { period: "上年" }],
  ["2022 年末在职人数", "在职人数", { period: "2022年" }, { year: 2023 }],
  ["截至 6 月底在职", "在职", { period: "6月" }],
  ["截至 12 月底在职", "在职", undefined],
  ["年初在职人数", "在职人数", { period: "年初" }],
  ["年初预算支出", "年初预算支出", undefined],
];

describe("figureScope", () => {
  for (const [label, term, expected, context] of cases)
    test(`${label} (${term})`, () => {
      const l = normalizeLabel(label);
      const at = l.lastIndexOf(normalizeLabel(term));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(figureScope(l, at, normalizeLabel(term), context?.department, context?.year)).toEqual(expected);
    });
});

// [label as written, the term that names the fact, the one source of funds its scope names]
const sources: [string, string, string | undefined][] = [
  ["一般公共预算财政拨款支出", "财政拨款支出", "一般公共预算"],
  ["一般公共预算财政拨款基本支出", "基本支出", "一般公共预算"],
  ["一般公共预算拨款项目支出", "项目支出", "一般公共预算"],
  ["政府性基金预算拨款基本支出", "基本支出", "政府性基金"],
  ["国有资本经营预算项目支出", "项目支出", "国有资本经营预算"],
  // the department's own figure names no source; a sub-unit's, a kind's or another year's is not one source's
  ["基本支出", "基本支出", undefined],
  ["甲站一般公共预算基本支出", "基本支出", undefined],
  ["上年一般公共预算基本支出", "基本支出", undefined],
  ["一般公共预算和政府性基金基本支出", "基本支出", undefined],
  ["政法专项编制", "编制", undefined],
];

describe("fundSource", () => {
  for (const [label, term, expected] of sources)
    test(`${label} (${term})`, () => {
      const l = normalizeLabel(label);
      expect(
        fundSource(figureScope(l, l.lastIndexOf(normalizeLabel(term)), normalizeLabel(term), undefined, 2024)),
      ).toBe(expected);
    });
});
