// The tables of document.xml as they are read — rows of cells that declare where they sit
// on the table's grid, how many columns they span and whether they continue a vertical
// merge — and laid out, when a table closes, as DocTable rows: one slot per grid column,
// merges resolved. Declared numbers go through declaredInt (bounds.ts), and every table
// laid out counts its slots in the read's budget (see MAX_GRID_CELLS).
import type { DocCell, DocParagraph, DocTable } from "../../core/model/model";
import { declaredInt, MAX_GRID_COLUMNS } from "./bounds";
import type { ReadBudget } from "./budget";

interface RawCell {
  column: number;
  gridSpan: number;
  vMerge?: "restart" | "continue";
  texts: string[];
  firstParagraph?: number;
}

interface RawRow {
  gridBefore: number;
  cells: RawCell[];
  /** The grid column the next cell starts at. */
  col: number;
}

interface TableState {
  table: DocTable;
  gridCols: number;
  rows: RawRow[];
  cell?: RawCell;
}

/** The tables open at this point of the body, the innermost last, each with the cell being read in it. */
export class OpenTables {
  private readonly stack: TableState[] = [];
  /** Inside a w:tcPr, where a cell's w:gridSpan and w:vMerge are read. */
  inTcPr = false;

  /** How many tables are open: 0 outside any table. */
  get depth(): number {
    return this.stack.length;
  }

  private top(): TableState | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** w:tbl: a table opens inside the innermost one (or in the body). */
  open(table: DocTable): void {
    this.stack.push({ table, gridCols: 0, rows: [] });
  }

  /** w:tbl closes: the innermost table is laid out on its grid, its slots spent from `budget`. */
  close(budget: ReadBudget): void {
    const state = this.stack.pop();
    if (state) layOut(state, budget);
  }

  /** w:gridCol: a column of the table's grid (not of a table inside one of its cells). */
  gridCol(): void {
    const top = this.top();
    if (top && !top.cell) top.gridCols++;
  }

  /** w:tr */
  openRow(): void {
    const top = this.top();
    if (top) top.rows.push({ gridBefore: 0, cells: [], col: 0 });
  }

  /** w:gridBefore: grid columns left empty before the row's first cell. */
  gridBefore(val: string | undefined): void {
    const top = this.top();
    const row = top?.rows[top.rows.length - 1];
    if (row && !top.cell) {
      row.gridBefore = declaredInt(val, 0, MAX_GRID_COLUMNS) ?? 0;
      row.col = row.gridBefore;
    }
  }

  /** w:tc: a cell opens where the row's previous cell ended. */
  openCell(): void {
    const top = this.top();
    const row = top?.rows[top.rows.length - 1];
    if (top && row) {
      top.cell = { column: row.col, gridSpan: 1, texts: [] };
      row.cells.push(top.cell);
    }
  }

  /** w:tc closes: the next cell starts after this one's span. */
  closeCell(): void {
    const top = this.top();
    const row = top?.rows[top.rows.length - 1];
    if (top?.cell && row) row.col += top.cell.gridSpan;
    if (top) top.cell = undefined;
  }

  /** w:gridSpan in the cell's properties. */
  gridSpan(val: string | undefined): void {
    const top = this.top();
    if (top?.cell && this.inTcPr) top.cell.gridSpan = declaredInt(val, 1, MAX_GRID_COLUMNS) ?? 1;
  }

  /** w:vMerge in the cell's properties: "restart" starts a merge, anything else continues one. */
  vMerge(val: string | undefined): void {
    const top = this.top();
    if (top?.cell && this.inTcPr) top.cell.vMerge = val === "restart" ? "restart" : "continue";
  }

  /**
   * A paragraph read in full (its index in the body and its text): in the innermost open
   * cell, if there is one, its text joins the cell's and it widens the paragraph span of
   * every open table. Where it sits, or undefined outside any cell.
   */
  placeParagraph(index: number, text: string): DocParagraph["cell"] {
    const top = this.top();
    if (!top?.cell) return undefined;
    const cell = top.cell;
    const at = { table: top.table.index, row: top.rows.length - 1, column: cell.column };
    cell.texts.push(text);
    cell.firstParagraph ??= index;
    if (top.table.firstParagraph < 0) top.table.firstParagraph = index;
    // an enclosing table's span includes its nested tables' paragraphs
    for (const t of this.stack) {
      if (t.table.firstParagraph < 0) t.table.firstParagraph = index;
      t.table.lastParagraph = index;
    }
    return at;
  }
}

/** Lays a table out on its grid, as wide as its widest row within MAX_GRID_COLUMNS, counting its slots in `budget`. */
function layOut(state: TableState, budget: ReadBudget): void {
  // cells beyond the widest grid a table may have are not laid out (their text is still in the paragraphs)
  let width = Math.min(MAX_GRID_COLUMNS, state.gridCols);
  for (const r of state.rows) width = Math.max(width, Math.min(MAX_GRID_COLUMNS, r.col));
  // a row costs a slot even when the grid is empty: five million <w:tr/> must count
  budget.spendGrid(Math.max(1, width) * state.rows.length);
  const grid: DocCell[][] = [];
  // the cell each column's vertical merge continues: the last cell above that is not covered
  // (kept per column, so a long merge is not walked up again for every row it covers)
  const openAbove: (DocCell | undefined)[] = new Array(width);
  state.rows.forEach((raw) => grid.push(layOutRow(raw, width, openAbove)));
  state.table.rows = grid;
}

/** One row on a grid `width` slots wide; `openAbove`, each column's open vertical merge, is kept for the next row. */
function layOutRow(raw: RawRow, width: number, openAbove: (DocCell | undefined)[]): DocCell[] {
  const row: DocCell[] = Array.from({ length: width }, () => ({ text: "", colSpan: 1, rowSpan: 1, covered: true }));
  for (let c = 0; c < raw.gridBefore && c < width; c++) row[c] = { text: "", colSpan: 1, rowSpan: 1 };
  for (const cell of raw.cells) {
    if (cell.column >= width) continue;
    if (cell.vMerge === "continue") {
      // covered by the cell above that started the merge
      const above = openAbove[cell.column];
      if (above) above.rowSpan++;
      row[cell.column] = { text: "", colSpan: 1, rowSpan: 1, covered: true, paragraph: cell.firstParagraph };
    } else {
      const colSpan = Math.min(cell.gridSpan, width - cell.column);
      row[cell.column] = { text: cell.texts.join("\n"), colSpan, rowSpan: 1, paragraph: cell.firstParagraph };
    }
  }
  // slots after the row's last cell (w:gridAfter or a short row) are empty, not merged;
  // one pass, remembering where the last cell's span ends
  let spanEnd = 0;
  for (let c = 0; c < width; c++) {
    const slot = row[c];
    if (!slot.covered) spanEnd = Math.max(spanEnd, c + slot.colSpan);
    else if (c >= raw.col && c >= spanEnd) row[c] = { text: "", colSpan: 1, rowSpan: 1 };
    if (!row[c].covered) openAbove[c] = row[c];
  }
  return row;
}
