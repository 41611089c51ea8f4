// A total stated under a heading whose parts each have a sub-heading of their own — the
// Hunan county template's "二、一般公共预算支出情况 … 支出 X 万元" followed by "1.基本支出情况
// … 基本支出 Y 万元" and "2.项目支出情况 … 项目支出 Z 万元". No sentence lists the parts, so
// the paragraph-scoped sum never sees them; the headings say which part each sub-section
// states, and that is the evidence the split is the one the relation names.
import { factInterval, type Fact } from "../reading/facts";
import { allWhole, intervalsMeet, sumIntervals } from "../text/numbers";
import type { DocModel } from "../model/model";
import { outlineItems, rank, type OutlineItem } from "../reading/outline-items";
import type { FactDef, RelationDef } from "../profile/profile";
import { canBeTotal, summableWith } from "./relations";
import { normalizeLabel } from "../text/text";

export interface SectionSum {
  relation: RelationDef;
  total: Fact;
  parts: Fact[];
  /** The sub-heading each part was read under, in the order of `parts`. */
  headings: OutlineItem[];
  holds: boolean;
}

type SumRelation = Extract<RelationDef, { kind: "sum" }>;

/** Words after a figure's name that make it a plan, not the amount: "项目支出预算为 350 万元". */
const NOT_THE_AMOUNT = /(?:预算|计划|资金|安排|指标|控制数)/;

/** Whether the label ends on one of the figure's terms ("…项目支出", "项目支出为"), not on words that qualify it. */
function namedOutright(f: Fact, def: FactDef | undefined): boolean {
  if (!def || !f.label) return false;
  const label = normalizeLabel(f.label).replace(/[为是达共计约：:，,\s]+$/, "");
  const term = def.terms.map(normalizeLabel).find((t) => label.includes(t));
  return !!term && !NOT_THE_AMOUNT.test(label.slice(label.lastIndexOf(term) + term.length));
}

/**
 * The one value stated for `id` in paragraphs [from, to) by figures `accepts` takes; undefined when none or when they
 * disagree.
 */
function oneValue(
  facts: Fact[],
  id: string,
  from: number,
  to: number,
  accepts: (f: Fact) => boolean,
  def?: FactDef,
): Fact | undefined {
  let first: Fact | undefined;
  for (const f of facts) {
    if (f.id !== id || f.source !== "text" || f.paragraph < from || f.paragraph >= to) continue;
    if (!accepts(f) || (def && !namedOutright(f, def))) return undefined;
    if (!first) first = f;
    else if (f.value * f.scale !== first.value * first.scale) return undefined;
  }
  return first;
}

/**
 * Whether a heading's title names this figure by one of its terms — or by what the money is
 * for, when the term is that with 收入 / 支出 after it: "1.基本支出情况" heads the paragraphs
 * that state both 基本支出 and 基本支出收入.
 */
function names(title: string, def: FactDef | undefined): boolean {
  if (!def) return false;
  return def.terms.some((t) => {
    const term = normalizeLabel(t);
    const purpose = term.replace(/(?:支出)?收入$/, "");
    return title.includes(term) || (purpose !== term && purpose.length >= 2 && title.includes(purpose));
  });
}

/** A heading with sub-headings: the paragraphs before the first of them, and its sub-headings of the next level. */
interface Section {
  parent: OutlineItem;
  children: OutlineItem[];
  /** The first sub-heading's paragraph: the intro is (parent, introEnd). */
  introEnd: number;
  /** Where the section ends: the next heading of the parent's rank or above, or the document's end. */
  limit: number;
}

/**
 * Sum relations checked across sub-sections: under a heading, one total in the text before
 * its first sub-heading (no part stated beside it), and for each of the relation's parts
 * exactly one sub-heading at the next level naming it, under which one value of that part
 * is stated. Every figure must be of the total's scope (the department's, or the same source
 * of funds). Optional parts are not looked for: the headings name the whole split or nothing.
 */
export function sectionSums(doc: DocModel, facts: Fact[], relations: RelationDef[], defs: FactDef[]): SectionSum[] {
  const sums = relations.filter(
    (r): r is SumRelation => r.kind === "sum" && r.scope === "paragraph" && r.parts.length >= 2,
  );
  if (!sums.length) return [];
  const byId = new Map(defs.map((d) => [d.id, d]));
  const headings = outlineItems(doc).filter((i) => i.heading && !i.source);
  const out: SectionSum[] = [];
  for (let h = 0; h < headings.length; h++) {
    const section = sectionAt(headings, h, doc.paragraphs.length);
    if (!section) continue;
    for (const relation of sums) {
      const sum = sectionSum(facts, sums, relation, section, byId);
      if (sum) out.push(sum);
    }
  }
  return out;
}

/** The section headings[h] opens, when it has sub-headings. */
function sectionAt(headings: OutlineItem[], h: number, paragraphs: number): Section | undefined {
  const parent = headings[h];
  // the parent's sub-headings: up to the next heading of its rank or above
  let end = h + 1;
  while (end < headings.length && rank(headings[end]) > rank(parent)) end++;
  if (end === h + 1) return undefined;
  const childRank = Math.min(...headings.slice(h + 1, end).map(rank));
  const children = headings.slice(h + 1, end).filter((c) => rank(c) === childRank);
  const limit = end < headings.length ? headings[end].paragraph : paragraphs;
  return { parent, children, introEnd: headings[h + 1].paragraph, limit };
}

/** One relation over one section: the total in its intro, a part under each sub-heading naming one. */
function sectionSum(
  facts: Fact[],
  sums: SumRelation[],
  relation: SumRelation,
  section: Section,
  byId: Map<string, FactDef>,
): SectionSum | undefined {
  const total = introTotal(facts, sums, relation, section);
  if (!total) return undefined;
  if (otherSpendingBeside(section.children, relation, byId)) return undefined;
  const found = partsUnderHeadings(facts, relation, section, summableWith(total), byId);
  if (!found) return undefined;
  const { parts, under } = found;
  const exact = allWhole([total, ...parts]);
  const holds = intervalsMeet(factInterval(total, exact), sumIntervals(parts.map((f) => factInterval(f, exact))));
  return { relation, total, parts, headings: under, holds };
}

/** The relation's total, stated once in the intro and alone there: no part, no whole it is a share of. */
function introTotal(facts: Fact[], sums: SumRelation[], relation: SumRelation, section: Section): Fact | undefined {
  const { parent, introEnd } = section;
  const inIntro = (f: Fact) => f.paragraph > parent.paragraph && f.paragraph < introEnd;
  const totalFact = facts.find((f) => f.id === relation.total && f.source === "text" && inIntro(f));
  if (!totalFact || !canBeTotal(totalFact)) return undefined;
  const total = oneValue(facts, relation.total, parent.paragraph + 1, introEnd, summableWith(totalFact));
  if (!total) return undefined;
  // a part stated beside the total: the sentence is the evidence, and the paragraph scope judges it
  const members = [...relation.parts, ...relation.optional];
  if (facts.some((f) => members.includes(f.id) && inIntro(f))) return undefined;
  // a share of the money (财政拨款支出) beside the whole it is a share of: the sub-sections split the whole
  const wholes = sums
    .filter((r) => r !== relation && !r.listOnly && r.parts.join() === relation.parts.join())
    .map((r) => r.total);
  if (relation.listOnly && facts.some((f) => wholes.includes(f.id) && inIntro(f))) return undefined;
  return total;
}

/** A sibling sub-section on another kind of spending (经营支出, 上缴上级支出): the named parts are not the whole split. */
function otherSpendingBeside(children: OutlineItem[], relation: SumRelation, byId: Map<string, FactDef>): boolean {
  const partNames = relation.parts.map((id) => byId.get(id));
  return children.some(
    (c) =>
      /支出|收入/.test(c.title) &&
      !partNames.some((d) => names(normalizeLabel(c.title), d)) &&
      /(?:经营|上缴|对附属|其他)/.test(c.title),
  );
}

/**
 * Each part of the relation under the one sub-heading that names it (and no other member), stated once there;
 * undefined when a part has no such heading or value.
 */
function partsUnderHeadings(
  facts: Fact[],
  relation: SumRelation,
  { children, limit }: Section,
  accepts: (f: Fact) => boolean,
  byId: Map<string, FactDef>,
): { parts: Fact[]; under: OutlineItem[] } | undefined {
  const members = [...relation.parts, ...relation.optional];
  const parts: Fact[] = [];
  const under: OutlineItem[] = [];
  for (const id of relation.parts) {
    const named = children.filter((c) => {
      const title = normalizeLabel(c.title);
      return names(title, byId.get(id)) && !members.some((other) => other !== id && names(title, byId.get(other)));
    });
    if (named.length !== 1) return undefined;
    const child = named[0];
    const next = children[children.indexOf(child) + 1];
    const part = oneValue(facts, id, child.paragraph + 1, next ? next.paragraph : limit, accepts, byId.get(id));
    if (!part) return undefined;
    parts.push(part);
    under.push(child);
  }
  return { parts, under };
}
