// A correction certain enough to apply with one click: replace a few characters of one
// paragraph with others ("优" → "良", "公开公开" → "公开", "[2021]" → "〔2021〕"). Offsets are in
// the paragraph's text as the model holds it; `expect` is what stands there, so an edge
// applies the edit only to a paragraph that still reads so (Word, or a .docx copy). Pure.
import type { DocModel } from "./model";

export interface TextEdit {
  /** Paragraph index in the model. */
  paragraph: number;
  /** [start, end) in the paragraph's text. */
  start: number;
  end: number;
  /** The text at [start, end) when the document was checked. */
  expect: string;
  replace: string;
}

/** An edit of `doc`'s paragraph, checked against its text: undefined when the text there is not `expect`. */
export function textEdit(
  doc: DocModel,
  paragraph: number,
  start: number,
  expect: string,
  replace: string,
): TextEdit | undefined {
  const text = doc.paragraphs[paragraph]?.text;
  if (text === undefined || start < 0 || text.slice(start, start + expect.length) !== expect || expect === replace)
    return undefined;
  return { paragraph, start, end: start + expect.length, expect, replace };
}

/** The paragraph's text with the edit applied. */
export function applyToText(text: string, e: Pick<TextEdit, "start" | "end" | "replace">): string {
  return text.slice(0, e.start) + e.replace + text.slice(e.end);
}

/** How many characters of context each side identify an edit's place when the paragraph is found again. */
export const EDIT_CONTEXT = 12;

/** The text around an edit, as it must still read for the edit to apply: [before, after]. */
export function editContext(text: string, e: Pick<TextEdit, "start" | "end">): [string, string] {
  return [text.slice(Math.max(0, e.start - EDIT_CONTEXT), e.start), text.slice(e.end, e.end + EDIT_CONTEXT)];
}

/**
 * Edits that can be applied together: at most one per place, none overlapping another in
 * the same paragraph (the first one found wins), in document order.
 */
export function compatibleEdits(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.paragraph === e.paragraph && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}
