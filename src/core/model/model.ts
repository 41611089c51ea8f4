// The neutral, read-only view of a document that every edge (.docx reader, Word,
// browser preview) produces and every rule consumes. Nothing here knows where the
// document came from.

/** Where a finding or a section lives, in the host's own coordinates. */
export interface Location {
  /** Paragraph index in body order, counting paragraphs inside table cells (as Word's body.paragraphs). */
  paragraph?: number;
  /** Table index in body order (a nested table comes right after the table that holds it). */
  table?: number;
  row?: number;
  column?: number;
}

export interface ListInfo {
  /** Numbering instance as the host knows it (w:numId in .docx). */
  numId?: string;
  /** 0-based list level. */
  level: number;
  /** The label the host renders in front of the text, e.g. "一、" or "（1）"; "" for bullets or when unknown. */
  label: string;
}

export interface DocParagraph {
  kind: "paragraph";
  /** Index in body order, paragraphs inside tables included. */
  index: number;
  text: string;
  /** The style's display name when known (e.g. "heading 1", "标题 1", "章标题"). */
  styleName?: string;
  /** 1-based heading level from the style: a built-in heading style or an outline level on its basedOn chain. */
  headingLevel?: number;
  /** 1-based outline level set directly on the paragraph, when any. */
  outlineLevel?: number;
  list?: ListInfo;
  /** Set when the paragraph sits in a table cell. */
  cell?: { table: number; row: number; column: number };
  /** Part of a table of contents: never part of the outline. */
  toc?: boolean;
}

export interface DocCell {
  text: string;
  /** Paragraph index of the cell's first paragraph. */
  paragraph?: number;
  /** Grid columns this cell spans (gridSpan); 1 when not merged. */
  colSpan: number;
  /** Rows this cell spans (a vertical merge); 1 when not merged. */
  rowSpan: number;
  /** True for grid slots covered by a merged cell that starts elsewhere; their text is "". */
  covered?: boolean;
}

export interface DocTable {
  kind: "table";
  index: number;
  /** Rows laid out on the table grid: every row has one entry per grid column. */
  rows: DocCell[][];
  /** Paragraph index of the first paragraph inside the table (-1 for a table without paragraphs). */
  firstParagraph: number;
  /** Paragraph index of the last paragraph inside the table. */
  lastParagraph: number;
  /** 0 for a body table, 1 for a table inside a table, ... */
  nesting: number;
}

export type DocBlock = DocParagraph | DocTable;

export interface DocModel {
  /** Body paragraphs and body tables in document order (paragraphs inside tables are reached through the table). */
  blocks: DocBlock[];
  /** Every paragraph, table cells included, by index. */
  paragraphs: DocParagraph[];
  /** Every table, nested ones included, by index. */
  tables: DocTable[];
  /** What the reader noticed about the file itself. */
  meta?: { trackedInsertions?: number; trackedDeletions?: number };
}

/** The text of each grid slot of a row ("" for covered slots). */
/** Where a paragraph stands: its index, and its table cell when it sits in one. */
export function paragraphLocation(p: DocParagraph): Location {
  return p.cell
    ? { paragraph: p.index, table: p.cell.table, row: p.cell.row, column: p.cell.column }
    : { paragraph: p.index };
}

export function rowTexts(table: DocTable, row: number): string[] {
  return table.rows[row].map((c) => (c.covered ? "" : c.text));
}

/** The block that precedes a table in the body: its caption or units line, if a paragraph. */
export function paragraphBefore(doc: DocModel, table: DocTable): DocParagraph | undefined {
  const i = table.firstParagraph - 1;
  if (i < 0) return undefined;
  const p = doc.paragraphs[i];
  return p && !p.cell ? p : undefined;
}
