import { repeatedClauses } from "../checks/clauses";
import { textEdit } from "../model/edits";
import { typedToc } from "../reading/outline-items";
import { finding, msg, type Finding } from "../model/finding";
import type { Rule } from "./rule";
import type { DocModel, DocParagraph } from "../model/model";
import { isHan, repeatedSentences } from "../text/sentences";
import type { TableView } from "../reading/tables";
import { toHalfWidth } from "../text/text";

/** A sentence shorter than this (in its key, and in letters, digits and Han characters) is not a repeat. */
const MIN_SENTENCE_CHARS = 15;

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

/** Sentences stated twice in the prose, and the paragraphs that hold a repetition. */
function sentenceFindings(rule: Rule, doc: DocModel, prose: readonly DocParagraph[]) {
  const findings: Finding[] = [];
  const repeats = new Set<number>();
  for (const s of repeatedSentences(prose, MIN_SENTENCE_CHARS)) {
    repeats.add(s.paragraph);
    const shown = excerpt(toHalfWidth(doc.paragraphs[s.paragraph].text.slice(s.start, s.end)).trim());
    findings.push(
      finding(
        rule,
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
  return { findings, repeats };
}

/**
 * In one paragraph, added to `out`: a clause pasted twice (not said when the whole sentence
 * repeats), words typed twice, then characters typed twice where Chinese never doubles them.
 */
function paragraphFindings(out: Finding[], rule: Rule, doc: DocModel, p: DocParagraph, sentenceRepeats: boolean) {
  for (const c of sentenceRepeats ? [] : repeatedClauses(p.text)) {
    const shown = excerpt(toHalfWidth(p.text.slice(c.start, c.end)));
    out.push(
      finding(
        rule,
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
      finding(rule, { paragraph: p.index }, msg(`词语重复：“${w}”`, `word typed twice: "${w}"`), {
        fix: msg(`删去重复的“${once}”`, `delete the repeated "${once}"`),
        edit: textEdit(doc, p.index, offset, w, once),
      }),
    );
  }
  for (const d of doubledCharacters(p.text)) {
    const shown = p.text.slice(Math.max(0, d.offset - 2), d.offset + 4).trim();
    out.push(
      finding(
        rule,
        { paragraph: p.index },
        msg(`“${d.char}”字重复：“${shown}”`, `"${d.char}" typed twice: "${shown}"`),
        {
          fix: msg(`删去重复的“${d.char}”`, `delete the repeated "${d.char}"`),
          // certain only for a pair: of three in a row, which two stay is not known
          edit: p.text[d.offset + 2] === d.char ? undefined : textEdit(doc, p.index, d.offset, d.char + d.char, d.char),
        },
      ),
    );
  }
}

/** Table rows that repeat the header row inside the table, added to `out`. */
function headerRowFindings(out: Finding[], rule: Rule, tables: readonly TableView[]) {
  for (const v of tables) {
    for (const r of v.repeatedHeaderRows) {
      out.push(
        finding(
          rule,
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
}

/**
 * Copy-paste: a sentence stated twice (spaces and full-width forms ignored), a clause pasted
 * twice into one paragraph, a word typed twice in a row, a character typed twice where
 * Chinese never doubles it, and a table header row repeated inside the table. Sentences are
 * found again by fingerprint (../sentences): linear in the length of the document.
 */
export const duplicateText: Rule = {
  id: "duplicate-text",
  severity: "warning",
  description: msg(
    "重复的句子、重复的词语或字、重复的表头行",
    "a repeated sentence, a word or character typed twice, or a repeated table header row",
  ),
  check({ doc, tables }) {
    // a table of contents repeats the headings by design, typed by hand or a Word field
    const toc = typedToc(doc);
    const prose = doc.paragraphs.filter((p) => !p.cell && !p.toc && !toc.has(p.index));
    const { findings: out, repeats } = sentenceFindings(this, doc, prose);
    for (const p of prose) paragraphFindings(out, this, doc, p, repeats.has(p.index));
    headerRowFindings(out, this, tables);
    return out;
  },
};
