import { finding, msg, type Finding } from "../model/finding";
import type { Rule } from "./rule";
import { corpusOf, foundByParagraph, PARAGRAPH_SEPARATOR, type Finder } from "../text/corpus";
import { paragraphLocation, type DocModel, type DocParagraph } from "../model/model";
import type { Outline } from "../reading/outline";
import type { Profile } from "../profile/profile";
import { escapeRegExp, OPTION_BOX, OPTION_TICK, toHalfWidth } from "../text/text";

const BOXES = new RegExp(`[${OPTION_BOX}]`, "g");
// counted apart from BOXES: the finder is in the middle of its own scan with it
const boxCount = (text: string) => [...text].filter((c) => OPTION_BOX.includes(c)).length;

// XX / ×× placeholders not part of a Latin word; {{field}} template fields; ** where a name or a
// number belongs ("**局", "20**年", "[2025]**号" — not a note's mark, a masked name or phone
// number) — half- or full-width as typed
const PLACEHOLDER =
  /(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[XxＸｘ]{2,}|×{2,})(?![A-Za-zＡ-Ｚａ-ｚ])|[{｛]{2}[^{}｛｝]{0,40}[}｝]{2}|(?<=\d)[*＊]{2,}(?=[年月日号])|(?<=[〕\]】）)])[*＊]{2,}(?=号)|(?<![\u4e00-\u9fff*＊])[*＊]{2,}(?=局|县|市|区|单位|部门|委|办|厅|院|中心|公司|镇|乡|村|处|科|所|站|队)/g;

// A remark a template makes about itself, in brackets of any kind: what lies between them
const OPEN = "[（(【\\[［]";
const CLOSE = "[）)】\\]］]";
const INSIDE = (n: number) => `[^（）()【】\\[\\]［］${PARAGRAPH_SEPARATOR}]{0,${n}}`;
const NUM = "(?:\\d+|[０-９]+|[一二三四五六七八九十百千两]+|[XxＸｘ×]+)";

/**
 * Remarks that can only be instructions to whoever fills the template in, wherever they
 * stand: （此处填写…）, （根据实际情况填写）, （可根据实际增减）, （XX字以内）, （报送时请删除）,
 * 【填写说明】, （仅供参考）.
 */
/** "Delete this" said to the author: 请删除, 报送时删除, 正式行文前请删除, 删除本说明 — not a deletion reported (审计时删除了…). */
const DELETE_ME =
  "(?:请(?:予以)?删除|(?:报送|提交|上报|印发|定稿|使用|行文|打印|发布|成稿)(?:时|前|后)(?:请|应|须|需)?删除|自行删除|删除(?:本|此)(?:说明|提示|注释|段|部分))";

const INSTRUCTION = new RegExp(
  [
    `${OPEN}${INSIDE(20)}(?:此处|这里)${INSIDE(20)}(?:填写|填入|填报|撰写|编写|写明|写入|输入|插入|粘贴|列出|描述|补充|添加|简述|阐述|概述)${INSIDE(20)}${CLOSE}`,
    `${OPEN}${INSIDE(20)}(?:根据|按照|结合|依据|视)(?:本单位|本部门|单位|部门|各地|各单位)?实际(?:情况)?${INSIDE(12)}(?:填写|填报|编写|撰写|增减|增删|删减|调整|修改|选择|补充|取舍)${INSIDE(6)}${CLOSE}`,
    `${OPEN}${INSIDE(8)}自行(?:增减|增删|删减|调整|填写|添加|修改|选择)${INSIDE(8)}${CLOSE}`,
    `${OPEN}${INSIDE(8)}(?:限|不超过|不少于|不多于|控制在|原则上)\\s*${NUM}\\s*(?:[-—~～至到]\\s*${NUM}\\s*)?字${INSIDE(6)}${CLOSE}`,
    `${OPEN}${INSIDE(8)}${NUM}\\s*(?:[-—~～至到]\\s*${NUM}\\s*)?字(?:以内|左右|以上|以下|内)${INSIDE(6)}${CLOSE}`,
    `${OPEN}${INSIDE(40)}${DELETE_ME}${INSIDE(10)}${CLOSE}`,
    `${OPEN}\\s*(?:填写|填报|编写|撰写)(?:说明|要求|须知|提示)\\s*${CLOSE}`,
    `${OPEN}\\s*(?:仅供参考|供参考)\\s*${CLOSE}`,
  ].join("|"),
  "g",
);

/** A note telling the author to delete it (注：正式报送时请删除本说明), as a whole paragraph. */
const DELETE_NOTE = new RegExp(
  // one run of white space before the bracket, another only after one: two optional runs side by
  // side would try every split of a long run of spaces (minutes on a 2 KB paragraph of them)
  `(?<=^|${PARAGRAPH_SEPARATOR})\\s*(?:[（(【\\[]\\s*)?(?:注|备注|说明|提示)\\s*[：:][^${PARAGRAPH_SEPARATOR}]*?${DELETE_ME}[^${PARAGRAPH_SEPARATOR}]*`,
  "g",
);

/** 填报说明 / 填写说明： at the start of a paragraph (after a number, if any): the template's instructions. */
const INSTRUCTIONS_HEADING = new RegExp(
  `(?<=^|${PARAGRAPH_SEPARATOR})[\\s一二三四五六七八九十、.．（）()0-9０-９]*(?:填报|填写|撰写)(?:说明|须知)\\s*(?=[：:]|${PARAGRAPH_SEPARATOR}|$)`,
  "g",
);

/**
 * A word a template calls itself, in brackets — （参考提纲）, （模板）, （样本）, （范本）,
 * （参考格式）, （示例）, （格式） — or 参考提纲 / 参考格式 closing a line. Read only in
 * titles, headings and other short lines without sentence punctuation: in prose a bracket
 * may hold anything.
 */
const SELF_NAME = new RegExp(
  `${OPEN}\\s*(?:参考|推荐|标准)?(?:提纲|模板|模版|样本|范本|格式|示例|样式|范例|样表)\\s*${CLOSE}|(?:参考提纲|参考格式|参考模板|参考范本|参考样本|编写提纲|填报模板)\\s*(?=${PARAGRAPH_SEPARATOR}|$)`,
  "g",
);
/**
 * A template written for two kinds of report that offers both in one heading: "部门整体支出或
 * 项目实施情况分析" (a heading keeps the template's alternative the author should have chosen).
 */
// (only the department-report wording: "所属单位或项目" is ordinary Chinese)
const ALTERNATIVE = /部门整体(?:支出)?或项目(?:支出)?|项目(?:支出)?或部门整体(?:支出)?/g;
/** A table cell holding only an ellipsis: the template's "more rows here" left in. */
const ELLIPSIS_CELL = /^[\s….．。·、]{2,}$/;

/** A title or heading, not a sentence: short, and no sentence punctuation. */
// a numbered heading may end with a full stop, as many are typed: "（三）…情况分析。"
const NUMBERED_START = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/;
const titleLike = (text: string) => {
  const t = text.trim();
  return t.length <= 50 && !/[，。；;,]/.test(NUMBERED_START.test(t) ? t.replace(/[。.]$/, "") : t);
};

// a long note is named by its start
const excerpt = (s: string) => (s.length > 32 ? `${s.slice(0, 24)}…` : s);

// ---- the template's guidance left as a section's whole content

/**
 * How a template tells the author what a section should hold: "主要包括…等", "应当说明…情况",
 * "重点反映…" — a list of topics with no subject, no figure, closing on 等 / 情况 / 方面.
 */
const GUIDANCE_START =
  /^(?:(?:主要|应当?|须|需要?|重点|简要|可)(?:包括|包含|反映|说明|介绍|阐述|描述|概述|填写|列明)|包括但不限于)/;
const GUIDANCE_END = /(?:等|情况|内容|方面|分析|说明)[。.]?$/;
/** The unit speaking of itself, or a figure: the author's own text, not the template's. */
const OWN_WORDS = /[0-9０-９%％]|我|本(?:局|单位|部门|院|委|办|中心|站|所|校|馆|会)|全(?:局|委|院|办)|今年|去年|上年/;
/** Sections whose real content is a list of topics: what was evaluated, how, on what grounds. */
const TOPIC_LIST_SECTION = /评价|自评|考核|方法|依据|程序|过程|内容|范围|对象|指标体系|原则|目的/;

/** What a template asks to be reported on: a list of topics that are themselves reports (…情况, …分析). */
const ASKS_FOR = /情况|分析|指标/;

function isGuidance(text: string): boolean {
  const t = text.trim();
  return (
    t.length >= 12 &&
    t.includes("、") &&
    GUIDANCE_START.test(t) &&
    GUIDANCE_END.test(t) &&
    ASKS_FOR.test(t) &&
    !OWN_WORDS.test(t)
  );
}

/**
 * Paragraphs that are the template's guidance standing as a section's whole content: after a
 * heading line ("（二）部门整体支出绩效目标" / "主要包括…等。") or run in after its title
 * ("（三）…情况分析。主要包括…等。"), with the next heading (or the end) right after.
 */
function guidanceParagraphs(doc: DocModel, outline: Outline): [DocParagraph, string][] {
  const headings = new Set(outline.items.filter((i) => i.heading || i.source === "run-in").map((i) => i.paragraph));
  const paras = doc.paragraphs.filter((p) => !p.cell && !p.toc && p.text.trim());
  const out: [DocParagraph, string][] = [];
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    const next = paras[k + 1];
    // the next line opens another section: a heading, or a numbered title line (not a numbered item of content)
    if (next && !headings.has(next.index) && !(NUMBERED_START.test(next.text) && titleLike(next.text.split("。")[0])))
      continue;
    let title: string | undefined;
    let body = p.text.trim();
    // the template's own form: a title and its full stop, then the guidance ("（三）…情况分析。主要包括…"); a colon introduces a
    // definition
    const runIn = NUMBERED_START.exec(body) ? /^(.{2,40}?)。\s*(.+)$/.exec(body) : null;
    if (runIn && titleLike(runIn[1])) [title, body] = [runIn[1], runIn[2]];
    else if (k > 0 && headings.has(paras[k - 1].index) && !headings.has(p.index)) title = paras[k - 1].text.trim();
    if (title === undefined || TOPIC_LIST_SECTION.test(title) || !isGuidance(body)) continue;
    out.push([p, body]);
  }
  return out;
}

// ---- the cover: fields left empty before the first section heading

/** Labels of a report's cover (the 封面 / 首页), longest first where one ends another. */
const COVER_LABELS = [
  "填报单位",
  "报送单位",
  "报告单位",
  "编报单位",
  "编制单位",
  "评价单位",
  "单位名称",
  "部门名称",
  "预算单位",
  "主管部门",
  "单位负责人",
  "部门负责人",
  "财务负责人",
  "负责人",
  "分管领导",
  "填报人",
  "填表人",
  "编制人",
  "经办人",
  "联系人",
  "联系电话",
  "联系方式",
  "电话",
  "填报日期",
  "填表日期",
  "报送日期",
  "报告日期",
  "编制日期",
  "评价日期",
  "日期",
];
const SEAL = "[（(](?:盖章|公章|签章|签字|签名|章)[）)]";
/** A cover label and its colon, at the start of the line or after a space (联系人：      联系电话：). */
const COVER_LABEL = new RegExp(`(?<=^|[\\s\\u3000])(${COVER_LABELS.join("|")})\\s*(?:${SEAL})?\\s*[：:]`, "g");
/** The same, anywhere in a line (no global state), and as the whole line. */
const HAS_COVER_LABEL = new RegExp(COVER_LABEL.source);
const ONLY_COVER_LABEL = new RegExp(`^${COVER_LABEL.source}$`);
const CN_YEAR = "[〇零一二三四五六七八九○]{4}";
const CN_SMALL = "[一二三四五六七八九十]{1,3}";
/** A date skeleton: year, month and day each filled or not ("    年  月  日", "2023年  月  日"). */
const DATE_SKELETON = new RegExp(
  `^(\\d{4}|${CN_YEAR})?[\\s_]*年[\\s_]*(\\d{1,2}|${CN_SMALL})?[\\s_]*月[\\s_]*(\\d{1,2}|${CN_SMALL})?[\\s_]*日$`,
);

/** A date with a part left blank ("  年  月  日", "2023年  月  日"); a date typed in full is not. */
function unfilledDate(value: string): boolean {
  const m = DATE_SKELETON.exec(value);
  if (!m || (m[1] && m[2] && m[3])) return false;
  // nothing filled at all: there must be room left for it (a bare 年月日 is a column header, not a blank)
  return !!(m[1] || m[2] || m[3]) || /[\s_]/.test(value);
}

/** A value that says nothing: blanks, underscores, a 盖章 mark, or a date left blank. */
function emptyValue(raw: string): boolean {
  const v = toHalfWidth(raw).replace(new RegExp(SEAL, "g"), "").trim();
  if (/^[\s_＿﹍]*$/.test(v)) return true;
  return unfilledDate(v);
}

/** Empty cover fields of one line: each label whose value, up to the next label, is empty. */
function emptyFields(text: string): string[] {
  const labels = [...text.matchAll(COVER_LABEL)];
  return labels
    .filter((m, k) =>
      emptyValue(text.slice(m.index + m[0].length, k + 1 < labels.length ? labels[k + 1].index : text.length)),
    )
    .map((m) => m[1]);
}

/** Where the cover ends: the first section heading found, or the first numbered heading of level 1 or 2. */
function coverEnd(outline: Outline): number | undefined {
  let end = Infinity;
  for (const s of outline.sections) if (s.paragraph !== undefined) end = Math.min(end, s.paragraph);
  const numbered = outline.items.find(
    (i) => i.heading && i.numbering && i.numbering.family !== "circled" && i.numbering.level <= 2,
  );
  if (numbered) end = Math.min(end, numbered.paragraph);
  return Number.isFinite(end) ? end : undefined;
}

// a cover has a few dozen lines; past this, what comes before the first heading is not a cover
const MAX_COVER = 80;

/** Cover fields left empty (填报单位：, 联系电话：, 填报日期：   年  月  日), by paragraph. */
function emptyCoverFields(doc: DocModel, outline: Outline): [DocParagraph, string[]][] {
  const end = coverEnd(outline);
  if (end === undefined) return [];
  const out: [DocParagraph, string[]][] = [];
  const lines = doc.paragraphs.slice(0, Math.min(end, MAX_COVER)).filter((p) => !p.cell && !p.toc && p.text.trim());
  lines.forEach((p, k) => {
    const text = p.text.trim();
    const empty = emptyFields(text);
    // a lone date line left blank ("    年  月  日" under the unit's name)
    if (empty.length === 0 && !HAS_COVER_LABEL.test(text) && unfilledDate(toHalfWidth(text))) empty.push("日期");
    if (empty.length === 0) return;
    // "填报单位：" with the unit's name on the next line is filled in, only broken in two
    const next = lines[k + 1]?.text.trim();
    if (
      ONLY_COVER_LABEL.test(text) &&
      next &&
      next.length <= 30 &&
      !/[：:]/.test(next) &&
      !unfilledDate(toHalfWidth(next))
    )
      return;
    out.push([p, empty]);
  });
  return out;
}

/**
 * Text left over from a template: XX, ××, （参考提纲）, 【请填写】, {{field}}, unticked □ options,
 * the template's remarks about itself (（根据实际情况填写）, （500字以内）, 注：…请删除, 【填写说明】,
 * （模板） in a title) and cover fields left empty (填报单位：, 填报日期：   年  月  日).
 */
export const templateResidue: Rule = {
  id: "template-residue",
  severity: "warning",
  description: msg(
    "模板残留（XX、【请填写】、模板说明文字、未勾选的选项、封面未填写的栏目等）",
    "template residue (XX, 【请填写】, the template's remarks, unticked options, empty cover fields …)",
  ),
  check({ doc, profile, outline }) {
    const found = residueByParagraph(doc, outline, residueFinders(profile));
    return [...found]
      .sort((a, b) => a[0].index - b[0].index)
      .flatMap(([p, { residue, cover }]) => residueFindings(this, p, residue, cover));
  },
};

/**
 * Options offered over several lines, none ticked: a label with a colon and its first box,
 * then lines that only add boxes ("评价机构:部门(单位)评价组□" / "中介机构□"). The first line
 * is returned; one line holding two boxes or more is the finder's.
 */
function unchosenOptionGroups(doc: DocModel): DocParagraph[] {
  const out: DocParagraph[] = [];
  const paras = doc.paragraphs.filter((p) => !p.cell && !p.toc);
  const ticked = (t: string) => [...OPTION_TICK].some((c) => t.includes(c));
  for (let i = 0; i < paras.length; i++) {
    const first = paras[i].text;
    if (boxCount(first) !== 1 || ticked(first) || !/[:：]/.test(first)) continue;
    let boxes = 1;
    let j = i + 1;
    for (; j < paras.length && boxCount(paras[j].text) > 0 && !/[:：]/.test(paras[j].text); j++) {
      if (ticked(paras[j].text)) {
        boxes = 0;
        break;
      }
      boxes += boxCount(paras[j].text);
    }
    if (boxes >= 2) out.push(paras[i]);
  }
  return out;
}

/** Table rows that hold nothing but an ellipsis: the template's sample rows ("……") left in the form. */
function ellipsisRows(doc: DocModel): DocParagraph[] {
  const out: DocParagraph[] = [];
  for (const t of doc.tables) {
    for (const row of t.rows) {
      const own = row.filter((c) => !c.covered && c.text.trim());
      if (own.length && own.every((c) => ELLIPSIS_CELL.test(c.text)) && own[0].paragraph !== undefined)
        out.push(doc.paragraphs[own[0].paragraph]);
    }
  }
  return out;
}

/**
 * What to look for, one pass over the whole text per pattern: the profile's literal strings as one alternation, the
 * placeholders, the boxes, the template's remarks.
 */
function residueFinders(profile: Profile): Finder<string>[] {
  const literals = profile.residue.filter((r) => !/^[Xx×]+$/.test(r));
  const prose = (p: DocParagraph) => !p.cell;
  const short = (p: DocParagraph) => !p.cell && titleLike(p.text);
  return [
    ...(literals.length
      ? [{ re: new RegExp(literals.map(escapeRegExp).join("|"), "g"), value: (m: RegExpExecArray) => m[0] }]
      : []),
    { re: PLACEHOLDER, value: (m) => toHalfWidth(m[0]) },
    // options offered as □ (or ☐) with none ticked
    {
      re: BOXES,
      value: (_, p) => (boxCount(p.text) >= 2 && ![...OPTION_TICK].some((c) => p.text.includes(c)) ? "□" : undefined),
    },
    // the template's remarks: instructions anywhere outside tables, names it calls itself only on short lines
    { re: INSTRUCTION, value: (m, p) => (prose(p) ? m[0] : undefined) },
    { re: DELETE_NOTE, value: (m, p) => (prose(p) ? m[0].trim() : undefined) },
    {
      re: INSTRUCTIONS_HEADING,
      value: (m, p) =>
        prose(p) ? m[0].replace(/^[\s一二三四五六七八九十、.．（）()0-9０-９]*/, "").trim() : undefined,
    },
    { re: SELF_NAME, value: (m, p) => (short(p) ? m[0].trim() : undefined) },
    // in a heading, or in the title of a run-in heading ("（三）部门整体支出或项目实施情况分析。主要包括…")
    {
      re: ALTERNATIVE,
      value: (m, p) =>
        short(p) || (!p.cell && NUMBERED_START.test(p.text) && p.text.split(/[。：:]/)[0].includes(m[0]))
          ? m[0]
          : undefined,
    },
  ];
}

/**
 * What each paragraph left of the template: residue found by the patterns and by the structural checks, and empty
 * cover fields.
 */
function residueByParagraph(
  doc: DocModel,
  outline: Outline,
  finders: Finder<string>[],
): Map<DocParagraph, { residue: string[]; cover: string[] }> {
  const found = new Map<DocParagraph, { residue: string[]; cover: string[] }>();
  for (const [p, values] of foundByParagraph(corpusOf(doc), finders, (x) => !!x.toc)) {
    // "【请填写】" says it all; its inner "请填写" need not be listed again
    found.set(p, {
      residue: [...values].filter((h) => ![...values].some((o) => o !== h && o.includes(h))),
      cover: [],
    });
  }
  const add = (p: DocParagraph, value: string) => {
    const f = found.get(p);
    if (!f) found.set(p, { residue: [value], cover: [] });
    else if (!f.residue.includes(value)) f.residue.push(value);
  };
  for (const p of unchosenOptionGroups(doc)) add(p, "□");
  for (const p of ellipsisRows(doc)) add(p, "……");
  for (const [p, guidance] of guidanceParagraphs(doc, outline)) add(p, guidance);
  for (const [p, labels] of emptyCoverFields(doc, outline)) {
    const f = found.get(p);
    if (f) f.cover = labels;
    else found.set(p, { residue: [], cover: labels });
  }
  return found;
}

/** A paragraph's residue as one finding, and its empty cover fields as another. */
function residueFindings(rule: Rule, p: DocParagraph, residue: string[], cover: string[]): Finding[] {
  const out: Finding[] = [];
  const loc = paragraphLocation(p);
  if (residue.length > 0) {
    const list = residue.map((h) => `“${excerpt(h)}”`).join("、");
    out.push(
      finding(rule, loc, msg(`模板内容未替换：${list}`, `template text left in place: ${list}`), {
        fix: msg(
          `删除模板说明文字，或替换为实际内容：${list}`,
          `delete the template's remarks, or replace them with the report's own text: ${list}`,
        ),
      }),
    );
  }
  if (cover.length > 0) {
    const list = cover.map((h) => `“${h}”`).join("、");
    out.push(
      finding(rule, loc, msg(`封面栏目未填写：${list}`, `cover field left empty: ${list}`), {
        fix: msg(`填写${list}`, `fill in ${list}`),
      }),
    );
  }
  return out;
}
