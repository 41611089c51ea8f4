import { shiLabel, shiOrdinal, statedCounts, type ListedItems } from "../checks/counts";
import { finding, msg } from "../model/finding";
import type { Rule, RuleContext } from "./rule";
import type { DocParagraph } from "../model/model";
import { parseNumbering } from "../text/numbering";

const SHOWN_ITEMS = 6;

/** Bullets that open list items typed as text: ——, —, -, •, ·, ●, ■, ◆, ▪, ○, □. */
const BULLET = /^\s*(——|—|-|•|·|●|■|◆|▪|○|□)/;

const itemLabel = (p: DocParagraph) => p.text.trim().slice(0, 12);

/**
 * The list in the paragraphs after "下设 3 个二级单位：", counted as long as it runs on:
 * numbered alike from 1 ((1)(2)(3), 1.2.3.), one Word list, 一是 二是, or one bullet. Between
 * two numbered items an item's own explanation is passed over; a section heading, a heading
 * style, another table, or numbering of another kind at the same or a higher level ends it.
 * `headings`: the paragraphs of the profile's section headings.
 */
function listedAfter(ctx: RuleContext, headings: Set<number>, index: number): ListedItems | undefined {
  const paragraphs = ctx.doc.paragraphs;
  const first = paragraphs[index + 1];
  // a heading style or an outline level ends a list: the reader knows a custom style's level as
  // headingLevel, Word (the add-in) as the paragraph's effective outlineLevel
  const isHeading = (p: DocParagraph) => headings.has(p.index) || !!p.headingLevel || !!p.outlineLevel;
  if (!first || isHeading(first)) return undefined;
  const ends = (p: DocParagraph) => isHeading(p) || p.cell?.table !== first.cell?.table;
  const shown: string[] = [];
  const bullet = BULLET.exec(first.text)?.[1];
  if (shiOrdinal(first.text) === 1) return continuedByShi(ctx, index, 0);
  if (bullet) {
    for (
      let i = index + 1;
      i < paragraphs.length && !ends(paragraphs[i]) && BULLET.exec(paragraphs[i].text)?.[1] === bullet;
      i++
    )
      shown.push(itemLabel(paragraphs[i]));
  } else if (first.list) {
    const { numId, level } = first.list;
    for (let i = index + 1; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      if (ends(p)) break;
      if (!p.list) continue;
      if (p.list.numId !== numId || p.list.level < level) break;
      if (p.list.level === level) shown.push(itemLabel(p));
    }
  } else {
    const start = parseNumbering(first.text);
    if (!start || start.ordinal !== 1) return undefined;
    for (let i = index + 1; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      if (ends(p)) break;
      const n = parseNumbering(p.text);
      if (!n) continue;
      if (n.family !== start.family || n.variant !== start.variant) {
        if (n.level <= start.level) break;
        continue;
      }
      if (n.ordinal !== shown.length + 1) break;
      shown.push(itemLabel(p));
    }
  }
  return shown.length >= 2 ? { counts: [shown.length], shown } : undefined;
}

/** 一是…二是… going on in the paragraphs after `index`: each that opens with the next ordinal adds an item. */
function continuedByShi(ctx: RuleContext, index: number, already: number): ListedItems | undefined {
  let n = already;
  for (let i = index + 1; i < ctx.doc.paragraphs.length && shiOrdinal(ctx.doc.paragraphs[i].text) === n + 1; i++) n++;
  if (n < 2) return undefined;
  return { counts: [n], shown: Array.from({ length: n }, (_, i) => shiLabel(i + 1)), byOrdinalShi: true };
}

/** A count that the list right after it does not bear out: "下设 3 个科室：" then four names. */
export const countMismatch: Rule = {
  id: "count-mismatch",
  severity: "warning",
  description: msg(
    "说明的个数与随后列举的项目数不符（如“下设 3 个科室：”却列了 4 个）",
    "a stated count differs from the items listed after it (e.g. “3 offices:” and four names)",
  ),
  check(ctx) {
    // short numbered items look like headings; only the profile's section headings end a list
    const headings = new Set(ctx.outline.sections.flatMap((s) => (s.paragraph !== undefined ? [s.paragraph] : [])));
    const out = [];
    for (const p of ctx.doc.paragraphs) {
      if (p.toc) continue;
      for (const stated of statedCounts(p.text)) {
        let items = stated.items ?? (stated.listFollows ? listedAfter(ctx, headings, p.index) : undefined);
        // "三个问题：一是…；二是…。" with "三是…" in the next paragraph
        if (items?.byOrdinalShi && stated.items) items = continuedByShi(ctx, p.index, items.counts[0]);
        if (!items || items.counts.includes(stated.count)) continue;
        const shown = items.shown.slice(0, SHOWN_ITEMS).join("、") + (items.shown.length > SHOWN_ITEMS ? "……" : "");
        const listed = items.shown.length;
        out.push(
          finding(
            this,
            { paragraph: p.index },
            msg(
              `“${stated.phrase}”，但列举了 ${listed} 项：${shown}`,
              `“${stated.phrase}” states ${stated.count}, but ${listed} are listed: ${shown}`,
            ),
            {
              fix: msg(
                `核对数量：改为 ${listed}，或补全列举中缺少的项`,
                `check the count: write ${listed}, or complete the list`,
              ),
            },
          ),
        );
      }
    }
    return out;
  },
};
