import { finding, msg, type Finding, type Rule } from "../finding";
import { normalizeLabel, sentences } from "../text";

const MIN_SENTENCE_CHARS = 15;
// a word of 2–4 Chinese characters typed twice in a row ("公开公开")
const REPEATED_WORD = /([\u4e00-\u9fa5]{2,4})\1/g;

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
      for (const s of sentences(p.text)) {
        const key = normalizeLabel(s.text).replace(/[。！？!?；;，,、]+$/, "");
        if ([...key.matchAll(/[\u4e00-\u9fa5A-Za-z0-9]/g)].length < MIN_SENTENCE_CHARS) continue;
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
      REPEATED_WORD.lastIndex = 0;
      for (const m of p.text.matchAll(REPEATED_WORD)) {
        out.push(finding(this, { paragraph: p.index }, msg(`词语重复：“${m[0]}”`, `word typed twice: "${m[0]}"`)));
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
