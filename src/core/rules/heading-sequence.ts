import { firstContentsMismatch } from "../checks/contents-numbering";
import { textEdit } from "../model/edits";
import { finding, msg, type Finding } from "../model/finding";
import type { Rule } from "./rule";
import { lostNumberInRun, sequenceDepth, unnumberedTail, walkLevels } from "../checks/list-runs";
import { inlineLists } from "../checks/inline-lists";
import type { Numbering } from "../text/numbering";
import { numberingLabel, restyle, typedNumbering, withGap } from "../checks/numbering-labels";
import { paragraphLocation, type DocModel } from "../model/model";
import type { OutlineItem } from "../reading/outline";

/** What sets a numbering style apart, in words: its brackets or the mark after the number. */
function styleOf(variant: string): { zh: string; en: string } {
  if (variant.includes("(")) return { zh: "用半角括号", en: "uses half-width brackets" };
  if (variant.includes("（")) return { zh: "用全角括号", en: "uses full-width brackets" };
  if (/[.．]$/.test(variant)) return { zh: "用点号", en: "uses a full stop" };
  if (/、$/.test(variant)) return { zh: "用顿号", en: "uses 、" };
  if (/[，,]$/.test(variant)) return { zh: "用逗号", en: "uses a comma" };
  if (/\s$/.test(variant)) return { zh: "后面不加标点", en: "uses no mark" };
  return { zh: `写作“${variant.trim()}”`, en: `is written "${variant.trim()}"` };
}

const BRACKET_PROBLEM: Record<NonNullable<Numbering["brackets"]>, { zh: string; en: string }> = {
  "close-missing": { zh: "缺少右括号", en: "lacks its closing bracket" },
  "open-missing": { zh: "缺少左括号", en: "lacks its opening bracket" },
  mixed: { zh: "全角、半角括号混用", en: "pairs a full-width and a half-width bracket" },
};

/** A （一） typed with a bracket missing or its brackets mixed (（三 , 三）, （四)). */
function bracketFinding(rule: Rule, doc: DocModel, item: OutlineItem): Finding | undefined {
  const n = item.numbering!;
  if (!n.brackets) return undefined;
  const as = typedNumbering(item);
  const right = numberingLabel(n.family, n.ordinal);
  const problem = BRACKET_PROBLEM[n.brackets];
  // typed in the text (not a list label Word draws): the brackets can be put right in place
  const text = doc.paragraphs[item.paragraph].text;
  const typedAt = text.length - text.trimStart().length;
  return finding(
    rule,
    { paragraph: item.paragraph },
    msg(`编号“${as}”${problem.zh}，应为“${right}”`, `numbering "${as}" ${problem.en}: it should read "${right}"`),
    {
      fix: msg(`改为“${right}”`, `write "${right}"`),
      edit: textEdit(doc, item.paragraph, typedAt, withGap(text, typedAt, as, right), right),
    },
  );
}

/**
 * An item's number against the one before it at its depth, of the same family: repeated,
 * skipped or running backwards; or, the first at one of the top levels, not starting at 1.
 */
function orderFinding(rule: Rule, item: OutlineItem, prev: OutlineItem | undefined): Finding | undefined {
  const n = item.numbering!;
  if (prev && prev.numbering!.family === n.family) return afterPrevious(rule, item, prev.numbering!.ordinal);
  if (prev || n.ordinal <= 1 || sequenceDepth(item) > 2) return undefined;
  return finding(
    rule,
    { paragraph: item.paragraph },
    msg(
      `编号从“${numberingLabel(n.family, n.ordinal)}”开始，缺少“${numberingLabel(n.family, 1)}”`,
      `numbering starts at "${numberingLabel(n.family, n.ordinal)}": "${numberingLabel(n.family, 1)}" is missing`,
    ),
    { fix: msg(`从“${numberingLabel(n.family, 1)}”开始编号`, `start at "${numberingLabel(n.family, 1)}"`) },
  );
}

/** An item numbered the same as the one before it (`p`), more than one after it, or before it (other than a 1). */
function afterPrevious(rule: Rule, item: OutlineItem, p: number): Finding | undefined {
  const n = item.numbering!;
  const at = { paragraph: item.paragraph };
  const show = (k: number) => numberingLabel(n.family, k);
  if (n.ordinal === p)
    return finding(rule, at, msg(`编号“${show(n.ordinal)}”重复`, `numbering "${show(n.ordinal)}" repeats`), {
      fix: msg(`核对编号，改为“${show(p + 1)}”并顺延其后的编号`, `renumber from "${show(p + 1)}"`),
    });
  if (n.ordinal > p + 1)
    return finding(
      rule,
      at,
      msg(
        `编号跳号：“${show(p)}”之后是“${show(n.ordinal)}”，缺少“${show(p + 1)}”`,
        `numbering skips: "${show(n.ordinal)}" follows "${show(p)}" ("${show(p + 1)}" is missing)`,
      ),
      { fix: msg(`补上“${show(p + 1)}”，或将其后的编号依次改正`, `add "${show(p + 1)}", or renumber what follows`) },
    );
  if (n.ordinal < p && n.ordinal !== 1)
    return finding(
      rule,
      at,
      msg(
        `编号顺序颠倒：“${show(p)}”之后是“${show(n.ordinal)}”`,
        `numbering runs backwards: "${show(n.ordinal)}" follows "${show(p)}"`,
      ),
      { fix: msg(`核对编号，改为“${show(p + 1)}”`, `renumber: "${show(p + 1)}"`) },
    );
  return undefined;
}

/** A list whose run is broken by one unnumbered paragraph (see lostNumberInRun), added to `out`. */
function brokenLists(out: Finding[], rule: Rule, doc: DocModel, runs: readonly OutlineItem[][]): void {
  for (const run of runs) {
    const lost = lostNumberInRun(doc, run);
    if (!lost) continue;
    const a = lost.after.numbering!;
    out.push(
      finding(
        rule,
        { paragraph: lost.paragraph.index },
        msg(
          `列表第 ${a.ordinal} 项与第 ${a.ordinal + 1} 项之间的段落没有编号，列表编号中断`,
          `the paragraph between items ${a.ordinal} and ${a.ordinal + 1} of a list has no number: the list's numbering is broken`,
        ),
        {
          severity: "info",
          fix: msg("为这一段补上编号，或把它并入上一项", "number this paragraph, or join it to the item before"),
        },
      ),
    );
  }
}

/**
 * The numbered items (circled ones aside) by depth and by style; a bracket missing or mixed
 * is its own finding, not a style.
 */
function stylesByDepth(items: readonly OutlineItem[]): Map<number, Map<string, OutlineItem[]>> {
  const byLevel = new Map<number, Map<string, OutlineItem[]>>();
  for (const item of items) {
    if (!item.numbering || item.numbering.family === "circled" || item.numbering.brackets) continue;
    const d = sequenceDepth(item);
    if (!byLevel.has(d)) byLevel.set(d, new Map());
    const m = byLevel.get(d)!;
    const v = item.numbering.variant;
    if (!m.has(v)) m.set(v, []);
    m.get(v)!.push(item);
  }
  return byLevel;
}

/** Mixed styles, added to `out`: at each level the style most used is the norm; the others are findings. */
function mixedStyles(out: Finding[], rule: Rule, doc: DocModel, items: readonly OutlineItem[]): void {
  for (const variants of stylesByDepth(items).values()) {
    if (variants.size < 2) continue;
    const sorted = [...variants.entries()].sort(
      (a, b) => b[1].length - a[1].length || a[1][0].paragraph - b[1][0].paragraph,
    );
    const norm = sorted[0][0];
    for (const [variant, styled] of sorted.slice(1))
      for (const item of styled) out.push(styleFinding(rule, doc, item, variant, norm));
  }
}

/** An item numbered in `variant` where its level's norm is `norm`: rewritten in place when typed in the text. */
function styleFinding(rule: Rule, doc: DocModel, item: OutlineItem, variant: string, norm: string): Finding {
  const [here, there] = [styleOf(variant), styleOf(norm)];
  // the numbering as typed ("(二)"), and as the level's usual style writes this number ("（二）")
  const text = doc.paragraphs[item.paragraph].text;
  const typedAt = text.length - text.trimStart().length;
  const typed = item.text.slice(0, item.numbering!.length).trim();
  const right = restyle(norm.trim(), item.numbering!.ordinal);
  const inText = !doc.paragraphs[item.paragraph].list?.label && text.slice(typedAt, typedAt + typed.length) === typed;
  return finding(
    rule,
    { paragraph: item.paragraph },
    msg(
      `同级编号格式不统一：“${typed}”${here.zh}，同级其余编号多${there.zh.replace(/^用/, "用")}（如“${norm.trim()}”）`,
      `mixed numbering styles at one level: "${typed}" ${here.en}, while the other numbers at this level mostly ${there.en.replace(/^uses/, "use")} (as "${norm.trim()}")`,
    ),
    {
      fix: msg(`改为“${right}”`, `write "${right}"`),
      edit: inText ? textEdit(doc, item.paragraph, typedAt, withGap(text, typedAt, typed, right), right) : undefined,
    },
  );
}

/**
 * Numbering that skips, repeats or runs backwards at a level (一、二、四；4. twice), a list
 * whose run is broken by one unnumbered paragraph, numbering written in mixed styles
 * at one level (1. beside 2、, (一) beside （一）), and a （一） with a bracket missing or
 * its brackets mixed (（三 , 三）, （四)). Also: ① ② ③ out of sequence, levels upside down,
 * a list typed inside a paragraph that skips, a body that does not follow its typed table
 * of contents, and lines after a list that lost their numbers.
 */
export const headingSequence: Rule = {
  id: "heading-sequence",
  severity: "warning",
  description: msg("标题或列表编号跳号、重号、格式不统一", "heading or list numbering skips, repeats or mixes styles"),
  check({ outline, doc }) {
    const out: Finding[] = [];
    const runs = walkLevels(outline.items, (item, prev) => {
      const bracket = bracketFinding(this, doc, item);
      if (bracket) out.push(bracket);
      const order = orderFinding(this, item, prev);
      if (order) out.push(order);
    });
    out.push(
      ...circledSequences(this, outline.items),
      ...inversions(this, outline.items),
      ...inlineEnumerations(this, doc),
      ...againstContents(this, doc, outline.items),
    );
    brokenLists(out, this, doc, runs);
    out.push(...unnumberedTails(this, doc, runs));
    mixedStyles(out, this, doc, outline.items);
    return out.sort((a, b) => (a.location.paragraph ?? 0) - (b.location.paragraph ?? 0));
  },
};

const skipOrRepeat = (
  rule: Rule,
  paragraph: number,
  prev: number,
  n: number,
  show: (k: number) => string,
): Finding | undefined => {
  if (n === prev)
    return finding(rule, { paragraph }, msg(`编号“${show(n)}”重复`, `numbering "${show(n)}" repeats`), {
      fix: msg(`核对编号，改为“${show(prev + 1)}”`, `check the numbering: "${show(prev + 1)}"`),
    });
  if (n > prev + 1)
    return finding(
      rule,
      { paragraph },
      msg(
        `编号跳号：“${show(prev)}”之后是“${show(n)}”，缺少“${show(prev + 1)}”`,
        `numbering skips: "${show(n)}" follows "${show(prev)}" ("${show(prev + 1)}" is missing)`,
      ),
      { fix: msg(`补上“${show(prev + 1)}”或顺延编号`, `add "${show(prev + 1)}" or renumber`) },
    );
  return undefined;
};

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** ① ② ③ at the start of paragraphs, in one run between other numbered items: a number skipped or typed twice. */
function circledSequences(rule: Rule, items: OutlineItem[]): Finding[] {
  const out: Finding[] = [];
  let prev: number | undefined;
  for (const item of items) {
    const n = item.numbering;
    if (!n) continue;
    if (n.family !== "circled") {
      prev = undefined;
      continue;
    }
    if (prev !== undefined && n.ordinal !== 1) {
      const f = skipOrRepeat(rule, item.paragraph, prev, n.ordinal, (k) => CIRCLED[k - 1] ?? String(k));
      if (f) out.push(f);
    }
    prev = n.ordinal;
  }
  return out;
}

/**
 * A （一） after 1. items in the same 一、 part, with no （一） before them: the levels are
 * upside down (official documents go 一、 （一） 1. （1）; 1. may stand directly under 一、,
 * but a （一） below a 1. is out of order).
 */
function inversions(rule: Rule, items: OutlineItem[]): Finding[] {
  const out: Finding[] = [];
  let lastThird: OutlineItem | undefined;
  let secondSeen = false;
  for (const item of items) {
    const n = item.numbering;
    // an attachment list (附件：1.… 2.…) is not the outline above it
    if (!n && /^(附件|附表|附录)/.test(item.text)) {
      lastThird = undefined;
      secondSeen = true;
      continue;
    }
    if (!n || n.family === "circled") continue;
    if (n.level <= 1) {
      lastThird = undefined;
      secondSeen = false;
    } else if (n.level === 2) {
      if (lastThird && !secondSeen && n.ordinal === 1) {
        const shown = lastThird.text.slice(0, lastThird.numbering!.length).trim();
        out.push(
          finding(
            rule,
            { paragraph: item.paragraph },
            msg(
              `编号层级颠倒：“${typedNumbering(item)}”出现在“${shown}”之后（公文层级依次为 一、（一）1.（1））`,
              `numbering levels upside down: "${typedNumbering(item)}" comes after "${shown}" (official documents go 一、 （一） 1. （1）)`,
            ),
            {
              fix: msg(
                `将此处的“${typedNumbering(item)}”改为下一级编号“（1）”，或调整上级编号`,
                `number this item one level down ("（1）"), or renumber the level above`,
              ),
            },
          ),
        );
      }
      secondSeen = true;
    } else if (n.level === 3 && !secondSeen && item.heading) lastThird = item;
  }
  return out;
}

/** A list typed inside one paragraph (or one cell) whose numbers skip or repeat (see inlineLists). */
function inlineEnumerations(rule: Rule, doc: DocModel): Finding[] {
  const out: Finding[] = [];
  for (const p of doc.paragraphs) {
    if (p.toc || p.text.length < 20) continue;
    for (const ordinals of inlineLists(p.text)) {
      const f = ordinals
        .slice(1)
        .reduce<Finding | undefined>(
          (hit, n, k) => hit ?? skipOrRepeat(rule, p.index, ordinals[k], n, (x) => `${x}.`),
          undefined,
        );
      if (f)
        out.push({
          ...f,
          location: { ...f.location, ...paragraphLocation(p) },
        });
    }
  }
  return out;
}

/**
 * A typed table of contents whose numbering the body does not follow ("二、部门概况" in the
 * 目录, "一、部门概况" in the text): one finding, at the first heading that differs — the
 * ones after it usually differ for the same reason.
 */
function againstContents(rule: Rule, doc: DocModel, items: OutlineItem[]): Finding[] {
  const mismatch = firstContentsMismatch(doc, items);
  if (!mismatch) return [];
  const { heading, inContents, inBody, key } = mismatch;
  return [
    finding(
      rule,
      { paragraph: heading.paragraph },
      msg(
        `正文标题编号与目录不一致：目录为“${inContents}${key}”，正文为“${inBody}${key}”`,
        `the heading's numbering does not follow the table of contents: "${inContents}" there, "${inBody || "(none)"}" here`,
      ),
      {
        fix: msg(
          "按正文重新生成或修改目录，或改正正文编号",
          "update the table of contents, or correct the heading's numbering",
        ),
      },
    ),
  ];
}

/**
 * A numbered list of like items followed by a line or two of the same kind without a number,
 * before the next part (see unnumberedTail): those lines lost their numbers (八、九、).
 */
function unnumberedTails(rule: Rule, doc: DocModel, runs: OutlineItem[][]): Finding[] {
  const out: Finding[] = [];
  for (const run of runs) {
    const tail = unnumberedTail(doc, run);
    if (!tail.length) continue;
    const n = run[run.length - 1].numbering!;
    const due = tail.map((_, k) => numberingLabel(n.family, n.ordinal + 1 + k));
    const shown = tail[0].text.trim();
    out.push(
      finding(
        rule,
        { paragraph: tail[0].index },
        msg(
          `“${numberingLabel(n.family, n.ordinal)}”之后的 ${tail.length} 项没有编号（如“${shown.length > 24 ? `${shown.slice(0, 24)}…` : shown}”），应依次为${due.map((d) => `“${d}”`).join("")}`,
          `${tail.length} ${tail.length === 1 ? "item" : "items"} after "${numberingLabel(n.family, n.ordinal)}" have no number ("${shown}"): they should be ${due.map((d) => `"${d}"`).join(", ")}`,
        ),
        {
          severity: "info",
          fix: msg(
            `补上编号${due.map((d) => `“${d}”`).join("")}`,
            `number ${tail.length === 1 ? "it" : "them"} ${due.join(", ")}`,
          ),
        },
      ),
    );
  }
  return out;
}
