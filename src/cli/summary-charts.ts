// The two pictures of the HTML batch summary (summary.ts): the grades the reports state against
// the grades their scores are due, and each report's errors and warnings. Inline SVG: no
// script, no external asset; everything taken from the documents is escaped.
import { countBySeverity } from "../core/analyze";
import type { CheckedFile } from "./check-file";
import { escapeHtml } from "./safe-text";
import type { HtmlWords } from "./summary";

/** A report that could be read, with the name it is shown by. */
export interface Checked {
  r: CheckedFile;
  name: string;
}

type Bar = { name: string; values: { value: number; cls: string; title: string }[] };

/**
 * Bars as inline SVG: no script, no external asset; each bar's value in its title, the whole described for a screen
 * reader.
 */
function barChart(label: string, bars: Bar[], legend: { cls: string; text: string }[]): string {
  const rowH = 22;
  const nameW = 140;
  const plotW = 300;
  const max = Math.max(1, ...bars.flatMap((b) => b.values.map((v) => v.value)));
  const per = bars[0]?.values.length ?? 1;
  const barH = Math.max(4, Math.floor((rowH - 6) / per));
  const height = bars.length * rowH + 24;
  const rows = bars
    .map((b, i) => {
      const y = i * rowH;
      const rects = b.values
        .map((v, k) => {
          const w = Math.round((v.value / max) * plotW);
          return `<rect class="${v.cls}" x="${nameW}" y="${y + 3 + k * barH}" width="${Math.max(w, v.value > 0 ? 2 : 0)}" height="${barH - 1}"><title>${escapeHtml(v.title)}</title></rect><text x="${nameW + w + 4}" y="${y + 3 + k * barH + barH - 2}" class="v">${v.value}</text>`;
        })
        .join("");
      return `<text x="${nameW - 6}" y="${y + rowH / 2 + 4}" text-anchor="end">${escapeHtml(b.name.length > 14 ? `${b.name.slice(0, 13)}…` : b.name)}</text>${rects}`;
    })
    .join("");
  const keys = legend
    .map(
      (l, k) =>
        `<rect class="${l.cls}" x="${nameW + k * 120}" y="${bars.length * rowH + 8}" width="10" height="10"/><text x="${nameW + k * 120 + 14}" y="${bars.length * rowH + 17}">${escapeHtml(l.text)}</text>`,
    )
    .join("");
  return `<figure><figcaption>${escapeHtml(label)}</figcaption><svg role="img" aria-label="${escapeHtml(label)}" width="${nameW + plotW + 60}" height="${height}" viewBox="0 0 ${nameW + plotW + 60} ${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(label)}</title>${rows}${keys}</svg></figure>`;
}

/** Grade words in their order, best first; a grade of another scale after them. */
const GRADE_ORDER = ["优", "良", "中", "差"];

/** How many reports state each grade, and how many are due it from their score; "" when no report has a grade. */
export function gradeChart(checked: Checked[], T: HtmlWords): string {
  const grades = [
    ...new Set(
      checked
        .flatMap(({ r }) => [r.report.score.grade.stated, r.report.score.grade.expected])
        .filter((g): g is string => !!g),
    ),
  ];
  grades.sort((a, b) => (GRADE_ORDER.indexOf(a) + 1 || 99) - (GRADE_ORDER.indexOf(b) + 1 || 99));
  if (!grades.length) return "";
  return barChart(
    T.gradeChart,
    grades.map((g) => {
      const stated = checked.filter((c) => c.r.report.score.grade.stated === g).length;
      const due = checked.filter((c) => c.r.report.score.grade.expected === g).length;
      return {
        name: g,
        values: [
          { value: stated, cls: "stated", title: `${g} ${T.stated} ${stated}` },
          { value: due, cls: "due", title: `${g} ${T.due} ${due}` },
        ],
      };
    }),
    [
      { cls: "stated", text: T.stated },
      { cls: "due", text: T.due },
    ],
  );
}

/** Each report's errors and warnings; "" when no report could be read. */
export function errorChart(checked: Checked[], T: HtmlWords): string {
  if (!checked.length) return "";
  return barChart(
    T.errorChart,
    checked.map(({ r, name }) => {
      const c = countBySeverity(r.report.findings);
      return {
        name,
        values: [
          { value: c.error, cls: "e", title: `${name} ${T.errors} ${c.error}` },
          { value: c.warning, cls: "w", title: `${name} ${T.warnings} ${c.warning}` },
        ],
      };
    }),
    [
      { cls: "e", text: T.errors },
      { cls: "w", text: T.warnings },
    ],
  );
}
