import { finding, msg, type Finding } from "../model/finding";
import type { Rule } from "./rule";
import type { IndicatorLine, IndicatorTable } from "../reading/indicator-table";
import type { DocModel } from "../model/model";
import { formatNumber, halfUnit } from "../text/numbers";
import type { ScoreInfo } from "../reading/score";

function decimalsOf(n: number): number {
  const s = String(n);
  return s.includes(".") ? s.length - s.indexOf(".") - 1 : 0;
}

/** The first cell of a table row, where a finding about the whole line points. */
function rowLocation(doc: DocModel, table: number, row: number) {
  return {
    paragraph: doc.tables[table].rows[row][0]?.paragraph ?? doc.tables[table].firstParagraph,
    table,
    row,
  };
}

/** Line scores are exact as written; a total may round their sum to its own decimals. */
function roundsTo(stated: number, decimals: number, sum: number): boolean {
  return Math.abs(stated - sum) <= halfUnit(decimals) + 1e-9;
}

/** The score the text states against Σ 得分, once the table scores any line. */
function statedAgainstTable(rule: Rule, score: ScoreInfo, t: IndicatorTable): Finding[] {
  const stated = score.stated;
  if (!stated || !t.lines.some((l) => l.score !== undefined)) return [];
  if (roundsTo(stated.value, decimalsOf(stated.value), t.scoreSum)) return [];
  const sumText = formatNumber(t.scoreSum);
  return [
    finding(
      rule,
      stated.location,
      msg(
        `自评得分 ${stated.value} 分与指标表得分合计 ${sumText} 分不符`,
        `stated score ${stated.value} differs from the indicator table's total ${sumText}`,
      ),
      {
        fix: msg(
          `核对自评得分与指标表各项得分，使两者一致（指标表合计 ${sumText} 分）`,
          `make the stated score and the table agree (the table adds up to ${sumText})`,
        ),
      },
    ),
  ];
}

/** The table's own total row (总分 / 合计) against Σ 得分 of its lines. */
function tableTotalAgainstLines(rule: Rule, doc: DocModel, t: IndicatorTable): Finding[] {
  const total = t.statedTotal;
  if (!total || roundsTo(total.value, total.decimals, t.scoreSum)) return [];
  const sumText = formatNumber(t.scoreSum);
  return [
    finding(
      rule,
      rowLocation(doc, total.table, total.row),
      msg(
        `指标表合计得分 ${total.value} ≠ 各项得分之和 ${sumText}`,
        `the indicator table's total ${total.value} ≠ the sum of its lines ${sumText}`,
      ),
      { fix: msg(`将合计得分改为 ${sumText}，或核对各项得分`, `write ${sumText}, or check the lines`) },
    ),
  ];
}

/**
 * One line's score against its weight, or, within the weight, above what 完成值 / 指标值 gives (docs/domain.md §4):
 * the latter only warns, as a reviewer may deduct or round for reasons the table does not show.
 */
function lineAgainstWeight(rule: Rule, doc: DocModel, l: IndicatorLine): Finding[] {
  const { weight, score, recomputed } = l;
  if (score === undefined) return [];
  if (weight !== undefined && score > weight + 1e-9)
    return [
      finding(
        rule,
        rowLocation(doc, l.table, l.row),
        msg(
          `指标“${l.name}”得分 ${score} 超过分值 ${weight}`,
          `indicator "${l.name}" scores ${score}, above its weight ${weight}`,
        ),
        { fix: msg(`得分不超过分值 ${weight}`, `score at most ${weight}`) },
      ),
    ];
  if (!(recomputed !== undefined && score > recomputed + halfUnit(Math.max(l.scoreDecimals, 1)) + 1e-9)) return [];
  const earns = formatNumber(recomputed, 2);
  return [
    finding(
      rule,
      rowLocation(doc, l.table, l.row),
      msg(
        `指标“${l.name}”完成值 ${l.actual} / 指标值 ${l.target}，按比例应得 ${earns} 分，表中为 ${l.score} 分`,
        `indicator "${l.name}": actual ${l.actual} against target ${l.target} earns ${earns}, the table gives ${l.score}`,
      ),
      {
        severity: "warning",
        fix: msg(`按完成比例核对得分（约 ${earns} 分），或说明扣分理由`, `check the score (about ${earns}) or say why`),
      },
    ),
  ];
}

/** Σ 分值 against the profile's total (100 for the national forms). */
function weightsAgainstTotal(rule: Rule, doc: DocModel, t: IndicatorTable, total: number): Finding[] {
  const weighted = t.lines.filter((l) => l.weight !== undefined);
  // weights with decimals (33.33 × 3) may each be rounded; whole weights are exact
  const weightTolerance = t.weightDecimals === 0 ? 1e-9 : halfUnit(t.weightDecimals) * weighted.length;
  if (!(weighted.length > 0 && Math.abs(t.weightSum - total) > weightTolerance)) return [];
  const sumText = formatNumber(t.weightSum, t.weightDecimals);
  return [
    finding(
      rule,
      rowLocation(doc, weighted[0].table, weighted[0].row),
      msg(`指标分值合计 ${sumText}，应为 ${total}`, `indicator weights add up to ${sumText}, not ${total}`),
      { fix: msg(`调整各项指标分值，使合计为 ${total}`, `adjust the weights to add up to ${total}`) },
    ),
  ];
}

/**
 * The score against the indicator table: the stated total (text and 总分 row) vs Σ 得分,
 * a line scored over its weight, a quantitative line scored above what 完成值/指标值
 * gives (docs/domain.md §4), and weights that do not add up to the profile's total.
 */
export const scoreTotal: Rule = {
  id: "score-total",
  severity: "error",
  description: msg(
    "总分与指标表得分之和不符、单项得分超过分值、权重合计不为 100",
    "the total score differs from the indicator table, a line exceeds its weight, or weights do not sum to 100",
  ),
  check({ score, profile, doc }) {
    const t = score.indicator;
    if (!t) return [];
    return [
      ...statedAgainstTable(this, score, t),
      ...tableTotalAgainstLines(this, doc, t),
      ...t.lines.flatMap((l) => lineAgainstWeight(this, doc, l)),
      ...weightsAgainstTotal(this, doc, t, profile.weights.total),
    ];
  },
};
