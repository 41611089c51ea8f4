import { describeFact, factInterval, isPlain, usedFact, type Fact } from "../facts";
import { finding, msg, type Finding, type Rule, type RuleContext } from "../finding";
import {
  cellQuantity,
  formatNumber,
  intervalOf,
  intervalsMeet,
  parseCellNumber,
  percentInterval,
  ratePercent,
} from "../numbers";
import { SCORE_COLUMN, WEIGHT_COLUMN } from "../indicator-table";
import { findColumn, rowLabel, shortHeader, slotText, type TableView } from "../tables";

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

function fromTable(view: TableView, weight: number, rule: Rule): Finding[] {
  const out: Finding[] = [];
  const budgetCol = findColumn(view, ["全年预算数", "调整后预算数", "调整预算数"]);
  const executedCol = findColumn(view, ["全年执行数", "执行数", "实际支出"]);
  const rateCol = findColumn(view, ["执行率"]);
  const weightCol = findColumn(view, WEIGHT_COLUMN);
  const scoreCol = findColumn(view, SCORE_COLUMN);
  for (const r of view.dataRows) {
    const at = (c: number) => ({
      paragraph: view.table.rows[r][c].paragraph ?? view.table.firstParagraph,
      table: view.table.index,
      row: r,
      column: c,
    });
    const label = rowLabel(view, r).text;
    // forms often write the unit in the cell ("4753.66万元"): read it as a sentence would
    const budget = budgetCol >= 0 ? cellQuantity(slotText(view.table, r, budgetCol)) : undefined;
    const executed = executedCol >= 0 ? cellQuantity(slotText(view.table, r, executedCol)) : undefined;
    const rate =
      rateCol >= 0 && !view.table.rows[r][rateCol].covered ? readRate(view.table.rows[r][rateCol].text) : undefined;
    let rateValue = rate?.value;
    const cellFigure = (c: number, name: string) => ({
      label: `${label}${name}`,
      value: slotText(view.table, r, c).trim(),
      location: at(c),
      source: "table" as const,
    });
    const used = [
      ...(budget
        ? [cellFigure(budgetCol, view.columns[budgetCol] ? shortHeader(view.columns[budgetCol]) : "预算数")]
        : []),
      ...(executed
        ? [cellFigure(executedCol, view.columns[executedCol] ? shortHeader(view.columns[executedCol]) : "执行数")]
        : []),
    ];
    if (budget && executed) {
      const computed = percentInterval(
        intervalOf(executed.value, executed.decimals),
        intervalOf(budget.value, budget.decimals),
      );
      const exact = budget.value > 0 ? (executed.value / budget.value) * 100 : undefined;
      if (rate && computed && !intervalsMeet(intervalOf(rate.value, rate.decimals), computed)) {
        out.push(
          finding(
            rule,
            at(rateCol),
            msg(
              `${label}执行率 ${formatNumber(rate.value, rate.decimals)}% 与 ${executed.value} ÷ ${budget.value} = ${formatNumber(exact!, 2)}% 不符`,
              `${label}: execution rate ${formatNumber(rate.value, rate.decimals)}% ≠ ${executed.value} ÷ ${budget.value} = ${formatNumber(exact!, 2)}%`,
            ),
            {
              figures: [cellFigure(rateCol, "执行率"), ...used],
              fix: msg(
                `将执行率改为 ${formatNumber(exact!, 2)}%，或核对执行数与预算数`,
                `write ${formatNumber(exact!, 2)}%, or check the two figures`,
              ),
            },
          ),
        );
      }
      // the score follows the rate the figures give, not a mis-stated one
      if (exact !== undefined) rateValue = exact;
    }
    // the execution-rate line scores min(rate, 1) × weight (docs/domain.md §4)
    const w = weightCol >= 0 ? (parseCellNumber(slotText(view.table, r, weightCol))?.value ?? weight) : weight;
    const score =
      scoreCol >= 0
        ? parseCellNumber(view.table.rows[r][scoreCol].covered ? "" : view.table.rows[r][scoreCol].text)
        : undefined;
    if (score && rateValue !== undefined) {
      const expected = (Math.min(rateValue, 100) / 100) * w;
      if (Math.abs(expected - score.value) > 0.5 * Math.pow(10, -score.decimals) + 1e-9) {
        out.push(
          finding(
            rule,
            at(scoreCol),
            msg(
              `执行率得分 ${score.value} 与 min(${formatNumber(rateValue, 2)}%, 100%) × ${w} = ${formatNumber(expected, 2)} 不符`,
              `execution-rate score ${score.value} ≠ min(${formatNumber(rateValue, 2)}%, 100%) × ${w} = ${formatNumber(expected, 2)}`,
            ),
            {
              figures: [
                cellFigure(scoreCol, "得分"),
                ...(weightCol >= 0 ? [cellFigure(weightCol, "分值")] : []),
                ...(budget && executed ? used : rate ? [cellFigure(rateCol, "执行率")] : []),
              ],
              fix: msg(`将执行率得分改为 ${formatNumber(expected, 2)}`, `score it ${formatNumber(expected, 2)}`),
            },
          ),
        );
      }
    }
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
