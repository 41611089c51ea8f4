import { finding, msg, type Finding, type Rule } from "../finding";
import { formatNumber, halfUnit } from "../numbers";

function decimalsOf(n: number): number {
  const s = String(n);
  return s.includes(".") ? s.length - s.indexOf(".") - 1 : 0;
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
    const out: Finding[] = [];
    const t = score.indicator;
    if (!t) return out;
    const cell = (table: number, row: number) => ({
      paragraph: doc.tables[table].rows[row][0]?.paragraph ?? doc.tables[table].firstParagraph,
      table,
      row,
    });
    const sum = t.scoreSum;
    const sumText = formatNumber(sum);
    // line scores are exact as written; a total may round their sum to its own decimals
    const roundsTo = (stated: number, decimals: number) => Math.abs(stated - sum) <= halfUnit(decimals) + 1e-9;
    if (
      score.stated &&
      t.lines.some((l) => l.score !== undefined) &&
      !roundsTo(score.stated.value, decimalsOf(score.stated.value))
    ) {
      out.push(
        finding(
          this,
          score.stated.location,
          msg(
            `自评得分 ${score.stated.value} 分与指标表得分合计 ${sumText} 分不符`,
            `stated score ${score.stated.value} differs from the indicator table's total ${sumText}`,
          ),
          {
            fix: msg(
              `核对自评得分与指标表各项得分，使两者一致（指标表合计 ${sumText} 分）`,
              `make the stated score and the table agree (the table adds up to ${sumText})`,
            ),
          },
        ),
      );
    }
    if (t.statedTotal && !roundsTo(t.statedTotal.value, t.statedTotal.decimals)) {
      out.push(
        finding(
          this,
          cell(t.statedTotal.table, t.statedTotal.row),
          msg(
            `指标表合计得分 ${t.statedTotal.value} ≠ 各项得分之和 ${sumText}`,
            `the indicator table's total ${t.statedTotal.value} ≠ the sum of its lines ${sumText}`,
          ),
          { fix: msg(`将合计得分改为 ${sumText}，或核对各项得分`, `write ${sumText}, or check the lines`) },
        ),
      );
    }
    for (const l of t.lines) {
      if (l.weight !== undefined && l.score !== undefined && l.score > l.weight + 1e-9) {
        out.push(
          finding(
            this,
            cell(l.table, l.row),
            msg(
              `指标“${l.name}”得分 ${l.score} 超过分值 ${l.weight}`,
              `indicator "${l.name}" scores ${l.score}, above its weight ${l.weight}`,
            ),
            { fix: msg(`得分不超过分值 ${l.weight}`, `score at most ${l.weight}`) },
          ),
        );
      } else if (
        l.recomputed !== undefined &&
        l.score !== undefined &&
        l.score > l.recomputed + halfUnit(Math.max(l.scoreDecimals, 1)) + 1e-9
      ) {
        out.push(
          finding(
            this,
            cell(l.table, l.row),
            msg(
              `指标“${l.name}”完成值 ${l.actual} / 指标值 ${l.target}，按比例应得 ${formatNumber(l.recomputed, 2)} 分，表中为 ${l.score} 分`,
              `indicator "${l.name}": actual ${l.actual} against target ${l.target} earns ${formatNumber(l.recomputed, 2)}, the table gives ${l.score}`,
            ),
            {
              severity: "warning",
              fix: msg(
                `按完成比例核对得分（约 ${formatNumber(l.recomputed, 2)} 分），或说明扣分理由`,
                `check the score (about ${formatNumber(l.recomputed, 2)}) or say why`,
              ),
            },
          ),
        );
      }
    }
    const weighted = t.lines.filter((l) => l.weight !== undefined);
    // weights with decimals (33.33 × 3) may each be rounded; whole weights are exact
    const weightTolerance = t.weightDecimals === 0 ? 1e-9 : halfUnit(t.weightDecimals) * weighted.length;
    if (weighted.length > 0 && Math.abs(t.weightSum - profile.weights.total) > weightTolerance) {
      out.push(
        finding(
          this,
          cell(weighted[0].table, weighted[0].row),
          msg(
            `指标分值合计 ${formatNumber(t.weightSum, t.weightDecimals)}，应为 ${profile.weights.total}`,
            `indicator weights add up to ${formatNumber(t.weightSum, t.weightDecimals)}, not ${profile.weights.total}`,
          ),
          {
            fix: msg(
              `调整各项指标分值，使合计为 ${profile.weights.total}`,
              `adjust the weights to add up to ${profile.weights.total}`,
            ),
          },
        ),
      );
    }
    return out;
  },
};
