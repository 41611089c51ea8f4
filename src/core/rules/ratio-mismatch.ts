import { describeFact, usedFact } from "../reading/facts";
import { finding, msg, type Finding } from "../model/finding";
import type { Rule, RuleContext } from "./rule";
import { formatNumber, intervalOf, intervalsMeet, percentInterval, type Quantity } from "../text/numbers";
import { evaluateRelations } from "../checks/relations";
import { statedGrowth } from "../checks/growth";
import { statedShares } from "../checks/shares";

/** The profile's ratio relations: 控制率 = 在职人数 ÷ 编制数, stated vs recomputed. */
function fromRelations(ctx: RuleContext, rule: Rule): Finding[] {
  const labels = new Map(ctx.profile.facts.map((f) => [f.id, f.label]));
  const ratios = ctx.profile.relations.filter((r) => r.kind === "ratio");
  return evaluateRelations(ctx.facts, ratios)
    .filter((i) => !i.holds)
    .map(({ left: rate, right: [numerator, denominator] }) => {
      const [r, n, d] = [rate, numerator, denominator].map((f) => labels.get(f.id)!);
      const value = ((numerator.value * numerator.scale) / (denominator.value * denominator.scale)) * 100;
      const [stated, num, den, computed] = [
        describeFact(rate),
        describeFact(numerator),
        describeFact(denominator),
        formatNumber(value, 2),
      ];
      return finding(
        rule,
        rate.location,
        msg(
          `${r["zh-CN"]} ${stated} 与 ${n["zh-CN"]} ${num} ÷ ${d["zh-CN"]} ${den} = ${computed}% 不符`,
          `${r["en-US"]} ${stated} ≠ ${n["en-US"]} ${num} ÷ ${d["en-US"]} ${den} = ${computed}%`,
        ),
        {
          figures: [usedFact(rate, r["zh-CN"]), usedFact(numerator, n["zh-CN"]), usedFact(denominator, d["zh-CN"])],
          fix: msg(`将${r["zh-CN"]}改为 ${computed}%，或核对两个数字`, `write ${computed}%, or check the two figures`),
        },
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
          {
            fix: msg(
              `将占比改为 ${formatNumber(value, 2)}%，或核对两个数字`,
              `write ${formatNumber(value, 2)}%, or check the two figures`,
            ),
          },
        ),
      );
    }
  }
  return out;
}

/**
 * Rates of change on last year ("增加 189.25 万元，增长 31.39%") recomputed: last year's figure
 * is this year's less the increase (plus the decrease), the rate the change over it.
 */
function fromGrowth(ctx: RuleContext, rule: Rule): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.doc.paragraphs) {
    if (p.toc) continue;
    for (const { current, change, direction, rate } of statedGrowth(p.text)) {
      const now = interval(current, false);
      const delta = interval(change, false);
      const before =
        direction === "up"
          ? { lo: now.lo - delta.hi, hi: now.hi - delta.lo }
          : { lo: now.lo + delta.lo, hi: now.hi + delta.hi };
      const computed = percentInterval(delta, before);
      if (!computed || intervalsMeet(intervalOf(rate.value, rate.decimals), computed)) continue;
      const baseValue =
        (current.value * current.scale + (direction === "up" ? -1 : 1) * change.value * change.scale) / current.scale;
      const value = ((change.value * change.scale) / (baseValue * current.scale)) * 100;
      const decimals = Math.max(current.decimals, change.decimals);
      const base = `${formatNumber(baseValue, decimals)}${current.unit}`;
      const [sign, zhWord, enWord] = direction === "up" ? ["−", "增长", "growth"] : ["+", "下降", "fall"];
      const at = { paragraph: p.index };
      out.push(
        finding(
          rule,
          at,
          msg(
            `${zhWord} ${rate.raw} 与 变动额 ${change.raw} ÷ 上年数 ${base}（${current.raw} ${sign} ${change.raw}）= ${formatNumber(value, 2)}% 不符`,
            `${enWord} of ${rate.raw} ≠ change ${change.raw} ÷ last year's ${base} (${current.raw} ${sign} ${change.raw}) = ${formatNumber(value, 2)}%`,
          ),
          {
            fix: msg(
              `核对变动率：按所列数字应为 ${formatNumber(value, 2)}%`,
              `check the rate: from the figures given it is ${formatNumber(value, 2)}%`,
            ),
            figures: [
              { label: "本年数", value: current.raw, location: at, source: "text" },
              { label: direction === "up" ? "增加额" : "减少额", value: change.raw, location: at, source: "text" },
              { label: direction === "up" ? "增长率" : "下降率", value: rate.raw, location: at, source: "text" },
            ],
          },
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
    "比率、占比或增减率与其分子、分母重新计算的结果不符（如控制率、“其中……占……%”、“比上年增加……增长……%”）",
    "a rate, share or change on last year does not recompute from its figures (e.g. a staffing ratio, “of which … is …%”, “up … on last year, … %”)",
  ),
  check(ctx) {
    return [...fromRelations(ctx, this), ...fromText(ctx, this), ...fromGrowth(ctx, this)];
  },
};
