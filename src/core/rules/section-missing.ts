import { fitOf, isMismatch } from "../reading/choose-profile";
import { finding, msg } from "../model/finding";
import type { Rule } from "./rule";

/**
 * A required section the outline does not have. Children of a missing section are not
 * repeated; when the whole outline is another one, outline-mismatch says so once instead.
 */
export const sectionMissing: Rule = {
  id: "section-missing",
  severity: "error",
  description: msg("缺少模板要求的章节", "a section the profile requires is missing"),
  check(ctx) {
    const { outline } = ctx;
    if (isMismatch(fitOf(ctx))) return [];
    const byId = new Map(outline.sections.map((s) => [s.id, s]));
    // where the section would go: the heading of the last found section before it in profile order
    let lastFound: number | undefined;
    const out = [];
    for (const s of outline.sections) {
      if (s.paragraph !== undefined) lastFound = s.paragraph;
      if (s.status !== "missing" || !s.required) continue;
      const parent = s.parent ? byId.get(s.parent) : undefined;
      if (parent && parent.status === "missing") continue;
      const at = lastFound !== undefined ? { paragraph: lastFound } : { paragraph: 0 };
      out.push(
        finding(this, at, msg(`缺少章节“${s.title}”`, `missing section "${s.title}"`), {
          fix: msg(`在相应位置插入章节“${s.title}”`, `insert the section "${s.title}" at its place`),
          action: { kind: "insert-sections", sections: [s.id] },
        }),
      );
    }
    return out;
  },
};
