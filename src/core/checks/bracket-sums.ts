// A figure followed by its breakdown in brackets: "在职人员 18 人（公务员 12 人，机关工人 2 人，
// 事业人员 5 人）", "局本级 187 人（在职在编 139 人、退休人员 8 人、协管员 40 人）". The brackets
// list what the figure is made of, so the parts should add up to it — unless the wording
// says the list is partial (其中, 含, 主要, 等) or compares (增, 减, 较上年 …), which is left alone.
import type { DocModel } from "../model/model";
import { allWhole, findQuantities, intervalOf, intervalsMeet, sumIntervals, type Quantity } from "../text/numbers";
import { toHalfWidth } from "../text/text";

export interface BracketSum {
  paragraph: number;
  total: Quantity;
  parts: Quantity[];
  holds: boolean;
}

/** Words inside the brackets that make the list partial or a comparison, not a breakdown. */
const NOT_A_BREAKDOWN =
  /其中|含|包括|主要|例如|如|等|约|增|减|较|比|同比|上年|去年|占|平均|累计|人次|每|合计|总计|共|已|办结|完成|受理|按期|全部/;

const BRACKETS = /[（(]([^（）()]*)[）)]/g;

/**
 * Every bracketed breakdown of the figure just before the brackets, with whether it adds up (rounding as in
 * docs/domain.md
 * §6).
 */
export function bracketSums(doc: DocModel): BracketSum[] {
  const out: BracketSum[] = [];
  for (const p of doc.paragraphs) {
    if (p.toc || (!p.text.includes("（") && !p.text.includes("("))) continue;
    const text = toHalfWidth(p.text);
    const quantities = findQuantities(text, true);
    for (const m of text.matchAll(BRACKETS)) {
      const open = m.index;
      const inner = m[1];
      if (NOT_A_BREAKDOWN.test(inner)) continue;
      // the figure the brackets hang from ends right before them
      const total = quantities.find((q) => q.end <= open && /^\s*$/.test(text.slice(q.end, open)) && q.unit);
      // head counts: a staff figure's brackets list who it is made of; amounts and counts of things in brackets are
      // more often a few examples than the whole (固定资产 500 万元（房屋 300 万元、车辆 50 万元）)
      if (!total || total.kind !== "person") continue;
      const close = open + m[0].length;
      const parts = quantities.filter((q) => q.start > open && q.end < close && q.kind === total.kind && q.unit);
      // one unit throughout: 人 and 名 alike, not a count of things slipped in
      if (parts.some((q) => q.scale !== total.scale)) continue;
      // a breakdown has two parts or more, each with its own label
      if (parts.length < 2 || parts.some((q) => !q.label)) continue;
      const scale = (q: Quantity) =>
        intervalOf(q.value, q.decimals, q.scale, allWhole([total, ...parts]) && q.kind !== "money");
      out.push({
        paragraph: p.index,
        total,
        parts,
        holds: intervalsMeet(scale(total), sumIntervals(parts.map(scale))),
      });
    }
  }
  return out;
}
