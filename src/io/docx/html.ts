// HTML → DocModel, for the HTML a .docx may carry instead of WordprocessingML: a w:altChunk,
// which programs that export to Word from a web page (html-docx-js and the like) write and
// Word turns into paragraphs when it opens the file. Read as Word would show it: block
// elements are paragraphs, h1–h6 headings, list items numbered, tables on their grid with
// colspan/rowspan resolved; scripts, styles and the head are not text.
//
// Bounded as the WordprocessingML reader is (bounds.ts, budget.ts): spans and table widths
// as for w:tbl, table grid slots against the document's own budget, element nesting at
// MAX_HTML_DEPTH — the parser keeps its open elements in an array it inserts at the front
// of, so each level costs as much as the levels above it, and 100,000 nested <div> took
// seconds (a million: minutes).
import { Parser } from "htmlparser2";
import { DocBuilder, type CellInput } from "../../core/model/builder";
import type { DocModel } from "../../core/model/model";
import { declaredInt, MAX_GRID_COLUMNS, MAX_LIST_START } from "./bounds";
import { ReadBudget } from "./budget";
import { DocxReadError } from "./errors";

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "hr", "section", "article",
  "header", "footer", "nav", "aside", "main", "address", "dl", "dt", "dd", "figure", "figcaption", "center", "form",
  "fieldset", "caption", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "body", "html",
]); // prettier-ignore

/** Elements whose content is not text. */
const HIDDEN = new Set(["head", "title", "script", "style", "template", "noscript", "xml"]);

/** Deepest element nesting read, as for XML (xml.ts): deeper, the chunk is refused as nested too deeply. */
export const MAX_HTML_DEPTH = 1000;

interface HtmlCell {
  text: string[];
  colSpan: number;
  rowSpan: number;
}

interface HtmlTable {
  rows: HtmlCell[][];
  cell?: HtmlCell;
  /** A <tr> was opened and has no cell yet: the row is added with its first cell, so empty rows cost nothing. */
  rowOpen: boolean;
  /** Width of the row being read, in grid columns (its cells' spans, at most MAX_GRID_COLUMNS). */
  rowWidth: number;
  /** The widest row so far. */
  width: number;
  /** Grid slots the table takes at the least so far: its rows, each as wide as the widest yet. */
  slots: number;
}

interface HtmlList {
  ordered: boolean;
  next: number;
  id: string;
}

/** A colspan or rowspan as browsers read it ("3", "3px" → 3), within 1–MAX_GRID_COLUMNS as for w:gridSpan; else 1. */
const span = (v: string | undefined) => {
  const n = Number.parseInt(v ?? "1", 10);
  return n >= 1 && n <= MAX_GRID_COLUMNS ? n : 1;
};

/**
 * Rows of HTML cells laid out on a grid at most MAX_GRID_COLUMNS wide: slots under a rowspan
 * are covered (null), a colspan stays one cell. A rowspan reaches at most the last row; the
 * text of a cell past the widest grid joins the last cell laid out, so no text is lost.
 * Covered slots are kept per column (the last row each one's rowspan reaches): work in
 * proportion to the slots, whatever the spans say. `ensure` is told the grid slots laid out
 * so far (every row as wide as the widest yet, as DocBuilder pads them) after each row, and
 * refuses the table before it grows past the document's budget.
 */
function onGrid(rows: HtmlCell[][], ensure: (slots: number) => void): { grid: CellInput[][]; width: number } {
  const coveredTo: number[] = new Array(MAX_GRID_COLUMNS).fill(-1);
  let width = 1;
  let last: { text: string; colSpan: number; rowSpan: number } | undefined;
  const grid = rows.map((row, r) => {
    const out: CellInput[] = [];
    let col = 0;
    const skipCovered = () => {
      while (col < MAX_GRID_COLUMNS && coveredTo[col] >= r) {
        out.push(null);
        col++;
      }
    };
    for (const cell of row) {
      skipCovered();
      const text = cell.text.join("\n");
      if (col >= MAX_GRID_COLUMNS) {
        if (last && text) last.text = last.text ? `${last.text}\n${text}` : text;
        continue;
      }
      // a span stops at the grid's edge and at the next covered slot, as a browser lays it out
      let colSpan = 1;
      while (colSpan < cell.colSpan && col + colSpan < MAX_GRID_COLUMNS && coveredTo[col + colSpan] < r) colSpan++;
      last = { text, colSpan, rowSpan: Math.min(cell.rowSpan, rows.length - r) };
      out.push(last);
      for (let c = col; c < col + colSpan; c++) coveredTo[c] = r + last.rowSpan - 1;
      col += colSpan;
    }
    skipCovered();
    width = Math.max(width, col);
    ensure(width * (r + 1));
    return out;
  });
  return { grid, width };
}

/**
 * The HTML as a DocModel. Its tables' grid slots are counted in `budget` (the document's,
 * or a trial of it for an altChunk: see ReadBudget), so that HTML and w:tbl tables share
 * one bound; past it, or nested deeper than MAX_HTML_DEPTH, a DocxReadError.
 */
export function htmlToModel(html: string, budget: ReadBudget = ReadBudget.create()): DocModel {
  const reader = new HtmlReader(budget);
  const parser = new Parser(
    {
      onopentag: (name, attribs) => reader.openTag(name, attribs),
      ontext: (t) => reader.addText(t),
      onclosetag: (name) => reader.closeTag(name),
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return reader.finish();
}

/**
 * One HTML chunk read as the parser reports it: the text of the paragraph being gathered,
 * and the headings, lists and tables open around it. Bounded as it goes: the nesting as each
 * element opens, the grid slots as each cell comes and as each table is laid out.
 */
class HtmlReader {
  private readonly builder = new DocBuilder();
  /** Elements open, as the parser counts them (a void element opens and closes at once). */
  private depth = 0;
  /** Grid slots the open tables' cells take at the least, not yet spent: tried against the budget as cells come. */
  private pendingSlots = 0;
  /** Text gathered since the last block boundary: the next paragraph's. */
  private text = "";
  /** Hidden elements open (a script, a style, the head): nothing inside them is text. */
  private hidden = 0;
  /** Level of the heading open (h1–h6), 0 outside one. */
  private heading = 0;
  /** Tables open, the innermost last (those nested in a cell not among them: see `nested`). */
  private readonly tables: HtmlTable[] = [];
  /** Lists open, the innermost last: a list item's level is its depth among them. */
  private readonly lists: HtmlList[] = [];
  private listCount = 0;
  /** The list the open <li> numbers in. */
  private item: HtmlList | undefined;
  /** Tables open inside a cell: their text joins the cell's, their rows and cells are not the outer table's. */
  private nested = 0;

  constructor(private readonly budget: ReadBudget) {}

  openTag(name: string, attribs: Record<string, string>): void {
    if (++this.depth > MAX_HTML_DEPTH) throw new DocxReadError("too-deep", `HTML: more than ${MAX_HTML_DEPTH} levels`);
    if (HIDDEN.has(name)) {
      this.hidden++;
      return;
    }
    if (this.hidden) return;
    if (name === "br") {
      // a line break, kept apart from the white space that collapses
      this.text += "\u2028";
      return;
    }
    if (!BLOCK.has(name)) return;
    this.flush();
    this.openBlock(name, attribs);
  }

  addText(t: string): void {
    if (!this.hidden) this.text += t;
  }

  closeTag(name: string): void {
    this.depth--;
    if (HIDDEN.has(name)) {
      this.hidden = Math.max(0, this.hidden - 1);
      return;
    }
    if (this.hidden || !BLOCK.has(name)) return;
    this.flush();
    this.closeBlock(name);
  }

  /** The model, once the parser is done: the last paragraph, and tables left open by broken HTML (they still count). */
  finish(): DocModel {
    this.flush();
    while (this.tables.length) this.addTable(this.tables.pop()!);
    return this.builder.build();
  }

  private get table(): HtmlTable | undefined {
    return this.tables[this.tables.length - 1];
  }

  private openBlock(name: string, attribs: Record<string, string>): void {
    if (/^h[1-6]$/.test(name)) this.heading = Number(name[1]);
    else if (name === "ul" || name === "ol")
      this.lists.push({
        ordered: name === "ol",
        next: declaredInt(attribs.start, 0, MAX_LIST_START) ?? 1,
        id: `html-list-${++this.listCount}`,
      });
    else if (name === "li")
      this.item = this.lists[this.lists.length - 1] ?? { ordered: false, next: 1, id: `html-list-${++this.listCount}` };
    else if (name === "table") {
      if (this.table?.cell) this.nested++;
      else this.tables.push({ rows: [], rowOpen: false, rowWidth: 0, width: 0, slots: 0 });
    } else if (this.nested) return;
    else if (name === "tr") {
      if (this.table) this.table.rowOpen = true;
    } else if (name === "td" || name === "th") this.openCell(attribs);
  }

  private openCell(attribs: Record<string, string>): void {
    const table = this.table;
    if (!table) return;
    if (table.rowOpen || !table.rows.length) {
      table.rows.push([]);
      table.rowOpen = false;
      table.rowWidth = 0;
    }
    table.cell = { text: [], colSpan: span(attribs.colspan), rowSpan: span(attribs.rowspan) };
    table.rows[table.rows.length - 1].push(table.cell);
    // the slots the table takes at the least, tried against what the document has left as each cell comes
    table.rowWidth = Math.min(MAX_GRID_COLUMNS, table.rowWidth + table.cell.colSpan);
    table.width = Math.max(table.width, table.rowWidth);
    const slots = table.width * table.rows.length;
    this.pendingSlots += slots - table.slots;
    table.slots = slots;
    this.budget.ensureGrid(this.pendingSlots);
  }

  private closeBlock(name: string): void {
    if (/^h[1-6]$/.test(name)) this.heading = 0;
    else if (name === "ul" || name === "ol") this.lists.pop();
    else if (name === "li") this.item = undefined;
    else if (this.nested) {
      if (name === "table") this.nested--;
    } else if (name === "td" || name === "th") {
      if (this.table) this.table.cell = undefined;
    } else if (name === "table") {
      const table = this.table;
      if (table && !table.cell) {
        this.tables.pop();
        this.addTable(table);
      }
    }
  }

  /** The text gathered since the last block boundary, as one paragraph (whitespace collapsed as a browser does). */
  private flush(): void {
    const t = this.text
      .replace(/[ \t\n\r\f]+/g, " ")
      .replace(/ ?\u2028 ?/g, "\n")
      .trim();
    this.text = "";
    if (!t) return;
    if (this.table) {
      // a table's text lives in its cells; text outside any cell (stray) is dropped as browsers move it out
      this.table.cell?.text.push(t);
      return;
    }
    if (this.heading)
      this.builder.paragraph({ text: t, headingLevel: this.heading, styleName: `heading ${this.heading}` });
    else if (this.item) {
      const level = Math.max(0, this.lists.length - 1);
      const label = this.item.ordered ? `${this.item.next++}.` : "";
      this.builder.paragraph({ text: t, list: { numId: this.item.id, level, label } });
    } else this.builder.paragraph(t);
  }

  /** A table closed: laid out on its grid, its slots spent from the budget, and added to the model. */
  private addTable(table: HtmlTable): void {
    this.pendingSlots -= table.slots;
    const rows = table.rows.filter((r) => r.length);
    if (!rows.length) return;
    const { grid, width } = onGrid(rows, (slots) => this.budget.ensureGrid(this.pendingSlots + slots));
    this.budget.spendGrid(width * grid.length);
    this.builder.table(grid);
  }
}
