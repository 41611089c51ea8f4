// The reviewer's view of a batch: one row per report (whose, which year, the score and
// grade stated and expected, errors, warnings, sections missing), as text, CSV for
// Excel, or one self-contained HTML page with every report's findings.
import { countBySeverity } from "../core/analyze";
import type { Lang } from "../core/finding";
import type { FileResult } from "./check-file";
import { describeLocation, describeSource } from "./format";
import { severityName, t } from "./i18n";
import { visible } from "./safe-text";

/** Figures are numbers, not text, so that the CSV can tell a number we computed from text a document brought. */
export interface SummaryRow {
  file: string;
  department: string;
  year: number | "";
  scoreStated: number | "";
  scoreComputed: number | "";
  gradeStated: string;
  gradeExpected: string;
  errors: number | "";
  warnings: number | "";
  missing: string;
  profile: string;
  /** Where the profile came from (option / document / chosen by the outline, with its fit). */
  profileSource: string;
  problem: string;
}

export function summaryRows(results: FileResult[], lang: Lang): SummaryRow[] {
  return results.map((r) => {
    if ("error" in r)
      return {
        file: r.file,
        department: "",
        year: "",
        scoreStated: "",
        scoreComputed: "",
        gradeStated: "",
        gradeExpected: "",
        errors: "",
        warnings: "",
        missing: "",
        profile: "",
        profileSource: "",
        problem: r.error.message,
      };
    const { report } = r;
    const c = countBySeverity(report.findings);
    const s = report.score;
    return {
      file: r.file,
      department: report.title.department ?? "",
      year: report.title.year ?? "",
      scoreStated: s.stated ?? "",
      scoreComputed: s.computed ?? "",
      gradeStated: s.grade.stated ?? "",
      gradeExpected: s.grade.expected ?? "",
      errors: c.error,
      warnings: c.warning,
      missing: report.sections
        .filter((x) => x.status === "missing" && x.required)
        .map((x) => x.title)
        .join(lang === "zh-CN" ? "、" : ", "),
      profile: report.profile,
      profileSource: describeSource(lang, r),
      problem: "",
    };
  });
}

const COLUMNS: { key: keyof SummaryRow; label: Record<Lang, string>; numeric?: boolean }[] = [
  { key: "file", label: { "zh-CN": "文件", "en-US": "File" } },
  { key: "department", label: { "zh-CN": "部门", "en-US": "Department" } },
  { key: "year", label: { "zh-CN": "年度", "en-US": "Year" }, numeric: true },
  { key: "scoreStated", label: { "zh-CN": "自评得分", "en-US": "Score stated" }, numeric: true },
  { key: "scoreComputed", label: { "zh-CN": "指标表得分", "en-US": "Score computed" }, numeric: true },
  { key: "gradeStated", label: { "zh-CN": "报告等级", "en-US": "Grade stated" } },
  { key: "gradeExpected", label: { "zh-CN": "应评等级", "en-US": "Grade expected" } },
  { key: "errors", label: { "zh-CN": "错误", "en-US": "Errors" }, numeric: true },
  { key: "warnings", label: { "zh-CN": "警告", "en-US": "Warnings" }, numeric: true },
  { key: "missing", label: { "zh-CN": "缺失章节", "en-US": "Sections missing" } },
  { key: "profile", label: { "zh-CN": "模板", "en-US": "Profile" } },
  { key: "profileSource", label: { "zh-CN": "模板来源", "en-US": "Profile source" } },
  { key: "problem", label: { "zh-CN": "无法读取的原因", "en-US": "Why unreadable" } },
];

// OWASP "CSV Injection": Excel and LibreOffice read a cell beginning with = + - @, a tab or
// a CR as a formula (=HYPERLINK(…), +cmd|'/C calc'!A0), and department names, file names,
// section titles from a stored profile and the "why unreadable" text all come from outside.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: text that would start a formula gets a leading single quote, as OWASP
 * recommends; a number we produced (a count, a score, -3) is typed as a number and stays one —
 * decided by the value's type, never by how its text looks. Quoted as CSV requires.
 */
export function csvField(v: string | number): string {
  if (typeof v === "number") return String(v);
  // every text field quoted, as OWASP advises: where the list separator is ";" an unquoted
  // "x;=2*3" would start a new cell with a formula
  return `"${(FORMULA_START.test(v) ? `'${v}` : v).replace(/"/g, '""')}"`;
}

/** UTF-8 with a byte-order mark and CRLF lines, so Excel opens the Chinese text correctly. */
export function toCsv(results: FileResult[], lang: Lang): string {
  const rows = summaryRows(results, lang);
  const lines = [COLUMNS.map((c) => csvField(c.label[lang])).join(","), ...rows.map((r) => COLUMNS.map((c) => csvField(r[c.key])).join(","))];
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

/** The summary as aligned text, for the end of a text report over several files. */
export function summaryText(results: FileResult[], lang: Lang): string {
  const rows = summaryRows(results, lang);
  const cols = COLUMNS.filter((c) => c.key !== "profile" && c.key !== "profileSource" && c.key !== "problem");
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  // cells and problems come from documents and file names: no control or bidi character reaches the terminal
  const cell = (v: string | number) => visible(String(v));
  const table = [cols.map((c) => c.label[lang]), ...rows.map((r) => cols.map((c) => cell(r[c.key]) || "—"))];
  const widths = cols.map((_, i) => table.reduce((m, row) => Math.max(m, width(row[i])), 0));
  const lines = table.map((row) =>
    row
      .map((v, i) => v + " ".repeat(widths[i] - width(v)))
      .join("  ")
      .trimEnd(),
  );
  for (const r of rows) if (r.problem) lines.push(`  ✖ ${visible(r.problem)}`);
  return lines.join("\n");
}

/**
 * Text for HTML. Besides the markup characters, bidi controls (which would reorder what the
 * reviewer reads in the cell or line) and control characters are shown as visible escapes,
 * as in the text output; tab and line breaks are left, since HTML shows them as a space.
 */
export function escapeHtml(s: string): string {
  return visible(s, { whitespace: true }).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const SEVERITY_CLASS = { error: "e", warning: "w", info: "i" } as const;

/**
 * One page that works offline and when mailed: no external asset; everything taken from
 * the documents is escaped. The summary table sorts by any column (a few lines of script).
 */
export function toHtml(results: FileResult[], lang: Lang, generated = new Date()): string {
  const rows = summaryRows(results, lang);
  const T = {
    title: { "zh-CN": "绩效自评报告审核汇总", "en-US": "Self-evaluation reports: review summary" }[lang],
    summary: { "zh-CN": "汇总", "en-US": "Summary" }[lang],
    reports: { "zh-CN": "各报告问题清单", "en-US": "Findings by report" }[lang],
    sortHint: { "zh-CN": "点击列标题排序", "en-US": "Click a column heading to sort" }[lang],
    generated: { "zh-CN": "生成时间", "en-US": "Generated" }[lang],
    files: { "zh-CN": "份报告", "en-US": "reports" }[lang],
  };
  const head = COLUMNS.map(
    (c, i) => `<th scope="col" data-col="${i}"${c.numeric ? ' data-numeric="1"' : ""} tabindex="0" aria-sort="none">${escapeHtml(c.label[lang])}</th>`,
  ).join("");
  const body = rows
    .map((r, ri) => {
      const cls = r.problem ? ' class="bad"' : typeof r.errors === "number" && r.errors > 0 ? ' class="err"' : "";
      return `<tr${cls}>${COLUMNS.map((c) => (c.key === "file" ? `<td><a href="#r${ri}">${escapeHtml(String(r.file))}</a></td>` : `<td>${escapeHtml(String(r[c.key]))}</td>`)).join("")}</tr>`;
    })
    .join("\n");
  const details = results
    .map((r, ri) => {
      const h = `<h3 id="r${ri}">${escapeHtml(r.file)}</h3>`;
      if ("error" in r) return `<section>${h}<p class="bad">${escapeHtml(r.error.message)}</p></section>`;
      const { report } = r;
      const groups = new Map<string, typeof report.findings>();
      for (const f of report.findings) {
        const k = f.section ?? "";
        if (!groups.has(k)) groups.set(k, []);
        groups.get(k)!.push(f);
      }
      const keys = [...groups.keys()].sort((a, b) => (a === "" ? 1 : b === "" ? -1 : 0));
      const meta = `<p class="meta">${escapeHtml([report.title.department, report.title.year?.toString(), `${t(lang, "score")} ${report.score.stated ?? t(lang, "none")} / ${report.score.computed ?? t(lang, "none")}`, `${t(lang, "grade")} ${report.score.grade.stated ?? t(lang, "none")} → ${report.score.grade.expected ?? t(lang, "none")}`].filter(Boolean).join(" · "))}</p>`;
      const lists = keys
        .map((k) => {
          const s = report.sections.find((x) => x.id === k);
          const title = s ? s.heading?.trim() || s.title : t(lang, "wholeDocument");
          const items = groups
            .get(k)!
            .map(
              (f) =>
                `<li class="${SEVERITY_CLASS[f.severity]}"><span class="sev">${escapeHtml(severityName(lang, f.severity))}</span> <code>${escapeHtml(f.rule)}</code> <span class="loc">${escapeHtml(describeLocation(lang, f.location))}</span> ${escapeHtml(f.message[lang])}${f.fix ? ` <span class="fix">→ ${escapeHtml(f.fix[lang])}</span>` : ""}</li>`,
            )
            .join("");
          return `<h4>${escapeHtml(title)}</h4><ul>${items}</ul>`;
        })
        .join("");
      return `<section>${h}${meta}${lists || `<p>${escapeHtml(t(lang, "noFindings"))}</p>`}</section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(T.title)}</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#222;line-height:1.5}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef3f8;cursor:pointer;user-select:none;white-space:nowrap}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
tr.err td{background:#fff4f4}tr.bad td{background:#f4f4f4;color:#666}
li{margin:2px 0}li.e .sev{color:#b00020;font-weight:bold}li.w .sev{color:#a15c00;font-weight:bold}li.i .sev{color:#3b5b8c}
.loc{color:#666}.fix{color:#0b6b2c}.meta{color:#444}.bad{color:#b00020}code{font-size:12px;background:#f3f3f3;padding:0 3px}
</style>
</head>
<body>
<h1>${escapeHtml(T.title)}</h1>
<p>${escapeHtml(`${results.length} ${T.files} · ${T.generated} ${generated.toISOString().slice(0, 16).replace("T", " ")}`)}</p>
<h2>${escapeHtml(T.summary)}</h2>
<p>${escapeHtml(T.sortHint)}</p>
<table id="summary"><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>
<h2>${escapeHtml(T.reports)}</h2>
${details}
<script>
(function () {
  var table = document.getElementById("summary");
  var heads = table.querySelectorAll("th");
  function sort(th) {
    var col = +th.getAttribute("data-col"), numeric = th.hasAttribute("data-numeric");
    var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    heads.forEach(function (h) { h.setAttribute("aria-sort", "none"); });
    th.setAttribute("aria-sort", dir);
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].textContent, y = b.cells[col].textContent, r;
      if (numeric) { var nx = x === "" ? -Infinity : +x, ny = y === "" ? -Infinity : +y; r = nx - ny; }
      else r = x.localeCompare(y, "zh-CN");
      return dir === "ascending" ? r : -r;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  heads.forEach(function (th) {
    th.addEventListener("click", function () { sort(th); });
    th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(th); } });
  });
})();
</script>
</body>
</html>
`;
}
