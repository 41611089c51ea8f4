// Finds the outline of a report: which paragraphs are headings (by style, outline
// level, list numbering, numbering typed in the text, the first row of a form's table,
// a label opening a paragraph), and which heading is which section of the profile —
// matched by meaning: families of topic words, aliases and key terms, with the
// heading's level and position as evidence, never by exact string. Every section found
// says which heading it took and why.
import type { DocModel } from "./model";
import { parseNumbering, type Numbering } from "./numbering";
import { compileProfile, type CompiledProfile } from "./compiled-profile";
import type { Profile, SectionDef } from "./profile";
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
  /**
   * A heading not on a line of its own: in the first row of a form's table, or a label opening a paragraph ("主要职能：…").
   */
  source?: "table" | "run-in";
}

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

const MAX_HEADING_CHARS = 40;

/** The words of a heading: numbering, trailing punctuation and glued page numbers removed. */
export function headingTitle(text: string, numbering?: Numbering): { title: string; rest?: string } {
  // "第三部分：…": a colon right after the numbering belongs to it
  let t = (numbering ? text.slice(numbering.length) : text).trim().replace(/^[：:]\s*/, "");
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

// Who the report is about, in the many ways it is written: not what a heading is about.
const SUBJECT = /部门\(单位\)|单位\(部门\)|本部门|本单位|我部门|我单位|部门|单位|机关/g;
const PUNCTUATION = /[“”"'‘’、，,.．:：;；。()[\]【】《》〈〉<>!！?？\-—_]/g;

/**
 * The words a title or alias is compared by: subject words (部门 / 单位 / 部门（单位）/ 机关), punctuation and brackets removed.
 */
export function matchKey(s: string): string {
  return normalizeLabel(s).replace(SUBJECT, "").replace(PUNCTUATION, "");
}

// Words that say nothing about what a heading is about: joiners, 情况, the year.
const NEUTRAL = /以及|及|和|与|的|情况|整体支出|整体|本年度|年度|全年|有关|相关|主要|具体|[0-9]+年?/g;
// Where a combined heading divides: "机构设置及人员情况" is two headings in one.
const JOINER = /以及|及|和|与|暨/g;

/**
 * A unit's own name opening a heading before what the part is about: "第一部分 安徽省怀远县人民
 * 政府办公室概况", "南昌市人民政府驻上海联络处单位概况" — as neutral as 部门 (the subject words are
 * already out of the key, so 概况 / 基本情况 / 简介 / 职能 follow the name directly).
 */
const UNIT_NAME_LEAD =
  /^[\u3400-\u9fff]{2,30}?(?:人民政府办公室|办公室|联络处|办事处|委员会|事务局|管理局|局|委|办|院|厅|处|中心|站|所|队|馆|校|会)(?=概况|基本情况|基本概况|简介|职能|职责)/;

function neutralMask(key: string): Uint8Array {
  const m = new Uint8Array(key.length);
  for (const x of key.matchAll(NEUTRAL)) m.fill(1, x.index!, x.index! + x[0].length);
  const unit = UNIT_NAME_LEAD.exec(key);
  if (unit) m.fill(1, 0, unit[0].length);
  return m;
}

/** The parts of a heading between its joiners, as [from, to) ranges; one part when there is no joiner. */
function partsOf(key: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const x of key.matchAll(JOINER)) {
    if (x.index! - from >= 2) out.push([from, x.index!]);
    from = x.index! + x[0].length;
  }
  if (key.length - from >= 2) out.push([from, key.length]);
  return out;
}

export interface PreparedSection {
  def: SectionDef;
  order: number;
  keys: string[];
  keywords: string[][];
  topics: string[][];
}

/** The profile's sections with their names as match keys (compiled once: compileProfile). */
export function prepareSections(profile: Profile): PreparedSection[] {
  return profile.sections.map((def, order) => ({
    def,
    order,
    keys: [...new Set([def.title, ...def.aliases].map(matchKey).filter(Boolean))],
    keywords: def.keywords.map((g) => g.map(matchKey).filter(Boolean)).filter((g) => g.length > 0),
    topics: def.topics.map((f) => f.map(matchKey).filter(Boolean)).filter((f) => f.length > 0),
  }));
}

interface NameScore {
  text: number;
  via: SectionMatch["via"];
  words: string[];
  /** Share of the heading's words the topic words make up, per part of a combined heading. */
  parts?: number[];
  /** Share of the whole heading. */
  coverage?: number;
}

/** Coverage of key[from, to): topic characters over the characters that say something (neutral ones aside). */
function coverage(mask: Uint8Array, neutral: Uint8Array, from: number, to: number): number {
  let covered = 0;
  let total = 0;
  for (let i = from; i < to; i++) {
    if (mask[i]) {
      covered++;
      total++;
    } else if (!neutral[i]) total++;
  }
  return total ? covered / total : 0;
}

/** A topic match names a section when its words make up at least this much of the heading. */
const MIN_COVERAGE = 0.5;

/**
 * How well a heading's words name a section, 0..1: an alias word for word 1; an alias
 * contained (or containing) by length ratio; the section's topic words 0.6 + 0.38 × the
 * share of the heading they make up (a part of a combined heading counts at 0.8); a
 * key-term group 0.6.
 */
function nameScore(
  key: string,
  s: PreparedSection,
  neutral: Uint8Array,
  parts: [number, number][],
): NameScore | undefined {
  if (!key) return undefined;
  let best: NameScore | undefined;
  for (const k of s.keys) {
    if (k === key) return { text: 1, via: "alias", words: [k], coverage: 1, parts: parts.map(() => 1) };
    const [short, long] = k.length <= key.length ? [k, key] : [key, k];
    // the heading says more than the alias (extra words), or nearly all of it — not a word or two of it ("支出" of
    // "基本支出")
    const ratio = short.length / long.length;
    if (short.length >= 2 && long.includes(short) && (short === k || (short.length >= 3 && ratio >= 0.6))) {
      const text = 0.5 + 0.4 * ratio;
      if (!best || text > best.text) best = { text, via: "alias", words: [k] };
    }
  }
  if (s.topics.length) {
    const mask = new Uint8Array(key.length);
    const words: string[] = [];
    let all = true;
    for (const family of s.topics) {
      let hit = false;
      for (const t of family) {
        for (let i = key.indexOf(t); i >= 0; i = key.indexOf(t, i + 1)) {
          mask.fill(1, i, i + t.length);
          if (!hit || !words.includes(t)) words.push(t);
          hit = true;
        }
      }
      if (!hit) {
        all = false;
        break;
      }
    }
    if (all) {
      const whole = coverage(mask, neutral, 0, key.length);
      const byPart = parts.map(([a, b]) => coverage(mask, neutral, a, b));
      const cov = Math.max(whole, 0.8 * byPart.reduce((m, x) => Math.max(m, x), 0));
      if (cov >= MIN_COVERAGE) {
        // an alias word for word (1) is surer than topic words covering the heading (at most 0.98)
        const text = 0.6 + 0.38 * cov;
        if (!best || text > best.text)
          best = { text, via: "topic", words: [...new Set(words)], parts: byPart, coverage: whole };
        else best = { ...best, parts: byPart, coverage: whole };
      }
    }
  }
  if ((!best || best.text < 0.6) && key.length <= MAX_HEADING_CHARS) {
    const g = s.keywords.find((group) => group.every((t) => key.includes(t)));
    if (g) best = { text: 0.6, via: "keywords", words: g };
  }
  return best;
}

// A line of a table of contents typed by hand: dot leaders or a tab before a page number.
const TOC_LINE = /(\.{3,}|…{2,}|·{3,}|－{3,}|-{4,}|_{3,}|\t)\s*\d{1,3}\s*$/;
/** Characters at the end of a line where TOC_LINE can match: leaders, a few spaces, a page number. */
const TOC_TAIL = 64;

/**
 * Paragraphs of a table of contents typed by hand: dot-leader lines, and the lines under a 目录 heading until the outline
 * starts again.
 */
export function typedToc(doc: DocModel): Set<number> {
  // the outline, duplicate-text and heading-sequence all ask: found once per document
  return fromDoc(doc, "typedToc", () => findTypedToc(doc));
}

function findTypedToc(doc: DocModel): Set<number> {
  const out = new Set<number>();
  let first: string | undefined;
  const listed = new Set<string>();
  let inToc = false;
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    if (p.cell) continue;
    const text = p.text.trim();
    // only the line's end can match: testing its tail keeps a paragraph of 150,000 dots linear
    if (TOC_LINE.test(text.trimEnd().slice(-TOC_TAIL))) {
      out.add(i);
      continue;
    }
    const flat = normalizeLabel(text);
    // "目录", "目 录", "决算公开目录"
    if (/^.{0,10}目录$/.test(flat)) {
      inToc = true;
      first = undefined;
      out.add(i);
      continue;
    }
    if (!inToc || !flat) continue;
    const n = parseNumbering(text);
    const title = headingTitle(text, n).title;
    // the outline proper begins where an entry comes again (the first one, or a later one when the
    // first is worded otherwise in the text: 目录 "一、摘要", text "摘要（2000字以内）"), or at the first prose
    // (a full stop closing a short line is a heading copied with its punctuation, not prose)
    if (
      (first !== undefined && (title === first || listed.has(title))) ||
      text.length > MAX_HEADING_CHARS ||
      /[。；;]\s*\S/.test(text)
    ) {
      inToc = false;
      continue;
    }
    first ??= title;
    if (title.length >= 2) listed.add(title);
    out.add(i);
  }
  if (out.size === 0) untitledToc(doc, out);
  return out;
}

/**
 * A table of contents with no 目录 line: the report's first headings listed, then the first
 * of them again where the text proper begins ("第一部分部门概况 … 第五部分 附表" then "第一部分
 * 部门概况"). Only short lines in between, at least three: a list of headings, not prose.
 */
function untitledToc(doc: DocModel, out: Set<number>): void {
  const key = (text: string) => normalizeLabel(headingTitle(text, parseNumbering(text)).title);
  const lines = doc.paragraphs.filter((p) => !p.cell && p.text.trim());
  const start = lines.findIndex((p) => parseNumbering(p.text.trim()));
  if (start < 0) return;
  const first = lines[start];
  const firstKey = key(first.text.trim());
  if (!firstKey) return;
  for (let k = start + 1; k < lines.length; k++) {
    const t = lines[k].text.trim();
    if (t.length > MAX_HEADING_CHARS || /[。；;]\s*\S/.test(t)) return;
    if (key(t) === firstKey && parseNumbering(t)?.ordinal === parseNumbering(first.text.trim())?.ordinal) {
      if (k - start < 3) return;
      for (let j = start; j < k; j++) out.add(lines[j].index);
      return;
    }
  }
}

function itemFor(doc: DocModel, index: number, toc: Set<number>): OutlineItem | undefined {
  const p = doc.paragraphs[index];
  if (p.cell || p.toc || toc.has(index)) return undefined;
  const text = ((p.list?.label ?? "") + p.text).trim();
  if (!text) return undefined;
  const numbering = parseNumbering(text);
  // a paragraph's own outline level wins over its style's, as in Word (and Word's outlineLevel is already the effective
  // one)
  const styleLevel = p.outlineLevel ?? p.headingLevel;
  if (!numbering && styleLevel === undefined) return plainItem(index, text);
  const { title, rest } = headingTitle(text, numbering);
  const shortEnough = title.length <= MAX_HEADING_CHARS && !/[，；。;]/.test(title);
  const heading = numbering ? shortEnough : shortEnough || title.length <= 60;
  if (numbering && !heading) {
    // a numbered paragraph opening with a few words and a full stop: "1、部门职责。本局负责…" — a run-in heading at most
    const run = NUMBERED_RUN_IN.exec(text.slice(numbering.length).trim());
    if (run)
      return {
        paragraph: index,
        text,
        title: run[1],
        numbering,
        level: numbering.level,
        heading: false,
        candidate: true,
        source: "run-in",
        inlineContent: run[2].trim() || undefined,
      };
  }
  return {
    paragraph: index,
    text,
    title,
    numbering,
    level: numbering?.level ?? styleLevel,
    heading,
    inlineContent: rest,
  };
}

// A label opening a paragraph: "主要职能：负责…" — a few words, no punctuation, then a colon.
const NUMBERED_RUN_IN = /^([^，,。；;：:、\s（）()“”]{2,14})\s*[。：:]\s*(\S[\s\S]*)$/;
const RUN_IN = /^([^，,。；;：:、\s（）()“”]{2,12})\s*[：:]\s*(\S[\s\S]*)$/;

/**
 * An unnumbered, unstyled paragraph: a short line, or a label with a colon opening a paragraph, may be a heading;
 * anything else is body text.
 */
function plainItem(index: number, text: string): OutlineItem | undefined {
  const run = RUN_IN.exec(text);
  if (run)
    return {
      paragraph: index,
      text,
      title: run[1],
      heading: false,
      candidate: true,
      source: "run-in",
      inlineContent: run[2].trim() || undefined,
    };
  // a long plain paragraph is body text
  if (text.length > MAX_HEADING_CHARS) return undefined;
  const { title, rest } = headingTitle(text);
  // an unstyled, unnumbered line is a heading only when it is short; matching decides if it names a section
  if (title.length > 20 || rest) return undefined;
  return { paragraph: index, text, title, heading: false, candidate: true };
}

/**
 * Paragraphs that carry numbering or a heading style, short plain lines and run-in labels, in order; a table of
 * contents and table cells are skipped.
 */
export function outlineItems(doc: DocModel): OutlineItem[] {
  return fromDoc(doc, "items", () => {
    const toc = typedToc(doc);
    const items: OutlineItem[] = [];
    for (let i = 0; i < doc.paragraphs.length; i++) {
      const item = itemFor(doc, i, toc);
      if (item) items.push(item);
    }
    return items;
  });
}

/** Headings standing in the first cell of a table's first row (a form laid out as a table, one part per table). */
function tableHeadings(doc: DocModel): OutlineItem[] {
  const out: OutlineItem[] = [];
  for (const t of doc.tables) {
    const cell = t.rows[0]?.[0];
    if (!cell || cell.covered || cell.paragraph === undefined) continue;
    const p = doc.paragraphs[cell.paragraph];
    const text = ((p?.list?.label ?? "") + (p?.text ?? "")).trim();
    if (!text || text.length > MAX_HEADING_CHARS) continue;
    const numbering = parseNumbering(text);
    // a header row (项目 | 数量 | 价值) is not a heading: only a numbered cell, or the one filled cell of its row
    const filled = t.rows[0].filter((c) => !c.covered && c.text.trim()).length;
    if (!numbering && filled > 1) continue;
    const { title, rest } = headingTitle(text, numbering);
    if (!title || /[，；。;]/.test(title)) continue;
    out.push({
      paragraph: cell.paragraph,
      text,
      title,
      numbering,
      level: numbering?.level,
      heading: numbering !== undefined,
      candidate: true,
      source: "table",
      inlineContent: rest,
    });
  }
  return out;
}

const docCache = new WeakMap<DocModel, Map<string, unknown>>();
function fromDoc<T>(doc: DocModel, key: string, make: () => T): T {
  let m = docCache.get(doc);
  if (!m) docCache.set(doc, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
}

/** Rank of a heading in the document's own hierarchy: 第一部分 above 一、 above （一）… */
export function rank(item: OutlineItem): number {
  return item.numbering?.family === "part" ? 0 : (item.level ?? 99);
}

const ACCEPT = 0.6;
/** A line with neither numbering nor a heading style (or a run-in label) must name its section outright. */
const OUTRIGHT = 0.95;
/** A numbered label opening a paragraph ("1、部门职责。…"): its words must be mostly the section's. */
const RUN_IN_LEAST = 0.85;

interface Taken {
  item: OutlineItem;
  match: SectionMatch;
}

/** The report's outline under a profile (compiled here unless it comes compiled, as analyze hands it). */
export function findOutline(doc: DocModel, profileOrCompiled: Profile | CompiledProfile): Outline {
  const compiled = compileProfile(profileOrCompiled);
  const profile = compiled.profile;
  const items = outlineItems(doc);
  const candidates = [...items.filter((i) => i.heading || i.candidate), ...tableHeadings(doc)].sort(
    (a, b) => a.paragraph - b.paragraph,
  );
  const leveled = candidates.filter(
    (i) => (i.heading || i.source === "table") && i.level !== undefined && i.numbering?.family !== "circled",
  );
  const sections = compiled.sections;
  const byId = new Map(sections.map((s) => [s.def.id, s]));
  const taken = new Map<string, Taken>();
  const keyOf = new Map<OutlineItem, { key: string; neutral: Uint8Array; parts: [number, number][] }>();
  for (const item of candidates) {
    // a caption ("部门机构设置情况表") names a table, not a section
    const key = matchKey(item.title);
    if (!key || (!item.numbering && key.endsWith("表") && item.source !== "table")) continue;
    keyOf.set(item, { key, neutral: neutralMask(key), parts: partsOf(key) });
  }

  /** Whether a heading at `level` stands between two paragraphs: the section of the first is closed by then. */
  const closedBetween = (from: number, to: number, level: number): boolean =>
    leveled.some((h) => h.paragraph > from && h.paragraph < to && h.level! <= level && rank(h) <= level);

  const nearestTaken = (s: PreparedSection): { s: PreparedSection; t: Taken } | undefined => {
    for (
      let p = s.def.parent ? byId.get(s.def.parent) : undefined;
      p;
      p = p.def.parent ? byId.get(p.def.parent) : undefined
    ) {
      const t = taken.get(p.def.id);
      if (t) return { s: p, t };
    }
    return undefined;
  };

  /** The level at which the document writes the profile's top-level sections, once one is found. */
  const topLevel = (): number | undefined => {
    let first: Taken | undefined;
    for (const s of sections) {
      const t = taken.get(s.def.id);
      if (!s.def.parent && t && t.item.level !== undefined && (!first || t.item.paragraph < first.item.paragraph))
        first = t;
    }
    return first?.item.level;
  };

  /** Level and order evidence for taking `item` as section `s`: a score delta, and what it rests on. */
  const evidence = (item: OutlineItem, s: PreparedSection): { delta: number; words: string[]; levelOk: boolean } => {
    const words: string[] = [];
    let delta = 0;
    let levelOk = true;
    const dl = item.level;
    if (dl === undefined)
      words.push(
        item.source === "run-in" ? "run-in label opening a paragraph" : "plain line naming the section outright",
      );
    else {
      const anc = nearestTaken(s);
      if (anc) {
        const al = anc.t.item.level;
        const open =
          !closedBetween(anc.t.item.paragraph, item.paragraph, al ?? dl - 1) && anc.t.item.paragraph < item.paragraph;
        if (al === undefined) {
          if (open) delta += 0.1;
          words.push(open ? `below “${anc.t.item.title}”` : `not below “${anc.t.item.title}”`);
        } else if (dl > al && open) {
          delta += 0.25;
          words.push(`level ${dl} below its parent “${anc.t.item.title}” (level ${al})`);
        } else {
          // at its parent's level it is a sibling, not a child
          delta -= dl <= al ? 0.6 : 0.3;
          levelOk = false;
          words.push(
            dl <= al
              ? `level ${dl}, not below its parent “${anc.t.item.title}” (level ${al})`
              : `outside its parent “${anc.t.item.title}”`,
          );
        }
      } else if (!s.def.parent) {
        const top = topLevel();
        const want = top ?? s.def.level;
        if (dl === want) {
          delta += 0.25;
          words.push(
            top !== undefined ? `level ${dl}, as the other top-level sections` : `level ${dl}, as the profile expects`,
          );
        } else {
          delta -= dl > want ? 0.4 : 0.1;
          levelOk = false;
          words.push(`level ${dl} where top-level sections are level ${want}`);
        }
      } else if (dl === s.def.level) {
        delta += 0.2;
        words.push(`level ${dl}, as the profile expects`);
      } else {
        // deeper than the profile puts it, with no parent above: most likely an item of a list
        delta -= dl > s.def.level ? 0.4 : 0.2;
        levelOk = false;
        words.push(`level ${dl} where the profile expects ${s.def.level}`);
      }
    }
    // order: after the sections found before it, before those found after it
    let before: PreparedSection | undefined;
    let after: PreparedSection | undefined;
    for (const o of sections) {
      const t = taken.get(o.def.id);
      if (!t) continue;
      if (
        t.item.paragraph < item.paragraph &&
        (!before || taken.get(before.def.id)!.item.paragraph <= t.item.paragraph)
      )
        before = o;
      if (t.item.paragraph > item.paragraph && (!after || taken.get(after.def.id)!.item.paragraph > t.item.paragraph))
        after = o;
    }
    if ((!before || before.order < s.order) && (!after || after.order > s.order)) {
      delta += 0.1;
      words.push("in the profile's order");
    } else {
      delta -= 0.05;
      words.push("out of the profile's order");
    }
    return { delta, words, levelOk };
  };

  const takenItems = new Set<OutlineItem>();
  const pass = (strict: boolean) => {
    for (const item of candidates) {
      const k = keyOf.get(item);
      if (!k || takenItems.has(item)) continue;
      // a plain line must name its section outright; a numbered run-in label nearly so
      const least = item.level === undefined ? OUTRIGHT : item.source === "run-in" ? RUN_IN_LEAST : ACCEPT;
      const scored: { s: PreparedSection; name: NameScore; score: number; evidence: string[] }[] = [];
      for (const s of sections) {
        if (taken.has(s.def.id)) continue;
        const name = nameScore(k.key, s, k.neutral, k.parts);
        if (!name || name.text < ACCEPT || name.text < least) continue;
        const ev = evidence(item, s);
        if (strict && !ev.levelOk) continue;
        scored.push({ s, name, score: name.text + ev.delta, evidence: ev.words });
      }
      if (!scored.length) continue;
      scored.sort((a, b) => b.score - a.score || a.s.order - b.s.order);
      const best = scored[0];
      if (best.score < ACCEPT) continue;
      // a combined heading: each part named outright by a sibling section ("机构设置及人员情况")
      const group = [best];
      if (best.name.text < 1 && k.parts.length >= 2) {
        const siblings = scored.filter(
          (x) => x.s.def.parent === best.s.def.parent && x.score >= ACCEPT && x.name.parts,
        );
        const byPart = k.parts.map(
          (_, i) =>
            siblings.filter((x) => x.name.parts![i] >= 0.9).sort((a, b) => b.name.parts![i] - a.name.parts![i])[0],
        );
        if (byPart.every(Boolean) && new Set(byPart.map((x) => x!.s)).size >= 2 && byPart.some((x) => x!.s === best.s))
          for (const x of byPart) if (!group.includes(x!)) group.push(x!);
      }
      const ids = group.map((g) => g.s.def.id);
      for (const g of group) {
        taken.set(g.s.def.id, {
          item,
          match: {
            key: k.key,
            via: g.name.via,
            words: g.name.words,
            text: round(g.name.text),
            score: round(g.score),
            ...(item.level !== undefined ? { level: item.level } : {}),
            ...(item.source ? { source: item.source } : {}),
            evidence: g.evidence,
            ...(group.length > 1 ? { with: ids.filter((x) => x !== g.s.def.id) } : {}),
          },
        });
      }
      takenItems.add(item);
    }
  };
  // first the headings whose level fits, then what is left at any level
  pass(true);
  pass(false);

  const results: SectionResult[] = sections.map(({ def }) => {
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

  // A section ends at the next heading of its level or higher in the document: a found section, or any numbered or
  // styled heading.
  const found = results.filter((r) => r.paragraph !== undefined).sort((a, b) => a.paragraph! - b.paragraph!);
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
  const headingParas = new Set([
    ...items.filter((i) => i.heading).map((i) => i.paragraph),
    ...[...taken.values()].map((t) => t.item.paragraph),
  ]);
  const boilerplate = compiled.boilerplate;
  for (const r of found) {
    const item = taken.get(r.id)!.item;
    if (
      !hasContent(doc, r.paragraph! + 1, r.end!, headingParas, profile, boilerplate) &&
      !meaningful(item.inlineContent ?? "", profile)
    )
      r.status = "empty";
  }

  const sectionAt = (paragraph: number): SectionResult | undefined => {
    let hit: SectionResult | undefined;
    for (const r of found)
      if (r.paragraph! <= paragraph && paragraph < r.end! && (!hit || r.paragraph! >= hit.paragraph!)) hit = r;
    return hit;
  };
  const top = leveled.reduce((m, p) => Math.min(m, rank(p)), 99);
  const topHeadings = leveled.filter((h) => rank(h) === top);
  return { items, sections: results, topHeadings, sectionAt };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Text that says something: not blank, not only template placeholders. */
export function meaningful(text: string, profile: Profile): boolean {
  let t = text;
  for (const r of profile.residue) t = t.split(r).join("");
  return /[\u4e00-\u9fa5A-Za-z0-9]{2,}/.test(t.replace(/[XxＸｘ×…_＿\s]+/g, ""));
}

/** What the template itself writes (table captions, headers, row labels, preset weights): not the author's content. */
export function templateText(profile: Profile): Set<string> {
  const out = new Set<string>([normalizeLabel(profile.template.placeholder)]);
  for (const t of profile.tables) {
    out.add(normalizeLabel(t.title));
    for (const c of t.template?.columns ?? []) out.add(normalizeLabel(c));
    for (const row of t.template?.rows ?? []) for (const c of row) out.add(normalizeLabel(c));
  }
  out.delete("");
  return out;
}

function hasContent(
  doc: DocModel,
  from: number,
  to: number,
  headings: Set<number>,
  profile: Profile,
  boilerplate: ReadonlySet<string>,
): boolean {
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
