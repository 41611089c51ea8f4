// Applies one-click fixes (core TextEdits) to a .docx and gives back a corrected copy: the
// same package with only the text of the edited runs changed — formatting, other parts and
// every other byte of document.xml as they were. An edit is placed by its text, not by the
// reader's paragraph count: the paragraph is the one whose text holds the edit with its
// context, in the same order among the paragraphs that hold it as in the model; when the
// two disagree, or the text crosses something that is not plain run text (a tab, a symbol,
// a field code), the edit is skipped and said so. Pure: bytes in, bytes out.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { applyToText, compatibleEdits, editContext, type TextEdit } from "../../core/model/edits";
import { scoreSentencePlace, sectionInsertions } from "../../core/writing/fix-plan";
import type { DocModel } from "../../core/model/model";
import type { Profile } from "../../core/profile/profile";
import { blocksXml, bodyParagraphXml } from "../ooxml/write";
import { SKIP as SKIPPED } from "./document";
import { readDocx } from "./read";

export type SkipReason = "not-found" | "ambiguous" | "not-plain-text" | "overlaps" | "not-verified";

/**
 * One-click fixes that add content, as body insertions: the missing sections with these ids
 * (each with its missing sub-sections) in their places, and the score sentence ending the
 * conclusion — each with what it holds, for saying so.
 */
export function contentInsertions(
  doc: DocModel,
  profile: Profile,
  sections: string[],
  sentence?: string,
): { insertion: BlockInsertion; titles: string[]; sentence: boolean }[] {
  const placed = sections.length ? sectionInsertions(doc, profile, sections) : [];
  return [
    ...placed.map((p) => ({
      insertion: { before: p.before, xml: blocksXml(p.insertion.blocks) },
      titles: p.titles,
      sentence: false,
    })),
    ...(sentence
      ? [
          {
            insertion: { before: scoreSentencePlace(doc, profile), xml: bodyParagraphXml(sentence) },
            titles: [sentence],
            sentence: true,
          },
        ]
      : []),
  ];
}

/** Body content to insert before a paragraph of the model (or at the end of the body): a missing section. */
export interface BlockInsertion {
  /** Model paragraph index to insert before; undefined: at the end of the body. */
  before?: number;
  /** WordprocessingML body content, written with the w: prefix. */
  xml: string;
}

export interface FixResult {
  bytes: Uint8Array;
  applied: TextEdit[];
  skipped: { edit: TextEdit; reason: SkipReason }[];
  inserted: BlockInsertion[];
  notInserted: { insertion: BlockInsertion; reason: SkipReason }[];
}

const MAIN_NAMESPACES = [
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
];

/** A run of a paragraph's text as the file holds it: the content of a w:t (editable), or a tab or break (not). */
interface Piece {
  text: string;
  /** For w:t: where its content and its start tag are in the part's XML. */
  xml?: { start: number; end: number; tagStart: number; tagEnd: number };
}

interface XmlParagraph {
  pieces: Piece[];
  text: string;
  /** Where its start tag begins in the part. */
  start: number;
  /** A paragraph of the body itself, not in a table, a text box or a content control. */
  topLevel: boolean;
}

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e]!;
  });
}

const encode = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The prefix the part gives WordprocessingML ("w" almost always). */
function mainPrefix(xml: string): string | undefined {
  for (const m of xml.matchAll(/xmlns:([A-Za-z_][\w.-]*)="([^"]*)"/g)) if (MAIN_NAMESPACES.includes(m[2])) return m[1];
  return undefined;
}

/** Containers a body paragraph may sit in: one inside any of them is not the body's own. */
const CONTAINERS = new Set(["tbl", "sdtContent", "customXml"]);

/**
 * Every paragraph of the part in document order, with its text pieces, read as the .docx
 * reader reads it — nothing inside a text box, a deletion, a move's source, a fallback or a
 * tracked property change; no tab stop of a paragraph's properties; no page or column break
 * — so that its text is the model's. A field's result is text but not editable: updating the
 * field would bring the old words back.
 */
function paragraphsOf(xml: string, prefix: string): XmlParagraph[] {
  return new ParagraphScan(xml, prefix).run();
}

/** A start, end or empty tag: [whole, "/" when closing, prefix, local name, attributes, "/" when empty]. */
type TagMatch = RegExpExecArray;

/** The reading of paragraphsOf, tag by tag: what is open around the tag decides what its text is. */
class ParagraphScan {
  private readonly out: XmlParagraph[] = [];
  /** Paragraphs open, the innermost last: text read belongs to it. */
  private readonly open: XmlParagraph[] = [];
  /** Every tag of the part in turn; a w:t's content is passed over at once (see piece), never read as tags. */
  private readonly tag = /<(\/?)(?:([A-Za-z_][\w.-]*):)?([A-Za-z]+)(?=[\s/>])([^>]*?)(\/?)>/g;
  /** CONTAINERS open: a paragraph inside one is not the body's own. */
  private nested = 0;
  /** SKIPPED elements open: nothing inside them is read. */
  private skipped = 0;
  private inPPr = false;
  /** Open complex fields: whether each is past its separator (in its result). */
  private readonly fields: boolean[] = [];
  private simpleFields = 0;

  constructor(
    private readonly xml: string,
    private readonly prefix: string,
  ) {}

  run(): XmlParagraph[] {
    for (let m = this.tag.exec(this.xml); m; m = this.tag.exec(this.xml)) {
      if (this.outside(m) || this.structure(m)) continue;
      if (!this.piece(m)) break;
    }
    for (const p of this.out) p.text = p.pieces.map((x) => x.text).join("");
    return this.out;
  }

  /** Whether the tag is not read for text: skipped content, another namespace, or a container (counted). */
  private outside([, closing, ns, name, , selfClosing]: TagMatch): boolean {
    if (SKIPPED.has(name)) {
      if (!selfClosing) this.skipped += closing ? -1 : 1;
      return true;
    }
    if (ns !== this.prefix) return true;
    if (CONTAINERS.has(name)) {
      if (!selfClosing) this.nested += closing ? -1 : 1;
      return true;
    }
    return this.skipped > 0;
  }

  /** Whether the tag opens or closes what text is read in: a paragraph, its properties, a field. */
  private structure(m: TagMatch): boolean {
    const [, closing, , name, attrs, selfClosing] = m;
    switch (name) {
      case "p":
        if (closing) this.open.pop();
        else {
          const p: XmlParagraph = {
            pieces: [],
            text: "",
            start: m.index,
            topLevel: this.nested === 0 && this.open.length === 0,
          };
          this.out.push(p);
          if (!selfClosing) this.open.push(p);
        }
        return true;
      case "pPr":
        if (!selfClosing) this.inPPr = !closing;
        return true;
      case "fldChar": {
        const type = /fldCharType\s*=\s*["']([a-z]+)["']/.exec(attrs)?.[1];
        if (type === "begin") this.fields.push(false);
        else if (type === "separate" && this.fields.length) this.fields[this.fields.length - 1] = true;
        else if (type === "end") this.fields.pop();
        return true;
      }
      case "fldSimple":
        if (!selfClosing) this.simpleFields += closing ? -1 : 1;
        return true;
    }
    return false;
  }

  /**
   * The open paragraph's text from the tag: a w:t's content (editable unless in a field's
   * result), a tab, a line break. False when a w:t never closes: nothing after it is read.
   */
  private piece(m: TagMatch): boolean {
    const [whole, closing, , name, attrs, selfClosing] = m;
    const here = this.open[this.open.length - 1];
    if (!here || closing || this.inPPr) return true;
    if (name === "t") {
      if (selfClosing) return true;
      const start = m.index + whole.length;
      const end = this.xml.indexOf(`</${this.prefix}:t>`, start);
      if (end < 0) return false;
      here.pieces.push({
        text: decode(this.xml.slice(start, end)),
        ...(this.inFieldResult() ? {} : { xml: { start, end, tagStart: m.index, tagEnd: start } }),
      });
      this.tag.lastIndex = end;
    } else if (name === "tab") here.pieces.push({ text: "\t" });
    else if ((name === "br" || name === "cr") && !/\btype\s*=\s*["'](?:page|column)["']/.test(attrs))
      here.pieces.push({ text: "\n" });
    return true;
  }

  private inFieldResult(): boolean {
    return this.simpleFields > 0 || this.fields.some((separated) => separated);
  }
}

/** Indices of the paragraphs whose text holds `needle`. */
function holding(texts: string[], needle: string): number[] {
  const out: number[] = [];
  texts.forEach((t, i) => t.includes(needle) && out.push(i));
  return out;
}

/** Start of the k-th occurrence of `needle` in `text`, or -1. */
function occurrence(text: string, needle: string, k: number): number {
  let at = -1;
  for (let i = 0; i <= k; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Matches of `needle` in `text` starting before `end`, overlapping ones included. */
function countOf(text: string, needle: string, end = Infinity): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0 && at < end; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

/** Where an edit falls in the part: the paragraph and the offset in its text, or why it cannot be placed. */
function place(
  e: TextEdit,
  model: DocModel,
  modelTexts: string[],
  xmlTexts: string[],
): { paragraph: number; start: number } | SkipReason {
  const text = model.paragraphs[e.paragraph]?.text;
  if (text === undefined || text.slice(e.start, e.end) !== e.expect) return "not-found";
  const [before, after] = editContext(text, e);
  const needle = before + e.expect + after;
  // text inserted into an empty paragraph has nothing around it to find it by (and an empty needle is found
  // everywhere: counting its places would never end)
  if (!needle) return "not-found";
  const inModel = holding(modelTexts, needle);
  const inXml = holding(xmlTexts, needle);
  if (!inXml.length) return "not-found";
  if (inModel.length !== inXml.length) return "ambiguous";
  const x = inXml[inModel.indexOf(e.paragraph)];
  // the same place among the needle's occurrences in the paragraph
  const k = countOf(text, needle, e.start - before.length);
  if (countOf(text, needle) !== countOf(xmlTexts[x], needle)) return "ambiguous";
  const at = occurrence(xmlTexts[x], needle, k);
  return at < 0 ? "not-found" : { paragraph: x, start: at + before.length };
}

interface Splice {
  from: number;
  to: number;
  text: string;
}

/** The new text of each piece of a paragraph after its edits (applied from the last), or why not. */
function editPieces(p: XmlParagraph, edits: { start: number; end: number; replace: string }[]): string[] | SkipReason {
  const texts = p.pieces.map((x) => x.text);
  const bounds: number[] = [];
  let at = 0;
  for (const x of p.pieces) {
    bounds.push(at);
    at += x.text.length;
  }
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    let inserted = false;
    for (let i = 0; i < p.pieces.length; i++) {
      const from = Math.max(e.start, bounds[i]);
      const to = Math.min(e.end, bounds[i] + p.pieces[i].text.length);
      const touches =
        from < to ||
        (!inserted && e.start === e.end && e.start >= bounds[i] && e.start <= bounds[i] + p.pieces[i].text.length);
      if (!touches) continue;
      if (!p.pieces[i].xml) return "not-plain-text";
      const local = from - bounds[i];
      texts[i] = texts[i].slice(0, local) + (inserted ? "" : e.replace) + texts[i].slice(local + (to - from));
      inserted = true;
    }
    if (!inserted) return "not-found";
  }
  return texts;
}

/** The XML of a run's text, with xml:space="preserve" where the text keeps spaces at its ends. */
function pieceSplices(piece: Piece, text: string, xml: string): Splice[] {
  const at = piece.xml!;
  const out: Splice[] = [{ from: at.start, to: at.end, text: encode(text) }];
  if (/^\s|\s$/.test(text)) {
    const tag = xml.slice(at.tagStart, at.tagEnd);
    // the attribute however it is written (quotes, spaces, another value): set, never written twice
    const space = /\bxml:space\s*=\s*(["'])(.*?)\1/.exec(tag);
    const fixed = space
      ? space[2] === "preserve"
        ? tag
        : tag.replace(space[0], 'xml:space="preserve"')
      : tag.replace(/^<([^\s>/]+)/, '<$1 xml:space="preserve"');
    if (fixed !== tag) out.push({ from: at.tagStart, to: at.tagEnd, text: fixed });
  }
  return out;
}

/** The main document part's name, from the package relationships. */
function mainPart(files: Record<string, Uint8Array>): string {
  const rels = files["_rels/.rels"] ? strFromU8(files["_rels/.rels"]) : "";
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/Type="[^"]*\/officeDocument"/.test(m[0])) continue;
    const target = /Target="([^"]*)"/.exec(m[0])?.[1];
    if (target) return target.replace(/^\//, "");
  }
  return "word/document.xml";
}

/**
 * Where body content goes in the part: before the start tag of the body paragraph the model
 * calls `before` (the one paragraph of the body that reads the same, in the same order among
 * those that do), or before the body's closing section properties.
 */
function insertionPoint(
  ins: BlockInsertion,
  model: DocModel,
  paragraphs: XmlParagraph[],
  xml: string,
  prefix: string,
): number | SkipReason {
  if (ins.before === undefined) {
    const end = xml.lastIndexOf(`</${prefix}:body>`);
    if (end < 0) return "not-found";
    // the body's own section properties come last, after every block: the first sectPr after the
    // last block closes (a tracked page-setup change holds another sectPr inside that one)
    const last = Math.max(...["p", "tbl", "sdt", "customXml"].map((b) => xml.lastIndexOf(`</${prefix}:${b}>`, end)));
    const sect = new RegExp(`<${prefix}:sectPr(?=[\\s/>])`, "g");
    sect.lastIndex = Math.max(0, last);
    const found = sect.exec(xml);
    return found && found.index < end ? found.index : end;
  }
  const target = model.paragraphs[ins.before];
  if (!target || target.cell || !target.text.trim()) return "not-found";
  const inModel = model.paragraphs.filter((p) => p.text === target.text).map((p) => p.index);
  const inXml = paragraphs.filter((p) => p.text === target.text);
  if (!inXml.length) return "not-found";
  if (inXml.length !== inModel.length) return "ambiguous";
  const p = inXml[inModel.indexOf(ins.before)];
  return p.topLevel ? p.start : "not-plain-text";
}

/**
 * Applies the edits to a copy of the .docx, and inserts body content (missing sections) where
 * given. `model` is what the edits were computed on (the reader's model of the same bytes).
 * Edits that overlap an earlier one are skipped.
 */
export function applyEditsToDocx(
  bytes: Uint8Array,
  model: DocModel,
  edits: TextEdit[],
  insertions: BlockInsertion[] = [],
): FixResult {
  const chosen = compatibleEdits(edits);
  const skipped: FixResult["skipped"] = edits
    .filter((e) => !chosen.includes(e))
    .map((edit) => ({ edit, reason: "overlaps" as const }));
  const files = unzipSync(bytes);
  const name = mainPart(files);
  const xml = files[name] ? strFromU8(files[name]) : undefined;
  const prefix = xml === undefined ? undefined : mainPrefix(xml);
  if (xml === undefined || prefix === undefined) return refused(bytes, skipped, [], chosen, insertions, "not-found");
  const paragraphs = paragraphsOf(xml, prefix);
  const placed = placeEdits(chosen, model, paragraphs, skipped);
  const { splices: editing, applied } = editSplices(placed, paragraphs, xml, skipped);
  const { splices: inserting, inserted, notInserted } = insertionSplices(insertions, model, paragraphs, xml, prefix);
  if (!applied.length && !inserted.length) return { bytes, applied, skipped, inserted, notInserted };
  const copy = rezipped(files, name, xml, [...editing, ...inserting]);
  // the copy is read back as the checker reads it: the same paragraphs with the edits made and the
  // insertions' paragraphs among them — or nothing is written at all
  if (!readsAsIntended(copy, model, applied, inserted, prefix))
    return refused(bytes, skipped, notInserted, applied, inserted, "not-verified");
  return {
    bytes: copy,
    applied: applied.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start),
    skipped,
    inserted,
    notInserted,
  };
}

/** Nothing written: the file's own bytes, with these edits and insertions refused for `reason` after those already. */
function refused(
  bytes: Uint8Array,
  skipped: FixResult["skipped"],
  notInserted: FixResult["notInserted"],
  edits: TextEdit[],
  insertions: BlockInsertion[],
  reason: SkipReason,
): FixResult {
  return {
    bytes,
    applied: [],
    skipped: [...skipped, ...edits.map((edit) => ({ edit, reason }))],
    inserted: [],
    notInserted: [...notInserted, ...insertions.map((insertion) => ({ insertion, reason }))],
  };
}

/** An edit placed in a paragraph of the part: its span in the paragraph's text. */
interface PlacedEdit {
  edit: TextEdit;
  start: number;
  end: number;
  replace: string;
}

/**
 * The edits placed in the part's paragraphs, by paragraph index (in the order first placed);
 * those that cannot be placed are added to `skipped`, with why.
 */
function placeEdits(
  chosen: TextEdit[],
  model: DocModel,
  paragraphs: XmlParagraph[],
  skipped: FixResult["skipped"],
): Map<number, PlacedEdit[]> {
  const xmlTexts = paragraphs.map((p) => p.text);
  const modelTexts = model.paragraphs.map((p) => p.text);
  const byParagraph = new Map<number, PlacedEdit[]>();
  for (const edit of chosen) {
    const at = place(edit, model, modelTexts, xmlTexts);
    if (typeof at === "string") {
      skipped.push({ edit, reason: at });
      continue;
    }
    const list = byParagraph.get(at.paragraph) ?? [];
    const end = at.start + edit.expect.length;
    // two edits placed on the same characters (the text repeats itself): neither place is certain for the second
    if (list.some((x) => at.start < x.end && x.start < end)) {
      skipped.push({ edit, reason: "overlaps" });
      continue;
    }
    list.push({ edit, start: at.start, end, replace: edit.replace });
    byParagraph.set(at.paragraph, list);
  }
  return byParagraph;
}

/**
 * The splices of the part that make the placed edits, paragraph by paragraph, and the edits
 * they make; a paragraph's edits that cannot all be made are added to `skipped`, with why.
 */
function editSplices(
  byParagraph: Map<number, PlacedEdit[]>,
  paragraphs: XmlParagraph[],
  xml: string,
  skipped: FixResult["skipped"],
): { splices: Splice[]; applied: TextEdit[] } {
  const splices: Splice[] = [];
  const applied: TextEdit[] = [];
  for (const [index, list] of byParagraph) {
    const p = paragraphs[index];
    const texts = editPieces(p, list);
    if (typeof texts === "string") {
      for (const { edit } of list) skipped.push({ edit, reason: texts });
      continue;
    }
    p.pieces.forEach(
      (piece, i) => piece.xml && texts[i] !== piece.text && splices.push(...pieceSplices(piece, texts[i], xml)),
    );
    applied.push(...list.map((x) => x.edit));
  }
  return { splices, applied };
}

/** The splices of the part that make the insertions, those they make, and those they cannot with why. */
function insertionSplices(
  insertions: BlockInsertion[],
  model: DocModel,
  paragraphs: XmlParagraph[],
  xml: string,
  prefix: string,
): { splices: Splice[]; inserted: BlockInsertion[]; notInserted: FixResult["notInserted"] } {
  const splices: Splice[] = [];
  const inserted: BlockInsertion[] = [];
  const notInserted: FixResult["notInserted"] = [];
  for (const insertion of insertions) {
    // what we insert is written with the w: prefix
    const at = prefix === "w" ? insertionPoint(insertion, model, paragraphs, xml, prefix) : "not-plain-text";
    if (typeof at === "string") notInserted.push({ insertion, reason: at });
    else {
      splices.push({ from: at, to: at, text: insertion.xml });
      inserted.push(insertion);
    }
  }
  return { splices, inserted, notInserted };
}

/**
 * The package again with its main part spliced (from the last offset back, so that the offsets
 * of those still to make hold), every other part as it was.
 */
function rezipped(files: Record<string, Uint8Array>, name: string, xml: string, splices: Splice[]): Uint8Array {
  let out = xml;
  for (const s of splices.sort((a, b) => b.from - a.from)) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  const zipped: Zippable = {};
  for (const [k, v] of Object.entries(files)) zipped[k] = k === name ? strToU8(out) : v;
  return zipSync(zipped, { level: 6 });
}

/**
 * Whether the corrected copy reads back as meant: every paragraph of the model in order, each
 * with its edits made, and as many new paragraphs as the insertions hold, among them.
 */
function readsAsIntended(
  copy: Uint8Array,
  model: DocModel,
  applied: TextEdit[],
  inserted: BlockInsertion[],
  prefix: string,
): boolean {
  let read: DocModel;
  try {
    read = readDocx(copy);
  } catch {
    return false;
  }
  const expected = model.paragraphs.map((p) =>
    applied
      .filter((e) => e.paragraph === p.index)
      .sort((a, b) => b.start - a.start)
      .reduce((t, e) => applyToText(t, e), p.text),
  );
  const added = inserted.reduce(
    (n, i) => n + (i.xml.match(new RegExp(`<${prefix}:p(?=[\\s/>])`, "g"))?.length ?? 0),
    0,
  );
  if (read.paragraphs.length !== expected.length + added) return false;
  let k = 0;
  for (const p of read.paragraphs) if (k < expected.length && p.text === expected[k]) k++;
  return k === expected.length;
}
