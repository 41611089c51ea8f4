// One-click fixes on real .docx files: the corrected copy changes only the edited text,
// keeps every run's formatting, reads back with the fixed findings gone, and opens in
// LibreOffice. Files from the `docx` library (text split over runs, as Word splits it) and
// the project's own sample report.
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { analyze } from "../../src/core/analyze";
import { defaultProfile } from "../../src/core/profiles";
import type { TextEdit } from "../../src/core/edits";
import { applyEditsToDocx } from "../../src/io/docx/fix";
import { readDocx } from "../../src/io/docx";
import { seedReport, type Block } from "../support/report-spec";
import { writeDocx } from "../support/write-docx";

const OUT = join(__dirname, "..", "..", "test-output", "fix");
mkdirSync(OUT, { recursive: true });

const edits = (bytes: Uint8Array) => {
  const doc = readDocx(bytes);
  const report = analyze(doc, defaultProfile());
  return { doc, report, edits: report.findings.flatMap((f) => (f.edit ? [f.edit] : [])) };
};

/** The seed report with faults a one-click fix corrects: a grade word, a word typed twice, a document number's brackets. */
function faulty(): Block[] {
  const blocks = seedReport({}, []);
  return blocks.map((b) => {
    if (b.kind !== "p") return b;
    let text = b.text.replace("评价等级为“良”", "评价等级为“优”");
    text = text.replace("〔", "[").replace("〕", "]");
    if (b.section === "selfeval") text = text.replace("成立", "成立成立");
    return { ...b, text };
  });
}

describe("report-check fix on real .docx files", () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await writeDocx(faulty(), "styled");
  });

  test("each fix is applied across runs, the findings it came from are gone, nothing else changed", () => {
    const before = edits(bytes);
    expect(before.edits.length).toBeGreaterThanOrEqual(2);
    const result = applyEditsToDocx(bytes, before.doc, before.edits);
    expect(result.skipped).toEqual([]);
    expect(result.applied).toHaveLength(before.edits.length);
    const after = edits(result.bytes);
    const fixedMessages = before.report.findings.filter((f) => f.edit).map((f) => f.message["zh-CN"]);
    for (const m of fixedMessages) expect(after.report.findings.map((f) => f.message["zh-CN"])).not.toContain(m);
    // the other findings stay, and the document has the same paragraphs
    const others = (r: typeof before.report) => r.findings.filter((f) => !f.edit && !fixedMessages.includes(f.message["zh-CN"])).map((f) => f.message["zh-CN"]);
    expect(others(after.report)).toEqual(others(before.report));
    expect(after.doc.paragraphs.length).toBe(before.doc.paragraphs.length);
    before.doc.paragraphs.forEach((p, i) => {
      const mine = before.edits.filter((e) => e.paragraph === i);
      if (!mine.length) expect(after.doc.paragraphs[i].text).toBe(p.text);
    });
    writeFileSync(join(OUT, "fixed.docx"), result.bytes);
  });

  test("only document.xml changes, and only inside w:t", () => {
    const before = edits(bytes);
    const result = applyEditsToDocx(bytes, before.doc, before.edits);
    const a = unzipSync(bytes);
    const b = unzipSync(result.bytes);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const k of Object.keys(a)) if (k !== "word/document.xml") expect(Buffer.from(b[k]).equals(Buffer.from(a[k]))).toBe(true);
    const strip = (x: string) => x.replace(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g, "<w:t/>");
    expect(strip(strFromU8(b["word/document.xml"]))).toBe(strip(strFromU8(a["word/document.xml"])));
  });

  test("an edit whose text is no longer there, or is there twice alike, is skipped and said so", () => {
    const before = edits(bytes);
    const e = before.edits[0];
    const gone: TextEdit = { ...e, expect: "不存在的文字", end: e.start + 6 };
    expect(applyEditsToDocx(bytes, before.doc, [gone]).skipped[0].reason).toBe("not-found");
    // the same text in two paragraphs of the file but one of the model: which one is not known
    const doc = { ...before.doc, paragraphs: before.doc.paragraphs.map((p) => ({ ...p })) };
    const twin = doc.paragraphs.findIndex((p, i) => i !== e.paragraph && p.text.length > 0 && !p.cell);
    const result = applyEditsToDocx(bytes, { ...doc, paragraphs: doc.paragraphs.map((p, i) => (i === twin ? { ...p, text: "" } : p)) }, [e]);
    expect(result.applied.length + result.skipped.length).toBe(1);
  });

  test("the shipped sample report: its grade is fixed in a copy", () => {
    const sample = readFileSync(join(__dirname, "..", "..", "examples", "sample-report.docx"));
    const before = edits(sample);
    const grade = before.report.findings.find((f) => f.rule === "grade-band");
    expect(grade?.edit).toBeDefined();
    const result = applyEditsToDocx(sample, before.doc, [grade!.edit!]);
    expect(result.applied).toHaveLength(1);
    expect(edits(result.bytes).report.findings.filter((f) => f.rule === "grade-band")).toEqual([]);
  });

  test("the corrected copy opens in LibreOffice and shows the fixed text", () => {
    const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
    if (!soffice) {
      console.warn("LibreOffice not installed: the corrected copy was not opened in it / 未安装 LibreOffice，未用其打开修正后的副本");
      return;
    }
    const before = edits(bytes);
    writeFileSync(join(OUT, "fixed.docx"), applyEditsToDocx(bytes, before.doc, before.edits).bytes);
    const conv = spawnSync(
      soffice,
      ["--headless", `-env:UserInstallation=file://${join(OUT, "lo")}`, "--convert-to", "txt:Text", "--outdir", OUT, join(OUT, "fixed.docx")],
      {
        encoding: "utf8",
        timeout: 120000,
      },
    );
    expect(conv.status).toBe(0);
    const text = readFileSync(join(OUT, "fixed.txt"), "utf8").replace(/\s+/g, "");
    expect(text).toContain("评价等级为“良”");
    expect(text).not.toContain("成立成立");
  });
});

describe("missing sections inserted in their place in the copy", () => {
  test("each missing section goes before the next section the report has, and the copy then has every section", async () => {
    const { dropSections } = await import("../support/report-spec");
    const { missingSectionsPlan } = await import("../../src/core/template");
    const { blocksXml } = await import("../../src/io/ooxml/write");
    const bytes = await writeDocx(dropSections(seedReport(), ["selfeval", "problems"]), "styled");
    const before = edits(bytes);
    const missing = before.report.sections.filter((s) => s.status === "missing").map((s) => s.id);
    expect(missing).toEqual(expect.arrayContaining(["selfeval", "problems"]));
    const profile = defaultProfile();
    const { findOutline } = await import("../../src/core/outline");
    const plan = missingSectionsPlan(profile, findOutline(before.doc, profile).sections);
    const result = applyEditsToDocx(
      bytes,
      before.doc,
      [],
      plan.map((i) => ({ before: i.before, xml: blocksXml(i.blocks) })),
    );
    expect(result.notInserted).toEqual([]);
    const after = edits(result.bytes);
    expect(after.report.sections.filter((s) => s.status === "missing").map((s) => s.id)).toEqual([]);
    // in their place: the outline's order holds
    expect(after.report.findings.filter((f) => f.rule === "section-order")).toEqual([]);
    writeFileSync(join(OUT, "sections-inserted.docx"), result.bytes);
  });
});
