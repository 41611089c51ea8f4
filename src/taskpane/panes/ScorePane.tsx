import { Button, Text } from "@fluentui/react-components";
import type { CheckResult, Host } from "../host";
import { useT } from "../i18n";

export interface ScorePaneProps {
  host: Host;
  result?: CheckResult;
  busy: boolean;
  onWrite(score: number, grade: string): void;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function ScorePane({ host, result, busy, onWrite }: ScorePaneProps) {
  const { t } = useT();
  if (!result) return <Text>{t("checkFirst")}</Text>;
  const { score } = result.report;
  const none = t("none");
  const basis = score.stated ?? score.computed;
  return (
    <div className="ra-pane">
      <dl className="ra-facts">
        <dt>{t("scoreComputed")}</dt>
        <dd>{score.computed ?? none}</dd>
        <dt>{t("scoreStated")}</dt>
        <dd>{score.stated ?? none}</dd>
        <dt>{t("gradeExpected")}</dt>
        <dd>{score.grade.expected ?? none}</dd>
        <dt>{t("gradeStated")}</dt>
        <dd>{score.grade.stated ?? none}</dd>
      </dl>
      {score.breakdown.length === 0 ? (
        <Text>{t("noIndicatorTable")}</Text>
      ) : (
        <section aria-label={t("breakdown")}>
          <h2 className="ra-heading">{t("breakdown")}</h2>
          <ul className="ra-chart">
            {score.breakdown.map((g) => {
              const label = t("breakdownItem", { name: g.name || none, score: round(g.score), weight: round(g.weight) });
              return (
                <li key={g.name}>
                  <Text size={200}>{label}</Text>
                  <div className="ra-track" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={g.weight} aria-valuenow={g.score}>
                    <div className="ra-bar" style={{ width: `${g.weight > 0 ? Math.min(100, (g.score / g.weight) * 100) : 0}%` }} />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {host.canInsert && basis !== null && score.grade.expected && (
        <Button disabled={busy} onClick={() => onWrite(basis, score.grade.expected!)}>
          {t("writeScore")}
        </Button>
      )}
    </div>
  );
}
