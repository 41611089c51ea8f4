// The outputs a reviewer opens or reads: no CSV cell that a document or a file name brought
// can start a formula in Excel (OWASP "CSV Injection"), while the numbers we computed stay
// numbers; no text line carries a raw control or bidi character, or a line a document forged.
import type { FileResult } from "../../src/cli/check-file";
import { toText } from "../../src/cli/format";
import { csvField, summaryText, toCsv, toHtml } from "../../src/cli/summary";
import { analyze } from "../../src/core/analyze";
import { DocBuilder } from "../../src/core/model/builder";
import type { Profile } from "../../src/core/profile/profile";
import { defaultProfile } from "../../src/core/profile/built-in";
import { DocxReadError, describeReadError } from "../../src/io/docx";
import { parseCsv } from "../support/csv";

/** What OWASP lists as the start of a formula. */
const DANGEROUS: { name: string; c: string }[] = [
  { name: "=", c: "=" },
  { name: "+", c: "+" },
  { name: "-", c: "-" },
  { name: "@", c: "@" },
  { name: "tab", c: "\t" },
  { name: "CR", c: "\r" },
];

// the tests look for control characters on purpose
// raw on a terminal: C0 controls but the line feeds we compose, DEL, C1, bidi controls, U+2028/2029
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
// raw in HTML: the same, where tab and line breaks are only whitespace
const UNSAFE_IN_HTML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** A report read from a document whose paragraphs are these; the profile may have been stored in it. */
function checked(
  file: string,
  paragraphs: string[],
  profile: Profile = defaultProfile(),
): Extract<FileResult, { report: unknown }> {
  const report = analyze(new DocBuilder().paragraphs(...paragraphs).build(), profile);
  return { file, report, profileName: profile.name, profileSource: "document", notes: [] };
}

function unreadable(file: string): FileResult {
  return { file, error: { code: "corrupt", message: describeReadError(file, new DocxReadError("corrupt")) } };
}

/** The CSV as a map from column heading to cell, one map per report. */
function csvRows(results: FileResult[]): Record<string, string>[] {
  const [head, ...rows] = parseCsv(toCsv(results, "zh-CN"));
  for (const r of rows) expect(r).toHaveLength(head.length);
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

const TITLE = "2023年度部门整体支出绩效自评报告";

for (const { name, c } of DANGEROUS) {
  test(`CSV: a cell beginning with ${name} is neutralised in every column a document or a file name fills`, () => {
    // a stored profile whose first required section has a hostile title, missing from the document
    const profile = structuredClone(defaultProfile());
    profile.sections[0].title = `${c}部门基本情况`;
    const fromDocument = checked(`${c}报告.docx`, [`${c}示范局${TITLE}`, "正文。"], profile);
    // the title reader drops whitespace around a unit's name, so a tab or CR cannot start one
    // read from a document; the renderer must hold whatever the model carries all the same
    const inModel = checked("b.docx", [TITLE]);
    inModel.report = { ...inModel.report, title: { ...inModel.report.title, department: `${c}示范局` } };
    const [doc, model, bad] = csvRows([fromDocument, inModel, unreadable(`${c}坏.docx`)]);

    expect(doc["文件"]).toBe(`'${c}报告.docx`);
    expect(doc["部门"]).toBe(c === "\t" || c === "\r" ? "示范局" : `'${c}示范局`);
    expect(doc["缺失章节"].startsWith(`'${c}部门基本情况、`)).toBe(true);
    expect(model["部门"]).toBe(`'${c}示范局`);
    expect(bad["文件"]).toBe(`'${c}坏.docx`);
    expect(bad["无法读取的原因"].startsWith(`'${c}坏.docx：无法读取——`)).toBe(true);
    // numbers we computed are not touched
    expect(doc["年度"]).toBe("2023");
    expect(doc["错误"]).toMatch(/^\d+$/);
    expect(doc["警告"]).toMatch(/^\d+$/);
    // and no cell of any row starts a formula
    for (const row of [doc, model, bad])
      for (const [h, v] of Object.entries(row))
        if (!/^(年度|错误|警告|自评得分|指标表得分)$/.test(h)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });
}

test("CSV: numbers stay numbers, negative and decimal ones too; the same text is prefixed", () => {
  const r = checked("a.docx", [`示范局${TITLE}`]);
  r.report = { ...r.report, score: { ...r.report.score, stated: -3, computed: 87.5 } };
  const [row] = csvRows([r]);
  expect(row["自评得分"]).toBe("-3");
  expect(row["指标表得分"]).toBe("87.5");
  expect(row["年度"]).toBe("2023");
  expect(row["错误"]).toMatch(/^\d+$/);
});

const FIELDS: { input: string | number; csv: string }[] = [
  { input: -3, csv: "-3" },
  { input: 87.5, csv: "87.5" },
  { input: 0, csv: "0" },
  // text that looks like a number is still text a document brought; every text field is quoted
  { input: "-3", csv: `"'-3"` },
  { input: "+86 10 1234", csv: `"'+86 10 1234"` },
  { input: '=HYPERLINK("http://x","点击")', csv: `"'=HYPERLINK(""http://x"",""点击"")"` },
  { input: "+cmd|'/C calc'!A0", csv: `"'+cmd|'/C calc'!A0"` },
  { input: "@SUM(A1:A2)", csv: `"'@SUM(A1:A2)"` },
  { input: "\t=1", csv: `"'\t=1"` },
  { input: "\r=1", csv: `"'\r=1"` },
  { input: "=1,2", csv: `"'=1,2"` },
  // where the list separator is ";", an unquoted field would split into a formula cell
  { input: "x;=2*3", csv: `"x;=2*3"` },
  // only the first character counts, as OWASP says
  { input: "a=b", csv: `"a=b"` },
  { input: " =1", csv: `" =1"` },
  { input: "示范局", csv: `"示范局"` },
  { input: "a\nb", csv: '"a\nb"' },
  { input: 'say "hi"', csv: '"say ""hi"""' },
  { input: "", csv: '""' },
];

for (const f of FIELDS) {
  test(`csvField(${JSON.stringify(f.input)})`, () => {
    expect(csvField(f.input)).toBe(f.csv);
  });
}

describe("text output: what documents and file names bring is shown, not obeyed", () => {
  const evil = "\u001b]0;pwned\u0007\u001b[2J\u202e\r伪造\n== forged.docx ==";
  const profile = structuredClone(defaultProfile());
  profile.name = { "zh-CN": `团队模板${evil}`, "en-US": `team${evil}` };
  profile.sections[0].title = `部门基本情况${evil}`;
  const results: FileResult[] = [
    checked(`a${evil}.docx`, [`示范局${evil}${TITLE}`, "正文。"], profile),
    unreadable(`b${evil}.docx`),
  ];

  for (const lang of ["zh-CN", "en-US"] as const) {
    test(`toText and summaryText (${lang}): no raw control or bidi character, no forged line`, () => {
      const out = `${toText(results, lang)}\n${summaryText(results, lang)}`;
      expect(out).not.toMatch(UNSAFE);
      expect(out.split("\n").filter((l) => l.startsWith("== "))).toEqual([
        "== a\\x1B]0;pwned\\x07\\x1B[2J\\u202E\\r伪造\\n== forged.docx ==.docx ==",
        "== b\\x1B]0;pwned\\x07\\x1B[2J\\u202E\\r伪造\\n== forged.docx ==.docx ==",
      ]);
      expect(out).toContain("部门基本情况\\x1B]0;pwned\\x07\\x1B[2J\\u202E\\r伪造\\n== forged.docx ==");
      expect(out).toContain(lang === "zh-CN" ? "团队模板\\x1B]0;pwned" : "team\\x1B]0;pwned");
    });
  }

  test("HTML: no raw control or bidi character; the markup characters escaped as before", () => {
    const html = toHtml([...results, checked("<b>&'\".docx", [TITLE])], "zh-CN");
    expect(html).not.toMatch(UNSAFE_IN_HTML);
    expect(html).toContain("a\\x1B]0;pwned\\x07\\x1B[2J\\u202E\r伪造\n== forged.docx ==.docx");
    expect(html).toContain("&lt;b&gt;&amp;&#39;&quot;.docx");
  });
});
