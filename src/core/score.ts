// The score and the grade: what the report states, what its indicator table adds up
// to (lines recomputed from 指标值 and 完成值 where given, domain.md §4), and the grade
// the profile's bands give.
import type { DocModel, Location } from "./model";
import { parseCellNumber } from "./numbers";
import type { Outline } from "./outline";
import type { Profile } from "./profile";
import { findColumn, rowLabel, slotText, type TableView } from "./tables";
import { normalizeLabel, toHalfWidth } from "./text";

export interface Stated<T> {
  value: T;
  /** As written, e.g. "87 分" or "优". */
  raw: string;
  location: Location;
}

export interface IndicatorLine {
  row: number;
  group: string;
  name: string;
  weight?: number;
  weightDecimals: number;
  score?: number;
  scoreDecimals: number;
  target?: string;
  actual?: string;
  /** Score per domain.md §4 when target and actual are both quantitative. */
  recomputed?: number;
}

export interface IndicatorTable {
  view: TableView;
  lines: IndicatorLine[];
  /** The table's own total row (总分 / 合计), when it has one. */
  statedTotal?: { value: number; decimals: number; row: number; weight?: number };
  weightSum: number;
  scoreSum: number;
  scoreDecimals: number;
  weightDecimals: number;
  /** Σ 得分 per 一级指标, for the score breakdown. */
  groups: { name: string; weight: number; score: number }[];
}

export interface ScoreInfo {
  stated?: Stated<number>;
  grade?: Stated<string>;
  indicator?: IndicatorTable;
  /** Σ 得分 of the indicator table, when there is one. */
  computed?: number;
  /** The grade the bands give for the stated score (or the computed one when none is stated). */
  expectedGrade?: string;
}

/** The band a score falls in: lowest bound inclusive (90 → 优, 89.99 → 良). */
export function gradeFor(score: number, profile: Profile): string | undefined {
  const bands = [...profile.grades].sort((a, b) => b.min - a.min);
  return bands.find((b) => score >= b.min - 1e-9)?.grade;
}

/** The canonical grade a word names (优秀 → 优), or undefined. */
export function canonicalGrade(word: string, profile: Profile): string | undefined {
  const w = word.trim();
  return profile.grades.find((g) => g.grade === w || g.aliases.includes(w))?.grade;
}

const SCORE_RE = /(自评得分|评价得分|综合得分|最终得分|总得分|得分|评分|总分|分数)(?:为|是|：|:|共|合计)?\s*(\d+(?:\.\d+)?)\s*分/g;

function findStatedScore(text: string): { value: number; raw: string; priority: number } | undefined {
  const t = toHalfWidth(text);
  let best: { value: number; raw: string; priority: number } | undefined;
  SCORE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCORE_RE.exec(t))) {
    if (/(满分|分值)$/.test(t.slice(Math.max(0, m.index - 2), m.index))) continue;
    // "总分 100 分" is often the maximum; any 得分 wins over it
    const priority = m[1] === "总分" || m[1] === "分数" ? 1 : 2;
    if (!best || priority > best.priority) best = { value: Number(m[2]), raw: `${m[2]} 分`, priority };
  }
  return best;
}

function gradePattern(profile: Profile): RegExp {
  const words = profile.grades.flatMap((g) => [g.grade, ...g.aliases]).sort((a, b) => b.length - a.length);
  const alt = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return new RegExp(`(评价等级|自评等级|绩效等级|等级|评级|评价结果|自评结果|评定为|评为)[^，。；;\\n]{0,6}?[“"「『]?(${alt})(?=[”"」』，。；;、\\s)）]|$)`, "g");
}

export function statedScoreAndGrade(doc: DocModel, outline: Outline, profile: Profile): Pick<ScoreInfo, "stated" | "grade"> {
  const conclusion = outline.sections.find((s) => s.id === "conclusion" && s.paragraph !== undefined);
  const inConclusion = (i: number) => !!conclusion && i >= conclusion.paragraph! && i < (conclusion.end ?? Infinity);
  const gradeRe = gradePattern(profile);
  let stated: (Stated<number> & { rank: number }) | undefined;
  let grade: (Stated<string> & { rank: number }) | undefined;
  for (const p of doc.paragraphs) {
    if (p.cell || p.toc) continue;
    const rankBase = inConclusion(p.index) ? 10 : 0;
    const s = findStatedScore(p.text);
    if (s && (!stated || rankBase + s.priority > stated.rank)) stated = { value: s.value, raw: s.raw, location: { paragraph: p.index }, rank: rankBase + s.priority };
    gradeRe.lastIndex = 0;
    const g = gradeRe.exec(toHalfWidth(p.text));
    if (g) {
      const canonical = canonicalGrade(g[2], profile);
      if (canonical && (!grade || rankBase > grade.rank)) grade = { value: canonical, raw: g[2], location: { paragraph: p.index }, rank: rankBase };
    }
  }
  const strip = <T extends { rank: number }>(x?: T) => (x ? (({ rank, ...rest }) => rest)(x) : undefined);
  return { stated: strip(stated), grade: strip(grade) };
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
  const m = /^(≥|>=|>|不低于|不少于|大于等于|≤|<=|<|不高于|不超过|小于等于|控制在|=)?(-?\d+(?:\.\d+)?)(%|[\u4e00-\u9fa5]{1,3})?(以上|以内|以下)?$/.exec(t);
  if (!m) return undefined;
  const op = m[1] ?? "";
  const direction = /≤|<|不高于|不超过|小于等于|控制在/.test(op) || /以内|以下/.test(m[4] ?? "") ? "max" : "min";
  return { value: Number(m[2]), direction, percent: m[3] === "%" };
}

/** Score of a quantitative line (domain.md §4): met → full weight; short of a ≥ target → weight × 完成值/指标值. */
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

const TOTAL_LABEL = /^(合计|总计|总分|得分合计|总得分|综合得分)$/;

export function readIndicatorTable(view: TableView): IndicatorTable | undefined {
  const weightCol = findColumn(view, ["分值", "权重", "标准分"]);
  const scoreCol = findColumn(view, ["得分", "评分", "自评分"]);
  if (scoreCol < 0 && weightCol < 0) return undefined;
  const targetCol = findColumn(view, ["年度指标值", "指标值", "目标值", "年度目标"]);
  const actualCol = findColumn(view, ["实际完成值", "完成值", "实际值", "全年实际值"]);
  const groupCol = findColumn(view, ["一级指标"]);
  const nameCol = findColumn(view, ["三级指标", "二级指标", "指标名称"]);
  const lines: IndicatorLine[] = [];
  let statedTotal: IndicatorTable["statedTotal"];
  let scoreDecimals = 0;
  let weightDecimals = 0;
  for (const r of view.dataRows) {
    const cells = view.table.rows[r].map((_, c) => normalizeLabel(slotText(view.table, r, c)));
    const weight = weightCol >= 0 && !view.table.rows[r][weightCol].covered ? parseCellNumber(slotText(view.table, r, weightCol)) : undefined;
    const score = scoreCol >= 0 ? parseCellNumber(slotText(view.table, r, scoreCol)) : undefined;
    if (cells.some((c) => TOTAL_LABEL.test(c))) {
      if (score) statedTotal = { value: score.value, decimals: score.decimals, row: r, weight: weight?.value };
      continue;
    }
    if (!weight && !score) continue;
    const name = nameCol >= 0 ? slotText(view.table, r, nameCol).trim() : rowLabel(view, r).text;
    const target = targetCol >= 0 ? slotText(view.table, r, targetCol).trim() : undefined;
    const actual = actualCol >= 0 ? slotText(view.table, r, actualCol).trim() : undefined;
    const line: IndicatorLine = {
      row: r,
      group: groupCol >= 0 ? slotText(view.table, r, groupCol).trim() : "",
      name,
      weight: weight?.value,
      weightDecimals: weight?.decimals ?? 0,
      score: score?.value,
      scoreDecimals: score?.decimals ?? 0,
      target,
      actual,
    };
    if (line.weight !== undefined && target && actual) line.recomputed = recomputeLine(line.weight, target, actual);
    scoreDecimals = Math.max(scoreDecimals, line.scoreDecimals);
    weightDecimals = Math.max(weightDecimals, line.weightDecimals);
    lines.push(line);
  }
  if (lines.length === 0) return undefined;
  const groups: IndicatorTable["groups"] = [];
  for (const l of lines) {
    let g = groups.find((x) => x.name === l.group);
    if (!g) groups.push((g = { name: l.group, weight: 0, score: 0 }));
    g.weight += l.weight ?? 0;
    g.score += l.score ?? 0;
  }
  return {
    view,
    lines,
    statedTotal,
    weightSum: lines.reduce((a, l) => a + (l.weight ?? 0), 0),
    scoreSum: lines.reduce((a, l) => a + (l.score ?? 0), 0),
    scoreDecimals,
    weightDecimals,
    groups,
  };
}

export function computeScore(doc: DocModel, outline: Outline, views: TableView[], profile: Profile): ScoreInfo {
  const { stated, grade } = statedScoreAndGrade(doc, outline, profile);
  let indicator: IndicatorTable | undefined;
  for (const v of views) {
    if (v.def?.kind !== "indicator") continue;
    indicator = readIndicatorTable(v);
    if (indicator) break;
  }
  const computed = indicator && indicator.lines.some((l) => l.score !== undefined) ? Math.round(indicator.scoreSum * 1e6) / 1e6 : undefined;
  const basis = stated?.value ?? computed;
  return { stated, grade, indicator, computed, expectedGrade: basis === undefined ? undefined : gradeFor(basis, profile) };
}
