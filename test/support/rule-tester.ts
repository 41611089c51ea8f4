// A table-driven tester for rules, in the manner of ESLint's RuleTester: each case is
// [what it shows, document, expected findings], where each expected finding is a piece
// of its zh-CN message (or a full expectation object). The count must match exactly.
import { buildContext } from "../../src/core/analyze";
import { DocBuilder, type CellInput } from "../../src/core/model/builder";
import type { Finding, Severity } from "../../src/core/model/finding";
import type { Rule } from "../../src/core/rules/rule";
import type { DocModel } from "../../src/core/model/model";
import type { Profile } from "../../src/core/profile/profile";
import { defaultProfile } from "../../src/core/profile/built-in";

export type Expected =
  string | { message?: string; severity?: Severity; paragraph?: number; en?: string; fix?: string };

export type RuleCase = [name: string, doc: DocModel, expected: Expected[], profile?: Profile];

export function runRule(rule: Rule, doc: DocModel, profile: Profile = defaultProfile()): Finding[] {
  return rule.check(buildContext(doc, profile));
}

export function ruleCases(rule: Rule, cases: RuleCase[]): void {
  describe(rule.id, () => {
    test.each(cases.map((c) => [c[0], c] as const))("%s", (_name, [, doc, expected, profile]) => {
      const findings = runRule(rule, doc, profile);
      const shown = findings.map((f) => `${f.severity} @${f.location.paragraph}: ${f.message["zh-CN"]}`).join("\n");
      expect({ count: findings.length, shown }).toEqual({ count: expected.length, shown });
      expected.forEach((e, i) => {
        const f = findings[i];
        expect(f.rule).toBe(rule.id);
        expect(f.message["en-US"].length).toBeGreaterThan(0);
        const spec = typeof e === "string" ? { message: e } : e;
        if (spec.message) expect(f.message["zh-CN"]).toContain(spec.message);
        if (spec.en) expect(f.message["en-US"]).toContain(spec.en);
        if (spec.severity) expect(f.severity).toBe(spec.severity);
        if (spec.paragraph !== undefined) expect(f.location.paragraph).toBe(spec.paragraph);
        // a piece of the suggested correction's zh-CN text; a fix always comes in both languages
        if (spec.fix) {
          expect(f.fix?.["zh-CN"]).toContain(spec.fix);
          expect(f.fix?.["en-US"].length).toBeGreaterThan(0);
        }
      });
    });
  });
}

/** A document of plain paragraphs. */
export function report(...paragraphs: string[]): DocModel {
  return new DocBuilder().paragraphs(...paragraphs).build();
}

/** A report of headings only, each followed by one line of content: for outline tests. */
export function withText(...headings: string[]): DocModel {
  return report(...headings.flatMap((h) => [h, "本部分内容若干，按要求如实填写。"]));
}

/** Paragraphs and tables in order: a string is a paragraph, an array is a table. */
export function doc(...blocks: (string | CellInput[][])[]): DocModel {
  const b = new DocBuilder();
  for (const x of blocks) {
    if (typeof x === "string") b.paragraph(x);
    else b.table(x);
  }
  return b.build();
}

/** The six top-level headings of the default outline, each with a line of content. */
export const OUTLINE = [
  "一、部门基本情况",
  "本部门负责相关工作。",
  "二、自评工作开展情况",
  "成立了自评工作小组。",
  "三、部门整体支出绩效目标实现情况及指标分析",
  "全年目标基本实现。",
  "四、评价结论和评价等级",
  "结论如下。",
  "五、存在的问题及改进措施",
  "问题较少。",
];
