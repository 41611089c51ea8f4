// Finds the outline of a report: which paragraphs are headings (by style, outline
// level, list numbering or numbering typed in the text), and which heading is which
// section of the profile — matched by meaning (aliases, key terms, level, order),
// never by exact string.
import type { DocModel } from "./model";
import { parseNumbering, type Numbering } from "./numbering";
import { fromProfile, type Profile, type SectionDef } from "./profile";
import { normalizeLabel } from "./text";

export interface OutlineItem {
  paragraph: number;
  /** The text as the reader sees it: list label + paragraph text. */
  text: string;
  /** The heading's words: numbering, trailing punctuation and page numbers removed. */
  title: string;
  numbering?: Numbering;
  /** Level from the numbering when there is one, else from the style or outline level. */
  level?: number;
  /** True for short, heading-like lines with numbering or a heading style; long numbered items are list items. */
  heading: boolean;
  /** A short plain line: a heading only if it names a section outright. */
  candidate?: boolean;
  /** Text after a colon on the heading line ("1. 部门职责：负责…"): counts as section content. */
  inlineContent?: string;
}

export type SectionStatus = "found" | "missing" | "empty";

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
}

export interface Outline {
  items: OutlineItem[];
  sections: SectionResult[];
  /** The deepest found section that holds a paragraph. */
  sectionAt(paragraph: number): SectionResult | undefined;
}

const MAX_HEADING_CHARS = 40;

/** The words of a heading: numbering, trailing punctuation and glued page numbers removed. */
export function headingTitle(text: string, numbering?: Numbering): { title: string; rest?: string } {
  let t = (numbering ? text.slice(numbering.length) : text).trim();
  let rest: string | undefined;
  const colon = t.search(/[：:]/);
  if (colon >= 0) {
    rest = t.slice(colon + 1).trim() || undefined;
    t = t.slice(0, colon);
  }
  t = t.replace(/[。.；;，,\s]+$/u, "");
  // a page number glued to the end of a heading ("预算资金情况9"), never a year ("2023年度")
  t = t.replace(/(?<=[\u4e00-\u9fa5)）])\s*\.*\s*\d{1,3}$/u, "");
  return { title: t.trim(), rest };
}

/** The form a title or alias is compared in: 部门(单位)/单位 fold to 部门. */
export function matchKey(s: string): string {
  return normalizeLabel(s)
    .replace(/\((部门|单位)\)/g, "")
    .replace(/单位/g, "部门")
    .replace(/[“”"'‘’、，,.．:：;；。]/g, "");
}

function itemFor(doc: DocModel, index: number): OutlineItem | undefined {
  const p = doc.paragraphs[index];
  if (p.cell || p.toc) return undefined;
  const text = ((p.list?.label ?? "") + p.text).trim();
  if (!text) return undefined;
  const numbering = parseNumbering(text);
  const styleLevel = p.headingLevel ?? p.outlineLevel;
  // a long plain paragraph is body text: no need to look for a title in it
  if (!numbering && styleLevel === undefined && text.length > 40) return undefined;
  const { title, rest } = headingTitle(text, numbering);
  if (!numbering && styleLevel === undefined) {
    // an unstyled, unnumbered line is a heading only when it is short; matching decides if it names a section
    if (title.length > 20 || rest) return undefined;
    return { paragraph: index, text, title, heading: false, candidate: true };
  }
  const shortEnough = title.length <= MAX_HEADING_CHARS && !/[，；。;]/.test(title);
  const heading = numbering ? shortEnough : shortEnough || title.length <= 60;
  return { paragraph: index, text, title, numbering, level: numbering?.level ?? styleLevel, heading, inlineContent: rest };
}

/** Paragraphs that carry numbering or a heading style, in order; a TOC and table cells are skipped. */
export function outlineItems(doc: DocModel): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const item = itemFor(doc, i);
    if (item) items.push(item);
  }
  return items;
}

interface PreparedSection {
  def: SectionDef;
  order: number;
  keys: string[];
  keywords: string[][];
}

function prepare(profile: Profile): PreparedSection[] {
  return fromProfile(profile, "outline.sections", () =>
    profile.sections.map((def, order) => ({
      def,
      order,
      keys: [def.title, ...def.aliases].map(matchKey).filter(Boolean),
      keywords: def.keywords.map((g) => g.map(matchKey)),
    })),
  );
}

/** How well a heading's words name a section, 0..1: exact alias 1, containment by length ratio, key terms 0.6. */
export function textScore(title: string, s: { keys: string[]; keywords: string[][] }): number {
  const key = matchKey(title);
  if (!key) return 0;
  let best = 0;
  for (const k of s.keys) {
    if (k === key) return 1;
    const [short, long] = k.length <= key.length ? [k, key] : [key, k];
    if (short.length >= 2 && long.includes(short)) best = Math.max(best, 0.5 + 0.4 * (short.length / long.length));
  }
  if (best < 0.6 && key.length <= MAX_HEADING_CHARS && s.keywords.some((g) => g.every((t) => key.includes(t)))) best = 0.6;
  return best;
}

const ACCEPT = 0.6;

export function findOutline(doc: DocModel, profile: Profile): Outline {
  const items = outlineItems(doc);
  const sections = prepare(profile);
  const byId = new Map(sections.map((s) => [s.def.id, s]));
  const matched = new Map<string, OutlineItem>();
  let lastOrder = -1;

  for (const item of items) {
    if (!item.heading && !item.candidate) continue;
    let best: { s: PreparedSection; score: number } | undefined;
    for (const s of sections) {
      if (matched.has(s.def.id)) continue;
      const ts = textScore(item.title, s);
      if (ts < ACCEPT) continue;
      // an unnumbered, unstyled line must name the section outright
      if (item.level === undefined && !item.numbering && ts < 1) continue;
      let score = ts;
      if (item.level !== undefined) score += item.level === s.def.level ? 0.3 : -0.4;
      if (s.order > lastOrder) score += 0.15;
      const parent = s.def.parent ? matched.get(s.def.parent) : undefined;
      if (parent) score += 0.1;
      else if (s.def.parent && byId.has(s.def.parent) && !matched.has(s.def.parent) && item.level === undefined) score -= 0.1;
      if (!best || score > best.score) best = { s, score };
    }
    if (best && best.score >= ACCEPT) {
      matched.set(best.s.def.id, item);
      lastOrder = Math.max(lastOrder, best.s.order);
    }
  }

  const results: SectionResult[] = sections.map(({ def }) => {
    const item = matched.get(def.id);
    return {
      id: def.id,
      title: def.title,
      level: def.level,
      parent: def.parent,
      required: def.required,
      status: item ? "found" : "missing",
      paragraph: item?.paragraph,
      heading: item?.text,
    };
  });

  // A section ends at the next heading of its level or higher: a matched section, or any numbered heading.
  const found = results.filter((r) => r.paragraph !== undefined).sort((a, b) => a.paragraph! - b.paragraph!);
  const headingItems = items.filter((i) => i.heading && i.level !== undefined);
  for (const r of found) {
    const item = matched.get(r.id)!;
    const level = item.level ?? r.level;
    let end = doc.paragraphs.length;
    for (const o of found)
      if (o.paragraph! > r.paragraph! && o.level <= r.level) {
        end = Math.min(end, o.paragraph!);
        break;
      }
    for (const h of headingItems)
      if (h.paragraph > r.paragraph! && h.level! <= level) {
        end = Math.min(end, h.paragraph);
        break;
      }
    r.end = end;
  }
  const headingParas = new Set([...items.filter((i) => i.heading).map((i) => i.paragraph), ...[...matched.values()].map((i) => i.paragraph)]);
  const boilerplate = fromProfile(profile, "outline.boilerplate", () => templateText(profile));
  for (const r of found) {
    const item = matched.get(r.id)!;
    if (!hasContent(doc, r.paragraph! + 1, r.end!, headingParas, profile, boilerplate) && !meaningful(item.inlineContent ?? "", profile)) r.status = "empty";
  }

  const sectionAt = (paragraph: number): SectionResult | undefined => {
    let hit: SectionResult | undefined;
    for (const r of found) if (r.paragraph! <= paragraph && paragraph < r.end! && (!hit || r.paragraph! >= hit.paragraph!)) hit = r;
    return hit;
  };
  return { items, sections: results, sectionAt };
}

/** Text that says something: not blank, not only template placeholders. */
export function meaningful(text: string, profile: Profile): boolean {
  let t = text;
  for (const r of profile.residue) t = t.split(r).join("");
  return /[\u4e00-\u9fa5A-Za-z0-9]{2,}/.test(t.replace(/[XxＸｘ×…_＿\s]+/g, ""));
}

/** What the template itself writes (table captions, headers, row labels, preset weights): not the author's content. */
function templateText(profile: Profile): Set<string> {
  const out = new Set<string>([normalizeLabel(profile.template.placeholder)]);
  for (const t of profile.tables) {
    out.add(normalizeLabel(t.title));
    for (const c of t.template?.columns ?? []) out.add(normalizeLabel(c));
    for (const row of t.template?.rows ?? []) for (const c of row) out.add(normalizeLabel(c));
  }
  out.delete("");
  return out;
}

function hasContent(doc: DocModel, from: number, to: number, headings: Set<number>, profile: Profile, boilerplate: Set<string>): boolean {
  for (let i = from; i < to; i++) {
    const p = doc.paragraphs[i];
    if (headings.has(i) || boilerplate.has(normalizeLabel(p.text))) continue;
    if (p.cell) {
      // a table counts once something beyond its header row is filled in
      if (p.cell.row > 0 && meaningful(p.text, profile)) return true;
      continue;
    }
    if (meaningful(p.text, profile)) return true;
  }
  return false;
}
