// A count a sentence states and then lists — "内设机构 5 个：办公室、综合股、…",
// "主要存在以下三个问题：一是…；二是…；三是…", "下设 3 个二级单位：" followed by (1)…(3) —
// read so that the number can be compared with what is listed (docs/domain.md §6: "下设 10 个
// 单位" then 9 names). Only a list the sentence introduces outright (a colon, 分别是, 即,
// 包括, 如下) is read: "下设 3 个科室，负责…" lists duties, not the 科室.
import { parseChineseNumeral, toHalfWidth } from "../text/text";

export interface StatedCount {
  count: number;
  /** The words that state it, as written: "内设机构 5 个", "三个问题". */
  phrase: string;
  /** Items listed in the same paragraph (by 、 or ；, or numbered ① (1) 1) 一是), when there are. */
  items?: ListedItems;
  /** The paragraph ends with the introducer: the list is in the paragraphs that follow. */
  listFollows: boolean;
}

export interface ListedItems {
  /**
   * Every count the list can be read as: "A、B和C" is two or three items (和 may be part of
   * a name); "A、B；C" is three by 、 and two by ；. A stated count is borne out by any of them.
   */
  counts: number[];
  /** The items of the first reading as written, for the message. */
  shown: string[];
  /** Listed as 一是…二是…: the next paragraphs may go on (三是…). */
  byOrdinalShi?: boolean;
}

/** The ordinal of a paragraph or clause that opens with 一是 / 二是 …, or undefined. */
export function shiOrdinal(text: string): number | undefined {
  const m = /^\s*([一二三四五六七八九十]{1,2})是/.exec(text);
  return m ? parseChineseNumeral(m[1]) : undefined;
}

export const shiLabel = (n: number) => `${n <= 10 ? "一二三四五六七八九十"[n - 1] : n}是`;

// not the end of a longer number, and not an ordinal (第三个问题)
const NUMBER = "(?<![第0-9.])([0-9]{1,3}|[一二两三四五六七八九十]{1,3})";
const MEASURE = "(?:个|家|项|所|点|条|类)";
/** What is counted: organisational units, projects, tasks, problems, measures. */
const NOUN =
  "(?:内设机构|机构|科室|股室|处室|单位|部门|中心|站所|项目|工作|任务|职责|职能|方面|问题|措施|建议|举措|指标|标准|部分|要素|环节|阶段|层次|内容)";
/** How a list is introduced after the count. */
const INTRODUCER = "(?:[：:]|[，,]?\\s*(?:分别(?:是|为)|具体(?:是|为|包括)|即|包括|如下)\\s*[：:]?)";

// "内设机构 5 个：" / "下设 3 个二级单位，分别为" / "存在以下三个方面的问题："
const NUMBER_FIRST = new RegExp(`${NUMBER}\\s*${MEASURE}([^，,。；;：:\\d]{0,10}?${NOUN})\\s*${INTRODUCER}`, "g");
const NOUN_FIRST = new RegExp(`(${NOUN})\\s*(?:共|共计|合计)?\\s*${NUMBER}\\s*${MEASURE}\\s*${INTRODUCER}`, "g");

function numberOf(s: string): number {
  return /^[0-9]/.test(s) ? Number(s) : parseChineseNumeral(s);
}

/** Splits at separators outside brackets and quotes: "县信访服务中心（含接待、督查）" is one item. */
function splitOutside(text: string, separators: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "（" || c === "《" || c === "“") depth++;
    else if ((c === ")" || c === "）" || c === "》" || c === "”") && depth > 0) depth--;
    else if (separators.includes(c) && depth === 0) {
      items.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  items.push(text.slice(from).trim());
  return items;
}

/** Markers that number items inside a sentence: ①②③, （1）（2）, 1）2）, 一是 二是. */
const INLINE_MARKERS: { re: RegExp; ordinal: (m: RegExpExecArray) => number; label: (n: number) => string }[] = [
  { re: /[①-⑳]/g, ordinal: (m) => m[0].charCodeAt(0) - 0x2460 + 1, label: (n) => String.fromCharCode(0x2460 + n - 1) },
  { re: /[(（]([0-9]{1,2})[)）]/g, ordinal: (m) => Number(m[1]), label: (n) => `(${n})` },
  { re: /(?<![0-9.])([0-9]{1,2})[)）]/g, ordinal: (m) => Number(m[1]), label: (n) => `${n})` },
  { re: /([一二三四五六七八九十]{1,2})是/g, ordinal: (m) => parseChineseNumeral(m[1]), label: shiLabel },
];

/**
 * Items numbered inside the rest of the paragraph, from 1 on as long as the ordinals run on.
 * The first must open the list ("三个问题：一是…"): numbering further on belongs to something else.
 */
function listedByMarkers(rest: string): ListedItems | undefined {
  const opening = rest.length - rest.trimStart().length;
  for (const [k, marker] of INLINE_MARKERS.entries()) {
    const matches = [...rest.matchAll(marker.re)];
    if (matches[0]?.index !== opening) continue;
    const ordinals = matches.map(marker.ordinal);
    if (ordinals[0] !== 1) continue;
    let n = 1;
    while (n < ordinals.length && ordinals[n] === n + 1) n++;
    if (n < 2) continue;
    const shown = Array.from({ length: n }, (_, i) => marker.label(i + 1));
    return { counts: [n], shown, ...(k === INLINE_MARKERS.length - 1 ? { byOrdinalShi: true } : {}) };
  }
  return undefined;
}

/**
 * Items written out in the sentence: by 、 within the first clause ("…、复查复核股，编制 20 名"
 * stops at the comma), and by ； up to the end of the sentence ("包括：A；B；C。").
 */
function listedBySeparators(rest: string): ListedItems | undefined {
  const sentence = rest.split(/[。！!？?]/)[0];
  const byComma = splitOutside(splitOutside(sentence, "；;，,")[0], "、");
  const bySemicolon = splitOutside(sentence, "；;").filter((x) => x);
  const readings: { counts: number[]; shown: string[] }[] = [];
  if (byComma.length >= 2 && byComma.every((x) => x)) {
    const lastJoins = /[和及与]|以及/.test(byComma[byComma.length - 1]);
    readings.push({ counts: lastJoins ? [byComma.length, byComma.length + 1] : [byComma.length], shown: byComma });
  }
  if (bySemicolon.length >= 2) readings.push({ counts: [bySemicolon.length], shown: bySemicolon });
  if (!readings.length) return undefined;
  return { counts: readings.flatMap((r) => r.counts), shown: readings[0].shown };
}

export function statedCounts(text: string): StatedCount[] {
  if (!/[:：]|分别|具体|即|包括|如下/.test(text)) return [];
  const t = toHalfWidth(text);
  const out: StatedCount[] = [];
  // one statement may match both ways ("内设机构 5 个科室："): it is read once, by where it ends
  const seen = new Set<number>();
  for (const [re, numberGroup] of [
    [NUMBER_FIRST, 1],
    [NOUN_FIRST, 2],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const end = m.index + m[0].length;
      if (seen.has(end)) continue;
      seen.add(end);
      const count = numberOf(m[numberGroup]);
      if (!(count >= 2) || count > 200) continue;
      const phrase = m[0].replace(new RegExp(`${INTRODUCER}$`), "").trim();
      const rest = t.slice(end);
      if (!rest.trim()) {
        out.push({ count, phrase, listFollows: true });
        continue;
      }
      const items = listedByMarkers(rest) ?? listedBySeparators(rest);
      if (items) out.push({ count, phrase, items, listFollows: false });
    }
  }
  return out;
}
