// An altChunk's content (see altchunk.ts) appended to the body where the chunk stands, as
// Word does when it opens the file: its paragraphs and tables renumbered after the body's.
import type { DocBlock, DocModel, DocParagraph, DocTable } from "../../core/model/model";
import type { ReadBudget } from "./budget";

/** The body read so far: what a chunk is appended to. */
export interface BodySoFar {
  blocks: DocBlock[];
  paragraphs: DocParagraph[];
  tables: DocTable[];
}

/**
 * Appends a chunk's paragraphs, tables and blocks to the body, their indexes shifted past
 * the body's. A chunk's tables are copied in each time it is spliced: their slots count
 * in `budget` each time, before anything is appended.
 */
export function appendChunk(body: BodySoFar, chunk: DocModel, budget: ReadBudget): void {
  const { blocks, paragraphs, tables } = body;
  const p0 = paragraphs.length;
  const t0 = tables.length;
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
}
