// Reading numbers with their units out of report text and table cells.
import { isSpaceCode, toHalfWidth } from "./text";

export type UnitKind = "money" | "percent" | "person" | "count" | "area" | "score" | "none";

export interface Quantity {
  value: number;
  /** Decimals as written: 63.51 has 2; used for the rounding tolerance (docs/domain.md §6). */
  decimals: number;
  /** The unit as written ("万元", "%", "人"...), "" when none. */
  unit: string;
  kind: UnitKind;
  /** Factor that converts the value into the base unit of its kind (元 for money). */
  scale: number;
  /** Position of the number in the text it was read from. */
  start: number;
  end: number;
  /** Text before the number back to the previous number or clause break: what the number is about. */
  label: string;
  /** The whole match as written. */
  raw: string;
}

const UNITS: { unit: string; kind: UnitKind; scale: number }[] = [
  { unit: "亿元", kind: "money", scale: 1e8 },
  { unit: "万元", kind: "money", scale: 1e4 },
  { unit: "千元", kind: "money", scale: 1e3 },
  { unit: "元", kind: "money", scale: 1 },
  { unit: "%", kind: "percent", scale: 1 },
  { unit: "％", kind: "percent", scale: 1 },
  { unit: "平方米", kind: "area", scale: 1 },
  { unit: "㎡", kind: "area", scale: 1 },
  { unit: "人次", kind: "count", scale: 1 },
  { unit: "人", kind: "person", scale: 1 },
  { unit: "名", kind: "person", scale: 1 },
  { unit: "个", kind: "count", scale: 1 },
  { unit: "台", kind: "count", scale: 1 },
  { unit: "辆", kind: "count", scale: 1 },
  { unit: "件", kind: "count", scale: 1 },
  { unit: "项", kind: "count", scale: 1 },
  { unit: "套", kind: "count", scale: 1 },
  { unit: "批", kind: "count", scale: 1 },
  { unit: "次", kind: "count", scale: 1 },
  { unit: "本", kind: "count", scale: 1 },
  { unit: "篇", kind: "count", scale: 1 },
  { unit: "家", kind: "count", scale: 1 },
  { unit: "分", kind: "score", scale: 1 },
];

/** Finds a money unit named in a header or caption (金额单位：万元, 价值（万元）). */
export function moneyScaleIn(text: string): number | undefined {
  const t = toHalfWidth(text);
  if (/亿元/.test(t)) return 1e8;
  if (/万元/.test(t)) return 1e4;
  if (/千元/.test(t)) return 1e3;
  if (/元/.test(t)) return 1;
  return undefined;
}

const code = (s: string) => s.charCodeAt(0);
const isDigit = (c: number) => c >= 48 && c <= 57;
// what a character is to the number scanner, one table lookup (the scanner sees every character)
const DATE_AFTER = 1;
const CLOSE_BRACKET = 2;
const OPEN_BRACKET = 4;
const LABEL_BREAK = 8;
const CHAR_ROLE = new Uint8Array(0x10000);
const mark = (chars: string[], role: number) => chars.forEach((c) => (CHAR_ROLE[code(c)] |= role));
mark(["年", "月", "日", "号"], DATE_AFTER);
mark(["〕", "]", "】", ")"], CLOSE_BRACKET);
mark(["〔", "[", "【", "("], OPEN_BRACKET);
mark(["，", ",", "。", "；", ";", "：", ":", "、", "（", "）", "(", ")", "\n"], LABEL_BREAK);
// -1 marks "outside the text" (charCodeAt past the end gives NaN, which reads as 0 below)
const roleOf = (c: number) => (c >= 0 ? CHAR_ROLE[c] : 0);
const UNIT_INFO = new Map(UNITS.map((u) => [u.unit, u]));
const NO_UNIT = { unit: "", kind: "none" as UnitKind, scale: 1 };

const isColon = (c: number) => c === 0x3a || c === 0xff1a;

/**
 * Where the label of a number begins: after the last clause break or "其中" before it. A
 * colon right before the number ends its label rather than starting it: "全年执行数：2388.17
 * 万元" as form cells and lists write it.
 */
function labelStart(t: string, from: number, to: number): number {
  let gap = to;
  while (gap > from && isSpaceCode(t.charCodeAt(gap - 1))) gap--;
  const colon = gap > from && isColon(t.charCodeAt(gap - 1)) ? gap - 1 : -1;
  for (let i = to - 1; i >= from; i--) {
    const c = t.charCodeAt(i);
    if (CHAR_ROLE[c] & LABEL_BREAK && i !== colon) return i + 1;
    // 其中 (U+5176 U+4E2D)
    if (c === 0x4e2d && i > from && t.charCodeAt(i - 1) === 0x5176) return i + 1;
  }
  return from;
}

/**
 * Words between a label and its number ("资产总额为 63.51", "实有人数达 15 人"), dropped as
 * whole words: 合计 is not one of them ("支出合计 500 万元" is about 支出合计), and no single
 * character is dropped out of a word ("收到", "其他收入", "中央补助" stay whole).
 */
const LABEL_TAIL_WORDS = ["达到", "共计", "为", "是", "达", "共", "约", "有"];

/** The label text between `from` and `to`: linking words at its end and 其中 at its start dropped. */
function cleanLabel(t: string, from: number, to: number): string {
  let end = to;
  for (;;) {
    while (end > from && (isSpaceCode(t.charCodeAt(end - 1)) || isColon(t.charCodeAt(end - 1)))) end--;
    const word = LABEL_TAIL_WORDS.find((w) => end - w.length >= from && t.startsWith(w, end - w.length));
    if (!word) break;
    end -= word.length;
  }
  let start = from;
  for (;;) {
    while (start < end && isSpaceCode(t.charCodeAt(start))) start++;
    // 其中
    if (end - start >= 2 && t.charCodeAt(start) === 0x5176 && t.charCodeAt(start + 1) === 0x4e2d) start += 2;
    else break;
  }
  return t.slice(start, end);
}

const digitsFrom = (t: string, i: number) => {
  while (i < t.length && isDigit(t.charCodeAt(i))) i++;
  return i;
};

/** The unit written at `i` (the longest of UNITS that starts there), or undefined. */
function unitAt(t: string, i: number): { unit: string; kind: UnitKind; scale: number } | undefined {
  const c = t.charCodeAt(i);
  if (c !== c) return undefined;
  const next = t.charCodeAt(i + 1);
  switch (c) {
    case 0x4ebf: // 亿元
    case 0x4e07: // 万元
    case 0x5343: // 千元
      return next === 0x5143 ? UNIT_INFO.get(t.slice(i, i + 2)) : undefined;
    case 0x5e73: // 平方米
      return next === 0x65b9 && t.charCodeAt(i + 2) === 0x7c73 ? UNIT_INFO.get("平方米") : undefined;
    case 0x4eba: // 人次, 人
      return UNIT_INFO.get(next === 0x6b21 ? "人次" : "人");
    default:
      return UNITS[UNIT_BY_CHAR[c] - 1];
  }
}
// one-character units by character code: index into UNITS plus one (0 = not a unit)
const UNIT_BY_CHAR = new Uint8Array(0x10000);
UNITS.forEach((u, i) => {
  if (u.unit.length === 1) UNIT_BY_CHAR[code(u.unit)] = i + 1;
});

/**
 * Decides, before a number is built, whether the caller wants it: from its unit kind and
 * the stretch of text its label will be taken from (text.slice(labelFrom, labelTo)).
 */
export type WantQuantity = (kind: UnitKind, text: string, labelFrom: number, labelTo: number) => boolean;

/**
 * Every number in the text, with unit and label. Years, dates and document numbers are
 * left out. Pass `halfWidth` when the text is already folded to half-width, and `want` to
 * keep only the numbers the caller can use (the others cost nothing).
 *
 * A character scanner rather than a regular expression: it reads what the pattern
 * -?\d{1,3}(,\d{3})+(\.\d+)? | -?\d+(\.\d+)? followed by \s* and an optional unit reads,
 * but builds nothing for the numbers the caller does not want.
 */
export function findQuantities(text: string, halfWidth = false, want?: WantQuantity): Quantity[] {
  const t = halfWidth ? text : toHalfWidth(text);
  const out: Quantity[] = [];
  let prevEnd = 0;
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    const negative = c === 45 && isDigit(t.charCodeAt(i + 1));
    if (!negative && !isDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    const first = negative ? i + 1 : i;
    const run = digitsFrom(t, first);
    const numberEnd = numberEndAfter(t, first, run);
    let e = numberEnd;
    while (e < t.length && isSpaceCode(t.charCodeAt(e))) e++;
    const unitInfo = unitAt(t, e);
    const end = unitInfo ? e + unitInfo.unit.length : e;
    i = end;
    const skip = notAFigure(t, start, end, unitInfo !== undefined);
    const info = unitInfo ?? NO_UNIT;
    const from = skip ? 0 : labelStart(t, prevEnd, start);
    if (skip || (want && !want(info.kind, t, from, start))) {
      prevEnd = end;
      continue;
    }
    // only thousands groups put a comma right after the first digits
    const grouped = numberEnd > run && t.charCodeAt(run) === 44;
    out.push(quantityAt(t, start, numberEnd, end, info, from, grouped));
    prevEnd = end;
  }
  return out;
}

/**
 * Where a number ends whose first digits are t[first, run): thousands groups (at most three digits before the first
 * comma, then ,ddd as often as written), then decimals.
 */
function numberEndAfter(t: string, first: number, run: number): number {
  let e = run;
  if (run - first <= 3) {
    while (
      t.charCodeAt(e) === 44 &&
      isDigit(t.charCodeAt(e + 1)) &&
      isDigit(t.charCodeAt(e + 2)) &&
      isDigit(t.charCodeAt(e + 3))
    )
      e += 4;
  }
  if (t.charCodeAt(e) === 46 && isDigit(t.charCodeAt(e + 1))) e = digitsFrom(t, e + 1);
  return e;
}

/** Whether the number written at t[start, end) (its unit included) is a year, part of a date, or a document number. */
function notAFigure(t: string, start: number, end: number, hasUnit: boolean): boolean {
  const after = end < t.length ? t.charCodeAt(end) : -1;
  const before = start > 0 ? t.charCodeAt(start - 1) : -1;
  return !!(
    // years, dates and ordinals are not figures
    (!hasUnit && roleOf(after) & DATE_AFTER) ||
    // the middle or end of a date: 2023-12-31, 2023/12/31, 1.5.3
    ((before === 45 || before === 47 || before === 46) && start > 1 && isDigit(t.charCodeAt(start - 2))) ||
    ((after === 45 || after === 47) && end + 1 < t.length && isDigit(t.charCodeAt(end + 1))) ||
    // a year in a document number: 〔2019〕 (a figure with its unit in brackets is a figure: "（协管员 40 人）")
    (!hasUnit && roleOf(after) & CLOSE_BRACKET) ||
    (!hasUnit && roleOf(before) & OPEN_BRACKET)
  );
}

/** The quantity read at t[start, end): the number's digits end at numberEnd, its label starts at `from`. */
function quantityAt(
  t: string,
  start: number,
  numberEnd: number,
  end: number,
  info: { unit: string; kind: UnitKind; scale: number },
  from: number,
  grouped: boolean,
): Quantity {
  const digits = t.slice(start, numberEnd);
  const plain = grouped ? digits.replace(/,/g, "") : digits;
  const dot = plain.indexOf(".");
  return {
    value: Number(plain),
    decimals: dot < 0 ? 0 : plain.length - dot - 1,
    unit: info.unit,
    kind: info.kind,
    scale: info.scale,
    start,
    end,
    label: cleanLabel(t, from, start),
    raw: t.slice(start, end),
  };
}

/** Whether the text holds a digit, half- or full-width. */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

/** Reads a table cell that holds a single number ("63.51", "1,234", "95%", "１０"); undefined otherwise. */
export function parseCellNumber(text: string): { value: number; decimals: number; percent: boolean } | undefined {
  // most cells are labels: without a digit there is no number, and nothing to fold or match
  if (!hasDigit(text)) return undefined;
  const t = toHalfWidth(text).replace(/\s+/g, "");
  const m = /^(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?|-?\.\d+)(%?)$/.exec(t);
  if (!m) return undefined;
  const plain = m[1].replace(/,/g, "");
  const dot = plain.indexOf(".");
  return { value: Number(plain), decimals: dot < 0 ? 0 : plain.length - dot - 1, percent: m[2] === "%" };
}

/** A cell holding one number and its unit only ("2912.40万元", "36人", "95%"), or a bare number. */
export function cellQuantity(
  text: string,
): { value: number; decimals: number; percent: boolean; kind?: UnitKind; scale?: number } | undefined {
  const n = parseCellNumber(text);
  if (n) return n;
  if (!hasDigit(text)) return undefined;
  const t = toHalfWidth(text).trim();
  const qs = findQuantities(t, true);
  if (qs.length !== 1 || qs[0].label || qs[0].start !== 0 || qs[0].end !== t.length || !qs[0].unit) return undefined;
  const q = qs[0];
  return { value: q.value, decimals: q.decimals, percent: q.kind === "percent", kind: q.kind, scale: q.scale };
}

/** Half the last written digit: 63.51 stands for 63.51 ± 0.005 (docs/domain.md §6, XBRL calculation 1.1). */
export function halfUnit(decimals: number): number {
  return 0.5 * Math.pow(10, -decimals);
}

export interface Interval {
  lo: number;
  hi: number;
}

/**
 * The interval a written figure stands for. `exact` makes whole numbers exact: counts of
 * people or assets are not rounded, so 200 against 1 + 198 is a mismatch, not ±0.5 each.
 */
export function intervalOf(value: number, decimals: number, scale = 1, exact = false): Interval {
  const h = exact && decimals === 0 ? 0 : halfUnit(decimals);
  return { lo: (value - h) * scale, hi: (value + h) * scale };
}

/** Whole numbers compared among themselves are exact; as soon as one figure has decimals, rounding applies. */
export function allWhole(items: { decimals: number }[]): boolean {
  return items.every((i) => i.decimals === 0);
}

export function sumIntervals(parts: Interval[]): Interval {
  return parts.reduce((a, b) => ({ lo: a.lo + b.lo, hi: a.hi + b.hi }), { lo: 0, hi: 0 });
}

/**
 * A rate as written, in percent: "95.2%" and "95.2" in a 率 column alike; a fraction "0.952"
 * (not written with %, at most 1.5, with decimals) is 95.2 %, two decimals fewer.
 */
export function ratePercent(
  value: number,
  decimals: number,
  writtenWithPercent: boolean,
): { value: number; decimals: number } {
  if (!writtenWithPercent && value <= 1.5 && decimals > 0)
    return { value: value * 100, decimals: Math.max(0, decimals - 2) };
  return { value, decimals };
}

/** part ÷ whole as a percentage interval, from the intervals of both; undefined when the whole may be zero or less. */
export function percentInterval(part: Interval, whole: Interval): Interval | undefined {
  if (whole.lo <= 0) return undefined;
  return { lo: (part.lo / whole.hi) * 100, hi: (part.hi / whole.lo) * 100 };
}

/** Two rounded figures agree when their intervals meet; a tiny epsilon absorbs binary floating error. */
export function intervalsMeet(a: Interval, b: Interval): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a.lo), Math.abs(b.lo));
  return a.lo <= b.hi + eps && b.lo <= a.hi + eps;
}

/** Formats a number as written, without float noise: 10.28 + 53.23 = 63.51, not 63.510000000000005. */
export function formatNumber(value: number, decimals?: number): string {
  if (decimals !== undefined) return value.toFixed(Math.min(decimals, 6));
  return String(Math.round(value * 1e6) / 1e6);
}
