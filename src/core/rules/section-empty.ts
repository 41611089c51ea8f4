import { finding, msg } from "../model/finding";
import type { Rule } from "./rule";

/**
 * A section whose heading is there but nothing (or only template placeholders) follows it.
 * A required section left so is an error: a skeleton straight from the template must never
 * check clean, nor look better in a batch than a filled report with one wrong figure. An
 * optional section left empty is a warning.
 */
export const sectionEmpty: Rule = {
  id: "section-empty",
  severity: "error",
  description: msg(
    "章节只有标题、没有内容（必填章节为错误）",
    "a section has a heading but no content (an error for a required section)",
  ),
  check({ outline }) {
    return outline.sections
      .filter((s) => s.status === "empty")
      .map((s) =>
        finding(
          this,
          { paragraph: s.paragraph },
          s.required
            ? msg(
                `必填章节“${s.title}”没有内容（只有标题或模板占位文字）`,
                `required section "${s.title}" is empty (only its heading or the template's placeholder)`,
              )
            : msg(`章节“${s.title}”没有内容`, `section "${s.title}" is empty`),
          {
            severity: s.required ? "error" : "warning",
            fix: msg(
              `在“${s.title}”下填写内容，并删去模板占位文字`,
              `write the content of "${s.title}" and remove the template's placeholder`,
            ),
          },
        ),
      );
  },
};
