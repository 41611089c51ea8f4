// Text that came from a document, a stored profile or a file name, made safe to print on
// a reviewer's terminal. A report is untrusted input: an ESC sequence in it could clear the
// screen or retitle the terminal, a bidi override could reorder what the reviewer reads
// (a file name "<U+202E>xcod.exe" shows as "exe.docx"), a zero-width character could make two
// different texts look the same, and a newline or CR could forge a line of our output. Such
// characters are shown as visible escapes instead of being sent raw.
//
// Notation (one per character, upper-case hex):
//   \n \r \t          line feed, carriage return, tab — the ones people know by name
//   \xHH              every other C0 control (U+0000–U+001F), DEL (U+007F), C1 (U+0080–U+009F)
//   \uHHHH            bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069),
//                     zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and the
//                     line/paragraph separators U+2028, U+2029. A zero-width joiner between
//                     two pictographs is part of an emoji (👩‍💻) and is left alone.
// A backslash already in the text is left as it is (Windows paths read normally): the
// notation is for display, not for turning back into the original string.
//
// Apply it where such a string is put into a line we compose, never to the composed output:
// our own line structure (the "\n" between lines) must stay.

// control characters are what these patterns are for
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u2028\u2029\ufeff]/g;
// the same without tab, LF and CR: in HTML they are whitespace, shown as a space
const UNSAFE_NOT_SPACE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u2028\u2029\ufeff]/g;

const PICTOGRAPH = /^\p{Extended_Pictographic}/u;
/** What may stand between a pictograph and the joiner after it: a variation selector, a skin tone. */
const EMOJI_MODIFIER = /(?:\ufe0f|[\u{1f3fb}-\u{1f3ff}])$/u;

/** Whether the zero-width joiner at `at` joins two pictographs into one emoji (👩‍💻, 👨‍👩‍👧). */
function joinsEmoji(s: string, at: number): boolean {
  if (!PICTOGRAPH.test(s.slice(at + 1, at + 3))) return false;
  let before = s.slice(Math.max(0, at - 4), at);
  const modifier = EMOJI_MODIFIER.exec(before);
  if (modifier) before = before.slice(0, modifier.index);
  // the last character before: one code unit, or a surrogate pair
  const last = /[\ud800-\udbff][\udc00-\udfff]$/.test(before) ? before.slice(-2) : before.slice(-1);
  return PICTOGRAPH.test(last);
}

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeOne(c: string, at: number, s: string): string {
  if (c === "\u200d" && joinsEmoji(s, at)) return c;
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
}

/**
 * `s` with control characters, bidi controls, zero-width characters and line/paragraph
 * separators replaced by visible escapes (see the notation above); everything else — Chinese
 * text, full-width punctuation, emoji, spaces — unchanged. `whitespace: true` leaves tab, LF and CR alone,
 * for output (HTML) where they are only a space and can forge nothing.
 */
export function visible(s: string, options: { whitespace?: boolean } = {}): string {
  return s.replace(options.whitespace ? UNSAFE_NOT_SPACE : UNSAFE, escapeOne);
}

/**
 * Text for HTML. Besides the markup characters, bidi controls (which would reorder what the
 * reviewer reads in the cell or line) and control characters are shown as visible escapes,
 * as in the text output; tab and line breaks are left, since HTML shows them as a space.
 */
export function escapeHtml(s: string): string {
  return visible(s, { whitespace: true }).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/**
 * Characters JSON.stringify leaves raw in strings that are unsafe on a terminal or invisible:
 * DEL, C1 controls, bidi controls, zero-width characters, U+2028/2029 (C0 controls it escapes
 * itself). They can only stand inside strings, never in the JSON's own structure.
 */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u2028\u2029\ufeff]/g;

/**
 * `value` as JSON (indented by two spaces) with the characters of JSON_UNSAFE written as
 * \uXXXX escapes: still valid JSON, and JSON.parse gives back exactly the same strings — a
 * consumer gets the exact text, and a reviewer who prints it sees no bidi or control effect.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}
