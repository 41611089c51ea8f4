// The Check tab's controls: opening a file or checking the document, the filter and the order of the findings, and
// what is done with all of them at once.
import { Button } from "@fluentui/react-components";
import type { Finding, Severity } from "../../../core/model/finding";
import type { CheckResult, Host } from "../../host";
import { useT, type StringKey } from "../../i18n";
import { FilePicker } from "../FilePicker";
import { FixConfirm } from "./FixConfirm";
import type { Fixing } from "./fixing";

/** Which severities are listed. */
export type Shown = Record<Severity, boolean>;

/** Errors first (what a reviewer acts on), or the document's order, grouped by section. */
export type Order = "severity" | "document";

const SEVERITY_KEY: Record<Severity, StringKey> = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
};

/** Where a check starts: a file to open in preview mode (and its name once opened), the check button in Word. */
export function OpenOrCheck(props: {
  host: Host;
  busy: boolean;
  checked: boolean;
  fileName?: string;
  onOpenFile(file: File): void;
  onCheck(): void;
}) {
  const { t } = useT();
  const { host, busy } = props;
  return (
    <>
      {host.kind === "preview" && (
        <div className="ra-row">
          <FilePicker
            label={t("openFile")}
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            appearance="primary"
            disabled={busy}
            onFile={props.onOpenFile}
          />
          {props.fileName && <span className="ra-text">{t("openedFile", { name: props.fileName })}</span>}
        </div>
      )}
      {host.kind === "word" && (
        <div className="ra-row">
          <Button appearance="primary" disabled={busy} onClick={props.onCheck}>
            {props.checked ? t("recheck") : t("check")}
          </Button>
        </div>
      )}
    </>
  );
}

/** A check box per severity. */
export function SeverityFilter({ show, onChange }: { show: Shown; onChange(show: Shown): void }) {
  const { t } = useT();
  return (
    <fieldset className="ra-row ra-filter">
      <legend>{t("filterLabel")}</legend>
      {(["error", "warning", "info"] as Severity[]).map((s) => (
        <label key={s} className="ra-check">
          <input type="checkbox" checked={show[s]} onChange={(e) => onChange({ ...show, [s]: e.target.checked })} />
          {t(SEVERITY_KEY[s])}
        </label>
      ))}
    </fieldset>
  );
}

/** The order of the list, by severity or by the document. */
export function OrderChoice({ order, onChange }: { order: Order; onChange(order: Order): void }) {
  const { t } = useT();
  return (
    <fieldset className="ra-row ra-filter">
      <legend>{t("orderLabel")}</legend>
      {(["severity", "document"] as const).map((o) => (
        <label key={o} className="ra-check">
          <input type="radio" name="ra-order" checked={order === o} onChange={() => onChange(o)} />
          {t(o === "severity" ? "orderBySeverity" : "orderByDocument")}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * What is done with the findings shown, all at once: check again (preview mode), comments added or removed, every
 * certain fix (asked first); and why comments cannot be added, where they cannot.
 */
export function ResultActions(props: {
  host: Host;
  result: CheckResult;
  busy: boolean;
  show: Shown;
  fixing?: Fixing;
  onCheck(): void;
  onAddComments(findings: Finding[]): void;
  onRemoveComments(): void;
}) {
  const { t } = useT();
  const { host, busy, show, fixing } = props;
  const findings = props.result.report.findings;
  const allEdits = findings.filter((f) => f.edit && show[f.severity]).map((f) => f.edit!);
  const allActions = findings.filter((f) => f.action && show[f.severity]).map((f) => f.action!);
  return (
    <>
      <div className="ra-row">
        {host.kind === "preview" && (
          <Button disabled={busy} onClick={props.onCheck}>
            {t("recheck")}
          </Button>
        )}
        <Button
          disabled={busy || !!host.commentsUnavailable || findings.length === 0}
          aria-describedby={host.commentsUnavailable ? "comments-unavailable" : undefined}
          onClick={() => props.onAddComments(findings.filter((f) => show[f.severity]))}
        >
          {t("addComments")}
        </Button>
        <Button disabled={busy || !!host.commentsUnavailable} onClick={props.onRemoveComments}>
          {t("removeComments")}
        </Button>
        {fixing && allEdits.length + allActions.length > 0 && (
          <Button disabled={busy} onClick={() => fixing.ask({ key: "all", edits: allEdits, actions: allActions })}>
            {t("fixAll", { n: allEdits.length + allActions.length })}
          </Button>
        )}
      </div>
      {fixing?.asking?.key === "all" && (
        <FixConfirm
          asking={fixing.asking}
          onYes={fixing.yes}
          onNo={fixing.no}
          word={fixing.word}
          titleOf={fixing.titleOf}
        />
      )}
      {host.commentsUnavailable && (
        <p className="ra-small" id="comments-unavailable">
          {t(host.commentsUnavailable)}
        </p>
      )}
    </>
  );
}
