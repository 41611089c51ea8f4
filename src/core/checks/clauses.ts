// A clause stated twice inside one sentence — "拟定全县水务发展规划和政策，落实……，拟订全县
// 水务发展规划和政策，牵头编制……": a duty pasted in twice, the second copy typed with the
// variant spelling. Sentences repeated across the document are duplicate-text's sentence
// pass; this looks between the commas of one paragraph, where a sentence-level key never
// sees the repeat.
import { normalizeLabel } from "../text/text";

/** Spellings used interchangeably: the same clause typed with either is the same clause. */
const VARIANTS: [RegExp, string][] = [
  [/拟定/g, "拟订"],
  [/制订/g, "制定"],
  [/帐/g, "账"],
];
/** Words that join a clause to the one before, not part of what it says. */
const LEAD = /^(?:并且|同时|并|和|及|还|也)/;
const CLAUSE_BREAK = /[，,；;。！？!?：:\n]/g;
const SENTENCE_BREAK = /[；;。！？!?\n]/;
/** Shorter clauses repeat by nature (加强管理, 取得实效): only a long one pasted twice is a fault. */
export const MIN_CLAUSE_HAN = 10;

export interface RepeatedClause {
  /** Offsets of the repetition in the paragraph's text. */
  start: number;
  end: number;
  /** Offset of the first occurrence. */
  first: number;
}

function clauseKey(clause: string): string {
  let k = normalizeLabel(clause).replace(LEAD, "");
  for (const [re, to] of VARIANTS) k = k.replace(re, to);
  return k;
}

const hanCount = (s: string) => s.match(/[\u4e00-\u9fa5]/g)?.length ?? 0;

/** Clauses of one paragraph's text stated a second time (each repeated clause once). */
export function repeatedClauses(text: string): RepeatedClause[] {
  const seen = new Map<string, number>();
  const reported = new Set<string>();
  const out: RepeatedClause[] = [];
  let from = 0;
  for (const m of [...text.matchAll(CLAUSE_BREAK), { index: text.length, 0: "" }]) {
    const raw = text.slice(from, m.index);
    const start = from + (raw.length - raw.trimStart().length);
    const end = from + raw.trimEnd().length;
    from = m.index! + 1;
    const key = clauseKey(raw);
    // a breakdown restated for a second total ("在编 22 人（参公 10 人，…）。实有 22 人（参公 10 人，…）") is no slip
    if (hanCount(key) < MIN_CLAUSE_HAN || /[0-9]/.test(key)) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, start);
    else if (!reported.has(key)) {
      reported.add(key);
      out.push({ start, end, first });
    }
    // parallel sentences may each end on the same reason ("…，主要是本年度无此项支出；…"): a repeat counts within one sentence
    if (SENTENCE_BREAK.test(m[0])) seen.clear();
  }
  return out;
}
