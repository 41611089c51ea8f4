import { finding, msg, type Finding, type Rule } from "../finding";
import { reportTitle } from "../title";
import { halfWidthOf } from "../text";

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
    const title = reportTitle(doc, firstHeading);
    if (title.year === undefined) return [];
    const ry = { year: title.year, paragraph: title.paragraph };
    const out: Finding[] = [];
    for (const p of doc.paragraphs) {
      if (p.index === ry.paragraph || p.toc || !/[0-9０-９]{4}/.test(p.text)) continue;
      const t = halfWidthOf(p);
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
