// Reads the labelled figures a report states — in sentences ("年末实有人数 15 人，其中在职
// 11 人") and in the standard tables — as facts the profile names.
import type { DocModel, Location } from "./model";
import { findQuantities, hasDigit, intervalOf, moneyScaleIn, parseCellNumber, type Interval, type Quantity, type UnitKind } from "./numbers";
import { fromProfile, type FactDef, type Profile } from "./profile";
import { findColumn, rowLabel, slotText, type TableView } from "./tables";
import { COMPARE_AS, normalizeLabel, SKIPPED, toHalfWidth } from "./text";

export interface Fact {
  id: string;
  value: number;
  decimals: number;
  /** Factor to the base unit (元 for money, 1 otherwise). */
  scale: number;
  kind: FactDef["kind"];
  /** As written, e.g. "187.35 万元" or "63.51". */
  raw: string;
  source: "text" | "table";
  paragraph: number;
  location: Location;
}

export function factInterval(f: Fact, exact = false): Interval {
  return intervalOf(f.value, f.decimals, f.scale, exact);
}

/** Value in the base unit of its kind (元 for money). */
export function baseValue(f: Fact): number {
  return f.value * f.scale;
}

function kindAccepts(fact: FactDef["kind"], q: UnitKind): boolean {
  if (fact === q) return true;
  return fact === "count" && q === "person";
}

interface PreparedFact {
  def: FactDef;
  terms: string[];
  exclude: string[];
}

/** The profile's figures, grouped by the unit kind of the numbers that may state them. */
export interface PreparedFacts {
  byKind: Map<UnitKind, { facts: PreparedFact[]; bit: number }>;
  /**
   * How terms begin, as compared (COMPARE_AS: folded, spaces skipped): per first character a
   * bit for each unit kind with a term of one character, per first two characters
   * (c1 << 16 | c2) a bit for each unit kind with a longer term starting so.
   */
  singles: Uint8Array;
  pairs: Map<number, number>;
}

/**
 * Whether text.slice(from, to) could name a term of the kind whose bit is given: two
 * adjacent characters, as compared, that begin a term. Exact as a prefilter: a label whose
 * normalised form contains a term contains that term's first two characters side by side.
 */
export function couldName(prepared: PreparedFacts, bit: number, text: string, from: number, to: number): boolean {
  let prev = -1;
  for (let i = from; i < to; i++) {
    const f = COMPARE_AS[text.charCodeAt(i)];
    if (f === SKIPPED) continue;
    if (prepared.singles[f] & bit) return true;
    if (prev >= 0 && (prepared.pairs.get((prev << 16) | f) ?? 0) & bit) return true;
    prev = f;
  }
  return false;
}

/** The most specific fact a label names: the one whose matching term is longest. */
export function matchFact(label: string, kind: UnitKind, prepared: PreparedFacts): FactDef | undefined {
  const group = prepared.byKind.get(kind);
  // most numbers in a report are about nothing the profile names: a look at pairs of characters rules them out
  if (!group || !couldName(prepared, group.bit, label, 0, label.length)) return undefined;
  const l = normalizeLabel(label);
  let best: { def: FactDef; len: number } | undefined;
  for (const f of group.facts) {
    if (f.exclude.some((x) => l.includes(x))) continue;
    for (const t of f.terms) if (l.includes(t) && (!best || t.length > best.len)) best = { def: f.def, len: t.length };
  }
  return best?.def;
}

export function prepareFacts(profile: Profile): PreparedFacts {
  return fromProfile(profile, "facts.prepared", () => buildPrepared(profile));
}

function buildPrepared(profile: Profile): PreparedFacts {
  const all = profile.facts.map((def) => ({ def, terms: def.terms.map(normalizeLabel), exclude: def.exclude.map(normalizeLabel) }));
  const byKind = new Map<UnitKind, { facts: PreparedFact[]; bit: number }>();
  const singles = new Uint8Array(0x10000);
  const pairs = new Map<number, number>();
  (["money", "percent", "person", "count", "area", "score"] as UnitKind[]).forEach((kind, k) => {
    const facts = all.filter((f) => kindAccepts(f.def.kind, kind));
    if (!facts.length) return;
    const bit = 1 << k;
    // terms are normalised already: their characters are as compared
    for (const t of facts.flatMap((f) => f.terms)) {
      if (t.length === 1) singles[t.charCodeAt(0)] |= bit;
      else if (t.length > 1) {
        const key = (t.charCodeAt(0) << 16) | t.charCodeAt(1);
        pairs.set(key, (pairs.get(key) ?? 0) | bit);
      }
    }
    byKind.set(kind, { facts, bit });
  });
  return { byKind, singles, pairs };
}

/** A figure read from a table cell; its paragraph is the cell's, so Word can jump to it. */
function tableFact(
  def: FactDef,
  n: { value: number; decimals: number },
  text: string,
  scale: number,
  location: Required<Pick<Location, "paragraph" | "table" | "row" | "column">>,
): Fact {
  return {
    id: def.id,
    value: n.value,
    decimals: n.decimals,
    scale,
    kind: def.kind,
    raw: text.trim(),
    source: "table",
    paragraph: location.paragraph,
    location,
  };
}

function fromQuantity(def: FactDef, q: Quantity, paragraph: number): Fact {
  return { id: def.id, value: q.value, decimals: q.decimals, scale: q.scale, kind: def.kind, raw: q.raw, source: "text", paragraph, location: { paragraph } };
}

export function textFacts(doc: DocModel, profile: Profile): Fact[] {
  const prepared = prepareFacts(profile);
  // a number is worth building only if its unit suits some fact and its label could name one
  const wanted = (kind: UnitKind, t: string, from: number, to: number) => {
    const bit = prepared.byKind.get(kind)?.bit;
    return bit !== undefined && couldName(prepared, bit, t, from, to);
  };
  const out: Fact[] = [];
  for (const p of doc.paragraphs) {
    if (p.cell || p.toc || !hasDigit(p.text)) continue;
    for (const q of findQuantities(toHalfWidth(p.text), true, wanted)) {
      if (!q.label) continue;
      const def = matchFact(q.label, q.kind, prepared);
      if (def) out.push(fromQuantity(def, q, p.index));
    }
  }
  return out;
}

export function tableFacts(views: TableView[], profile: Profile): Fact[] {
  const defs = new Map(profile.facts.map((f) => [f.id, f]));
  const out: Fact[] = [];
  for (const view of views) {
    if (!view.def) continue;
    for (const cell of view.def.cells) {
      const col = findColumn(view, cell.column);
      if (col < 0) continue;
      const rowTerms = cell.row?.map(normalizeLabel);
      const row = rowTerms ? view.dataRows.find((r) => rowTerms.some((t) => normalizeLabel(rowLabel(view, r).text).includes(t))) : view.dataRows[0];
      if (row === undefined) continue;
      const text = slotText(view.table, row, col);
      const n = parseCellNumber(text);
      const def = defs.get(cell.fact);
      if (!n || !def) continue;
      // money in a table is in the unit its header or caption names; 万元 is the norm in these reports
      const scale = def.kind === "money" ? (view.moneyScale ?? 1e4) : 1;
      out.push(
        tableFact(def, n, text, scale, {
          paragraph: view.table.rows[row][col].paragraph ?? view.table.firstParagraph,
          table: view.table.index,
          row,
          column: col,
        }),
      );
    }
  }
  return out;
}

/**
 * Figures in form-like tables that no standard header describes: a label cell followed
 * by a number ("人员编制 | 21 | 实有人数 | 21"), as many provinces' report forms have.
 */
export function labelValueFacts(views: TableView[], profile: Profile): Fact[] {
  const prepared = prepareFacts(profile);
  const out: Fact[] = [];
  for (const view of views) {
    if (view.def) continue;
    const t = view.table;
    for (let r = view.rows[0]; r < view.rows[1]; r++) {
      const row = t.rows[r];
      for (let c = 0; c + 1 < row.length; c++) {
        const labelCell = row[c];
        if (labelCell.covered || !labelCell.text.trim() || parseCellNumber(labelCell.text)) continue;
        let v = c + labelCell.colSpan;
        while (v < row.length && row[v].covered) v++;
        const valueCell = row[v];
        if (!valueCell) continue;
        const n = parseCellNumber(valueCell.text);
        if (!n) continue;
        const label = labelCell.text;
        const kind: UnitKind =
          n.percent || /率/.test(label)
            ? "percent"
            : /[（(]?(万元|元|亿元)/.test(label) || /金额|预算|决算|收入|支出|经费|资金/.test(label)
              ? "money"
              : "person";
        const def = matchFact(label, kind, prepared) ?? (kind === "person" ? matchFact(label, "count", prepared) : undefined);
        if (!def) continue;
        const scale = def.kind === "money" ? (moneyScaleIn(label) ?? view.moneyScale ?? 1e4) : 1;
        out.push(tableFact(def, n, valueCell.text, scale, { paragraph: valueCell.paragraph ?? t.firstParagraph, table: t.index, row: r, column: v }));
      }
    }
  }
  return out;
}

export function allFacts(doc: DocModel, views: TableView[], profile: Profile): Fact[] {
  return [...textFacts(doc, profile), ...tableFacts(views, profile), ...labelValueFacts(views, profile)].sort((a, b) => a.paragraph - b.paragraph);
}

/** A fact's amount for a message: "187.35 万元", "15 人", "63.51". */
export function describeFact(f: Fact): string {
  return f.raw.replace(/\s+/g, " ");
}
