import { finding, msg } from "../model/finding";
import type { Rule } from "./rule";

/**
 * Sections that appear out of the profile's order. The longest run of sections already
 * in order is taken as right, so one moved section gives one finding, not many.
 */
export const sectionOrder: Rule = {
  id: "section-order",
  severity: "warning",
  description: msg("章节顺序与模板不一致", "sections are out of the profile's order"),
  check({ outline }) {
    const order = new Map(outline.sections.map((s, i) => [s.id, i]));
    const found = outline.sections.filter((s) => s.paragraph !== undefined).sort((a, b) => a.paragraph! - b.paragraph!);
    // longest increasing subsequence of profile order, O(n log n)
    const tails: number[] = [];
    const prev: number[] = new Array(found.length).fill(-1);
    const tailIdx: number[] = [];
    found.forEach((s, i) => {
      const v = order.get(s.id)!;
      let lo = 0;
      let hi = tails.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tails[mid] < v) lo = mid + 1;
        else hi = mid;
      }
      tails[lo] = v;
      tailIdx[lo] = i;
      prev[i] = lo > 0 ? tailIdx[lo - 1] : -1;
    });
    const keep = new Set<number>();
    for (let i = tails.length ? tailIdx[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
    const kept = found.filter((_, i) => keep.has(i));
    return found
      .filter((_, i) => !keep.has(i))
      .map((s) => {
        const v = order.get(s.id)!;
        // the in-order section it should follow: the one just before it in profile order
        const anchor = kept.filter((k) => order.get(k.id)! < v).pop();
        const where = anchor
          ? msg(`应在“${anchor.title}”之后`, `it belongs after "${anchor.title}"`)
          : msg(`应在“${kept[0]?.title ?? ""}”之前`, `it belongs before "${kept[0]?.title ?? ""}"`);
        return finding(
          this,
          { paragraph: s.paragraph },
          msg(
            `章节“${s.title}”的位置不符合模板顺序，${where["zh-CN"]}`,
            `section "${s.title}" is out of order: ${where["en-US"]}`,
          ),
          { fix: msg(`移动章节“${s.title}”：${where["zh-CN"]}`, `move "${s.title}": ${where["en-US"]}`) },
        );
      });
  },
};
