// Totals inside tables: a 合计/资产总额 row against the rows it sums, a 合计 column
// against the columns beside it. Sub-items (其中…, （1）under 1、) and area rows in a
// count column are left out, as a reviewer would.
import {
  allWhole,
  formatNumber,
  halfUnit,
  intervalOf,
  intervalsMeet,
  parseCellNumber,
  sumIntervals,
} from "../text/numbers";
import { isNonAdditiveHeader, rowDepth, rowLabel, shortHeader, shortLabel, type TableView } from "../reading/tables";
import { normalizeLabel } from "../text/text";

export interface TableSumCheck {
  view: TableView;
  /** Cell holding the total. */
  row: number;
  column: number;
  /** e.g. "资产总额数量" */
  what: string;
  total: string;
  parts: string[];
  sum: string;
  holds: boolean;
}

const TOTAL = /^(合计|总计|小计|总额|资产总额|资产合计|收入合计|支出合计|收入总计|支出总计|本年合计)$/;

interface Num {
  value: number;
  decimals: number;
  text: string;
}

function num(view: TableView, row: number, col: number): Num | undefined {
  const cell = view.table.rows[row][col];
  if (!cell || cell.covered) return undefined;
  const n = parseCellNumber(cell.text);
  return n && !n.percent ? { ...n, text: cell.text.trim() } : undefined;
}

function check(view: TableView, row: number, column: number, what: string, total: Num, parts: Num[]): TableSumCheck {
  const decimals = parts.reduce((m, p) => Math.max(m, p.decimals), total.decimals);
  const sum = parts.reduce((a, p) => a + p.value, 0);
  const exact = allWhole([total, ...parts]);
  const holds = intervalsMeet(
    intervalOf(total.value, total.decimals, 1, exact),
    sumIntervals(parts.map((p) => intervalOf(p.value, p.decimals, 1, exact))),
  );
  // a long column is summarised: the first parts, then how many there are
  const shown =
    parts.length > 12
      ? [...parts.slice(0, 3).map((p) => p.text), `…（${parts.length} 项 / ${parts.length} parts）`]
      : parts.map((p) => p.text);
  return { view, row, column, what, total: total.text, parts: shown, sum: formatNumber(sum, decimals), holds };
}

/** How far below a row its sub-items may reach: subtotals in these tables cover a few rows, not thousands. */
const SUBTOTAL_WINDOW = 64;

/**
 * A part that equals the sum of the parts right after it is their subtotal: count it, not
 * them. Running sums over a bounded window: linear in the rows, whatever the table's length.
 */
function collapseSubtotals(parts: Num[]): Num[] {
  const out: Num[] = [];
  for (let i = 0; i < parts.length; i++) {
    const head = parts[i];
    out.push(head);
    let sum = 0;
    let slack = halfUnit(head.decimals);
    let whole = head.decimals === 0;
    for (let j = i + 1; j < parts.length && j <= i + SUBTOTAL_WINDOW; j++) {
      sum += parts[j].value;
      slack += halfUnit(parts[j].decimals);
      whole &&= parts[j].decimals === 0;
      const meets = whole ? Math.abs(sum - head.value) < 1e-9 : Math.abs(sum - head.value) <= slack + 1e-9;
      if (j - i >= 2 && meets) {
        i = j;
        break;
      }
      // figures are not negative here: once past the subtotal, no longer run can match
      if (sum - slack > head.value) break;
    }
  }
  return out;
}

function columnTotals(view: TableView): TableSumCheck[] {
  const out: TableSumCheck[] = [];
  const labels = new Map(view.dataRows.map((r) => [r, rowLabel(view, r)]));
  const totals = view.dataRows.filter((r) => TOTAL.test(normalizeLabel(shortLabel(labels.get(r)!.text))));
  if (totals.length === 0) return out;
  // each row's numbering depth, read once however many totals look at the row
  const depths = new Map<number, number>();
  const depthOf = (r: number) => {
    let d = depths.get(r);
    if (d === undefined) depths.set(r, (d = rowDepth(labels.get(r)!.text)));
    return d;
  };
  const width = view.columns.length;
  for (const t of totals) {
    const tIdx = view.dataRows.indexOf(t);
    const prevTotal = totals.filter((x) => x < t).pop() ?? -1;
    const nextTotal = totals.find((x) => x > t) ?? Infinity;
    const before = view.dataRows.slice(0, tIdx).filter((r) => r > prevTotal);
    const after = view.dataRows.slice(tIdx + 1).filter((r) => r < nextTotal);
    let candidates = before.length > 0 ? before : after;
    candidates = candidates.filter((r) => depthOf(r) !== 9);
    const depths = candidates.map(depthOf).filter((d) => d > 0);
    if (depths.length > 0) {
      const top = depths.reduce((m, d) => Math.min(m, d), Infinity);
      candidates = candidates.filter((r) => depthOf(r) === top);
    }
    const labelCol = labels.get(t)!.column;
    for (let c = 0; c < width; c++) {
      if (c === labelCol || isNonAdditiveHeader(view.columns[c])) continue;
      const total = num(view, t, c);
      if (!total) continue;
      const countColumn = /数量|个数|台|辆|件|人数/.test(view.columns[c]);
      const rows = candidates.filter((r) => !(countColumn && /平方米|㎡|面积/.test(labels.get(r)!.text)));
      const parts = rows.map((r) => num(view, r, c)).filter((n): n is Num => !!n);
      if (parts.length === 0) continue;
      const what = `${shortLabel(labels.get(t)!.text)}${shortHeader(view.columns[c])}`;
      let result = check(view, t, c, what, total, parts);
      if (!result.holds && parts.length > 2) {
        const collapsed = collapseSubtotals(parts);
        if (collapsed.length < parts.length) {
          const alt = check(view, t, c, what, total, collapsed);
          if (alt.holds) result = alt;
        }
      }
      out.push(result);
    }
  }
  return out;
}

function rowTotals(view: TableView): TableSumCheck[] {
  const out: TableSumCheck[] = [];
  const headers = view.columns.map((h) => normalizeLabel(shortHeader(h)));
  headers.forEach((h, c) => {
    if (!/^(合计|总计|小计)$/.test(h)) return;
    const additive = (k: number) =>
      k >= 0 &&
      k < headers.length &&
      !isNonAdditiveHeader(view.columns[k]) &&
      !/^(合计|总计|小计)$/.test(headers[k]) &&
      !/其中/.test(headers[k]);
    let cols: number[] = [];
    for (let k = c + 1; additive(k); k++) cols.push(k);
    if (cols.length < 2) {
      cols = [];
      for (let k = c - 1; additive(k); k--) cols.unshift(k);
    }
    if (cols.length < 2) return;
    for (const r of view.dataRows) {
      const total = num(view, r, c);
      if (!total) continue;
      const parts = cols.map((k) => num(view, r, k)).filter((n): n is Num => !!n);
      if (parts.length === 0) continue;
      out.push(check(view, r, c, `${shortLabel(rowLabel(view, r).text)}${shortHeader(view.columns[c])}`, total, parts));
    }
  });
  return out;
}

/** Every total a table states, checked against its parts. */
export function tableSums(view: TableView): TableSumCheck[] {
  const kind = view.def?.kind;
  if (kind === "indicator" || kind === "org") return [];
  return [...columnTotals(view), ...rowTotals(view)];
}
