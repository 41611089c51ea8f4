// Reads the labelled figures a report states — in sentences ("年末实有人数 15 人，其中在职
// 11 人") and in the standard tables — as facts the profile names.
import type { FigureUsed } from "../model/finding";
import { paragraphLocation, type DocModel, type Location } from "../model/model";
import {
  cellQuantity,
  findQuantities,
  hasDigit,
  intervalOf,
  moneyScaleIn,
  parseCellNumber,
  type Interval,
  type Quantity,
  type UnitKind,
} from "../text/numbers";
import type { CompiledProfile } from "./compiled-profile";
import type { FactDef, Profile } from "../profile/profile";
import { figureScope, type FigureScope } from "./scope";
import { findColumn, rowLabel, slotText, type TableView } from "./tables";
import { COMPARE_AS, normalizeLabel, SKIPPED, toHalfWidth } from "../text/text";

export interface Fact {
  id: string;
  value: number;
  decimals: number;
  /** Factor to the base unit (元 for money, 1 otherwise). */
  scale: number;
  kind: FactDef["kind"];
  /** As written, e.g. "187.35 万元" or "63.51". */
  raw: string;
  /**
   * Where it was read: a sentence, a standard table's cell, or a form cell ("全年执行数：2388.17万元" or a label beside a
   * value).
   */
  source: "text" | "table" | "form";
  paragraph: number;
  location: Location;
  /** The label as written, when the figure was read from one. */
  label?: string;
  /** Set when the figure is not the department's own for the report year (a sub-unit, a kind, another period). */
  scope?: FigureScope;
  /** A 其中 item of a figure of the same kind ("在职 36 人，其中甲站在职 9 人"): a part, never the whole restated. */
  part?: boolean;
  /** Stated in a sentence as its first money figure, with 其中 right after it: the head of the list that follows. */
  listHead?: boolean;
}

/** A figure of the department for the report year, stated outright: the only kind that is compared or summed. */
export function isPlain(f: Fact): boolean {
  return !f.scope && !f.part;
}

/** Where the report says whose figures they are: the unit's name and the year, from the title. */
export interface FigureContext {
  department?: string;
  year?: number;
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
  return matchFactAt(label, kind, prepared)?.def;
}

export interface FactMatch {
  def: FactDef;
  /** The label as compared (normalised), the term found in it and where. */
  label: string;
  term: string;
  at: number;
}

/** matchFact, saying which term matched and where: the words before it give the figure's scope. */
export function matchFactAt(label: string, kind: UnitKind, prepared: PreparedFacts): FactMatch | undefined {
  const group = prepared.byKind.get(kind);
  // most numbers in a report are about nothing the profile names: a look at pairs of characters rules them out
  if (!group || !couldName(prepared, group.bit, label, 0, label.length)) return undefined;
  const l = normalizeLabel(label);
  let best: FactMatch | undefined;
  for (const f of group.facts) {
    if (f.exclude.some((x) => l.includes(x))) continue;
    for (const t of f.terms) {
      const at = l.lastIndexOf(t);
      if (at < 0) continue;
      // a Chinese label's head word is its last: "在职人员编制 12 人" is a quota, not a head count;
      // of terms ending together the longest, the most specific, wins
      const end = at + t.length;
      const bestEnd = best ? best.at + best.term.length : -1;
      if (!best || end > bestEnd || (end === bestEnd && t.length > best.term.length))
        best = { def: f.def, label: l, term: t, at };
    }
  }
  return best;
}

function scopeOf(m: FactMatch, context: FigureContext, clause?: string): FigureScope | undefined {
  return figureScope(m.label, m.at, m.term, context.department, context.year, clause);
}

/**
 * The clause a number stands in, up to the number: where a year before its label is named ("2022 年末，在职 34 人" reads its
 * year here).
 */
function clauseBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !"。；;，,\n".includes(text[i - 1])) i--;
  // a year opening the sentence governs the clauses after it ("2022 年，在职 34 人，退休 2 人")
  let j = i > 0 ? i - 1 : 0;
  while (j > 0 && !"。；;\n".includes(text[j - 1])) j--;
  const sentenceHead = /^\s*\d{4}\s*年[^，,。；;]{0,6}[，,]/.exec(text.slice(j, i));
  return (sentenceHead ? sentenceHead[0] : "") + text.slice(i, at);
}

/** The profile's figure definitions prepared for matching (compiled once: compileProfile). */
export function prepareFacts(profile: Profile): PreparedFacts {
  const all = profile.facts.map((def) => ({
    def,
    terms: def.terms.map(normalizeLabel),
    exclude: def.exclude.map(normalizeLabel),
  }));
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

function fromQuantity(
  m: FactMatch,
  q: Quantity,
  paragraph: number,
  context: FigureContext,
  clause: string,
  source: Fact["source"] = "text",
): Fact {
  const scope = scopeOf(m, context, clause);
  return {
    id: m.def.id,
    value: q.value,
    decimals: q.decimals,
    scale: q.scale,
    kind: m.def.kind,
    raw: q.raw,
    source,
    paragraph,
    location: { paragraph },
    label: q.label,
    ...(scope ? { scope } : {}),
  };
}

const SENTENCE_END = /[。；;！？!?\n]/;
/** A 其中 list opening right after a figure: "500 万元，其中：…". */
const LIST_OPENS = /^[\s，,（(]*其中/;
/** A money figure in the words before: the sentence has stated another sum before this one. */
const MONEY_FIGURE = /\d\s*(?:亿元|万元|千元|元)/;
/** A clause naming a unit under the department: its figures follow in the sentence. */
const SUB_UNIT_OPENING = /(?:下属|所属|直属|局属|代管|下设)(?:的)?([^，,。；;\d]{2,30})[，,]/;

/** Where the sentence holding position `at` begins. */
function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_END.test(text[i - 1])) i--;
  return i;
}

/**
 * When position `at` stands inside brackets opened in its sentence and not yet closed, what
 * the brackets hang from: the words before the opening bracket back to the previous clause
 * break ("其中局本级187人（在职在编139人" gives "其中局本级187人"); undefined otherwise.
 */
function bracketHead(text: string, at: number): string | undefined {
  const from = sentenceStart(text, at);
  let depth = 0;
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === ")" || c === "）") depth++;
    else if (c === "(" || c === "（") {
      if (depth === 0) {
        let j = i;
        while (j > from && !"，,、；;：:".includes(text[j - 1])) j--;
        return text.slice(j, i).trim();
      }
      depth--;
    }
  }
  return undefined;
}

/**
 * Whether words before brackets state a figure of the department ("实有人数 15 人（其中在职…"): the bracketed figures are then
 * its parts.
 */
function namesPlainFigure(head: string, prepared: PreparedFacts, context: FigureContext): boolean {
  const qs = findQuantities(head, true);
  const q = qs[qs.length - 1];
  if (!q || !q.label) return false;
  const m = matchFactAt(q.label, q.kind, prepared);
  return !!m && !scopeOf(m, context, "");
}

/** The position of the last 其中 before `at` in the same sentence, or -1. */
function qizhongBefore(text: string, at: number): number {
  const k = text.lastIndexOf("其中", at);
  if (k < 0) return -1;
  return SENTENCE_END.test(text.slice(k, at)) ? -1 : k;
}

interface Placed {
  fact: Fact;
  start: number;
  end: number;
}

/**
 * What the sentence around a figure says of its scope, beyond the words of its own label:
 * brackets after another figure, a 其中 item of the figure before it, a subject named earlier
 * in the sentence, a sentence opening on a sub-unit, a bare rate after a part. `before` holds
 * the figures read earlier in the paragraph.
 */
function scopeInSentence(
  fact: Fact,
  m: FactMatch,
  q: Quantity,
  text: string,
  before: Placed[],
  { prepared, context, wholeMoney }: { prepared: PreparedFacts; context: FigureContext; wholeMoney: Set<string> },
): void {
  const sentence = sentenceStart(text, q.start);
  const inSentence = before.filter((h) => h.start >= sentence);
  // "局本级 187 人（在职在编 139 人、退休 8 人）": figures in brackets detail what stands before them
  const head = bracketHead(text, q.start);
  if (head !== undefined && !fact.scope && !namesPlainFigure(head, prepared, context)) {
    const subject = head.replace(/^其中/, "").replace(/[^\u3400-\u9fff]/g, "");
    fact.scope = subject ? { subject } : undefined;
    if (!subject) fact.part = true;
  }
  // a 其中 item of the very figure stated before it divides that figure (by sub-unit, by kind)
  const k = qizhongBefore(text, q.start);
  if (k >= 0 && inSentence.some((h) => h.fact.id === fact.id && h.end <= k && !h.fact.part)) fact.part = true;
  // a subject named for one figure goes on for the bare labels after it in its sentence:
  // "该中心核定编制 10 名，在职人员 9 人", "其中：甲站在职 9 人，退休 2 人"
  const prev = inSentence[inSentence.length - 1];
  if (!fact.scope && m.at === 0 && prev?.fact.scope?.subject) fact.scope = { subject: prev.fact.scope.subject };
  // a sentence that opens on a sub-unit: "下属信访服务中心，核定编制 10 名，在职人员 9 人"
  if (!fact.scope) {
    const opened = SUB_UNIT_OPENING.exec(text.slice(sentence, q.start));
    if (opened) fact.scope = { subject: opened[1] };
  }
  // a bare "执行率" right after another figure in its sentence is that figure's rate: "其中基本支出 310 万元，执行率 100%"
  if (!fact.scope && fact.kind === "percent" && m.at === 0 && m.label.length <= m.term.length + 1) {
    const money = inSentence.filter((h) => h.fact.kind === "money").pop();
    if (money && (!isPlain(money.fact) || !wholeMoney.has(money.fact.id)))
      fact.scope = { subject: money.fact.label?.trim() || money.fact.id };
  }
}

export function textFacts(doc: DocModel, compiled: CompiledProfile, context: FigureContext = {}): Fact[] {
  const prepared = compiled.facts;
  // a number is worth building only if its unit suits some fact and its label could name one
  const wanted = (kind: UnitKind, t: string, from: number, to: number) => {
    const bit = prepared.byKind.get(kind)?.bit;
    return bit !== undefined && couldName(prepared, bit, t, from, to);
  };
  // the figures a whole execution rate is computed from: a rate right after one of them is the whole's
  const execution = compiled.profile.execution;
  const wholeMoney = new Set([...(execution?.budget ?? []), ...(execution?.executed ?? [])]);
  const out: Fact[] = [];
  for (const p of doc.paragraphs) {
    if (p.cell || p.toc || !hasDigit(p.text)) continue;
    const text = toHalfWidth(p.text);
    const here: Placed[] = [];
    for (const q of findQuantities(text, true, wanted)) {
      if (!q.label) continue;
      const m = matchFactAt(q.label, q.kind, prepared);
      if (!m) continue;
      const fact = fromQuantity(m, q, p.index, context, clauseBefore(text, q.start));
      scopeInSentence(fact, m, q, text, here, { prepared, context, wholeMoney });
      if (
        q.kind === "money" &&
        LIST_OPENS.test(text.slice(q.end, q.end + 8)) &&
        !MONEY_FIGURE.test(text.slice(sentenceStart(text, q.start), q.start))
      )
        fact.listHead = true;
      here.push({ fact, start: q.start, end: q.end });
      out.push(fact);
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
      // without row terms: the one data row, or the 合计 row of a table with a row per unit (none when neither:
      // ambiguous)
      const row = rowTerms
        ? view.dataRows.find((r) => rowTerms.some((t) => normalizeLabel(rowLabel(view, r).text).includes(t)))
        : view.dataRows.length === 1
          ? view.dataRows[0]
          : view.dataRows.find((r) => /合计|总计|全部/.test(rowLabel(view, r).text));
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
 * by a number ("人员编制 | 21 | 实有人数 | 21", "年度资金总额 | 2912.40万元"), as many
 * provinces' report forms have.
 */
export function labelValueFacts(views: TableView[], compiled: CompiledProfile, context: FigureContext = {}): Fact[] {
  const prepared = compiled.facts;
  const out: Fact[] = [];
  for (const view of views) {
    if (view.def) continue;
    const t = view.table;
    for (let r = view.rows[0]; r < view.rows[1]; r++) {
      const row = t.rows[r];
      for (let c = 0; c + 1 < row.length; c++) {
        const labelCell = row[c];
        if (labelCell.covered || !labelCell.text.trim() || cellQuantity(labelCell.text)) continue;
        let v = c + labelCell.colSpan;
        while (v < row.length && row[v].covered) v++;
        const valueCell = row[v];
        if (!valueCell) continue;
        const n = cellQuantity(valueCell.text);
        if (!n) continue;
        const label = labelCell.text;
        const kind: UnitKind =
          n.kind && n.kind !== "none"
            ? n.kind
            : n.percent || /率/.test(label)
              ? "percent"
              : /[（(]?(万元|元|亿元)/.test(label) || /金额|预算|决算|收入|支出|经费|资金/.test(label)
                ? "money"
                : "person";
        const m =
          matchFactAt(label, kind, prepared) ?? (kind === "person" ? matchFactAt(label, "count", prepared) : undefined);
        if (!m) continue;
        const scale = m.def.kind === "money" ? (n.scale ?? moneyScaleIn(label) ?? view.moneyScale ?? 1e4) : 1;
        const scope = scopeOf(m, context);
        out.push({
          ...tableFact(m.def, n, valueCell.text, scale, {
            paragraph: valueCell.paragraph ?? t.firstParagraph,
            table: t.index,
            row: r,
            column: v,
          }),
          source: "form",
          label,
          ...(scope ? { scope } : {}),
        });
      }
    }
  }
  return out;
}

/** A unit's name, as a form's row head writes it: it ends in an office noun. */
const UNIT_NAME =
  /^[^\d，。；：:]{2,30}(局|委|办|院|厅|处|科|所|站|队|中心|馆|会|社|室|校|园|场|部|公司|医院|单位|机关|本级)$/;

/**
 * Figures written with their label and unit inside one cell, as a sentence would state
 * them ("全年执行数：2388.17万元", "其中：基本支出：1203.55万元"): forms are read like text.
 * A number without a unit or without a label in its cell is left to the table readers.
 */
export function cellTextFacts(doc: DocModel, compiled: CompiledProfile, context: FigureContext = {}): Fact[] {
  const prepared = compiled.facts;
  const out: Fact[] = [];
  for (const p of doc.paragraphs) {
    if (!p.cell || !hasDigit(p.text)) continue;
    const text = toHalfWidth(p.text);
    for (const q of findQuantities(text, true)) {
      if (!q.label || !q.unit) continue;
      const m = matchFactAt(q.label, q.kind, prepared);
      if (!m) continue;
      const fact = fromQuantity(m, q, p.index, context, clauseBefore(text, q.start), "form");
      fact.location = paragraphLocation(p);
      // a row about one unit ("深泽县信访服务中心 | 事业单位 | 编制10名，在职9人"): the figures are that unit's
      const rowHead = p.cell.column > 0 ? doc.tables[p.cell.table]?.rows[p.cell.row]?.[0] : undefined;
      const head = rowHead && !rowHead.covered ? rowHead.text.trim() : "";
      const name = head.replace(/[（(][^）)]*[）)]$/, "");
      if (!fact.scope && UNIT_NAME.test(name) && !/合计|总计|全部|^(本?部门|本?单位)$/.test(name))
        fact.scope = { subject: head };
      out.push(fact);
    }
  }
  return out;
}

export function allFacts(
  doc: DocModel,
  views: TableView[],
  compiled: CompiledProfile,
  context: FigureContext = {},
): Fact[] {
  const profile = compiled.profile;
  const projects = projectTables(views);
  const ofProject = (f: Fact) =>
    f.location.table !== undefined && projects.has(f.location.table) && !f.scope
      ? { ...f, scope: { subject: "项目" } }
      : f;
  return [
    ...textFacts(doc, compiled, context),
    ...tableFacts(views, profile),
    ...labelValueFacts(views, compiled, context),
    ...cellTextFacts(doc, compiled, context),
  ]
    .map(ofProject)
    .sort((a, b) => a.paragraph - b.paragraph);
}

/**
 * Tables about one project, not the department: a 项目支出绩效自评表 attached to the report,
 * a form with a 项目名称 field. Their budget, execution and rate are the project's.
 */
export function projectTables(views: TableView[]): Set<number> {
  const out = new Set<number>();
  for (const v of views) {
    const caption = normalizeLabel(v.caption ?? "");
    const named = /项目(支出)?(绩效)?(自评|评价)/.test(caption) && !/部门整体/.test(caption);
    const field = v.table.rows
      .slice(0, 4)
      .some((r) => r.some((c) => !c.covered && /^项目名称/.test(normalizeLabel(c.text))));
    if (named || field) out.add(v.table.index);
  }
  return out;
}

/**
 * A fact as a figure a finding used: the profile's name for it (or its label as written), the amount as written, where.
 */
export function usedFact(f: Fact, name: string): FigureUsed {
  return { label: f.label?.trim() || name, value: describeFact(f), location: f.location, source: f.source };
}

/** A fact's amount for a message: "187.35 万元", "15 人", "63.51". */
export function describeFact(f: Fact): string {
  return f.raw.replace(/\s+/g, " ");
}
