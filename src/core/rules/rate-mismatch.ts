import { describeFact, factInterval, isPlain, usedFact, type Fact } from "../reading/facts";
import { finding, msg, type FigureUsed, type Finding } from "../model/finding";
import type { Rule, RuleContext } from "./rule";
import type { Location } from "../model/model";
import {
  cellQuantity,
  formatNumber,
  intervalOf,
  intervalsMeet,
  parseCellNumber,
  percentInterval,
  ratePercent,
} from "../text/numbers";
import { SCORE_COLUMN, WEIGHT_COLUMN } from "../reading/indicator-table";
import { findColumn, rowLabel, shortHeader, slotText, type TableView } from "../reading/tables";

/** A rate cell: "95.2%" or "95.2" in a 率 column, or a fraction "0.952". */
function readRate(text: string): { value: number; decimals: number } | undefined {
  const n = cellQuantity(text);
  return n && ratePercent(n.value, n.decimals, n.percent);
}

function fromText(ctx: RuleContext, rule: Rule): Finding[] {
  const ex = ctx.profile.execution;
  if (!ex) return [];
  // the department's figures for the year only: a part's rate (基本支出执行率) is not the total rate
  const pick = (ids: string[]) =>
    ids.map((id) => ctx.facts.find((f) => f.id === id && isPlain(f))).find((f): f is Fact => !!f);
  const rate = ctx.facts.find((f) => f.id === ex.rate && f.source !== "table" && isPlain(f));
  const budget = pick(ex.budget);
  const executed = pick(ex.executed);
  if (!rate || !budget || !executed) return [];
  const computed = percentInterval(factInterval(executed), factInterval(budget));
  if (!computed || intervalsMeet(factInterval(rate), computed)) return [];
  const value = ((executed.value * executed.scale) / (budget.value * budget.scale)) * 100;
  return [
    finding(
      rule,
      rate.location,
      msg(
        `预算执行率 ${describeFact(rate)} 与 全年执行数 ${describeFact(executed)} ÷ 全年预算数 ${describeFact(budget)} = ${formatNumber(value, 2)}% 不符`,
        `execution rate ${describeFact(rate)} ≠ executed ${describeFact(executed)} ÷ budget ${describeFact(budget)} = ${formatNumber(value, 2)}%`,
      ),
      {
        figures: [usedFact(rate, "预算执行率"), usedFact(executed, "全年执行数"), usedFact(budget, "全年预算数")],
        fix: msg(
          `将预算执行率改为 ${formatNumber(value, 2)}%，或核对执行数与预算数`,
          `write ${formatNumber(value, 2)}%, or check the two figures`,
        ),
      },
    ),
  ];
}

/** The columns of an execution table the rule reads; -1 where the table has none. */
interface ExecutionColumns {
  budget: number;
  executed: number;
  rate: number;
  weight: number;
  score: number;
}

function executionColumns(view: TableView): ExecutionColumns {
  return {
    budget: findColumn(view, ["全年预算数", "调整后预算数", "调整预算数"]),
    executed: findColumn(view, ["全年执行数", "执行数", "实际支出"]),
    rate: findColumn(view, ["执行率"]),
    weight: findColumn(view, WEIGHT_COLUMN),
    score: findColumn(view, SCORE_COLUMN),
  };
}

type CellQuantity = ReturnType<typeof cellQuantity>;

/** One row of an execution table as read: its figures, and how a finding points at and quotes its cells. */
interface ExecutionRow {
  label: string;
  budget: CellQuantity;
  executed: CellQuantity;
  rate?: { value: number; decimals: number };
  /** 执行数 ÷ 预算数 in percent, when both are given and the budget is positive. */
  exact?: number;
  /** The budget and executed cells as a finding quotes them, those the row fills. */
  used: FigureUsed[];
  at(c: number): Location;
  figure(c: number, name: string): FigureUsed;
}

function readExecutionRow(view: TableView, cols: ExecutionColumns, r: number): ExecutionRow {
  const t = view.table;
  const label = rowLabel(view, r).text;
  const at = (c: number): Location => ({
    paragraph: t.rows[r][c].paragraph ?? t.firstParagraph,
    table: t.index,
    row: r,
    column: c,
  });
  const figure = (c: number, name: string) => ({
    label: `${label}${name}`,
    value: slotText(t, r, c).trim(),
    location: at(c),
    source: "table" as const,
  });
  // forms often write the unit in the cell ("4753.66万元"): read it as a sentence would
  const budget = cols.budget >= 0 ? cellQuantity(slotText(t, r, cols.budget)) : undefined;
  const executed = cols.executed >= 0 ? cellQuantity(slotText(t, r, cols.executed)) : undefined;
  const rate = cols.rate >= 0 && !t.rows[r][cols.rate].covered ? readRate(t.rows[r][cols.rate].text) : undefined;
  const header = (c: number, fallback: string) => (view.columns[c] ? shortHeader(view.columns[c]) : fallback);
  const used = [
    ...(budget ? [figure(cols.budget, header(cols.budget, "预算数"))] : []),
    ...(executed ? [figure(cols.executed, header(cols.executed, "执行数"))] : []),
  ];
  const exact = budget && executed && budget.value > 0 ? (executed.value / budget.value) * 100 : undefined;
  return { label, budget, executed, rate, exact, used, at, figure };
}

/** The stated rate against 执行数 ÷ 预算数, both read as rounded figures. */
function rateAgainstFigures(rule: Rule, row: ExecutionRow, cols: ExecutionColumns): Finding[] {
  const { label, budget, executed, rate, exact } = row;
  if (!budget || !executed || !rate) return [];
  const computed = percentInterval(
    intervalOf(executed.value, executed.decimals),
    intervalOf(budget.value, budget.decimals),
  );
  if (!computed || intervalsMeet(intervalOf(rate.value, rate.decimals), computed)) return [];
  return [
    finding(
      rule,
      row.at(cols.rate),
      msg(
        `${label}执行率 ${formatNumber(rate.value, rate.decimals)}% 与 ${executed.value} ÷ ${budget.value} = ${formatNumber(exact!, 2)}% 不符`,
        `${label}: execution rate ${formatNumber(rate.value, rate.decimals)}% ≠ ${executed.value} ÷ ${budget.value} = ${formatNumber(exact!, 2)}%`,
      ),
      {
        figures: [row.figure(cols.rate, "执行率"), ...row.used],
        fix: msg(
          `将执行率改为 ${formatNumber(exact!, 2)}%，或核对执行数与预算数`,
          `write ${formatNumber(exact!, 2)}%, or check the two figures`,
        ),
      },
    ),
  ];
}

/** The execution-rate line scores min(rate, 1) × weight (docs/domain.md §4). */
function scoreAgainstRate(
  rule: Rule,
  view: TableView,
  r: number,
  row: ExecutionRow,
  cols: ExecutionColumns,
  weight: number,
): Finding[] {
  const t = view.table;
  // the score follows the rate the figures give, not a mis-stated one
  const rateValue = row.exact ?? row.rate?.value;
  const w = cols.weight >= 0 ? (parseCellNumber(slotText(t, r, cols.weight))?.value ?? weight) : weight;
  const score =
    cols.score >= 0 ? parseCellNumber(t.rows[r][cols.score].covered ? "" : t.rows[r][cols.score].text) : undefined;
  if (!score || rateValue === undefined) return [];
  const expected = (Math.min(rateValue, 100) / 100) * w;
  if (!(Math.abs(expected - score.value) > 0.5 * Math.pow(10, -score.decimals) + 1e-9)) return [];
  const rateFigures = row.budget && row.executed ? row.used : row.rate ? [row.figure(cols.rate, "执行率")] : [];
  return [
    finding(
      rule,
      row.at(cols.score),
      msg(
        `执行率得分 ${score.value} 与 min(${formatNumber(rateValue, 2)}%, 100%) × ${w} = ${formatNumber(expected, 2)} 不符`,
        `execution-rate score ${score.value} ≠ min(${formatNumber(rateValue, 2)}%, 100%) × ${w} = ${formatNumber(expected, 2)}`,
      ),
      {
        figures: [
          row.figure(cols.score, "得分"),
          ...(cols.weight >= 0 ? [row.figure(cols.weight, "分值")] : []),
          ...rateFigures,
        ],
        fix: msg(`将执行率得分改为 ${formatNumber(expected, 2)}`, `score it ${formatNumber(expected, 2)}`),
      },
    ),
  ];
}

/** Each data row of an execution table: its stated rate, then its score. */
function fromTable(view: TableView, weight: number, rule: Rule): Finding[] {
  const cols = executionColumns(view);
  const out: Finding[] = [];
  for (const r of view.dataRows) {
    const row = readExecutionRow(view, cols, r);
    out.push(...rateAgainstFigures(rule, row, cols), ...scoreAgainstRate(rule, view, r, row, cols, weight));
  }
  return out;
}

/** A stated execution rate that does not recompute as 执行数 / 预算数, and its score vs min(rate, 1) × weight. */
export const rateMismatch: Rule = {
  id: "rate-mismatch",
  severity: "error",
  description: msg(
    "预算执行率或其得分与执行数、预算数重新计算的结果不符",
    "the execution rate or its score does not recompute from executed and budget figures",
  ),
  check(ctx) {
    const weight = ctx.profile.execution?.weight ?? 10;
    return [
      ...fromText(ctx, this),
      ...ctx.tables.filter((v) => v.def?.kind === "execution").flatMap((v) => fromTable(v, weight, this)),
    ];
  },
};
