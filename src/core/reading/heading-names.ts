// How well a heading names a section of the profile: the heading and the section's names
// compared as match keys (subject words and punctuation out), by alias, by families of
// topic words covering the heading (part by part for a combined heading), or by a group of
// key terms — never by exact string alone.
import { MAX_HEADING_CHARS } from "./outline-items";
import type { SectionMatch } from "./outline";
import type { Profile, SectionDef } from "../profile/profile";
import { normalizeLabel } from "../text/text";

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

/** The characters of a key that say nothing about what the heading is about (1), the rest (0). */
export function neutralMask(key: string): Uint8Array {
  const m = new Uint8Array(key.length);
  for (const x of key.matchAll(NEUTRAL)) m.fill(1, x.index!, x.index! + x[0].length);
  const unit = UNIT_NAME_LEAD.exec(key);
  if (unit) m.fill(1, 0, unit[0].length);
  return m;
}

/** The parts of a heading between its joiners, as [from, to) ranges; one part when there is no joiner. */
export function partsOf(key: string): [number, number][] {
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

export interface NameScore {
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
export function nameScore(
  key: string,
  s: PreparedSection,
  neutral: Uint8Array,
  parts: [number, number][],
): NameScore | undefined {
  if (!key) return undefined;
  const alias = aliasScore(key, s, parts);
  if (alias?.text === 1) return alias;
  let best = topicScore(key, s, neutral, parts, alias);
  if ((!best || best.text < 0.6) && key.length <= MAX_HEADING_CHARS) {
    const g = s.keywords.find((group) => group.every((t) => key.includes(t)));
    if (g) best = { text: 0.6, via: "keywords", words: g };
  }
  return best;
}

/** The best alias match: word for word (1), or one containing the other, by length ratio. */
function aliasScore(key: string, s: PreparedSection, parts: [number, number][]): NameScore | undefined {
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
  return best;
}

/**
 * The topic match over `best` (the alias match so far): every family of topic words in the heading, covering enough of
 * it; a weaker topic match still lends `best` its coverage by part.
 */
function topicScore(
  key: string,
  s: PreparedSection,
  neutral: Uint8Array,
  parts: [number, number][],
  best: NameScore | undefined,
): NameScore | undefined {
  if (!s.topics.length) return best;
  const mask = new Uint8Array(key.length);
  const words: string[] = [];
  for (const family of s.topics) {
    let hit = false;
    for (const t of family) {
      for (let i = key.indexOf(t); i >= 0; i = key.indexOf(t, i + 1)) {
        mask.fill(1, i, i + t.length);
        if (!hit || !words.includes(t)) words.push(t);
        hit = true;
      }
    }
    if (!hit) return best;
  }
  const whole = coverage(mask, neutral, 0, key.length);
  const byPart = parts.map(([a, b]) => coverage(mask, neutral, a, b));
  const cov = Math.max(whole, 0.8 * byPart.reduce((m, x) => Math.max(m, x), 0));
  if (cov < MIN_COVERAGE) return best;
  // an alias word for word (1) is surer than topic words covering the heading (at most 0.98)
  const text = 0.6 + 0.38 * cov;
  if (!best || text > best.text)
    return { text, via: "topic", words: [...new Set(words)], parts: byPart, coverage: whole };
  return { ...best, parts: byPart, coverage: whole };
}
