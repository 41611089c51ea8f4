import { Button } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { FilePicker } from "./FilePicker";
import type { Finding, Severity } from "../../core/finding";
import type { DocModel, Location } from "../../core/model";
import type { CheckResult, Host } from "../host";
import { useT, type StringKey } from "../i18n";
import { Notice } from "../Notice";
import { Badge, cx } from "../ui";

const SEVERITY_KEY: Record<Severity, StringKey> = { error: "severityError", warning: "severityWarning", info: "severityInfo" };
const BADGE_KEY: Record<Severity, StringKey> = { error: "badgeError", warning: "badgeWarning", info: "badgeInfo" };

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
}

/** The opened document as text, so that a finding can be shown in place in preview mode. */
function DocView({ doc, current }: { doc: DocModel; current?: number }) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (current === undefined) return;
    const el = ref.current?.querySelector<HTMLElement>(`[data-paragraph="${current}"]`);
    el?.scrollIntoView?.({ block: "center" });
  }, [current]);
  return (
    <section aria-label={t("documentPreview")}>
      <h2 className="ra-group">{t("documentPreview")}</h2>
      <div className="ra-doc" ref={ref} tabIndex={0}>
        {doc.paragraphs.map((p) => (
          <p
            key={p.index}
            data-paragraph={p.index}
            aria-current={current === p.index ? "location" : undefined}
            className={cx("ra-para", p.cell && "ra-cell", current === p.index && "ra-current")}
          >
            {p.cell ? `│ ${p.text}` : (p.list?.label ?? "") + p.text}
          </p>
        ))}
      </div>
    </section>
  );
}

export function CheckPane(props: CheckPaneProps) {
  const { host, result, busy } = props;
  const { t, lang } = useT();
  const [show, setShow] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });

  const groups = useMemo(() => {
    if (!result) return [];
    const visible = result.report.findings.filter((f) => show[f.severity]);
    const bySection = new Map<string, Finding[]>();
    for (const f of visible) {
      const k = f.section ?? "";
      if (!bySection.has(k)) bySection.set(k, []);
      bySection.get(k)!.push(f);
    }
    return [...bySection.entries()]
      .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : 0))
      .map(([id, findings]) => {
        const s = result.report.sections.find((x) => x.id === id);
        return { id, title: s ? s.heading?.trim() || s.title : t("wholeDocument"), findings };
      });
  }, [result, show, t]);

  const counts = result ? countOf(result.report.findings) : undefined;
  const found = result?.report.sections.filter((s) => s.status !== "missing").length ?? 0;

  return (
    <div className="ra-pane">
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
            {result ? t("recheck") : t("check")}
          </Button>
        </div>
      )}
      {result && counts && (
        <>
          {props.stale && (
            <Notice intent="warning">
              {t("staleResults")}{" "}
              <Button size="small" disabled={busy} onClick={props.onCheck}>
                {t("recheck")}
              </Button>
            </Notice>
          )}
          <p role="status" className="ra-text ra-strong">
            {t("summary", { errors: counts.errors, warnings: counts.warnings, infos: counts.infos, found, total: result.report.sections.length })}
          </p>
          {props.profileNote && <p className="ra-text">{props.profileNote}</p>}
          <fieldset className="ra-row ra-filter">
            <legend>{t("filterLabel")}</legend>
            {(["error", "warning", "info"] as Severity[]).map((s) => (
              <label key={s} className="ra-check">
                <input type="checkbox" checked={show[s]} onChange={(e) => setShow({ ...show, [s]: e.target.checked })} />
                {t(SEVERITY_KEY[s])}
              </label>
            ))}
          </fieldset>
          <div className="ra-row">
            {host.kind === "preview" && (
              <Button disabled={busy} onClick={props.onCheck}>
                {t("recheck")}
              </Button>
            )}
            <Button
              disabled={busy || !!host.commentsUnavailable || result.report.findings.length === 0}
              aria-describedby={host.commentsUnavailable ? "comments-unavailable" : undefined}
              onClick={() => props.onAddComments(result.report.findings.filter((f) => show[f.severity]))}
            >
              {t("addComments")}
            </Button>
            <Button disabled={busy || !!host.commentsUnavailable} onClick={props.onRemoveComments}>
              {t("removeComments")}
            </Button>
          </div>
          {host.commentsUnavailable && (
            <p className="ra-small" id="comments-unavailable">
              {t(host.commentsUnavailable)}
            </p>
          )}
          {groups.length === 0 && <p className="ra-text">{t("noFindings")}</p>}
          {groups.map((g) => (
            <section key={g.id || "whole"} aria-label={g.title}>
              <h2 className="ra-group">{g.title}</h2>
              <ul className="ra-list">
                {g.findings.map((f, i) => (
                  <li key={`${f.rule}-${f.location.paragraph}-${i}`}>
                    <Button appearance="subtle" className="ra-finding" title={t("jumpHint")} data-rule={f.rule} onClick={() => props.onJump(f.location)}>
                      <Badge tone={f.severity}>{t(BADGE_KEY[f.severity])}</Badge>
                      <span>{f.message[lang]}</span>
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {host.kind === "preview" && <DocView doc={result.doc} current={props.jumped?.paragraph} />}
        </>
      )}
    </div>
  );
}

function countOf(findings: Finding[]) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
  };
}
