import { finding, msg, type Finding, type Rule } from "../finding";
import { COMPARE_AS, normalizeLabel, SKIPPED, toHalfWidth } from "../text";

const MIN_SENTENCE_CHARS = 15;

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fa5;
const isWordChar = (c: number) => isHan(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Words of 2–4 Han characters typed twice in a row ("公开公开"), found by comparing
 * character codes in place: one pass, no regular-expression backtracking, no copies.
 */
export function repeatedWords(text: string): string[] {
  const out: string[] = [];
  const last = text.length - 4; // the shortest repetition, 2 + 2 characters, must fit
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    // a word of length L repeats only if the character L places on is the same: most positions stop here
    if (!isHan(c) || (c !== text.charCodeAt(i + 2) && c !== text.charCodeAt(i + 3) && c !== text.charCodeAt(i + 4))) continue;
    for (let len = 4; len >= 2; len--) {
      if (i + 2 * len > text.length) continue;
      let same = true;
      for (let k = 0; k < len && same; k++) {
        const d = text.charCodeAt(i + k);
        same = isHan(d) && d === text.charCodeAt(i + len + k);
      }
      if (same) {
        out.push(text.slice(i, i + 2 * len));
        i += 2 * len - 1;
        break;
      }
    }
  }
  return out;
}

function excerpt(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}

// sentence ends, as they compare (full-width ！？； are folded to !?;)
const isSentenceEnd = (f: number) => f === 0x3002 || f === 0x21 || f === 0x3f || f === 0x3b;
// punctuation a comparison key does not end with
const isTrailing = (f: number) => isSentenceEnd(f) || f === 0x2c || f === 0x3001;

/** A sentence long enough to matter: its key (spaces dropped, forms folded, no end punctuation) and where it is. */
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
    t[c] = f === SKIPPED ? SKIP : (isWordChar(f) ? WORD : 0) | (isTrailing(f) ? TRAILING : 0) | (isSentenceEnd(f) ? END : 0);
  }
  t[0x0a] = BREAK;
  return t;
})();

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Sentences (split at 。！？；!?; and line breaks) that repeat an earlier one, compared by
 * their keys, in one pass over the characters: each character is folded by table lookup
 * and fed to two 32-bit hashes; the 64-bit fingerprints go into an open-addressing table of
 * typed arrays. No string is built unless fingerprints meet, and then both keys are
 * compared in full, so a collision can never report a false repetition.
 */
export function repeatedSentences(paragraphs: readonly { index: number; text: string }[], minChars: number): RepeatedSentence[] {
  const out: RepeatedSentence[] = [];
  let capacity = 1 << 12;
  let slots = new Int32Array(capacity * 3); // fingerprint high, fingerprint low, entry + 1 (0 = empty)
  const entries: number[] = []; // position in `paragraphs`, start, end of each first occurrence, flattened
  const keyOfEntry = (e: number) => sentenceKey(paragraphs[entries[e * 3]].text.slice(entries[e * 3 + 1], entries[e * 3 + 2]));

  const place = (table: Int32Array, cap: number, h1: number, h2: number, entry: number) => {
    let slot = (h1 >>> 0) & (cap - 1);
    while (table[slot * 3 + 2] !== 0) slot = (slot + 1) & (cap - 1);
    table[slot * 3] = h1;
    table[slot * 3 + 1] = h2;
    table[slot * 3 + 2] = entry + 1;
  };

  /** The entry of an earlier sentence with the same key, or -1 after recording this one as new. */
  const seenOrAdd = (h1: number, h2: number, text: string, start: number, end: number, at: number): number => {
    let slot = (h1 >>> 0) & (capacity - 1);
    let key: string | undefined;
    for (;;) {
      const entry = slots[slot * 3 + 2] - 1;
      if (entry < 0) break;
      if (slots[slot * 3] === h1 && slots[slot * 3 + 1] === h2) {
        key ??= sentenceKey(text.slice(start, end));
        if (keyOfEntry(entry) === key) return entry;
      }
      slot = (slot + 1) & (capacity - 1);
    }
    const entry = entries.length / 3;
    entries.push(at, start, end);
    slots[slot * 3] = h1;
    slots[slot * 3 + 1] = h2;
    slots[slot * 3 + 2] = entry + 1;
    if (entry + 1 > capacity / 2) {
      // keep the table at most half full: probes stay short
      const bigger = new Int32Array(capacity * 6);
      for (let s = 0; s < capacity; s++) if (slots[s * 3 + 2] !== 0) place(bigger, capacity * 2, slots[s * 3], slots[s * 3 + 1], slots[s * 3 + 2] - 1);
      slots = bigger;
      capacity *= 2;
    }
    return -1;
  };

  for (let at = 0; at < paragraphs.length; at++) {
    const p = paragraphs[at];
    const text = p.text;
    let n = 0; // key characters so far
    let keep = 0; // key length without trailing punctuation
    let words = 0;
    let h1 = FNV_OFFSET;
    let h2 = 0;
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
        h2 = (Math.imul(h2, 31) + f) | 0;
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
        const first = seenOrAdd(keep1 ^ keep, keep2, text, start, end, at);
        if (first >= 0) out.push({ paragraph: p.index, first: paragraphs[entries[first * 3]].index, start, end });
      }
      n = keep = words = 0;
      h1 = keep1 = FNV_OFFSET;
      h2 = keep2 = 0;
      start = i + 1;
    }
  }
  return out;
}

/**
 * Copy-paste: a sentence stated twice (spaces and full-width forms ignored), a word typed
 * twice in a row, and a table header row repeated inside the table. One pass with a hash
 * map: linear in the length of the document.
 */
export const duplicateText: Rule = {
  id: "duplicate-text",
  severity: "warning",
  description: msg("重复的句子、重复的词语或重复的表头行", "a repeated sentence, a word typed twice, or a repeated table header row"),
  check({ doc, tables }) {
    const out: Finding[] = [];
    const prose = doc.paragraphs.filter((p) => !p.cell && !p.toc);
    for (const s of repeatedSentences(prose, MIN_SENTENCE_CHARS)) {
      const shown = excerpt(toHalfWidth(doc.paragraphs[s.paragraph].text.slice(s.start, s.end)).trim());
      out.push(
        finding(
          this,
          { paragraph: s.paragraph },
          msg(`句子重复出现（首次见第 ${s.first + 1} 段）：“${shown}”`, `sentence repeated (first in paragraph ${s.first + 1}): "${shown}"`),
        ),
      );
    }
    for (const p of prose) {
      for (const w of repeatedWords(p.text)) out.push(finding(this, { paragraph: p.index }, msg(`词语重复：“${w}”`, `word typed twice: "${w}"`)));
    }
    for (const v of tables) {
      for (const r of v.repeatedHeaderRows) {
        out.push(
          finding(
            this,
            { paragraph: v.table.rows[r][0]?.paragraph ?? v.table.firstParagraph, table: v.table.index, row: r },
            msg(
              `表格${v.def ? `“${v.def.title}”` : ` ${v.table.index + 1}`}的表头行重复出现（第 ${r + 1} 行）`,
              `table ${v.def ? `"${v.def.title}"` : v.table.index + 1} repeats its header row (row ${r + 1})`,
            ),
          ),
        );
      }
    }
    return out;
  },
};
