// One-click fixes in the findings list: which corrections a finding stands for, and the one waiting for a yes.
import { useEffect, useState } from "react";
import type { TextEdit } from "../../../core/model/edits";
import type { FixAction } from "../../../core/model/finding";
import type { FindingGroup } from "../../../core/model/finding-groups";
import type { CheckResult } from "../../host";
import type { Asking } from "./FixConfirm";

/** What the list needs to offer fixes: the corrections asked about, and each group's. */
export interface Fixing {
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

/** The fixes offered with the result, or none without `onFix`; a new result drops the one asked about. */
export function useFixing(
  result: CheckResult | undefined,
  onFix: ((edits: TextEdit[], actions: FixAction[]) => void) | undefined,
  word: boolean,
  busy: boolean,
): Fixing | undefined {
  const [asking, setAsking] = useState<Asking>();
  // a new result: nothing is waiting for a yes any more
  useEffect(() => setAsking(undefined), [result]);
  if (!onFix) return undefined;
  const findings = result?.report.findings ?? [];
  /** Every finding a group stands for (a repeat is fixed at each of its places). */
  const findingsOf = (g: FindingGroup) =>
    findings.filter((f) => f.rule === g.finding.rule && f.message["zh-CN"] === g.finding.message["zh-CN"]);
  return {
    asking,
    ask: (a: Asking) => setAsking(a),
    yes: () => {
      if (asking) onFix(asking.edits, asking.actions);
      setAsking(undefined);
    },
    no: () => setAsking(undefined),
    editsOf: (g) => findingsOf(g).flatMap((f) => (f.edit ? [f.edit] : [])),
    actionsOf: (g) => findingsOf(g).flatMap((f) => (f.action ? [f.action] : [])),
    titleOf: (id) => result?.report.sections.find((s) => s.id === id)?.title ?? id,
    word,
    busy,
  };
}
