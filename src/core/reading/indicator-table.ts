// The indicator table (绩效自评指标表): its scored lines, each line's weight and score, lines
// recomputed from 指标值 and 完成值 where both are quantitative (docs/domain.md §4), the table's own
// total row, and the sums per 一级指标.
import { parseCellNumber } from "../text/numbers";
import type { Profile } from "../profile/profile";
import { findColumn, rowLabel, slotText, type TableView } from "./tables";
import { normalizeLabel, toHalfWidth } from "../text/text";

export interface IndicatorLine {
  /** Table index and row of the line. */
  table: number;
  row: number;
  group: string;
  name: string;
  weight?: number;
  weightDecimals: number;
  score?: number;
  scoreDecimals: number;
  target?: string;
  actual?: string;
  /** Score per docs/domain.md §4 when target and actual are both quantitative. */
  recomputed?: number;
}

export interface IndicatorTable {
  /** The tables the lines come from: one, or a table continued over several. */
  tables: number[];
  lines: IndicatorLine[];
  /** The table's own total row (总分 / 合计), when it has one. */
  statedTotal?: { value: number; decimals: number; table: number; row: number; weight?: number };
  weightSum: number;
  scoreSum: number;
  scoreDecimals: number;
  weightDecimals: number;
  /** Σ 得分 per 一级指标, for the score breakdown. */
  groups: { name: string; weight: number; score: number }[];
}

interface Target {
  value: number;
  /** "min": at least the target (≥); "max": at most (≤, a reverse indicator). */
  direction: "min" | "max";
  percent: boolean;
}

/** Reads a quantitative target or result: "≥95%", "≤0", "100%", "10件", "不低于90%". */
export function parseTarget(text: string): Target | undefined {
  const t = toHalfWidth(text).replace(/\s+/g, "");
  const m =
    /^(≥|>=|>|不低于|不少于|大于等于|≤|<=|<|不高于|不超过|小于等于|控制在|=)?(-?\d+(?:\.\d+)?)(%|[\u4e00-\u9fa5]{1,3})?(以上|以内|以下)?$/.exec(
      t,
    );
  if (!m) return undefined;
  const op = m[1] ?? "";
  const direction = /≤|<|不高于|不超过|小于等于|控制在/.test(op) || /以内|以下/.test(m[4] ?? "") ? "max" : "min";
  return { value: Number(m[2]), direction, percent: m[3] === "%" };
}

/** Score of a quantitative line (docs/domain.md §4): met → full weight; short of a ≥ target → weight × 完成值/指标值. */
export function recomputeLine(weight: number, target: string, actual: string): number | undefined {
  const tg = parseTarget(target);
  const ac = parseTarget(actual);
  if (!tg || !ac || tg.percent !== ac.percent) return undefined;
  if (tg.direction === "min") {
    if (ac.value >= tg.value) return weight;
    if (tg.value <= 0) return undefined;
    return Math.max(0, weight * (ac.value / tg.value));
  }
  // a reverse indicator: full when met; the deduction per point over is a local rule, so no recomputation
  return ac.value <= tg.value ? weight : undefined;
}

/** Headers of the column holding a line's points (its weight), in an indicator or an execution table. */
export const WEIGHT_COLUMN = ["分值", "权重", "标准分"];
/** Headers of the column holding the points a line scored. */
export const SCORE_COLUMN = ["得分", "评分", "自评分"];

const TOTAL_LABEL = /^(合计|总计|总分|得分合计|总得分|综合得分)$/;

interface TableLines {
  lines: IndicatorLine[];
  statedTotal?: IndicatorTable["statedTotal"];
}

/** The scored lines of one indicator table, and its 总分 row. */
export function readIndicatorLines(view: TableView): TableLines | undefined {
  const weightCol = findColumn(view, WEIGHT_COLUMN);
  const scoreCol = findColumn(view, SCORE_COLUMN);
  if (scoreCol < 0 && weightCol < 0) return undefined;
  const targetCol = findColumn(view, ["年度指标值", "指标值", "目标值", "年度目标"]);
  const actualCol = findColumn(view, ["实际完成值", "完成值", "实际值", "全年实际值"]);
  const groupCol = findColumn(view, ["一级指标"]);
  const nameCol = findColumn(view, ["三级指标", "二级指标", "指标名称"]);
  const t = view.table;
  const lines: IndicatorLine[] = [];
  let statedTotal: TableLines["statedTotal"];
  for (const r of view.dataRows) {
    const cells = t.rows[r].map((_, c) => normalizeLabel(slotText(t, r, c)));
    const weight =
      weightCol >= 0 && !t.rows[r][weightCol].covered ? parseCellNumber(slotText(t, r, weightCol)) : undefined;
    const score = scoreCol >= 0 ? parseCellNumber(slotText(t, r, scoreCol)) : undefined;
    if (cells.some((c) => TOTAL_LABEL.test(c))) {
      if (score)
        statedTotal = { value: score.value, decimals: score.decimals, table: t.index, row: r, weight: weight?.value };
      continue;
    }
    if (!weight && !score) continue;
    const target = targetCol >= 0 ? slotText(t, r, targetCol).trim() : undefined;
    const actual = actualCol >= 0 ? slotText(t, r, actualCol).trim() : undefined;
    const line: IndicatorLine = {
      table: t.index,
      row: r,
      group: groupCol >= 0 ? slotText(t, r, groupCol).trim() : "",
      name: nameCol >= 0 ? slotText(t, r, nameCol).trim() : rowLabel(view, r).text,
      weight: weight?.value,
      weightDecimals: weight?.decimals ?? 0,
      score: score?.value,
      scoreDecimals: score?.decimals ?? 0,
      target,
      actual,
    };
    if (line.weight !== undefined && target && actual) line.recomputed = recomputeLine(line.weight, target, actual);
    lines.push(line);
  }
  return lines.length > 0 || statedTotal ? { lines, statedTotal } : undefined;
}

/** The execution-rate line when the rate is scored in its own table (分值 | 执行率 | 得分). */
function executionLine(view: TableView): IndicatorLine | undefined {
  const weightCol = findColumn(view, WEIGHT_COLUMN);
  const scoreCol = findColumn(view, SCORE_COLUMN);
  if (scoreCol < 0) return undefined;
  for (const r of view.dataRows) {
    const score = parseCellNumber(slotText(view.table, r, scoreCol));
    if (!score) continue;
    const weight = weightCol >= 0 ? parseCellNumber(slotText(view.table, r, weightCol)) : undefined;
    return {
      table: view.table.index,
      row: r,
      group: "预算执行率",
      name: "预算执行率",
      weight: weight?.value,
      weightDecimals: weight?.decimals ?? 0,
      score: score.value,
      scoreDecimals: score.decimals,
    };
  }
  return undefined;
}

function summarize(
  tables: number[],
  lines: IndicatorLine[],
  statedTotal: IndicatorTable["statedTotal"],
): IndicatorTable {
  const groups: IndicatorTable["groups"] = [];
  for (const l of lines) {
    let g = groups.find((x) => x.name === l.group);
    if (!g) groups.push((g = { name: l.group, weight: 0, score: 0 }));
    g.weight += l.weight ?? 0;
    g.score += l.score ?? 0;
  }
  return {
    tables,
    lines,
    statedTotal,
    weightSum: lines.reduce((a, l) => a + (l.weight ?? 0), 0),
    scoreSum: lines.reduce((a, l) => a + (l.score ?? 0), 0),
    scoreDecimals: lines.reduce((m, l) => Math.max(m, l.scoreDecimals), 0),
    weightDecimals: lines.reduce((m, l) => Math.max(m, l.weightDecimals), 0),
    groups,
  };
}

/**
 * The report's indicator table: the first one, continued by the next ones while its
 * weights fall short of the profile's total (a table split at a page or by 一级指标);
 * tables that each carry the full weight (one per project) are not added together.
 * The execution rate scored in its own table joins as one line.
 */
export function readIndicator(views: TableView[], profile: Profile): IndicatorTable | undefined {
  const parts = views
    .filter((v) => v.def?.kind === "indicator")
    .map((v) => ({ v, lines: readIndicatorLines(v) }))
    .filter((x) => x.lines);
  if (parts.length === 0) return undefined;
  const total = profile.weights.total;
  const used = [parts[0]];
  const weight = () => used.reduce((a, x) => a + x.lines!.lines.reduce((b, l) => b + (l.weight ?? 0), 0), 0);
  for (const next of parts.slice(1)) {
    if (weight() >= total - 0.5 || used.some((x) => x.lines!.statedTotal)) break;
    used.push(next);
  }
  const lines = used.flatMap((x) => x.lines!.lines);
  const tables = used.map((x) => x.v.table.index);
  if (!lines.some((l) => /执行率/.test(l.name) || /执行率/.test(l.group))) {
    const exec = views
      .filter((v) => v.def?.kind === "execution")
      .map(executionLine)
      .find((l) => l);
    if (exec) {
      lines.unshift(exec);
      tables.unshift(exec.table);
    }
  }
  return summarize(
    tables,
    lines,
    used.map((x) => x.lines!.statedTotal).find((t) => t),
  );
}
