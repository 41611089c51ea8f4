import { Button, Text } from "@fluentui/react-components";
import { useId } from "react";
import type { CheckResult, Host } from "../host";
import { useT } from "../i18n";

export interface ScorePaneProps {
  host: Host;
  result?: CheckResult;
  busy: boolean;
  onWrite(score: number, grade: string): void;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** One 一级指标 of the indicator table: its points and what it scored. */
export interface Group {
  name: string;
  weight: number;
  score: number;
}

/** The chart's rows, in px: the name and figures on one line, the bar under them. */
const LINE = 18;
const BAR = 12;
const ROW = LINE + BAR + 12;
const LEGEND = 22;

/**
 * The breakdown by 一级指标 as bars, drawn inline (no image, no font, nothing fetched): for each
 * group, a frame as long as its weight and, inside, a bar as long as its score, all on one
 * scale (the largest weight fills the width), so that both the share lost within a group and
 * the groups' sizes against one another show. Lengths are percentages of the chart's width:
 * the chart fits any pane, with its words at their size. Colours are Fluent's brand blue
 * (5.7:1 against white) on a grey frame with a dark outline; under forced colours
 * (Windows high contrast) pane.css gives them the system's.
 */
export function BreakdownChart({ groups }: { groups: Group[] }) {
  const { t } = useT();
  const id = useId();
  const none = t("none");
  const max = Math.max(0, ...groups.map((g) => Math.max(g.weight, g.score)));
  const pct = (n: number) => `${max > 0 ? round((Math.max(0, n) / max) * 100) : 0}%`;
  const items = groups.map((g) =>
    t("breakdownItem", { name: g.name || none, score: round(g.score), weight: round(g.weight) }),
  );
  const height = LEGEND + groups.length * ROW;
  return (
    <svg
      className="ra-svg"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width="100%"
      height={height}
      // a box as wide as the pane makes it: lengths below are percentages of it, words keep their size
      style={{ display: "block", maxWidth: "100%" }}
    >
      <title id={`${id}-title`}>{t("chartTitle")}</title>
      <desc id={`${id}-desc`}>{items.join(t("listSeparator"))}</desc>
      <Legend />
      {groups.map((g, i) => (
        <GroupBars key={`${g.name}-${i}`} group={g} y={LEGEND + i * ROW} item={items[i]} pct={pct} />
      ))}
    </svg>
  );
}

/** What the two marks stand for: a filled square for the score, a framed one for the weight. */
function Legend() {
  const { t } = useT();
  return (
    <g className="ra-svg-legend" aria-hidden="true">
      <rect className="ra-svg-score" x="0" y="4" width="12" height="12" fill="#0f6cbd" />
      <text x="18" y="14" fill="#242424" fontSize="12">
        {t("chartScore")}
      </text>
      <rect
        className="ra-svg-weight"
        x="72"
        y="4.5"
        width="11"
        height="11"
        fill="#ebebeb"
        stroke="#616161"
        strokeWidth="1"
      />
      <text x="90" y="14" fill="#242424" fontSize="12">
        {t("chartWeight")}
      </text>
    </g>
  );
}

/**
 * One group's row at `y`: its name and figures on one line, then under them its weight's frame with its score's bar
 * inside; `item` is the row in words, `pct` a length as a share of the chart's width.
 */
function GroupBars({ group: g, y, item, pct }: { group: Group; y: number; item: string; pct(n: number): string }) {
  const { t } = useT();
  return (
    <g data-group={g.name} data-score={g.score} data-weight={g.weight}>
      <title>{item}</title>
      <text
        className="ra-svg-name"
        x="0"
        y={y + LINE - 5}
        fill="#242424"
        fontSize="13"
        lang={g.name ? "zh-CN" : undefined}
      >
        {g.name || t("none")}
      </text>
      <text className="ra-svg-value" x="100%" y={y + LINE - 5} textAnchor="end" fill="#242424" fontSize="13">
        {t("chartValue", { score: round(g.score), weight: round(g.weight) })}
      </text>
      <rect
        className="ra-svg-weight"
        x="0.5"
        y={y + LINE + 0.5}
        width={pct(g.weight)}
        height={BAR - 1}
        fill="#ebebeb"
        stroke="#616161"
        strokeWidth="1"
      />
      <rect className="ra-svg-score" x="0" y={y + LINE} width={pct(g.score)} height={BAR} fill="#0f6cbd" />
    </g>
  );
}

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
          <BreakdownChart groups={score.breakdown} />
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
