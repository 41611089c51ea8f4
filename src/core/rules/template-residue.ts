import { finding, msg, type Finding, type Rule } from "../finding";
import { halfWidthOf } from "../text";

// XX / ×× placeholders not part of a Latin word; {{field}} template fields
const PLACEHOLDER = /(?<![A-Za-z])(?:[Xx]{2,}|×{2,})(?![A-Za-z])|\{\{[^{}]{0,40}\}\}/g;

/** Text left over from a template: XX, ××, （参考提纲）, 【请填写】, {{field}}, unticked □ options. */
export const templateResidue: Rule = {
  id: "template-residue",
  severity: "warning",
  description: msg("模板残留（XX、【请填写】、未勾选的选项等）", "template residue (XX, 【请填写】, unticked options …)"),
  check({ doc, profile }) {
    const out: Finding[] = [];
    const literals = profile.residue.filter((r) => !/^[Xx×]+$/.test(r));
    // one pass per paragraph: the profile's literal strings as one alternation
    const literal = literals.length ? new RegExp(literals.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g") : undefined;
    for (const p of doc.paragraphs) {
      if (p.toc || !p.text.trim()) continue;
      const hits = new Set<string>();
      if (literal) for (const m of p.text.matchAll(literal)) hits.add(m[0]);
      for (const m of halfWidthOf(p).matchAll(PLACEHOLDER)) hits.add(m[0]);
      // options offered as □ with none ticked
      if (p.text.includes("□") && (p.text.match(/□/g) ?? []).length >= 2 && !/[☑☒■√✓✔]/.test(p.text)) hits.add("□");
      if (hits.size === 0) continue;
      // "【请填写】" says it all; its inner "请填写" need not be listed again
      const shown = [...hits].filter((h) => ![...hits].some((o) => o !== h && o.includes(h)));
      const list = shown.map((h) => `“${h}”`).join("、");
      const loc = p.cell ? { paragraph: p.index, table: p.cell.table, row: p.cell.row, column: p.cell.column } : { paragraph: p.index };
      out.push(finding(this, loc, msg(`模板内容未替换：${list}`, `template text left in place: ${list}`)));
    }
    return out;
  },
};
