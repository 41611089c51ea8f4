import { finding, msg, type Finding, type Rule } from "../finding";
import { corpusOf, foundByParagraph, type Finder } from "../corpus";
import { escapeRegExp, OPTION_BOX, OPTION_TICK, toHalfWidth } from "../text";

const BOXES = new RegExp(`[${OPTION_BOX}]`, "g");
// counted apart from BOXES: the finder is in the middle of its own scan with it
const boxCount = (text: string) => [...text].filter((c) => OPTION_BOX.includes(c)).length;

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
    // one pass over the whole text per pattern: the profile's literal strings as one alternation, the placeholders, the boxes
    const finders: Finder<string>[] = [
      ...(literals.length ? [{ re: new RegExp(literals.map(escapeRegExp).join("|"), "g"), value: (m: RegExpExecArray) => m[0] }] : []),
      { re: PLACEHOLDER, value: (m) => toHalfWidth(m[0]) },
      // options offered as □ (or ☐) with none ticked
      { re: BOXES, value: (_, p) => (boxCount(p.text) >= 2 && ![...OPTION_TICK].some((c) => p.text.includes(c)) ? "□" : undefined) },
    ];
    for (const [p, found] of foundByParagraph(corpusOf(doc), finders, (x) => !!x.toc)) {
      // "【请填写】" says it all; its inner "请填写" need not be listed again
      const shown = [...found].filter((h) => ![...found].some((o) => o !== h && o.includes(h)));
      const list = shown.map((h) => `“${h}”`).join("、");
      const loc = p.cell ? { paragraph: p.index, table: p.cell.table, row: p.cell.row, column: p.cell.column } : { paragraph: p.index };
      out.push(finding(this, loc, msg(`模板内容未替换：${list}`, `template text left in place: ${list}`)));
    }
    return out;
  },
};
