// Numbered items followed level by level, as a reader follows the numbering, and the runs
// they form: what heading-sequence checks the numbers of. Also what a run suggests lost
// its number: a lone unnumbered paragraph inside it, or like lines right after it.
import type { DocModel, DocParagraph } from "../model/model";
import { parseNumbering } from "../text/numbering";
import type { OutlineItem } from "../reading/outline";

/** Hierarchy depth for sequencing: 第一部分 sits above 一、. */
export function sequenceDepth(item: OutlineItem): number {
  return item.numbering!.family === "part" ? 0 : item.numbering!.level;
}

/**
 * Walks the numbered items (circled ones aside) in order. `visit` gets each with the item
 * before it at its depth, if any: a new heading — numbered, or made with a style — starts
 * afresh what lies below it. Returns the runs: items in a row at one depth under one
 * parent, of one numbering family, a new run starting at each 1.
 */
export function walkLevels(
  items: readonly OutlineItem[],
  visit: (item: OutlineItem, prev: OutlineItem | undefined) => void,
): OutlineItem[][] {
  const last = new Map<number, OutlineItem>();
  const runs: OutlineItem[][] = [];
  const openRun = new Map<number, OutlineItem[]>();
  // what lies below a new heading starts afresh
  const closeBelow = (level: number) => {
    for (const m of [last, openRun]) for (const k of [...m.keys()]) if (k > level) m.delete(k);
  };
  for (const item of items) {
    const n = item.numbering;
    if (!n) {
      // a heading made with a style and no number still opens a new part
      if (item.heading && item.level !== undefined) closeBelow(item.level);
      continue;
    }
    if (n.family === "circled") continue;
    const d = sequenceDepth(item);
    closeBelow(d);
    visit(item, last.get(d));
    last.set(d, item);
    let run = openRun.get(d);
    if (!run || run[0].numbering!.family !== n.family || n.ordinal === 1) {
      run = [];
      runs.push(run);
      openRun.set(d, run);
    }
    run.push(item);
  }
  return runs;
}

/**
 * A list of sentences (four items or more, no headings) whose items follow each other
 * directly, except one gap holding one paragraph: that paragraph most likely lost its
 * number. Returns it with the item before it, or undefined.
 */
export function lostNumberInRun(
  doc: DocModel,
  run: readonly OutlineItem[],
): { paragraph: DocParagraph; after: OutlineItem } | undefined {
  if (run.length < 4 || run.some((i) => i.heading)) return undefined;
  const gaps = run.slice(1).map((item, k) => {
    const from = run[k].paragraph + 1;
    return doc.paragraphs.slice(from, item.paragraph).filter((p) => p.text.trim() && !p.cell);
  });
  const filled = gaps.map((g, k) => ({ g, k })).filter(({ g }) => g.length > 0);
  if (filled.length !== 1 || filled[0].g.length !== 1) return undefined;
  const { g, k } = filled[0];
  return { paragraph: g[0], after: run[k] };
}

/**
 * Whether a line is of the list's kind: it ends on words (two characters or more) that at
 * least half the list's items (three or more) end on — 决算表 for a list of 决算 tables,
 * though some of them are a 决算总表 or a 决算明细表.
 */
function sameKind(line: string, titles: string[]): boolean {
  for (let len = Math.min(8, line.length); len >= 2; len--) {
    const end = line.slice(-len);
    if ((end.match(/[\u4e00-\u9fa5]/g)?.length ?? 0) < 2) continue;
    const alike = titles.filter((t) => t.endsWith(end)).length;
    if (alike >= 3 && alike * 2 >= titles.length) return true;
  }
  return false;
}

/** Lines after a list that lost their numbers, at most this many. */
export const MAX_TAIL = 3;

/**
 * The lines after a numbered list of like items (一、收入决算表 … 七、“三公”经费支出决算表),
 * of the same kind and without a number, before the next part (a numbered heading of a
 * higher rank) or the end of the document: lines that lost their numbers (八、九、). The
 * kind is the ending most items share (决算表, 情况说明): without one, an unnumbered line
 * after a list is ordinary text. Empty when there are none, or more than MAX_TAIL.
 */
export function unnumberedTail(doc: DocModel, run: readonly OutlineItem[]): DocParagraph[] {
  if (run.length < 3) return [];
  const titles = run.map((i) => i.title);
  const last = run[run.length - 1];
  const tail: DocParagraph[] = [];
  let i = last.paragraph + 1;
  for (; i < doc.paragraphs.length && tail.length <= MAX_TAIL; i++) {
    const p = doc.paragraphs[i];
    const text = p.text.trim();
    if (!text) continue;
    if (
      p.cell ||
      p.list?.label ||
      parseNumbering(text) ||
      text.length > 40 ||
      /[。；;]/.test(text) ||
      !sameKind(text, titles)
    )
      break;
    tail.push(p);
  }
  if (!tail.length || tail.length > MAX_TAIL) return [];
  // the next line opens another part (a numbered heading of a higher rank), or the document ends
  const next = doc.paragraphs.slice(i).find((p) => p.text.trim());
  const nextNumbering = next ? parseNumbering(next.text.trim()) : undefined;
  if (next && !(nextNumbering && (nextNumbering.family === "part" || nextNumbering.level < last.numbering!.level)))
    return [];
  return tail;
}
