// Text in a symbol font is not the letters it is stored as. Chinese forms tick their option
// boxes in Wingdings 2 — "R" shows ☑, "S" ☒, "£" □ (a well-known Word trick) — or insert
// Wingdings ☑ / ✓ through Insert ▸ Symbol (w:sym). Read as letters, "£优 R良" would state
// no tick and the first option; read as shown, it states 良.

/** What a character of a symbol font shows, by its code in the font (0x20–0xFF). */
const SHOWN: Record<string, Record<number, string>> = {
  wingdings: { 0x6e: "■", 0x6f: "□", 0xa8: "□", 0xfb: "✗", 0xfc: "✓", 0xfd: "☒", 0xfe: "☑" },
  "wingdings 2": { 0x4f: "✗", 0x50: "✓", 0x52: "☑", 0x53: "☒", 0x54: "☒", 0xa3: "□" },
  symbol: { 0xb4: "×", 0xb3: "≥", 0xa3: "≤", 0xb1: "±", 0xd6: "√", 0xb8: "÷", 0xb0: "°" },
};

/** The symbol font a run's font names, or undefined for an ordinary font. */
export function symbolFont(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const key = name.trim().toLowerCase();
  return key in SHOWN ? key : undefined;
}

/**
 * The symbol font a w:rFonts element gives its run (w:ascii or w:hAnsi), or undefined. Nearly
 * every run of a report has an rFonts, most with East Asian fonts only: two direct look-ups
 * settle those; only a part that does not call its namespace "w" is searched attribute by
 * attribute (enumerating the attributes of 100,000 runs would cost more than the rest of
 * reading them).
 */
export function runSymbolFont(attrs: Record<string, string>): string | undefined {
  const direct = attrs["w:ascii"] ?? attrs["w:hAnsi"];
  if (direct !== undefined) return symbolFont(direct);
  if (attrs["w:eastAsia"] !== undefined || attrs["w:hint"] !== undefined || attrs["w:cs"] !== undefined)
    return undefined;
  for (const k in attrs)
    if (k.endsWith(":ascii") || k.endsWith(":hAnsi") || k === "ascii" || k === "hAnsi") return symbolFont(attrs[k]);
  return undefined;
}

/**
 * Text of a run in a symbol font as it shows. Characters may be stored as themselves or in
 * the private use area (U+F020–U+F0FF). Wingdings pictures with no text meaning are left
 * out; in Symbol, characters not in the table (digits, Latin letters) read as themselves.
 */
export function shownText(font: string, text: string): string {
  const table = SHOWN[font];
  let out = "";
  for (const ch of text) {
    const raw = ch.charCodeAt(0);
    const code = raw >= 0xf000 && raw <= 0xf0ff ? raw - 0xf000 : raw;
    const shown = table[code];
    if (shown !== undefined) out += shown;
    else if (font === "symbol" && code < 0x80) out += String.fromCharCode(code);
  }
  return out;
}

/** A w:sym element: its font and the hexadecimal code of the character ("F052", "0052"). */
export function symText(font: string | undefined, hex: string | undefined): string {
  const key = symbolFont(font);
  if (!key || !hex || !/^[0-9a-f]{1,4}$/i.test(hex)) return "";
  return shownText(key, String.fromCharCode(parseInt(hex, 16)));
}
