// Lists typed inside one paragraph or cell ("…协调。2.维护…。3.收集…"): their numbers, in order.
import { toHalfWidth } from "../text/text";

/** An item numbered inside running text, from 1.: after a sentence end, before words or an opening quote or bracket. */
const INLINE_ITEM = /(?:^|[。；;！？!?])\s*(\d{1,2})\s*[.．、](?![\d０-９])(?=\s*[\u4e00-\u9fff“（(])/g;

/**
 * The numbers of each list typed inside the text, in order: a colon opens a new list
 * ("…；2.完善制度。下一步措施：1.强化…"), and a list, not a stray number, has three
 * items or more and counts from 1.
 */
export function inlineLists(text: string): number[][] {
  const lists: number[][] = [];
  for (const segment of toHalfWidth(text).split(/[:：]/)) {
    const ordinals = [...segment.matchAll(INLINE_ITEM)].map((m) => Number(m[1]));
    if (ordinals.length >= 3 && ordinals[0] === 1) lists.push(ordinals);
  }
  return lists;
}
