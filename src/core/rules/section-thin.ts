import { finding, msg } from "../model/finding";
import type { Rule } from "./rule";
import { meaningful } from "../reading/section-content";

/** Items enumerated inside a sentence: "一是…，二是…", "①…②…", "（1）…（2）…", "1、…2、…" at the start of a clause. */
const ENUMERATED =
  /(?:^|[，,；;。：:])\s*(?:[一二三四五六七八九十]是|[（(]\d{1,2}[)）]|\d{1,2}[、.．)）](?!\d)|[①-⑳])/g;

/**
 * The sentences of a text: stretches ended by 。！？；, each with at least two characters of
 * substance — or, when more, the items it enumerates: Chinese prose often lists its points
 * in one long sentence ("一是…，二是…，三是…。").
 */
export function countSentences(text: string): number {
  const sentences = text.split(/[。！？!?；;\n]+/).filter((s) => /[\u4e00-\u9fa5A-Za-z0-9]{2,}/.test(s)).length;
  return Math.max(sentences, text.match(ENUMERATED)?.length ?? 0);
}

/**
 * A section with content too brief to say anything: fewer sentences than its profile asks
 * (docs/domain.md §7: a 存在的问题 of one sentence). A section whose subsections were found is
 * left to them; an empty one is section-empty's.
 */
export const sectionThin: Rule = {
  id: "section-thin",
  severity: "info",
  description: msg(
    "章节内容过于简略（如“存在的问题”只有一句）",
    "a section is too brief to say anything (e.g. problems in one sentence)",
  ),
  check({ outline, doc, profile }) {
    const out = [];
    const minimum = new Map(profile.sections.flatMap((s) => (s.minSentences ? [[s.id, s.minSentences] as const] : [])));
    const withFoundChildren = new Set(
      outline.sections.filter((s) => s.status === "found" && s.parent).map((s) => s.parent!),
    );
    for (const s of outline.sections) {
      const min = minimum.get(s.id);
      if (
        !min ||
        s.status !== "found" ||
        s.paragraph === undefined ||
        s.end === undefined ||
        withFoundChildren.has(s.id)
      )
        continue;
      // what follows a colon on the heading line is content too ("（一）存在的主要问题：…")
      const inline = outline.items.find((i) => i.paragraph === s.paragraph)?.inlineContent ?? "";
      const texts = [inline, ...doc.paragraphs.slice(s.paragraph + 1, s.end).map((p) => p.text)].filter((t) =>
        meaningful(t, profile),
      );
      const n = texts.reduce((sum, t) => sum + countSentences(t), 0);
      if (n >= min) continue;
      out.push(
        finding(
          this,
          { paragraph: s.paragraph },
          msg(
            `章节“${s.title}”只有 ${n} 句，内容过于简略（至少应有 ${min} 句）`,
            `section "${s.title}" has ${n} sentence${n === 1 ? "" : "s"}: too brief (at least ${min} expected)`,
          ),
          { fix: msg(`充实章节“${s.title}”的内容`, `say more under "${s.title}"`) },
        ),
      );
    }
    return out;
  },
};
