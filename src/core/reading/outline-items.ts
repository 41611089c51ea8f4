// The candidate headings of a document: paragraphs with numbering, a heading style or an outline
// level, short plain lines, labels opening a paragraph ("主要职能：…") and the first cell of a
// form's table — a table of contents typed by hand skipped. Which of them names which section
// is the matcher's call (section-matcher.ts).
import type { DocModel } from "../model/model";
import { parseNumbering, type Numbering } from "../text/numbering";
import { normalizeLabel } from "../text/text";

export interface OutlineItem {
  paragraph: number;
  /** The text as the reader sees it: list label + paragraph text. */
  text: string;
  /** The heading's words: numbering, trailing punctuation and page numbers removed. */
  title: string;
  numbering?: Numbering;
  /** Level from the numbering when there is one, else from the style or outline level. */
  level?: number;
  /** True for short, heading-like lines with numbering or a heading style; long numbered items are list items. */
  heading: boolean;
  /** A short plain line: a heading only if it names a section outright. */
  candidate?: boolean;
  /** Text after a colon on the heading line ("1. 部门职责：负责…"): counts as section content. */
  inlineContent?: string;
  /**
   * A heading not on a line of its own: in the first row of a form's table, or a label opening a paragraph ("主要职能：…").
   */
  source?: "table" | "run-in";
}

/** Longer than this, a line is body text or a list item, not a heading. */
export const MAX_HEADING_CHARS = 40;

/** The words of a heading: numbering, trailing punctuation and glued page numbers removed. */
export function headingTitle(text: string, numbering?: Numbering): { title: string; rest?: string } {
  // "第三部分：…": a colon right after the numbering belongs to it
  let t = (numbering ? text.slice(numbering.length) : text).trim().replace(/^[：:]\s*/, "");
  let rest: string | undefined;
  const colon = t.search(/[：:]/);
  if (colon >= 0) {
    rest = t.slice(colon + 1).trim() || undefined;
    t = t.slice(0, colon);
  }
  t = t.replace(/[。.；;，,\s]+$/u, "");
  // a page number glued to the end of a heading ("预算资金情况9"), never a year ("2023年度")
  t = t.replace(/(?<=[\u4e00-\u9fa5)）])\s*\.*\s*\d{1,3}$/u, "");
  return { title: t.trim(), rest };
}

// A line of a table of contents typed by hand: dot leaders or a tab before a page number.
const TOC_LINE = /(\.{3,}|…{2,}|·{3,}|－{3,}|-{4,}|_{3,}|\t)\s*\d{1,3}\s*$/;
/** Characters at the end of a line where TOC_LINE can match: leaders, a few spaces, a page number. */
const TOC_TAIL = 64;

/**
 * Paragraphs of a table of contents typed by hand: dot-leader lines, and the lines under a 目录 heading until the outline
 * starts again.
 */
export function typedToc(doc: DocModel): Set<number> {
  // the outline, duplicate-text and heading-sequence all ask: found once per document
  return fromDoc(doc, "typedToc", () => findTypedToc(doc));
}

function findTypedToc(doc: DocModel): Set<number> {
  const out = new Set<number>();
  let first: string | undefined;
  const listed = new Set<string>();
  let inToc = false;
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    if (p.cell) continue;
    const text = p.text.trim();
    // only the line's end can match: testing its tail keeps a paragraph of 150,000 dots linear
    if (TOC_LINE.test(text.trimEnd().slice(-TOC_TAIL))) {
      out.add(i);
      continue;
    }
    const flat = normalizeLabel(text);
    // "目录", "目 录", "决算公开目录"
    if (/^.{0,10}目录$/.test(flat)) {
      inToc = true;
      first = undefined;
      out.add(i);
      continue;
    }
    if (!inToc || !flat) continue;
    const n = parseNumbering(text);
    const title = headingTitle(text, n).title;
    // the outline proper begins where an entry comes again (the first one, or a later one when the
    // first is worded otherwise in the text: 目录 "一、摘要", text "摘要（2000字以内）"), or at the first prose
    // (a full stop closing a short line is a heading copied with its punctuation, not prose)
    if (
      (first !== undefined && (title === first || listed.has(title))) ||
      text.length > MAX_HEADING_CHARS ||
      /[。；;]\s*\S/.test(text)
    ) {
      inToc = false;
      continue;
    }
    first ??= title;
    if (title.length >= 2) listed.add(title);
    out.add(i);
  }
  if (out.size === 0) untitledToc(doc, out);
  return out;
}

/**
 * A table of contents with no 目录 line: the report's first headings listed, then the first
 * of them again where the text proper begins ("第一部分部门概况 … 第五部分 附表" then "第一部分
 * 部门概况"). Only short lines in between, at least three: a list of headings, not prose.
 */
function untitledToc(doc: DocModel, out: Set<number>): void {
  const key = (text: string) => normalizeLabel(headingTitle(text, parseNumbering(text)).title);
  const lines = doc.paragraphs.filter((p) => !p.cell && p.text.trim());
  const start = lines.findIndex((p) => parseNumbering(p.text.trim()));
  if (start < 0) return;
  const first = lines[start];
  const firstKey = key(first.text.trim());
  if (!firstKey) return;
  for (let k = start + 1; k < lines.length; k++) {
    const t = lines[k].text.trim();
    if (t.length > MAX_HEADING_CHARS || /[。；;]\s*\S/.test(t)) return;
    if (key(t) === firstKey && parseNumbering(t)?.ordinal === parseNumbering(first.text.trim())?.ordinal) {
      if (k - start < 3) return;
      for (let j = start; j < k; j++) out.add(lines[j].index);
      return;
    }
  }
}

function itemFor(doc: DocModel, index: number, toc: Set<number>): OutlineItem | undefined {
  const p = doc.paragraphs[index];
  if (p.cell || p.toc || toc.has(index)) return undefined;
  const text = ((p.list?.label ?? "") + p.text).trim();
  if (!text) return undefined;
  const numbering = parseNumbering(text);
  // a paragraph's own outline level wins over its style's, as in Word (and Word's outlineLevel is already the effective
  // one)
  const styleLevel = p.outlineLevel ?? p.headingLevel;
  if (!numbering && styleLevel === undefined) return plainItem(index, text);
  const { title, rest } = headingTitle(text, numbering);
  const shortEnough = title.length <= MAX_HEADING_CHARS && !/[，；。;]/.test(title);
  const heading = numbering ? shortEnough : shortEnough || title.length <= 60;
  if (numbering && !heading) {
    // a numbered paragraph opening with a few words and a full stop: "1、部门职责。本局负责…" — a run-in heading at most
    const run = NUMBERED_RUN_IN.exec(text.slice(numbering.length).trim());
    if (run)
      return {
        paragraph: index,
        text,
        title: run[1],
        numbering,
        level: numbering.level,
        heading: false,
        candidate: true,
        source: "run-in",
        inlineContent: run[2].trim() || undefined,
      };
  }
  return {
    paragraph: index,
    text,
    title,
    numbering,
    level: numbering?.level ?? styleLevel,
    heading,
    inlineContent: rest,
  };
}

// A label opening a paragraph: "主要职能：负责…" — a few words, no punctuation, then a colon.
const NUMBERED_RUN_IN = /^([^，,。；;：:、\s（）()“”]{2,14})\s*[。：:]\s*(\S[\s\S]*)$/;
const RUN_IN = /^([^，,。；;：:、\s（）()“”]{2,12})\s*[：:]\s*(\S[\s\S]*)$/;

/**
 * An unnumbered, unstyled paragraph: a short line, or a label with a colon opening a paragraph, may be a heading;
 * anything else is body text.
 */
function plainItem(index: number, text: string): OutlineItem | undefined {
  const run = RUN_IN.exec(text);
  if (run)
    return {
      paragraph: index,
      text,
      title: run[1],
      heading: false,
      candidate: true,
      source: "run-in",
      inlineContent: run[2].trim() || undefined,
    };
  // a long plain paragraph is body text
  if (text.length > MAX_HEADING_CHARS) return undefined;
  const { title, rest } = headingTitle(text);
  // an unstyled, unnumbered line is a heading only when it is short; matching decides if it names a section
  if (title.length > 20 || rest) return undefined;
  return { paragraph: index, text, title, heading: false, candidate: true };
}

/**
 * Paragraphs that carry numbering or a heading style, short plain lines and run-in labels, in order; a table of
 * contents and table cells are skipped.
 */
export function outlineItems(doc: DocModel): OutlineItem[] {
  return fromDoc(doc, "items", () => {
    const toc = typedToc(doc);
    const items: OutlineItem[] = [];
    for (let i = 0; i < doc.paragraphs.length; i++) {
      const item = itemFor(doc, i, toc);
      if (item) items.push(item);
    }
    return items;
  });
}

/** Headings standing in the first cell of a table's first row (a form laid out as a table, one part per table). */
function tableHeadings(doc: DocModel): OutlineItem[] {
  const out: OutlineItem[] = [];
  for (const t of doc.tables) {
    const cell = t.rows[0]?.[0];
    if (!cell || cell.covered || cell.paragraph === undefined) continue;
    const p = doc.paragraphs[cell.paragraph];
    const text = ((p?.list?.label ?? "") + (p?.text ?? "")).trim();
    if (!text || text.length > MAX_HEADING_CHARS) continue;
    const numbering = parseNumbering(text);
    // a header row (项目 | 数量 | 价值) is not a heading: only a numbered cell, or the one filled cell of its row
    const filled = t.rows[0].filter((c) => !c.covered && c.text.trim()).length;
    if (!numbering && filled > 1) continue;
    const { title, rest } = headingTitle(text, numbering);
    if (!title || /[，；。;]/.test(title)) continue;
    out.push({
      paragraph: cell.paragraph,
      text,
      title,
      numbering,
      level: numbering?.level,
      heading: numbering !== undefined,
      candidate: true,
      source: "table",
      inlineContent: rest,
    });
  }
  return out;
}

const docCache = new WeakMap<DocModel, Map<string, unknown>>();
function fromDoc<T>(doc: DocModel, key: string, make: () => T): T {
  let m = docCache.get(doc);
  if (!m) docCache.set(doc, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
}

/** Rank of a heading in the document's own hierarchy: 第一部分 above 一、 above （一）… */
export function rank(item: OutlineItem): number {
  return item.numbering?.family === "part" ? 0 : (item.level ?? 99);
}

/** The headings that may name a section: headings, short plain lines, run-in labels and table headings, in order. */
export function headingCandidates(doc: DocModel, items: readonly OutlineItem[]): OutlineItem[] {
  return [...items.filter((i) => i.heading || i.candidate), ...tableHeadings(doc)].sort(
    (a, b) => a.paragraph - b.paragraph,
  );
}

/** Headings with a level in the document's hierarchy (circled numbers aside): they close the sections above them. */
export function leveledHeadings(candidates: readonly OutlineItem[]): OutlineItem[] {
  return candidates.filter(
    (i) => (i.heading || i.source === "table") && i.level !== undefined && i.numbering?.family !== "circled",
  );
}
