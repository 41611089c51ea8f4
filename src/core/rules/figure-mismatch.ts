import { baseValue, describeFact, factInterval, isPlain, usedFact, type Fact } from "../reading/facts";
import { finding, msg, type Finding } from "../model/finding";
import type { Rule } from "./rule";
import { allWhole, intervalsMeet } from "../text/numbers";
import { evaluateRelations } from "../checks/relations";

/**
 * One figure stated twice with different values (text vs table, section vs section), and
 * balances that must hold (年初预算收入 = 年初预算支出; 决算收入 = 决算支出 + 结余).
 */
export const figureMismatch: Rule = {
  id: "figure-mismatch",
  severity: "error",
  description: msg(
    "同一数字前后不一致，或收支不平衡",
    "the same figure is stated with different values, or income and spending do not balance",
  ),
  check({ facts, profile }) {
    const out: Finding[] = [];
    const defs = new Map(profile.facts.map((f) => [f.id, f]));
    const first = new Map<string, Fact>();
    for (const f of facts) {
      // a sub-unit's, one kind's or another period's figure is another figure, not this one restated
      if (!defs.get(f.id)?.unique || !isPlain(f)) continue;
      const a = first.get(f.id);
      if (!a) {
        first.set(f.id, f);
        continue;
      }
      const exact = allWhole([a, f]);
      if (intervalsMeet(factInterval(a, exact), factInterval(f, exact))) continue;
      const l = defs.get(f.id)!.label;
      out.push(
        finding(
          this,
          f.location,
          msg(
            `${l["zh-CN"]}前后不一致：此处为 ${describeFact(f)}，第 ${a.paragraph + 1} 段为 ${describeFact(a)}`,
            `${l["en-US"]} is stated twice with different values: ${describeFact(f)} here, ${describeFact(a)} in paragraph ${a.paragraph + 1}`,
          ),
          {
            figures: [usedFact(a, l["zh-CN"]), usedFact(f, l["zh-CN"])],
            fix: msg(`核对${l["zh-CN"]}，使全文一致`, `check ${l["en-US"]} so that it reads the same throughout`),
          },
        ),
      );
    }
    const balances = profile.relations.filter((r) => r.kind === "equal");
    for (const inst of evaluateRelations(facts, balances)) {
      if (inst.holds) continue;
      const la = defs.get(inst.left.id)!.label;
      const right = inst.right.map((f) => ({ f, l: defs.get(f.id)!.label }));
      const diff = (baseValue(inst.left) - inst.right.reduce((s, f) => s + baseValue(f), 0)) / inst.left.scale;
      out.push(
        finding(
          this,
          inst.left.location,
          msg(
            `${la["zh-CN"]} ${describeFact(inst.left)} ≠ ${right.map((x) => `${x.l["zh-CN"]} ${describeFact(x.f)}`).join(" + ")}（相差 ${Math.round(diff * 100) / 100}）`,
            `${la["en-US"]} ${describeFact(inst.left)} ≠ ${right.map((x) => `${x.l["en-US"]} ${describeFact(x.f)}`).join(" + ")} (difference ${Math.round(diff * 100) / 100})`,
          ),
          {
            figures: [usedFact(inst.left, la["zh-CN"]), ...right.map((x) => usedFact(x.f, x.l["zh-CN"]))],
            fix: msg(
              `核对${la["zh-CN"]}与${right.map((x) => x.l["zh-CN"]).join("、")}，使两者相符`,
              `check ${la["en-US"]} against ${right.map((x) => x.l["en-US"]).join(", ")}`,
            ),
          },
        ),
      );
    }
    return out;
  },
};
