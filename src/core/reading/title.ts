// The title block of a report — the lines before its first heading — says whose report
// it is and for which year: "深泽县信访局" / "2023 年度整体支出绩效自评报告", or both on one
// line. Reviewers' summaries list reports by these.
import type { DocModel } from "../model/model";
import { toHalfWidth } from "../text/text";

export interface ReportTitle {
  department?: string;
  year?: number;
  /** The paragraph that names the year. */
  paragraph?: number;
}

const YEAR = /((?:19|20)\d{2})\s*年度?/;
const TITLE_WORDS = /报告|自评|绩效/;
const DATE_FIELD = /(日期|时间)\s*[:：]?\s*$/;

function clean(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, "")
    .replace(/^关于/, "")
    .replace(/[：:，,]$/, "");
}

export function reportTitle(doc: DocModel, firstHeading: number): ReportTitle {
  const lines = doc.paragraphs
    .slice(0, Math.max(0, Math.min(firstHeading, 12)))
    .filter((p) => !p.cell && !p.toc && p.text.trim());
  for (let i = 0; i < lines.length; i++) {
    const p = lines[i];
    const text = toHalfWidth(p.text);
    const m = YEAR.exec(text);
    // a cover's date field ("报告日期：2019年06月18日") says when, not which year is evaluated
    if (!m || DATE_FIELD.test(text.slice(0, m.index))) continue;
    // a title broken over two lines: "岳阳市2018年度部门整体支出" / "绩效评价自评报告"
    const next = lines[i + 1] ? toHalfWidth(lines[i + 1].text) : "";
    if (!TITLE_WORDS.test(text) && !(TITLE_WORDS.test(next) && !YEAR.test(next) && next.length <= 40)) continue;
    const before = clean(text.slice(0, m.index));
    // the unit's name is on the same line before the year, or on a short line above
    const above = lines
      .slice(0, i)
      .map((l) => clean(l.text))
      .filter((t) => t.length >= 2 && t.length <= 40 && !TITLE_WORDS.test(t))
      .pop();
    return { department: before || above || undefined, year: Number(m[1]), paragraph: p.index };
  }
  // no title line: the year most cited as "YYYY 年度"
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
  return best ? { year: best[0], paragraph: best[1].paragraph } : {};
}
