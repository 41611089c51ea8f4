// An altChunk's content appended to the body (src/io/docx/splice.ts).
import { DocBuilder } from "../../src/core/model/builder";
import type { DocModel } from "../../src/core/model/model";
import { MAX_GRID_CELLS } from "../../src/io/docx/bounds";
import { ReadBudget } from "../../src/io/docx/budget";
import { appendChunk } from "../../src/io/docx/splice";

const chunk = (): DocModel =>
  new DocBuilder()
    .paragraph("块一")
    .table([
      ["甲", "乙"],
      ["1", "2"],
    ])
    .paragraph("块尾")
    .build();

function spliced(body: DocModel, c: DocModel, budget = ReadBudget.create()): DocModel {
  const out = { blocks: [...body.blocks], paragraphs: [...body.paragraphs], tables: [...body.tables] };
  appendChunk(out, c, budget);
  return { ...body, ...out };
}

test.each<[string, DocModel]>([
  ["into an empty body", new DocBuilder().build()],
  ["after paragraphs", new DocBuilder().paragraphs("正文一", "正文二").build()],
  [
    "after a table",
    new DocBuilder()
      .paragraph("正文")
      .table([["a"]])
      .build(),
  ],
])("%s: indexes shifted past the body's", (_, body) => {
  const c = chunk();
  const out = spliced(body, c);
  const p0 = body.paragraphs.length;
  const t0 = body.tables.length;
  expect(out.paragraphs.map((p) => [p.index, p.text])).toEqual([
    ...body.paragraphs.map((p) => [p.index, p.text]),
    ...c.paragraphs.map((p) => [p.index + p0, p.text]),
  ]);
  expect(out.paragraphs.slice(p0).map((p) => p.cell?.table)).toEqual(
    c.paragraphs.map((p) => p.cell && p.cell.table + t0),
  );
  const t = out.tables[t0];
  expect([t.index, t.firstParagraph, t.lastParagraph]).toEqual([
    t0,
    c.tables[0].firstParagraph + p0,
    c.tables[0].lastParagraph + p0,
  ]);
  expect(t.rows.map((r) => r.map((x) => x.paragraph))).toEqual(
    c.tables[0].rows.map((r) => r.map((x) => (x.paragraph === undefined ? undefined : x.paragraph + p0))),
  );
  // the blocks are the very paragraphs and tables appended
  expect(out.blocks.slice(body.blocks.length)).toEqual(
    c.blocks.map((b) => (b.kind === "paragraph" ? out.paragraphs[b.index + p0] : out.tables[b.index + t0])),
  );
  expect(out.blocks[out.blocks.length - 1]).toBe(out.paragraphs[out.paragraphs.length - 1]);
});

test("a table's slots count each time the chunk is spliced, and past the budget nothing is appended", () => {
  const budget = ReadBudget.create();
  budget.spendGrid(MAX_GRID_CELLS - 6);
  const once = spliced(new DocBuilder().build(), chunk(), budget);
  expect(once.tables).toHaveLength(1);
  const out = { blocks: [], paragraphs: [], tables: [] };
  expect(() => appendChunk(out, chunk(), budget)).toThrow(/grid slots/);
  expect(out).toEqual({ blocks: [], paragraphs: [], tables: [] });
});
