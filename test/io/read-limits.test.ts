// Limits on what a file costs as a whole, beyond each part and each declared number
// (declared-numbers.test.ts): HTML altChunks bounded as w:tbl tables are (spans, widths, the
// document's grid slots) and in nesting depth; one altChunk cited thousands of times; list
// level texts of any length; the bytes of all the parts read together. Each crafted file
// reads as the nearest sane file would, or is refused with its reason — in time and memory
// that follow the bytes present, not what they declare.
import { deflateRawSync } from "zlib";
import { strToU8, unzipSync } from "fflate";
import type { DocModel } from "../../src/core/model/model";
import { readDocx, readDocxPackage } from "../../src/io/docx";
import { MAX_GRID_CELLS, MAX_GRID_COLUMNS } from "../../src/io/docx/bounds";
import { MAX_TOTAL_BYTES, ReadBudget } from "../../src/io/docx/budget";
import { DocxReadError } from "../../src/io/docx/errors";
import { htmlToModel, MAX_HTML_DEPTH } from "../../src/io/docx/html";
import { levelText, MAX_LVL_TEXT } from "../../src/io/docx/numbering";
import { rawZip, readFailure } from "../support/hostile";
import { docxPackage, p, tc } from "../support/ooxml";

const HEAD = p("一、部门基本情况");
const alt = (id = "rId10") => `<w:altChunk r:id="${id}"/>`;
/** A package whose body cites the HTML chunk `html` (as rId10) where `body` says. */
const withHtml = (html: string, body = alt()) =>
  docxPackage({ body: HEAD + body, chunks: { rId10: { name: "afchunk.htm", bytes: strToU8(html) } } });
const grid = (d: DocModel) => d.tables.map((t) => `${t.rows.length}×${t.rows[0]?.length ?? 0}`).join(" ");

/** What reading took and what came of it: the error code, or "read". */
function timed(read: () => unknown): { ms: number; outcome: string } {
  const start = process.hrtime.bigint();
  let outcome = "read";
  try {
    read();
  } catch (e) {
    outcome = e instanceof DocxReadError ? e.code : `not ours: ${String(e)}`;
  }
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, outcome };
}

describe("HTML tables: spans and widths bounded as for w:tbl", () => {
  test.each<[string, string, string, string[][]]>([
    [
      "colspan of 1000 reads as 1 (as w:gridSpan)",
      "<table><tr><td colspan=1000>a</td><td>b</td></tr></table>",
      "1×2",
      [["a", "b"]],
    ],
    [
      "rowspan of 1000 reads as 1",
      "<table><tr><td rowspan=1000>a</td></tr><tr><td>b</td></tr></table>",
      "2×1",
      [["a"], ["b"]],
    ],
    [
      "colspan NaN, negative, 0: 1",
      "<table><tr><td colspan=x>a</td><td colspan=-3>b</td><td colspan=0>c</td></tr></table>",
      "1×3",
      [["a", "b", "c"]],
    ],
    [
      "colspan 256 is the widest",
      "<table><tr><td colspan=256>a</td></tr></table>",
      "1×256",
      [["a", ...Array<string>(255).fill("·")]],
    ],
    [
      "a rowspan reaches the last row, not beyond",
      "<table><tr><td rowspan=200>a</td><td>b</td></tr><tr><td>c</td></tr></table>",
      "2×2",
      [
        ["a", "b"],
        ["·", "c"],
      ],
    ],
    [
      "a row of 300 cells: 256 laid out, the text of the others joins the last",
      `<table><tr>${Array.from({ length: 300 }, (_, i) => `<td>${i}</td>`).join("")}</tr></table>`,
      "1×256",
      [
        [
          ...Array.from({ length: 255 }, (_, i) => String(i)),
          Array.from({ length: 45 }, (_, i) => String(255 + i)).join("\n"),
        ],
      ],
    ],
    [
      "a colspan stops at the grid's edge",
      `<table><tr>${"<td>x</td>".repeat(250)}<td colspan=100>y</td></tr></table>`,
      "1×256",
      [[...Array<string>(250).fill("x"), "y", ...Array<string>(5).fill("·")]],
    ],
  ])("%s", (_, html, shape, cells) => {
    const m = htmlToModel(html);
    expect(grid(m)).toBe(shape);
    expect(m.tables[0].rows.map((r) => r.map((c) => (c.covered ? "·" : c.text)))).toEqual(cells);
  });

  test.each(["1000", "256"])(
    "3,000 rows each with rowspan and colspan of %s (a timeout before): laid out at once",
    (n) => {
      const { ms, outcome } = timed(() =>
        htmlToModel("<table>" + `<tr><td rowspan=${n} colspan=${n}>x</td></tr>`.repeat(3000) + "</table>"),
      );
      expect(outcome).toBe("read");
      expect(ms).toBeLessThan(2000);
    },
  );
});

describe("HTML tables count against the document's grid slots, with its w:tbl tables", () => {
  // rows as wide as a table may be, one cell each: many slots from few bytes
  const wide = (rows: number) => "<table>" + `<tr><td colspan=${MAX_GRID_COLUMNS}>1</td>`.repeat(rows) + "</table>";
  const tbl = (rows: number) =>
    `<w:tbl>${`<w:tr>${tc("1", `<w:gridSpan w:val="${MAX_GRID_COLUMNS}"/>`)}</w:tr>`.repeat(rows)}</w:tbl>`;
  const half = Math.ceil(MAX_GRID_CELLS / MAX_GRID_COLUMNS / 2) + 1;

  test.each<[string, string, () => Uint8Array]>([
    [
      "an HTML table just under the budget",
      "read",
      () => withHtml(wide(Math.floor(MAX_GRID_CELLS / MAX_GRID_COLUMNS) - 10)),
    ],
    [
      "7,813 rows of 256 cells, each cell written out (a table of 2 million paragraphs)",
      "grid-too-large",
      () =>
        withHtml(
          "<table>" +
            ("<tr>" + "<td>1".repeat(MAX_GRID_COLUMNS)).repeat(Math.floor(MAX_GRID_CELLS / MAX_GRID_COLUMNS) + 1) +
            "</table>",
        ),
    ],
    [
      "an HTML table just over it",
      "grid-too-large",
      () => withHtml(wide(Math.floor(MAX_GRID_CELLS / MAX_GRID_COLUMNS) + 1)),
    ],
    [
      "one row of 20,000 cells of colspan 1000, then 20,000 rows (1.8 GB and a crash before)",
      "grid-too-large",
      () =>
        withHtml(
          "<table><tr>" +
            "<td colspan=1000>1</td>".repeat(20000) +
            "</tr>" +
            "<tr><td>2</td></tr>".repeat(20000) +
            "</table>",
        ),
    ],
    [
      "10,000 rows of one cell of colspan 256",
      "grid-too-large",
      () => withHtml("<table>" + "<tr><td colspan=256>1</td>".repeat(10000) + "</table>"),
    ],
    [
      "a w:tbl and an HTML table, each over half the budget",
      "grid-too-large",
      () => withHtml(wide(half), tbl(half) + alt()),
    ],
    ["the HTML table first, then the w:tbl", "grid-too-large", () => withHtml(wide(half), alt() + tbl(half))],
    ["a w:tbl alone, over half", "read", () => docxPackage({ body: HEAD + tbl(half) })],
    [
      "an HTML table of 1,000 slots cited 1,500 times (1.5 million slots spliced in)",
      "read",
      () => withHtml(wide(4), alt().repeat(1500)),
    ],
    ["the same cited 2,000 times (2 million)", "grid-too-large", () => withHtml(wide(4), alt().repeat(2000))],
  ])("%s: %s", (_, outcome, make) => {
    expect(timed(() => readDocx(make())).outcome).toBe(outcome);
  });

  test("HTML tables spend the budget they are given, to the last slot", () => {
    const budget = ReadBudget.create();
    budget.spendGrid(MAX_GRID_CELLS - 10);
    expect(() => htmlToModel("<table><tr><td colspan=11>x</td></tr></table>", budget)).toThrow(
      expect.objectContaining({ code: "grid-too-large" }),
    );
    expect(() => htmlToModel("<table><tr><td colspan=10>x</td></tr></table>", budget)).not.toThrow();
    expect(() => htmlToModel("<table><tr><td>x</td></tr></table>", budget)).toThrow(
      expect.objectContaining({ code: "grid-too-large" }),
    );
  });
});

describe("HTML nesting: refused beyond the limit, in linear time", () => {
  // the parser keeps its open elements in an array it inserts at the front of: 100,000 nested
  // <div> took 1.9 s, <ol> 41 s, <table><tr><td> 100 s, a million <div> past the 120 s timeout
  test.each<[string, string]>([
    ["100,000 nested <div>", "<div>".repeat(100_000) + "x"],
    ["1,000,000 nested <div>", "<div>".repeat(1_000_000) + "x"],
    ["100,000 nested <table><tr><td>", "<table><tr><td>".repeat(100_000) + "x" + "</td></tr></table>".repeat(100_000)],
    ["200,000 nested <ol>", "<ol>".repeat(200_000) + "<li>一、部门基本情况</li>" + "</ol>".repeat(200_000)],
    ["100,000 nested <span> (inline)", "<p>" + "<span>".repeat(100_000) + "x"],
    ["100,000 nested <svg>", "<svg>".repeat(100_000)],
  ])("%s: too deep, in well under a second", (_, html) => {
    const bytes = withHtml(html);
    const { ms, outcome } = timed(() => readDocx(bytes));
    expect(outcome).toBe("too-deep");
    expect(ms).toBeLessThan(1000);
  });

  test.each<[string, string, number]>([
    [
      "nesting just under the limit reads",
      "<div>".repeat(MAX_HTML_DEPTH - 3) + "深处" + "</div>".repeat(MAX_HTML_DEPTH - 3),
      2,
    ],
    ["void and self-closing elements do not nest", "<p>" + "<br><img><input><span/>".repeat(5000) + "x</p>", 2],
    ["closed elements do not add up", "<div><b>x</b></div>".repeat(20_000), 20_001],
  ])("%s", (_, html, paragraphs) => {
    expect(readDocx(withHtml(html)).paragraphs).toHaveLength(paragraphs);
  });
});

describe("an altChunk cited again and again is converted once and counted each time", () => {
  test("a .docx of 100,000 paragraphs cited 5,000 times (2 GB and a crash before): too large", () => {
    const inner = docxPackage({ body: "<w:p><w:r><w:t>段</w:t></w:r></w:p>".repeat(100_000), level: 9 });
    const bytes = docxPackage({
      body: HEAD + alt().repeat(5000),
      chunks: { rId10: { name: "inner.docx", bytes: inner } },
    });
    const { ms, outcome } = timed(() => readDocx(bytes));
    expect(outcome).toBe("too-large");
    expect(ms).toBeLessThan(10_000);
  });

  test.each<[string, string, number]>([
    ["a short HTML chunk cited 5,000 times", "read", 5000],
    ["30,000 characters cited 1,000 times (60 MB spliced in)", "read", 1000],
    ["30,000 characters cited 1,200 times", "too-large", 1200],
  ])("%s: %s", (name, outcome, cites) => {
    const html = name.startsWith("a short") ? "<p>说明</p>" : `<p>${"段".repeat(30_000)}</p>`;
    const { outcome: got } = timed(() => readDocx(withHtml(html, alt().repeat(cites))));
    expect(got).toBe(outcome);
  });

  test("each cite is spliced where it stands", () => {
    const d = readDocx(withHtml("<p>说明</p>", alt() + p("中") + alt()));
    expect(d.paragraphs.map((x) => x.text)).toEqual(["一、部门基本情况", "说明", "中", "说明"]);
  });
});

describe("list level texts: as long as Word takes them", () => {
  test.each<[string, string | undefined, string]>([
    ["an ordinary one", "%1.", "%1."],
    ["nine placeholders", "%1.%2.%3.%4.%5.%6.%7.%8.%9", "%1.%2.%3.%4.%5.%6.%7.%8.%9"],
    ["ten placeholders (Word takes nine)", "%1%1%1%1%1%1%1%1%1%1", ""],
    ["200,000 characters of %1", "%1".repeat(100_000), ""],
    [`${MAX_LVL_TEXT} characters`, "第".repeat(MAX_LVL_TEXT - 3) + "%1章", "第".repeat(MAX_LVL_TEXT - 3) + "%1章"],
    [`${MAX_LVL_TEXT + 1} characters`, "第".repeat(MAX_LVL_TEXT - 2) + "%1章", ""],
    ["none", undefined, ""],
  ])("%s", (_, raw, kept) => {
    expect(levelText(raw)).toBe(kept);
  });

  test("20,000 list paragraphs under a level text of 200,000 characters (a crash after 114 s before): read at once, without a label", () => {
    const num = `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${"%1".repeat(100_000)}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
    const item = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>项</w:t></w:r></w:p>`;
    const bytes = docxPackage({ body: HEAD + item.repeat(20_000), numbering: num });
    let doc: DocModel | undefined;
    const { ms } = timed(() => (doc = readDocx(bytes)));
    expect(ms).toBeLessThan(3000);
    expect(new Set(doc!.paragraphs.slice(1).map((x) => x.list?.label))).toEqual(new Set([""]));
  });
});

describe("all the parts read, together: at most MAX_TOTAL_BYTES", () => {
  const base = Object.entries(unzipSync(docxPackage({ body: HEAD + p("正文。") }))).map(([name, d]) => ({
    name,
    data: deflateRawSync(Buffer.from(d)),
    size: d.length,
  }));
  /**
   * `count` parts named by `name`, each `mib` MiB of spaces (a few KB compressed); sizes declared truly unless
   * `declared`.
   */
  const many = (count: number, mib: number, name: (i: number) => string, declared?: number) => {
    const spaces = Buffer.alloc(mib * 2 ** 20 - 100, 0x20);
    const data = declared === undefined ? deflateRawSync(spaces, { level: 9 }) : deflateRawSync(Buffer.alloc(0));
    return rawZip([
      ...base,
      ...Array.from({ length: count }, (_, i) => ({ name: name(i), data, size: declared ?? spaces.length })),
    ]);
  };
  test.each<[string, string, () => Uint8Array]>([
    [
      "240 custom XML parts of 4 MiB (inflated in one go each; 2 GB before)",
      "too-large",
      () => many(240, 4, (i) => `customXml/item${i + 10}.xml`),
    ],
    [
      "64 custom XML parts of 15 MiB (streamed; a crash before)",
      "too-large",
      () => many(64, 15, (i) => `customXml/item${i + 10}.xml`),
    ],
    ["64 relationship parts of 15 MiB", "too-large", () => many(64, 15, (i) => `r${i}/_rels/a.rels`)],
    ["240 parts named like styles, of 4 MiB", "too-large", () => many(240, 4, (i) => `x${i}styles.xml`)],
    [
      "8,000 empty parts each declaring 4 MiB (a buffer of the declared size each)",
      "too-large",
      () => many(8000, 1, (i) => `${i}styles.xml`, 4 * 2 ** 20 - 1),
    ],
    ["20 custom XML parts of 4 MiB: under the budget", "read", () => many(20, 4, (i) => `customXml/item${i + 10}.xml`)],
  ])("%s: %s", (_, outcome, make) => {
    expect(timed(() => readDocxPackage(make())).outcome).toBe(outcome);
  });

  test("the budget counts every byte unpacked, shared with a .docx inside an altChunk", () => {
    const budget = ReadBudget.create();
    const inner = docxPackage({ body: p("内层") });
    const outer = docxPackage({ body: HEAD + alt(), chunks: { rId10: { name: "inner.docx", bytes: inner } } });
    readDocxPackage(outer, 0, budget);
    const unpacked = (pkg: Uint8Array) => Object.values(unzipSync(pkg)).reduce((n, d) => n + d.length, 0);
    // everything of the outer package but the [Content_Types].xml, and everything of the inner one but its own
    const ct = (pkg: Uint8Array) => unzipSync(pkg)["[Content_Types].xml"].length;
    expect(() =>
      budget.spendBytes(MAX_TOTAL_BYTES - (unpacked(outer) - ct(outer) + unpacked(inner) - ct(inner)), "x"),
    ).not.toThrow();
    expect(() => budget.spendBytes(1, "x")).toThrow(expect.objectContaining({ code: "too-large" }));
  });

  test("an ordinary report is far below it", () => {
    expect(readFailure(docxPackage({ body: HEAD + p("正文。".repeat(100_000)) }))).toBeUndefined();
  });
});
