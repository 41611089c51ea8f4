// Evaluates the profile's relations between facts ("实有 = 在职 + 退休", "年初收入 =
// 年初支出", "在职 ≤ 编制", "控制率 = 在职 ÷ 编制") with the rounding tolerance of docs/domain.md §6.
import { factInterval, isPlain, type Fact } from "../reading/facts";
import {
  allWhole,
  intervalOf,
  intervalsMeet,
  percentInterval,
  ratePercent,
  sumIntervals,
  type Interval,
} from "../text/numbers";
import type { RelationDef } from "../profile/profile";
import { fundSource } from "../reading/scope";

export interface RelationInstance {
  relation: RelationDef;
  /** The total (sum), the left side (equal / at-most), or the stated rate (ratio). */
  left: Fact;
  /** The parts (sum), the right side and its allowances, or numerator and denominator (ratio). */
  right: Fact[];
  holds: boolean;
}

/** A stated rate as a percentage interval: "95%" and "95" in a 率 column alike, a fraction "0.95" as 95 %. */
export function percentFactInterval(f: Fact): Interval {
  const rate = ratePercent(f.value, f.decimals, /[%％]/.test(f.raw));
  return intervalOf(rate.value, rate.decimals, f.scale);
}

/**
 * The first plain figure (the department's, for the year) with this id: a sub-unit's or last year's never stands for
 * it.
 */
function firstOf(facts: Fact[], id: string, accepts: (f: Fact) => boolean = isPlain): Fact | undefined {
  return facts.find((f) => f.id === id && accepts(f));
}

/**
 * Which figures can be summed with `total`: the department's own; and where the total names
 * one source of funds (一般公共预算财政拨款支出), the parts of the same source too — written
 * out again or left to the total ("…支出 X 万元，其中基本支出 Y 万元"). A sub-unit's part or
 * another source's never.
 */
export function summableWith(total: Fact): (f: Fact) => boolean {
  const source = fundSource(total.scope);
  if (!source || total.part) return isPlain;
  return (f) => isPlain(f) || (!f.part && fundSource(f.scope) === source);
}

/**
 * A figure that can stand as the total of a sum: the department's own, or all of one source
 * of funds. `listed`: a share of the money (a source's total, or a relation's `listOnly`
 * total) only as the head of the 其中 list that follows it.
 */
export function canBeTotal(f: Fact, listed = false): boolean {
  if (isPlain(f)) return !listed || !!f.listHead;
  return !f.part && fundSource(f.scope) !== undefined && (!listed || !!f.listHead);
}

/** Fact groups a relation can be checked on: one per paragraph for paragraph scope, one for the document. */
function groups(facts: Fact[], relation: RelationDef): Fact[][] {
  if (relation.scope === "document") return [facts.filter(isPlain)];
  const byParagraph = new Map<number, Fact[]>();
  for (const f of facts) {
    if (f.source !== "text") continue;
    if (!byParagraph.has(f.paragraph)) byParagraph.set(f.paragraph, []);
    byParagraph.get(f.paragraph)!.push(f);
  }
  return [...byParagraph.values()];
}

type SumRelation = Extract<RelationDef, { kind: "sum" }>;
type RatioRelation = Extract<RelationDef, { kind: "ratio" }>;
type ComparisonRelation = Exclude<RelationDef, SumRelation | RatioRelation>;

/**
 * Evaluates relations. In paragraph scope the parts are read from the figures that follow
 * the total, up to the next figure that starts a statement of its own (`isBoundary`:
 * another total, a once-per-report figure) — so "年初预算支出 500 万元 … 决算支出 494 万元，
 * 其中基本支出 400 万元" does not take 决算's split for 年初's.
 */
export function evaluateRelations(
  facts: Fact[],
  relations: RelationDef[],
  isBoundary: (id: string) => boolean = () => false,
): RelationInstance[] {
  const out: RelationInstance[] = [];
  for (const relation of relations) {
    for (const group of groups(facts, relation)) {
      const instance =
        relation.kind === "sum"
          ? evaluateSum(group, relation, isBoundary)
          : relation.kind === "ratio"
            ? evaluateRatio(group, relation)
            : evaluateComparison(group, relation);
      if (instance) out.push(instance);
    }
  }
  return out;
}

/** total = Σ parts; undefined when the group does not state the total and every part it needs. */
function evaluateSum(
  group: Fact[],
  relation: SumRelation,
  isBoundary: (id: string) => boolean,
): RelationInstance | undefined {
  const paragraph = relation.scope === "paragraph";
  // (a total of one source of funds only with its parts in its own sentence)
  const totalIndex = group.findIndex(
    (f) =>
      f.id === relation.total &&
      (paragraph ? canBeTotal(f, relation.listOnly || fundSource(f.scope) !== undefined) : isPlain(f)),
  );
  if (totalIndex < 0) return undefined;
  const total = group[totalIndex];
  const accepts = summableWith(total);
  const rest = paragraph ? partsAfterTotal(group, totalIndex, relation, accepts, isBoundary) : group;
  if (!rest) return undefined;
  const parts = relation.parts.map((id) => firstOf(rest, id, accepts));
  if (parts.some((p) => !p)) return undefined;
  const optional = relation.optional.map((id) => firstOf(rest, id, accepts)).filter((p): p is Fact => !!p);
  const all = [...(parts as Fact[]), ...optional];
  if (all.length < Math.max(1, relation.minParts ?? relation.parts.length)) return undefined;
  const exact = allWhole([total, ...all]);
  const totalInterval = factInterval(total, exact);
  const sum = sumIntervals(all.map((f) => factInterval(f, exact)));
  // a list that may leave a part out unsaid is wrong only when its parts exceed the total
  const open = relation.openWithout.some((id) => !all.some((f) => f.id === id));
  return {
    relation,
    left: total,
    right: all,
    holds: open ? sum.lo <= totalInterval.hi : intervalsMeet(totalInterval, sum),
  };
}

/**
 * In a sentence the parts follow their total ("…支出 X 万元，其中基本支出 Y 万元"): the figures after it, up to the
 * end of its list; undefined when the list gives its parts by sub-unit or by kind.
 */
function partsAfterTotal(
  group: Fact[],
  totalIndex: number,
  relation: SumRelation,
  accepts: (f: Fact) => boolean,
  isBoundary: (id: string) => boolean,
): Fact[] | undefined {
  const total = group[totalIndex];
  const members = new Set([...relation.parts, ...relation.optional]);
  const after = group.slice(totalIndex + 1);
  // the list ends at the first figure that is not one of its parts: "支出 500，其中基本支出 300，项目支出 200。
  // 按经济分类，工资福利支出 250…" — the classes after 项目支出 break down the 500, not the 基本支出
  const stop = after.findIndex((f) => !members.has(f.id) && (isBoundary(f.id) || f.kind === total.kind));
  const rest = stop < 0 ? after : after.slice(0, stop);
  // parts given by sub-unit or by kind ("其中：甲站在职 9 人") are not the split the relation names
  return rest.some((f) => members.has(f.id) && !accepts(f)) ? undefined : rest;
}

/** rate = numerator ÷ denominator; undefined when a figure is missing or the denominator may be zero. */
function evaluateRatio(group: Fact[], relation: RatioRelation): RelationInstance | undefined {
  const rate = firstOf(group, relation.rate);
  const numerator = firstOf(group, relation.numerator);
  const denominator = firstOf(group, relation.denominator);
  if (!rate || !numerator || !denominator) return undefined;
  const exact = allWhole([numerator, denominator]);
  const computed = percentInterval(factInterval(numerator, exact), factInterval(denominator, exact));
  if (!computed) return undefined;
  return {
    relation,
    left: rate,
    right: [numerator, denominator],
    holds: intervalsMeet(percentFactInterval(rate), computed),
  };
}

/** a = b (+ allowances) or a ≤ b; undefined when either side is not stated. */
function evaluateComparison(group: Fact[], relation: ComparisonRelation): RelationInstance | undefined {
  const a = firstOf(group, relation.a);
  const b = firstOf(group, relation.b);
  if (!a || !b) return undefined;
  const plus =
    relation.kind === "equal" ? relation.plus.map((id) => firstOf(group, id)).filter((p): p is Fact => !!p) : [];
  const right = [b, ...plus];
  const exact = allWhole([a, ...right]);
  const ia = factInterval(a, exact);
  const ib = sumIntervals(right.map((f) => factInterval(f, exact)));
  const holds = relation.kind === "equal" ? intervalsMeet(ia, ib) : ia.lo <= ib.hi;
  return { relation, left: a, right, holds };
}
