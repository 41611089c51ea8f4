// Changes on last year stated in a sentence — "收入 792.22 万元，同比上年度增加 189.25 万元，
// 增长 31.39%" — with the figure they change, so the rate can be recomputed: last year's
// figure is this year's less the increase (plus the decrease), and the rate is the change
// over last year's. A list form pairs figures in order: "收入总计 A，支出总计 B，与上年相比，
// 收入、支出总计各增加 C、D，增长 E、F". Only what the sentence makes unambiguous is read:
// every change and rate written out, as many as the figures, and nothing else between.
import { findQuantities, type Quantity } from "../text/numbers";
import { normalizeLabel, toHalfWidth } from "../text/text";

export interface StatedGrowth {
  /** This year's figure. */
  current: Quantity;
  /** The change on last year, as written (positive). */
  change: Quantity;
  direction: "up" | "down";
  /** The rate stated for the change. */
  rate: Quantity;
}

/** The figure is compared with last year's (or a named earlier year's). */
const AGAINST_LAST_YEAR = /上年|上一年|去年|同期|同比|较\d{4}年|比\d{4}年|与\d{4}年(?:度)?相比|较\d{4}年(?:度)?/;
const LAST_YEAR = /上年|上一年|去年|同期/;
/** The words of a change, up and down: one list for the change, its rate and the words around them. */
const RISE = "增加|增长|上升|提高";
const FALL = "减少|下降|降低|减低";
const UP = new RegExp(`(?:${RISE})了?$`);
const DOWN = new RegExp(`(?:${FALL})了?$`);
/** "各增加 C、D": a change for each of the figures before. */
const EACH = new RegExp(`各(?:自)?(?:${RISE}|${FALL})了?\\s*$`);
const CHANGE_WORD_END = new RegExp(`(?:${RISE}|${FALL})了?\\s*$`);
/** Between a change and its rate: "，增长" "，同比下降" "，增幅为" — the rate's word must agree with the change's. */
const RATE_LEAD = new RegExp(
  `^[\\s，,]*(?:同比)?(?:(${RISE})|(${FALL}))(?:了|幅度为|幅度|率为|率)?(?:为|约)?[\\s:：]*$`,
);
const FALL_LEAD = /^[\s，,]*(?:同比)?(增幅|降幅)(?:为|达|约)?[\s:：]*$/;
/** A list of figures: only 、 or 和 (and spaces) between them. */
const LIST_GAP = /^\s*(?:、|和|及|与)\s*$/;
const SENTENCE_END = /[。！!？?；;\n]/;

/** The n figures after `from` that form a list (separated by 、), all of `kind`; undefined if fewer. */
function listAt(t: string, qs: Quantity[], from: number, n: number, kind: Quantity["kind"]): Quantity[] | undefined {
  const out = qs.slice(from, from + n);
  if (out.length !== n || out.some((q) => q.kind !== kind)) return undefined;
  for (let k = 1; k < n; k++) if (!LIST_GAP.test(t.slice(out[k - 1].end, out[k].start))) return undefined;
  return out;
}

/** Every change on last year a paragraph states with its figure and rate. */
export function statedGrowth(text: string): StatedGrowth[] {
  if (!/[增减下上降提]/.test(text) || !text.includes("%")) return [];
  const t = toHalfWidth(text);
  const qs = findQuantities(t, true);
  const out: StatedGrowth[] = [];
  for (let i = 1; i < qs.length; i++) {
    const found = growthAt(t, qs, i);
    if (!found) continue;
    out.push(...found);
    // past the changes and their rates
    i += 2 * found.length - 1;
  }
  return out;
}

/** The changes that start at qs[i], each with its figure and rate; undefined unless the sentence says all of it. */
function growthAt(t: string, qs: Quantity[], i: number): StatedGrowth[] | undefined {
  if (qs[i].kind !== "money") return undefined;
  const lead = t.slice(qs[i - 1].end, qs[i].start);
  const direction = changeDirection(lead);
  if (!direction) return undefined;
  const n = changeCount(t, qs, i, lead);
  if (n === 0) return undefined;
  const changes = qs.slice(i, i + n);
  const currents = changedFigures(t, qs, i, n);
  if (!currents) return undefined;
  if (n === 1 && namesAnotherFigure(lead, currents[0])) return undefined;
  if (rateDirection(t.slice(changes[n - 1].end, qs[i + n]?.start ?? t.length)) !== direction) return undefined;
  const rates = listAt(t, qs, i + n, n, "percent");
  if (!rates) return undefined;
  return changes.map((change, k) => ({ current: currents[k], change, direction, rate: rates[k] }));
}

/** The direction of a change on last year the words before a figure announce, in its figure's sentence. */
function changeDirection(lead: string): StatedGrowth["direction"] | undefined {
  const direction = UP.test(lead.trimEnd()) ? "up" : DOWN.test(lead.trimEnd()) ? "down" : undefined;
  if (!direction || !AGAINST_LAST_YEAR.test(lead)) return undefined;
  // the change opens the sentence after its figure's ("…792.22万元。同比上年度增加…") or follows it in the same one
  const ends = [...lead.matchAll(new RegExp(SENTENCE_END.source, "g"))];
  if (
    ends.length > 1 ||
    (ends.length === 1 &&
      (lead.slice(0, ends[0].index).trim() || !/^\s*(?:同比|比|较|与)/.test(lead.slice(ends[0].index! + 1))))
  )
    return undefined;
  return direction;
}

/** How many changes start at qs[i]: one, or "各增加 C、D" as many as figures before, listed in order; 0 for neither. */
function changeCount(t: string, qs: Quantity[], i: number, lead: string): number {
  if (!EACH.test(lead.trimEnd())) return 1;
  // the changes as a list of money figures
  let n = 1;
  while (i + n < qs.length && LIST_GAP.test(t.slice(qs[i + n - 1].end, qs[i + n].start)) && qs[i + n].kind === "money")
    n++;
  return n < 2 ? 0 : n;
}

/** The figures changed: the n money figures right before the changes, alone in their sentence, of this year. */
function changedFigures(t: string, qs: Quantity[], i: number, n: number): Quantity[] | undefined {
  const currents = qs.slice(i - n, i);
  if (currents.length !== n || currents.some((q) => q.kind !== "money")) return undefined;
  // ...and no other money figure earlier in their sentence (to the full stop: a 其中 list runs over ；): "收入 500
  // 万元，其中财政拨款 450 万元，比上年增加 50 万元" does not say which of the two grew
  const sentenceStart = Math.max(
    ...[...t.slice(0, currents[0].start).matchAll(/[。！!？?\n]/g)].map((m) => m.index! + 1),
    0,
  );
  if (qs.some((q) => q.kind === "money" && q.start >= sentenceStart && q.end <= currents[0].start)) return undefined;
  // a figure of last year is not the one that changed: "上年决算数 450 万元，本年比上年增加 50 万元"
  if (currents.some((q) => LAST_YEAR.test(q.label))) return undefined;
  return currents;
}

/** A change that names what changed ("与上年相比，支出总计增加") changes that figure, not another. */
function namesAnotherFigure(lead: string, current: Quantity): boolean {
  const subject = normalizeLabel(
    lead
      .split(/[，,。]/)
      .pop()!
      .replace(new RegExp(AGAINST_LAST_YEAR.source, "g"), "")
      .replace(CHANGE_WORD_END, ""),
  ).replace(/^(?:度|本年度?|年度|全年|相比|比|较|与|的)+/, "");
  return /[\u4e00-\u9fa5]{2}/.test(subject) && !normalizeLabel(current.label).includes(subject);
}

/** The direction the words between the last change and the rates give the rate ("，增长" "，降幅为"). */
function rateDirection(rateLead: string): StatedGrowth["direction"] | undefined {
  const word = RATE_LEAD.exec(rateLead);
  const fall = FALL_LEAD.exec(rateLead);
  return word ? (word[1] ? "up" : "down") : fall ? (fall[1] === "增幅" ? "up" : "down") : undefined;
}
