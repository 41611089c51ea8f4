import { finding, msg, type Finding, type Rule } from "../finding";
import type { DocModel } from "../model";
import { toHalfWidth } from "../text";

/** The year the report is about: from the title block (before the first heading), else the most cited "YYYY 年度". */
export function reportYear(doc: DocModel, firstHeading: number): { year: number; paragraph: number } | undefined {
  for (const p of doc.paragraphs.slice(0, Math.max(0, Math.min(firstHeading, 12)))) {
    if (p.cell) continue;
    const m = /((?:19|20)\d{2})\s*年度?/.exec(toHalfWidth(p.text));
    if (m && /报告|自评|绩效/.test(p.text)) return { year: Number(m[1]), paragraph: p.index };
  }
  const counts = new Map<number, { n: number; paragraph: number }>();
  for (const p of doc.paragraphs) {
    for (const m of toHalfWidth(p.text).matchAll(/((?:19|20)\d{2})\s*年度/g)) {
      const y = Number(m[1]);
      const c = counts.get(y) ?? { n: 0, paragraph: p.index };
      c.n++;
      counts.set(y, c);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  return best ? { year: best[0], paragraph: best[1].paragraph } : undefined;
}

// phrases that name the period the report covers
const PERIOD = [
  /截[止至](?:时间|日期)?[：:\s]*((?:19|20)\d{2})\s*[-年./]/g,
  /((?:19|20)\d{2})\s*年\s*(?:年末|年底|末|12\s*月\s*31\s*日)/g,
  /((?:19|20)\d{2})\s*年度\s*(?:部门整体支出|整体支出|绩效自评|部门决算|决算)/g,
];

/** A date or period that names another year than the report's (title 2023, 截止时间 2022-12-31). */
export const yearMismatch: Rule = {
  id: "year-mismatch",
  severity: "warning",
  description: msg("报告年度与文中截止日期、年末数据等年份不一致", "the report year disagrees with a cut-off date or year-end figure"),
  check({ doc, outline }) {
    const firstHeading = outline.sections.reduce((m, s) => (s.paragraph !== undefined ? Math.min(m, s.paragraph) : m), doc.paragraphs.length);
    const ry = reportYear(doc, firstHeading);
    if (!ry) return [];
    const out: Finding[] = [];
    for (const p of doc.paragraphs) {
      if (p.index === ry.paragraph || p.toc) continue;
      const t = toHalfWidth(p.text);
      const years = new Set<number>();
      for (const re of PERIOD) for (const m of t.matchAll(re)) years.add(Number(m[1]));
      for (const y of years) {
        if (y === ry.year) continue;
        out.push(
          finding(
            this,
            { paragraph: p.index },
            msg(`年份不一致：报告年度为 ${ry.year} 年，此处为 ${y} 年`, `year mismatch: the report covers ${ry.year}, this says ${y}`),
          ),
        );
      }
    }
    return out;
  },
};
