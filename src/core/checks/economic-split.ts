// 基本支出 by economic classification (政府支出经济分类) in a table: a 基本支出 row and, below
// it, the classes 工资福利支出 / 商品和服务支出 / 对个人和家庭的补助 / 资本性支出, column by
// column. Sentences are the profile's `basic-economic-split` relation; this is the table form.
import type { DocTable, Location } from "../model/model";
import { allWhole, intervalOf, intervalsMeet, parseCellNumber, sumIntervals } from "../text/numbers";
import { isNonAdditiveHeader, rowLabel, shortHeader, shortLabel, type TableView } from "../reading/tables";
import { normalizeLabel } from "../text/text";

const TOTAL = "基本支出";
/** The classes of 基本支出, as compared. The last two are often left out when nothing was spent on them. */
const CLASSES = ["工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出"];
const MAY_BE_LEFT_OUT = new Set(["对个人和家庭的补助", "资本性支出"]);

export interface EconomicSplitCheck {
  column: string;
  total: { text: string; location: Location };
  parts: { label: string; text: string; location: Location }[];
  /** Some class that may be left out is not in the table: only parts above the total are wrong. */
  open: boolean;
  holds: boolean;
  sum: number;
  decimals: number;
}

const classOf = (label: string) => {
  const l = normalizeLabel(shortLabel(label));
  return CLASSES.find(
    (c) => l === c || l === `${c}合计` || (c === "对个人和家庭的补助" && l.startsWith("对个人和家庭的补助")),
  );
};

/** The economic split of 基本支出 a table states, checked per additive column. */
export function economicSplits(view: TableView): EconomicSplitCheck[] {
  const totalRow = view.dataRows.find((r) => {
    const l = normalizeLabel(shortLabel(rowLabel(view, r).text));
    return l === TOTAL || l === `${TOTAL}合计`;
  });
  if (totalRow === undefined) return [];
  const classRows = classRowsBelow(view, totalRow);
  if (!classRows.has("工资福利支出") || !classRows.has("商品和服务支出")) return [];
  const open = [...MAY_BE_LEFT_OUT].some((c) => !classRows.has(c));
  const out: EconomicSplitCheck[] = [];
  view.columns.forEach((header, c) => {
    if (!header || isNonAdditiveHeader(header) || c <= rowLabel(view, totalRow).column) return;
    const check = columnSplit(view, totalRow, classRows, open, c);
    if (check) out.push(check);
  });
  return out;
}

/** The row of each class under the 基本支出 row (the first of each), up to the next total. */
function classRowsBelow(view: TableView, totalRow: number): Map<string, number> {
  const classRows = new Map<string, number>();
  for (const r of view.dataRows) {
    if (r <= totalRow) continue;
    const label = rowLabel(view, r).text;
    const l = normalizeLabel(shortLabel(label));
    // the next total (项目支出, 合计) ends the block
    if (l.startsWith("项目支出") || l === "合计" || l === "总计") break;
    const c = classOf(label);
    if (c && !classRows.has(c)) classRows.set(c, r);
  }
  return classRows;
}

/** The classes' figures in column c; undefined when a class cell holds something other than a number or nothing. */
function classFigures(
  t: DocTable,
  classRows: Map<string, number>,
  c: number,
  at: (r: number) => Location,
): { parts: EconomicSplitCheck["parts"]; numbers: { value: number; decimals: number }[] } | undefined {
  const parts: EconomicSplitCheck["parts"] = [];
  const numbers: { value: number; decimals: number }[] = [];
  for (const [label, r] of classRows) {
    const pc = t.rows[r][c];
    const n = pc && !pc.covered ? parseCellNumber(pc.text) : undefined;
    // a blank or a dash in a class row is nothing spent on it
    if (!n) {
      if (pc && pc.text.trim() && !/^[-—–\s0.]*$/.test(pc.text)) return undefined;
      continue;
    }
    numbers.push(n);
    parts.push({ label, text: pc.text.trim(), location: at(r) });
  }
  return { parts, numbers };
}

/** One column's 基本支出 against its classes; undefined when the column does not state the split. */
function columnSplit(
  view: TableView,
  totalRow: number,
  classRows: Map<string, number>,
  open: boolean,
  c: number,
): EconomicSplitCheck | undefined {
  const t = view.table;
  const at = (r: number): Location => ({
    paragraph: t.rows[r][c].paragraph ?? t.firstParagraph,
    table: t.index,
    row: r,
    column: c,
  });
  const cell = t.rows[totalRow][c];
  const total = cell && !cell.covered ? parseCellNumber(cell.text) : undefined;
  if (!total) return undefined;
  const figures = classFigures(t, classRows, c, at);
  if (!figures) return undefined;
  const { parts, numbers } = figures;
  if (parts.length < 2) return undefined;
  const exact = allWhole([total, ...numbers]);
  const ti = intervalOf(total.value, total.decimals, 1, exact);
  const si = sumIntervals(numbers.map((n) => intervalOf(n.value, n.decimals, 1, exact)));
  return {
    column: shortHeader(view.columns[c]),
    total: { text: cell.text.trim(), location: at(totalRow) },
    parts,
    open,
    holds: open ? si.lo <= ti.hi : intervalsMeet(ti, si),
    sum: numbers.reduce((a, n) => a + n.value, 0),
    decimals: numbers.reduce((m, n) => Math.max(m, n.decimals), total.decimals),
  };
}
