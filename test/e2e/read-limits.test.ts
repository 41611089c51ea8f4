// The crafted files of read-limits.test.ts through the built CLI (`npm run build:cli` first),
// by `check`, `outline` and `profile show`: each ends checked or unreadable with its reason,
// in both languages, in the memory of an ordinary report. Times and peak memory of the whole
// command go to test-output/read-limits.json (reported, not asserted: speed is the
// benchmark's job; a hang shows as the per-file timeout).
import { spawnSync } from "child_process";
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "fs";
import { strToU8 } from "fflate";
import { tmpdir } from "os";
import { join } from "path";
import { MAX_FILE_BYTES } from "../../src/io/docx";
import { docxPackage, p } from "../support/ooxml";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "report-check.js");
const HEAD = p("一、部门基本情况");
const html = (s: string, cites = 1) =>
  docxPackage({
    body: HEAD + '<w:altChunk r:id="rId10"/>'.repeat(cites),
    chunks: { rId10: { name: "afchunk.htm", bytes: strToU8(s) } },
  });
const listItem = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>项</w:t></w:r></w:p>`;

/** Each crafted file, and what `check` must say of it ("checked": exit 0 or 1, no error). */
const CASES: [string, string, () => Uint8Array][] = [
  [
    "html-spans-1000.docx",
    "checked",
    () => html("<table>" + "<tr><td rowspan=1000 colspan=1000>x</td></tr>".repeat(3000) + "</table>"),
  ],
  [
    "html-wide.docx",
    "grid-too-large",
    () =>
      html(
        "<table><tr>" +
          "<td colspan=1000>1</td>".repeat(20000) +
          "</tr>" +
          "<tr><td>2</td></tr>".repeat(20000) +
          "</table>",
      ),
  ],
  ["html-deep-div.docx", "too-deep", () => html("<div>".repeat(1_000_000) + "x")],
  [
    "html-deep-lists.docx",
    "too-deep",
    () => html("<ol>".repeat(200_000) + "<li>一、部门基本情况</li>" + "</ol>".repeat(200_000)),
  ],
  [
    "altchunk-docx-cited-5000.docx",
    "too-large",
    () =>
      docxPackage({
        body: HEAD + '<w:altChunk r:id="rId10"/>'.repeat(5000),
        chunks: {
          rId10: {
            name: "inner.docx",
            bytes: docxPackage({ body: "<w:p><w:r><w:t>段</w:t></w:r></w:p>".repeat(100_000), level: 9 }),
          },
        },
      }),
  ],
  [
    "lvltext-200k.docx",
    "checked",
    () =>
      docxPackage({
        body: HEAD + listItem.repeat(5_000),
        numbering: `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${"%1".repeat(100_000)}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`,
      }),
  ],
];

let dir: string;
/** A file larger than MAX_FILE_BYTES on disk, sparse: a .docx's first bytes, then nothing. */
let huge: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "read-limits-"));
  for (const [name, , make] of CASES) writeFileSync(join(dir, name), make());
  huge = join(dir, "huge-on-disk.docx");
  const fd = openSync(huge, "w");
  writeSync(fd, docxPackage({ body: HEAD }));
  ftruncateSync(fd, MAX_FILE_BYTES + 1);
  closeSync(fd);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The command under /usr/bin/time: its exit, output, seconds and peak memory (MiB, the largest process). */
function timed(args: string[]) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, BIN, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  // time's own last line, and its note on a non-zero exit, are not the command's
  const lines = r.stderr
    .trimEnd()
    .split("\n")
    .filter((l) => !l.startsWith("Command exited with non-zero status"));
  const [seconds, kib] = lines.pop()!.split(" ").map(Number);
  return { code: r.status, out: r.stdout, err: lines.join("\n"), seconds, peakMiB: Math.round(kib / 1024) };
}

const measured: Record<string, { seconds: number; peakMiB: number; outcome: string }> = {};
afterAll(() => {
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  writeFileSync(join(ROOT, "test-output", "read-limits.json"), JSON.stringify(measured, null, 2));
});

describe("check", () => {
  for (const [name, outcome] of CASES) {
    test(`${name}: ${outcome}`, () => {
      const r = timed(["check", join(dir, name), "--format", "json", "--timeout", "60"]);
      const report = JSON.parse(r.out).reports[0];
      const got = report.error?.code ?? "checked";
      measured[`check ${name}`] = { seconds: r.seconds, peakMiB: r.peakMiB, outcome: got };
      expect(got).toBe(outcome);
      expect(r.code).toBe(
        outcome === "checked" ? (report.findings.some((f: { severity: string }) => f.severity === "error") ? 1 : 0) : 2,
      );
      expect(r.peakMiB).toBeLessThan(512);
    }, 120_000);
  }

  test("a file larger than 512 MiB on disk is refused by its size, before it is read", () => {
    const r = timed(["check", huge, "--format", "json"]);
    measured["check huge-on-disk.docx"] = {
      seconds: r.seconds,
      peakMiB: r.peakMiB,
      outcome: JSON.parse(r.out).reports[0].error?.code,
    };
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).reports[0].error.code).toBe("file-too-large");
    expect(r.err).toContain(`${huge}：无法读取——文件过大（超过 512 MiB），未读取`);
    expect(r.err).toContain("cannot read — the file is too large (over 512 MiB) and was not read");
    // not read: the command stays at the size of an empty one
    expect(r.peakMiB).toBeLessThan(150);
  });
});

describe("outline and profile show read the document in a child, as check does", () => {
  const refused = CASES.filter(([, outcome]) => outcome !== "checked");
  for (const command of [["outline"], ["profile", "show"]]) {
    for (const [name, outcome] of refused) {
      test(`${command.join(" ")} ${name}: exit 2, the reason in both languages`, () => {
        const r = timed([...command, join(dir, name)]);
        measured[`${command.join(" ")} ${name}`] = { seconds: r.seconds, peakMiB: r.peakMiB, outcome };
        expect(r.code).toBe(2);
        expect(r.out).toBe("");
        const [line, ...rest] = r.err.split("\n");
        expect(rest).toEqual([]);
        expect(line).toContain(`${join(dir, name)}：无法读取——`);
        expect(line).toContain(`${join(dir, name)}: cannot read — `);
        expect(r.peakMiB).toBeLessThan(512);
      }, 120_000);
    }

    test(`${command.join(" ")}: the crafted files that are read are shown`, () => {
      for (const [name] of CASES.filter(([, outcome]) => outcome === "checked")) {
        const r = timed([...command, join(dir, name), ...(command[0] === "outline" ? ["--format", "json"] : [])]);
        measured[`${command.join(" ")} ${name}`] = {
          seconds: r.seconds,
          peakMiB: r.peakMiB,
          outcome: `exit ${r.code}`,
        };
        expect([name, r.code]).toEqual([name, 0]);
        expect(JSON.parse(r.out)).toBeDefined();
      }
    }, 120_000);

    test(`${command.join(" ")}: a file larger than 512 MiB is refused by its size`, () => {
      const r = timed([...command, huge]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("文件过大（超过 512 MiB）");
      expect(r.peakMiB).toBeLessThan(150);
    });

    test(`${command.join(" ")} --timeout: a document that takes longer is stopped, exit 2`, () => {
      // no document is read in a millisecond: a child's start-up alone takes longer
      const r = timed([...command, join(dir, "lvltext-200k.docx"), "--timeout", "0.001"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("检查此文件超时");
      expect(r.err).toContain("took too long and was stopped");
    });
  }
});
