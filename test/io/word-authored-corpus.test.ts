// Reads every file of ../shared/fixtures/word-authored (really written by Word and WPS)
// in place — they are never copied into this repository — and checks what each one
// exercises (its README says what that is).
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { analyze } from "../../src/core/analyze";
import type { DocModel } from "../../src/core/model/model";
import { defaultProfile } from "../../src/core/profile/built-in";
import { readDocx } from "../../src/io/docx";
import { sharedPath } from "../support/shared";

const DIR = sharedPath("fixtures/word-authored", "the corpus of files written by Word and WPS");
const files = DIR
  ? readdirSync(DIR)
      .filter((f) => f.endsWith(".docx"))
      .sort()
  : [];
const cache = new Map<string, DocModel>();
const load = (name: string) => {
  if (!cache.has(name)) cache.set(name, readDocx(readFileSync(join(DIR!, name))));
  return cache.get(name)!;
};

if (DIR) {
  test("the corpus holds the 26 files its README lists", () => {
    expect(files).toHaveLength(26);
  });

  describe.each(files)("%s", (name) => {
    test("reads and checks without error; every finding speaks both languages and points inside the document", () => {
      const doc = load(name);
      expect(doc.paragraphs.length).toBeGreaterThan(0);
      doc.paragraphs.forEach((p, i) => expect(p.index).toBe(i));
      for (const t of doc.tables) {
        const width = t.rows[0]?.length ?? 0;
        for (const row of t.rows) expect(row).toHaveLength(width);
      }
      const report = analyze(doc, defaultProfile());
      for (const f of report.findings) {
        expect(f.message["zh-CN"]).toBeTruthy();
        expect(f.message["en-US"]).toBeTruthy();
        if (f.location.paragraph !== undefined) expect(f.location.paragraph).toBeLessThan(doc.paragraphs.length);
      }
    });
  });

  const has = (name: string) => files.includes(name);
  const maybe = (name: string) => (has(name) ? test : test.skip);

  maybe("zh-toc-localized-styleids.docx")("Chinese-locale style ids 1/2/3 are headings; TOC entries are not", () => {
    const doc = load("zh-toc-localized-styleids.docx");
    expect(new Set(doc.paragraphs.map((p) => p.headingLevel).filter(Boolean))).toEqual(new Set([1, 2, 3]));
    const toc = doc.paragraphs.filter((p) => p.toc);
    expect(toc.length).toBeGreaterThanOrEqual(6);
    expect(toc.every((p) => p.headingLevel === undefined)).toBe(true);
  });

  maybe("zh-heading-styles-1-to-7.docx")("Heading1–Heading7", () => {
    const levels = new Set(
      load("zh-heading-styles-1-to-7.docx")
        .paragraphs.map((p) => p.headingLevel)
        .filter(Boolean),
    );
    expect([...levels].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  maybe("zh-cn-list-chineseCounting.docx")("3,482 chineseCounting labels, 一| to 三千四百八十二|", () => {
    const labels = load("zh-cn-list-chineseCounting.docx")
      .paragraphs.map((p) => p.list?.label)
      .filter(Boolean);
    expect(labels).toHaveLength(3482);
    expect(labels[0]).toBe("一|");
    expect(labels[3481]).toBe("三千四百八十二|");
  });

  maybe("zh-explanatory-report-japaneseCounting.docx")("japaneseCounting section numbers beside typed ones", () => {
    const doc = load("zh-explanatory-report-japaneseCounting.docx");
    const items = doc.paragraphs.filter((p) => p.list?.label === "一、" || /^二、/.test(p.text));
    expect(items.length).toBeGreaterThanOrEqual(2);
  });

  maybe("zh-toc-in-sdt-japaneseCounting.docx")(
    "a heading numbered through its style; a TOC in a content control",
    () => {
      const doc = load("zh-toc-in-sdt-japaneseCounting.docx");
      const h = doc.paragraphs.find((p) => p.text.includes("风险识别") && !p.toc)!;
      expect(h.list?.label).toBe("一、");
      expect(doc.paragraphs.some((p) => p.toc)).toBe(true);
    },
  );

  maybe("ja-toc-sdt-localized-headings.docx")("decimalFullWidth chapter numbers from heading styles", () => {
    const labels = load("ja-toc-sdt-localized-headings.docx")
      .paragraphs.filter((p) => !p.toc)
      .map((p) => p.list?.label);
    expect(labels).toContain("第１章");
    expect(labels).toContain("第２章");
  });

  maybe("zh-form-tracked-changes.docx")("deleted text is not read; inserted text split over runs is joined", () => {
    const doc = load("zh-form-tracked-changes.docx");
    expect(doc.meta?.trackedDeletions).toBeGreaterThan(0);
    expect(doc.meta?.trackedInsertions).toBeGreaterThan(0);
    expect(doc.paragraphs.some((p) => /\{\{applyNo\}\}/.test(p.text))).toBe(true);
  });

  maybe("zh-gov-attachment-tables-merged.docx")("nine tables with heavy merging, laid out on their grids", () => {
    const doc = load("zh-gov-attachment-tables-merged.docx");
    expect(doc.tables).toHaveLength(9);
    expect(doc.tables.some((t) => t.rows.some((r) => r.some((c) => c.rowSpan > 1)))).toBe(true);
    expect(doc.tables.some((t) => t.rows.some((r) => r.some((c) => c.colSpan > 1)))).toBe(true);
  });

  maybe("en-nested-table.docx")("a nested table", () => {
    expect(load("en-nested-table.docx").tables.map((t) => t.nesting)).toEqual([0, 1]);
  });

  maybe("zh-sdt-in-table-cells-nested.docx")("content controls in cells and a nested table", () => {
    const doc = load("zh-sdt-in-table-cells-nested.docx");
    expect(doc.tables.some((t) => t.nesting === 1)).toBe(true);
    expect(doc.paragraphs.filter((p) => p.cell).length).toBeGreaterThan(5);
  });

  maybe("zh-resume-textboxes-outline.docx")("text-box text is not body text, and not read twice", () => {
    const doc = load("zh-resume-textboxes-outline.docx");
    const texts = doc.paragraphs.map((p) => p.text).filter((t) => t.trim());
    expect(new Set(texts).size).toBe(texts.length);
  });

  maybe("en-strict-ooxml.docx")("Strict OOXML", () => {
    expect(
      load("en-strict-ooxml.docx")
        .paragraphs.map((p) => p.text)
        .join(""),
    ).toContain("Test");
  });

  maybe("zh-standard-draft-part1-toc-merged.docx")(
    "a WPS TOC field: entries marked, numeric WPS style ids resolved",
    () => {
      const doc = load("zh-standard-draft-part1-toc-merged.docx");
      expect(doc.paragraphs.filter((p) => p.toc).length).toBeGreaterThanOrEqual(10);
      expect(doc.paragraphs.some((p) => p.headingLevel !== undefined && !p.toc)).toBe(true);
    },
  );

  /** The count-mismatch findings once the stated count in paragraph `at` is changed from `from` to `to`. */
  const countFindings = (name: string, at: number, from: string, to: string) => {
    const doc = load(name);
    expect(doc.paragraphs[at].text).toContain(from);
    const changed = {
      ...doc,
      paragraphs: doc.paragraphs.map((p) => (p.index === at ? { ...p, text: p.text.replace(from, to) } : p)),
    };
    return analyze(changed, defaultProfile())
      .findings.filter((f) => f.rule === "count-mismatch")
      .map((f) => `${f.location.paragraph}: ${f.message["zh-CN"].slice(0, f.message["zh-CN"].indexOf("项") + 1)}`);
  };

  // real statements of a count followed by their list: as written they agree; one changed count is found
  test.each([
    ["zh-standard-draft-part1-toc-merged.docx", 35, "15个部分", "16个部分", "“16个部分”，但列举了 15 项"], // ——第1部分 … ——第15部分, a typed dash list
    ["zh-standard-draft-part1-toc-merged.docx", 91, "14个安全要素", "13个安全要素", "“13个安全要素”，但列举了 14 项"], // a) … n), a Word list
    ["zh-political-review-long.docx", 51, "六个方面工作", "五个方面工作", "“五个方面工作”，但列举了 6 项"], // ①…⑥ in the sentence
    ["zh-political-review-long.docx", 104, "六条认定标准", "七条认定标准", "“七条认定标准”，但列举了 6 项"], // six items separated by ；
  ])("%s ¶%i: %s as written agrees with its list; made %s, it is found", (name, at, from, to, message) => {
    expect(has(name)).toBe(true);
    expect(countFindings(name, at, from, from)).toEqual([]);
    expect(countFindings(name, at, from, to)).toEqual([`${at}: ${message}`]);
  });

  test("no count-mismatch anywhere in the corpus as written", () => {
    for (const name of files)
      expect([name, analyze(load(name), defaultProfile()).findings.filter((f) => f.rule === "count-mismatch")]).toEqual(
        [name, []],
      );
  });

  maybe("zh-political-review-long.docx")(
    "hand-typed 一、 in a long non-report text is not mistaken for a report outline",
    () => {
      const report = analyze(load("zh-political-review-long.docx"), defaultProfile());
      expect(report.sections.filter((s) => s.status !== "missing").length).toBeLessThanOrEqual(2);
    },
  );
}
