// numbering.xml: renders the label Word shows in front of a list paragraph ("一、",
// "（二）", "3.", "第１章"), so that numbering which is not part of the text is seen
// like numbering that is.
import { formatChineseNumeral } from "../../core/text/text";
import { declaredInt, MAX_LIST_LEVEL, MAX_LIST_START } from "./bounds";
import { attr, parseXml, type XmlSource } from "./xml";

interface Level {
  numFmt: string;
  lvlText: string;
  start: number;
}

interface Num {
  abstractId: string;
  startOverrides: Map<number, number>;
}

export class Numbering {
  /**
   * Counters per abstract list: instances (numId) that share an abstractNum continue one
   * sequence, as Word and LibreOffice render them; an instance with a startOverride
   * restarts that level the first time it is used.
   */
  private readonly counters = new Map<string, number[]>();
  private readonly overridden = new Set<string>();
  constructor(
    private readonly abstracts: Map<string, Map<number, Level>>,
    private readonly nums: Map<string, Num>,
  ) {}

  /** Advances the counter of (numId, ilvl) and returns the rendered label; "" for bullets or unknown lists. */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    if (!num) return "";
    const levels = this.abstracts.get(num.abstractId);
    if (!levels) return "";
    let c = this.counters.get(num.abstractId);
    if (!c) this.counters.set(num.abstractId, (c = []));
    const startOf = (l: number) => num.startOverrides.get(l) ?? levels.get(l)?.start ?? 1;
    if (num.startOverrides.size > 0 && !this.overridden.has(numId)) {
      this.overridden.add(numId);
      for (const l of num.startOverrides.keys()) c[l] = undefined as unknown as number;
    }
    c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl] + 1;
    // a level restarts when a higher level advances
    for (let l = ilvl + 1; l < c.length; l++) c[l] = undefined as unknown as number;
    const lvl = levels.get(ilvl);
    if (!lvl || lvl.numFmt === "bullet" || lvl.numFmt === "none") return "";
    return lvl.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = c![l] ?? startOf(l);
      return formatNumber(value, levels.get(l)?.numFmt ?? "decimal");
    });
  }
}

/**
 * A level's text as Word would take it. Word accepts at most 9 placeholders (%1–%9) and at most
 * 31 characters once they are filled in (MS-OI29500 §2.1.283); a longer text, up to
 * MAX_LVL_TEXT characters as written (room for other producers), is kept, anything beyond is
 * not a level text Word would show and reads as none: a label of 200,000 "%1" must not be
 * rendered for every paragraph of the list.
 */
export const MAX_LVL_TEXT = 255;
const MAX_LVL_PLACEHOLDERS = 9;

export function levelText(raw: string | undefined): string {
  if (!raw || raw.length > MAX_LVL_TEXT) return "";
  return (raw.match(/%[1-9]/g)?.length ?? 0) > MAX_LVL_PLACEHOLDERS ? "" : raw;
}

const IDEOGRAPH_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "ideographDigital":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "chineseLegalSimplified":
      return formatChineseNumeral(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case "ideographTraditional":
      return IDEOGRAPH_TRADITIONAL[(n - 1) % 10] ?? String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return CIRCLED[n - 1] ?? String(n);
    case "lowerLetter":
      return letters(n).toLowerCase();
    case "upperLetter":
      return letters(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    default:
      return String(n);
  }
}

/** Beyond these, a label is written in digits: Word's own letters and numerals stop being readable long before. */
const MAX_LETTER_REPEAT = 4;
const MAX_ROMAN = 3999;

function letters(n: number): string {
  if (n < 1 || n > 26 * MAX_LETTER_REPEAT) return String(n);
  const ch = String.fromCharCode(65 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > MAX_ROMAN) return String(n);
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [v, s] of table)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return out;
}

export function parseNumbering(xml: XmlSource | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, Num>();
  if (!xml) return new Numbering(abstracts, nums);
  let abs: Map<number, Level> | undefined;
  let lvl: Level | undefined;
  let num: Num | undefined;
  let overrideLevel: number | undefined;
  parseXml(xml, "numbering.xml", {
    open(name, a) {
      switch (name) {
        case "abstractNum":
          abs = new Map();
          abstracts.set(attr(a, "abstractNumId") ?? "", abs);
          break;
        case "lvl":
          if (abs) {
            // a level outside 0–8 is read (its children must go somewhere) but never used
            const index = declaredInt(attr(a, "ilvl") ?? "0", 0, MAX_LIST_LEVEL);
            lvl = { numFmt: "decimal", lvlText: "", start: 1 };
            if (index !== undefined) abs.set(index, lvl);
          }
          break;
        case "numFmt":
          if (lvl) lvl.numFmt = attr(a, "val") ?? "decimal";
          break;
        case "lvlText":
          if (lvl) lvl.lvlText = levelText(attr(a, "val"));
          break;
        case "start":
          if (lvl) lvl.start = declaredInt(attr(a, "val"), 0, MAX_LIST_START) ?? 1;
          break;
        case "num":
          num = { abstractId: "", startOverrides: new Map() };
          nums.set(attr(a, "numId") ?? "", num);
          break;
        case "abstractNumId":
          if (num) num.abstractId = attr(a, "val") ?? "";
          break;
        case "lvlOverride":
          overrideLevel = declaredInt(attr(a, "ilvl") ?? "0", 0, MAX_LIST_LEVEL);
          break;
        case "startOverride":
          if (num && overrideLevel !== undefined)
            num.startOverrides.set(overrideLevel, declaredInt(attr(a, "val"), 0, MAX_LIST_START) ?? 1);
          break;
      }
    },
    close(name) {
      if (name === "abstractNum") abs = undefined;
      else if (name === "lvl") lvl = undefined;
      else if (name === "num") num = undefined;
      else if (name === "lvlOverride") overrideLevel = undefined;
    },
  });
  return new Numbering(abstracts, nums);
}
