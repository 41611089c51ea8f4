// A typed table of contents against the body: the first heading whose numbering the body
// writes otherwise than the contents do ("二、部门概况" in the 目录, "一、部门概况" in the text).
import type { DocModel } from "../model/model";
import { parseNumbering } from "../text/numbering";
import { headingTitle, typedToc, type OutlineItem } from "../reading/outline-items";
import { normalizeLabel } from "../text/text";

/** A heading's words as compared: numbering, dot leaders and the page number gone. */
export const contentsKey = (text: string) =>
  normalizeLabel(headingTitle(text.replace(/[.…·．\-_\t]{2,}\s*\d*\s*$/, ""), parseNumbering(text)).title);

export interface ContentsMismatch {
  /** The body's heading, found after the contents by its words. */
  heading: OutlineItem;
  /** The numbering as typed in the contents, and on the heading ("" when it has none). */
  inContents: string;
  inBody: string;
  /** The words both share (contentsKey). */
  key: string;
}

/**
 * The first contents line (numbered at one of the top two levels, three lines of contents
 * or more) whose heading in the body, found by its words, is numbered otherwise: the ones
 * after it usually differ for the same reason.
 */
export function firstContentsMismatch(doc: DocModel, items: readonly OutlineItem[]): ContentsMismatch | undefined {
  const toc = typedToc(doc);
  if (toc.size < 3) return undefined;
  const body = items.filter((i) => !toc.has(i.paragraph));
  for (const index of toc) {
    const text = doc.paragraphs[index].text.trim();
    const listed = parseNumbering(text);
    if (!listed || listed.level > 2) continue;
    const key = contentsKey(text);
    if (key.length < 2) continue;
    const heading = body.find((i) => i.paragraph > index && contentsKey(i.text) === key);
    if (!heading) continue;
    const inBody = heading.numbering ? heading.text.slice(0, heading.numbering.length).trim() : "";
    const inContents = text.slice(0, listed.length).trim();
    if (heading.numbering && heading.numbering.family === listed.family && heading.numbering.ordinal === listed.ordinal)
      continue;
    return { heading, inContents, inBody, key };
  }
  return undefined;
}
