// One-click fixes on real .docx files: the corrected copy changes only the edited text,
// keeps every run's formatting, reads back with the fixed findings gone, and opens in
// LibreOffice. Files from the `docx` library (text split over runs, as Word splits it) and
// the project's own sample report.
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { analyze } from "../../src/core/analyze";
import { defaultProfile } from "../../src/core/profile/built-in";
import type { TextEdit } from "../../src/core/model/edits";
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

/**
 * The seed report with faults a one-click fix corrects: a grade word, a word typed twice, a document number's brackets.
 */
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
    const others = (r: typeof before.report) =>
      r.findings.filter((f) => !f.edit && !fixedMessages.includes(f.message["zh-CN"])).map((f) => f.message["zh-CN"]);
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
    for (const k of Object.keys(a))
      if (k !== "word/document.xml") expect(Buffer.from(b[k]).equals(Buffer.from(a[k]))).toBe(true);
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
    const result = applyEditsToDocx(
      bytes,
      { ...doc, paragraphs: doc.paragraphs.map((p, i) => (i === twin ? { ...p, text: "" } : p)) },
      [e],
    );
    expect(result.applied.length + result.skipped.length).toBe(1);
  });

  test("text inserted into an empty paragraph has nothing to be found by: skipped as not found, not a hang", async () => {
    const blank = await writeDocx(
      [
        { kind: "p", text: "正文。" },
        { kind: "p", text: "" },
      ],
      "typed",
    );
    const doc = readDocx(blank);
    const empty = doc.paragraphs.findIndex((p) => p.text === "");
    const insert: TextEdit = { paragraph: empty, start: 0, end: 0, expect: "", replace: "补充" };
    expect(applyEditsToDocx(blank, doc, [insert]).skipped.map((s) => s.reason)).toEqual(["not-found"]);
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
      console.warn(
        "LibreOffice not installed: the corrected copy was not opened in it / 未安装 LibreOffice，未用其打开修正后的副本",
      );
      return;
    }
    const before = edits(bytes);
    writeFileSync(join(OUT, "fixed.docx"), applyEditsToDocx(bytes, before.doc, before.edits).bytes);
    const conv = spawnSync(
      soffice,
      [
        "--headless",
        `-env:UserInstallation=file://${join(OUT, "lo")}`,
        "--convert-to",
        "txt:Text",
        "--outdir",
        OUT,
        join(OUT, "fixed.docx"),
      ],
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
    const { missingSectionsPlan } = await import("../../src/core/writing/template");
    const { blocksXml } = await import("../../src/io/ooxml/write");
    const bytes = await writeDocx(dropSections(seedReport(), ["selfeval", "problems"]), "styled");
    const before = edits(bytes);
    const missing = before.report.sections.filter((s) => s.status === "missing").map((s) => s.id);
    expect(missing).toEqual(expect.arrayContaining(["selfeval", "problems"]));
    const profile = defaultProfile();
    const { findOutline } = await import("../../src/core/reading/outline");
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

// Files written by hand the way Word writes them, each a way a fix could go wrong (found by an
// adversarial read): the copy must be well-formed, read back as meant, or not be made at all.
describe("what Word writes around the text a fix changes", () => {
  const {
    zipSync,
    unzipSync: unzip,
    strFromU8: text,
    strToU8: bytesOf,
  } = jest.requireActual("fflate") as typeof import("fflate");
  /** A .docx whose body is these paragraphs (raw WordprocessingML), the last section's properties given. */
  function docxOf(body: string, sectPr = "<w:sectPr/>"): Uint8Array {
    const files = unzip(bytesBase);
    files["word/document.xml"] = bytesOf(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}${sectPr}</w:body></w:document>`,
    );
    return zipSync(files);
  }
  let bytesBase: Uint8Array;
  beforeAll(async () => {
    bytesBase = new Uint8Array(await writeDocx([{ kind: "p", text: "x" }], "typed"));
  });
  const p = (runs: string) => `<w:p>${runs}</w:p>`;
  const r = (t: string, attrs = "") => `<w:r><w:t${attrs}>${t}</w:t></w:r>`;
  const fixOf = (d: Uint8Array) => {
    const doc = readDocx(d);
    const found = analyze(doc, defaultProfile()).findings.filter((f) => f.edit);
    return {
      doc,
      found,
      result: applyEditsToDocx(
        d,
        doc,
        found.map((f) => f.edit!),
      ),
    };
  };
  const wellFormed = (d: Uint8Array) => {
    expect(() => readDocx(d)).not.toThrow();
    // an attribute written twice in one start tag is what broke the copy before
    expect(text(unzip(d)["word/document.xml"])).not.toMatch(/<[^>]*\bxml:space=[^>]*\bxml:space=/);
  };

  test("xml:space written with single quotes: set once, never twice", () => {
    const d = docxOf(p(r("本单位按时公开") + r("公开 预算信息。", " xml:space='preserve'")));
    const { result } = fixOf(d);
    expect(result.applied).toHaveLength(1);
    wellFormed(result.bytes);
    expect(readDocx(result.bytes).paragraphs[0].text).toBe("本单位按时公开 预算信息。");
  });

  test("the words moved away (w:moveFrom) are not the text: the visible copy is fixed, or nothing", () => {
    const d = docxOf(p(`<w:moveFrom><w:r><w:t>完善制度和和标准。</w:t></w:r></w:moveFrom>${r("完善制度和和标准。")}`));
    const { result } = fixOf(d);
    expect(result.applied).toHaveLength(1);
    expect(readDocx(result.bytes).paragraphs[0].text).toBe("完善制度和标准。");
    // the tracked move's source keeps its words
    expect(text(unzip(result.bytes)["word/document.xml"])).toContain("<w:moveFrom><w:r><w:t>完善制度和和标准。");
  });

  test("a field's result is not edited: updating the field would bring it back", () => {
    const field = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD 名称 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("公开公开")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const d = docxOf(p(r("本单位按时") + field + r("预算信息。")));
    const { found, result } = fixOf(d);
    expect(found.length).toBeGreaterThan(0);
    expect(result.applied).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual(["not-plain-text"]);
  });

  test("a section inserted at the end goes before the body's own section properties, not into a tracked page-setup change", () => {
    const sect = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:sectPrChange w:id="1" w:author="a"><w:sectPr><w:pgSz w:w="11900" w:h="16800"/></w:sectPr></w:sectPrChange></w:sectPr>`;
    const d = docxOf(p(r("一、部门基本情况")) + p(r("本局负责相关工作。")), sect);
    const doc = readDocx(d);
    const result = applyEditsToDocx(d, doc, [], [{ xml: p(r("六、新增章节")) }]);
    expect(result.inserted).toHaveLength(1);
    const xml = text(unzip(result.bytes)["word/document.xml"]);
    expect(xml.indexOf("六、新增章节")).toBeLessThan(xml.indexOf("<w:sectPr>"));
    expect(readDocx(result.bytes).paragraphs.map((x) => x.text)).toContain("六、新增章节");
  });

  test("text that repeats itself: two edits never land on the same characters", () => {
    const d = docxOf(p(r("评价" + "资金金使用".repeat(8))));
    const { result } = fixOf(d);
    const after = readDocx(result.bytes).paragraphs[0].text;
    // each edit made removes one 金 where it was found, or it is skipped: never a 使 or 用 cut
    expect(after.replace(/金/g, "")).toBe(("评价" + "资金使用".repeat(8)).replace(/金/g, ""));
  });

  test("a heading with a tab stop in its properties and a page break before it: a section can still go before it", () => {
    const heading = `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:br w:type="page"/></w:r>${r("五、存在的问题及改进措施")}</w:p>`;
    const d = docxOf(p(r("一、部门基本情况")) + heading + p(r("问题较少。")));
    const doc = readDocx(d);
    const before = doc.paragraphs.findIndex((x) => x.text === "五、存在的问题及改进措施");
    const result = applyEditsToDocx(d, doc, [], [{ before, xml: p(r("四、评价结论和评价等级")) }]);
    expect(result.notInserted).toEqual([]);
    expect(
      readDocx(result.bytes)
        .paragraphs.map((x) => x.text)
        .slice(0, 3),
    ).toEqual(["一、部门基本情况", "四、评价结论和评价等级", "五、存在的问题及改进措施"]);
  });
});
