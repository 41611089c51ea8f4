// visible(): every character that could drive a terminal, reorder what a reviewer reads or
// forge a line is shown as an escape; ordinary text is left exactly as it is.
import { jsonText, visible } from "../../src/cli/safe-text";

const CASES: { name: string; input: string; text: string; html: string }[] = [
  // C0 controls, with the three named ones
  { name: "NUL", input: "a\u0000b", text: "a\\x00b", html: "a\\x00b" },
  { name: "BEL", input: "a\u0007b", text: "a\\x07b", html: "a\\x07b" },
  { name: "ESC, a screen clear", input: "\u001b[2J", text: "\\x1B[2J", html: "\\x1B[2J" },
  {
    name: "OSC retitling the terminal",
    input: "\u001b]0;title\u0007",
    text: "\\x1B]0;title\\x07",
    html: "\\x1B]0;title\\x07",
  },
  { name: "unit separator U+001F", input: "a\u001fb", text: "a\\x1Fb", html: "a\\x1Fb" },
  { name: "LF", input: "a\nb", text: "a\\nb", html: "a\nb" },
  { name: "CR", input: "a\rb", text: "a\\rb", html: "a\rb" },
  { name: "CRLF", input: "a\r\nb", text: "a\\r\\nb", html: "a\r\nb" },
  { name: "tab", input: "一、\t部门", text: "一、\\t部门", html: "一、\t部门" },
  { name: "vertical tab and form feed", input: "\u000b\u000c", text: "\\x0B\\x0C", html: "\\x0B\\x0C" },
  // DEL and C1
  { name: "DEL", input: "a\u007fb", text: "a\\x7Fb", html: "a\\x7Fb" },
  { name: "C1 CSI U+009B", input: "\u009b2J", text: "\\x9B2J", html: "\\x9B2J" },
  { name: "C1 NEL U+0085", input: "a\u0085b", text: "a\\x85b", html: "a\\x85b" },
  { name: "C1 APC U+009F", input: "\u009f", text: "\\x9F", html: "\\x9F" },
  // bidi controls
  { name: "RLO U+202E", input: "报告\u202excod.exe", text: "报告\\u202Excod.exe", html: "报告\\u202Excod.exe" },
  {
    name: "LRE..PDF U+202A-U+202C",
    input: "\u202a\u202b\u202c",
    text: "\\u202A\\u202B\\u202C",
    html: "\\u202A\\u202B\\u202C",
  },
  { name: "LRO U+202D", input: "\u202d", text: "\\u202D", html: "\\u202D" },
  {
    name: "isolates U+2066-U+2069",
    input: "\u2066\u2067\u2068\u2069",
    text: "\\u2066\\u2067\\u2068\\u2069",
    html: "\\u2066\\u2067\\u2068\\u2069",
  },
  { name: "LRM and RLM", input: "\u200e\u200f", text: "\\u200E\\u200F", html: "\\u200E\\u200F" },
  { name: "Arabic letter mark U+061C", input: "\u061c", text: "\\u061C", html: "\\u061C" },
  // zero-width characters: two texts that look the same are shown apart
  {
    name: "zero-width space U+200B",
    input: "部门\u200b基本情况",
    text: "部门\\u200B基本情况",
    html: "部门\\u200B基本情况",
  },
  { name: "zero-width non-joiner U+200C", input: "a\u200cb", text: "a\\u200Cb", html: "a\\u200Cb" },
  {
    name: "zero-width joiner U+200D between letters",
    input: "自评\u200d报告",
    text: "自评\\u200D报告",
    html: "自评\\u200D报告",
  },
  { name: "word joiner U+2060", input: "a\u2060b", text: "a\\u2060b", html: "a\\u2060b" },
  { name: "byte-order mark U+FEFF", input: "\ufeff报告.docx", text: "\\uFEFF报告.docx", html: "\\uFEFF报告.docx" },
  {
    name: "zero-width joiner after an emoji but before a letter",
    input: "👍\u200dx",
    text: "👍\\u200Dx",
    html: "👍\\u200Dx",
  },
  {
    name: "zero-width joiner at the very start and end",
    input: "\u200d\u200d",
    text: "\\u200D\\u200D",
    html: "\\u200D\\u200D",
  },
  // line and paragraph separators
  { name: "U+2028 and U+2029", input: "a\u2028b\u2029c", text: "a\\u2028b\\u2029c", html: "a\\u2028b\\u2029c" },
  // left alone
  {
    name: "ordinary Chinese text",
    input: "深泽县信访局2023年度部门整体支出绩效自评报告",
    text: "深泽县信访局2023年度部门整体支出绩效自评报告",
    html: "深泽县信访局2023年度部门整体支出绩效自评报告",
  },
  {
    name: "full-width punctuation and ideographic space",
    input: "（一）预算执行率：98.5%，“良”。　完",
    text: "（一）预算执行率：98.5%，“良”。　完",
    html: "（一）预算执行率：98.5%，“良”。　完",
  },
  { name: "emoji, with a zero-width joiner and a variation selector", input: "👩‍💻✔️🇨🇳", text: "👩‍💻✔️🇨🇳", html: "👩‍💻✔️🇨🇳" },
  { name: "emoji joined after a skin tone and a variation selector", input: "👩🏽‍💻❤️‍🔥👨‍👩‍👧", text: "👩🏽‍💻❤️‍🔥👨‍👩‍👧", html: "👩🏽‍💻❤️‍🔥👨‍👩‍👧" },
  {
    name: "spaces, no-break space, and a Windows path",
    input: "a b\u00a0c C:\\报告\\a.docx",
    text: "a b\u00a0c C:\\报告\\a.docx",
    html: "a b\u00a0c C:\\报告\\a.docx",
  },
  {
    name: "formula-looking text (a CSV matter, not a terminal one)",
    input: '=HYPERLINK("x")',
    text: '=HYPERLINK("x")',
    html: '=HYPERLINK("x")',
  },
  { name: "the empty string", input: "", text: "", html: "" },
];

for (const c of CASES) {
  test(`visible: ${c.name}`, () => {
    expect(visible(c.input)).toBe(c.text);
    expect(visible(c.input, { whitespace: true })).toBe(c.html);
  });
}

// every character of the classes `visible` escapes (the test looks for control characters on purpose)
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u2028\u2029\ufeff]/g;

test("visible: no character of the unsafe classes survives, whatever the input", () => {
  const all = Array.from({ length: 0x3000 }, (_, i) => String.fromCharCode(i)).join("") + "\ufeff";
  const out = visible(all);
  // the characters left over, by code (an empty list, and a short message when not)
  const left = (out.match(UNSAFE) ?? []).map((c) => c.charCodeAt(0).toString(16));
  expect(left).toEqual([]);
  // and everything else is where it was (compared as a boolean: a failure would print 12,000 characters)
  const others = out.replace(/\\(x[0-9A-F]{2}|u[0-9A-F]{4}|[nrt])/g, "");
  expect(others === all.replace(UNSAFE, "")).toBe(true);
});

// JSON output: the same characters as \uXXXX, which JSON.parse turns back into themselves
const JSON_CASES: [string, string][] = [
  ["ESC and other C0 (escaped by JSON.stringify itself)", "\u001b[2J\u0007"],
  ["DEL and C1", "a\u007fb\u0085c\u009b31m"],
  ["bidi overrides and isolates", "报告\u202excod.exe\u2066\u2069\u200e\u200f\u061c"],
  ["zero-width characters", "部门\u200b基本\u200c情况\u200d\u2060\ufeff"],
  ["line and paragraph separators", "a\u2028b\u2029c"],
  ["emoji (their joiner written as an escape too: JSON is data)", "👩‍💻"],
  ["ordinary Chinese text", "深泽县信访局2023年度部门整体支出绩效自评报告"],
];
// raw anywhere in the JSON but in its own indentation (line feeds)
const RAW_IN_JSON =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u2028\u2029\ufeff]/;

test.each(JSON_CASES)("jsonText: %s — no raw character, and the same string back", (_, text) => {
  const json = jsonText({ text, list: [text], [text]: 1 });
  expect(json).not.toMatch(RAW_IN_JSON);
  expect(JSON.parse(json)).toEqual({ text, list: [text], [text]: 1 });
});

test("jsonText: every character below U+3000, and U+FEFF, survives the round trip", () => {
  const all = Array.from({ length: 0x3000 }, (_, i) => String.fromCharCode(i)).join("") + "\ufeff";
  const json = jsonText({ all });
  expect(RAW_IN_JSON.test(json)).toBe(false);
  expect(JSON.parse(json).all === all).toBe(true);
});

test("jsonText: indented as JSON.stringify(value, null, 2), where nothing is to escape", () => {
  const value = { reports: [{ file: "a.docx", n: 1, ok: true, none: null }] };
  expect(jsonText(value)).toBe(JSON.stringify(value, null, 2));
});
