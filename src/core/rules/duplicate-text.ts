import { finding, msg, type Finding, type Rule } from "../finding";
import { halfWidthOf, sentences, stripSpaces, toSimplified } from "../text";

const MIN_SENTENCE_CHARS = 15;

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fa5;
const isWordChar = (c: number) => isHan(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Letters, digits and Han characters in a string: what makes a sentence long enough to matter. */
function wordChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isWordChar(s.charCodeAt(i))) n++;
  return n;
}

/**
 * Words of 2–4 Han characters typed twice in a row ("公开公开"), found by comparing
 * character codes in place: one pass, no regular-expression backtracking, no copies.
 */
export function repeatedWords(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text.charCodeAt(i))) continue;
    for (let len = 4; len >= 2; len--) {
      if (i + 2 * len > text.length) continue;
      let same = true;
      for (let k = 0; k < len && same; k++) {
        const c = text.charCodeAt(i + k);
        same = isHan(c) && c === text.charCodeAt(i + len + k);
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
    const seen = new Map<string, number>();
    for (const p of doc.paragraphs) {
      if (p.cell || p.toc) continue;
      // sentences of the half-width text: the key only needs spaces dropped and traditional forms folded
      for (const s of sentences(halfWidthOf(p))) {
        const key = toSimplified(stripSpaces(s.text)).replace(/[。！？!?；;，,、]+$/, "");
        if (key.length < MIN_SENTENCE_CHARS || wordChars(key) < MIN_SENTENCE_CHARS) continue;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, p.index);
        else
          out.push(
            finding(
              this,
              { paragraph: p.index },
              msg(
                `句子重复出现（首次见第 ${first + 1} 段）：“${excerpt(s.text)}”`,
                `sentence repeated (first in paragraph ${first + 1}): "${excerpt(s.text)}"`,
              ),
            ),
          );
      }
      for (const w of repeatedWords(p.text)) {
        out.push(finding(this, { paragraph: p.index }, msg(`词语重复：“${w}”`, `word typed twice: "${w}"`)));
      }
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
