// document.xml → DocModel in one streaming pass. Counts paragraphs as Word's
// body.paragraphs does (table cells included; text boxes not), reads text across
// runs, hyperlinks, fields, content controls and tracked insertions (deletions and
// moved-from text are not text), lays tables out on their grid with merges resolved,
// and marks table-of-contents paragraphs.
import type { DocBlock, DocCell, DocModel, DocParagraph, DocTable } from "../../core/model";
import { declaredInt, MAX_GRID_COLUMNS, MAX_LIST_LEVEL, MAX_OUTLINE_LEVEL } from "./bounds";
import { ReadBudget } from "./budget";
import type { Numbering } from "./numbering";
import type { Styles } from "./styles";
import { runSymbolFont as runSymbolFontOf, shownText, symText } from "./symbols";
import { attr, parseXml, type Attrs, type XmlSource } from "./xml";

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
  col: number;
}

interface TableState {
  table: DocTable;
  gridCols: number;
  rows: RawRow[];
  cell?: RawCell;
}

interface ParagraphState {
  text: string[];
  styleId?: string;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
  toc: boolean;
}

interface FieldState {
  instr: string;
  separated: boolean;
  toc: boolean;
}

/** Elements whose content is not body text of the paragraph they sit in. */
export const SKIP = new Set([
  "txbxContent",
  "Fallback",
  "del",
  "moveFrom",
  "pPrChange",
  "rPrChange",
  "tblPrChange",
  "trPrChange",
  "tcPrChange",
  "sectPrChange",
  "footnotePr",
  "endnotePr",
]);

/**
 * Reads the body. `altChunk` gives the content of a w:altChunk by its relationship id (HTML,
 * a web archive, a .docx — see altchunk.ts), spliced in where the chunk stands, as Word
 * does when it opens the file. Tables, the body's own and those spliced in, count their grid
 * slots in `budget` (see MAX_GRID_CELLS).
 */
export function readDocumentXml(
  xml: XmlSource,
  styles: Styles,
  numbering: Numbering,
  altChunk?: (rId: string) => DocModel | undefined,
  budget: ReadBudget = ReadBudget.create(),
): DocModel {
  const blocks: DocBlock[] = [];
  const paragraphs: DocParagraph[] = [];
  const tables: DocTable[] = [];
  const tableStack: TableState[] = [];
  const fields: FieldState[] = [];
  let para: ParagraphState | undefined;
  let skip = 0;
  let inText = false;
  let inInstr = false;
  let inPPr = false;
  let inNumPr = false;
  let inTcPr = false;
  let inSdtPr = false;
  let inRunPr = false;
  /** The symbol font of the run being read (Wingdings 2 ticks), when it has one. */
  let runSymbolFont: string | undefined;
  let pendingTocSdt = false;
  const sdtToc: boolean[] = [];
  let trackedInsertions = 0;
  let trackedDeletions = 0;

  // counts kept as fields and controls open and close: asking the stacks at every paragraph
  // made 200,000 unclosed fields quadratic
  let tocFields = 0;
  let tocSdts = 0;
  const inTocField = () => tocFields > 0;
  const inTocSdt = () => tocSdts > 0;

  const openParagraph = () => {
    para = { text: [], toc: inTocField() || inTocSdt() };
  };

  const closeParagraph = () => {
    const p = para!;
    para = undefined;
    const style = styles.resolve(p.styleId);
    const numId = p.numId ?? style.numId;
    const ilvl = p.ilvl ?? style.ilvl ?? 0;
    const label = numId && numId !== "0" ? numbering.next(numId, ilvl) : undefined;
    const top = tableStack[tableStack.length - 1];
    const index = paragraphs.length;
    const text = p.text.length === 1 ? p.text[0] : p.text.join("");
    // every paragraph gets the same properties in the same order (absent ones undefined): one
    // object shape, so that the rules' loops over 30,000 paragraphs stay monomorphic
    const paragraph: DocParagraph = {
      kind: "paragraph",
      index,
      text,
      styleName: style.name || undefined,
      headingLevel: style.headingLevel || undefined,
      outlineLevel: p.outlineLvl !== undefined && p.outlineLvl < 9 ? p.outlineLvl + 1 : undefined,
      list: numId && numId !== "0" ? { numId, level: ilvl, label: label ?? "" } : undefined,
      cell: undefined,
      toc: p.toc || style.toc || inTocField() || undefined,
    };
    if (top?.cell) {
      const cell = top.cell;
      paragraph.cell = { table: top.table.index, row: top.rows.length - 1, column: cell.column };
      cell.texts.push(paragraph.text);
      cell.firstParagraph ??= index;
      if (top.table.firstParagraph < 0) top.table.firstParagraph = index;
      // an enclosing table's span includes its nested tables' paragraphs
      for (const t of tableStack) {
        if (t.table.firstParagraph < 0) t.table.firstParagraph = index;
        t.table.lastParagraph = index;
      }
    } else blocks.push(paragraph);
    paragraphs.push(paragraph);
  };

  /** A chunk's paragraphs and tables, appended where the chunk stands; inside a table cell, its text joins the cell. */
  const splice = (chunk: DocModel) => {
    if (tableStack.length) {
      for (const cp of chunk.paragraphs) {
        openParagraph();
        para!.text.push(cp.text);
        closeParagraph();
      }
      return;
    }
    const p0 = paragraphs.length;
    const t0 = tables.length;
    // a chunk's tables are copied in each time it is spliced: their slots count each time
    for (const ct of chunk.tables) budget.spendGrid((ct.rows[0]?.length || 1) * ct.rows.length);
    for (const cp of chunk.paragraphs) {
      paragraphs.push({
        kind: "paragraph",
        index: cp.index + p0,
        text: cp.text,
        styleName: cp.styleName,
        headingLevel: cp.headingLevel,
        outlineLevel: cp.outlineLevel,
        list: cp.list,
        cell: cp.cell && { ...cp.cell, table: cp.cell.table + t0 },
        toc: cp.toc,
      });
    }
    for (const ct of chunk.tables) {
      const shift = (n: number) => (n < 0 ? n : n + p0);
      tables.push({
        ...ct,
        index: ct.index + t0,
        firstParagraph: shift(ct.firstParagraph),
        lastParagraph: shift(ct.lastParagraph),
        rows: ct.rows.map((row) =>
          row.map((c) => (c.paragraph === undefined ? c : { ...c, paragraph: c.paragraph + p0 })),
        ),
      });
    }
    for (const b of chunk.blocks) blocks.push(b.kind === "paragraph" ? paragraphs[b.index + p0] : tables[b.index + t0]);
  };

  const finishTable = (state: TableState) => {
    // cells beyond the widest grid a table may have are not laid out (their text is still in the paragraphs)
    let width = Math.min(MAX_GRID_COLUMNS, state.gridCols);
    for (const r of state.rows) width = Math.max(width, Math.min(MAX_GRID_COLUMNS, r.col));
    // a row costs a slot even when the grid is empty: five million <w:tr/> must count
    budget.spendGrid(Math.max(1, width) * state.rows.length);
    const grid: DocCell[][] = [];
    // the cell each column's vertical merge continues: the last cell above that is not covered
    // (kept per column, so a long merge is not walked up again for every row it covers)
    const openAbove: (DocCell | undefined)[] = new Array(width);
    state.rows.forEach((raw) => {
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
      grid.push(row);
    });
    state.table.rows = grid;
  };

  const open = (name: string, a: Attrs, selfClosing: boolean) => {
    if (skip > 0) {
      if (SKIP.has(name) && !selfClosing) skip++;
      return;
    }
    if (SKIP.has(name)) {
      if (name === "del") trackedDeletions++;
      if (!selfClosing) skip++;
      return;
    }
    switch (name) {
      case "p":
        openParagraph();
        if (selfClosing) closeParagraph();
        return;
      case "pPr":
        inPPr = !selfClosing;
        return;
      case "pStyle":
        if (para && inPPr) para.styleId = attr(a, "val");
        return;
      case "outlineLvl":
        if (para && inPPr) para.outlineLvl = declaredInt(attr(a, "val"), 0, MAX_OUTLINE_LEVEL);
        return;
      case "numPr":
        inNumPr = inPPr && !selfClosing;
        return;
      case "numId":
        if (para && inNumPr) para.numId = attr(a, "val");
        return;
      case "ilvl":
        if (para && inNumPr) para.ilvl = declaredInt(attr(a, "val"), 0, MAX_LIST_LEVEL);
        return;
      case "t":
        inText = !selfClosing && !!para;
        return;
      case "tab":
        if (para && !inPPr) para.text.push("\t");
        return;
      case "br":
      case "cr":
        if (para && attr(a, "type") !== "page" && attr(a, "type") !== "column") para.text.push("\n");
        return;
      case "noBreakHyphen":
        if (para) para.text.push("-");
        return;
      case "ins":
        trackedInsertions++;
        return;
      case "fldChar": {
        const type = attr(a, "fldCharType");
        if (type === "begin") fields.push({ instr: "", separated: false, toc: false });
        else if (type === "separate") {
          const f = fields[fields.length - 1];
          if (f) {
            f.separated = true;
            const toc = /^\s*TOC\b/i.test(f.instr);
            if (toc !== f.toc) tocFields += toc ? 1 : -1;
            f.toc = toc;
            if (f.toc && para) para.toc = true;
          }
        } else if (type === "end") {
          if (fields.pop()?.toc) tocFields--;
        }
        return;
      }
      case "instrText":
        inInstr = !selfClosing;
        return;
      case "fldSimple":
        if (/^\s*TOC\b/i.test(attr(a, "instr") ?? "") && para) para.toc = true;
        return;
      case "sdt":
        sdtToc.push(false);
        return;
      case "sdtPr":
        inSdtPr = true;
        pendingTocSdt = false;
        return;
      case "docPartGallery":
        if (inSdtPr && /table of contents/i.test(attr(a, "val") ?? "")) pendingTocSdt = true;
        return;
      case "sdtContent":
        if (pendingTocSdt && sdtToc.length && !sdtToc[sdtToc.length - 1]) {
          sdtToc[sdtToc.length - 1] = true;
          tocSdts++;
        }
        pendingTocSdt = false;
        return;
      case "tbl": {
        const index = tables.length;
        const table: DocTable = {
          kind: "table",
          index,
          rows: [],
          firstParagraph: -1,
          lastParagraph: -1,
          nesting: tableStack.length,
        };
        tables.push(table);
        if (tableStack.length === 0) blocks.push(table);
        tableStack.push({ table, gridCols: 0, rows: [] });
        return;
      }
      case "gridCol": {
        const top = tableStack[tableStack.length - 1];
        if (top && !top.cell) top.gridCols++;
        return;
      }
      case "tr": {
        const top = tableStack[tableStack.length - 1];
        if (top) top.rows.push({ gridBefore: 0, cells: [], col: 0 });
        return;
      }
      case "gridBefore": {
        const top = tableStack[tableStack.length - 1];
        const row = top?.rows[top.rows.length - 1];
        if (row && !top.cell) {
          row.gridBefore = declaredInt(attr(a, "val"), 0, MAX_GRID_COLUMNS) ?? 0;
          row.col = row.gridBefore;
        }
        return;
      }
      case "tc": {
        const top = tableStack[tableStack.length - 1];
        const row = top?.rows[top.rows.length - 1];
        if (top && row) {
          top.cell = { column: row.col, gridSpan: 1, texts: [] };
          row.cells.push(top.cell);
        }
        return;
      }
      case "tcPr":
        inTcPr = !selfClosing;
        return;
      case "gridSpan": {
        const top = tableStack[tableStack.length - 1];
        if (top?.cell && inTcPr) top.cell.gridSpan = declaredInt(attr(a, "val"), 1, MAX_GRID_COLUMNS) ?? 1;
        return;
      }
      case "vMerge": {
        const top = tableStack[tableStack.length - 1];
        if (top?.cell && inTcPr) top.cell.vMerge = attr(a, "val") === "restart" ? "restart" : "continue";
        return;
      }
      // last: frequent elements that most often need nothing, so the cases above are tried first for the rest
      case "r":
        runSymbolFont = undefined;
        return;
      case "rPr":
        // a paragraph mark's run properties (inside pPr) are not a run's
        inRunPr = !inPPr && !selfClosing;
        return;
      case "rFonts":
        if (inRunPr) runSymbolFont = runSymbolFontOf(a);
        return;
      case "sym":
        if (para && !inPPr) para.text.push(symText(attr(a, "font"), attr(a, "char")));
        return;
      case "altChunk": {
        const id = attr(a, "id");
        const chunk = id !== undefined && !para ? altChunk?.(id) : undefined;
        if (chunk) splice(chunk);
        return;
      }
    }
  };

  const close = (name: string) => {
    if (skip > 0) {
      if (SKIP.has(name)) skip--;
      return;
    }
    switch (name) {
      case "p":
        if (para) closeParagraph();
        return;
      case "pPr":
        inPPr = false;
        return;
      case "rPr":
        inRunPr = false;
        return;
      case "numPr":
        inNumPr = false;
        return;
      case "t":
        inText = false;
        return;
      case "instrText":
        inInstr = false;
        return;
      case "sdt":
        if (sdtToc.pop()) tocSdts--;
        return;
      case "sdtPr":
        inSdtPr = false;
        return;
      case "tcPr":
        inTcPr = false;
        return;
      case "tc": {
        const top = tableStack[tableStack.length - 1];
        const row = top?.rows[top.rows.length - 1];
        if (top?.cell && row) row.col += top.cell.gridSpan;
        if (top) top.cell = undefined;
        return;
      }
      case "tbl": {
        const state = tableStack.pop();
        if (state) finishTable(state);
        return;
      }
    }
  };

  const text = (t: string) => {
    if (skip > 0) return;
    if (inText && para) para.text.push(runSymbolFont ? shownText(runSymbolFont, t) : t);
    else if (inInstr && fields.length) fields[fields.length - 1].instr += t;
  };

  parseXml(xml, "word/document.xml", { open, close, text });
  return { blocks, paragraphs, tables, meta: { trackedInsertions, trackedDeletions } };
}
