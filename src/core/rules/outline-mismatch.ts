import { chooseProfile, fitOf, isMismatch } from "../reading/choose-profile";
import { finding, msg } from "../model/finding";
import type { Rule } from "./rule";
import { builtInProfiles } from "../profile/built-in";

const MAX_LISTED = 8;
const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The document's outline is not the profile's: little of what the profile requires is
 * there and few of the document's own top-level headings are its sections. One warning,
 * naming the built-in profile that comes closest and the headings found — instead of a
 * section-missing error for every section (that rule is quiet then).
 */
export const outlineMismatch: Rule = {
  id: "outline-mismatch",
  severity: "warning",
  description: msg(
    "报告提纲与模板不符（指出最接近的内置模板和找到的标题）",
    "the report's outline is not the profile's (names the closest built-in profile and the headings found)",
  ),
  check(ctx) {
    const fit = fitOf(ctx);
    if (!isMismatch(fit)) return [];
    const { profile, outline, doc } = ctx;
    const others = builtInProfiles().filter((p) => p.id !== profile.id);
    const closest = chooseProfile(doc, [profile, ...others]);
    const headings = outline.topHeadings.slice(0, MAX_LISTED).map((h) => h.text.trim());
    const more = outline.topHeadings.length > MAX_LISTED ? "…" : "";
    const zhList = headings.length ? headings.map((h) => `“${h}”`).join("、") + more : "无";
    const enList = headings.length ? headings.map((h) => `"${h}"`).join(", ") + more : "none";
    const same = closest.profile.id === profile.id;
    const zhClosest = same
      ? `内置模板中没有更接近的`
      : `最接近的内置模板是“${closest.profile.name["zh-CN"]}”（${closest.profile.id}，吻合度 ${pct(closest.fit.score)}）`;
    const enClosest = same
      ? `no built-in profile comes closer`
      : `the closest built-in profile is "${closest.profile.name["en-US"]}" (${closest.profile.id}, fit ${pct(closest.fit.score)})`;
    return [
      finding(
        this,
        { paragraph: outline.topHeadings[0]?.paragraph ?? 0 },
        msg(
          `报告的提纲与模板“${profile.name["zh-CN"]}”不符（吻合度 ${pct(fit.score)}，必备章节找到 ${fit.required.found}/${fit.required.total}）；${zhClosest}。找到的一级标题：${zhList}`,
          `the report's outline is not that of "${profile.name["en-US"]}" (fit ${pct(fit.score)}, required sections found ${fit.required.found}/${fit.required.total}); ${enClosest}. Top-level headings found: ${enList}`,
        ),
        {
          fix: same
            ? msg(
                "按模板的提纲整理报告，或换用与本报告提纲一致的模板",
                "arrange the report by the profile's outline, or use a profile of its outline",
              )
            : msg(
                `改用模板 ${closest.profile.id}（--profile ${closest.profile.id}）`,
                `use the profile ${closest.profile.id} (--profile ${closest.profile.id})`,
              ),
        },
      ),
    ];
  },
};
