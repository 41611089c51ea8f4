// The score and the grade: what the report states (stated-score.ts), what its indicator table
// adds up to (indicator-table.ts), and the grade the profile's bands give (grades.ts).
import { gradeFor } from "./grades";
import { readIndicator, type IndicatorTable } from "./indicator-table";
import type { DocModel } from "../model/model";
import type { Outline } from "./outline";
import type { CompiledProfile } from "./compiled-profile";
import { statedScoreAndGrade, type Stated } from "./stated-score";
import type { TableView } from "./tables";

export interface ScoreInfo {
  stated?: Stated<number>;
  grade?: Stated<string>;
  indicator?: IndicatorTable;
  /** Σ 得分 of the indicator table, when there is one. */
  computed?: number;
  /** The grade the bands give for the stated score (or the computed one when none is stated). */
  expectedGrade?: string;
}

export function computeScore(
  doc: DocModel,
  outline: Outline,
  views: TableView[],
  compiled: CompiledProfile,
): ScoreInfo {
  const profile = compiled.profile;
  const { stated, grade } = statedScoreAndGrade(doc, outline, compiled);
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
