// Which figure a label names: the quick look at pairs of characters never rules out a label
// the full comparison would match.
import fc from "fast-check";
import { couldName, matchFact, prepareFacts } from "../../src/core/reading/facts";
import type { UnitKind } from "../../src/core/text/numbers";
import { parseProfile, type Profile } from "../../src/core/profile/profile";
import { defaultProfile } from "../../src/core/profile/built-in";
import { normalizeLabel } from "../../src/core/text/text";

const profile = defaultProfile();
const prepared = prepareFacts(profile);

test.each<[string, UnitKind, string | undefined]>([
  ["年末实有人数", "person", "staff.actual"],
  ["年末 实有 人数", "person", "staff.actual"],
  ["其中在职人員", "person", "staff.active"],
  ["年初預算支出", "money", "budget.initial.spending"],
  ["2023年度部门预算收入", "money", "budget.initial.income"],
  ["全年实际支出", "money", "budget.executed"],
  ["本年支出合计", "money", "spending.total"],
  ["其中其他收入", "money", "income.other"],
  // spending of one source of funds: not income of that source
  ["一般公共预算财政拨款支出", "money", "spending.appropriation"],
  ["一般公共预算财政拨款基本支出", "money", "spending.basic"],
  ["一般公共预算财政拨款收入", "money", "income.general"],
  ["全年完成", "count", undefined],
  ["使用资金", "money", undefined],
])("%s (%s) names %s", (label, kind, id) => {
  expect(matchFact(label, kind, prepared)?.id).toBe(id);
});

test("a one-character term is found by its character alone", () => {
  const base = defaultProfile();
  const r = parseProfile({
    ...base,
    facts: [...base.facts, { ...base.facts[0], id: "x.single", terms: ["馆"], exclude: [], unique: false }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const p: Profile = r.profile;
  const prep = prepareFacts(p);
  expect(couldName(prep, prep.byKind.get(p.facts[0].kind as UnitKind)!.bit, "图书 馆", 0, 4)).toBe(true);
});

test("the quick look agrees with comparing every term, on any label", () => {
  // the definition: the longest term contained in the normalised label, of a fact not excluded
  const reference = (label: string, kind: UnitKind) => {
    const group = prepared.byKind.get(kind);
    if (!group) return undefined;
    const l = normalizeLabel(label);
    let best: { id: string; len: number } | undefined;
    for (const f of group.facts) {
      if (f.exclude.some((x) => l.includes(x))) continue;
      for (const t of f.terms)
        if (l.includes(t) && (!best || t.length > best.len)) best = { id: f.def.id, len: t.length };
    }
    return best?.id;
  };
  const chars = [...new Set(profile.facts.flatMap((f) => f.terms.join("")).join("") + "年末全完成 \u3000（）預實員門")];
  const kinds: UnitKind[] = ["money", "percent", "person", "count", "area", "score"];
  fc.assert(
    fc.property(
      fc.string({ unit: fc.constantFrom(...chars), maxLength: 12 }),
      fc.constantFrom(...kinds),
      (label, kind) => {
        expect(matchFact(label, kind, prepared)?.id).toBe(reference(label, kind));
      },
    ),
    { numRuns: 20000 },
  );
});
