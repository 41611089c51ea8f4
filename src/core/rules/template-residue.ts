import { finding, msg, type Finding, type Rule } from "../finding";
import { corpusOf, matchesIn } from "../corpus";
import { toHalfWidth } from "../text";
import type { DocParagraph } from "../model";

// XX / ×× placeholders not part of a Latin word; {{field}} template fields — half- or full-width as typed
const PLACEHOLDER = /(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[XxＸｘ]{2,}|×{2,})(?![A-Za-zＡ-Ｚａ-ｚ])|[{｛]{2}[^{}｛｝]{0,40}[}｝]{2}/g;

/** Text left over from a template: XX, ××, （参考提纲）, 【请填写】, {{field}}, unticked □ options. */
export const templateResidue: Rule = {
  id: "template-residue",
  severity: "warning",
  description: msg("模板残留（XX、【请填写】、未勾选的选项等）", "template residue (XX, 【请填写】, unticked options …)"),
  check({ doc, profile }) {
    const out: Finding[] = [];
    const literals = profile.residue.filter((r) => !/^[Xx×]+$/.test(r));
    const corpus = corpusOf(doc);
    // one pass over the whole text per pattern: the profile's literal strings as one alternation, then the placeholders
    const hits = new Map<DocParagraph, Set<string>>();
    const hit = (p: DocParagraph, what: string) => {
      if (p.toc) return;
      let set = hits.get(p);
      if (!set) hits.set(p, (set = new Set()));
      set.add(what);
    };
    if (literals.length) {
      const literal = new RegExp(literals.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
      for (const { match, paragraph } of matchesIn(corpus, literal)) hit(paragraph, match[0]);
    }
    for (const { match, paragraph } of matchesIn(corpus, PLACEHOLDER)) hit(paragraph, toHalfWidth(match[0]));
    // options offered as □ with none ticked
    for (const { paragraph } of matchesIn(corpus, /□/g)) {
      if ((paragraph.text.match(/□/g) ?? []).length >= 2 && !/[☑☒■√✓✔]/.test(paragraph.text)) hit(paragraph, "□");
    }
    for (const [p, found] of [...hits].sort((a, b) => a[0].index - b[0].index)) {
      // "【请填写】" says it all; its inner "请填写" need not be listed again
      const shown = [...found].filter((h) => ![...found].some((o) => o !== h && o.includes(h)));
      const list = shown.map((h) => `“${h}”`).join("、");
      const loc = p.cell ? { paragraph: p.index, table: p.cell.table, row: p.cell.row, column: p.cell.column } : { paragraph: p.index };
      out.push(finding(this, loc, msg(`模板内容未替换：${list}`, `template text left in place: ${list}`)));
    }
    return out;
  },
};
