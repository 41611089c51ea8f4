// The score card at the head of the results.
import type { CheckResult } from "../../host";
import { useT } from "../../i18n";
import { cx } from "../../ui";

/** What the report states against what its own figures say: score, grade. */
export function ScoreCard({ result }: { result: CheckResult }) {
  const { t } = useT();
  const s = result.report.score;
  const none = t("none");
  const wrongGrade = !!s.grade.stated && !!s.grade.expected && s.grade.stated !== s.grade.expected;
  return (
    <dl className="ra-card" aria-label={t("scoreCard")}>
      <dt>{t("cardScore")}</dt>
      <dd>{t("cardScoreValue", { stated: s.stated ?? none, computed: s.computed ?? none })}</dd>
      <dt>{t("cardGrade")}</dt>
      <dd className={cx(wrongGrade && "ra-wrong")}>
        {t("cardGradeValue", { stated: s.grade.stated ?? none, expected: s.grade.expected ?? none })}
      </dd>
    </dl>
  );
}
