// Hostile text through the built CLI (bin/report-check.js → lib/; `npm run build:cli`
// first): ESC sequences, a bidi override and bare CRs that reach the document model by the
// three ways a .docx can carry them — an XML 1.1 part with character references, a
// plain-text altChunk, a profile stored in the document — and file names holding an ESC
// and newlines. The text output and stderr show them as escapes and forge no line; the CSV
// starts no formula.
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { tmpdir } from "os";
import { join } from "path";
import type { Profile } from "../../src/core/profile/profile";
import { defaultProfile } from "../../src/core/profile/built-in";
import { profileToXml } from "../../src/io/ooxml/profile-part";
import { docxPackage, p } from "../support/ooxml";
import { parseCsv } from "../support/csv";
import { runCli } from "../support/cli";

// the tests look for control characters on purpose
/** Raw on a terminal: C0 controls (the caller allows \n), DEL, C1, bidi controls, U+2028/2029. */
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/** Raw in HTML: the same, where tab and line breaks are only whitespace. */
const RAW_IN_HTML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const TITLE = "2023年度部门整体支出绩效自评报告";
// said twice, so that duplicate-text quotes it (its first 24 characters)
const REPEATED = "资金\u001b[2J按计划\r== x\u202e使用，预算执行情况良好。";

// File names: an OSC sequence that retitles the terminal, and newlines that would forge a
// "== file ==" header line; one starts with = (a formula in the CSV file column).
const NAMES = {
  xml11: `=HYPERLINK("x")\u001b]0;pwned\u0007\n== forged.docx ==\n.docx`,
  stored: `+cmd|'\u001b[31m'\u202ea.docx`,
  broken: `@SUM(1)\u001b[2J\n== forged.docx ==\r.docx`,
  invalid: `invalid\u001b[2J\n.docx`,
};

/**
 * A package whose main part is XML 1.1 — its character references may name C0 controls, where
 * XML 1.0 cannot carry ESC at all — with altChunk parts and custom XML parts (where the add-in
 * stores the team profile) as given.
 */
function hostileDocx(
  body: string,
  extra: { chunks?: Parameters<typeof docxPackage>[0]["chunks"]; customXml?: string } = {},
): Uint8Array {
  const parts = unzipSync(docxPackage({ body: "", chunks: extra.chunks }));
  const main = new TextDecoder().decode(parts["word/document.xml"]);
  parts["word/document.xml"] = strToU8(
    main.replace('<?xml version="1.0"', '<?xml version="1.1"').replace("<w:body>", `<w:body>${body}`),
  );
  if (extra.customXml) parts["customXml/item1.xml"] = strToU8(extra.customXml);
  return zipSync(parts);
}

let dir: string;

const run = (args: string[]) => runCli(args, dir);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "report-check-safe-"));
  // 1. XML 1.1 body: the unit's name and a heading carry ESC, U+202E and a CR; a plain-text
  //    altChunk carries a sentence with raw ESC sequences, a CR and U+202E, said twice
  const body = [
    p(`=cmd|'/C calc'!A0&#x1B;[2J&#x202E;示范局${TITLE}`),
    p("一、部门基本情况&#xD;== forged =="),
    `<w:altChunk r:id="rIdT"/>`,
  ].join("");
  const chunk = strToU8(`${REPEATED}\n${REPEATED}\n`);
  writeFileSync(join(dir, NAMES.xml11), hostileDocx(body, { chunks: { rIdT: { name: "chunk.txt", bytes: chunk } } }));
  // 2. a stored profile whose name and first section title carry ESC sequences, U+202E and a CR
  const profile = structuredClone(defaultProfile());
  profile.id = "team";
  profile.name = {
    "zh-CN": "团队模板\u001b]0;pwned\u0007\u202e\r== forged ==",
    "en-US": "team\u001b]0;pwned\u0007\u202e\r== forged ==",
  };
  profile.sections[0].title = "-2+3\u001b[2J\u202e\r== forged ==";
  writeFileSync(
    join(dir, NAMES.stored),
    hostileDocx(p(`示范局${TITLE}`) + p("正文。"), { customXml: profileToXml(profile) }),
  );
  // 3. not a .docx at all: the reason names the file
  writeFileSync(join(dir, NAMES.broken), "not a zip");
  // 4. a stored profile that is invalid, with a key of its own that the note on stderr names
  const invalid = { ...structuredClone(defaultProfile()), "\u001b]0;pwned\u0007\n== forged ==": 1 };
  writeFileSync(
    join(dir, NAMES.invalid),
    hostileDocx(p(`示范局${TITLE}`), { customXml: profileToXml(invalid as unknown as Profile) }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the hostile text reaches the model (else this test proves nothing)", () => {
  const json = JSON.parse(run(["check", ...Object.values(NAMES), "--format", "json"]).out);
  const [xml11, stored, broken] = json.reports;
  expect(xml11.department).toBe("=cmd|'/Ccalc'!A0\u001b[2J\u202e示范局");
  expect(xml11.findings.map((f: { message: string }) => f.message).join("\n")).toContain(
    "句子重复出现（首次见第 3 段）：“资金\u001b[2J按计划\r== x\u202e使用",
  );
  expect(stored.profile).toBe("team");
  expect(stored.sections[0].title).toBe("-2+3\u001b[2J\u202e\r== forged ==");
  expect(broken.file).toBe(NAMES.broken);
  expect(broken.error.message).toContain(NAMES.broken);
});

for (const lang of ["zh-CN", "en-US"]) {
  test(`--format text (${lang}): stdout and stderr hold no raw control or bidi character and no forged line`, () => {
    // four files on two lanes: the results cross the pool before they are rendered
    const r = run(["check", ...Object.values(NAMES), "--lang", lang, "--jobs", "2"]);
    expect(r.code).toBe(2);
    for (const stream of [r.out, r.err]) {
      expect(stream.match(RAW) ?? []).toEqual([]);
      // every line that starts like one of ours is ours
      for (const line of stream.split("\n")) expect(line).not.toMatch(/^(== forged|\.docx|\r)/);
    }
    // one header line per file, each with its whole name escaped on it
    expect(r.out.split("\n").filter((l) => l.startsWith("== "))).toEqual([
      '== =HYPERLINK("x")\\x1B]0;pwned\\x07\\n== forged.docx ==\\n.docx ==',
      "== +cmd|'\\x1B[31m'\\u202Ea.docx ==",
      "== @SUM(1)\\x1B[2J\\n== forged.docx ==\\r.docx ==",
      "== invalid\\x1B[2J\\n.docx ==",
    ]);
    // the document's text is shown, escaped: the unit's name, the stored profile, the repeated sentence
    expect(r.out).toContain("=cmd|'/Ccalc'!A0\\x1B[2J\\u202E示范局");
    expect(r.out).toContain(
      lang === "zh-CN"
        ? "团队模板\\x1B]0;pwned\\x07\\u202E\\r== forged =="
        : "team\\x1B]0;pwned\\x07\\u202E\\r== forged ==",
    );
    expect(r.out).toContain("-2+3\\x1B[2J\\u202E\\r== forged ==");
    expect(r.out).toContain("资金\\x1B[2J按计划\\r== x\\u202E使用");
    expect(r.out).toContain("【一、部门基本情况\\r== forged ==】");
    // stderr: the unreadable file, on one line
    const errLines = r.err.split("\n").filter((l) => l.includes("@SUM(1)"));
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toContain("@SUM(1)\\x1B[2J\\n== forged.docx ==\\r.docx");
  });
}

test("stderr: a note about an invalid stored profile quotes its keys escaped, on one line", () => {
  const r = run(["check", NAMES.invalid]);
  expect(r.err.match(RAW) ?? []).toEqual([]);
  const lines = r.err.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^invalid\\x1B\[2J\\n\.docx：/);
  expect(lines[0]).toContain("\\x1B]0;pwned\\x07\\n== forged ==");
});

test("stderr: a file name the shell expanded that begins with '-' is taken for an option; commander's error is escaped too", () => {
  const r = run(["check", "-x\u001b]0;pwned\u0007\n== forged.docx"]);
  expect(r.code).toBe(2);
  expect(r.err.match(RAW) ?? []).toEqual([]);
  expect(r.err).toBe("error: unknown option '-x\\x1B]0;pwned\\x07\\n== forged.docx'\n");
  // commander's own suggestion keeps its line
  expect(run(["check", "a.docx", "--fromat", "csv"]).err).toBe(
    "error: unknown option '--fromat'\n(Did you mean --format?)\n",
  );
});

test("outline --format text: the headings and names a document brings are escaped", () => {
  for (const name of [NAMES.xml11, NAMES.stored]) {
    const r = run(["outline", name]);
    expect(r.code).toBe(0);
    expect(r.out.match(RAW) ?? []).toEqual([]);
    expect(r.err.match(RAW) ?? []).toEqual([]);
    expect(r.out.split("\n").filter((l) => l.startsWith("=="))).toHaveLength(1);
  }
  expect(run(["outline", NAMES.stored]).out).toContain("-2+3\\x1B[2J\\u202E\\r== forged ==");
  // a file that cannot be read: the usage error names it on one line
  const bad = run(["outline", NAMES.broken]);
  expect(bad.code).toBe(2);
  expect(bad.err.match(RAW) ?? []).toEqual([]);
  expect(bad.err.trim().split("\n")).toHaveLength(1);
});

test("--format csv: every cell a document or a file name brought that would start a formula is quoted with '", () => {
  const r = run(["check", ...Object.values(NAMES), "--format", "csv"]);
  const [head, ...rows] = parseCsv(r.out);
  expect(rows).toHaveLength(4);
  for (const row of rows) expect(row).toHaveLength(head.length);
  const cell = (row: string[], h: string) => row[head.indexOf(h)];
  const [xml11, stored, broken] = rows;
  expect(cell(xml11, "文件")).toBe(`'${NAMES.xml11}`);
  expect(cell(xml11, "部门")).toBe("'=cmd|'/Ccalc'!A0\u001b[2J\u202e示范局");
  expect(cell(stored, "文件")).toBe(`'${NAMES.stored}`);
  expect(cell(stored, "缺失章节").startsWith("'-2+3\u001b[2J\u202e\r== forged ==、")).toBe(true);
  expect(cell(broken, "文件")).toBe(`'${NAMES.broken}`);
  expect(cell(broken, "无法读取的原因").startsWith(`'${NAMES.broken}：无法读取——`)).toBe(true);
  // numbers stay numbers
  expect(cell(xml11, "年度")).toBe("2023");
  expect(cell(stored, "错误")).toMatch(/^\d+$/);
  for (const row of rows) for (const v of row) expect(v).not.toMatch(/^[=+\-@\t\r]/);
});

test("--format html: no raw control or bidi character either", () => {
  const r = run(["check", ...Object.values(NAMES), "--format", "html"]);
  expect(r.out.match(RAW_IN_HTML) ?? []).toEqual([]);
  expect(r.out).toContain("示范局");
});

// Invisible and reordering characters that are not controls: zero-width space, non-joiner,
// joiner, word joiner, byte-order mark, beside C1 controls and a bidi override — in a file
// name, in the text, and in a profile stored in the document. Text output shows each as an
// escape; JSON (check, outline, profile show) writes each as \uXXXX, and gives back the same
// string when parsed.
describe("zero-width, C1 and bidi characters", () => {
  const INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u0085\u009b\u202e\u2066";
  const RAW_ANY =
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u2028\u2029\ufeff]/g;
  const name = `zw${INVISIBLE}.docx`;
  const department = `示范${INVISIBLE}局`;
  // what the unit's name keeps of it (the title reader drops the byte-order mark)
  const departmentRead = "示范\u200b\u200c\u200d\u2060\u0085\u009b\u202e\u2066局";
  const profileName = `团队模板${INVISIBLE}`;

  beforeAll(() => {
    const profile = structuredClone(defaultProfile());
    profile.id = "team-zw";
    profile.name = { "zh-CN": profileName, "en-US": `team${INVISIBLE}` };
    profile.sections[0].title = `部门${INVISIBLE}基本情况`;
    // as character references: XML 1.1 takes C1 controls only so (a raw U+0085 is a line end there)
    const refs = (t: string) =>
      t.replace(/[^\u0020-\u007e\u3000-\u9fff\uff00-\uffef]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
    const sentence = refs(REPEATED.replace("\u001b[2J", INVISIBLE));
    const body = p(refs(`${department}${TITLE}`)) + p("一、部门基本情况") + p(sentence) + p(sentence);
    writeFileSync(join(dir, name), hostileDocx(body, { customXml: profileToXml(profile) }));
  });

  test("the characters reach the model (else these tests prove nothing)", () => {
    const report = JSON.parse(run(["check", name, "--format", "json"]).out).reports[0];
    expect(report.file).toBe(name);
    expect(report.department).toBe(departmentRead);
    expect(report.sections[0].title).toBe(`部门${INVISIBLE}基本情况`);
    expect(report.profile).toBe("team-zw");
  });

  for (const lang of ["zh-CN", "en-US"]) {
    test(`--format text (${lang}): each shown as an escape, on stdout and stderr`, () => {
      const r = run(["check", name, "--lang", lang]);
      expect(r.out.match(RAW_ANY) ?? []).toEqual([]);
      expect(r.err.match(RAW_ANY) ?? []).toEqual([]);
      const escaped = "\\u200B\\u200C\\u200D\\u2060\\uFEFF\\x85\\x9B\\u202E\\u2066";
      expect(r.out).toContain(`== zw${escaped}.docx ==`);
      expect(r.out).toContain("示范\\u200B\\u200C\\u200D\\u2060\\x85\\x9B\\u202E\\u2066局");
      expect(r.out).toContain(lang === "zh-CN" ? `团队模板${escaped}` : `team${escaped}`);
    });
  }

  test("--format json: written as \\uXXXX, the same strings when parsed", () => {
    const r = run(["check", name, "--format", "json"]);
    expect(r.out.match(RAW_ANY) ?? []).toEqual([]);
    expect(r.out).toContain('"department": "示范\\u200B\\u200C\\u200D\\u2060\\u0085\\u009B\\u202E\\u2066局"');
    expect(r.out).toContain('"title": "部门\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u0085\\u009B\\u202E\\u2066基本情况"');
    const report = JSON.parse(r.out).reports[0];
    expect([report.file, report.department, report.sections[0].title]).toEqual([
      name,
      departmentRead,
      `部门${INVISIBLE}基本情况`,
    ]);
  });

  test("outline, text and JSON: escaped the same ways", () => {
    const text = run(["outline", name]);
    expect(text.code).toBe(0);
    expect(text.out.match(RAW_ANY) ?? []).toEqual([]);
    const json = run(["outline", name, "--format", "json"]);
    expect(json.out.match(RAW_ANY) ?? []).toEqual([]);
    const outline = JSON.parse(json.out);
    expect([outline.file, outline.profile, outline.sections[0].title]).toEqual([
      name,
      "team-zw",
      `部门${INVISIBLE}基本情况`,
    ]);
  });

  test("profile show: the stored profile as JSON with \\uXXXX escapes, the same profile when parsed; stderr escaped", () => {
    const r = run(["profile", "show", name]);
    expect(r.code).toBe(0);
    expect(r.out.match(RAW_ANY) ?? []).toEqual([]);
    expect(r.err.match(RAW_ANY) ?? []).toEqual([]);
    expect(r.out).toContain('"zh-CN": "团队模板\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u0085\\u009B\\u202E\\u2066"');
    const shown = JSON.parse(r.out);
    expect([shown.id, shown.name["zh-CN"], shown.sections[0].title]).toEqual([
      "team-zw",
      profileName,
      `部门${INVISIBLE}基本情况`,
    ]);
  });

  test("profile show --profile FILE: a profile file's own characters are escaped too", () => {
    const profile = {
      ...structuredClone(defaultProfile()),
      id: "file-zw",
      name: { "zh-CN": profileName, "en-US": "x" },
    };
    writeFileSync(join(dir, "zw-profile.json"), JSON.stringify(profile));
    const r = run(["profile", "show", "--profile", "zw-profile.json"]);
    expect(r.code).toBe(0);
    expect(r.out.match(RAW_ANY) ?? []).toEqual([]);
    expect(JSON.parse(r.out).name["zh-CN"]).toBe(profileName);
  });
});
