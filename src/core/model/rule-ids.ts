// The rules' ids on their own, without the rules: the profile schema checks the keys of
// `rules` against them, and importing the rules into the schema would be a cycle (rules →
// built-in profiles → schema). `Rule.id` is typed by this list, so a rule cannot carry an
// id missing here; test/core/profile.test.ts checks that every id listed has its rule.

/** Every rule's stable, public id, in the order findings are listed. */
export const RULE_IDS = [
  "outline-mismatch",
  "section-missing",
  "section-order",
  "section-empty",
  "section-thin",
  "heading-sequence",
  "sum-mismatch",
  "figure-mismatch",
  "over-limit",
  "rate-mismatch",
  "ratio-mismatch",
  "count-mismatch",
  "score-total",
  "grade-band",
  "duplicate-text",
  "template-residue",
  "year-mismatch",
  "date-format",
  "citation-format",
  "figure-missing",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

const KNOWN: ReadonlySet<string> = new Set(RULE_IDS);

/** Whether a string is a rule id; a Set, so keys such as "__proto__" or "constructor" are just unknown. */
export function isRuleId(key: string): key is RuleId {
  return KNOWN.has(key);
}
