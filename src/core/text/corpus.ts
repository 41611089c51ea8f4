// The document's paragraph text as one string, for rules that search every paragraph with
// regular expressions: one regex pass over the whole text instead of one call per
// paragraph (30,000 calls for a long report), with matches mapped back to paragraphs.
import type { DocModel, DocParagraph } from "../model/model";

/** Between paragraphs: a character no search pattern accepts (\s does not match it). */
export const PARAGRAPH_SEPARATOR = "\u0000";

export interface Corpus {
  /** Every paragraph's text in order, joined by PARAGRAPH_SEPARATOR. */
  text: string;
  /** Offset of each paragraph's text in `text`, by position in `paragraphs`. */
  starts: Int32Array;
  paragraphs: readonly DocParagraph[];
}

const cache = new WeakMap<DocModel, Corpus>();

/** The corpus of a document, built once however many rules ask. */
export function corpusOf(doc: DocModel): Corpus {
  let c = cache.get(doc);
  if (!c) cache.set(doc, (c = buildCorpus(doc.paragraphs)));
  return c;
}

function buildCorpus(paragraphs: readonly DocParagraph[]): Corpus {
  const starts = new Int32Array(paragraphs.length);
  let at = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    starts[i] = at;
    at += paragraphs[i].text.length + 1;
  }
  const text = paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR);
  return { text, starts, paragraphs };
}

/** The position in `paragraphs` of the paragraph a corpus offset falls in (binary search over the starts). */
export function paragraphAt(c: Corpus, offset: number): number {
  let lo = 0;
  let hi = c.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Every match of a global regex in the corpus, with its paragraph
 * and its offset in that paragraph's text. A match that runs across a paragraph boundary is
 * not a match in any paragraph and is left out.
 */
export function* matchesIn(
  c: Corpus,
  re: RegExp,
): Generator<{ match: RegExpExecArray; paragraph: DocParagraph; offset: number }> {
  const text = c.text;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) re.lastIndex++;
    if (m[0].includes(PARAGRAPH_SEPARATOR)) continue;
    // matches come in order: the next paragraph is usually this one or close after it
    if (m.index < c.starts[k] || (k + 1 < c.starts.length && m.index >= c.starts[k + 1])) k = paragraphAt(c, m.index);
    yield { match: m, paragraph: c.paragraphs[k], offset: m.index - c.starts[k] };
  }
}

/** A pattern for `foundByParagraph`: a global regex, and what a match of it stands for (undefined: nothing). */
export interface Finder<T> {
  re: RegExp;
  value(match: RegExpExecArray, paragraph: DocParagraph): T | undefined;
}

/**
 * What several patterns find, each in one pass over the whole text, grouped by paragraph:
 * paragraphs in document order, each with its values once, in the order the patterns found
 * them. Paragraphs `skip` rejects are left out.
 */
export function foundByParagraph<T>(
  c: Corpus,
  finders: Finder<T>[],
  skip: (p: DocParagraph) => boolean,
): [DocParagraph, Set<T>][] {
  const found = new Map<DocParagraph, Set<T>>();
  for (const f of finders)
    for (const { match, paragraph } of matchesIn(c, f.re)) {
      if (skip(paragraph)) continue;
      const v = f.value(match, paragraph);
      if (v === undefined) continue;
      let set = found.get(paragraph);
      if (!set) found.set(paragraph, (set = new Set()));
      set.add(v);
    }
  return [...found].sort((a, b) => a[0].index - b[0].index);
}
