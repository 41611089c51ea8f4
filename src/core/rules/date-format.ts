import { finding, msg, type Finding } from "../model/finding";
import type { Rule } from "./rule";
import { paragraphLocation } from "../model/model";
import { toHalfWidth } from "../text/text";

// Dates are read in the half-width form of a paragraph (same length, so positions hold):
// 2023年4月18日 (日 or 号, spaces anywhere), and 2023-04-18 / 2023.4.18 / 2023/4/18.

/** 2023年4月18日, 4月31日, 2023年13月, 2023年4月18 — year, month and day as digits. */
const CN_DATE = /(?<![\d.\-/])(?:(\d{4})[ \t]*年[ \t]*)?(\d{1,2})[ \t]*月(?:[ \t]*(\d{1,2})(?!\d)([ \t]*[日号])?)?/g;

/** 2023-02-30, 2023.4.31, 2023/2/30: a year, a month and a day, nothing glued either side. */
const NUMERIC_DATE = /(?<![\dA-Za-z.\-/])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d])(?![.\-/]\d)/g;

/** After a day written without 日: punctuation or the paragraph's end. 、 and ranges (18、19日, 18-20日) are not. */
const ENDS_AFTER_DAY = /^[ \t]*(?:$|[。，；：！？,;:!?）)」』”’])/;

/** …18, 19日 / 18，19日: one more day follows, and that day carries the 日. */
const ANOTHER_DAY = /^[ \t]*[，,][ \t]*\d{1,2}[ \t]*[日号]/;

// a year of our era; others are not dates (amounts, codes)
const plausibleYear = (y: number) => y >= 1990 && y <= 2039;

function daysIn(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

interface DateProblem {
  /** The date as typed. */
  typed: string;
  kind: "incomplete" | "impossible";
  zh: string;
  en: string;
  fix: { zh: string; en: string };
}

/** What is impossible about a month and a day (of a year, when one is given); undefined when the date exists. */
function impossible(
  typed: string,
  year: number | undefined,
  month: number,
  day: number | undefined,
): DateProblem | undefined {
  if (month < 1 || month > 12)
    return {
      typed,
      kind: "impossible",
      zh: `月份“${month}”不存在`,
      en: `there is no month ${month}`,
      fix: { zh: "核对月份，月份应在 1 至 12 之间", en: "check the month: it runs from 1 to 12" },
    };
  if (day === undefined) return undefined;
  const last = daysIn(month, year);
  if (day >= 1 && day <= last) return undefined;
  const which = year !== undefined ? `${year}年${month}月` : `${month}月`;
  const whichEn = year !== undefined ? `${month}/${year}` : `month ${month}`;
  return {
    typed,
    kind: "impossible",
    zh: day === 0 ? "日期不能为 0 日" : `${which}只有 ${last} 天`,
    en: day === 0 ? "there is no day 0" : `${whichEn} has ${last} days`,
    fix: {
      zh: `核对日期，${which}的最后一天是 ${last} 日`,
      en: `check the date: the last day of ${whichEn} is ${last}`,
    },
  };
}

/** The dates of a paragraph that are incomplete or impossible; `half` is its text folded to half-width. */
function problemsIn(text: string, half: string): DateProblem[] {
  const out: DateProblem[] = [];
  for (const m of half.matchAll(CN_DATE)) {
    const [whole, y, mo, d, dayMark] = m;
    const year = y !== undefined ? Number(y) : undefined;
    // without a year, only a month and day with 日 is surely a date (3月 alone may be anything)
    if (year !== undefined ? !plausibleYear(year) : d === undefined || !dayMark) continue;
    const typed = text.slice(m.index, m.index + whole.length).trim();
    const month = Number(mo);
    const day = d !== undefined ? Number(d) : undefined;
    // 2023年4月18 then punctuation or the end: the 日 is missing
    if (year !== undefined && day !== undefined && !dayMark) {
      const after = half.slice(m.index + whole.length);
      if (!ENDS_AFTER_DAY.test(after) || ANOTHER_DAY.test(after)) continue;
      const bad = impossible(typed, year, month, day);
      if (bad) out.push(bad);
      else {
        const fixed = `${year}年${month}月${day}日`;
        out.push({
          typed,
          kind: "incomplete",
          zh: "缺少“日”",
          en: "the day lacks 日",
          fix: { zh: `改为“${fixed}”`, en: `write "${fixed}"` },
        });
      }
      continue;
    }
    // a month alone is only checked with its year (2023年13月); a day needs its 日 (4月18个 is not a date)
    if (day !== undefined && !dayMark) continue;
    const bad = impossible(typed, year, month, day);
    if (bad) out.push(bad);
  }
  for (const m of half.matchAll(NUMERIC_DATE)) {
    const year = Number(m[1]);
    if (!plausibleYear(year)) continue;
    const bad = impossible(text.slice(m.index, m.index + m[0].length), year, Number(m[3]), Number(m[4]));
    if (bad) out.push(bad);
  }
  return out;
}

/**
 * A date that is incomplete (2023年4月18 with no 日 before punctuation) or impossible
 * (2023年2月30日, 13月, 4月31日, 0日, 2023-02-30, 2023.4.31). A date after the report's year
 * is a plan, not a fault; a date left blank on a cover (  年  月  日) is template-residue's.
 */
export const dateFormat: Rule = {
  id: "date-format",
  severity: "warning",
  description: msg(
    "日期不完整或不存在（如“2023年4月18”缺“日”、2月30日、4月31日）",
    "an incomplete or impossible date (2023年4月18 with no 日, 30 February, 31 April)",
  ),
  check({ doc }) {
    const out: Finding[] = [];
    for (const p of doc.paragraphs) {
      if (p.toc) continue;
      const half = toHalfWidth(p.text);
      // a date has a 月 or a separator between digits: most paragraphs are ruled out without the full patterns
      if (!half.includes("月") && !/\d[-./]\d/.test(half)) continue;
      for (const d of problemsIn(p.text, half)) {
        const loc = paragraphLocation(p);
        const [zh, en] = d.kind === "incomplete" ? ["不完整", "is incomplete"] : ["不存在", "does not exist"];
        out.push(
          finding(this, loc, msg(`日期“${d.typed}”${zh}：${d.zh}`, `date "${d.typed}" ${en}: ${d.en}`), {
            fix: msg(d.fix.zh, d.fix.en),
          }),
        );
      }
    }
    return out;
  },
};
