// Numbers a file declares — spans, list levels, list starts, outline levels — are bounded:
// each crafted file reads as the nearest sane file would, at the cost of its bytes, not of
// the number it declares. Times and peak memory per file go to
// test-output/declared-numbers.json (reported, not asserted: speed is the benchmark's job);
// a hang would show as the CLI's own per-file timeout, exit 2.
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { DocModel } from "../../src/core/model/model";
import { readDocx } from "../../src/io/docx";
import { declaredInt, MAX_GRID_COLUMNS } from "../../src/io/docx/bounds";
import { declaredNumberCorpus } from "../support/hostile";
import { docxPackage, p } from "../support/ooxml";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "report-check.js");
const corpus = declaredNumberCorpus();

/** What the model shows of the declared numbers, in the words of the corpus's `expect`. */
function describe(doc: DocModel): string {
  const table = doc.tables[0];
  if (table) {
    const width = Math.max(...table.rows.map((r) => r.length));
    return `table of ${table.rows.length} row${table.rows.length > 1 ? "s" : ""}, at most ${width <= MAX_GRID_COLUMNS ? MAX_GRID_COLUMNS : width} columns wide`;
  }
  const lists = doc.paragraphs.filter((p) => p.list);
  if (lists.length)
    return `list labels ${
      lists
        .map((p) => p.list!.label)
        .filter(Boolean)
        .join(" ") || "(none)"
    }`;
  return doc.paragraphs.some((p) => p.outlineLevel !== undefined) ? "an outline level" : "no outline level";
}

for (const c of corpus) {
  test(`${c.name} reads as: ${c.expect}`, () => {
    const doc = readDocx(c.bytes);
    expect(describe(doc)).toBe(c.expect);
    // every row is laid out on the same bounded grid, each slot a cell
    for (const t of doc.tables) for (const row of t.rows) for (const cell of row) expect(cell).toBeDefined();
  });
}

test("a table's text stays whole when its spans are absurd", () => {
  const doc = readDocx(corpus.find((c) => c.name === "gridspan-1e8.docx")!.bytes);
  expect(doc.tables[0].rows.map((r) => r[0].text)).toEqual(Array.from({ length: 20 }, (_, i) => `第${i + 1}行`));
});

const cases: [string | undefined, number, number, number | undefined][] = [
  ["3", 0, 8, 3],
  ["+3", 0, 8, 3],
  [" 0 ", 0, 8, 0],
  ["9", 0, 8, undefined],
  ["-1", 0, 8, undefined],
  ["1e8", 1, 256, undefined],
  ["NaN", 1, 256, undefined],
  ["Infinity", 1, 256, undefined],
  ["2.5", 1, 256, undefined],
  ["", 1, 256, undefined],
  [undefined, 1, 256, undefined],
  ["99999999999999999999", 0, 32767, undefined],
];
for (const [raw, min, max, want] of cases) {
  test(`declaredInt(${JSON.stringify(raw)}, ${min}, ${max}) → ${want}`, () => {
    expect(declaredInt(raw, min, max)).toBe(want);
  });
}

test("each one through the CLI: checked (exit 0 or 1), in bounded memory", () => {
  const dir = mkdtempSync(join(tmpdir(), "declared-"));
  const measured: Record<string, { seconds: number; peakMiB: number; exit: number | null }> = {};
  for (const c of corpus) {
    const file = join(dir, c.name);
    writeFileSync(file, c.bytes);
    const r = spawnSync(
      "/usr/bin/time",
      ["-f", "%e %M", process.execPath, BIN, "check", file, "--format", "json", "--timeout", "30"],
      {
        encoding: "utf8",
      },
    );
    const [seconds, kib] = r.stderr.trim().split("\n").pop()!.split(" ").map(Number);
    expect([c.name, r.status === 0 || r.status === 1]).toEqual([c.name, true]);
    expect(JSON.parse(r.stdout).reports[0].error).toBeUndefined();
    // the whole command, parent and child: an ordinary report's footprint
    expect(kib * 1024).toBeLessThan(512 * 2 ** 20);
    measured[c.name] = { seconds, peakMiB: Math.round(kib / 1024), exit: r.status };
  }
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  writeFileSync(join(ROOT, "test-output", "declared-numbers.json"), JSON.stringify(measured, null, 2));
}, 300000);

// paragraphs made of one character repeated: patterns that tried every split of such a run
// took minutes on 2 KB (two optional runs of white space side by side in the delete-this-note
// pattern; TOC leaders matched from every start); each must now be checked within the CLI's
// own per-file limit, not time out
const RUNS: [string, string][] = [
  ["spaces", " ".repeat(200_000)],
  ["ideographic-spaces", "　".repeat(200_000)],
  ["tabs", "\t".repeat(250_000)],
  ["dots", ".".repeat(150_000)],
  ["dashes", "-".repeat(150_000)],
  ["ellipses", "…".repeat(150_000)],
];
test("paragraphs of one character repeated are checked, not timed out", () => {
  const dir = mkdtempSync(join(tmpdir(), "runs-"));
  const files = RUNS.map(([name, text]) => {
    const file = join(dir, `run-${name}.docx`);
    const run = text.replace(/\t/g, "<w:tab/>");
    writeFileSync(
      file,
      docxPackage({ body: p("一、部门基本情况") + `<w:p><w:r><w:t xml:space="preserve">${run}</w:t></w:r></w:p>` }),
    );
    return file;
  });
  const r = spawnSync(process.execPath, [BIN, "check", ...files, "--format", "json", "--timeout", "30"], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const reports = JSON.parse(r.stdout).reports as { file: string; error?: { code: string } }[];
  expect(reports.map((x) => [x.file.split("/").pop(), x.error?.code ?? "checked"])).toEqual(
    RUNS.map(([name]) => [`run-${name}.docx`, "checked"]),
  );
}, 300000);

test("200,000 fields begun and never ended, then 50,000 paragraphs: read in linear time (was quadratic: a full timeout on 29 KB)", () => {
  const dir = mkdtempSync(join(tmpdir(), "fields-"));
  const file = join(dir, "open-fields.docx");
  const begins = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'.repeat(200_000);
  writeFileSync(file, docxPackage({ body: p("一、部门基本情况") + `<w:p>${begins}</w:p>` + "<w:p/>".repeat(50_000) }));
  const r = spawnSync(process.execPath, [BIN, "check", file, "--format", "json", "--timeout", "30"], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  expect(JSON.parse(r.stdout).reports[0].error).toBeUndefined();
}, 120000);

test("a table of 80,000 rows under one vertical merge: laid out and viewed in linear time (was quadratic: a timeout on 84 KB)", () => {
  const dir = mkdtempSync(join(tmpdir(), "vmerge-"));
  const file = join(dir, "vmerge.docx");
  const row = (merge: string) =>
    `<w:tr><w:tc><w:tcPr><w:vMerge${merge}/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>`;
  writeFileSync(
    file,
    docxPackage({ body: p("一、部门基本情况") + `<w:tbl>${row(' w:val="restart"')}${row("").repeat(80_000)}</w:tbl>` }),
  );
  const r = spawnSync(process.execPath, [BIN, "check", file, "--format", "json", "--timeout", "30"], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  expect(JSON.parse(r.stdout).reports[0].error).toBeUndefined();
}, 120000);
