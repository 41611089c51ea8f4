// Sentences as they compare: split at 。！？；!?; and line breaks, keyed with spaces dropped,
// forms folded (text.ts's COMPARE_AS) and no end punctuation, and found again by fingerprint
// (fingerprints.ts) in one pass over the characters.
import { FingerprintTable, FNV_OFFSET, FNV_PRIME, POLY_BASE, POLY_START } from "./fingerprints";
import { COMPARE_AS, normalizeLabel, SKIPPED } from "./text";

/** A Han character of the basic CJK block. */
export const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fa5;
const isWordChar = (c: number) =>
  isHan(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

// sentence ends, as they compare (full-width ！？； are folded to !?;)
const isSentenceEnd = (f: number) => f === 0x3002 || f === 0x21 || f === 0x3f || f === 0x3b;
// punctuation a comparison key does not end with
const isTrailing = (f: number) => isSentenceEnd(f) || f === 0x2c || f === 0x3001;

/** A sentence's comparison key: spaces dropped, forms folded, no end punctuation. */
export function sentenceKey(sentence: string): string {
  return normalizeLabel(sentence).replace(/[。!?;,、]+$/, "");
}

export interface RepeatedSentence {
  /** Paragraph index of the repetition and of the sentence's first occurrence. */
  paragraph: number;
  first: number;
  /** The repetition's position in its paragraph's text. */
  start: number;
  end: number;
}

// what each character is to the sentence scan, looked up once per character
const WORD = 1;
const TRAILING = 2;
const END = 4;
const SKIP = 8;
const BREAK = 16;
const CHAR_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < t.length; c++) {
    const f = COMPARE_AS[c];
    t[c] =
      f === SKIPPED ? SKIP : (isWordChar(f) ? WORD : 0) | (isTrailing(f) ? TRAILING : 0) | (isSentenceEnd(f) ? END : 0);
  }
  t[0x0a] = BREAK;
  return t;
})();

/** A sentence recorded as a first occurrence: where it is. */
interface Occurrence {
  at: number;
  start: number;
  end: number;
}

function keyOf(paragraphs: readonly { text: string }[], o: Occurrence): string {
  return sentenceKey(paragraphs[o.at].text.slice(o.start, o.end));
}

/** The first occurrence of a sentence with the same key, or undefined after recording this one as the first. */
function seenOrAdd(
  table: FingerprintTable,
  firsts: Occurrence[],
  paragraphs: readonly { text: string }[],
  h1: number,
  h2: number,
  here: Occurrence,
): Occurrence | undefined {
  let slot = table.probe(h1, h2);
  let key: string | undefined;
  for (let entry = table.entryAt(slot); entry >= 0; entry = table.entryAt(slot)) {
    // fingerprints meet: compare the keys in full, so that a collision is never a repetition
    key ??= keyOf(paragraphs, here);
    if (keyOf(paragraphs, firsts[entry]) === key) return firsts[entry];
    slot = table.probe(h1, h2, table.next(slot));
  }
  table.put(slot, h1, h2, firsts.length);
  firsts.push(here);
  return undefined;
}

/**
 * Sentences (split at 。！？；!?; and line breaks) that repeat an earlier one, compared by
 * their keys, in one pass over the characters: each character is folded by table lookup
 * and fed to two 32-bit hashes; the 64-bit fingerprints go into an open-addressing table of
 * typed arrays. No string is built unless fingerprints meet, and then both keys are
 * compared in full, so a collision can never report a false repetition. A sentence counts
 * when its key, and the letters, digits and Han characters in it, are `minChars` or more.
 */
export function repeatedSentences(
  paragraphs: readonly { index: number; text: string }[],
  minChars: number,
): RepeatedSentence[] {
  const out: RepeatedSentence[] = [];
  const table = new FingerprintTable();
  const firsts: Occurrence[] = [];

  for (let at = 0; at < paragraphs.length; at++) {
    const p = paragraphs[at];
    const text = p.text;
    let n = 0; // key characters so far
    let keep = 0; // key length without trailing punctuation
    let words = 0;
    let h1 = FNV_OFFSET;
    let h2 = POLY_START;
    let keep1 = h1; // the hashes as they were at `keep`
    let keep2 = h2;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      // past the end counts as a line break: the last sentence ends there
      const c = i < text.length ? text.charCodeAt(i) : 0x0a;
      const cls = CHAR_CLASS[c];
      if (cls === SKIP) continue;
      if (cls !== BREAK) {
        const f = COMPARE_AS[c];
        n++;
        h1 = Math.imul(h1 ^ f, FNV_PRIME);
        h2 = (Math.imul(h2, POLY_BASE) + f) | 0;
        if (!(cls & TRAILING)) {
          keep = n;
          keep1 = h1;
          keep2 = h2;
        }
        words += cls & WORD;
        if (!(cls & END)) continue;
      }
      // a sentence ends here: at its end punctuation (kept in the sentence) or at a line break (not kept)
      const end = cls === BREAK ? i : i + 1;
      if (keep >= minChars && words >= minChars) {
        const first = seenOrAdd(table, firsts, paragraphs, keep1 ^ keep, keep2, { at, start, end });
        if (first) out.push({ paragraph: p.index, first: paragraphs[first.at].index, start, end });
      }
      n = keep = words = 0;
      h1 = keep1 = FNV_OFFSET;
      h2 = keep2 = POLY_START;
      start = i + 1;
    }
  }
  return out;
}
