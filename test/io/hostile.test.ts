// Broken and hostile files get one clear reason, within bounded memory, without anything
// outside the file being read; legitimately huge files are read and checked correctly.
// Times and peak memory per file are written to test-output/hostile.json (times are
// reported, not asserted).
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { analyze } from "../../src/core/analyze";
import { defaultProfile } from "../../src/core/profile/built-in";
import { DocxReadError, readDocx } from "../../src/io/docx";
import { bigTable, hostileCorpus, hugeParagraph, nestedTables, readFailure } from "../support/hostile";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "report-check.js");
const corpus = hostileCorpus();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hostile-"));
  for (const c of corpus) writeFileSync(join(dir, c.name), c.bytes);
});

describe.each(corpus)("$name", ({ bytes, code, words }) => {
  test(`is refused as ${code}, saying "${words}"`, () => {
    const error = readFailure(bytes);
    expect(error).toBeInstanceOf(DocxReadError);
    expect((error as DocxReadError).code).toBe(code);
    expect((error as DocxReadError).reason["zh-CN"]).toContain(words);
    // an entity is never expanded: nothing of /etc/passwd reaches a message
    expect(String((error as Error).message)).not.toMatch(/root:/);
  });
});

test("each one through the CLI: exit 2, one line in both languages naming the file, bounded memory", () => {
  const measured: Record<string, { seconds: number; peakMiB: number; line: string }> = {};
  for (const c of corpus) {
    const r = spawnSync(
      "/usr/bin/time",
      ["-f", "%e %M", process.execPath, BIN, "check", join(dir, c.name), "--format", "json"],
      { encoding: "utf8" },
    );
    // GNU time adds its own line about the exit status: not ours
    const lines = r.stderr
      .trim()
      .split("\n")
      .filter((l) => !l.startsWith("Command exited"));
    const [seconds, kib] = lines.pop()!.split(" ").map(Number);
    expect([c.name, r.status]).toEqual([c.name, 2]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${c.name}：无法读取——`);
    expect(lines[0]).toContain(` / ${join(dir, c.name)}: cannot read — `);
    expect(kib * 1024).toBeLessThan(2 ** 30);
    measured[c.name] = { seconds, peakMiB: Math.round(kib / 1024), line: lines[0] };
  }
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  writeFileSync(join(ROOT, "test-output", "hostile.json"), JSON.stringify(measured, null, 2));
}, 300000);

test("in a batch, every other file is still checked and reported", () => {
  const good = join(dir, "good");
  mkdirSync(good, { recursive: true });
  writeFileSync(join(good, "big-table.docx"), bigTable(100));
  const r = spawnSync(process.execPath, [BIN, "check", dir, "--format", "json", "--jobs", "2"], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  expect(r.status).toBe(2);
  const reports = JSON.parse(r.stdout).reports as { file: string; error?: unknown; findings?: unknown[] }[];
  expect(reports.filter((x) => x.error)).toHaveLength(corpus.length);
  expect(reports.find((x) => x.file.endsWith("big-table.docx"))!.findings).toBeDefined();
}, 300000);

describe("legitimately large files are read and checked correctly", () => {
  test("a 20,000-row table: every row read, its total checked", () => {
    const doc = readDocx(bigTable(20000));
    expect(doc.tables[0].rows).toHaveLength(20002);
    expect(analyze(doc, defaultProfile()).findings.filter((f) => f.rule === "sum-mismatch")).toEqual([]);
    const wrong = analyze(readDocx(bigTable(20000, 12345)), defaultProfile()).findings.filter(
      (f) => f.rule === "sum-mismatch",
    );
    expect(wrong).toHaveLength(1);
    expect(wrong[0].location.row).toBe(20001);
  }, 120000);

  test("tables nested 60 deep", () => {
    const doc = readDocx(nestedTables(60));
    expect(doc.tables).toHaveLength(60);
    expect(Math.max(...doc.tables.map((t) => t.nesting))).toBe(59);
    expect(doc.paragraphs[doc.paragraphs.length - 1].text).toBe("表后");
    expect(() => analyze(doc, defaultProfile())).not.toThrow();
  });

  test("a single paragraph of five million characters", () => {
    const doc = readDocx(hugeParagraph(5_000_000));
    expect(doc.paragraphs[0].text.length).toBeGreaterThanOrEqual(5_000_000);
    const report = analyze(doc, defaultProfile());
    expect(report.sections.find((s) => s.id === "selfeval")!.status).toBe("empty");
  }, 120000);
});
