import { Button } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { FilePicker } from "./FilePicker";
import type { TextEdit } from "../../core/edits";
import type { Finding, FixAction, Severity } from "../../core/finding";
import { bySeverity, groupRepeats, inDocumentOrder, type FindingGroup } from "../../core/finding-groups";
import type { DocModel, DocParagraph, DocTable, Location } from "../../core/model";
import type { CheckResult, Host } from "../host";
import { useT, type StringKey } from "../i18n";
import { Notice } from "../Notice";
import { Badge, cx } from "../ui";

const SEVERITY_KEY: Record<Severity, StringKey> = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
};
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
  /** Makes certain corrections, once the user has seen them and said yes. */
  onFix?(edits: TextEdit[], actions: FixAction[]): void;
}

/** Corrections waiting for the user's yes: the one finding's (its key), or every certain one ("all"). */
interface Asking {
  key: string;
  edits: TextEdit[];
  actions: FixAction[];
}

/** Changes shown before asking, at most this many ("…" after). */
const MAX_SHOWN_CHANGES = 12;

/** What a fix will do, shown before it is done: each change in words, where it happens, and yes / no. */
function FixConfirm({
  asking,
  onYes,
  onNo,
  word,
  titleOf,
}: {
  asking: Asking;
  onYes(): void;
  onNo(): void;
  word: boolean;
  titleOf(id: string): string;
}) {
  const { t } = useT();
  return (
    <div className="ra-confirm" role="group" aria-label={t("fixAsk")}>
      <p className="ra-small">{t("fixAsk")}</p>
      <ul className="ra-changes">
        {asking.edits.slice(0, MAX_SHOWN_CHANGES).map((e, k) => (
          <li key={k}>
            <span className="ra-small">{t("paragraphN", { n: e.paragraph + 1 })}</span>{" "}
            {t("fixChange", { from: e.expect, to: e.replace })}
          </li>
        ))}
        {asking.edits.length > MAX_SHOWN_CHANGES && <li>…</li>}
        {asking.actions.flatMap((a, k) =>
          a.kind === "insert-sections"
            ? a.sections.map((id) => <li key={`s${k}${id}`}>{t("fixInsertSection", { title: titleOf(id) })}</li>)
            : [<li key={`w${k}`}>{t("fixWriteSentence", { sentence: a.sentence })}</li>],
        )}
      </ul>
      <p className="ra-small">{t(word ? "fixWhereWord" : "fixWherePreview")}</p>
      <div className="ra-row">
        <Button appearance="primary" onClick={onYes}>
          {t("fixConfirm")}
        </Button>
        <Button onClick={onNo}>{t("fixCancel")}</Button>
      </div>
    </div>
  );
}

/**
 * Where each paragraph of a table goes: the cell whose first paragraph is the last at or before
 * it (cells in the order of their first paragraphs), so that a nested table's paragraphs stay in
 * the outer cell that holds them. A table whose cells do not say where they start is laid out by
 * the cell each paragraph names.
 */
function cellParagraphs(doc: DocModel, table: DocTable): Map<string, DocParagraph[]> {
  const cells = new Map<string, DocParagraph[]>();
  if (table.firstParagraph < 0) return cells;
  const starts: { key: string; at: number }[] = [];
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.covered && cell.paragraph !== undefined && cell.paragraph >= 0)
        starts.push({ key: `${r}:${c}`, at: cell.paragraph });
    }),
  );
  starts.sort((a, b) => a.at - b.at);
  let k = -1;
  for (let i = table.firstParagraph; i <= table.lastParagraph; i++) {
    const p = doc.paragraphs[i];
    if (!p) continue;
    while (k + 1 < starts.length && starts[k + 1].at <= i) k++;
    const key = k >= 0 ? starts[k].key : p.cell ? `${p.cell.row}:${p.cell.column}` : undefined;
    if (key) cells.set(key, [...(cells.get(key) ?? []), p]);
  }
  return cells;
}

function Para({ p, current }: { p: DocParagraph; current?: number }) {
  return (
    <p
      data-paragraph={p.index}
      aria-current={current === p.index ? "location" : undefined}
      className={cx("ra-para", current === p.index && "ra-current")}
    >
      {p.cell ? p.text : (p.list?.label ?? "") + p.text}
    </p>
  );
}

/**
 * A table of the document as a table: merged cells merged, each cell's paragraphs in it; wide tables scroll inside
 * their frame.
 */
function TableView({ doc, table, current }: { doc: DocModel; table: DocTable; current?: number }) {
  const cells = useMemo(() => cellParagraphs(doc, table), [doc, table]);
  return (
    <div className="ra-table-wrap">
      <table className="ra-table">
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                cell.covered ? null : (
                  <td
                    key={c}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                  >
                    {(cells.get(`${r}:${c}`) ?? []).map((p) => (
                      <Para key={p.index} p={p} current={current} />
                    ))}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The opened document, paragraphs and tables, so that a finding can be shown in place in preview mode. */
function DocView({ doc, current }: { doc: DocModel; current?: number }) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    const el = current === undefined ? null : box?.querySelector<HTMLElement>(`[data-paragraph="${current}"]`);
    if (!box || !el) return;
    // the document view scrolls to the paragraph; the pane itself does not move, so the finding
    // clicked stays where it was (scrollIntoView would scroll every scrolling ancestor, the page too)
    const at = el.getBoundingClientRect();
    const frame = box.getBoundingClientRect();
    box.scrollTop += at.top - frame.top - (box.clientHeight - at.height) / 2;
    const wrap = el.closest<HTMLElement>(".ra-table-wrap");
    if (wrap) {
      const w = wrap.getBoundingClientRect();
      wrap.scrollLeft += el.getBoundingClientRect().left - w.left - (wrap.clientWidth - at.width) / 2;
    }
  }, [current, doc]);
  return (
    <section aria-label={t("documentPreview")}>
      <h2 className="ra-group">{t("documentPreview")}</h2>
      <div className="ra-doc" ref={ref} tabIndex={0} lang="zh-CN">
        {doc.blocks?.length
          ? doc.blocks.map((b) =>
              b.kind === "paragraph" ? (
                <Para key={`p${b.index}`} p={b} current={current} />
              ) : (
                <TableView key={`t${b.index}`} doc={doc} table={b} current={current} />
              ),
            )
          : doc.paragraphs.map((p) => <Para key={p.index} p={p} current={current} />)}
      </div>
    </section>
  );
}

export function CheckPane(props: CheckPaneProps) {
  const { host, result, busy } = props;
  const { t, lang } = useT();
  const [show, setShow] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });

  /** Errors first (what a reviewer acts on), or the document's order, grouped by section. */
  const [order, setOrder] = useState<"severity" | "document">("severity");
  const [asking, setAsking] = useState<Asking>();
  // a new result: nothing is waiting for a yes any more
  useEffect(() => setAsking(undefined), [result]);

  const items = useMemo(() => {
    if (!result) return [];
    const groups = groupRepeats(result.report.findings.filter((f) => show[f.severity]));
    return order === "severity" ? bySeverity(groups) : inDocumentOrder(groups);
  }, [result, show, order]);

  /** In document order, a heading whenever the section changes (sections are contiguous, so each comes once). */
  const sectionTitle = (g: FindingGroup) => {
    const s = result?.report.sections.find((x) => x.id === g.finding.section);
    return s ? s.heading?.trim() || s.title : t("wholeDocument");
  };

  const counts = result ? countOf(result.report.findings) : undefined;
  /** Every finding a group stands for (a repeat is fixed at each of its places). */
  const findingsOf = (g: FindingGroup) =>
    (result?.report.findings ?? []).filter(
      (f) => f.rule === g.finding.rule && f.message["zh-CN"] === g.finding.message["zh-CN"],
    );
  const editsOf = (g: FindingGroup): TextEdit[] => findingsOf(g).flatMap((f) => (f.edit ? [f.edit] : []));
  const allEdits = (result?.report.findings ?? []).filter((f) => f.edit && show[f.severity]).map((f) => f.edit!);
  const allActions = (result?.report.findings ?? []).filter((f) => f.action && show[f.severity]).map((f) => f.action!);
  const actionsOf = (g: FindingGroup): FixAction[] => findingsOf(g).flatMap((f) => (f.action ? [f.action] : []));
  const titleOf = (id: string) => result?.report.sections.find((s) => s.id === id)?.title ?? id;
  const fixing = props.onFix
    ? {
        asking,
        ask: (a: Asking) => setAsking(a),
        yes: () => {
          if (asking) props.onFix!(asking.edits, asking.actions);
          setAsking(undefined);
        },
        no: () => setAsking(undefined),
        editsOf,
        actionsOf,
        titleOf,
        word: host.kind === "word",
        busy,
      }
    : undefined;
  /**
   * In preview mode, the text of the paragraph a clicked finding points to, shown under it (Word selects it in the
   * document).
   */
  const excerpt = (l: Location) =>
    host.kind === "preview" && l.paragraph !== undefined ? result?.doc.paragraphs[l.paragraph]?.text : undefined;
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
          <ScoreCard result={result} />
          <p role="status" className="ra-text ra-strong">
            {t("summary", {
              errors: counts.errors,
              warnings: counts.warnings,
              infos: counts.infos,
              found,
              total: result.report.sections.length,
            })}
          </p>
          {props.profileNote && <p className="ra-text">{props.profileNote}</p>}
          <fieldset className="ra-row ra-filter">
            <legend>{t("filterLabel")}</legend>
            {(["error", "warning", "info"] as Severity[]).map((s) => (
              <label key={s} className="ra-check">
                <input
                  type="checkbox"
                  checked={show[s]}
                  onChange={(e) => setShow({ ...show, [s]: e.target.checked })}
                />
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
            {fixing && allEdits.length + allActions.length > 0 && (
              <Button disabled={busy} onClick={() => setAsking({ key: "all", edits: allEdits, actions: allActions })}>
                {t("fixAll", { n: allEdits.length + allActions.length })}
              </Button>
            )}
          </div>
          {fixing && asking?.key === "all" && (
            <FixConfirm asking={asking} onYes={fixing.yes} onNo={fixing.no} word={fixing.word} titleOf={titleOf} />
          )}
          {host.commentsUnavailable && (
            <p className="ra-small" id="comments-unavailable">
              {t(host.commentsUnavailable)}
            </p>
          )}
          <fieldset className="ra-row ra-filter">
            <legend>{t("orderLabel")}</legend>
            {(["severity", "document"] as const).map((o) => (
              <label key={o} className="ra-check">
                <input type="radio" name="ra-order" checked={order === o} onChange={() => setOrder(o)} />
                {t(o === "severity" ? "orderBySeverity" : "orderByDocument")}
              </label>
            ))}
          </fieldset>
          {items.length === 0 && (
            <p className="ra-text">
              {result.report.findings.length ? t("allHidden", { n: result.report.findings.length }) : t("noFindings")}
            </p>
          )}
          {order === "severity" ? (
            <FindingList items={items} jumped={props.jumped} onJump={props.onJump} excerpt={excerpt} fixing={fixing} />
          ) : (
            sectionsOf(items, sectionTitle).map((part, k) => (
              <section key={k} aria-label={part.title}>
                <h2 className="ra-group">{part.title}</h2>
                <FindingList
                  items={part.items}
                  jumped={props.jumped}
                  onJump={props.onJump}
                  excerpt={excerpt}
                  fixing={fixing}
                />
              </section>
            ))
          )}
          {host.kind === "preview" && <DocView doc={result.doc} current={props.jumped?.paragraph} />}
        </>
      )}
    </div>
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

/** Places shown under a repeated finding before "…". */
const MAX_PLACES = 12;

/** A paragraph as people count it, from 1. */
const sameLocation = (a?: Location, b?: Location) =>
  !!a && !!b && a.paragraph === b.paragraph && a.paragraph !== undefined;

/** Findings, each with its fix in words; a repeated one once, with its count and every place to jump to. */
interface Fixing {
  asking?: Asking;
  ask(a: Asking): void;
  yes(): void;
  no(): void;
  editsOf(g: FindingGroup): TextEdit[];
  actionsOf(g: FindingGroup): FixAction[];
  titleOf(id: string): string;
  word: boolean;
  busy: boolean;
}

function FindingList({
  items,
  jumped,
  onJump,
  excerpt,
  fixing,
}: {
  items: FindingGroup[];
  jumped?: Location;
  onJump(l: Location): void;
  excerpt?(l: Location): string | undefined;
  fixing?: Fixing;
}) {
  const { t, lang } = useT();
  return (
    <ul className="ra-list">
      {items.map((g, i) => {
        const f = g.finding;
        const current = g.locations.some((l) => sameLocation(l, jumped));
        const quote = current && jumped ? excerpt?.(jumped)?.trim() : undefined;
        return (
          <li
            key={`${f.rule}-${i}`}
            className={cx(current && "ra-current-finding")}
            aria-current={current ? "true" : undefined}
          >
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
                {g.locations.length > 1 && (
                  <span className="ra-small"> {t("occurrences", { n: g.locations.length })}</span>
                )}
              </span>
            </Button>
            {f.fix && <p className="ra-fix">→ {f.fix[lang]}</p>}
            {fixing &&
              (() => {
                const edits = fixing.editsOf(g);
                const actions = fixing.actionsOf(g);
                if (!edits.length && !actions.length) return null;
                const key = `${f.rule}:${f.message["zh-CN"]}`;
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
              })()}
            {quote && (
              <p className="ra-excerpt">
                <span className="ra-excerpt-label">{t("paragraphN", { n: jumped!.paragraph! + 1 })}</span>
                <span lang="zh-CN">{quote}</span>
              </p>
            )}
            {g.locations.length > 1 && (
              <p className="ra-places">
                {t("placesLabel")}
                {g.locations.slice(0, MAX_PLACES).map((l, k) =>
                  l.paragraph === undefined ? null : (
                    <button key={k} type="button" className="ra-place" onClick={() => onJump(l)}>
                      {t("paragraphN", { n: l.paragraph + 1 })}
                    </button>
                  ),
                )}
                {g.locations.length > MAX_PLACES && " …"}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** What the report states against what its own figures say: score, grade. */
function ScoreCard({ result }: { result: CheckResult }) {
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

function countOf(findings: Finding[]) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
  };
}
