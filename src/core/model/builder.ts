// Builds a DocModel from plain data, numbering paragraphs the way Word does (cell
// paragraphs included). Used by the Word edge, the tests and anything that has
// paragraphs and tables in hand rather than a file.
import type { DocCell, DocModel, DocParagraph, DocTable, ListInfo } from "./model";

export interface ParagraphInput {
  text: string;
  styleName?: string;
  headingLevel?: number;
  outlineLevel?: number;
  list?: ListInfo;
  toc?: boolean;
}

/** A cell given as text, or as text with a span; `null` marks a slot covered by a merge. */
export type CellInput = string | { text: string; colSpan?: number; rowSpan?: number } | null;

export class DocBuilder {
  private readonly doc: DocModel = { blocks: [], paragraphs: [], tables: [] };

  paragraph(input: string | ParagraphInput): this {
    const p: DocParagraph = {
      kind: "paragraph",
      index: this.doc.paragraphs.length,
      ...(typeof input === "string" ? { text: input } : input),
    };
    this.doc.paragraphs.push(p);
    this.doc.blocks.push(p);
    return this;
  }

  /** Paragraphs given as plain strings, in order. */
  paragraphs(...texts: string[]): this {
    for (const t of texts) this.paragraph(t);
    return this;
  }

  heading(text: string, level: number): this {
    return this.paragraph({ text, headingLevel: level, styleName: `heading ${level}` });
  }

  /** A table; every cell holds one paragraph per line of its text, as Word counts them. */
  table(rows: CellInput[][]): this {
    const index = this.doc.tables.length;
    const firstParagraph = this.doc.paragraphs.length;
    const width = rows.reduce(
      (m, r) =>
        Math.max(
          m,
          r.reduce((w, c) => w + (c && typeof c === "object" ? (c.colSpan ?? 1) : 1), 0),
        ),
      0,
    );
    const grid: DocCell[][] = [];
    rows.forEach((row, r) => {
      const cells: DocCell[] = [];
      row.forEach((input, c) => {
        if (input === null) {
          cells.push({ text: "", colSpan: 1, rowSpan: 1, covered: true });
          return;
        }
        const spec = typeof input === "string" ? { text: input } : input;
        const lines = spec.text.split("\n");
        const paragraph = this.doc.paragraphs.length;
        for (const line of lines) {
          const p: DocParagraph = {
            kind: "paragraph",
            index: this.doc.paragraphs.length,
            text: line,
            cell: { table: index, row: r, column: c },
          };
          this.doc.paragraphs.push(p);
        }
        const colSpan = spec.colSpan ?? 1;
        cells.push({ text: spec.text, paragraph, colSpan, rowSpan: spec.rowSpan ?? 1 });
        for (let k = 1; k < colSpan; k++) cells.push({ text: "", colSpan: 1, rowSpan: 1, covered: true });
      });
      while (cells.length < width) cells.push({ text: "", colSpan: 1, rowSpan: 1 });
      grid.push(cells);
    });
    const table: DocTable = {
      kind: "table",
      index,
      rows: grid,
      firstParagraph,
      lastParagraph: this.doc.paragraphs.length - 1,
      nesting: 0,
    };
    this.doc.tables.push(table);
    this.doc.blocks.push(table);
    return this;
  }

  build(): DocModel {
    return this.doc;
  }
}
