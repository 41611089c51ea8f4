import { finding, msg, type Finding } from "../model/finding";
import type { Rule } from "./rule";
import { corpusOf, foundByParagraph } from "../text/corpus";
import { toHalfWidth } from "../text/text";

// a year as typed, half- or full-width (the patterns run on the text as written, not on a folded copy)
const YEAR = "((?:[1１][9９]|[2２][0０])[0-9０-９]{2})";

// phrases that name the period the report covers
const PERIOD = [
  new RegExp(`截[止至](?:时间|日期)?[：:\\s]*${YEAR}\\s*[-年./－．／]`, "g"),
  new RegExp(`${YEAR}\\s*年\\s*(?:年末|年底|末|[1１][2２]\\s*月\\s*[3３][1１]\\s*日)`, "g"),
  new RegExp(`${YEAR}\\s*年度\\s*(?:部门整体支出|整体支出|绩效自评|部门决算|决算)`, "g"),
];

/** A date or period that names another year than the report's (title 2023, 截止时间 2022-12-31). */
export const yearMismatch: Rule = {
  id: "year-mismatch",
  severity: "warning",
  description: msg(
    "报告年度与文中截止日期、年末数据等年份不一致",
    "the report year disagrees with a cut-off date or year-end figure",
  ),
  check({ doc, title }) {
    if (title.year === undefined) return [];
    const ry = { year: title.year, paragraph: title.paragraph };
    const out: Finding[] = [];
    // each pattern once over the whole text; years kept per paragraph in the order found
    const finders = PERIOD.map((re) => ({ re, value: (m: RegExpExecArray) => Number(toHalfWidth(m[1])) }));
    for (const [p, years] of foundByParagraph(corpusOf(doc), finders, (x) => x.index === ry.paragraph || !!x.toc)) {
      for (const y of years) {
        if (y === ry.year) continue;
        out.push(
          finding(
            this,
            { paragraph: p.index },
            msg(
              `年份不一致：报告年度为 ${ry.year} 年，此处为 ${y} 年`,
              `year mismatch: the report covers ${ry.year}, this says ${y}`,
            ),
            {
              fix: msg(
                `核对年份：应为 ${ry.year} 年，或写明为何是 ${y} 年`,
                `check the year: ${ry.year}, or say why ${y}`,
              ),
            },
          ),
        );
      }
    }
    return out;
  },
};
