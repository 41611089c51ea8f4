// The score and the grade: what the report states, what its indicator table adds up
// to (lines recomputed from 指标值 and 完成值 where given, domain.md §4), and the grade
// the profile's bands give.
import type { DocModel, Location } from "./model";
import { parseCellNumber } from "./numbers";
import type { Outline } from "./outline";
import { fromProfile, type Profile } from "./profile";
import { findColumn, rowLabel, slotText, type TableView } from "./tables";
import { escapeRegExp, normalizeLabel, OPTION_BOX, OPTION_TICK, toHalfWidth } from "./text";

export interface Stated<T> {
  value: T;
  /** As written, e.g. "87 分" or "优". */
  raw: string;
  location: Location;
  /** Where `raw` starts in its paragraph's text, when it is written there as a word (not a ticked box). */
  offset?: number;
}

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
  /** Score per domain.md §4 when target and actual are both quantitative. */
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

// Strong keywords name the report's own score and may omit 分 ("自评得分：92.5"); weak ones need it.
const STRONG_SCORE = "自评得分|评价得分|综合得分|最终得分|总得分|自评总分|评分结果|绩效得分";
const SCORE_RE = new RegExp(
  `(${STRONG_SCORE}|得分|评分|总分|分数)(?:为|是|：|:|共|合计|达到|达)?\\s*(\\d+(?:\\.\\d+)?)\\s*(分)?(?![\\d.%％万元])`,
  "g",
);
const STRONG_RE = new RegExp(`^(${STRONG_SCORE})$`);

/** The score a piece of text states, with how sure we are (2: a 得分; 1: a 总分, often the maximum). */
export function findStatedScore(text: string): { value: number; raw: string; priority: number } | undefined {
  const t = toHalfWidth(text);
  let best: { value: number; raw: string; priority: number } | undefined;
  SCORE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCORE_RE.exec(t))) {
    if (/(满分|分值|标准)$/.test(t.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (!m[3] && !STRONG_RE.test(m[1])) continue;
    // "总分 100 分" is often the maximum; any 得分 wins over it
    const priority = m[1] === "总分" || m[1] === "分数" ? 1 : 2;
    if (!best || priority > best.priority) best = { value: Number(m[2]), raw: `${m[2]} 分`, priority };
  }
  return best;
}

const GRADE_HINT = /等级|评级|结果|评价|评定|评为/;

const SCORE_LABEL =
  /^(自评得分|评价得分|综合得分|最终得分|总得分|自评总分|得分合计|绩效得分|自评分数?)[（(]?分?[)）]?$/;
const GRADE_LABEL = /^(评价等级|自评等级|绩效等级|等级|评价结果|自评结果|评定等级|评价结论)$/;

/** Every word that names a grade, longest first (优秀 before 优). */
function gradeWords(profile: Profile): string[] {
  return profile.grades.flatMap((g) => [g.grade, ...g.aliases]).sort((a, b) => b.length - a.length);
}

function gradePattern(profile: Profile): RegExp {
  const alt = gradeWords(profile).map(escapeRegExp).join("|");
  return new RegExp(
    `(评价等级|自评等级|绩效等级|等级|评级|评价结果|自评结果|总体评价|综合评价|综合评定|评定结果|评定为|评为)[^，。；;\\n]{0,6}?[“"「『]?(${alt})(?=[”"」』，。；;、\\s)）]|$)`,
    "g",
  );
}

/** Where a paragraph names its grade (the options offered follow). */
const GRADE_KEY = /评价等级|自评等级|绩效等级|等级|评级|评价结果|自评结果|评定结果/;

/**
 * The grade ticked among options offered with boxes — "评价等级：□优 ☑良 □中 □差", "优□ 良■ 中□
 * 差□", "□优 √良" — read from `from` on. Undefined when the text offers no boxed options;
 * `grade` undefined when none (or more than one) is ticked: an unticked form states no grade.
 */
export function tickedGrade(text: string, profile: Profile, from = 0): { grade?: string; raw?: string } | undefined {
  const t = text.slice(from);
  if (![...OPTION_BOX, ...OPTION_TICK].some((c) => t.includes(c))) return undefined;
  const options: { word: string; before: string; after: string }[] = [];
  const re = fromProfile(
    profile,
    "score.gradeWords",
    () => new RegExp(gradeWords(profile).map(escapeRegExp).join("|"), "g"),
  );
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const before = t.slice(0, m.index).trimEnd().slice(-1);
    const after = t
      .slice(m.index + m[0].length)
      .trimStart()
      .slice(0, 1);
    options.push({ word: m[0], before, after });
  }
  const marked = (c: string) => c !== "" && (OPTION_BOX + OPTION_TICK).includes(c);
  // the boxed options; grade words in the prose around them ("工作良好") are not options
  const offered = options.filter((o) => marked(o.before) || marked(o.after));
  if (offered.length < 2) return undefined;
  // the marks stand on one side of every option: before ("□优 ☑良") or after ("优□ 良☑")
  const side = offered.every((o) => marked(o.before))
    ? "before"
    : offered.every((o) => marked(o.after))
      ? "after"
      : undefined;
  if (!side) return {};
  const ticked = offered.filter((o) => OPTION_TICK.includes(o[side]));
  if (ticked.length !== 1) return {};
  return {
    grade: canonicalGrade(ticked[0].word, profile),
    raw: `${side === "before" ? ticked[0].before : ""}${ticked[0].word}${side === "after" ? ticked[0].after : ""}`,
  };
}

export function statedScoreAndGrade(
  doc: DocModel,
  outline: Outline,
  profile: Profile,
): Pick<ScoreInfo, "stated" | "grade"> {
  const conclusion = outline.sections.find((s) => s.id === profile.scoreSection && s.paragraph !== undefined);
  const inConclusion = (i: number) => !!conclusion && i >= conclusion.paragraph! && i < (conclusion.end ?? Infinity);
  const gradeRe = fromProfile(profile, "score.grade", () => gradePattern(profile));
  let stated: (Stated<number> & { rank: number }) | undefined;
  let grade: (Stated<string> & { rank: number }) | undefined;
  for (const p of doc.paragraphs) {
    if (p.cell || p.toc) continue;
    // cheap tests first: a score needs 分, a grade one of its keywords
    const hasScore = p.text.includes("分");
    const hasGrade = GRADE_HINT.test(p.text);
    if (!hasScore && !hasGrade) continue;
    const rankBase = inConclusion(p.index) ? 10 : 0;
    const half = toHalfWidth(p.text);
    const s = hasScore ? findStatedScore(half) : undefined;
    if (s && (!stated || rankBase + s.priority > stated.rank))
      stated = { value: s.value, raw: s.raw, location: { paragraph: p.index }, rank: rankBase + s.priority };
    gradeRe.lastIndex = 0;
    const g = hasGrade ? gradeRe.exec(half) : null;
    // a form's boxes: the ticked option is the grade, not the first one offered
    const key = hasGrade ? GRADE_KEY.exec(p.text) : null;
    const boxes = key ? tickedGrade(half, profile, key.index) : undefined;
    if (boxes) {
      if (boxes.grade && (!grade || rankBase > grade.rank))
        grade = { value: boxes.grade, raw: boxes.raw!, location: { paragraph: p.index }, rank: rankBase };
    } else if (g) {
      const canonical = canonicalGrade(g[2], profile);
      if (canonical && (!grade || rankBase > grade.rank))
        grade = {
          value: canonical,
          raw: g[2],
          location: { paragraph: p.index },
          rank: rankBase,
          offset: g.index + g[0].lastIndexOf(g[2]),
        };
    }
  }
  // a summary form: "自评得分 | 87 | 评价等级 | 良" — below a statement in the conclusion, above one elsewhere
  for (const t of doc.tables) {
    t.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell.covered) return;
        const label = normalizeLabel(cell.text);
        let v = c + cell.colSpan;
        while (v < row.length && row[v].covered) v++;
        const value = row[v];
        if (!value) return;
        const at = { paragraph: value.paragraph ?? t.firstParagraph, table: t.index, row: r, column: v };
        const rank = 5;
        if (SCORE_LABEL.test(label)) {
          const n = parseCellNumber(value.text.replace(/分$/, ""));
          if (n && !n.percent && (!stated || rank > stated.rank))
            stated = { value: n.value, raw: `${value.text.trim()}`, location: at, rank };
        } else if (GRADE_LABEL.test(label)) {
          const boxes = tickedGrade(value.text, profile);
          const g = boxes ? boxes.grade : canonicalGrade(value.text.replace(/[“”"「」『』\s]/g, ""), profile);
          const raw = boxes?.raw ?? value.text.trim();
          const text = value.paragraph === undefined ? "" : doc.paragraphs[value.paragraph].text;
          // a cell holding the grade word alone (quotes aside): the word's place, for a one-click fix
          const offset =
            !boxes && text.indexOf(raw) >= 0 && text.indexOf(raw) === text.lastIndexOf(raw)
              ? text.indexOf(raw)
              : undefined;
          if (g && (!grade || rank > grade.rank))
            grade = { value: g, raw, location: at, rank, ...(offset !== undefined ? { offset } : {}) };
        }
      });
    });
  }
  // the ranks only chose between candidates: they are not part of the answer
  return {
    stated: stated && { value: stated.value, raw: stated.raw, location: stated.location },
    grade: grade && {
      value: grade.value,
      raw: grade.raw,
      location: grade.location,
      ...(grade.offset !== undefined ? { offset: grade.offset } : {}),
    },
  };
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

interface TableLines {
  lines: IndicatorLine[];
  statedTotal?: IndicatorTable["statedTotal"];
}

/** The scored lines of one indicator table, and its 总分 row. */
export function readIndicatorLines(view: TableView): TableLines | undefined {
  const weightCol = findColumn(view, ["分值", "权重", "标准分"]);
  const scoreCol = findColumn(view, ["得分", "评分", "自评分"]);
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
  const weightCol = findColumn(view, ["分值", "权重"]);
  const scoreCol = findColumn(view, ["得分"]);
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

export function computeScore(doc: DocModel, outline: Outline, views: TableView[], profile: Profile): ScoreInfo {
  const { stated, grade } = statedScoreAndGrade(doc, outline, profile);
  const indicator = readIndicator(views, profile);
  const computed =
    indicator && indicator.lines.some((l) => l.score !== undefined)
      ? Math.round(indicator.scoreSum * 1e6) / 1e6
      : undefined;
  const basis = stated?.value ?? computed;
  return {
    stated,
    grade,
    indicator,
    computed,
    expectedGrade: basis === undefined ? undefined : gradeFor(basis, profile),
  };
}
