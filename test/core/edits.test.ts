// One-click fixes: each certain correction is an edit of one paragraph's text; applied, the
// finding it came from is gone and nothing else in the paragraph changed.
import { applyToText, compatibleEdits, type TextEdit } from "../../src/core/model/edits";
import type { Rule } from "../../src/core/rules/rule";
import type { DocModel } from "../../src/core/model/model";
import { citationFormat } from "../../src/core/rules/citation-format";
import { duplicateText } from "../../src/core/rules/duplicate-text";
import { gradeBand } from "../../src/core/rules/grade-band";
import { headingSequence } from "../../src/core/rules/heading-sequence";
import { doc, OUTLINE, report, runRule } from "../support/rule-tester";

/** The document with every edit applied to its paragraphs' text. */
function edited(d: DocModel, edits: TextEdit[]): DocModel {
  const byParagraph = new Map<number, TextEdit[]>();
  for (const e of compatibleEdits(edits)) byParagraph.set(e.paragraph, [...(byParagraph.get(e.paragraph) ?? []), e]);
  const paragraphs = d.paragraphs.map((p) => {
    const mine = (byParagraph.get(p.index) ?? []).sort((a, b) => b.start - a.start);
    return mine.length ? { ...p, text: mine.reduce((t, e) => applyToText(t, e), p.text) } : p;
  });
  const blocks = d.blocks.map((b) => (b.kind === "paragraph" ? paragraphs[b.index] : b));
  const tables = d.tables.map((t) => ({
    ...t,
    rows: t.rows.map((r) =>
      r.map((c) =>
        c.paragraph !== undefined && byParagraph.has(c.paragraph) ? { ...c, text: paragraphs[c.paragraph].text } : c,
      ),
    ),
  }));
  return { ...d, paragraphs, blocks: blocks.map((b) => (b.kind === "table" ? tables[b.index] : b)), tables };
}

const conclusion = (text: string) =>
  report(...OUTLINE.slice(0, 6), "四、评价结论和评价等级", text, ...OUTLINE.slice(8));

// [case, rule, document, the edited paragraph's text after the fix]
const CASES: [string, Rule, DocModel, string][] = [
  [
    "the grade word",
    gradeBand,
    conclusion("经综合评价，自评得分 87 分，评价等级为“优”。"),
    "经综合评价，自评得分 87 分，评价等级为“良”。",
  ],
  [
    "the grade as a word of two",
    gradeBand,
    conclusion("自评得分 87 分，评价等级为优秀。"),
    "自评得分 87 分，评价等级为良好。",
  ],
  ["a word typed twice", duplicateText, report("本单位按时公开公开预算信息。"), "本单位按时公开预算信息。"],
  ["a character typed twice", duplicateText, report("完善制度和和标准。"), "完善制度和标准。"],
  [
    "a document number's brackets",
    citationFormat,
    report("根据湘财绩[2021]1号文件要求。"),
    "根据湘财绩〔2021〕1号文件要求。",
  ],
  ["a document number with no brackets", citationFormat, report("依据冀财绩20221号。"), "依据冀财绩〔2022〕1号。"],
  ["a heading's half-width bracket", headingSequence, report("一、基本情况", "（一）概况", "（二)职能"), "（二）职能"],
  [
    "a heading in half-width brackets among full-width ones",
    headingSequence,
    report("一、概况", "（一）职责", "（二）机构", "二、收支", "（一）收入", "(二) 支出"),
    "（二）支出",
  ],
  ["a heading's missing bracket", headingSequence, report("一、基本情况", "（一）概况", "（二 职能"), "（二）职能"],
];

describe("one-click fixes", () => {
  for (const [name, rule, d, after] of CASES)
    test(name, () => {
      const before = runRule(rule, d);
      const withEdit = before.filter((f) => f.edit);
      expect(withEdit.length).toBeGreaterThan(0);
      const e = withEdit[0].edit!;
      expect(d.paragraphs[e.paragraph].text.slice(e.start, e.end)).toBe(e.expect);
      const fixed = edited(d, [e]);
      expect(fixed.paragraphs[e.paragraph].text).toBe(after);
      // the finding it came from is gone
      expect(runRule(rule, fixed).map((f) => f.message["zh-CN"])).not.toContain(withEdit[0].message["zh-CN"]);
    });

  test("no edit where the fix is not certain", () => {
    // three in a row: which two stay is not known; a year of three digits; a serial never filled in; a ticked box
    expect(runRule(duplicateText, report("完善制度和和和标准。")).filter((f) => f.edit)).toEqual([]);
    expect(runRule(citationFormat, report("财预〔202〕10号")).filter((f) => f.edit)).toEqual([]);
    expect(runRule(citationFormat, report("浔诚会绩评字[2025]**号")).filter((f) => f.edit)).toEqual([]);
    expect(runRule(gradeBand, conclusion("自评得分 87 分，评价等级：☑优 □良 □中 □差")).filter((f) => f.edit)).toEqual(
      [],
    );
  });

  test("a grade in a summary form's cell", () => {
    const d = doc(...OUTLINE, [["自评得分", "87", "评价等级", "优"]]);
    const f = runRule(gradeBand, d).find((x) => x.edit);
    expect(f?.edit).toMatchObject({ expect: "优", replace: "良" });
  });

  test("overlapping edits: the first one found wins, the rest wait for the next check", () => {
    const a: TextEdit = { paragraph: 1, start: 2, end: 4, expect: "ab", replace: "a" };
    const b: TextEdit = { paragraph: 1, start: 3, end: 5, expect: "bc", replace: "b" };
    const c: TextEdit = { paragraph: 0, start: 0, end: 1, expect: "x", replace: "y" };
    expect(compatibleEdits([a, b, c])).toEqual([c, a]);
  });
});

describe("fixes that add content", () => {
  test("a missing section's finding names the section to insert, a parent alone for its sub-sections", async () => {
    const { sectionMissing } = await import("../../src/core/rules/section-missing");
    const d = report(...OUTLINE.slice(0, 6), ...OUTLINE.slice(8));
    const f = runRule(sectionMissing, d);
    expect(f.map((x) => x.action)).toEqual([{ kind: "insert-sections", sections: ["conclusion"] }]);
  });

  test("a score stated without a grade: the sentence with the grade the score earns", async () => {
    const { figureMissing } = await import("../../src/core/rules/figure-missing");
    const f = runRule(figureMissing, conclusion("经综合评价，自评得分 87 分。")).find((x) => x.action);
    expect(f?.action).toEqual({
      kind: "score-sentence",
      sentence: "综上，本部门整体支出绩效自评得分 87 分，评价等级为“良”。",
    });
  });

  test("sections are placed before the next section the report has, with their missing sub-sections", async () => {
    const { sectionInsertions } = await import("../../src/core/writing/fix-plan");
    const { defaultProfile } = await import("../../src/core/profile/built-in");
    const d = report(...OUTLINE.slice(0, 6), ...OUTLINE.slice(8));
    const placed = sectionInsertions(d, defaultProfile(), ["conclusion"]);
    expect(placed).toHaveLength(1);
    expect(placed[0].titles[0]).toBe("评价结论和评价等级");
    expect(d.paragraphs[placed[0].before!].text).toBe("五、存在的问题及改进措施");
  });
});
