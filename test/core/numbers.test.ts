import fc from "fast-check";
import { toHalfWidth } from "../../src/core/text/text";
import {
  findQuantities,
  intervalOf,
  intervalsMeet,
  moneyScaleIn,
  parseCellNumber,
  sumIntervals,
} from "../../src/core/text/numbers";

describe("findQuantities", () => {
  test.each([
    [
      "年末实有人数 15 人，其中在职 11 人，退休 4 人。",
      [
        ["年末实有人数", 15, "人"],
        ["在职", 11, "人"],
        ["退休", 4, "人"],
      ],
    ],
    [
      "年初预算收入 187.35 万元，年初预算支出为 187.35 万元",
      [
        ["年初预算收入", 187.35, "万元"],
        ["年初预算支出", 187.35, "万元"],
      ],
    ],
    ["资产总额１２３．４５万元", [["资产总额", 123.45, "万元"]]],
    ["决算支出 1,234,567.89 元", [["决算支出", 1234567.89, "元"]]],
    ["预算执行率为 95.6%", [["预算执行率", 95.6, "%"]]],
    ["办公用房 800 平方米", [["办公用房", 800, "平方米"]]],
    ["车辆 2 台", [["车辆", 2, "台"]]],
    // linking words go as whole words; names keep every character
    ["支出合计 500 万元", [["支出合计", 500, "万元"]]],
    ["其中：其他收入 20 万元", [["其他收入", 20, "万元"]]],
    ["中央补助收入约为 30 万元", [["中央补助收入", 30, "万元"]]],
    ["全年共计 5 项", [["全年", 5, "项"]]],
    ["实有人数达到 15 人", [["实有人数", 15, "人"]]],
    // a form cell: the label before the colon
    ["全年执行数：2388.17万元", [["全年执行数", 2388.17, "万元"]]],
    ["其中：基本支出：1203.55万元", [["基本支出", 1203.55, "万元"]]],
    ["在职人数: 36 人", [["在职人数", 36, "人"]]],
    // a figure with its unit right before a closing bracket is a figure, not a year in a document number
    [
      "（退休人员 8 人、协管员 40 人）",
      [
        ["退休人员", 8, "人"],
        ["协管员", 40, "人"],
      ],
    ],
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

describe("rounding tolerance (docs/domain.md §6)", () => {
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
    expect(
      intervalsMeet(
        intervalOf(200, 0, 1, true),
        sumIntervals([intervalOf(1, 0, 1, true), intervalOf(198, 0, 1, true)]),
      ),
    ).toBe(false);
  });
  test("units named in headers and captions", () => {
    expect(moneyScaleIn("价值（金额单位：万元）")).toBe(1e4);
    expect(moneyScaleIn("单位：元")).toBe(1);
    expect(moneyScaleIn("数量")).toBeUndefined();
  });
});

describe("the number scanner reads what the regular expression it replaced read", () => {
  // the former regex-based reader, kept whole as the reference the scanner must agree with
  const UNITS: [string, string, number][] = [
    ["亿元", "money", 1e8],
    ["万元", "money", 1e4],
    ["千元", "money", 1e3],
    ["元", "money", 1],
    ["%", "percent", 1],
    ["％", "percent", 1],
    ["平方米", "area", 1],
    ["㎡", "area", 1],
    ["人次", "count", 1],
    ["人", "person", 1],
    ["名", "person", 1],
    ["个", "count", 1],
    ["台", "count", 1],
    ["辆", "count", 1],
    ["件", "count", 1],
    ["项", "count", 1],
    ["套", "count", 1],
    ["批", "count", 1],
    ["次", "count", 1],
    ["本", "count", 1],
    ["篇", "count", 1],
    ["家", "count", 1],
    ["分", "score", 1],
  ];
  const NUMBER_RE = new RegExp(
    `(-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?)\\s*(${UNITS.map(([u]) => u.replace("%", "\\%")).join("|")})?`,
    "g",
  );
  const isDigit = (c: number) => c >= 48 && c <= 57;
  const codes = (s: string) => new Set([...s].map((c) => c.charCodeAt(0)));
  const DATE_AFTER = codes("年月日号");
  const CLOSE = codes("〕]】)");
  const OPEN = codes("〔[【(");
  const BREAKS = codes("，,。；;：:、（）()\n");
  const reference = (t: string) => {
    const out = [];
    let prevEnd = 0;
    for (const m of t.matchAll(NUMBER_RE)) {
      const start = m.index;
      const end = start + m[0].length;
      const unit = m[2] ?? "";
      const after = end < t.length ? t.charCodeAt(end) : -1;
      const before = start > 0 ? t.charCodeAt(start - 1) : -1;
      const skip =
        (!unit && DATE_AFTER.has(after)) ||
        ((before === 45 || before === 47 || before === 46) && start > 1 && isDigit(t.charCodeAt(start - 2))) ||
        ((after === 45 || after === 47) && end + 1 < t.length && isDigit(t.charCodeAt(end + 1))) ||
        (!unit && CLOSE.has(after)) ||
        (!unit && OPEN.has(before));
      if (!skip) {
        let from = prevEnd;
        // a colon right before the number (spaces between) ends the label, it does not start it
        const colon = /[:：]\s*$/.exec(t.slice(prevEnd, start));
        const colonAt = colon ? prevEnd + colon.index : -1;
        for (let i = start - 1; i >= prevEnd; i--) {
          const c = t.charCodeAt(i);
          if ((BREAKS.has(c) && i !== colonAt) || (c === 0x4e2d && i > prevEnd && t.charCodeAt(i - 1) === 0x5176)) {
            from = i + 1;
            break;
          }
        }
        const plain = m[1].replace(/,/g, "");
        const dot = plain.indexOf(".");
        const info = UNITS.find(([u]) => u === unit);
        out.push({
          value: Number(plain),
          decimals: dot < 0 ? 0 : plain.length - dot - 1,
          unit,
          kind: info?.[1] ?? "none",
          scale: info?.[2] ?? 1,
          start,
          end,
          label: t
            .slice(from, start)
            .replace(/(?:\s|[:：]|达到|共计|为|是|达|共|约|有)+$/, "")
            .replace(/^(?:\s|其中)+/, "")
            .trim(),
          raw: m[0],
        });
      }
      prevEnd = end;
    }
    return out;
  };
  const reportChar = fc.constantFrom(
    ..."0123456789,,.. --/\u3000\t亿万千元%平方米㎡人次名个分年月日号〔〕()其中他为是合计共约有达到：，、a".split(""),
  );

  test.each([
    "1,234.5万元",
    "1,2345",
    "12345,678",
    "123,456",
    "12,345.6万元",
    "1234,567",
    "-5人",
    "a-5",
    "5-3",
    "2023-12-31",
    "3 人次",
    "7  ",
    "1,234,567",
    "0.5%",
    "10平方",
    "〔2019〕1号",
    "1.2.3",
    "其中为 5 人",
    "其他收入 20 万元",
    "中央补助 30 万元",
    "支出合计 500 万元",
    "收到 5 份",
    "合计达到 12 人",
    "合计：12 个",
  ])("%s", (t) => {
    expect(findQuantities(t, true)).toEqual(reference(t));
  });

  test("on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: reportChar, maxLength: 40 }), (t) => {
        expect(findQuantities(t, true)).toEqual(reference(t));
      }),
      { numRuns: 5000 },
    );
  });

  test("text as written (full-width forms) reads as its half-width form", () => {
    const written = fc.constantFrom(
      ..."0123456789０１２３４５６７８９,，.．-－/／ \u3000\u00a0万元％%人次名个分年号〔〕（）()其中为：，a".split(""),
    );
    fc.assert(
      fc.property(fc.string({ unit: written, maxLength: 40 }), (t) => {
        expect(findQuantities(t)).toEqual(reference(toHalfWidth(t)));
      }),
      { numRuns: 5000 },
    );
  });
});
