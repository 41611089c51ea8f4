// The score and the grade a report states: in a sentence ("自评得分 87 分，评价等级为“良”"), as a
// ticked box among offered grades, or in a summary form's cells — the conclusion's statement
// ranks above one elsewhere.
import { canonicalGrade } from "./grades";
import type { DocCell, DocModel, DocParagraph, Location } from "../model/model";
import { parseCellNumber } from "../text/numbers";
import type { Outline } from "./outline";
import type { CompiledProfile } from "./compiled-profile";
import type { Profile } from "../profile/profile";
import { escapeRegExp, normalizeLabel, OPTION_BOX, OPTION_TICK, toHalfWidth } from "../text/text";

export interface Stated<T> {
  value: T;
  /** As written, e.g. "87 分" or "优". */
  raw: string;
  location: Location;
  /** Where `raw` starts in its paragraph's text, when it is written there as a word (not a ticked box). */
  offset?: number;
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

/** Any word that names a grade (compiled once: compileProfile). */
export function gradeWordPattern(profile: Profile): RegExp {
  return new RegExp(gradeWords(profile).map(escapeRegExp).join("|"), "g");
}

/** A grade stated after its key word: "评价等级为“良”", "评为优秀" (compiled once: compileProfile). */
export function gradePattern(profile: Profile): RegExp {
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
export function tickedGrade(
  text: string,
  compiled: CompiledProfile,
  from = 0,
): { grade?: string; raw?: string } | undefined {
  const t = text.slice(from);
  if (![...OPTION_BOX, ...OPTION_TICK].some((c) => t.includes(c))) return undefined;
  const options: { word: string; before: string; after: string }[] = [];
  const re = compiled.gradeWords;
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
    grade: canonicalGrade(ticked[0].word, compiled.profile),
    raw: `${side === "before" ? ticked[0].before : ""}${ticked[0].word}${side === "after" ? ticked[0].after : ""}`,
  };
}

/** The best statements found so far; the rank only chooses between candidates. */
interface Candidates {
  stated?: Stated<number> & { rank: number };
  grade?: Stated<string> & { rank: number };
}

/** The score and grade a report states: the paragraphs' statements, then a summary form's cells. */
export function statedScoreAndGrade(
  doc: DocModel,
  outline: Outline,
  compiled: CompiledProfile,
): { stated?: Stated<number>; grade?: Stated<string> } {
  const best: Candidates = {};
  fromParagraphs(doc, outline, compiled, best);
  fromSummaryTables(doc, compiled, best);
  const { stated, grade } = best;
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

/** Sentences and ticked boxes outside tables: one in the conclusion (rank 10 up) outranks one elsewhere (0 up). */
function fromParagraphs(doc: DocModel, outline: Outline, compiled: CompiledProfile, best: Candidates): void {
  const conclusion = outline.sections.find((s) => s.id === compiled.profile.scoreSection && s.paragraph !== undefined);
  const inConclusion = (i: number) => !!conclusion && i >= conclusion.paragraph! && i < (conclusion.end ?? Infinity);
  for (const p of doc.paragraphs) {
    if (p.cell || p.toc) continue;
    // cheap tests first: a score needs 分, a grade one of its keywords
    const hasScore = p.text.includes("分");
    const hasGrade = GRADE_HINT.test(p.text);
    if (!hasScore && !hasGrade) continue;
    const rankBase = inConclusion(p.index) ? 10 : 0;
    const half = toHalfWidth(p.text);
    const s = hasScore ? findStatedScore(half) : undefined;
    if (s && (!best.stated || rankBase + s.priority > best.stated.rank))
      best.stated = { value: s.value, raw: s.raw, location: { paragraph: p.index }, rank: rankBase + s.priority };
    if (hasGrade) gradeInParagraph(p, half, rankBase, compiled, best);
  }
}

/** A paragraph's grade: the ticked one of boxed options, else one stated after its key word. */
function gradeInParagraph(
  p: DocParagraph,
  half: string,
  rank: number,
  compiled: CompiledProfile,
  best: Candidates,
): void {
  const gradeRe = compiled.gradeStatement;
  gradeRe.lastIndex = 0;
  const g = gradeRe.exec(half);
  // a form's boxes: the ticked option is the grade, not the first one offered
  const key = GRADE_KEY.exec(p.text);
  const boxes = key ? tickedGrade(half, compiled, key.index) : undefined;
  if (boxes) {
    if (boxes.grade && (!best.grade || rank > best.grade.rank))
      best.grade = { value: boxes.grade, raw: boxes.raw!, location: { paragraph: p.index }, rank };
  } else if (g) {
    const canonical = canonicalGrade(g[2], compiled.profile);
    if (canonical && (!best.grade || rank > best.grade.rank))
      best.grade = {
        value: canonical,
        raw: g[2],
        location: { paragraph: p.index },
        rank,
        offset: g.index + g[0].lastIndexOf(g[2]),
      };
  }
}

/** A summary form: "自评得分 | 87 | 评价等级 | 良" — below a statement in the conclusion, above one elsewhere. */
function fromSummaryTables(doc: DocModel, compiled: CompiledProfile, best: Candidates): void {
  const rank = 5;
  for (const t of doc.tables) {
    t.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell.covered) return;
        const label = normalizeLabel(cell.text);
        // the value is the next cell that is not covered by a span
        let v = c + cell.colSpan;
        while (v < row.length && row[v].covered) v++;
        const value = row[v];
        if (!value) return;
        const at = { paragraph: value.paragraph ?? t.firstParagraph, table: t.index, row: r, column: v };
        if (SCORE_LABEL.test(label)) {
          const n = parseCellNumber(value.text.replace(/分$/, ""));
          if (n && !n.percent && (!best.stated || rank > best.stated.rank))
            best.stated = { value: n.value, raw: `${value.text.trim()}`, location: at, rank };
        } else if (GRADE_LABEL.test(label)) gradeInCell(doc, value, at, rank, compiled, best);
      });
    });
  }
}

/** The grade in a summary form's value cell: ticked among boxes, or the grade word alone. */
function gradeInCell(
  doc: DocModel,
  value: DocCell,
  at: Location,
  rank: number,
  compiled: CompiledProfile,
  best: Candidates,
): void {
  const boxes = tickedGrade(value.text, compiled);
  const g = boxes ? boxes.grade : canonicalGrade(value.text.replace(/[“”"「」『』\s]/g, ""), compiled.profile);
  const raw = boxes?.raw ?? value.text.trim();
  const text = value.paragraph === undefined ? "" : doc.paragraphs[value.paragraph].text;
  // a cell holding the grade word alone (quotes aside): the word's place, for a one-click fix
  const offset =
    !boxes && text.indexOf(raw) >= 0 && text.indexOf(raw) === text.lastIndexOf(raw) ? text.indexOf(raw) : undefined;
  if (g && (!best.grade || rank > best.grade.rank))
    best.grade = { value: g, raw, location: at, rank, ...(offset !== undefined ? { offset } : {}) };
}
