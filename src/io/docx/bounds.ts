// Limits on the numbers a .docx declares. A file may say a cell spans 100 million columns,
// that a paragraph sits at list level 1e9 or that a list starts at 1e15: the reader must
// never do work or allocate memory in proportion to such a number — only to the bytes that
// are really there. Each declared number is read through `declaredInt`, which gives the
// number when it lies in the range Word itself allows and undefined otherwise; the caller
// then uses the default Word would (a span of 1, level 0, a start of 1).

/**
 * Largest file read at all: a 1000-page report with its pictures is some tens of MB. The CLI
 * checks the size on disk before it reads a byte: a file of several GB would not even fit in
 * memory.
 */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** Word allows 63 columns; LibreOffice writes wider grids, so some room above Word's limit. */
export const MAX_GRID_COLUMNS = 256;
/**
 * Most table grid slots (rows × grid width, all tables together) one document may lay out.
 * A 1000-page report holds about 50,000; a crafted file of tiny rows each declaring a wide
 * span would otherwise need gigabytes.
 */
export const MAX_GRID_CELLS = 2_000_000;
/** List levels are 0–8 (w:ilvl), as in Word. */
export const MAX_LIST_LEVEL = 8;
/** Outline levels are 0–9, 9 meaning body text. */
export const MAX_OUTLINE_LEVEL = 9;
/** A list's start value: Word accepts 0–32767. */
export const MAX_LIST_START = 32767;

/**
 * A whole number as written in an attribute ("3", "+3"), within [min, max]; anything else (NaN, 1e8, "Infinity", "2.5")
 * is undefined.
 */
export function declaredInt(raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined || !/^\s*[+-]?\d{1,12}\s*$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}
