// The Check tab: where a check starts, then its results — the score card, the counts, the findings to filter, order,
// jump to, comment and fix, and in preview mode the document itself. Its parts are in check/.
import { Button } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { TextEdit } from "../../core/model/edits";
import type { Finding, FixAction } from "../../core/model/finding";
import { bySeverity, groupRepeats, inDocumentOrder, type FindingGroup } from "../../core/model/finding-groups";
import type { Location } from "../../core/model/model";
import type { CheckResult, Host } from "../host";
import { useT } from "../i18n";
import { Notice } from "../Notice";
import { OpenOrCheck, OrderChoice, ResultActions, SeverityFilter, type Order, type Shown } from "./check/Controls";
import { DocView } from "./check/DocView";
import { FindingList, type FindingListProps } from "./check/FindingList";
import { useFixing } from "./check/fixing";
import { ScoreCard } from "./check/ScoreCard";

export interface CheckPaneProps {
  host: Host;
  result?: CheckResult;
  busy: boolean;
  fileName?: string;
  jumped?: Location;
  /** The document changed (an insert, a write, a jump that found its paragraph gone) since these results were made. */
  stale?: boolean;
  /** The profile the result was checked with, and where it came from ("…（按提纲自动选择，吻合度 100%）"). */
  profileNote?: string;
  onOpenFile(file: File): void;
  onCheck(): void;
  onJump(location: Location): void;
  onAddComments(findings: Finding[]): void;
  onRemoveComments(): void;
  /** Makes certain corrections, once the user has seen them and said yes. */
  onFix?(edits: TextEdit[], actions: FixAction[]): void;
}

export function CheckPane(props: CheckPaneProps) {
  const { host, result, busy } = props;
  const [show, setShow] = useState<Shown>({ error: true, warning: true, info: true });
  const [order, setOrder] = useState<Order>("severity");
  const fixing = useFixing(result, props.onFix, host.kind === "word", busy);

  const items = useMemo(() => {
    if (!result) return [];
    const groups = groupRepeats(result.report.findings.filter((f) => show[f.severity]));
    return order === "severity" ? bySeverity(groups) : inDocumentOrder(groups);
  }, [result, show, order]);

  return (
    <div className="ra-pane">
      <OpenOrCheck
        host={host}
        busy={busy}
        checked={!!result}
        fileName={props.fileName}
        onOpenFile={props.onOpenFile}
        onCheck={props.onCheck}
      />
      {result && (
        <>
          {props.stale && <StaleNotice busy={busy} onCheck={props.onCheck} />}
          <ScoreCard result={result} />
          <Summary result={result} />
          {props.profileNote && <p className="ra-text">{props.profileNote}</p>}
          <SeverityFilter show={show} onChange={setShow} />
          <ResultActions
            host={host}
            result={result}
            busy={busy}
            show={show}
            fixing={fixing}
            onCheck={props.onCheck}
            onAddComments={props.onAddComments}
            onRemoveComments={props.onRemoveComments}
          />
          <OrderChoice order={order} onChange={setOrder} />
          <Findings
            result={result}
            items={items}
            order={order}
            preview={host.kind === "preview"}
            jumped={props.jumped}
            onJump={props.onJump}
            fixing={fixing}
          />
          {host.kind === "preview" && <DocView doc={result.doc} current={props.jumped?.paragraph} />}
        </>
      )}
    </div>
  );
}

/** The results are older than the document: a warning, and the check again. */
function StaleNotice({ busy, onCheck }: { busy: boolean; onCheck(): void }) {
  const { t } = useT();
  return (
    <Notice intent="warning">
      {t("staleResults")}{" "}
      <Button size="small" disabled={busy} onClick={onCheck}>
        {t("recheck")}
      </Button>
    </Notice>
  );
}

/** The counts by severity and the sections found, announced as a status. */
function Summary({ result }: { result: CheckResult }) {
  const { t } = useT();
  const found = result.report.sections.filter((s) => s.status !== "missing").length;
  return (
    <p role="status" className="ra-text ra-strong">
      {t("summary", { ...countOf(result.report.findings), found, total: result.report.sections.length })}
    </p>
  );
}

/**
 * The findings shown, or why there are none: by severity one list; in document order one per section, under its title.
 */
function Findings({
  result,
  items,
  order,
  preview,
  ...rest
}: Omit<FindingListProps, "items" | "excerpt"> & {
  result: CheckResult;
  items: FindingGroup[];
  order: Order;
  preview: boolean;
}) {
  const { t } = useT();
  /**
   * In preview mode, the text of the paragraph a clicked finding points to, shown under it (Word selects it in the
   * document).
   */
  const excerpt = (l: Location) =>
    preview && l.paragraph !== undefined ? result.doc.paragraphs[l.paragraph]?.text : undefined;
  const list = { ...rest, excerpt };
  /** In document order, a heading whenever the section changes (sections are contiguous, so each comes once). */
  const sectionTitle = (g: FindingGroup) => {
    const s = result.report.sections.find((x) => x.id === g.finding.section);
    return s ? s.heading?.trim() || s.title : t("wholeDocument");
  };
  const n = result.report.findings.length;
  return (
    <>
      {items.length === 0 && <p className="ra-text">{n ? t("allHidden", { n }) : t("noFindings")}</p>}
      {order === "severity" ? (
        <FindingList items={items} {...list} />
      ) : (
        sectionsOf(items, sectionTitle).map((part, k) => (
          <section key={k} aria-label={part.title}>
            <h2 className="ra-group">{part.title}</h2>
            <FindingList items={part.items} {...list} />
          </section>
        ))
      )}
    </>
  );
}

/** Consecutive groups of the same section, each with its title. */
function sectionsOf(
  items: FindingGroup[],
  titleOf: (g: FindingGroup) => string,
): { title: string; items: FindingGroup[] }[] {
  const out: { title: string; items: FindingGroup[] }[] = [];
  for (const g of items) {
    const title = titleOf(g);
    if (out.length && out[out.length - 1].title === title) out[out.length - 1].items.push(g);
    else out.push({ title, items: [g] });
  }
  return out;
}

function countOf(findings: Finding[]) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
  };
}
