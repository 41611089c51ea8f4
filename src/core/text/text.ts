// Text normalisation shared by the outline, the figure reader and the rules.

/** Traditional forms seen in the headings and labels of these reports, each followed by its simplified form. */
export const TRADITIONAL_PAIRS =
  "門门們们體体預预決决績绩評评價价報报況况職职機机構构設设員员產产資资態态從从實实現现標标與与進进問问題题這这開开展展選选總总結结論论針针對对議议組组織织簽签級级項项條条務务財财經经費费規规劃划動动來来會会為为發发應应關关係系個个單单據据數数額额佔占礎础層层導导據据範范圍围並并審审計计專专戶户稅税將将當当時时間间點点點点變变變变應应濟济舉举術术歲岁優优異异達达錄录";

const isFullWidth = (c: number) => (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0xa0;
const halfCode = (c: number) => (c === 0x3000 || c === 0xa0 ? 0x20 : c - 0xfee0);

/** Full-width ASCII (digits, letters, punctuation) to half-width; ideographic space to space. Same length. */
export function toHalfWidth(s: string): string {
  // one scan; nothing is built when there is nothing to fold, and only the folded stretches are copied
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0 || !isFullWidth(c)) continue;
    out += s.slice(from, i) + String.fromCharCode(halfCode(c));
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** JavaScript's \s as a character-code test (a test checks it against /\s/ for every code unit). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f
  );
}

/** In COMPARE_AS: a code unit that comparisons skip (whitespace). */
export const SKIPPED = 0;

/**
 * What each UTF-16 code unit compares as, in one table: full-width forms as half-width,
 * traditional forms as simplified, whitespace (as \s, plus U+200B) as SKIPPED. One array
 * lookup per character replaces three regular-expression passes on hot paths.
 */
export const COMPARE_AS: Uint16Array = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < t.length; c++) t[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2)
    t[TRADITIONAL_PAIRS.charCodeAt(i)] = TRADITIONAL_PAIRS.charCodeAt(i + 1);
  // JavaScript's \s, and the zero-width space
  for (let c = 0; c < t.length; c++) if (isSpaceCode(c)) t[c] = SKIPPED;
  t[0x200b] = SKIPPED;
  return t;
})();

/** The form used for comparing labels and titles: simplified, half-width, no spaces. */
export function normalizeLabel(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = COMPARE_AS[c];
    if (f === c) continue;
    out += s.slice(from, i);
    if (f !== SKIPPED) out += String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parses a Chinese numeral up to the thousands (一, 十二, 二十, 一百零五); NaN when it is not one. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else if (ch in CN_UNITS) {
      total += (digit < 0 ? 1 : digit) * CN_UNITS[ch];
      digit = -1;
    } else return NaN;
  }
  if (digit > 0) total += digit;
  return total;
}

const CN_DIGIT_CHARS = "零一二三四五六七八九";

/** 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五 (as Word's chineseCounting renders them). */
export function formatChineseNumeral(n: number): string {
  if (!Number.isFinite(n) || n <= 0) return String(n);
  if (n >= 10000) return String(n);
  const parts: string[] = [];
  const units = [
    [1000, "千"],
    [100, "百"],
    [10, "十"],
  ] as const;
  let rest = Math.floor(n);
  let zero = false;
  for (const [value, name] of units) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d > 0) {
      if (zero) parts.push("零");
      zero = false;
      // 十二, not 一十二, when the number starts with the tens
      parts.push(value === 10 && d === 1 && parts.length === 0 ? "十" : CN_DIGIT_CHARS[d] + name);
    } else if (parts.length > 0) zero = true;
  }
  if (rest > 0) {
    if (zero) parts.push("零");
    parts.push(CN_DIGIT_CHARS[rest]);
  }
  return parts.join("");
}

/** A literal string as a regular-expression source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * An empty option box on a form ("□优 □良"), and the marks that tick one (a ticked box, a filled square, a check mark).
 */
export const OPTION_BOX = "□☐";
export const OPTION_TICK = "☑☒■▣◼√✓✔";
