import { finding, msg, type Rule } from "../finding";

/** A section whose heading is there but nothing (or only template placeholders) follows it. */
export const sectionEmpty: Rule = {
  id: "section-empty",
  severity: "warning",
  description: msg("章节只有标题、没有内容", "a section has a heading but no content"),
  check({ outline }) {
    return outline.sections
      .filter((s) => s.status === "empty")
      .map((s) => finding(this, { paragraph: s.paragraph }, msg(`章节“${s.title}”没有内容`, `section "${s.title}" is empty`)));
  },
};
