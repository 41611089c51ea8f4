// The national 部门整体支出绩效自评表 states 年度资金总额 twice over: split by income nature
// (一般公共预算, 政府性基金, 纳入专户管理的非税收入, 其他资金 …) and by spending nature
// (基本支出, 项目支出), per column (年初预算数 / 全年预算数 / 全年执行数). Both splits must
// equal the total (docs/domain.md §6). Forms write the parts two ways: aligned under the
// columns (| 其中：一般公共预算 | 100 | 120 | 110 |) or inside a label cell that spans them
// ("其中：一般公共预算：1873.66万元") — then which column a part belongs to is not said.
import type { DocTable, Location } from "../model/model";
import { cellQuantity, findQuantities, intervalOf, intervalsMeet, sumIntervals, type Interval } from "../text/numbers";
import { slotText, type TableView } from "../reading/tables";
import { normalizeLabel, toHalfWidth } from "../text/text";

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

/** Where a figure in cell (r, c) of the table stands. */
function cellAt(t: DocTable, r: number, c: number): Location {
  return { paragraph: t.rows[r][c].paragraph ?? t.firstParagraph, table: t.index, row: r, column: c };
}

/** Every 年度资金总额 split a table states, checked column by column. */
export function fundSplits(view: TableView): FundSplitCheck[] {
  const t = view.table;
  const [from, to] = view.rows;
  const totalRow = totalRowOf(t, from, to);
  if (totalRow < 0) return [];
  const columns = columnsAbove(t, from, totalRow);
  if (columns.size === 0) return [];
  const totals = totalsIn(t, totalRow, columns);
  if (totals.size === 0) return [];
  const read = readParts(t, totalRow, to, columns);
  return [...alignedChecks(read, totals, columns), ...looseChecks(read, totals)];
}

/** The row naming 年度资金总额 (the first in rows [from, to)), or -1. */
function totalRowOf(t: DocTable, from: number, to: number): number {
  for (let r = from; r < to; r++)
    if (t.rows[r].some((c) => !c.covered && TOTAL_TERMS.some((k) => normalizeLabel(c.text).includes(k)))) return r;
  return -1;
}

/** The header row above the total that names the columns (the nearest one naming any): header text per column. */
function columnsAbove(t: DocTable, from: number, totalRow: number): Map<number, string> {
  const columns = new Map<number, string>();
  for (let r = totalRow - 1; r >= from && columns.size === 0; r--)
    t.rows[r].forEach((cell, c) => {
      const h = normalizeLabel(cell.covered ? "" : cell.text);
      const term = COLUMN_TERMS.find((k) => h.includes(k));
      if (term) columns.set(c, cell.text.trim());
    });
  return columns;
}

/** The total row's figure under each named column, where it states one. */
function totalsIn(t: DocTable, totalRow: number, columns: Map<number, string>): Map<number, SplitFigure> {
  const totals = new Map<number, SplitFigure>();
  for (const [c, header] of columns) {
    const q = cellQuantity(slotText(t, totalRow, c));
    if (q && !t.rows[totalRow][c].covered)
      totals.set(c, {
        label: header,
        value: q.value,
        decimals: q.decimals,
        raw: t.rows[totalRow][c].text.trim(),
        location: cellAt(t, totalRow, c),
      });
  }
  return totals;
}

/** The lines of both splits read under the total, and what is known of how they stand. */
interface PartsRead {
  /** Figures under a column, per `${kind}|${column}`: the parts filled in, the lines left blank, every line's label. */
  aligned: Map<string, { parts: SplitFigure[]; blank: string[]; labels: Set<string> }>;
  /** Figures inside their label cell: the column is not said. */
  loose: Record<SplitKind, SplitFigure[]>;
  labelsOf: Record<SplitKind, Set<string>>;
  /**
   * A split whose lines nest (其中 under a part, or the other split's lines between its own) is not read: which lines
   * are siblings is not said.
   */
  nested: Record<SplitKind, boolean>;
  /** The split of the last line whose figures stand under the columns, and every split such lines were seen of. */
  lastAlignedKind?: SplitKind;
  alignedKindsSeen: Set<SplitKind>;
}

/** The parts: rows under the total up to the goals or the indicator block. */
function readParts(t: DocTable, totalRow: number, to: number, columns: Map<number, string>): PartsRead {
  const read: PartsRead = {
    aligned: new Map(),
    loose: { income: [], spending: [] },
    labelsOf: { income: new Set(), spending: new Set() },
    nested: { income: false, spending: false },
    alignedKindsSeen: new Set(),
  };
  for (let r = totalRow + 1; r < to; r++) {
    const row = t.rows[r];
    if (row.some((c) => !c.covered && /目标|一级指标|指标/.test(c.text))) break;
    for (let c = 0; c < row.length; c++) readPartCell(read, t, r, c, columns);
  }
  return read;
}

/** A cell naming a part of a split: its figure inside it, or the figures under the columns after it. */
function readPartCell(read: PartsRead, t: DocTable, r: number, c: number, columns: Map<number, string>): void {
  const row = t.rows[r];
  const cell = row[c];
  if (cell.covered || !cell.text.trim()) return;
  const kind = kindOf(cell.text);
  if (!kind) return;
  // "其中：…" after a part of the same split details that part (一般公共预算 / 其中：财政拨款): not a sibling
  if (/^\s*其中/.test(cell.text) && read.labelsOf[kind].size > 0) {
    read.nested[kind] = true;
    return;
  }
  // a label cell with its figure inside: the column is not said
  const inside = findQuantities(toHalfWidth(cell.text), true).filter((q) => q.unit === "" || q.kind === "money");
  const label = cleanPartLabel(inside.length ? cell.text.slice(0, cell.text.search(/[0-9０-９]/)) : cell.text);
  read.labelsOf[kind].add(label);
  if (inside.length === 1) {
    const q = inside[0];
    // a part in 元 beside totals in 万元 would need the table's unit: leave such forms alone
    if (q.unit && q.unit !== "万元") return;
    read.loose[kind].push({ label, value: q.value, decimals: q.decimals, raw: q.raw, location: cellAt(t, r, c) });
    return;
  }
  // a label cell followed by figures under the columns, up to the next label
  if (c + cell.colSpan < row.length && columns.has(c + cell.colSpan)) {
    // the other split's lines standing between this split's lines: nested, not side by side
    if (read.lastAlignedKind && read.lastAlignedKind !== kind && read.alignedKindsSeen.has(kind))
      read.nested[kind] = read.nested[read.lastAlignedKind] = true;
    read.lastAlignedKind = kind;
    read.alignedKindsSeen.add(kind);
  }
  readAlignedFigures(read, t, r, c + cell.colSpan, kind, label, columns);
}

/** The figures of a line under the columns, from `start` up to the next label; a blank cell is read as zero. */
function readAlignedFigures(
  read: PartsRead,
  t: DocTable,
  r: number,
  start: number,
  kind: SplitKind,
  label: string,
  columns: Map<number, string>,
): void {
  const row = t.rows[r];
  for (let v = start; v < row.length; v++) {
    const vc = row[v];
    if (vc.covered) continue;
    if (kindOf(vc.text) || (vc.text.trim() && !cellQuantity(vc.text) && !NOTHING.test(vc.text))) break;
    const header = columns.get(v);
    if (header === undefined) continue;
    const key = `${kind}|${v}`;
    const entry = read.aligned.get(key) ?? { parts: [], blank: [], labels: new Set<string>() };
    read.aligned.set(key, entry);
    entry.labels.add(label);
    const q = cellQuantity(vc.text);
    if (q)
      entry.parts.push({ label, value: q.value, decimals: q.decimals, raw: vc.text.trim(), location: cellAt(t, r, v) });
    else entry.blank.push(label);
  }
}

/** Σ parts against the total, every figure standing for the interval its decimals give (docs/domain.md §6). */
function checkSplit(
  kind: SplitKind,
  column: string | undefined,
  total: SplitFigure,
  parts: SplitFigure[],
  blank: string[],
): FundSplitCheck {
  const exactSum = parts.reduce((s, p) => s + p.value, 0);
  const holds = intervalsMeet(interval(total), sumIntervals(parts.map(interval)));
  return { kind, column, total, parts, blank, holds, sum: exactSum };
}

/** Each split stated under a column, against that column's total. */
function alignedChecks(
  read: PartsRead,
  totals: Map<number, SplitFigure>,
  columns: Map<number, string>,
): FundSplitCheck[] {
  const out: FundSplitCheck[] = [];
  for (const [key, entry] of read.aligned) {
    const [kind, col] = key.split("|");
    if (read.nested[kind as SplitKind]) continue;
    const total = totals.get(Number(col));
    // the form's split: at least two of its lines, at least one filled in
    if (!total || entry.labels.size < 2 || entry.parts.length === 0) continue;
    out.push(checkSplit(kind as SplitKind, columns.get(Number(col)), total, entry.parts, entry.blank));
  }
  return out;
}

/** Each split stated inside its label cells: the column is not said, so it holds when it equals any column's total. */
function looseChecks(read: PartsRead, totals: Map<number, SplitFigure>): FundSplitCheck[] {
  const out: FundSplitCheck[] = [];
  for (const kind of ["income", "spending"] as SplitKind[]) {
    const parts = read.loose[kind];
    if (parts.length === 0 || read.labelsOf[kind].size < 2 || read.nested[kind]) continue;
    const candidates = [...totals.values()];
    const match = candidates.find((tot) => intervalsMeet(interval(tot), sumIntervals(parts.map(interval))));
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const nearest = match ?? candidates.reduce((a, b) => (Math.abs(b.value - sum) < Math.abs(a.value - sum) ? b : a));
    const blank = [...read.labelsOf[kind]].filter((l) => !parts.some((p) => p.label === l));
    out.push(checkSplit(kind, undefined, nearest, parts, blank));
  }
  return out;
}
