import { finding, msg, type Finding, type Rule } from "../finding";
import type { NumberingFamily } from "../numbering";
import type { OutlineItem } from "../outline";
import { formatChineseNumeral } from "../text";

/** Hierarchy depth for sequencing: 第一部分 sits above 一、. */
function depth(item: OutlineItem): number {
  return item.numbering!.family === "part" ? 0 : item.numbering!.level;
}

function label(family: NumberingFamily, n: number): string {
  switch (family) {
    case "cn":
      return `${formatChineseNumeral(n)}、`;
    case "cn-paren":
      return `（${formatChineseNumeral(n)}）`;
    case "arabic":
      return `${n}.`;
    case "arabic-paren":
      return `（${n}）`;
    case "part":
      return `第${formatChineseNumeral(n)}部分`;
    default:
      return String(n);
  }
}

/**
 * Numbering that skips, repeats or runs backwards at a level (一、二、四；4. twice), a list
 * whose run is broken by one unnumbered paragraph, and numbering written in mixed styles
 * at one level (1. beside 2、, (一) beside （一）).
 */
export const headingSequence: Rule = {
  id: "heading-sequence",
  severity: "warning",
  description: msg("标题或列表编号跳号、重号、格式不统一", "heading or list numbering skips, repeats or mixes styles"),
  check({ outline, doc }) {
    const out: Finding[] = [];
    const numbered = outline.items.filter((i) => i.numbering && i.numbering.family !== "circled");
    const last = new Map<number, OutlineItem>();
    // runs of same-level items under one parent, for spotting a broken list
    const runs: OutlineItem[][] = [];
    const openRun = new Map<number, OutlineItem[]>();
    // what lies below a new heading starts afresh
    const closeBelow = (level: number) => {
      for (const m of [last, openRun]) for (const k of [...m.keys()]) if (k > level) m.delete(k);
    };
    for (const item of outline.items) {
      if (!item.numbering) {
        // a heading made with a style and no number still opens a new part
        if (item.heading && item.level !== undefined) closeBelow(item.level);
        continue;
      }
      if (item.numbering.family === "circled") continue;
      const d = depth(item);
      closeBelow(d);
      const n = item.numbering!;
      const prev = last.get(d);
      const at = { paragraph: item.paragraph };
      if (prev && prev.numbering!.family === n.family) {
        const p = prev.numbering!.ordinal;
        if (n.ordinal === p) out.push(finding(this, at, msg(`编号“${label(n.family, n.ordinal)}”重复`, `numbering "${label(n.family, n.ordinal)}" repeats`)));
        else if (n.ordinal > p + 1)
          out.push(
            finding(
              this,
              at,
              msg(
                `编号跳号：“${label(n.family, p)}”之后是“${label(n.family, n.ordinal)}”，缺少“${label(n.family, p + 1)}”`,
                `numbering skips: "${label(n.family, n.ordinal)}" follows "${label(n.family, p)}" ("${label(n.family, p + 1)}" is missing)`,
              ),
            ),
          );
        else if (n.ordinal < p && n.ordinal !== 1)
          out.push(
            finding(
              this,
              at,
              msg(
                `编号顺序颠倒：“${label(n.family, p)}”之后是“${label(n.family, n.ordinal)}”`,
                `numbering runs backwards: "${label(n.family, n.ordinal)}" follows "${label(n.family, p)}"`,
              ),
            ),
          );
      } else if (!prev && n.ordinal > 1 && d <= 2) {
        out.push(
          finding(
            this,
            at,
            msg(
              `编号从“${label(n.family, n.ordinal)}”开始，缺少“${label(n.family, 1)}”`,
              `numbering starts at "${label(n.family, n.ordinal)}": "${label(n.family, 1)}" is missing`,
            ),
          ),
        );
      }
      last.set(d, item);
      let run = openRun.get(d);
      if (!run || run[0].numbering!.family !== n.family || n.ordinal === 1) {
        run = [];
        runs.push(run);
        openRun.set(d, run);
      }
      run.push(item);
    }

    // A list of sentences whose items follow each other directly, except one gap holding a
    // paragraph: that paragraph most likely lost its number.
    for (const run of runs) {
      if (run.length < 4 || run.some((i) => i.heading)) continue;
      const gaps = run.slice(1).map((item, k) => {
        const from = run[k].paragraph + 1;
        return doc.paragraphs.slice(from, item.paragraph).filter((p) => p.text.trim() && !p.cell);
      });
      const filled = gaps.map((g, k) => ({ g, k })).filter(({ g }) => g.length > 0);
      if (filled.length !== 1 || filled[0].g.length !== 1) continue;
      const { g, k } = filled[0];
      const a = run[k].numbering!;
      out.push(
        finding(
          this,
          { paragraph: g[0].index },
          msg(
            `列表第${a.ordinal}项与第${a.ordinal + 1}项之间的段落没有编号，列表编号中断`,
            `the paragraph between items ${a.ordinal} and ${a.ordinal + 1} of a list has no number: the list's numbering is broken`,
          ),
          { severity: "info" },
        ),
      );
    }

    // Mixed styles: at each level the style most used is the norm; the others are findings.
    const byLevel = new Map<number, Map<string, OutlineItem[]>>();
    for (const item of numbered) {
      const d = depth(item);
      if (!byLevel.has(d)) byLevel.set(d, new Map());
      const m = byLevel.get(d)!;
      const v = item.numbering!.variant;
      if (!m.has(v)) m.set(v, []);
      m.get(v)!.push(item);
    }
    for (const variants of byLevel.values()) {
      if (variants.size < 2) continue;
      const sorted = [...variants.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0].paragraph - b[1][0].paragraph);
      const norm = sorted[0][0];
      for (const [variant, items] of sorted.slice(1)) {
        for (const item of items) {
          out.push(
            finding(
              this,
              { paragraph: item.paragraph },
              msg(
                `同级编号格式不统一：此处为“${variant.trim()}”，其余多为“${norm.trim()}”`,
                `mixed numbering styles at one level: "${variant.trim()}" here, "${norm.trim()}" elsewhere`,
              ),
            ),
          );
        }
      }
    }
    return out.sort((a, b) => (a.location.paragraph ?? 0) - (b.location.paragraph ?? 0));
  },
};
