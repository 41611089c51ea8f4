// Each report's findings in the HTML batch summary (summary.ts): one <details> per report, its
// findings listed under the section they are in; everything taken from the documents is escaped.
import { resolve } from "path";
import { countBySeverity, type Report } from "../core/analyze";
import type { Lang } from "../core/model/finding";
import type { FileResult } from "./check-file";
import { bySection, describeLocation, sectionTitle } from "./format";
import { severityName, t } from "./i18n";
import { escapeHtml } from "./safe-text";
import type { HtmlWords } from "./summary";

const SEVERITY_CLASS = { error: "e", warning: "w", info: "i" } as const;

/** Report `ri` (shown as `name`): why it could not be read, or its figures and its findings; errors open at once. */
export function reportDetails(r: FileResult, ri: number, name: string, lang: Lang, T: HtmlWords): string {
  const zh = lang === "zh-CN";
  const back = `<p class="back"><a href="#top">↑ ${escapeHtml(T.top)}</a></p>`;
  if ("error" in r)
    return `<details id="r${ri}" open><summary>${escapeHtml(name)} <span class="bad">${escapeHtml(zh ? "无法读取" : "unreadable")}</span></summary><p class="bad">${escapeHtml(r.error.message)}</p>${back}</details>`;
  const { report } = r;
  const c = countBySeverity(report.findings);
  const lists = findingLists(report, lang);
  const counts = zh
    ? `错误 ${c.error} · 警告 ${c.warning} · 提示 ${c.info}`
    : `${c.error} ${c.error === 1 ? "error" : "errors"} · ${c.warning} ${c.warning === 1 ? "warning" : "warnings"} · ${c.info} ${c.info === 1 ? "info" : "infos"}`;
  return `<details id="r${ri}"${c.error ? " open" : ""}><summary title="${escapeHtml(resolve(r.file))}">${escapeHtml(name)} <span class="counts">${escapeHtml(counts)}</span></summary>${metaLine(report, lang, T)}${lists || `<p>${escapeHtml(t(lang, "noFindings"))}</p>`}${back}</details>`;
}

/** Department, year, score stated and computed, and the grade stated against the grade due. */
function metaLine(report: Report, lang: Lang, T: HtmlWords): string {
  const g = report.score.grade;
  const gradeWords =
    g.stated && g.expected
      ? lang === "zh-CN"
        ? `报告等级“${g.stated}”，按得分应为“${g.expected}”（${g.stated === g.expected ? T.gradeOk : T.gradeWrong}）`
        : `grade stated "${g.stated}", due from the score "${g.expected}" (${g.stated === g.expected ? T.gradeOk : T.gradeWrong})`
      : `${t(lang, "grade")} ${g.stated ?? t(lang, "none")}`;
  return `<p class="meta">${escapeHtml(
    [
      report.title.department,
      report.title.year?.toString(),
      `${t(lang, "score")} ${report.score.stated ?? t(lang, "none")} / ${report.score.computed ?? t(lang, "none")}`,
      gradeWords,
    ]
      .filter(Boolean)
      .join(" · "),
  )}</p>`;
}

/** The findings under the heading of the section they are in, findings of no section last; "" for none. */
function findingLists(report: Report, lang: Lang): string {
  return bySection(report.findings, (f) => f.section)
    .map(([key, findings]) => {
      const items = findings
        .map(
          (f) =>
            `<li class="${SEVERITY_CLASS[f.severity]}"><span class="sev">${escapeHtml(severityName(lang, f.severity))}</span> <code>${escapeHtml(f.rule)}</code> <span class="loc">${escapeHtml(describeLocation(lang, f.location))}</span> ${escapeHtml(f.message[lang])}${f.fix ? ` <span class="fix">→ ${escapeHtml(f.fix[lang])}</span>` : ""}</li>`,
        )
        .join("");
      return `<h4>${escapeHtml(sectionTitle(lang, report, key))}</h4><ul>${items}</ul>`;
    })
    .join("");
}
