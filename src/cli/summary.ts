// The reviewer's view of a batch: one row per report (whose, which year, the score and
// grade stated and expected, errors, warnings, sections missing), as text, CSV for
// Excel, or one self-contained HTML page with every report's findings.
import { resolve } from "path";
import { countBySeverity } from "../core/analyze";
import type { Lang } from "../core/model/finding";
import type { FileResult } from "./check-file";
import { describeSource } from "./format";
import { escapeHtml, visible } from "./safe-text";
import { errorChart, gradeChart } from "./summary-charts";
import { reportDetails } from "./summary-details";

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
  const lines = [
    COLUMNS.map((c) => csvField(c.label[lang])).join(","),
    ...rows.map((r) => COLUMNS.map((c) => csvField(r[c.key])).join(",")),
  ];
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

/** A rule's finding named in a few words, for the column of each report's main problems. */
const RULE_SHORT: Record<string, Record<Lang, string>> = {
  "grade-band": { "zh-CN": "等级与得分不符", "en-US": "grade ≠ score" },
  "score-total": { "zh-CN": "得分与指标表不符", "en-US": "score ≠ indicator table" },
  "section-missing": { "zh-CN": "缺少章节", "en-US": "sections missing" },
  "section-empty": { "zh-CN": "章节无内容", "en-US": "empty sections" },
  "section-order": { "zh-CN": "章节顺序", "en-US": "section order" },
  "outline-mismatch": { "zh-CN": "提纲不符", "en-US": "another outline" },
  "sum-mismatch": { "zh-CN": "合计不符", "en-US": "totals" },
  "figure-mismatch": { "zh-CN": "数字前后不一", "en-US": "figures disagree" },
  "rate-mismatch": { "zh-CN": "执行率不符", "en-US": "execution rate" },
  "ratio-mismatch": { "zh-CN": "比率不符", "en-US": "rates" },
  "count-mismatch": { "zh-CN": "数量与列举不符", "en-US": "counts" },
  "over-limit": { "zh-CN": "超出上限", "en-US": "over a limit" },
  "year-mismatch": { "zh-CN": "年份不一致", "en-US": "years" },
  "date-format": { "zh-CN": "日期不完整", "en-US": "dates" },
  "template-residue": { "zh-CN": "模板残留", "en-US": "template left in" },
  "duplicate-text": { "zh-CN": "重复文字", "en-US": "repeated text" },
  "heading-sequence": { "zh-CN": "编号问题", "en-US": "numbering" },
  "citation-format": { "zh-CN": "文号格式", "en-US": "document numbers" },
};

/** The report's main problems in a few words: its errors' rules first, then its warnings', each with a count. */
export function mainProblems(r: FileResult, lang: Lang, most = 3): string {
  if ("error" in r) return "";
  const counts = new Map<string, { severity: number; n: number }>();
  for (const f of r.report.findings) {
    if (f.severity === "info") continue;
    const c = counts.get(f.rule) ?? { severity: f.severity === "error" ? 0 : 1, n: 0 };
    c.severity = Math.min(c.severity, f.severity === "error" ? 0 : 1);
    c.n++;
    counts.set(f.rule, c);
  }
  const sep = lang === "zh-CN" ? "；" : "; ";
  return [...counts]
    .sort((a, b) => a[1].severity - b[1].severity || b[1].n - a[1].n)
    .slice(0, most)
    .map(([rule, c]) => `${RULE_SHORT[rule]?.[lang] ?? rule}${lang === "zh-CN" ? `（${c.n}）` : ` (${c.n})`}`)
    .join(sep);
}

/**
 * Names to show for the files: relative to the folder they all sit in (the full path is
 * on hover), so that 49 rows do not each repeat /home/…/2023年报告/.
 */
export function shortNames(files: string[]): string[] {
  const split = files.map((f) => resolve(f).split(/[\\/]/));
  let common = split.length ? split[0].length - 1 : 0;
  for (const parts of split) {
    let k = 0;
    while (k < common && k < parts.length - 1 && parts[k] === split[0][k]) k++;
    common = k;
  }
  return split.map((parts) => parts.slice(common).join("/"));
}

/** The words of the HTML page, in its language. */
function htmlWords(lang: Lang) {
  const zh = lang === "zh-CN";
  return {
    title: zh ? "绩效自评报告审核汇总" : "Self-evaluation reports: review summary",
    summary: zh ? "汇总" : "Summary",
    pictures: zh ? "总体情况" : "The batch at a glance",
    reports: zh ? "各报告问题清单" : "Findings by report",
    sortHint: zh
      ? "点击列标题排序；点击文件名查看该报告的问题"
      : "Click a column heading to sort; a file name to see its findings",
    generated: zh ? "生成时间" : "Generated",
    files: zh ? "份报告" : "reports",
    top: zh ? "返回顶部" : "Back to top",
    main: zh ? "主要问题" : "Main problems",
    infos: zh ? "提示" : "Infos",
    gradeChart: zh ? "评价等级分布：报告所写与按得分应评" : "Grades: as stated and as due from the score",
    errorChart: zh ? "各报告错误数" : "Errors per report",
    stated: zh ? "报告所写" : "stated",
    due: zh ? "按得分应评" : "due",
    errors: zh ? "错误" : "errors",
    warnings: zh ? "警告" : "warnings",
    gradeOk: zh ? "一致" : "agree",
    gradeWrong: zh ? "不符" : "differ",
  };
}

export type HtmlWords = ReturnType<typeof htmlWords>;

type HtmlColumn = { key: keyof SummaryRow | "infos" | "main"; label: string; numeric?: boolean };

/**
 * The summary table's columns: those of the CSV but the problem (under the file name) and the profile's source, with
 * infos and the main problems after the warnings.
 */
function htmlColumns(lang: Lang, T: HtmlWords): HtmlColumn[] {
  const columns: HtmlColumn[] = [
    ...COLUMNS.filter((c) => c.key !== "problem" && c.key !== "profileSource").map((c) => ({
      key: c.key,
      label: c.label[lang],
      numeric: c.numeric,
    })),
  ];
  columns.splice(
    columns.findIndex((c) => c.key === "warnings") + 1,
    0,
    { key: "infos", label: T.infos, numeric: true },
    { key: "main", label: T.main },
  );
  return columns;
}

/** The summary table: a heading that sorts, a row per report (its file name links to its findings). */
function summaryTable(results: FileResult[], names: string[], lang: Lang, T: HtmlWords): string {
  const rows = summaryRows(results, lang);
  const columns = htmlColumns(lang, T);
  const infos = results.map((r) => ("error" in r ? "" : countBySeverity(r.report.findings).info));
  const head = columns
    .map(
      (c, i) =>
        `<th scope="col" data-col="${i}"${c.numeric ? ' data-numeric="1"' : ""} tabindex="0" aria-sort="none">${escapeHtml(c.label)}</th>`,
    )
    .join("");
  const body = rows
    .map((r, ri) => {
      const cls = r.problem ? ' class="bad"' : typeof r.errors === "number" && r.errors > 0 ? ' class="err"' : "";
      const wrongGrade = !!r.gradeStated && !!r.gradeExpected && r.gradeStated !== r.gradeExpected;
      const cells = columns.map((c) => {
        if (c.key === "file")
          return `<td class="file" title="${escapeHtml(resolve(r.file))}"><a href="#r${ri}">${escapeHtml(names[ri])}</a>${r.problem ? `<div class="bad">${escapeHtml(r.problem)}</div>` : ""}</td>`;
        if (c.key === "infos") return `<td>${infos[ri]}</td>`;
        if (c.key === "main") return `<td class="main">${escapeHtml(mainProblems(results[ri], lang))}</td>`;
        const v = escapeHtml(String(r[c.key]));
        if (c.key === "gradeStated" && wrongGrade)
          return `<td class="flag" title="${escapeHtml(T.gradeWrong)}">✗ ${v}</td>`;
        if (c.key === "missing" && r.missing) return `<td class="flag">${v}</td>`;
        if (c.key === "profile") return `<td class="nowrap">${v}</td>`;
        return `<td>${v}</td>`;
      });
      return `<tr${cls}>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table id="summary"><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>`;
}

const STYLE = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#222;line-height:1.5}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef3f8;cursor:pointer;user-select:none;white-space:nowrap}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
tr.err td{background:#fff4f4}tr.bad td{background:#f4f4f4;color:#666}td.flag{color:#b00020;font-weight:bold;background:#ffe3e3}
td.file{word-break:break-all}.nowrap{white-space:nowrap}td.main{font-size:13px}
li{margin:2px 0}li.e .sev{color:#b00020;font-weight:bold}li.w .sev{color:#a15c00;font-weight:bold}li.i .sev{color:#3b5b8c}
.loc{color:#666}.fix{color:#0b6b2c}.meta{color:#444}.bad{color:#b00020}code{font-size:12px;background:#f3f3f3;padding:0 3px}
details{border-top:1px solid #ddd;padding:6px 0}summary{cursor:pointer;font-weight:bold}.counts{font-weight:normal;color:#555;margin-left:8px}
.back{font-size:13px}.charts{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}figure{margin:0}figcaption{font-weight:bold;margin-bottom:4px}svg{font-size:12px;max-width:100%;height:auto}svg text{fill:#333}svg text.v{fill:#555}
svg .stated{fill:#7a9cc6}svg .due{fill:#2f5d8a}svg .e{fill:#b00020}svg .w{fill:#e0a030}
`;

/** Sorting by a column heading (click, Enter or space), and a link to a report opening its findings. */
const SCRIPT = `(function () {
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
  // a link to a report opens its findings
  document.querySelectorAll('a[href^="#r"]').forEach(function (a) {
    a.addEventListener("click", function () { var d = document.getElementById(a.getAttribute("href").slice(1)); if (d) d.open = true; });
  });
})();
`;

/**
 * One page that works offline and when mailed: no external asset; everything taken from
 * the documents is escaped. The summary table sorts by any column (a few lines of script);
 * each report's findings fold away; two pictures show how the batch stands.
 */
export function toHtml(results: FileResult[], lang: Lang, generated = new Date()): string {
  const names = shortNames(results.map((r) => r.file));
  const T = htmlWords(lang);
  // the pictures: grades stated against grades due, and the errors of each report
  const checked = results.flatMap((r, i) => ("error" in r ? [] : [{ r, name: names[i] }]));
  const details = results.map((r, ri) => reportDetails(r, ri, names[ri], lang, T)).join("\n");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(T.title)}</title>
<style>
${STYLE}</style>
</head>
<body id="top">
<h1>${escapeHtml(T.title)}</h1>
<p>${escapeHtml(`${results.length} ${T.files} · ${T.generated} ${generated.toISOString().slice(0, 16).replace("T", " ")}`)}</p>
<h2>${escapeHtml(T.pictures)}</h2>
<div class="charts">${gradeChart(checked, T)}${errorChart(checked, T)}</div>
<h2>${escapeHtml(T.summary)}</h2>
<p>${escapeHtml(T.sortHint)}</p>
${summaryTable(results, names, lang, T)}
<h2>${escapeHtml(T.reports)}</h2>
${details}
<script>
${SCRIPT}</script>
</body>
</html>
`;
}
