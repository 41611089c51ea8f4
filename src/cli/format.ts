// Turns Reports into the CLI's text and JSON output. JSON follows the contract in docs/architecture.md.
import type { FileResult, ProfileSource } from "./check-file";
import { countBySeverity, type Report } from "../core/analyze";
import type { Finding, Lang } from "../core/model/finding";
import { groupRepeats, inDocumentOrder } from "../core/model/finding-groups";
import type { Location } from "../core/model/model";
import { severityName, t } from "./i18n";
import { jsonText, visible } from "./safe-text";

export type { FileResult };

/** Human form of a location, 1-based as people count. */
export function describeLocation(lang: Lang, loc: Location): string {
  if (loc.table !== undefined && loc.row !== undefined && loc.column !== undefined)
    return t(lang, "tableCell", { t: loc.table + 1, r: loc.row + 1, c: loc.column + 1 });
  if (loc.table !== undefined && loc.row !== undefined)
    return t(lang, "tableRow", { t: loc.table + 1, r: loc.row + 1 });
  if (loc.paragraph !== undefined) return t(lang, "paragraph", { n: loc.paragraph + 1 });
  return "";
}

/** A fraction as a whole percentage: 0.934 → "93%". */
export const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Items grouped by the section they are in (its id, "" for none): in the order each section's first item comes, the
 * items of no section last.
 */
export function bySection<T>(items: T[], sectionOf: (item: T) => string | undefined): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = sectionOf(item) ?? "";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(item);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === "" ? 1 : b === "" ? -1 : 0));
  return keys.map((key) => [key, groups.get(key)!]);
}

/** What a section's findings are listed under: its heading in the document, else its title; "全文" for id "". */
export function sectionTitle(lang: Lang, report: Report, id: string): string {
  const s = report.sections.find((x) => x.id === id);
  return s ? s.heading?.trim() || s.title : t(lang, "wholeDocument");
}

// JSON is data: a consumer gets the exact text. JSON.stringify escapes C0 controls (\u001b,
// \n …) but would leave DEL, C1, bidi controls (U+202E), zero-width characters and U+2028/2029
// raw, which act on a terminal the JSON is printed to: jsonText writes them as \uXXXX too,
// which JSON.parse turns back into the very same characters.
export function toJson(results: FileResult[], lang: Lang): string {
  const reports = results.map((r) => {
    if ("error" in r) return { file: r.file, error: r.error };
    const { report } = r;
    return {
      file: r.file,
      profile: report.profile,
      profileSource: r.profileSource,
      ...(r.fit
        ? { profileFit: r.fit, profileRanking: (r.ranking ?? []).map((f) => ({ profile: f.profile, score: f.score })) }
        : {}),
      department: report.title.department ?? null,
      year: report.title.year ?? null,
      sections: report.sections.map((s) => ({
        id: s.id,
        title: s.title,
        status: s.status,
        ...(s.location ? { location: s.location } : {}),
        ...(s.heading !== undefined ? { heading: s.heading } : {}),
        ...(s.match ? { match: s.match } : {}),
      })),
      score: { stated: report.score.stated, computed: report.score.computed, grade: report.score.grade },
      findings: report.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message[lang],
        location: f.location,
        ...(f.section ? { section: f.section } : {}),
        ...(f.fix ? { fix: f.fix[lang] } : {}),
        ...(f.figures ? { figures: f.figures } : {}),
      })),
    };
  });
  return jsonText({ reports });
}

// Everything below that a document, a stored profile or a file name brought passes through
// `visible` where it is put into a line: a control, bidi or line-break character in it is
// shown as an escape and can neither drive the terminal nor forge a line of ours.
/** Places of a repeated finding shown before "…". */
const MAX_PLACES = 8;

/** Where a finding (or each place of a repeated one) is: "第 3 段、第 9 段…（共 12 处）". */
function describePlaces(lang: Lang, locations: Location[]): string {
  const zh = lang === "zh-CN";
  const shown = locations.slice(0, MAX_PLACES).map((l) => describeLocation(lang, l));
  const more = locations.length > MAX_PLACES ? "…" : "";
  if (locations.length === 1) return shown[0];
  return zh
    ? `${shown.join("、")}${more}（共 ${locations.length} 处）`
    : `${shown.join(", ")}${more} (${locations.length} places)`;
}

function findingLine(lang: Lang, f: Finding, locations: Location[] = [f.location]): string {
  const mark = f.severity === "error" ? "✖" : f.severity === "warning" ? "⚠" : "ℹ";
  const where = describePlaces(lang, locations);
  const fix = f.fix ? `  → ${visible(f.fix[lang])}` : "";
  // a numeric finding says which figures it used and where each was read
  const figures = f.figures?.length
    ? `\n      ${t(lang, "figuresUsed")}${f.figures.map((x) => (lang === "zh-CN" ? `${visible(x.label)} ${visible(x.value)}（${describeLocation(lang, x.location)}）` : `${visible(x.label)} ${visible(x.value)} (${describeLocation(lang, x.location)})`)).join(lang === "zh-CN" ? "；" : "; ")}`
    : "";
  return `  ${mark} ${severityName(lang, f.severity)}  ${f.rule}  ${where}  ${visible(f.message[lang])}${fix}${figures}`;
}

const SOURCE: Record<ProfileSource, Record<Lang, string>> = {
  option: { "zh-CN": "命令行指定", "en-US": "from --profile" },
  document: { "zh-CN": "文档中保存的模板", "en-US": "stored in the document" },
  auto: { "zh-CN": "按提纲自动选择", "en-US": "chosen by the outline" },
  default: { "zh-CN": "内置默认模板", "en-US": "built-in default" },
};

/** Where the profile came from, with the fit when it was chosen automatically: "按提纲自动选择，吻合度 93%". */
export function describeSource(lang: Lang, r: { profileSource: ProfileSource; fit?: { score: number } }): string {
  const base = SOURCE[r.profileSource][lang];
  if (!r.fit) return base;
  const fit = percent(r.fit.score);
  return lang === "zh-CN" ? `${base}，吻合度 ${fit}` : `${base}, fit ${fit}`;
}

export function toText(results: FileResult[], lang: Lang): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`== ${visible(r.file)} ==`);
    if ("error" in r) {
      out.push(`  ✖ ${visible(r.error.message)}`, "");
      continue;
    }
    const { report } = r;
    const found = report.sections.filter((s) => s.status !== "missing").length;
    const missing = report.sections.filter((s) => s.status === "missing" && s.required).map((s) => visible(s.title));
    const empty = report.sections.filter((s) => s.status === "empty").length;
    const c = countBySeverity(report.findings);
    const sc = report.score;
    const none = t(lang, "none");
    // Chinese lines take full-width punctuation, English lines ASCII
    const p =
      lang === "zh-CN"
        ? { colon: "：", comma: "，", semi: "；", open: "（", close: "）", list: "、" }
        : { colon: ": ", comma: ", ", semi: "; ", open: " (", close: ")", list: ", " };
    // a profile stored in the document brings its own name and id
    out.push(
      `  ${t(lang, "profile")}${p.colon}${visible(r.profileName[lang])}${p.open}${visible(report.profile)}${p.semi}${describeSource(lang, r)}${p.close}`,
    );
    if (report.title.department || report.title.year)
      out.push(
        `  ${[report.title.department && visible(report.title.department), report.title.year && `${report.title.year}`].filter(Boolean).join(" · ")}`,
      );
    out.push(
      `  ${t(lang, "sectionsFound")}${p.colon}${found}/${report.sections.length} ${t(lang, "found")}${empty ? `${p.comma}${empty} ${t(lang, "empty")}` : ""}${missing.length ? `${p.semi}${t(lang, "missing")}${p.colon}${missing.join(p.list)}` : ""}`,
    );
    out.push(
      `  ${t(lang, "score")}${p.colon}${t(lang, "stated")} ${sc.stated ?? none}${p.comma}${t(lang, "computed")} ${sc.computed ?? none}${p.semi}${t(lang, "grade")}${p.colon}${t(lang, "stated")} ${visible(sc.grade.stated ?? none)}${p.comma}${t(lang, "expected")} ${visible(sc.grade.expected ?? none)}`,
    );
    out.push(
      `  ${severityName(lang, "error")} ${c.error} · ${severityName(lang, "warning")} ${c.warning} · ${severityName(lang, "info")} ${c.info}`,
    );
    if (report.findings.length === 0) out.push(`  ${t(lang, "noFindings")}`);
    // a finding repeated (same rule, same words) is one line with its places; lines in document
    // order under the heading of the section their first place is in, findings of no section last
    for (const [key, groups] of bySection(inDocumentOrder(groupRepeats(report.findings)), (g) => g.finding.section)) {
      out.push("", `  【${visible(sectionTitle(lang, report, key))}】`);
      for (const g of groups) out.push(findingLine(lang, g.finding, g.locations));
    }
    out.push("");
  }
  return out.join("\n");
}
