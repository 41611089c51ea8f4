// The national 部门整体支出绩效自评表 states 年度资金总额 twice over: split by income nature
// (一般公共预算, 政府性基金, 纳入专户管理的非税收入, 其他资金 …) and by spending nature
// (基本支出, 项目支出), per column (年初预算数 / 全年预算数 / 全年执行数). Both splits must
// equal the total (docs/domain.md §6). Forms write the parts two ways: aligned under the
// columns (| 其中：一般公共预算 | 100 | 120 | 110 |) or inside a label cell that spans them
// ("其中：一般公共预算：1873.66万元") — then which column a part belongs to is not said.
import type { Location } from "./model";
import { cellQuantity, findQuantities, intervalOf, intervalsMeet, sumIntervals, type Interval } from "./numbers";
import { slotText, type TableView } from "./tables";
import { normalizeLabel, toHalfWidth } from "./text";

export type SplitKind = "income" | "spending";

/** Words naming a part of each split, as compared (normalised). */
const PART_TERMS: Record<SplitKind, string[]> = {
  income: [
    "一般公共预算",
    "当年财政拨款",
    "财政拨款",
    "政府性基金",
    "国有资本经营预算",
    "纳入专户管理的非税收入",
    "财政专户",
    "非税收入",
    "上年结转",
    "事业收入",
    "经营收入",
    "单位资金",
    "其他资金",
    "其他收入",
  ],
  spending: ["基本支出", "项目支出"],
};
const COLUMN_TERMS = ["年初预算数", "全年预算数", "调整后预算数", "全年执行数", "执行数"];
const TOTAL_TERMS = ["年度资金总额", "资金总额"];
/** A cell that says "nothing here": a dash or a slash, as forms fill the cells that do not apply. */
const NOTHING = /^[\s—–\-－/／\\]*$/;

export interface SplitFigure {
  label: string;
  value: number;
  decimals: number;
  raw: string;
  location: Location;
}

export interface FundSplitCheck {
  kind: SplitKind;
  /**
   * The column header the figures stand under; undefined when the parts do not say (written inside a spanning label
   * cell).
   */
  column?: string;
  /** The total compared with: the one of that column, or, column unknown, the nearest of the row's totals. */
  total: SplitFigure;
  parts: SplitFigure[];
  /** Labels of the split left blank, read as zero: the split is then not read without ambiguity. */
  blank: string[];
  holds: boolean;
  sum: number;
}

const kindOf = (label: string): SplitKind | undefined => {
  const l = normalizeLabel(label);
  if (/按(收入|支出)性质/.test(l)) return undefined;
  for (const kind of ["spending", "income"] as SplitKind[])
    if (PART_TERMS[kind].some((t) => l.includes(t))) return kind;
  return undefined;
};

/** The label of a part without 其中 and the colon: "其中：一般公共预算：" → "一般公共预算". */
const cleanPartLabel = (text: string) =>
  toHalfWidth(text)
    .replace(/^\s*其中\s*[:：]?/, "")
    .replace(/[:：\s]+$/, "")
    .trim();

function interval(f: SplitFigure): Interval {
  return intervalOf(f.value, f.decimals);
}

/** Every 年度资金总额 split a table states, checked column by column. */
export function fundSplits(view: TableView): FundSplitCheck[] {
  const t = view.table;
  const [from, to] = view.rows;
  const at = (r: number, c: number): Location => ({
    paragraph: t.rows[r][c].paragraph ?? t.firstParagraph,
    table: t.index,
    row: r,
    column: c,
  });
  // the total row, and the header row above it that names the columns
  let totalRow = -1;
  for (let r = from; r < to && totalRow < 0; r++)
    if (t.rows[r].some((c) => !c.covered && TOTAL_TERMS.some((k) => normalizeLabel(c.text).includes(k)))) totalRow = r;
  if (totalRow < 0) return [];
  const columns = new Map<number, string>();
  for (let r = totalRow - 1; r >= from && columns.size === 0; r--)
    t.rows[r].forEach((cell, c) => {
      const h = normalizeLabel(cell.covered ? "" : cell.text);
      const term = COLUMN_TERMS.find((k) => h.includes(k));
      if (term) columns.set(c, cell.text.trim());
    });
  if (columns.size === 0) return [];
  const totals = new Map<number, SplitFigure>();
  for (const [c, header] of columns) {
    const q = cellQuantity(slotText(t, totalRow, c));
    if (q && !t.rows[totalRow][c].covered)
      totals.set(c, {
        label: header,
        value: q.value,
        decimals: q.decimals,
        raw: t.rows[totalRow][c].text.trim(),
        location: at(totalRow, c),
      });
  }
  if (totals.size === 0) return [];

  // the parts: rows under the total up to the goals or the indicator block
  const aligned = new Map<string, { parts: SplitFigure[]; blank: string[]; labels: Set<string> }>();
  const loose: Record<SplitKind, SplitFigure[]> = { income: [], spending: [] };
  const labelsOf: Record<SplitKind, Set<string>> = { income: new Set(), spending: new Set() };
  // a split whose lines nest (其中 under a part, or the other split's lines between its own) is not read: which lines are
  // siblings is not said
  const nested: Record<SplitKind, boolean> = { income: false, spending: false };
  let lastAlignedKind: SplitKind | undefined;
  const alignedKindsSeen = new Set<SplitKind>();
  for (let r = totalRow + 1; r < to; r++) {
    const row = t.rows[r];
    if (row.some((c) => !c.covered && /目标|一级指标|指标/.test(c.text))) break;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell.covered || !cell.text.trim()) continue;
      const kind = kindOf(cell.text);
      if (!kind) continue;
      // "其中：…" after a part of the same split details that part (一般公共预算 / 其中：财政拨款): not a sibling
      if (/^\s*其中/.test(cell.text) && labelsOf[kind].size > 0) {
        nested[kind] = true;
        continue;
      }
      // a label cell with its figure inside: the column is not said
      const inside = findQuantities(toHalfWidth(cell.text), true).filter((q) => q.unit === "" || q.kind === "money");
      const label = cleanPartLabel(inside.length ? cell.text.slice(0, cell.text.search(/[0-9０-９]/)) : cell.text);
      labelsOf[kind].add(label);
      if (inside.length === 1) {
        const q = inside[0];
        // a part in 元 beside totals in 万元 would need the table's unit: leave such forms alone
        if (q.unit && q.unit !== "万元") continue;
        loose[kind].push({ label, value: q.value, decimals: q.decimals, raw: q.raw, location: at(r, c) });
        continue;
      }
      // a label cell followed by figures under the columns, up to the next label
      if (c + cell.colSpan < row.length && columns.has(c + cell.colSpan)) {
        // the other split's lines standing between this split's lines: nested, not side by side
        if (lastAlignedKind && lastAlignedKind !== kind && alignedKindsSeen.has(kind))
          nested[kind] = nested[lastAlignedKind] = true;
        lastAlignedKind = kind;
        alignedKindsSeen.add(kind);
      }
      for (let v = c + cell.colSpan; v < row.length; v++) {
        const vc = row[v];
        if (vc.covered) continue;
        if (kindOf(vc.text) || (vc.text.trim() && !cellQuantity(vc.text) && !NOTHING.test(vc.text))) break;
        const header = columns.get(v);
        if (header === undefined) continue;
        const key = `${kind}|${v}`;
        const entry = aligned.get(key) ?? { parts: [], blank: [], labels: new Set<string>() };
        aligned.set(key, entry);
        entry.labels.add(label);
        const q = cellQuantity(vc.text);
        if (q)
          entry.parts.push({ label, value: q.value, decimals: q.decimals, raw: vc.text.trim(), location: at(r, v) });
        else entry.blank.push(label);
      }
    }
  }

  const out: FundSplitCheck[] = [];
  const check = (
    kind: SplitKind,
    column: string | undefined,
    total: SplitFigure,
    parts: SplitFigure[],
    blank: string[],
  ) => {
    const exactSum = parts.reduce((s, p) => s + p.value, 0);
    const holds = intervalsMeet(interval(total), sumIntervals(parts.map(interval)));
    out.push({ kind, column, total, parts, blank, holds, sum: exactSum });
  };
  for (const [key, entry] of aligned) {
    const [kind, col] = key.split("|");
    if (nested[kind as SplitKind]) continue;
    const total = totals.get(Number(col));
    // the form's split: at least two of its lines, at least one filled in
    if (!total || entry.labels.size < 2 || entry.parts.length === 0) continue;
    check(kind as SplitKind, columns.get(Number(col)), total, entry.parts, entry.blank);
  }
  for (const kind of ["income", "spending"] as SplitKind[]) {
    const parts = loose[kind];
    if (parts.length === 0 || labelsOf[kind].size < 2 || nested[kind]) continue;
    // the column is not said: the split holds when it equals the total of any column
    const candidates = [...totals.values()];
    const match = candidates.find((tot) => intervalsMeet(interval(tot), sumIntervals(parts.map(interval))));
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const nearest = match ?? candidates.reduce((a, b) => (Math.abs(b.value - sum) < Math.abs(a.value - sum) ? b : a));
    check(
      kind,
      undefined,
      nearest,
      parts,
      [...labelsOf[kind]].filter((l) => !parts.some((p) => p.label === l)),
    );
  }
  return out;
}
