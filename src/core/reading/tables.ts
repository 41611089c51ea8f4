// Understands the tables of a report: which standard table each one is (by its
// header signature), where its header ends, which rows repeat the header, what each
// column and row is about, and which unit its money figures are in.
import { paragraphBefore, type DocModel, type DocTable } from "../model/model";
import { moneyScaleIn, parseCellNumber } from "../text/numbers";
import { parseNumbering } from "../text/numbering";
import type { CompiledProfile } from "./compiled-profile";
import type { Profile, TableDef } from "../profile/profile";
import { normalizeLabel } from "../text/text";

export interface TableView {
  table: DocTable;
  def?: TableDef;
  /** The rows this view covers, [from, to): the whole table, or one block of a composite form. */
  rows: [number, number];
  /** First row of the column header: rows above it are a title or form fields (单位名称 | …). */
  headerStart: number;
  /** Rows before the data: title rows plus the header (several rows when it has merged cells). */
  headerRows: number;
  /** Header text per grid column, header rows joined. */
  columns: string[];
  /** Rows that repeat the header row word for word (not the first). */
  repeatedHeaderRows: number[];
  /** Rows that hold data: neither header nor a repeated header. */
  dataRows: number[];
  /** Money unit of the table (from the header or the caption above it), in 元; undefined when not stated. */
  moneyScale?: number;
  caption?: string;
}

/** Text of a grid slot, looking through merges: a covered slot shows the cell that covers it. */
export function slotText(table: DocTable, row: number, col: number): string {
  const cell = table.rows[row]?.[col];
  if (!cell) return "";
  if (!cell.covered) return cell.text;
  for (let c = col - 1; c >= 0; c--) {
    const left = table.rows[row][c];
    if (!left.covered) {
      if (c + left.colSpan > col) return left.text;
      break;
    }
  }
  for (let r = row - 1; r >= 0; r--) {
    const up = table.rows[r][col];
    if (up && !up.covered) return r + up.rowSpan > row ? up.text : "";
  }
  return "";
}

/**
 * slotText for every slot of rows from..to, in one pass down the table: each column keeps the
 * last cell that started in it (asking slotText slot by slot walks up a long vertical merge
 * again for every row it covers).
 */
export function slotTextsDown(table: DocTable, from: number, to: number): string[][] {
  const above: ({ text: string; until: number } | undefined)[] = [];
  const out: string[][] = [];
  for (let r = 0; r < to; r++) {
    const row = table.rows[r];
    const texts: string[] = [];
    let leftText = "";
    let leftEnd = -1;
    row.forEach((cell, c) => {
      let text = "";
      if (!cell.covered) {
        text = cell.text;
        leftText = cell.text;
        leftEnd = c + cell.colSpan;
        above[c] = { text: cell.text, until: r + cell.rowSpan };
      } else if (leftEnd > c) text = leftText;
      else {
        const a = above[c];
        text = a && a.until > r ? a.text : "";
      }
      texts.push(text);
    });
    if (r >= from) out.push(texts);
  }
  return out;
}

function rowKey(table: DocTable, row: number): string {
  return table.rows[row].map((c) => normalizeLabel(c.covered ? "" : c.text)).join("|");
}

function hasNumber(table: DocTable, row: number): boolean {
  return table.rows[row].some((c) => !c.covered && parseCellNumber(c.text) !== undefined);
}

/** Each table definition with its header terms normalized (compiled once: compileProfile). */
export function tableHeadersOf(profile: Profile): { def: TableDef; terms: string[] }[] {
  return profile.tables.map((def) => ({ def, terms: def.header.map(normalizeLabel) }));
}

/** Every header term of every table definition, once (compiled once: compileProfile). */
export function headerTermsOf(profile: Profile): string[] {
  return [...new Set(profile.tables.flatMap((t) => t.header.map(normalizeLabel)))];
}

/** The table definition a header (or a caption and header) names best, if any names enough of it. */
export function classifyTable(header: string, compiled: CompiledProfile): TableDef | undefined {
  const h = normalizeLabel(header);
  let best: { def: TableDef; hits: number } | undefined;
  for (const { def, terms } of compiled.tableHeaders) {
    const hits = terms.filter((t) => h.includes(t)).length;
    if (hits >= def.minMatch && (!best || hits > best.hits)) best = { def, hits };
  }
  return best?.def;
}

function ownRowText(table: DocTable, r: number): string {
  return table.rows[r].map((c) => (c.covered ? "" : c.text)).join("|");
}

/** The row that looks most like a column header among the first few: most profile header terms. */
function headerRowOf(table: DocTable, from: number, terms: readonly string[]): number {
  const hits = (r: number) => {
    const text = normalizeLabel(ownRowText(table, r));
    return terms.filter((t) => text.includes(t)).length;
  };
  let best = from;
  let bestHits = hits(from);
  for (let r = from + 1; r < Math.min(from + 6, table.rows.length); r++) {
    const h = hits(r);
    if (h >= 2 && h > bestHits) [best, bestHits] = [r, h];
  }
  return best;
}

/**
 * One header and the rows under it. A table can hold several: the national self-evaluation
 * form stacks a budget block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分),
 * the goals and the indicator block (一级指标 | … | 分值 | 得分) in one table.
 */
function viewSegment(
  doc: DocModel,
  table: DocTable,
  compiled: CompiledProfile,
  from: number,
  headerStart: number,
  to: number,
): TableView {
  const headerRows = headerEnd(table, headerStart, to);
  const columns = columnHeaders(table, headerStart, headerRows);
  const { repeatedHeaderRows, dataRows } = bodyRows(table, headerStart, headerRows, to);
  const caption = captionOf(doc, table, from, headerStart);
  const header = columns.join(" ");
  const def =
    classifyTable(header, compiled) ?? (caption ? classifyTable(`${caption} ${header}`, compiled) : undefined);
  const moneyScale = moneyScaleIn(header) ?? (caption ? moneyScaleIn(caption) : undefined);
  return {
    table,
    def,
    rows: [from, to],
    headerStart,
    headerRows,
    columns,
    repeatedHeaderRows,
    dataRows,
    moneyScale,
    caption,
  };
}

/** The first row past the header starting at headerStart: it runs on while its cells merge down or group columns. */
function headerEnd(table: DocTable, headerStart: number, to: number): number {
  let headerRows = headerStart + 1;
  // how far down the header's cells reach, kept as rows join it (asking every row again for
  // each new one was quadratic on a long vertical merge)
  const reach = (r: number) => table.rows[r].reduce((m, c) => (c.covered ? m : Math.max(m, r + c.rowSpan)), r + 1);
  let mergedTo = reach(headerStart);
  // a header cell merged downwards (or a spanning group title) means the header continues
  while (headerRows < to && !hasNumber(table, headerRows)) {
    const mergedDown = mergedTo > headerRows;
    const groupTitle = table.rows[headerRows - 1].some((c) => !c.covered && c.colSpan > 1);
    if (!(mergedDown || groupTitle)) break;
    mergedTo = Math.max(mergedTo, reach(headerRows));
    headerRows++;
  }
  return headerRows;
}

/** Each grid column's header: the texts of its slots in the header rows, top down, a text repeated by a merge once. */
function columnHeaders(table: DocTable, headerStart: number, headerRows: number): string[] {
  const width = table.rows[0]?.length ?? 0;
  const texts = slotTextsDown(table, headerStart, headerRows);
  const columns: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const row of texts) {
      const t = (row[c] ?? "").trim();
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    columns.push(parts.join(" "));
  }
  return columns;
}

/** The rows under the header: those repeating its first row (after a page break), and the data. */
function bodyRows(
  table: DocTable,
  headerStart: number,
  headerRows: number,
  to: number,
): { repeatedHeaderRows: number[]; dataRows: number[] } {
  const repeatedHeaderRows: number[] = [];
  const dataRows: number[] = [];
  const headerKey = rowKey(table, headerStart);
  for (let r = headerRows; r < to; r++) {
    if (rowKey(table, r) === headerKey) repeatedHeaderRows.push(r);
    else dataRows.push(r);
  }
  return { repeatedHeaderRows, dataRows };
}

/** A caption above the table, or title rows inside it: they may name the table and its unit. */
function captionOf(doc: DocModel, table: DocTable, from: number, headerStart: number): string | undefined {
  const above = from === 0 ? (paragraphBefore(doc, table)?.text ?? "") : "";
  const title = [above, ...table.rows.slice(from, headerStart).map((r) => r.map((c) => c.text).join(" "))]
    .join(" ")
    .trim();
  return title || undefined;
}

/** The views of a table: one per standard header it holds, or one for the whole table. */
export function viewTable(doc: DocModel, table: DocTable, compiled: CompiledProfile): TableView[] {
  const rows = table.rows.length;
  if (rows === 0)
    return [
      {
        table,
        rows: [0, 0],
        headerStart: 0,
        headerRows: 0,
        columns: [],
        repeatedHeaderRows: [],
        dataRows: [],
        def: undefined,
      },
    ];
  const starts: number[] = [];
  for (let r = 0; r < rows; r++) {
    const def = classifyTable(ownRowText(table, r), compiled);
    // a row repeating the previous header (a header row repeated after a page break) starts nothing
    if (def && !(starts.length && rowKey(table, r) === rowKey(table, starts[starts.length - 1]))) starts.push(r);
  }
  if (starts.length <= 1)
    return [viewSegment(doc, table, compiled, 0, starts[0] ?? headerRowOf(table, 0, compiled.headerTerms), rows)];
  return starts.map((h, i) => viewSegment(doc, table, compiled, i === 0 ? 0 : h, h, starts[i + 1] ?? rows));
}

export function viewTables(doc: DocModel, compiled: CompiledProfile): TableView[] {
  return doc.tables.flatMap((t) => viewTable(doc, t, compiled));
}

/** The column whose header contains one of the terms (earliest term wins), or -1. */
export function findColumn(view: TableView, terms: string[]): number {
  const cols = view.columns.map(normalizeLabel);
  for (const t of terms) {
    const k = normalizeLabel(t);
    const i = cols.findIndex((c) => c.includes(k));
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * What a data row is about: its first non-numeric, non-empty cell of its own; a label
 * merged down from above (项目资金 over a block's rows) only when the row has none.
 */
export function rowLabel(view: TableView, row: number): { text: string; column: number } {
  const cells = view.table.rows[row];
  for (const own of [true, false]) {
    for (let c = 0; c < cells.length; c++) {
      if (own && cells[c].covered) continue;
      const t = (own ? cells[c].text : slotText(view.table, row, c)).trim();
      if (t && parseCellNumber(t) === undefined) return { text: t, column: c };
    }
  }
  return { text: "", column: -1 };
}

/** Depth of a row label's numbering (一、=1 … （1）=4), 9 for "其中…" sub-items, 0 when unnumbered. */
export function rowDepth(label: string): number {
  const t = label.trim();
  if (/^其中/.test(t)) return 9;
  return parseNumbering(t)?.level ?? 0;
}

/** A header of a column whose figures are never summed: rates, scores, weights, prices, years, serial numbers. */
export function isNonAdditiveHeader(header: string): boolean {
  return /率|%|％|分值|得分|权重|比例|比重|单价|序号|编号|年份|年度|系数|指标值|完成值|标准|备注|说明/.test(header);
}

export function shortHeader(header: string): string {
  return header
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/\s+/g, "")
    .trim();
}

export function shortLabel(label: string): string {
  const n = parseNumbering(label);
  return (n ? label.slice(n.length) : label)
    .replace(/^其中[：:]?/, "")
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/\s+/g, "")
    .trim();
}
