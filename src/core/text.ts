// Text normalisation shared by the outline, the figure reader and the rules.

/** Traditional forms seen in the headings and labels of these reports, mapped to simplified. */
const TRADITIONAL =
  "門们們们體体預预決决績绩評评價价報报況况職职機机構构設设員员產产資资態态從从實实現现標标與与進进問问題题這这開开展展選选總总結结論论針针對对議议組组織织簽签級级項项條条務务財财經经費费規规劃划動动來来會会為为發发應应關关係系個个單单據据數数額额佔占礎础層层導导據据範范圍围並并審审計计專专戶户稅税將将當当時时間间點点點点變变變变應应濟济舉举術术歲岁優优異异達达錄录";

const tradMap = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) tradMap.set(TRADITIONAL[i], TRADITIONAL[i + 1]);

const FULL_WIDTH = /[\uff01-\uff5e\u3000\u00a0]/g;
const halfOf = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c === 0x3000 || c === 0xa0 ? " " : String.fromCharCode(c - 0xfee0);
};

/** Full-width ASCII (digits, letters, punctuation) to half-width; ideographic space to space. Same length. */
export function toHalfWidth(s: string): string {
  // most text has nothing to fold: the test is a fast scan, the replace runs only when needed
  FULL_WIDTH.lastIndex = 0;
  return FULL_WIDTH.test(s) ? s.replace(FULL_WIDTH, halfOf) : s;
}

/** A simplified character and the traditional forms that fold to it. */
export function variantsOf(ch: string): string[] {
  return [ch, ...[...tradMap.entries()].filter(([, simple]) => simple === ch).map(([trad]) => trad)];
}

const halfWidthCache = new WeakMap<object, string>();

/** A paragraph's text folded to half-width, computed once however many rules ask. */
export function halfWidthOf(p: { text: string }): string {
  let h = halfWidthCache.get(p);
  if (h === undefined) halfWidthCache.set(p, (h = toHalfWidth(p.text)));
  return h;
}

const TRADITIONAL_RE = new RegExp(`[${[...tradMap.keys()].join("")}]`, "g");

export function toSimplified(s: string): string {
  TRADITIONAL_RE.lastIndex = 0;
  return TRADITIONAL_RE.test(s) ? s.replace(TRADITIONAL_RE, (ch) => tradMap.get(ch)!) : s;
}

/** Collapses all whitespace (including ideographic spaces) to nothing: CJK text has no word spaces. */
export function stripSpaces(s: string): string {
  return s.replace(/[\s\u3000\u00a0\u200b]+/g, "");
}

/** The form used for comparing labels and titles: simplified, half-width, no spaces. */
export function normalizeLabel(s: string): string {
  return stripSpaces(toSimplified(toHalfWidth(s)));
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
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

/** Splits text into sentences at Chinese and Latin sentence ends, keeping positions. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^。！？!?；;\n]+[。！？!?；;]?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const t = m[0].trim();
    if (t) out.push({ text: t, start: m.index });
  }
  return out;
}

/** Fills "{name}" placeholders of a message template; unknown names become "". */
export function interpolate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));
}
