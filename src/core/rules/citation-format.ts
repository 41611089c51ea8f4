import { finding, msg, type Finding, type Rule } from "../finding";
import { corpusOf, paragraphAt } from "../corpus";
import type { DocModel, DocParagraph } from "../model";
import { toHalfWidth } from "../text";

// 发文机关代字 + bracketed year + serial + 号, with whatever brackets the author typed
const DOC_NUMBER = /([\u4e00-\u9fa5]{1,10})\s*([〔［[【(（]|)\s*(\d{2,4})\s*([〕］\]】)）]|)\s*(\d{1,4})\s*号/g;

function canonical(s: string): string {
  return toHalfWidth(s)
    .replace(/\s+/g, "")
    .replace(/[[【(（]/g, "〔")
    .replace(/[\]】)）]/g, "〕");
}

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Paragraphs where a document number may be: a 号 right after a digit (spaces aside). Found
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
    if (j < 0 || !isAsciiDigit(t.charCodeAt(j))) continue;
    const p = corpus.paragraphs[paragraphAt(corpus, k)];
    if (!p.toc && out[out.length - 1] !== p) out.push(p);
  }
  return out;
}

/** Document numbers not written X〔YYYY〕N号, and citations of superseded documents. */
export const citationFormat: Rule = {
  id: "citation-format",
  severity: "warning",
  description: msg("发文字号格式不规范（应为“X〔YYYY〕N号”）或引用已废止的文件", "a document number not written X〔YYYY〕N号, or a superseded document cited"),
  check({ doc, profile }) {
    const out: Finding[] = [];
    const superseded = profile.citations.superseded.map((s) => ({ ...s, key: canonical(s.old) }));
    for (const p of candidates(doc)) {
      for (const m of p.text.matchAll(DOC_NUMBER)) {
        const [whole, issuer, open, year, close, serial] = m;
        // a plain "第 3 号" or a count ("8号楼") is not a document number: a bracket or a 4-digit year must be there
        if (!open && !close) continue;
        const problems: { zh: string; en: string }[] = [];
        if (open !== "〔" || close !== "〕") problems.push({ zh: "年份应使用六角括号〔〕", en: "the year belongs in 〔〕 brackets" });
        if (year.length !== 4) problems.push({ zh: `年份“${year}”应为四位数`, en: `the year "${year}" should have four digits` });
        if (!open || !close) problems.push({ zh: "括号不成对", en: "a bracket is missing" });
        const fixed = `${issuer}〔${year}〕${serial}号`;
        if (problems.length > 0) {
          out.push(
            finding(
              this,
              { paragraph: p.index },
              msg(
                `发文字号“${whole.trim()}”格式不规范：${problems.map((x) => x.zh).join("；")}`,
                `document number "${whole.trim()}" is malformed: ${problems.map((x) => x.en).join("; ")}`,
              ),
              year.length === 4 ? { fix: msg(`改为“${fixed}”`, `write "${fixed}"`) } : undefined,
            ),
          );
        }
        const key = canonical(whole);
        const old = superseded.find((s) => key.endsWith(s.key) || s.key.endsWith(key));
        if (old) {
          out.push(
            finding(
              this,
              { paragraph: p.index },
              msg(`引用的“${old.old}”已被“${old.replacement}”取代`, `"${old.old}" has been superseded by "${old.replacement}"`),
              { fix: msg(`改为引用“${old.replacement}”`, `cite "${old.replacement}" instead`) },
            ),
          );
        }
      }
    }
    return out;
  },
};
