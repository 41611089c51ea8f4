// Recognises the numbering of official documents at the start of a line, whichever
// way it was typed: 一、 （一） 1. （1） with ASCII or full-width brackets, 、 or . or ．,
// stray spaces, a missing 、 — and 第一部分 / 第一章. A （一） typed with one bracket
// missing (（三 …, 三）…) or with a full- and a half-width bracket paired (（四)) is still
// numbering, marked `brackets` so that heading-sequence can say so.
import { hasDigit } from "./numbers";
import { isSpaceCode, parseChineseNumeral, toHalfWidth } from "./text";

export type NumberingFamily = "cn" | "cn-paren" | "arabic" | "arabic-paren" | "part" | "circled";

export interface Numbering {
  family: NumberingFamily;
  /** Level in the 公文 hierarchy: 一、=1, （一）=2, 1.=3, （1）=4; 第一部分 = 1. */
  level: number;
  ordinal: number;
  /** How it was written, for spotting mixed styles: e.g. "一、", "(一)", "（一）", "1.", "1、". */
  variant: string;
  /** Length of the numbering prefix in the original text (including spaces after it). */
  length: number;
  /**
   * Set when the brackets of （一） or （1） are typed wrong: one of the pair missing
   * (（三 …, 一）…) or a full-width and a half-width bracket paired (（四), (1）).
   */
  brackets?: "open-missing" | "close-missing" | "mixed";
}

const CN = "[一二三四五六七八九十百零〇两]+";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

type Brackets = Numbering["brackets"];

/** A pair of brackets as typed: `mixed` when one is full-width and the other half-width. */
const pairOf = (open: string, close: string): Brackets => ((open === "(") !== (close === ")") ? "mixed" : undefined);

const PATTERNS: {
  re: RegExp;
  family: NumberingFamily;
  level: number;
  variant: (m: RegExpExecArray) => string;
  brackets?: (m: RegExpExecArray) => Brackets;
  /** A last check on the text after the match: false when it is not numbering after all. */
  accept?: (rest: string) => boolean;
}[] = [
  { re: new RegExp(`^第(${CN})(部分|章|节)\\s*`), family: "part", level: 1, variant: (m) => `第${m[2]}` },
  // （一） / (一) / （一) — the last with its brackets mixed
  {
    re: new RegExp(`^([（(])\\s*(${CN})\\s*([）)])\\s*[、.，]?\\s*`),
    family: "cn-paren",
    level: 2,
    variant: (m) => (m[1] === "(" ? "(一)" : "（一）"),
    brackets: (m) => pairOf(m[1], m[3]),
  },
  // （三 加强管理 / （三、加强管理: the closing bracket forgotten — unless one follows on the line (（三、四季度）)
  {
    re: new RegExp(`^([（(])\\s*(${CN})(?:\\s*[、.．，]\\s*|\\s+)(?=\\S)`),
    family: "cn-paren",
    level: 2,
    variant: (m) => (m[1] === "(" ? "(一)" : "（一）"),
    brackets: () => "close-missing",
    accept: (rest) => !closesFirst(rest),
  },
  // 三）加强管理: the opening bracket forgotten
  {
    re: new RegExp(`^()(${CN})\\s*([）)])\\s*[、.，]?\\s*(?=\\S)`),
    family: "cn-paren",
    level: 2,
    variant: (m) => (m[3] === ")" ? "(一)" : "（一）"),
    brackets: () => "open-missing",
  },
  // 一、 / 一. / 一． / 一 (space)
  {
    re: new RegExp(`^(${CN})\\s*([、.．，,])\\s*`),
    family: "cn",
    level: 1,
    variant: (m) => `一${m[2] === "．" ? "." : m[2] === "," ? "，" : m[2]}`,
  },
  { re: new RegExp(`^(${CN})\\s+(?=\\S)`), family: "cn", level: 1, variant: () => "一 " },
  // （1） / (1)
  {
    re: /^([（(])\s*([0-9０-９]{1,5})\s*([）)])\s*[、.]?\s*/,
    family: "arabic-paren",
    level: 4,
    variant: (m) => (m[1] === "(" ? "(1)" : "（1）"),
    brackets: (m) => pairOf(m[1], m[3]),
  },
  // 1. / 1、 / 1． / 1 . — but not 1.5 or 2023年
  {
    re: /^([0-9０-９]{1,5})\s*([、.．])(?![0-9０-９])\s*/,
    family: "arabic",
    level: 3,
    variant: (m) => `1${m[2] === "．" ? "." : m[2]}`,
  },
  { re: new RegExp(`^([${CIRCLED}])\\s*`), family: "circled", level: 5, variant: () => "①" },
];

/** True when a closing bracket comes in `rest` before any opening one: the bracket at the start was closed. */
function closesFirst(rest: string): boolean {
  const close = rest.search(/[）)]/);
  if (close < 0) return false;
  const open = rest.search(/[（(]/);
  return open < 0 || close < open;
}

// every pattern starts with one of these: most paragraphs are ruled out by their first character
const FIRST_CHARS = new Set(
  [...("第（(一二三四五六七八九十百零〇两0123456789０１２３４５６７８９" + CIRCLED)].map((c) => c.charCodeAt(0)),
);

/** The numbering at the start of `text`, or undefined. */
export function parseNumbering(text: string): Numbering | undefined {
  let lead = 0;
  while (lead < text.length && isSpaceCode(text.charCodeAt(lead))) lead++;
  if (!FIRST_CHARS.has(text.charCodeAt(lead))) return undefined;
  const t = text.slice(lead);
  for (const p of PATTERNS) {
    const m = p.re.exec(t);
    if (!m) continue;
    let ordinal: number;
    if (p.family === "circled") ordinal = CIRCLED.indexOf(m[1]) + 1;
    else {
      const raw = p.family === "cn-paren" || p.family === "arabic-paren" ? m[2] : m[1];
      ordinal = hasDigit(raw) ? Number(toHalfWidth(raw)) : parseChineseNumeral(raw);
    }
    if (!Number.isFinite(ordinal) || ordinal <= 0) continue;
    // "一 " (space, no 、) only counts when something heading-like follows, not "一 个"
    if (p.variant(m) === "一 " && t.length - m[0].length < 2) continue;
    if (p.accept && !p.accept(t.slice(m[0].length))) continue;
    const brackets = p.brackets?.(m);
    return {
      family: p.family,
      level: p.level,
      ordinal,
      variant: p.variant(m),
      length: lead + m[0].length,
      ...(brackets ? { brackets } : {}),
    };
  }
  return undefined;
}
