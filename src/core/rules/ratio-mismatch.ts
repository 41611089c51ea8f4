import { describeFact, usedFact } from "../facts";
import { finding, msg, type Finding, type Rule, type RuleContext } from "../finding";
import { formatNumber, intervalOf, intervalsMeet, percentInterval, type Quantity } from "../numbers";
import { evaluateRelations } from "../relations";
import { statedShares } from "../shares";

/** The profile's ratio relations: 控制率 = 在职人数 ÷ 编制数, stated vs recomputed. */
function fromRelations(ctx: RuleContext, rule: Rule): Finding[] {
  const labels = new Map(ctx.profile.facts.map((f) => [f.id, f.label]));
  const ratios = ctx.profile.relations.filter((r) => r.kind === "ratio");
  return evaluateRelations(ctx.facts, ratios)
    .filter((i) => !i.holds)
    .map(({ left: rate, right: [numerator, denominator] }) => {
      const [r, n, d] = [rate, numerator, denominator].map((f) => labels.get(f.id)!);
      const value = ((numerator.value * numerator.scale) / (denominator.value * denominator.scale)) * 100;
      const [stated, num, den, computed] = [describeFact(rate), describeFact(numerator), describeFact(denominator), formatNumber(value, 2)];
      return finding(
        rule,
        rate.location,
        msg(
          `${r["zh-CN"]} ${stated} 与 ${n["zh-CN"]} ${num} ÷ ${d["zh-CN"]} ${den} = ${computed}% 不符`,
          `${r["en-US"]} ${stated} ≠ ${n["en-US"]} ${num} ÷ ${d["en-US"]} ${den} = ${computed}%`,
        ),
        { figures: [usedFact(rate, r["zh-CN"]), usedFact(numerator, n["zh-CN"]), usedFact(denominator, d["zh-CN"])] },
      );
    });
}

const interval = (q: Quantity, exact: boolean) => intervalOf(q.value, q.decimals, q.scale, exact);

/** Shares stated in sentences ("其中基本支出 300 万元，占 60%") recomputed from their part and whole. */
function fromText(ctx: RuleContext, rule: Rule): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.doc.paragraphs) {
    // sentences in table cells count too: several provinces' reports are forms with prose in their cells
    if (p.toc) continue;
    for (const { part, whole, share } of statedShares(p.text)) {
      // counts of people and things are exact; money is rounded as written
      const exact = part.kind !== "money" && part.decimals === 0 && whole.decimals === 0;
      const computed = percentInterval(interval(part, exact), interval(whole, exact));
      if (!computed || intervalsMeet(intervalOf(share.value, share.decimals), computed)) continue;
      const value = ((part.value * part.scale) / (whole.value * whole.scale)) * 100;
      out.push(
        finding(
          rule,
          { paragraph: p.index },
          msg(
            `占比 ${share.raw} 与 ${part.raw} ÷ ${whole.raw} = ${formatNumber(value, 2)}% 不符`,
            `share ${share.raw} ≠ ${part.raw} ÷ ${whole.raw} = ${formatNumber(value, 2)}%`,
          ),
        ),
      );
    }
  }
  return out;
}

/** A stated rate or share that does not recompute from its numerator and denominator. */
export const ratioMismatch: Rule = {
  id: "ratio-mismatch",
  severity: "warning",
  description: msg(
    "比率或占比与其分子、分母重新计算的结果不符（如控制率、“其中……占……%”）",
    "a rate or share does not recompute from its numerator and denominator (e.g. a staffing ratio, “of which … is …%”)",
  ),
  check(ctx) {
    return [...fromRelations(ctx, this), ...fromText(ctx, this)];
  },
};
