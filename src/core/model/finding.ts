import type { TextEdit } from "./edits";
import type { Location } from "./model";
import type { RuleId } from "./rule-ids";

export type Severity = "error" | "warning" | "info";
export type Lang = "zh-CN" | "en-US";
export const LANGS: Lang[] = ["zh-CN", "en-US"];

/** A text in both languages the product speaks. */
export type Message = Record<Lang, string>;

export interface Finding {
  rule: string;
  severity: Severity;
  message: Message;
  location: Location;
  /** Id of the profile section the location falls in, when any. */
  section?: string;
  /** A suggested correction, when one exists (e.g. the expected grade). */
  fix?: Message;
  /** Every figure a numeric finding used, as written, and where it was read. */
  figures?: FigureUsed[];
  /** The correction as an edit of the text, when it is certain (one click in the pane, `report-check fix`). */
  edit?: TextEdit;
  /** A correction that adds content, when it is certain: a missing section in its place, the score sentence. */
  action?: FixAction;
}

/**
 * What a one-click fix adds: the sections of the profile with these ids, each at its place; a sentence ending the
 * conclusion.
 */
export type FixAction = { kind: "insert-sections"; sections: string[] } | { kind: "score-sentence"; sentence: string };

/** The actions of several findings as one: every section asked for once, the first score sentence. */
export function mergedActions(actions: FixAction[]): { sections: string[]; sentence?: string } {
  const sections = [...new Set(actions.flatMap((a) => (a.kind === "insert-sections" ? a.sections : [])))];
  const sentence = actions.flatMap((a) => (a.kind === "score-sentence" ? [a.sentence] : []))[0];
  return { sections, ...(sentence ? { sentence } : {}) };
}

/** A figure a finding rests on: what it is, as written, and where (so a reviewer can check it). */
export interface FigureUsed {
  label: string;
  value: string;
  location: Location;
  /** Read from a sentence, a standard table, or a form cell. */
  source?: "text" | "table" | "form";
}

/** A finding with the rule's default severity; `severity` overrides it for this one finding. */
export function finding(
  rule: { id: RuleId; severity: Severity },
  location: Location,
  message: Message,
  extra?: { severity?: Severity; fix?: Message; figures?: FigureUsed[]; edit?: TextEdit; action?: FixAction },
): Finding {
  return {
    rule: rule.id,
    severity: extra?.severity ?? rule.severity,
    message,
    location,
    ...(extra?.fix ? { fix: extra.fix } : {}),
    ...(extra?.figures?.length ? { figures: extra.figures } : {}),
    ...(extra?.edit ? { edit: extra.edit } : {}),
    ...(extra?.action ? { action: extra.action } : {}),
  };
}

export function msg(zh: string, en: string): Message {
  return { "zh-CN": zh, "en-US": en };
}
