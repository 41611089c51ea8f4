// Which candidate heading is which section of the profile: each heading, in document order,
// goes to the section its words name best once its level and place are weighed in — below its
// parent, at the level of the other top-level sections, in the profile's order. A combined
// heading ("机构设置及人员情况") takes each sibling section one of its parts names.
import { matchKey, nameScore, neutralMask, partsOf, type NameScore, type PreparedSection } from "./heading-names";
import type { SectionMatch } from "./outline";
import { leveledHeadings, rank, type OutlineItem } from "./outline-items";

const ACCEPT = 0.6;
/** A line with neither numbering nor a heading style (or a run-in label) must name its section outright. */
const OUTRIGHT = 0.95;
/** A numbered label opening a paragraph ("1、部门职责。…"): its words must be mostly the section's. */
const RUN_IN_LEAST = 0.85;

/** A heading taken for a section, and why. */
export interface Taken {
  item: OutlineItem;
  match: SectionMatch;
}

/** A heading's words as compared: the match key, its neutral characters, the parts between its joiners. */
interface HeadingKey {
  key: string;
  neutral: Uint8Array;
  parts: [number, number][];
}

/** Level and order evidence for taking a heading as a section: a score delta, and what it rests on. */
interface Evidence {
  delta: number;
  words: string[];
  levelOk: boolean;
}

/** A section a heading may name, with its score. */
interface Scored {
  s: PreparedSection;
  name: NameScore;
  score: number;
  evidence: string[];
}

const round = (x: number) => Math.round(x * 100) / 100;

export class SectionMatcher {
  /** Section id → the heading taken for it. */
  readonly taken = new Map<string, Taken>();
  /** The candidates with a level in the document's hierarchy. */
  readonly leveled: OutlineItem[];
  private readonly candidates: readonly OutlineItem[];
  private readonly sections: readonly PreparedSection[];
  private readonly byId: Map<string, PreparedSection>;
  private readonly keyOf = new Map<OutlineItem, HeadingKey>();
  private readonly takenItems = new Set<OutlineItem>();

  constructor(candidates: readonly OutlineItem[], sections: readonly PreparedSection[]) {
    this.candidates = candidates;
    this.sections = sections;
    this.leveled = leveledHeadings(candidates);
    this.byId = new Map(sections.map((s) => [s.def.id, s]));
    for (const item of candidates) {
      // a caption ("部门机构设置情况表") names a table, not a section
      const key = matchKey(item.title);
      if (!key || (!item.numbering && key.endsWith("表") && item.source !== "table")) continue;
      this.keyOf.set(item, { key, neutral: neutralMask(key), parts: partsOf(key) });
    }
  }

  /** Matches the headings: first those whose level fits, then what is left at any level. */
  run(): Map<string, Taken> {
    this.pass(true);
    this.pass(false);
    return this.taken;
  }

  private pass(strict: boolean): void {
    for (const item of this.candidates) {
      const k = this.keyOf.get(item);
      if (!k || this.takenItems.has(item)) continue;
      const scored = this.scoreItem(item, k, strict);
      if (!scored.length) continue;
      const best = scored[0];
      if (best.score < ACCEPT) continue;
      this.take(item, k, this.combinedGroup(k, scored, best));
    }
  }

  /** The sections not yet found that the heading may name, best first. */
  private scoreItem(item: OutlineItem, k: HeadingKey, strict: boolean): Scored[] {
    // a plain line must name its section outright; a numbered run-in label nearly so
    const least = item.level === undefined ? OUTRIGHT : item.source === "run-in" ? RUN_IN_LEAST : ACCEPT;
    const scored: Scored[] = [];
    for (const s of this.sections) {
      if (this.taken.has(s.def.id)) continue;
      const name = nameScore(k.key, s, k.neutral, k.parts);
      if (!name || name.text < ACCEPT || name.text < least) continue;
      const ev = this.evidence(item, s);
      if (strict && !ev.levelOk) continue;
      scored.push({ s, name, score: name.text + ev.delta, evidence: ev.words });
    }
    scored.sort((a, b) => b.score - a.score || a.s.order - b.s.order);
    return scored;
  }

  /** The sections a heading takes: the best, and for a combined heading each part named outright by a sibling. */
  private combinedGroup(k: HeadingKey, scored: Scored[], best: Scored): Scored[] {
    // a combined heading: each part named outright by a sibling section ("机构设置及人员情况")
    const group = [best];
    if (best.name.text < 1 && k.parts.length >= 2) {
      const siblings = scored.filter((x) => x.s.def.parent === best.s.def.parent && x.score >= ACCEPT && x.name.parts);
      const byPart = k.parts.map(
        (_, i) =>
          siblings.filter((x) => x.name.parts![i] >= 0.9).sort((a, b) => b.name.parts![i] - a.name.parts![i])[0],
      );
      if (byPart.every(Boolean) && new Set(byPart.map((x) => x!.s)).size >= 2 && byPart.some((x) => x!.s === best.s))
        for (const x of byPart) if (!group.includes(x!)) group.push(x!);
    }
    return group;
  }

  private take(item: OutlineItem, k: HeadingKey, group: Scored[]): void {
    const ids = group.map((g) => g.s.def.id);
    for (const g of group) {
      this.taken.set(g.s.def.id, {
        item,
        match: {
          key: k.key,
          via: g.name.via,
          words: g.name.words,
          text: round(g.name.text),
          score: round(g.score),
          ...(item.level !== undefined ? { level: item.level } : {}),
          ...(item.source ? { source: item.source } : {}),
          evidence: g.evidence,
          ...(group.length > 1 ? { with: ids.filter((x) => x !== g.s.def.id) } : {}),
        },
      });
    }
    this.takenItems.add(item);
  }

  /** Level and order evidence for taking `item` as section `s`. */
  private evidence(item: OutlineItem, s: PreparedSection): Evidence {
    const level = this.levelEvidence(item, s);
    const order = this.orderEvidence(item, s);
    return { delta: level.delta + order.delta, words: [...level.words, ...order.words], levelOk: level.levelOk };
  }

  /** The heading's level against its parent's, the other top-level sections' or the profile's. */
  private levelEvidence(item: OutlineItem, s: PreparedSection): Evidence {
    const dl = item.level;
    if (dl === undefined) {
      const words = [
        item.source === "run-in" ? "run-in label opening a paragraph" : "plain line naming the section outright",
      ];
      return { delta: 0, words, levelOk: true };
    }
    const anc = this.nearestTaken(s);
    if (anc) return this.parentEvidence(item, dl, anc.t);
    if (!s.def.parent) return this.topEvidence(dl, s);
    if (dl === s.def.level) return { delta: 0.2, words: [`level ${dl}, as the profile expects`], levelOk: true };
    // deeper than the profile puts it, with no parent above: most likely an item of a list
    return {
      delta: -(dl > s.def.level ? 0.4 : 0.2),
      words: [`level ${dl} where the profile expects ${s.def.level}`],
      levelOk: false,
    };
  }

  /** A heading at level `dl` under its nearest found ancestor: below it and before it closes, or not. */
  private parentEvidence(item: OutlineItem, dl: number, parent: Taken): Evidence {
    const al = parent.item.level;
    const title = parent.item.title;
    const open =
      !this.closedBetween(parent.item.paragraph, item.paragraph, al ?? dl - 1) &&
      parent.item.paragraph < item.paragraph;
    if (al === undefined)
      return { delta: open ? 0.1 : 0, words: [open ? `below “${title}”` : `not below “${title}”`], levelOk: true };
    if (dl > al && open)
      return { delta: 0.25, words: [`level ${dl} below its parent “${title}” (level ${al})`], levelOk: true };
    // at its parent's level it is a sibling, not a child
    return {
      delta: -(dl <= al ? 0.6 : 0.3),
      words: [
        dl <= al ? `level ${dl}, not below its parent “${title}” (level ${al})` : `outside its parent “${title}”`,
      ],
      levelOk: false,
    };
  }

  /** A top-level section's heading at level `dl`: at the level of the other top-level sections, or the profile's. */
  private topEvidence(dl: number, s: PreparedSection): Evidence {
    const top = this.topLevel();
    const want = top ?? s.def.level;
    if (dl === want) {
      const words = [
        top !== undefined ? `level ${dl}, as the other top-level sections` : `level ${dl}, as the profile expects`,
      ];
      return { delta: 0.25, words, levelOk: true };
    }
    return {
      delta: -(dl > want ? 0.4 : 0.1),
      words: [`level ${dl} where top-level sections are level ${want}`],
      levelOk: false,
    };
  }

  /** Order: after the sections found before the heading, before those found after it. */
  private orderEvidence(item: OutlineItem, s: PreparedSection): { delta: number; words: string[] } {
    let before: PreparedSection | undefined;
    let after: PreparedSection | undefined;
    for (const o of this.sections) {
      const t = this.taken.get(o.def.id);
      if (!t) continue;
      if (
        t.item.paragraph < item.paragraph &&
        (!before || this.taken.get(before.def.id)!.item.paragraph <= t.item.paragraph)
      )
        before = o;
      if (
        t.item.paragraph > item.paragraph &&
        (!after || this.taken.get(after.def.id)!.item.paragraph > t.item.paragraph)
      )
        after = o;
    }
    if ((!before || before.order < s.order) && (!after || after.order > s.order))
      return { delta: 0.1, words: ["in the profile's order"] };
    return { delta: -0.05, words: ["out of the profile's order"] };
  }

  /** Whether a heading at `level` stands between two paragraphs: the section of the first is closed by then. */
  private closedBetween(from: number, to: number, level: number): boolean {
    return this.leveled.some((h) => h.paragraph > from && h.paragraph < to && h.level! <= level && rank(h) <= level);
  }

  /** The nearest ancestor of `s` already found, with its heading. */
  private nearestTaken(s: PreparedSection): { s: PreparedSection; t: Taken } | undefined {
    for (
      let p = s.def.parent ? this.byId.get(s.def.parent) : undefined;
      p;
      p = p.def.parent ? this.byId.get(p.def.parent) : undefined
    ) {
      const t = this.taken.get(p.def.id);
      if (t) return { s: p, t };
    }
    return undefined;
  }

  /** The level at which the document writes the profile's top-level sections, once one is found. */
  private topLevel(): number | undefined {
    let first: Taken | undefined;
    for (const s of this.sections) {
      const t = this.taken.get(s.def.id);
      if (!s.def.parent && t && t.item.level !== undefined && (!first || t.item.paragraph < first.item.paragraph))
        first = t;
    }
    return first?.item.level;
  }
}
