import { textEdit } from "../model/edits";
import { finding, msg } from "../model/finding";
import type { Rule } from "./rule";
import type { Profile } from "../profile/profile";

/** The due grade written the way the report wrote its own: a word like 优秀 for a word like 良好, else the grade itself. */
function sameStyle(raw: string, due: string, profile: Profile): string {
  const written = profile.grades.find((g) => g.grade === raw || g.aliases.includes(raw));
  if (!written || written.grade === raw) return due;
  return profile.grades.find((g) => g.grade === due)?.aliases[0] ?? due;
}

/** The stated grade against the band the score falls in (national: 90 优, 80 良, 60 中). */
export const gradeBand: Rule = {
  id: "grade-band",
  severity: "error",
  description: msg("评价等级与得分所在等级区间不符", "the stated grade does not match the band of the score"),
  check({ doc, score, profile }) {
    // nothing stated, nothing to compare: figure-missing says what is absent
    if (!score.grade || !score.expectedGrade || score.grade.value === score.expectedGrade) return [];
    const basis = score.stated?.value ?? score.computed!;
    const bands = [...profile.grades].sort((a, b) => b.min - a.min);
    const band = bands.find((b) => b.grade === score.expectedGrade)!;
    const upper = bands[bands.indexOf(band) - 1]?.min;
    const range = upper === undefined ? `${band.min} 分及以上` : `${band.min}（含）–${upper} 分`;
    const rangeEn = upper === undefined ? `${band.min} and above` : `${band.min} (inclusive) to ${upper}`;
    return [
      finding(
        this,
        score.grade.location,
        msg(
          `${basis} 分应评为“${score.expectedGrade}”（${range}），报告写的是“${score.grade.raw}”`,
          `${basis} points is grade "${score.expectedGrade}" (${rangeEn}); the report says "${score.grade.raw}"`,
        ),
        {
          fix: msg(`将评价等级改为“${score.expectedGrade}”`, `change the grade to "${score.expectedGrade}"`),
          edit:
            score.grade.offset === undefined || score.grade.location.paragraph === undefined
              ? undefined
              : textEdit(
                  doc,
                  score.grade.location.paragraph,
                  score.grade.offset,
                  score.grade.raw,
                  sameStyle(score.grade.raw, score.expectedGrade, profile),
                ),
        },
      ),
    ];
  },
};
