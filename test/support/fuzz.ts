// Seeded mutations of real .docx files, for the fuzz test and `npm run fuzz`: byte flips,
// truncation, and structural mutations of document.xml, numbering.xml and styles.xml — the
// numbers a file declares set to hostile values, elements repeated, dropped or spliced,
// control characters in text. The same seed gives the same files.
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const ROOT = join(__dirname, "..", "..");
const WORD_AUTHORED = join(ROOT, "..", "shared", "fixtures", "word-authored");

/** Real files to start from: ours (LibreOffice, the sample) and, where present, the files Word and WPS wrote. */
export function fuzzBases(): { name: string; bytes: Uint8Array }[] {
  const files = [
    ...readdirSync(join(ROOT, "test", "fixtures", "libreoffice")).map((f) =>
      join(ROOT, "test", "fixtures", "libreoffice", f),
    ),
    join(ROOT, "examples", "sample-report.docx"),
  ];
  if (existsSync(WORD_AUTHORED)) files.push(...readdirSync(WORD_AUTHORED).map((f) => join(WORD_AUTHORED, f)));
  return files
    .filter((f) => f.endsWith(".docx"))
    .map((f) => ({
      name: f
        .split("/")
        .pop()!
        .replace(/\.docx$/, ""),
      bytes: new Uint8Array(readFileSync(f)),
    }));
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Random, n: number) => Math.floor(r() * n);

/** Values a crafted or damaged file puts where a small whole number belongs. */
const HOSTILE_NUMBERS = [
  "0",
  "-1",
  "999999",
  "1e8",
  "100000000",
  "2147483648",
  "1000000000000000",
  "NaN",
  "Infinity",
  "",
  "1.5",
  "0x10",
  "٣",
];
/** Attributes whose value is a declared number (or an id that indexes something). */
const NUMBER_ATTRS =
  /(<w:(?:gridSpan|ilvl|start|startOverride|outlineLvl|gridBefore|gridAfter|numId|abstractNumId|lvlOverride|lvl)\b[^>]*?\bw:(?:val|ilvl|abstractNumId|numId)=")([^"]*)(")/g;
/** Elements a mutation may insert where properties are read. */
const INSERTS = [
  () => `<w:gridSpan w:val="${HOSTILE_NUMBERS[2]}"/>`,
  () => `<w:vMerge/>`,
  () => `<w:vMerge w:val="restart"/>`,
  () => `<w:numPr><w:ilvl w:val="1000000000"/><w:numId w:val="1"/></w:numPr>`,
  () => `<w:outlineLvl w:val="1000000000"/>`,
  () => `<w:gridBefore w:val="100000000"/>`,
  () => `<w:altChunk r:id="rId999"/>`,
  () =>
    `<w:fldChar w:fldCharType="begin"/><w:instrText> TOC \\o "1-3" </w:instrText><w:fldChar w:fldCharType="separate"/>`,
  () => `<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr>`,
  () => `</w:tc></w:tr></w:tbl>`,
  () => `<w:t>\u001b[2J\u202e\r</w:t>`,
];

export type MutationKind = "byte-flip" | "truncate" | "number" | "repeat" | "drop-tag" | "insert" | "swap" | "controls";
export const MUTATION_KINDS: MutationKind[] = [
  "byte-flip",
  "truncate",
  "number",
  "repeat",
  "drop-tag",
  "insert",
  "swap",
  "controls",
];

const STRUCTURAL_PARTS = ["word/document.xml", "word/numbering.xml", "word/styles.xml"];

/** Replaces one XML part of the package and zips it again (or the bytes unchanged when the package does not unzip). */
function mutatePart(
  bytes: Uint8Array,
  r: Random,
  change: (xml: string) => string,
): { bytes: Uint8Array; part: string } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return { bytes, part: "(not a zip)" };
  }
  const parts = STRUCTURAL_PARTS.filter((p) => files[p]);
  if (!parts.length) return { bytes, part: "(no part)" };
  const part = pick(r, parts);
  files[part] = strToU8(change(strFromU8(files[part])));
  // a fixed time stamp: the same seed must give the same bytes
  return { bytes: zipSync(files, { mtime: new Date(2000, 0, 1) }), part };
}

/** A stretch of the XML that is one element: a paragraph, a row, a cell, a list level, a style. */
function elementAt(xml: string, r: Random): [number, number] | undefined {
  const tag = pick(r, ["w:p", "w:tr", "w:tc", "w:lvl", "w:style", "w:tbl", "w:num"]);
  const starts: number[] = [];
  const re = new RegExp(`<${tag}[ >]`, "g");
  for (let m = re.exec(xml); m && starts.length < 5000; m = re.exec(xml)) starts.push(m.index);
  if (!starts.length) return undefined;
  const start = pick(r, starts);
  const end = xml.indexOf(`</${tag}>`, start);
  return end < 0 ? undefined : [start, end + tag.length + 3];
}

/** One mutated file: what was done (to reproduce and to report) and its bytes. */
export function mutate(base: Uint8Array, kind: MutationKind, r: Random): { bytes: Uint8Array; what: string } {
  switch (kind) {
    case "byte-flip": {
      const out = base.slice();
      const n = 1 + int(r, 8);
      for (let i = 0; i < n; i++) out[int(r, out.length)] ^= 1 << int(r, 8);
      return { bytes: out, what: `${n} bits flipped` };
    }
    case "truncate": {
      const at = int(r, base.length);
      return { bytes: base.slice(0, at), what: `cut at byte ${at} of ${base.length}` };
    }
    case "number": {
      const value = pick(r, HOSTILE_NUMBERS);
      const share = r();
      const { bytes, part } = mutatePart(base, r, (xml) =>
        xml.replace(NUMBER_ATTRS, (all, a: string, _v: string, b: string) => (r() < share ? a + value + b : all)),
      );
      return { bytes, what: `${part}: declared numbers set to "${value}" (share ${share.toFixed(2)})` };
    }
    case "repeat": {
      const times = pick(r, [2, 50, 2000]);
      let what = "";
      const { bytes, part } = mutatePart(base, r, (xml) => {
        const at = elementAt(xml, r);
        if (!at) return xml;
        what = `${xml.slice(at[0], at[0] + 8)}… ×${times}`;
        return xml.slice(0, at[1]) + xml.slice(at[0], at[1]).repeat(times - 1) + xml.slice(at[1]);
      });
      return { bytes, what: `${part}: ${what || "nothing to repeat"}` };
    }
    case "drop-tag": {
      const { bytes, part } = mutatePart(base, r, (xml) => {
        const tags = [...xml.matchAll(/<\/?w:[a-zA-Z]+[^>]*>/g)];
        if (!tags.length) return xml;
        const m = pick(r, tags);
        return xml.slice(0, m.index) + xml.slice(m.index! + m[0].length);
      });
      return { bytes, what: `${part}: one tag dropped` };
    }
    case "insert": {
      const insert = pick(r, INSERTS)();
      const { bytes, part } = mutatePart(base, r, (xml) => {
        const spots = [...xml.matchAll(/<w:(?:pPr|tcPr|trPr|r|p|tc)>/g)];
        if (!spots.length) return xml;
        const m = pick(r, spots);
        const at = m.index! + m[0].length;
        return xml.slice(0, at) + insert + xml.slice(at);
      });
      return { bytes, what: `${part}: inserted ${insert.slice(0, 40)}` };
    }
    case "swap": {
      const { bytes, part } = mutatePart(base, r, (xml) => {
        const a = elementAt(xml, r);
        const b = elementAt(xml, r);
        if (!a || !b || a[1] > b[0]) return xml;
        return (
          xml.slice(0, a[0]) + xml.slice(b[0], b[1]) + xml.slice(a[1], b[0]) + xml.slice(a[0], a[1]) + xml.slice(b[1])
        );
      });
      return { bytes, what: `${part}: two elements swapped` };
    }
    case "controls": {
      const { bytes, part } = mutatePart(base, r, (xml) =>
        xml.replace(/<w:t>([^<]{0,40})/, (_, t: string) => `<w:t>${t}&#x202E;\u2028=cmd|'/C calc'!A0`),
      );
      return { bytes, what: `${part}: bidi, a line separator and a formula in the first text` };
    }
  }
}

/** `count` cases from the bases, mutation kinds in turn, all from one seed. */
export function fuzzCases(
  seed: number,
  count: number,
  bases = fuzzBases(),
): { name: string; bytes: Uint8Array; base: string; kind: MutationKind; what: string }[] {
  const r = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = bases[int(r, bases.length)];
    const kind = MUTATION_KINDS[i % MUTATION_KINDS.length];
    const { bytes, what } = mutate(base.bytes, kind, r);
    return { name: `case-${String(i).padStart(4, "0")}-${kind}.docx`, bytes, base: base.name, kind, what };
  });
}

export interface FuzzOutcome {
  name: string;
  base: string;
  kind: MutationKind;
  what: string;
  /** The exit code this file alone would give: 0 no error, 1 an error finding, 2 unreadable. */
  exit: 0 | 1 | 2;
  code?: string;
  message?: string;
  ms: number;
  peakRssMiB?: number;
}

/**
 * Writes the cases to `dir` and checks them as the CLI does (child processes, each file's
 * time and the child's peak memory measured), one lane so the times are the file's own.
 */
export async function runFuzz(
  cases: ReturnType<typeof fuzzCases>,
  dir: string,
  limits: { timeoutSeconds: number; heapMiB: number },
): Promise<FuzzOutcome[]> {
  // imported here: the mutations above need no build, the run needs the compiled child
  const { checkFiles } = await import("../../src/cli/pool");
  const { writeFileSync } = await import("fs");
  const files = cases.map((c) => join(dir, c.name));
  cases.forEach((c, i) => writeFileSync(files[i], c.bytes));
  const stats: { ms: number; peakRssMiB?: number }[] = [];
  const results = await checkFiles(files, { jobs: 1, ...limits, onFile: (i, s) => (stats[i] = s) });
  return results.map((r, i) => {
    const c = cases[i];
    const base = { name: c.name, base: c.base, kind: c.kind, what: c.what, ...stats[i] };
    if ("error" in r) return { ...base, exit: 2, code: r.error.code, message: r.error.message };
    return { ...base, exit: r.report.findings.some((f) => f.severity === "error") ? 1 : 0 };
  });
}
