// Finds the outline of a report: which paragraphs are headings (by style, outline
// level, list numbering, numbering typed in the text, the first row of a form's table,
// a label opening a paragraph), and which heading is which section of the profile —
// matched by meaning: families of topic words, aliases and key terms, with the
// heading's level and position as evidence, never by exact string. Every section found
// says which heading it took and why. The candidate headings: outline-items.ts; how well
// a heading names a section: heading-names.ts; which heading takes which section:
// section-matcher.ts; what counts as a section's content: section-content.ts.
import { compileProfile, type CompiledProfile } from "./compiled-profile";
import type { PreparedSection } from "./heading-names";
import type { DocModel } from "../model/model";
import { headingCandidates, outlineItems, rank, type OutlineItem } from "./outline-items";
import type { Profile } from "../profile/profile";
import { hasContent, meaningful } from "./section-content";
import { SectionMatcher, type Taken } from "./section-matcher";

export type { OutlineItem } from "./outline-items";

export type SectionStatus = "found" | "missing" | "empty";

/** Why a heading was taken for a section: the words that matched, the score, the level and order evidence. */
export interface SectionMatch {
  /** The heading's words as compared: numbering, subject words (部门 / 单位 / 机关), punctuation and brackets removed. */
  key: string;
  /** What named the section: an alias (the same words, or contained), its topic words, or a group of key terms. */
  via: "alias" | "topic" | "keywords";
  /** The profile's words found in the heading. */
  words: string[];
  /** How well the words name the section, 0..1. */
  text: number;
  /** The text score with the level and order evidence: of the candidate headings, the best score took the section. */
  score: number;
  /** The heading's level in the document (1 = 一、, 2 = （一）…), when it has one. */
  level?: number;
  /** Where the heading stands, when not on a line of its own. */
  source?: "table" | "run-in";
  /** Level and order evidence, in words. */
  evidence: string[];
  /** Other sections the same heading covers (a combined heading: 机构设置及人员情况). */
  with?: string[];
}

export interface SectionResult {
  id: string;
  title: string;
  level: number;
  parent?: string;
  required: boolean;
  status: SectionStatus;
  /** Paragraph of the heading when found. */
  paragraph?: number;
  /** The heading as written. */
  heading?: string;
  /** First paragraph after the section (exclusive end), when found. */
  end?: number;
  /** Which heading was taken and why, when found. */
  match?: SectionMatch;
}

export interface Outline {
  items: OutlineItem[];
  sections: SectionResult[];
  /** The document's top-level headings (the shallowest numbering or heading level it uses), in order. */
  topHeadings: OutlineItem[];
  /** The deepest found section that holds a paragraph. */
  sectionAt(paragraph: number): SectionResult | undefined;
}

/** The report's outline under a profile (compiled here unless it comes compiled, as analyze hands it). */
export function findOutline(doc: DocModel, profileOrCompiled: Profile | CompiledProfile): Outline {
  const compiled = compileProfile(profileOrCompiled);
  const items = outlineItems(doc);
  const matcher = new SectionMatcher(headingCandidates(doc, items), compiled.sections);
  const taken = matcher.run();
  const results = sectionResults(compiled.sections, taken);
  const found = results.filter((r) => r.paragraph !== undefined).sort((a, b) => a.paragraph! - b.paragraph!);
  sectionEnds(doc, found, taken, matcher.leveled);
  markEmpty(doc, found, items, taken, compiled);
  return {
    items,
    sections: results,
    topHeadings: topHeadings(matcher.leveled),
    sectionAt: (paragraph) => sectionAt(found, paragraph),
  };
}

/** Every section of the profile, found (with the heading taken and why) or missing. */
function sectionResults(sections: readonly PreparedSection[], taken: Map<string, Taken>): SectionResult[] {
  return sections.map(({ def }) => {
    const t = taken.get(def.id);
    return {
      id: def.id,
      title: def.title,
      level: def.level,
      parent: def.parent,
      required: def.required,
      status: t ? "found" : "missing",
      paragraph: t?.item.paragraph,
      heading: t?.item.text,
      ...(t ? { match: t.match } : {}),
    };
  });
}

/**
 * Sets where each found section ends: at the next heading of its level or higher in the document, a found section or
 * any numbered or styled heading. `found` is in document order.
 */
function sectionEnds(doc: DocModel, found: SectionResult[], taken: Map<string, Taken>, leveled: OutlineItem[]): void {
  // (by rank: "第一部分 概况" holds its "一、主要职责", though both are at level 1 of their numbering)
  const docLevel = (r: SectionResult): number => {
    const item = taken.get(r.id)!.item;
    return item.level === undefined ? r.level : rank(item);
  };
  for (const r of found) {
    const item = taken.get(r.id)!.item;
    const level = docLevel(r);
    let end = doc.paragraphs.length;
    for (const o of found)
      if (o.paragraph! > r.paragraph! && (item.level === undefined ? o.level <= r.level : docLevel(o) <= level)) {
        end = Math.min(end, o.paragraph!);
        break;
      }
    for (const h of leveled)
      if (h.paragraph > r.paragraph! && h.heading && rank(h) <= level) {
        end = Math.min(end, h.paragraph);
        break;
      }
    r.end = end;
  }
}

/** Marks a found section empty when neither its paragraphs nor the text after its heading's colon say anything. */
function markEmpty(
  doc: DocModel,
  found: SectionResult[],
  items: OutlineItem[],
  taken: Map<string, Taken>,
  compiled: CompiledProfile,
): void {
  const { profile, boilerplate } = compiled;
  const headingParas = new Set([
    ...items.filter((i) => i.heading).map((i) => i.paragraph),
    ...[...taken.values()].map((t) => t.item.paragraph),
  ]);
  for (const r of found) {
    const item = taken.get(r.id)!.item;
    if (
      !hasContent(doc, r.paragraph! + 1, r.end!, headingParas, profile, boilerplate) &&
      !meaningful(item.inlineContent ?? "", profile)
    )
      r.status = "empty";
  }
}

/** The deepest found section that holds a paragraph (`found` in document order). */
function sectionAt(found: SectionResult[], paragraph: number): SectionResult | undefined {
  let hit: SectionResult | undefined;
  for (const r of found)
    if (r.paragraph! <= paragraph && paragraph < r.end! && (!hit || r.paragraph! >= hit.paragraph!)) hit = r;
  return hit;
}

/** The document's top-level headings: those of the shallowest rank it uses, in order. */
function topHeadings(leveled: OutlineItem[]): OutlineItem[] {
  const top = leveled.reduce((m, p) => Math.min(m, rank(p)), 99);
  return leveled.filter((h) => rank(h) === top);
}
