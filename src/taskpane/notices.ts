// The pane's messages: what an action did or why it failed, made in the language shown.
import type { Lang } from "../core/model/finding";
import type { FixDone } from "./host";
import { translate, type StringKey } from "./i18n";
import type { ShownProblem } from "./profile-problems";

/**
 * A message of the pane: its words are made in the language shown, so that switching the language translates it too.
 */
export type Notice = {
  intent: "success" | "warning" | "error" | "info";
  text(lang: Lang): string;
  details?(lang: Lang): ShownProblem[];
};

/** A notice with one of the pane's strings. */
export const say = (
  intent: Notice["intent"],
  key: StringKey,
  vars?: Record<string, string | number> | ((lang: Lang) => Record<string, string | number>),
): Notice => ({
  intent,
  text: (lang) => translate(lang, key, typeof vars === "function" ? vars(lang) : vars),
});

/**
 * A readable message for a failure: Word's error code, a file the reader refused, or the
 * error's own text. `writes`: the action was changing the document — Word keeps what ran
 * before a failing action, so the message says it may be done in part, never "not changed".
 */
export function describeError(e: unknown, fileName?: string, writes = false): Notice {
  const err = e as { code?: string; name?: string; message?: string; reason?: Record<Lang, string> };
  const code = err?.code ?? "";
  const fail = (key: StringKey, vars: Record<string, string> = {}) =>
    say("error", key, (lang) => ({ code, outcome: translate(lang, writes ? "outcomeWrite" : "outcomeRead"), ...vars }));
  if (err?.name === "DocxReadError" && err.reason) {
    const reason = err.reason;
    return say("error", "errorFile", (lang) => ({ name: fileName ?? "", reason: reason[lang] }));
  }
  if (code === "ApiNotFound" || code === "NotImplemented" || code === "NotSupported") return fail("errorUnsupported");
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded")
    return fail("errorTooLarge");
  if (code === "ItemNotFound" || code === "InvalidArgument") return fail("errorNotFound");
  if (code === "ConnectionFailure" || /network|failed to fetch/i.test(err?.message ?? ""))
    return fail("errorConnection");
  if (code) return fail("errorWord");
  return fail("errorGeneric", { message: err?.message ?? String(e) });
}

/** What a one-click fix did, in words: the corrected copy saved (preview mode), nothing, or the edits made and not. */
export function fixedNotice(done: FixDone): Notice {
  if (done.copy) return say("success", "fixedCopy", { name: done.copy.name, n: done.applied });
  if (!done.applied) return say("warning", "fixNone");
  return done.skipped
    ? say("warning", "fixesAppliedSkipped", { n: done.applied, skipped: done.skipped })
    : say("success", "fixesApplied", { n: done.applied });
}
