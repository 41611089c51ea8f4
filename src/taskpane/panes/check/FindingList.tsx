// The findings, each with its fix in words; a repeated one once, with its count and every place to jump to.
import { Button } from "@fluentui/react-components";
import type { Severity } from "../../../core/model/finding";
import type { FindingGroup } from "../../../core/model/finding-groups";
import type { Location } from "../../../core/model/model";
import { useT, type StringKey } from "../../i18n";
import { Badge, cx } from "../../ui";
import { FixConfirm } from "./FixConfirm";
import type { Fixing } from "./fixing";

const BADGE_KEY: Record<Severity, StringKey> = { error: "badgeError", warning: "badgeWarning", info: "badgeInfo" };

/** Places shown under a repeated finding before "…". */
const MAX_PLACES = 12;

/** The same paragraph (a location without one is never the same). */
const sameLocation = (a?: Location, b?: Location) =>
  !!a && !!b && a.paragraph === b.paragraph && a.paragraph !== undefined;

export interface FindingListProps {
  items: FindingGroup[];
  jumped?: Location;
  onJump(l: Location): void;
  excerpt?(l: Location): string | undefined;
  fixing?: Fixing;
}

/** Findings, each with its fix in words; a repeated one once, with its count and every place to jump to. */
export function FindingList({ items, ...rest }: FindingListProps) {
  return (
    <ul className="ra-list">
      {items.map((g, i) => (
        <FindingItem key={`${g.finding.rule}-${i}`} group={g} {...rest} />
      ))}
    </ul>
  );
}

/** One finding: a button that jumps to it, its fix in words and by one click, the paragraph shown, its places. */
function FindingItem({
  group: g,
  jumped,
  onJump,
  excerpt,
  fixing,
}: Omit<FindingListProps, "items"> & { group: FindingGroup }) {
  const { t, lang } = useT();
  const f = g.finding;
  const current = g.locations.some((l) => sameLocation(l, jumped));
  const quote = current && jumped ? excerpt?.(jumped)?.trim() : undefined;
  return (
    <li className={cx(current && "ra-current-finding")} aria-current={current ? "true" : undefined}>
      <Button
        appearance="subtle"
        className="ra-finding"
        title={t("jumpHint")}
        data-rule={f.rule}
        onClick={() => onJump(g.locations[0])}
      >
        <Badge tone={f.severity}>{t(BADGE_KEY[f.severity])}</Badge>
        <span>
          {f.message[lang]}
          {g.locations.length > 1 && <span className="ra-small"> {t("occurrences", { n: g.locations.length })}</span>}
        </span>
      </Button>
      {f.fix && <p className="ra-fix">→ {f.fix[lang]}</p>}
      {fixing && <FixControl group={g} fixing={fixing} />}
      {quote && (
        <p className="ra-excerpt">
          <span className="ra-excerpt-label">{t("paragraphN", { n: jumped!.paragraph! + 1 })}</span>
          <span lang="zh-CN">{quote}</span>
        </p>
      )}
      {g.locations.length > 1 && <Places locations={g.locations} onJump={onJump} />}
    </li>
  );
}

/** A finding's one-click fix: its button, or what it will do while it waits for a yes; nothing without one. */
function FixControl({ group: g, fixing }: { group: FindingGroup; fixing: Fixing }) {
  const { t } = useT();
  const edits = fixing.editsOf(g);
  const actions = fixing.actionsOf(g);
  if (!edits.length && !actions.length) return null;
  const key = `${g.finding.rule}:${g.finding.message["zh-CN"]}`;
  return fixing.asking?.key === key ? (
    <FixConfirm
      asking={fixing.asking}
      onYes={fixing.yes}
      onNo={fixing.no}
      word={fixing.word}
      titleOf={fixing.titleOf}
    />
  ) : (
    <Button
      size="small"
      className="ra-fix-button"
      disabled={fixing.busy}
      onClick={() => fixing.ask({ key, edits, actions })}
    >
      {t("fixOne")}
    </Button>
  );
}

/** Every place of a repeated finding (the first ones, then "…"), each a jump. */
function Places({ locations, onJump }: { locations: Location[]; onJump(l: Location): void }) {
  const { t } = useT();
  return (
    <p className="ra-places">
      {t("placesLabel")}
      {locations.slice(0, MAX_PLACES).map((l, k) =>
        l.paragraph === undefined ? null : (
          <button key={k} type="button" className="ra-place" onClick={() => onJump(l)}>
            {t("paragraphN", { n: l.paragraph + 1 })}
          </button>
        ),
      )}
      {locations.length > MAX_PLACES && " …"}
    </p>
  );
}
