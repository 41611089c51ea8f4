import { textEdit } from "../model/edits";
import { finding, msg, type Finding } from "../model/finding";
import type { Rule } from "./rule";
import { corpusOf, paragraphAt } from "../text/corpus";
import type { DocModel, DocParagraph } from "../model/model";
import { toHalfWidth } from "../text/text";

// 发文机关代字 + bracketed year + serial + 号, with whatever brackets the author typed
// (the serial may be typed after 第, or left as the template's ** / XX; both are faults with brackets)
const DOC_NUMBER =
  /([\u4e00-\u9fa5]{1,10})\s*([〔［[【(（]|)\s*(\d{2,4})\s*([〕］\]】)）]|)\s*(第\s*)?(\d{1,4}|[*＊XxＸｘ×_＿]{1,4})\s*号/g;
const SERIAL_PLACEHOLDER_CHARS = "*＊XxＸｘ×_＿";
const PLACEHOLDER_SERIAL = /^[*＊XxＸｘ×_＿]+$/;
const ORDINAL_BY_CONVENTION = /(?:字|令|公告|纪要|决定书)$/;

function canonical(s: string): string {
  return toHalfWidth(s)
    .replace(/\s+/g, "")
    .replace(/[[【(（]/g, "〔")
    .replace(/[\]】)）]/g, "〕");
}

/**
 * Characters an issuing agency's code ends with (冀财绩, 石发, 国办函, 冀政字, 财预, 财库 …):
 * a number with no brackets at all is read as a document number only after one of them,
 * so 电话 20221号, 第20221号 and 8号楼 are left alone.
 */
const AGENCY_CODE_END = "发函字办财预绩政通综规教农建资税库社监审电令采债";

/** Words that may run into the agency code in prose (依据冀财绩…, 印发…): not part of the number. */
const LEAD_IN = /^.*(?:根据|依据|按照|依照|参照|遵照|对照|执行|落实|贯彻|印发|转发|下发|文件|通知|以及|和|及|与|的)/;

/** The agency code as written before the number, without the words of the sentence before it. */
function agencyCode(issuer: string): string {
  const code = issuer.replace(LEAD_IN, "");
  return code || issuer;
}

// a year as typed in a document number of our era: 1990–2039
interface Problem {
  zh: string;
  en: string;
}

const plausibleYear = (y: string) => /^(?:199\d|20[0-3]\d)$/.test(y);

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Paragraphs where a document number may be: a 号 right after a digit or a placeholder (spaces aside). Found
 * with one indexOf pass over the whole text, so the full pattern runs on a few paragraphs
 * instead of on every one that mentions 编号 or 号召.
 */
function candidates(doc: DocModel): DocParagraph[] {
  const corpus = corpusOf(doc);
  const t = corpus.text;
  const out: DocParagraph[] = [];
  for (let k = t.indexOf("号"); k >= 0; k = t.indexOf("号", k + 1)) {
    let j = k - 1;
    while (j >= 0 && /\s/.test(t[j])) j--;
    if (j < 0 || !(isAsciiDigit(t.charCodeAt(j)) || SERIAL_PLACEHOLDER_CHARS.includes(t[j]))) continue;
    const p = corpus.paragraphs[paragraphAt(corpus, k)];
    if (!p.toc && out[out.length - 1] !== p) out.push(p);
  }
  return out;
}

/** Document numbers not written X〔YYYY〕N号, and citations of superseded documents. */
export const citationFormat: Rule = {
  id: "citation-format",
  severity: "warning",
  description: msg(
    "发文字号格式不规范（应为“X〔YYYY〕N号”）或引用已废止的文件",
    "a document number not written X〔YYYY〕N号, or a superseded document cited",
  ),
  check({ doc, profile }) {
    const out: Finding[] = [];
    const superseded = profile.citations.superseded.map((s) => ({ ...s, key: canonical(s.old) }));
    for (const p of candidates(doc))
      for (const m of p.text.matchAll(DOC_NUMBER)) {
        const malformed = malformedNumber(this, doc, p, m);
        if (malformed === "not-a-number") continue;
        if (malformed) out.push(malformed);
        const key = canonical(m[0]);
        const old = superseded.find((s) => key.endsWith(s.key) || s.key.endsWith(key));
        if (old) out.push(supersededCitation(this, p, old));
      }
    return out;
  },
};

/** What is wrong with a document number as typed, and its serial as it should be written. */
function numberProblems(m: RegExpMatchArray, code: string): { problems: Problem[]; serial: string } | "not-a-number" {
  const [, , open, year, close, ordinal, serial] = m;
  const unfilled = PLACEHOLDER_SERIAL.test(serial);
  // 罚决字〔2023〕第5号, 令〔2021〕第3号, 公告, 纪要: numbers that carry 第 by convention
  const keepsOrdinal = !!ordinal && ORDINAL_BY_CONVENTION.test(code);
  const problems: Problem[] = [];
  if (!open && !close) {
    if (ordinal || unfilled) return "not-a-number";
    // a plain "第 3 号" or a count ("8号楼") is not a document number: with no bracket at all, only a
    // year of our era right after an agency's code is (冀财绩20221号 for 冀财绩〔2022〕1号)
    if (
      year.length !== 4 ||
      !plausibleYear(year) ||
      code.length < 2 ||
      !AGENCY_CODE_END.includes(code[code.length - 1])
    )
      return "not-a-number";
    problems.push({ zh: "年份缺少六角括号〔〕", en: "the year is not in 〔〕 brackets" });
    // the serial is written without leading zeros (GB/T 9704: 1, not 001)
    return { problems, serial: String(Number(serial)) };
  }
  if (open !== "〔" || close !== "〕")
    problems.push({ zh: "年份应使用六角括号〔〕", en: "the year belongs in 〔〕 brackets" });
  if (year.length !== 4)
    problems.push({ zh: `年份“${year}”应为四位数`, en: `the year "${year}" should have four digits` });
  if (!open || !close) problems.push({ zh: "括号不成对", en: "a bracket is missing" });
  if (ordinal && !keepsOrdinal) problems.push({ zh: "序号前不加“第”", en: "no 第 before the serial number" });
  if (unfilled) problems.push({ zh: `序号“${serial}”未填写`, en: `the serial number "${serial}" was never filled in` });
  return { problems, serial };
}

/** A document number not written X〔YYYY〕N号, with its correction; undefined when it is well written. */
function malformedNumber(
  rule: Rule,
  doc: DocModel,
  p: DocParagraph,
  m: RegExpMatchArray,
): Finding | undefined | "not-a-number" {
  const [whole, issuer, , year, , ordinal, serial] = m;
  const code = agencyCode(issuer);
  const read = numberProblems(m, code);
  if (read === "not-a-number") return read;
  if (read.problems.length === 0) return undefined;
  const typed = whole.slice(issuer.length - code.length).trim();
  const unfilled = PLACEHOLDER_SERIAL.test(serial);
  const keepsOrdinal = !!ordinal && ORDINAL_BY_CONVENTION.test(code);
  const fixed = `${code}〔${year}〕${keepsOrdinal ? "第" : ""}${unfilled ? "N" : read.serial}号`;
  // certain when the year has its four digits and the serial is there: the brackets, a 第, the spaces
  const edit =
    year.length === 4 && !unfilled ? textEdit(doc, p.index, m.index! + whole.indexOf(typed), typed, fixed) : undefined;
  return finding(
    rule,
    { paragraph: p.index },
    msg(
      `发文字号“${typed}”格式不规范：${read.problems.map((x) => x.zh).join("；")}`,
      `document number "${typed}" is malformed: ${read.problems.map((x) => x.en).join("; ")}`,
    ),
    year.length === 4
      ? { fix: msg(`改为“${fixed}”`, `write "${fixed}"`), edit }
      : {
          fix: msg(
            `补全四位年份，写作“${code}〔年份〕${serial}号”`,
            `give the year in four digits: "${code}〔YYYY〕${serial}号"`,
          ),
        },
  );
}

/** A cited document the profile lists as replaced by another. */
function supersededCitation(rule: Rule, p: DocParagraph, old: { old: string; replacement: string }): Finding {
  return finding(
    rule,
    { paragraph: p.index },
    msg(`引用的“${old.old}”已被“${old.replacement}”取代`, `"${old.old}" has been superseded by "${old.replacement}"`),
    { fix: msg(`改为引用“${old.replacement}”`, `cite "${old.replacement}" instead`) },
  );
}
