import { repeatedClauses } from "../clauses";
import { textEdit } from "../edits";
import { typedToc } from "../outline";
import { finding, msg, type Finding, type Rule } from "../finding";
import { COMPARE_AS, normalizeLabel, SKIPPED, toHalfWidth } from "../text";

const MIN_SENTENCE_CHARS = 15;

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fa5;
const isWordChar = (c: number) =>
  isHan(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Words of 2–4 Han characters typed twice in a row ("公开公开"), found by comparing
 * character codes in place: one pass, no regular-expression backtracking, no copies.
 */
export function repeatedWords(text: string): string[] {
  return repeatedWordsAt(text).map((w) => w.word);
}

/** repeatedWords with where each repetition starts (the word and its copy, side by side). */
export function repeatedWordsAt(text: string): { word: string; offset: number }[] {
  const out: { word: string; offset: number }[] = [];
  const last = text.length - 4; // the shortest repetition, 2 + 2 characters, must fit
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    // a word of length L repeats only if the character L places on is the same: most positions stop here
    if (!isHan(c) || (c !== text.charCodeAt(i + 2) && c !== text.charCodeAt(i + 3) && c !== text.charCodeAt(i + 4)))
      continue;
    for (let len = 4; len >= 2; len--) {
      if (i + 2 * len > text.length) continue;
      let same = true;
      for (let k = 0; k < len && same; k++) {
        const d = text.charCodeAt(i + k);
        same = isHan(d) && d === text.charCodeAt(i + len + k);
      }
      if (same) {
        out.push({ word: text.slice(i, i + 2 * len), offset: i });
        i += 2 * len - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Characters that are almost always a typo when typed twice in a row (制度和和标准, 的的, 资金金使用),
 * each with what makes the pair legitimate after all: `left`, characters that form a word
 * with it before it (目的|的, 现在|在, 参与|与); `right`, characters that form a word with it
 * after it (是|是否, 和|和谐, 资金|金额). A function word (`alone`) may stand by itself, so
 * a word on either side saves the pair. 金, 度 and 效 never stand alone: the pair is a typo
 * only after a word that ends in them (资金|金 but not 李金金, a name) and before no word that
 * starts with them. Characters that reduplicate (常常, 人人, 等等, 年年, 项项 …) are not here at
 * all, and neither are those that too often end one word and start the next (工作|作风,
 * 管理|理念, 投资|资金, 首都|都, 作为|为民, 即将|将).
 */
const DOUBLED_TYPOS: Record<string, { left: string; right: string; alone: boolean }> = {
  的: { left: "目标端之", right: "确话士", alone: true },
  和: { left: "总温平缓调随柔共暖祥中附讲饱谦亲协人融", right: "平谐睦气解美善蔼煦约顺悦衷", alone: true },
  是: { left: "求为", right: "否非", alone: true },
  在: { left: "现实所存自内外潜旨意好", right: "于职岗建编线校场内外意乎此家途读任位库用册案身", alone: true },
  与: { left: "参给赋授赠相干", right: "否会其", alone: true },
  及: { left: "以涉普波危顾提论触惠企推遍不得殃累旁兼言谈追", right: "时其早格", alone: true },
  对: {
    left: "针面核相绝反应比校配查作不成敌派",
    right: "象于比照接应待外口标策账话方子称手抗冲等立联齐面头内此其岸",
    alone: true,
  },
  其: { left: "尤极与及何耳", right: "他它中次实余间后一", alone: true },
  把: { left: "", right: "关握持控脉门守手柄", alone: true },
  被: { left: "棉羽绒盖毛蚕锦", right: "子褥单套告动迫", alone: true },
  从: { left: "服听顺随盲遵跟侍自无主何", right: "事业而严头属中此未来容前众犯小简宽重速优", alone: true },
  向: {
    left: "方导面趋走转取倾指流动去意定双单横纵反正逆志一偏朝投引推迈奔通驶风航内外归所",
    right: "上下前后来往导日心",
    alone: true,
  },
  按: { left: "", right: "钮键摩揭", alone: true },
  于: { left: "", right: "是今心", alone: true },
  并: { left: "合兼吞归火一", right: "且非不列行重举购网入存联轨没未肩发", alone: true },
  了: { left: "不明除罢末终受为一", right: "解结然却断不得之", alone: true },
  或: { left: "间偶抑", right: "许者缺然多", alone: true },
  已: { left: "不而业", right: "经", alone: true },
  金: {
    left: "资基奖现租押证积薪税合定本酬罚股拨配备余助贴补",
    right: "额融库属牌秋色钱卡条字银矿价币奖标点句边星刚子砖",
    alone: false,
  },
  度: { left: "制年力进程深广额季态高速幅难温精尺角维限调适", right: "过量假日数", alone: false },
  效: { left: "绩成实功时有失高等奏生疗特见收长", right: "果率益能应力用验期仿法劳忠命", alone: false },
  // 县委委机构编制委员会 (a typo) but 县委委员 (county committee member)
  委: { left: "县市省党纪团区镇乡村州军常编政", right: "员托派任屈婉身", alone: false },
};

// before a numeral a doubled character is a measure word said for each (一把把, 一一对应)
const NUMERALS = "一二三四五六七八九十两几百千万0123456789０１２３４５６７８９";

export interface DoubledCharacter {
  char: string;
  /** Position of the first of the two in the text. */
  offset: number;
}

/** A character from DOUBLED_TYPOS typed twice in a row where no word explains the pair (制度和和标准, 资金金使用). */
export function doubledCharacters(text: string): DoubledCharacter[] {
  const out: DoubledCharacter[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    // most positions stop at this code comparison
    if (text.charCodeAt(i + 1) !== text.charCodeAt(i)) continue;
    const ch = text[i];
    const typo = Object.hasOwn(DOUBLED_TYPOS, ch) ? DOUBLED_TYPOS[ch] : undefined;
    let end = i + 2;
    while (end < text.length && text[end] === ch) end++;
    const run = end - i;
    const prev = i > 0 ? text[i - 1] : "";
    const next = end < text.length ? text[end] : "";
    i = end - 1;
    // four or more in a row is a word typed twice: repeatedWords says so
    if (!typo || run >= 4) continue;
    if (run === 2) {
      if (prev && NUMERALS.includes(prev)) continue;
      if (next && typo.right.includes(next)) continue;
      if (typo.alone ? prev && typo.left.includes(prev) : !prev || !typo.left.includes(prev)) continue;
    }
    out.push({ char: ch, offset: i - run + 1 });
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

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * First occurrences of sentences by 64-bit fingerprint: open addressing with linear probing
 * in one typed array (fingerprint high, fingerprint low, entry + 1; 0 = empty), kept at most
 * half full. Module-level code with plain state, so the optimiser sees the same functions on
 * every call.
 */
class FingerprintTable {
  capacity = 1 << 12;
  slots = new Int32Array(this.capacity * 3);
  size = 0;

  /** From the home slot of h1: the next slot that is empty or holds (h1, h2). */
  probe(h1: number, h2: number, slot = (h1 >>> 0) & (this.capacity - 1)): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    while (slots[slot * 3 + 2] !== 0 && !(slots[slot * 3] === h1 && slots[slot * 3 + 1] === h2))
      slot = (slot + 1) & mask;
    return slot;
  }

  /** The entry in a slot, -1 when it is empty. */
  entryAt(slot: number): number {
    return this.slots[slot * 3 + 2] - 1;
  }

  next(slot: number): number {
    return (slot + 1) & (this.capacity - 1);
  }

  /** Stores an entry in an empty slot found by `probe`. */
  put(slot: number, h1: number, h2: number, entry: number): void {
    this.slots[slot * 3] = h1;
    this.slots[slot * 3 + 1] = h2;
    this.slots[slot * 3 + 2] = entry + 1;
    if (++this.size > this.capacity / 2) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    const oldCapacity = this.capacity;
    this.capacity *= 2;
    this.slots = new Int32Array(this.capacity * 3);
    for (let s = 0; s < oldCapacity; s++) {
      if (old[s * 3 + 2] === 0) continue;
      const at = this.probeEmpty(old[s * 3]);
      this.slots[at * 3] = old[s * 3];
      this.slots[at * 3 + 1] = old[s * 3 + 1];
      this.slots[at * 3 + 2] = old[s * 3 + 2];
    }
  }

  private probeEmpty(h1: number): number {
    let slot = (h1 >>> 0) & (this.capacity - 1);
    while (this.slots[slot * 3 + 2] !== 0) slot = (slot + 1) & (this.capacity - 1);
    return slot;
  }
}

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
 * compared in full, so a collision can never report a false repetition.
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
        const first = seenOrAdd(table, firsts, paragraphs, keep1 ^ keep, keep2, { at, start, end });
        if (first) out.push({ paragraph: p.index, first: paragraphs[first.at].index, start, end });
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
 * twice in a row, a character typed twice where Chinese never doubles it, and a table header row repeated inside the
 * table. One pass with a hash
 * map: linear in the length of the document.
 */
export const duplicateText: Rule = {
  id: "duplicate-text",
  severity: "warning",
  description: msg(
    "重复的句子、重复的词语或字、重复的表头行",
    "a repeated sentence, a word or character typed twice, or a repeated table header row",
  ),
  check({ doc, tables }) {
    const out: Finding[] = [];
    // a table of contents repeats the headings by design, typed by hand or a Word field
    const toc = typedToc(doc);
    const prose = doc.paragraphs.filter((p) => !p.cell && !p.toc && !toc.has(p.index));
    const sentenceRepeats = new Set<number>();
    for (const s of repeatedSentences(prose, MIN_SENTENCE_CHARS)) {
      sentenceRepeats.add(s.paragraph);
      const shown = excerpt(toHalfWidth(doc.paragraphs[s.paragraph].text.slice(s.start, s.end)).trim());
      out.push(
        finding(
          this,
          { paragraph: s.paragraph },
          s.first === s.paragraph
            ? msg(`同一段中句子重复出现：“${shown}”`, `sentence stated twice in one paragraph: "${shown}"`)
            : msg(
                `句子重复出现（首次见第 ${s.first + 1} 段）：“${shown}”`,
                `sentence repeated (first in paragraph ${s.first + 1}): "${shown}"`,
              ),
          { fix: msg("删去重复的句子，或改写为不同的内容", "delete the repeated sentence, or say something else") },
        ),
      );
    }
    for (const p of prose) {
      // a clause pasted twice into one paragraph (unless the whole sentence repeats: said above)
      for (const c of sentenceRepeats.has(p.index) ? [] : repeatedClauses(p.text)) {
        const shown = excerpt(toHalfWidth(p.text.slice(c.start, c.end)));
        out.push(
          finding(
            this,
            { paragraph: p.index },
            msg(`同一段中分句重复：“${shown}”`, `clause stated twice in one paragraph: "${shown}"`),
            {
              fix: msg("删去重复的分句", "delete the repeated clause"),
            },
          ),
        );
      }
      for (const { word: w, offset } of repeatedWordsAt(p.text)) {
        const once = w.slice(0, w.length / 2);
        out.push(
          finding(this, { paragraph: p.index }, msg(`词语重复：“${w}”`, `word typed twice: "${w}"`), {
            fix: msg(`删去重复的“${once}”`, `delete the repeated "${once}"`),
            edit: textEdit(doc, p.index, offset, w, once),
          }),
        );
      }
      for (const d of doubledCharacters(p.text)) {
        const shown = p.text.slice(Math.max(0, d.offset - 2), d.offset + 4).trim();
        out.push(
          finding(
            this,
            { paragraph: p.index },
            msg(`“${d.char}”字重复：“${shown}”`, `"${d.char}" typed twice: "${shown}"`),
            {
              fix: msg(`删去重复的“${d.char}”`, `delete the repeated "${d.char}"`),
              // certain only for a pair: of three in a row, which two stay is not known
              edit:
                p.text[d.offset + 2] === d.char ? undefined : textEdit(doc, p.index, d.offset, d.char + d.char, d.char),
            },
          ),
        );
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
            { fix: msg(`删去第 ${r + 1} 行`, `delete row ${r + 1}`) },
          ),
        );
      }
    }
    return out;
  },
};
