import { textEdit } from "../edits";
import { finding, msg, type Finding, type Rule } from "../finding";
import type { Numbering, NumberingFamily } from "../numbering";
import { paragraphLocation, type DocModel, type DocParagraph } from "../model";
import { headingTitle, typedToc, type OutlineItem } from "../outline";
import { parseNumbering } from "../numbering";
import { normalizeLabel, toHalfWidth } from "../text";
import { formatChineseNumeral } from "../text";

/** Hierarchy depth for sequencing: 第一部分 sits above 一、. */
function depth(item: OutlineItem): number {
  return item.numbering!.family === "part" ? 0 : item.numbering!.level;
}

/**
 * The numbering as typed with the spaces after it, when what replaces it ends on its own mark
 * ("1. 部门职责" → "1、部门职责", "（三 部门" → "（三）部门"): a space after 、 or ） is no style.
 */
function withGap(text: string, at: number, typed: string, right: string): string {
  if (!/[、.．）)]$/.test(right)) return typed;
  return typed + /^[ \t\u3000]*/.exec(text.slice(at + typed.length))![0];
}

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

/** The number n written in the style of `norm` ("（一）" → "（三）", "1、" → "3、"). */
function restyle(norm: string, n: number): string {
  return norm.replace(/[一二三四五六七八九十百零〇两]+/, formatChineseNumeral(n)).replace(/\d+/, String(n));
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

const BRACKET_PROBLEM: Record<NonNullable<Numbering["brackets"]>, { zh: string; en: string }> = {
  "close-missing": { zh: "缺少右括号", en: "lacks its closing bracket" },
  "open-missing": { zh: "缺少左括号", en: "lacks its opening bracket" },
  mixed: { zh: "全角、半角括号混用", en: "pairs a full-width and a half-width bracket" },
};

/** （三 , 三）, （四) as typed — the numbering prefix without what follows it. */
function written(item: OutlineItem): string {
  return item.text
    .slice(0, item.numbering!.length)
    .trim()
    .replace(/[、.．，]$/, "");
}

/**
 * Numbering that skips, repeats or runs backwards at a level (一、二、四；4. twice), a list
 * whose run is broken by one unnumbered paragraph, numbering written in mixed styles
 * at one level (1. beside 2、, (一) beside （一）), and a （一） with a bracket missing or
 * its brackets mixed (（三 , 三）, （四)).
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
      if (n.brackets) {
        const as = written(item);
        const right = label(n.family, n.ordinal);
        const problem = BRACKET_PROBLEM[n.brackets];
        // typed in the text (not a list label Word draws): the brackets can be put right in place
        const text = doc.paragraphs[item.paragraph].text;
        const typedAt = text.length - text.trimStart().length;
        out.push(
          finding(
            this,
            { paragraph: item.paragraph },
            msg(
              `编号“${as}”${problem.zh}，应为“${right}”`,
              `numbering "${as}" ${problem.en}: it should read "${right}"`,
            ),
            {
              fix: msg(`改为“${right}”`, `write "${right}"`),
              edit: textEdit(doc, item.paragraph, typedAt, withGap(text, typedAt, as, right), right),
            },
          ),
        );
      }
      const prev = last.get(d);
      const at = { paragraph: item.paragraph };
      if (prev && prev.numbering!.family === n.family) {
        const p = prev.numbering!.ordinal;
        if (n.ordinal === p)
          out.push(
            finding(
              this,
              at,
              msg(`编号“${label(n.family, n.ordinal)}”重复`, `numbering "${label(n.family, n.ordinal)}" repeats`),
              {
                fix: msg(
                  `核对编号，改为“${label(n.family, p + 1)}”并顺延其后的编号`,
                  `renumber from "${label(n.family, p + 1)}"`,
                ),
              },
            ),
          );
        else if (n.ordinal > p + 1)
          out.push(
            finding(
              this,
              at,
              msg(
                `编号跳号：“${label(n.family, p)}”之后是“${label(n.family, n.ordinal)}”，缺少“${label(n.family, p + 1)}”`,
                `numbering skips: "${label(n.family, n.ordinal)}" follows "${label(n.family, p)}" ("${label(n.family, p + 1)}" is missing)`,
              ),
              {
                fix: msg(
                  `补上“${label(n.family, p + 1)}”，或将其后的编号依次改正`,
                  `add "${label(n.family, p + 1)}", or renumber what follows`,
                ),
              },
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
              { fix: msg(`核对编号，改为“${label(n.family, p + 1)}”`, `renumber: "${label(n.family, p + 1)}"`) },
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
            { fix: msg(`从“${label(n.family, 1)}”开始编号`, `start at "${label(n.family, 1)}"`) },
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

    out.push(
      ...circledSequences(this, outline.items),
      ...inversions(this, outline.items),
      ...inlineEnumerations(this, doc),
      ...againstContents(this, doc, outline.items),
    );

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

    out.push(...unnumberedTails(this, doc, runs));

    // Mixed styles: at each level the style most used is the norm; the others are findings.
    const byLevel = new Map<number, Map<string, OutlineItem[]>>();
    // a bracket missing or mixed is its own finding (above), not a style
    for (const item of numbered.filter((i) => !i.numbering!.brackets)) {
      const d = depth(item);
      if (!byLevel.has(d)) byLevel.set(d, new Map());
      const m = byLevel.get(d)!;
      const v = item.numbering!.variant;
      if (!m.has(v)) m.set(v, []);
      m.get(v)!.push(item);
    }
    for (const variants of byLevel.values()) {
      if (variants.size < 2) continue;
      const sorted = [...variants.entries()].sort(
        (a, b) => b[1].length - a[1].length || a[1][0].paragraph - b[1][0].paragraph,
      );
      const norm = sorted[0][0];
      for (const [variant, items] of sorted.slice(1)) {
        const [here, there] = [styleOf(variant), styleOf(norm)];
        for (const item of items) {
          // the numbering as typed ("(二)"), and as the level's usual style writes this number ("（二）")
          const text = doc.paragraphs[item.paragraph].text;
          const typedAt = text.length - text.trimStart().length;
          const typed = item.text.slice(0, item.numbering!.length).trim();
          const right = restyle(norm.trim(), item.numbering!.ordinal);
          const inText =
            !doc.paragraphs[item.paragraph].list?.label && text.slice(typedAt, typedAt + typed.length) === typed;
          out.push(
            finding(
              this,
              { paragraph: item.paragraph },
              msg(
                `同级编号格式不统一：“${typed}”${here.zh}，同级其余编号多${there.zh.replace(/^用/, "用")}（如“${norm.trim()}”）`,
                `mixed numbering styles at one level: "${typed}" ${here.en}, while the other numbers at this level mostly ${there.en.replace(/^uses/, "use")} (as "${norm.trim()}")`,
              ),
              {
                fix: msg(`改为“${right}”`, `write "${right}"`),
                edit: inText
                  ? textEdit(doc, item.paragraph, typedAt, withGap(text, typedAt, typed, right), right)
                  : undefined,
              },
            ),
          );
        }
      }
    }
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
              `编号层级颠倒：“${written(item)}”出现在“${shown}”之后（公文层级依次为 一、（一）1.（1））`,
              `numbering levels upside down: "${written(item)}" comes after "${shown}" (official documents go 一、 （一） 1. （1）)`,
            ),
            {
              fix: msg(
                `将此处的“${written(item)}”改为下一级编号“（1）”，或调整上级编号`,
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

/** "…协调。2.维护…。3.收集…": items numbered inside one paragraph or cell, from 1. */
const INLINE_ITEM = /(?:^|[。；;！？!?])\s*(\d{1,2})\s*[.．、](?![\d０-９])(?=\s*[\u4e00-\u9fff“（(])/g;

/** A list typed inside one paragraph (or one cell) whose numbers skip or repeat. */
function inlineEnumerations(rule: Rule, doc: DocModel): Finding[] {
  const out: Finding[] = [];
  for (const p of doc.paragraphs) {
    if (p.toc || p.text.length < 20) continue;
    // a colon opens a new list ("…；2.完善制度。下一步措施：1.强化…")
    for (const segment of toHalfWidth(p.text).split(/[:：]/)) {
      const ordinals = [...segment.matchAll(INLINE_ITEM)].map((m) => Number(m[1]));
      // a list, not a stray number: three items or more, counting from 1
      if (ordinals.length < 3 || ordinals[0] !== 1) continue;
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

/** A heading's words as compared: numbering, dot leaders and the page number gone. */
const contentsKey = (text: string) =>
  normalizeLabel(headingTitle(text.replace(/[.…·．\-_\t]{2,}\s*\d*\s*$/, ""), parseNumbering(text)).title);

/**
 * A typed table of contents whose numbering the body does not follow ("二、部门概况" in the
 * 目录, "一、部门概况" in the text): one finding, at the first heading that differs — the
 * ones after it usually differ for the same reason.
 */
function againstContents(rule: Rule, doc: DocModel, items: OutlineItem[]): Finding[] {
  const toc = typedToc(doc);
  if (toc.size < 3) return [];
  const body = items.filter((i) => !toc.has(i.paragraph));
  for (const index of toc) {
    const text = doc.paragraphs[index].text.trim();
    const listed = parseNumbering(text);
    if (!listed || listed.level > 2) continue;
    const key = contentsKey(text);
    if (key.length < 2) continue;
    const heading = body.find((i) => i.paragraph > index && contentsKey(i.text) === key);
    if (!heading) continue;
    const written = heading.numbering ? heading.text.slice(0, heading.numbering.length).trim() : "";
    const inContents = text.slice(0, listed.length).trim();
    if (heading.numbering && heading.numbering.family === listed.family && heading.numbering.ordinal === listed.ordinal)
      continue;
    return [
      finding(
        rule,
        { paragraph: heading.paragraph },
        msg(
          `正文标题编号与目录不一致：目录为“${inContents}${key}”，正文为“${written}${key}”`,
          `the heading's numbering does not follow the table of contents: "${inContents}" there, "${written || "(none)"}" here`,
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
  return [];
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
const MAX_TAIL = 3;

/**
 * A numbered list of like items (一、收入决算表 … 七、“三公”经费支出决算表) followed by a line
 * or two of the same kind without a number, before the next part: those lines lost their
 * numbers (八、九、). The kind is the ending most items share (决算表, 情况说明): without
 * one, an unnumbered line after a list is ordinary text.
 */
function unnumberedTails(rule: Rule, doc: DocModel, runs: OutlineItem[][]): Finding[] {
  const out: Finding[] = [];
  for (const run of runs) {
    if (run.length < 3) continue;
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
    if (!tail.length || tail.length > MAX_TAIL) continue;
    // the next line opens another part (a numbered heading of a higher rank), or the document ends
    const next = doc.paragraphs.slice(i).find((p) => p.text.trim());
    const nextNumbering = next ? parseNumbering(next.text.trim()) : undefined;
    if (next && !(nextNumbering && (nextNumbering.family === "part" || nextNumbering.level < last.numbering!.level)))
      continue;
    const n = last.numbering!;
    const due = tail.map((_, k) => label(n.family, n.ordinal + 1 + k));
    const shown = tail[0].text.trim();
    out.push(
      finding(
        rule,
        { paragraph: tail[0].index },
        msg(
          `“${label(n.family, n.ordinal)}”之后的 ${tail.length} 项没有编号（如“${shown.length > 24 ? `${shown.slice(0, 24)}…` : shown}”），应依次为${due.map((d) => `“${d}”`).join("")}`,
          `${tail.length} ${tail.length === 1 ? "item" : "items"} after "${label(n.family, n.ordinal)}" have no number ("${shown}"): they should be ${due.map((d) => `"${d}"`).join(", ")}`,
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
