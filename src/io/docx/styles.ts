// styles.xml: each paragraph style's name, heading level (built-in heading names in
// English or Chinese, or an outline level found along the basedOn chain), linked
// numbering, and whether it is a TOC style.
import { declaredInt, MAX_LIST_LEVEL, MAX_OUTLINE_LEVEL } from "./bounds";
import { attr, parseXml, type XmlSource } from "./xml";

export interface StyleInfo {
  id: string;
  name?: string;
  basedOn?: string;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
}

export interface ResolvedStyle {
  name?: string;
  headingLevel?: number;
  toc: boolean;
  numId?: string;
  ilvl?: number;
}

export class Styles {
  private readonly resolved = new Map<string, ResolvedStyle>();
  constructor(readonly byId: Map<string, StyleInfo>) {}

  resolve(id: string | undefined): ResolvedStyle {
    if (!id) return { toc: false };
    let r = this.resolved.get(id);
    if (!r) {
      r = this.compute(id, 0);
      this.resolved.set(id, r);
    }
    return r;
  }

  private compute(id: string, depth: number): ResolvedStyle {
    const s = this.byId.get(id);
    if (!s || depth > 20) return { toc: false };
    const own = headingFromName(s.name) ?? headingFromName(s.id);
    const base = s.basedOn && s.basedOn !== id ? this.compute(s.basedOn, depth + 1) : { toc: false };
    const outline = s.outlineLvl !== undefined ? (s.outlineLvl < 9 ? s.outlineLvl + 1 : 0) : undefined;
    // a style's own name wins, then its own outline level, then what it inherits
    const headingLevel = own ?? (outline !== undefined ? outline || undefined : base.headingLevel);
    const toc = isTocName(s.name) || isTocName(s.id) || (!s.name && base.toc);
    return { name: s.name, headingLevel, toc, numId: s.numId ?? base.numId, ilvl: s.ilvl ?? (s.numId ? 0 : base.ilvl) };
  }
}

/** "heading 1", "Heading1", "标题 1", "标题1" → 1. */
export function headingFromName(name?: string): number | undefined {
  if (!name) return undefined;
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim());
  return m ? Number(m[1]) : undefined;
}

function isTocName(name?: string): boolean {
  return !!name && /^(toc\s*[1-9]|目录\s*[1-9])$/i.test(name.trim());
}

export function parseStyles(xml: XmlSource | undefined): Styles {
  const byId = new Map<string, StyleInfo>();
  if (!xml) return new Styles(byId);
  let cur: StyleInfo | undefined;
  let inPPr = false;
  let inNumPr = false;
  parseXml(xml, "styles.xml", {
    open(name, a, selfClosing) {
      switch (name) {
        case "style":
          if (attr(a, "type") === "paragraph" || attr(a, "type") === undefined) cur = { id: attr(a, "styleId") ?? "" };
          else cur = undefined;
          if (cur && selfClosing) byId.set(cur.id, cur);
          break;
        case "name":
          if (cur) cur.name = attr(a, "val");
          break;
        case "basedOn":
          if (cur) cur.basedOn = attr(a, "val");
          break;
        case "pPr":
          inPPr = true;
          break;
        case "outlineLvl":
          if (cur && inPPr) cur.outlineLvl = declaredInt(attr(a, "val"), 0, MAX_OUTLINE_LEVEL);
          break;
        case "numPr":
          inNumPr = inPPr;
          break;
        case "numId":
          if (cur && inNumPr) cur.numId = attr(a, "val");
          break;
        case "ilvl":
          if (cur && inNumPr) cur.ilvl = declaredInt(attr(a, "val"), 0, MAX_LIST_LEVEL);
          break;
      }
    },
    close(name) {
      if (name === "style" && cur) {
        byId.set(cur.id, cur);
        cur = undefined;
      } else if (name === "pPr") inPPr = false;
      else if (name === "numPr") inNumPr = false;
    },
  });
  return new Styles(byId);
}
