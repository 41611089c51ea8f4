import { findQuantities, intervalOf, intervalsMeet, moneyScaleIn, parseCellNumber, sumIntervals } from "../../src/core/numbers";

describe("findQuantities", () => {
  test.each([
    ["年末实有人数 15 人，其中在职 11 人，退休 4 人。", [["年末实有人数", 15, "人"], ["在职", 11, "人"], ["退休", 4, "人"]]],
    ["年初预算收入 187.35 万元，年初预算支出为 187.35 万元", [["年初预算收入", 187.35, "万元"], ["年初预算支出", 187.35, "万元"]]],
    ["资产总额１２３．４５万元", [["资产总额", 123.45, "万元"]]],
    ["决算支出 1,234,567.89 元", [["决算支出", 1234567.89, "元"]]],
    ["预算执行率为 95.6%", [["预算执行率", 95.6, "%"]]],
    ["办公用房 800 平方米", [["办公用房", 800, "平方米"]]],
    ["车辆 2 台", [["车辆", 2, "台"]]],
  ])("%s", (text, expected) => {
    const qs = findQuantities(text as string).map((q) => [q.label, q.value, q.unit]);
    expect(qs).toEqual(expected);
  });

  test("years, dates and document numbers are not figures", () => {
    expect(findQuantities("2023 年，截止时间：2023-12-31，依据石发〔2019〕8号").filter((q) => q.unit)).toEqual([]);
  });

  test("decimals and scale are kept for the tolerance", () => {
    const [q] = findQuantities("资产总额 63.51 万元");
    expect(q).toMatchObject({ decimals: 2, scale: 1e4, kind: "money" });
  });
});

describe("parseCellNumber", () => {
  test.each([
    ["63.51", { value: 63.51, decimals: 2, percent: false }],
    ["1,234", { value: 1234, decimals: 0, percent: false }],
    ["９５％", { value: 95, decimals: 0, percent: true }],
    [" 200 ", { value: 200, decimals: 0, percent: false }],
    ["", undefined],
    ["约 200", undefined],
    ["1、房屋", undefined],
  ])("%j", (text, expected) => expect(parseCellNumber(text)).toEqual(expected));
});

describe("rounding tolerance (domain.md §6)", () => {
  test("63.51 stands for 63.505 … 63.515", () => {
    const i = intervalOf(63.51, 2);
    expect(i.lo).toBeCloseTo(63.505, 10);
    expect(i.hi).toBeCloseTo(63.515, 10);
  });
  test("sums meet when the intervals overlap, symmetrically", () => {
    const total = intervalOf(30.01, 2);
    const parts = sumIntervals([intervalOf(10.0, 2), intervalOf(20.0, 2)]);
    expect(intervalsMeet(total, parts)).toBe(true);
    expect(intervalsMeet(parts, total)).toBe(true);
    expect(intervalsMeet(intervalOf(30.02, 2), parts)).toBe(false);
  });
  test("whole numbers can be exact", () => {
    expect(intervalsMeet(intervalOf(200, 0, 1, true), sumIntervals([intervalOf(1, 0, 1, true), intervalOf(198, 0, 1, true)]))).toBe(false);
  });
  test("units named in headers and captions", () => {
    expect(moneyScaleIn("价值（金额单位：万元）")).toBe(1e4);
    expect(moneyScaleIn("单位：元")).toBe(1);
    expect(moneyScaleIn("数量")).toBeUndefined();
  });
});
