// The one entry point every edge calls: the same DocModel and profile give the same
// Report in the add-in, the browser preview and the CLI.
import { compileProfile } from "./reading/compiled-profile";
import { allFacts, type Fact } from "./reading/facts";
import { msg, type Finding, type Lang, type Severity } from "./model/finding";
import type { RuleContext } from "./rules/rule";
import type { DocModel, Location } from "./model/model";
import { findOutline, type Outline, type SectionMatch, type SectionStatus } from "./reading/outline";
import type { Profile } from "./profile/profile";
import { RULES } from "./rules";
import { computeScore, type ScoreInfo } from "./reading/score";
import { viewTables } from "./reading/tables";
import { reportTitle, type ReportTitle } from "./reading/title";

export interface SectionReport {
  id: string;
  title: string;
  level: number;
  required: boolean;
  status: SectionStatus;
  location?: Location;
  heading?: string;
  /** Which heading was taken for the section and why (words matched, score, level and order evidence). */
  match?: SectionMatch;
}

export interface Report {
  profile: string;
  /** Whose report and which year, from the title block. */
  title: ReportTitle;
  sections: SectionReport[];
  score: {
    stated: number | null;
    computed: number | null;
    grade: { stated: string | null; expected: string | null };
    /** Σ weight and Σ score per 一级指标, when there is an indicator table. */
    breakdown: { name: string; weight: number; score: number }[];
  };
  findings: Finding[];
  facts: Fact[];
  tables: { index: number; kind: string | null; title: string | null; location: Location }[];
}

/** The first paragraph that heads a section; the title block ends before it. */
function firstHeadingOf(outline: Outline, doc: DocModel): number {
  return outline.sections.reduce(
    (m, s) => (s.paragraph !== undefined ? Math.min(m, s.paragraph) : m),
    doc.paragraphs.length,
  );
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings listed per rule and report; beyond, one line says how many more (500 repeated sentences are already more
 * than anyone reads).
 */
export const MAX_FINDINGS_PER_RULE = 500;

/** Everything the rules look at, computed once: outline, tables, figures, score. */
export function buildContext(doc: DocModel, profile: Profile): RuleContext {
  // what the engine derives from the profile, derived here once and handed down
  const compiled = compileProfile(profile);
  const outline = findOutline(doc, compiled);
  const tables = viewTables(doc, compiled);
  // whose figures and which year: naming the unit or the year does not narrow a figure's scope
  const title = reportTitle(doc, firstHeadingOf(outline, doc));
  const facts = allFacts(doc, tables, compiled, { department: title.department, year: title.year });
  const score: ScoreInfo = computeScore(doc, outline, tables, compiled);
  return { doc, profile, outline, title, tables, facts, score };
}

export function analyze(doc: DocModel, profile: Profile): Report {
  const ctx = buildContext(doc, profile);
  const { outline, title, tables, facts, score } = ctx;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const override = profile.rules[rule.id];
    if (override === "off") continue;
    const made = rule.check(ctx);
    // a crafted file can make a rule say the same thing half a million times; what a reviewer
    // can act on (and what every output can hold) is the first few hundred, and a count
    for (const f of made.length > MAX_FINDINGS_PER_RULE ? made.slice(0, MAX_FINDINGS_PER_RULE) : made) {
      const section = f.location.paragraph !== undefined ? outline.sectionAt(f.location.paragraph)?.id : undefined;
      findings.push({ ...f, severity: override ?? f.severity, ...(section ? { section } : {}) });
    }
    if (made.length > MAX_FINDINGS_PER_RULE)
      findings.push({
        rule: rule.id,
        severity: "info",
        message: msg(
          `规则“${rule.id}”另有 ${made.length - MAX_FINDINGS_PER_RULE} 条问题未列出（只列前 ${MAX_FINDINGS_PER_RULE} 条）`,
          `rule "${rule.id}" found ${made.length - MAX_FINDINGS_PER_RULE} more findings, not listed (the first ${MAX_FINDINGS_PER_RULE} are)`,
        ),
        location: {},
      });
  }
  findings.sort(
    (a, b) =>
      (a.location.paragraph ?? -1) - (b.location.paragraph ?? -1) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return {
    profile: profile.id,
    title,
    sections: outline.sections.map((s) => ({
      id: s.id,
      title: s.title,
      level: s.level,
      required: s.required,
      status: s.status,
      ...(s.paragraph !== undefined ? { location: { paragraph: s.paragraph }, heading: s.heading } : {}),
      ...(s.match ? { match: s.match } : {}),
    })),
    score: {
      stated: score.stated?.value ?? null,
      computed: score.computed ?? null,
      grade: { stated: score.grade?.value ?? null, expected: score.expectedGrade ?? null },
      breakdown: score.indicator?.groups ?? [],
    },
    findings,
    facts,
    tables: tables.map((v) => ({
      index: v.table.index,
      kind: v.def?.kind ?? null,
      title: v.def?.title ?? null,
      location: { paragraph: v.table.firstParagraph, table: v.table.index },
    })),
  };
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function messageIn(f: Finding, lang: Lang): string {
  return f.message[lang];
}
