// Shares stated in a sentence — "支出合计 500 万元，其中基本支出 300 万元，占 60%" — with the
// part and the whole they are a share of, so the percentage can be recomputed. Only what a
// sentence makes unambiguous is read: the part is the figure just before "占", the whole
// is named after "占" ("占总支出 500 万元的 60%", "占全年预算的 96%") or is the figure the
// "其中" hangs from. When the whole is not found in the same paragraph nothing is read:
// a guessed denominator would make false findings.
import { findQuantities, type Quantity, type UnitKind } from "../text/numbers";
import { normalizeLabel, toHalfWidth } from "../text/text";

export interface StatedShare {
  part: Quantity;
  whole: Quantity;
  share: Quantity;
}

/** Units that can be compared as part and whole: money with money, heads with counts. */
const FAMILY: Partial<Record<UnitKind, string>> = { money: "money", person: "count", count: "count", area: "area" };

/** The end of a sentence: an unnamed whole ("其中") is looked for within the part's sentence only. */
const SENTENCE_END = /[。！!？?\n]/;

/**
 * The text between the part and "…%": "，占" "，占比" "，约占总支出的" "占全年预算的比重为". The
 * name (总支出, 全年预算) is what the whole is called, "" when unnamed. "分别占" is a list
 * of shares for a list of parts, not read.
 */
const SHARE_LEAD =
  /^[\s，,]*(?:约|共|仅|只|已|累计)?占(?:比|比重|比例)?([^，,、；;。的\d]{0,12}?)的?(?:比重|比例)?(?:为|达|约|是)?[\s:：]*$/;

/** Between a named whole and its share: "占总支出 500 万元的 60%". */
const OF_WHOLE = /^\s*的?(?:比重|比例)?(?:为|达|约|是)?[\s:：]*$/;

/** Words that make a figure a total another is a share of. */
const TOTAL_WORDS = /合计|总|全年|全部|共计/;

function sameFamily(a: Quantity, b: Quantity): boolean {
  const fa = FAMILY[a.kind];
  return fa !== undefined && fa === FAMILY[b.kind];
}

/** The core of a name: 总支出 → 支出, 支出总额 → 支出, 全年预算数 → 全年预算. */
function core(name: string): string {
  return name.replace(/^(?:总|全部)/, "").replace(/(?:总额|总数|合计|总计|数)$/, "");
}

/** Whether the figure is a total: named as one, or followed by the "其中" that lists its parts. */
function isTotal(t: string, qs: Quantity[], j: number): boolean {
  const next = j + 1 < qs.length ? qs[j + 1].start : t.length;
  return TOTAL_WORDS.test(qs[j].label) || t.slice(qs[j].end, next).includes("其中");
}

/**
 * The whole an unnamed share is of: in the part's sentence, the nearest earlier figure of its family that a "其中"
 * follows.
 */
function wholeOfQizhong(t: string, qs: Quantity[], partIndex: number): Quantity | undefined {
  const part = qs[partIndex];
  for (let j = partIndex - 1; j >= 0; j--) {
    const between = t.slice(qs[j].end, part.start);
    if (SENTENCE_END.test(between)) return undefined;
    if (sameFamily(qs[j], part) && between.includes("其中")) return qs[j];
  }
  return undefined;
}

/**
 * The whole a named share is of, among the earlier figures of the part's family: the
 * nearest whose label holds the whole name; else the nearest total whose label holds its
 * core ("占总支出的" → "支出合计 500 万元", not the sibling "基本支出 300 万元").
 */
function wholeByName(t: string, qs: Quantity[], partIndex: number, name: string): Quantity | undefined {
  const part = qs[partIndex];
  const full = normalizeLabel(name);
  const want = core(full);
  if (want.length < 2) return undefined;
  const earlier = qs.slice(0, partIndex).map((q, j) => ({ q, j, label: normalizeLabel(q.label) }));
  earlier.reverse();
  const candidates = earlier.filter((c) => sameFamily(c.q, part));
  return (
    candidates.find((c) => c.label.includes(full)) ??
    candidates.find((c) => c.label.includes(want) && isTotal(t, qs, c.j))
  )?.q;
}

export function statedShares(text: string): StatedShare[] {
  if (!text.includes("占")) return [];
  const t = toHalfWidth(text);
  const qs = findQuantities(t, true);
  const out: StatedShare[] = [];
  for (let i = 1; i < qs.length; i++) {
    const share = qs[i];
    if (share.kind !== "percent") continue;
    const lead = t.slice(qs[i - 1].end, share.start);
    const named = SHARE_LEAD.exec(lead);
    if (named) {
      if (!FAMILY[qs[i - 1].kind]) continue;
      const name = named[1].trim();
      const whole = name ? wholeByName(t, qs, i - 1, name) : wholeOfQizhong(t, qs, i - 1);
      if (whole) out.push({ part: qs[i - 1], whole, share });
      continue;
    }
    // "基本支出 300 万元，占总支出 500 万元的 60%": the whole stands between the part and the share
    if (i >= 2 && OF_WHOLE.test(lead)) {
      const part = qs[i - 2];
      const whole = qs[i - 1];
      const between = t.slice(part.end, whole.start);
      if (sameFamily(part, whole) && /^[\s，,]*(?:约|共|仅|只|已|累计)?占/.test(between) && !SENTENCE_END.test(between))
        out.push({ part, whole, share });
    }
  }
  return out;
}
