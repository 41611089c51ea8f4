// Word's paragraphs, as loaded in one batch, → DocModel. Pure: no Word call here, so it
// is tested without a host. Paragraphs inside tables come in body order with their
// cell's row and cell index and their table nesting level; tables are rebuilt from them.
import type { DocCell, DocModel, DocParagraph, DocTable } from "../../core/model/model";

export interface ParagraphSnapshot {
  text: string;
  /** Localized style name ("标题 1", "Heading 1", "章标题"). */
  style?: string;
  /** Word.BuiltInStyleName: "Heading1" … "Heading9", "Toc1" …, "Normal", or "Other". */
  styleBuiltIn?: string;
  /** 1–9 for outline levels; Word reports body text as 10. */
  outlineLevel?: number;
  /** The list label Word renders ("一、"), when the paragraph is a list item. */
  listString?: string;
  listLevel?: number;
  /** 0 outside tables, 1 in a table, 2 in a table inside a table … */
  tableNestingLevel: number;
  rowIndex?: number;
  cellIndex?: number;
}

function headingLevelOf(p: ParagraphSnapshot): number | undefined {
  const builtIn = /^Heading([1-9])$/i.exec(p.styleBuiltIn ?? "");
  if (builtIn) return Number(builtIn[1]);
  const named = /^(?:heading|标题)\s*([1-9])$/i.exec((p.style ?? "").trim());
  return named ? Number(named[1]) : undefined;
}

function isToc(p: ParagraphSnapshot): boolean {
  return /^Toc[1-9]$/i.test(p.styleBuiltIn ?? "") || /^(toc|目录)\s*[1-9]$/i.test((p.style ?? "").trim());
}

/** A table whose paragraphs are still coming: its cells by "row,column", and the cell read last. */
interface OpenTable {
  table: DocTable;
  cells: Map<string, { texts: string[]; paragraph: number }>;
  lastRow: number;
  lastCell: number;
}

/**
 * The model of Word's paragraphs in body order: a table opens as its paragraphs' nesting level
 * rises, and closes as it falls or as the cells start over; its rows are laid out when it closes.
 */
export function toDocModel(snapshots: ParagraphSnapshot[]): DocModel {
  const doc: DocModel = { blocks: [], paragraphs: [], tables: [] };
  const stack: OpenTable[] = [];
  const close = () => {
    const t = stack.pop()!;
    t.table.rows = tableRows(t.cells);
  };
  snapshots.forEach((s, index) => {
    const level = Math.max(0, s.tableNestingLevel | 0);
    while (stack.length > level) close();
    const row = s.rowIndex ?? 0;
    const col = s.cellIndex ?? 0;
    if (level > 0 && stack.length === level) {
      // the same level again, but back at an earlier cell: a new table began
      const top = stack[stack.length - 1];
      if (row < top.lastRow || (row === top.lastRow && col < top.lastCell)) close();
    }
    while (stack.length < level) stack.push(openTable(doc, index, stack.length));
    const p = paragraphOf(s, index);
    if (level > 0) {
      p.cell = addToCell(stack[stack.length - 1], p.text, row, col, index);
      for (const t of stack) t.table.lastParagraph = index;
    } else doc.blocks.push(p);
    doc.paragraphs.push(p);
  });
  while (stack.length) close();
  return doc;
}

/** A table beginning at paragraph `index`, `nesting` tables deep: added to the model (a block when not nested). */
function openTable(doc: DocModel, index: number, nesting: number): OpenTable {
  const table: DocTable = {
    kind: "table",
    index: doc.tables.length,
    rows: [],
    firstParagraph: index,
    lastParagraph: index,
    nesting,
  };
  doc.tables.push(table);
  if (nesting === 0) doc.blocks.push(table);
  return { table, cells: new Map(), lastRow: -1, lastCell: -1 };
}

/** A paragraph as Word reported it (its cell, when in a table, is the table's to say: addToCell). */
function paragraphOf(s: ParagraphSnapshot, index: number): DocParagraph {
  // Word writes a manual line break as U+000B in a paragraph's text, the .docx reader as \n
  const p: DocParagraph = { kind: "paragraph", index, text: (s.text ?? "").replaceAll("\u000b", "\n") };
  if (s.style) p.styleName = s.style;
  const heading = headingLevelOf(s);
  if (heading) p.headingLevel = heading;
  if (s.outlineLevel !== undefined && s.outlineLevel >= 1 && s.outlineLevel <= 9) p.outlineLevel = s.outlineLevel;
  if (s.listString !== undefined) p.list = { level: s.listLevel ?? 0, label: s.listString };
  if (isToc(s)) p.toc = true;
  return p;
}

/** A paragraph's text added to its cell of the innermost open table (the cell's first paragraph names it). */
function addToCell(top: OpenTable, text: string, row: number, col: number, index: number): DocParagraph["cell"] {
  const key = `${row},${col}`;
  const cell = top.cells.get(key);
  if (cell) cell.texts.push(text);
  else top.cells.set(key, { texts: [text], paragraph: index });
  top.lastRow = row;
  top.lastCell = col;
  return { table: top.table.index, row, column: col };
}

/** A closed table's rows: as many as the cells reach, each as wide as the widest; a cell not reported is empty. */
function tableRows(cells: OpenTable["cells"]): DocCell[][] {
  let rows = 0;
  let width = 0;
  for (const key of cells.keys()) {
    const [r, c] = key.split(",").map(Number);
    rows = Math.max(rows, r + 1);
    width = Math.max(width, c + 1);
  }
  const grid: DocCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: DocCell[] = [];
    for (let c = 0; c < width; c++) {
      const cell = cells.get(`${r},${c}`);
      row.push(
        cell
          ? { text: cell.texts.join("\n"), paragraph: cell.paragraph, colSpan: 1, rowSpan: 1 }
          : { text: "", colSpan: 1, rowSpan: 1 },
      );
    }
    grid.push(row);
  }
  return grid;
}
