// document.xml → DocModel in one streaming pass. Counts paragraphs as Word's
// body.paragraphs does (table cells included; text boxes not), reads text across
// runs, hyperlinks, fields, content controls and tracked insertions (deletions and
// moved-from text are not text), lays tables out on their grid with merges resolved,
// and marks table-of-contents paragraphs.
import type { DocBlock, DocModel, DocParagraph, DocTable } from "../../core/model/model";
import { declaredInt, MAX_LIST_LEVEL, MAX_OUTLINE_LEVEL } from "./bounds";
import { ReadBudget } from "./budget";
import type { Numbering } from "./numbering";
import { appendChunk } from "./splice";
import type { Styles } from "./styles";
import { runSymbolFont as runSymbolFontOf, shownText, symText } from "./symbols";
import { OpenTables } from "./table-grid";
import { isTocInstruction, TocScopes } from "./toc-scopes";
import { attr, parseXml, type Attrs, type XmlSource } from "./xml";

interface ParagraphState {
  text: string[];
  styleId?: string;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
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
  const reader = new BodyReader(styles, numbering, altChunk, budget);
  parseXml(xml, "word/document.xml", {
    open: (name, a, selfClosing) => reader.open(name, a, selfClosing),
    close: (name) => reader.close(name),
    text: (t) => reader.text(t),
  });
  const { blocks, paragraphs, tables, trackedInsertions, trackedDeletions } = reader;
  return { blocks, paragraphs, tables, meta: { trackedInsertions, trackedDeletions } };
}

/**
 * The body as it is read, one XML event at a time: the paragraph being read and where its
 * text comes from, the open tables (table-grid.ts), and whether this is a table of
 * contents (toc-scopes.ts). Each element is handled by the group it belongs to.
 */
class BodyReader {
  readonly blocks: DocBlock[] = [];
  readonly paragraphs: DocParagraph[] = [];
  readonly tables: DocTable[] = [];
  trackedInsertions = 0;
  trackedDeletions = 0;
  private readonly openTables = new OpenTables();
  private readonly toc = new TocScopes();
  private para: ParagraphState | undefined;
  /** How deep inside elements whose content is not text (SKIP). */
  private skip = 0;
  private inText = false;
  private inPPr = false;
  private inNumPr = false;
  private inRunPr = false;
  /** The symbol font of the run being read (Wingdings 2 ticks), when it has one. */
  private runSymbolFont: string | undefined;

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly altChunk: ((rId: string) => DocModel | undefined) | undefined,
    private readonly budget: ReadBudget,
  ) {}

  open(name: string, a: Attrs, selfClosing: boolean): void {
    if (this.skip > 0) {
      if (SKIP.has(name) && !selfClosing) this.skip++;
      return;
    }
    if (SKIP.has(name)) {
      if (name === "del") this.trackedDeletions++;
      if (!selfClosing) this.skip++;
      return;
    }
    if (this.paragraphElement(name, a, selfClosing)) return;
    if (this.tableElement(name, a, selfClosing)) return;
    if (this.markupElement(name, a, selfClosing)) return;
    // last: frequent elements that most often need nothing, so the groups above are tried first for the rest
    this.runElement(name, a, selfClosing);
  }

  close(name: string): void {
    if (this.skip > 0) {
      if (SKIP.has(name)) this.skip--;
      return;
    }
    switch (name) {
      case "p":
        if (this.para) this.closeParagraph();
        return;
      case "pPr":
        this.inPPr = false;
        return;
      case "rPr":
        this.inRunPr = false;
        return;
      case "numPr":
        this.inNumPr = false;
        return;
      case "t":
        this.inText = false;
        return;
      case "instrText":
        this.toc.inInstr = false;
        return;
      case "sdt":
        this.toc.closeSdt();
        return;
      case "sdtPr":
        this.toc.closeSdtPr();
        return;
      case "tcPr":
        this.openTables.inTcPr = false;
        return;
      case "tc":
        this.openTables.closeCell();
        return;
      case "tbl":
        this.openTables.close(this.budget);
        return;
    }
  }

  text(t: string): void {
    if (this.skip > 0) return;
    if (this.inText && this.para) this.para.text.push(this.runSymbolFont ? shownText(this.runSymbolFont, t) : t);
    else this.toc.text(t);
  }

  /** w:p and its properties: style, outline level, list. False when `name` is none of them. */
  private paragraphElement(name: string, a: Attrs, selfClosing: boolean): boolean {
    const para = this.para;
    switch (name) {
      case "p":
        this.openParagraph();
        if (selfClosing) this.closeParagraph();
        return true;
      case "pPr":
        this.inPPr = !selfClosing;
        return true;
      case "pStyle":
        if (para && this.inPPr) para.styleId = attr(a, "val");
        return true;
      case "outlineLvl":
        if (para && this.inPPr) para.outlineLvl = declaredInt(attr(a, "val"), 0, MAX_OUTLINE_LEVEL);
        return true;
      case "numPr":
        this.inNumPr = this.inPPr && !selfClosing;
        return true;
      case "numId":
        if (para && this.inNumPr) para.numId = attr(a, "val");
        return true;
      case "ilvl":
        if (para && this.inNumPr) para.ilvl = declaredInt(attr(a, "val"), 0, MAX_LIST_LEVEL);
        return true;
    }
    return false;
  }

  /** Runs and what they hold: text, tabs, breaks, symbols, and the run's symbol font. */
  private runElement(name: string, a: Attrs, selfClosing: boolean): void {
    const para = this.para;
    switch (name) {
      case "t":
        this.inText = !selfClosing && !!para;
        return;
      case "tab":
        if (para && !this.inPPr) para.text.push("\t");
        return;
      case "br":
      case "cr":
        if (para && attr(a, "type") !== "page" && attr(a, "type") !== "column") para.text.push("\n");
        return;
      case "noBreakHyphen":
        if (para) para.text.push("-");
        return;
      case "r":
        this.runSymbolFont = undefined;
        return;
      case "rPr":
        // a paragraph mark's run properties (inside pPr) are not a run's
        this.inRunPr = !this.inPPr && !selfClosing;
        return;
      case "rFonts":
        if (this.inRunPr) this.runSymbolFont = runSymbolFontOf(a);
        return;
      case "sym":
        if (para && !this.inPPr) para.text.push(symText(attr(a, "font"), attr(a, "char")));
        return;
    }
  }

  /** Tables, rows, cells and their grid (table-grid.ts). False when `name` is none of them. */
  private tableElement(name: string, a: Attrs, selfClosing: boolean): boolean {
    const tables = this.openTables;
    switch (name) {
      case "tbl":
        this.openTable();
        return true;
      case "gridCol":
        tables.gridCol();
        return true;
      case "tr":
        tables.openRow();
        return true;
      case "gridBefore":
        tables.gridBefore(attr(a, "val"));
        return true;
      case "tc":
        tables.openCell();
        return true;
      case "tcPr":
        tables.inTcPr = !selfClosing;
        return true;
      case "gridSpan":
        tables.gridSpan(attr(a, "val"));
        return true;
      case "vMerge":
        tables.vMerge(attr(a, "val"));
        return true;
    }
    return false;
  }

  /** Tracked insertions, fields and content controls (toc-scopes.ts), altChunks. False when `name` is none of them. */
  private markupElement(name: string, a: Attrs, selfClosing: boolean): boolean {
    const toc = this.toc;
    switch (name) {
      case "ins":
        this.trackedInsertions++;
        return true;
      case "fldChar":
        if (toc.fldChar(attr(a, "fldCharType")) && this.para) this.para.toc = true;
        return true;
      case "instrText":
        toc.inInstr = !selfClosing;
        return true;
      case "fldSimple":
        if (isTocInstruction(attr(a, "instr") ?? "") && this.para) this.para.toc = true;
        return true;
      case "sdt":
        toc.openSdt();
        return true;
      case "sdtPr":
        toc.openSdtPr();
        return true;
      case "docPartGallery":
        toc.docPartGallery(attr(a, "val"));
        return true;
      case "sdtContent":
        toc.sdtContent();
        return true;
      case "altChunk":
        this.splice(attr(a, "id"));
        return true;
    }
    return false;
  }

  private openParagraph(): void {
    this.para = { text: [], toc: this.toc.inTocField() || this.toc.inTocSdt() };
  }

  private closeParagraph(): void {
    const p = this.para!;
    this.para = undefined;
    const style = this.styles.resolve(p.styleId);
    const numId = p.numId ?? style.numId;
    const ilvl = p.ilvl ?? style.ilvl ?? 0;
    const label = numId && numId !== "0" ? this.numbering.next(numId, ilvl) : undefined;
    const index = this.paragraphs.length;
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
      toc: p.toc || style.toc || this.toc.inTocField() || undefined,
    };
    const cell = this.openTables.placeParagraph(index, paragraph.text);
    if (cell) paragraph.cell = cell;
    else this.blocks.push(paragraph);
    this.paragraphs.push(paragraph);
  }

  private openTable(): void {
    const table: DocTable = {
      kind: "table",
      index: this.tables.length,
      rows: [],
      firstParagraph: -1,
      lastParagraph: -1,
      nesting: this.openTables.depth,
    };
    this.tables.push(table);
    if (this.openTables.depth === 0) this.blocks.push(table);
    this.openTables.open(table);
  }

  /**
   * A w:altChunk outside a paragraph: its content, appended where the chunk stands (splice.ts);
   * inside a table cell, its paragraphs' text joins the cell.
   */
  private splice(id: string | undefined): void {
    const chunk = id !== undefined && !this.para ? this.altChunk?.(id) : undefined;
    if (!chunk) return;
    if (this.openTables.depth) {
      for (const cp of chunk.paragraphs) {
        this.openParagraph();
        this.para!.text.push(cp.text);
        this.closeParagraph();
      }
      return;
    }
    appendChunk(this, chunk, this.budget);
  }
}
