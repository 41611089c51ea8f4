// Findings as a reviewer reads them: the same rule saying the same thing at many places is
// one item with a count and its places (32 repeated sentences are one line, not 32), and
// items come either by severity (errors first) or in the document's order.
import type { Finding, Severity } from "./finding";
import type { Location } from "./model";

export interface FindingGroup {
  /** The first finding of the group: its rule, severity, message, fix and figures stand for all. */
  finding: Finding;
  /** Every place the group's finding was made, in document order. */
  locations: Location[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Where a location stands in the document: paragraph, then table cell; a location with neither comes last. */
function position(l: Location): number {
  return l.paragraph ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Findings with the same rule, severity and message in both languages become one group, at the place of its first
 * finding.
 */
export function groupRepeats(findings: Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.rule}\u0000${f.severity}\u0000${f.message["zh-CN"]}\u0000${f.message["en-US"]}`;
    const g = groups.get(key);
    if (g) g.locations.push(f.location);
    else groups.set(key, { finding: f, locations: [f.location] });
  }
  const out = [...groups.values()];
  for (const g of out) g.locations.sort((a, b) => position(a) - position(b));
  return out;
}

/** Groups in the document's order: by the first place each was made. */
export function inDocumentOrder(groups: FindingGroup[]): FindingGroup[] {
  return [...groups].sort((a, b) => position(a.locations[0]) - position(b.locations[0]));
}

/** Groups by severity — errors, then warnings, then infos — each severity in the document's order. */
export function bySeverity(groups: FindingGroup[]): FindingGroup[] {
  return inDocumentOrder(groups).sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity]);
}
