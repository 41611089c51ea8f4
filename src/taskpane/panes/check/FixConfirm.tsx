// What a one-click fix will do, shown before it is done.
import { Button } from "@fluentui/react-components";
import type { TextEdit } from "../../../core/model/edits";
import type { FixAction } from "../../../core/model/finding";
import { useT } from "../../i18n";

/** Corrections waiting for the user's yes: the one finding's (its key), or every certain one ("all"). */
export interface Asking {
  key: string;
  edits: TextEdit[];
  actions: FixAction[];
}

/** Changes shown before asking, at most this many ("…" after). */
const MAX_SHOWN_CHANGES = 12;

/** What a fix will do, shown before it is done: each change in words, where it happens, and yes / no. */
export function FixConfirm({
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
