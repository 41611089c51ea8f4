// The scope of a figure (docs/domain.md §6): whose it is, and for which period. A label names a
// fact by one of its terms; the words before that term say whether the figure is the
// department's own for the year ("年末实有人数", "本局在职人数") or something narrower — a
// sub-unit ("甲站在职"), one kind ("政法专项编制"), one part of the spending ("基本支出执行率"),
// another period ("上年在职", "6 月底在职"). Only figures of the same scope are compared.

/** Why a figure is not the department's figure for the report year; undefined when it is. */
export interface FigureScope {
  /** Words naming a narrower subject or kind: "甲站", "政法专项", "机关本级". */
  subject?: string;
  /** Words naming another period: "上年", "2022年", "6月". */
  period?: string;
}

/**
 * Words that leave a figure the department's own: the department named generically, the
 * reporting period, linking words. Longest first, removed wherever they stand in the
 * words before the term.
 */
const NEUTRAL = [
  "部门(单位)",
  "部门整体支出",
  "整体支出",
  "部门整体",
  "年度资金",
  "全年度",
  "本年度",
  "全部门",
  "全单位",
  "全系统",
  "截至",
  "截止",
  "年末",
  "年底",
  "期末",
  "本年",
  "当年",
  "全年",
  "今年",
  "年度",
  "部门",
  "单位",
  "整体",
  "总体",
  "全部",
  "合计",
  "总计",
  "共计",
  "现有",
  "实有",
  "目前",
  "核定",
  "实际",
  "共有",
  "人员",
  "其中",
  "资金",
  "财政",
  "机构",
  "末",
  "年",
  "底",
  "至",
  "共",
  "总",
  "有",
  "的",
  "为",
  "时",
];

/** Words that name another period outright. */
const OTHER_PERIOD = ["上年度", "上一年", "上年", "去年", "前年", "同期", "年初"];

/** This body ("本局", "我委", "全局"): a demonstrative and an office noun. */
// (not 该: "该馆" points back to the sub-unit just named)
const SELF = /[本我全][局委办院厅部处科所站队中心馆会社室]{1,2}/g;

/**
 * The scope of a figure whose label is `label` and whose matching term begins at `termAt`
 * (both as compared: folded, no spaces). `department` is the unit's name from the title,
 * `year` the report year: naming either does not narrow the figure.
 */
export function figureScope(
  label: string,
  termAt: number,
  term: string,
  department?: string,
  year?: number,
  clause = "",
): FigureScope | undefined {
  let prefix = label.slice(0, termAt);
  const scope: FigureScope = {};
  // a period: another year (named in the label or earlier in its clause: "2022 年末在职 34 人"), a month other than
  // December, last year's figure
  for (const m of `${clause} ${prefix}`.matchAll(/(\d{4})\s*年/g))
    if (year !== undefined && Number(m[1]) !== year) scope.period = `${m[1]}年`;
  const month = /(\d{1,2})月/.exec(prefix);
  if (month && Number(month[1]) !== 12) scope.period = month[0];
  const other = OTHER_PERIOD.find((w) => prefix.includes(w) && !term.includes(w));
  if (other) scope.period ??= other;
  prefix = prefix.replace(/\d+(年|月|日|号)?/g, "").replace(/[0-9.\-/]/g, "");
  for (const w of OTHER_PERIOD) prefix = prefix.split(w).join("");
  // the unit's own name, whole or shortened ("深泽县信访局", "信访局")
  if (department) {
    const d = department.replace(/\s+/g, "");
    if (d && prefix.includes(d)) prefix = prefix.split(d).join("");
    else
      for (let cut = 1; cut <= d.length - 2; cut++) {
        const tail = d.slice(cut);
        if (prefix.includes(tail)) {
          prefix = prefix.split(tail).join("");
          break;
        }
      }
  }
  prefix = prefix.replace(SELF, "");
  for (const w of NEUTRAL) prefix = prefix.split(w).join("");
  const rest = prefix.replace(/[^\u3400-\u9fffA-Za-z]/g, "");
  if (rest) scope.subject = rest;
  return scope.subject || scope.period ? scope : undefined;
}

/** The scope in words, for a message: "甲站" / "上年". */
export function describeScope(s: FigureScope): string {
  return [s.subject, s.period].filter(Boolean).join("，");
}

/**
 * Words naming where money comes from. "一般公共预算财政拨款支出 X 万元，其中基本支出 Y 万元…"
 * narrows the whole sentence to one source: its total and its parts are of the same scope,
 * so they can be summed, though neither is the department's figure for all its money.
 * (As compared in a scope's subject: 共 and 财政 are already removed, see NEUTRAL.)
 */
const FUND_WORDS: [RegExp, string][] = [
  [/政府性基金(预算)?(拨款)?/g, "政府性基金"],
  [/国有?资本经营预算(拨款)?/g, "国有资本经营预算"],
  [/一般公?预算(拨款)?|公?预算拨款|拨款/g, "一般公共预算"],
];

/**
 * The one source of funds a figure's scope names ("一般公共预算" for 一般公共预算财政拨款支出),
 * or undefined when its scope says anything else too (a sub-unit, a kind, another period).
 */
export function fundSource(scope: FigureScope | undefined): string | undefined {
  if (!scope?.subject || scope.period) return undefined;
  let rest = scope.subject;
  let source: string | undefined;
  for (const [re, name] of FUND_WORDS) {
    const next = rest.replace(re, "");
    if (next === rest) continue;
    if (source && source !== name) return undefined;
    source = name;
    rest = next;
  }
  return rest ? undefined : source;
}
