// Bytes of a .docx → DocModel. Anything that is not a readable .docx gets a
// DocxReadError that says, in the user's words, what the file is instead.
import { Unzip, UnzipInflate, unzipSync } from "fflate";
import type { DocModel } from "../../core/model/model";
import { chunkModel } from "./altchunk";
import { MAX_FILE_BYTES } from "./bounds";
import { MAX_TOTAL_BYTES, ReadBudget } from "./budget";
import { readDocumentXml } from "./document";
import { DocxReadError } from "./errors";
import { parseNumbering } from "./numbering";
import { parseStyles } from "./styles";
import { attr, parseXml, utf16Encoding, Utf8Pieces, xmlPieces, xmlText, type XmlSource } from "./xml";

/** Most the body (word/document.xml) may unpack to: a 1000-page report is about 13 MiB. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Most any other part read (styles, numbering, relationships, custom XML) may unpack to. */
export const MAX_PART_BYTES = 16 * 1024 * 1024;
/** All parts read, together: see budget.ts. */
export { MAX_TOTAL_BYTES };
/** Largest file read at all (bounds.ts); checked here again for callers that hand over bytes. */
export { MAX_FILE_BYTES };

const CUSTOM_XML = /^customXml\/item\d+\.xml$/i;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The OLE container of an encrypted OOXML file holds an "EncryptionInfo" stream (its name in UTF-16LE). */
function hasUtf16(bytes: Uint8Array, s: string): boolean {
  // no Buffer: this module also runs in the browser preview
  const pattern: number[] = [];
  for (const ch of s) pattern.push(ch.charCodeAt(0), 0);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    if (bytes[i] !== pattern[0]) continue;
    for (let k = 1; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocxReadError("empty");
  if (bytes.length > MAX_FILE_BYTES) throw new DocxReadError("file-too-large", `${bytes.length} bytes`);
  if (startsWith(bytes, OLE_MAGIC))
    throw new DocxReadError(
      hasUtf16(bytes, "EncryptionInfo") || hasUtf16(bytes, "EncryptedPackage") ? "encrypted" : "legacy-doc",
    );
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith("%PDF")) throw new DocxReadError("pdf");
  if (head.startsWith("{\\rtf")) throw new DocxReadError("rtf");
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new DocxReadError("not-docx");
}

/**
 * Parts small enough to inflate in one go, into a buffer of the size the zip declares: no
 * streaming, no buffer growth. The compressed size bounds the work even when the declared
 * size lies (deflate expands at most about 1032 times: 64 KiB of input is at most ~64 MiB of
 * output, the body's own limit), and the declared size bounds the memory.
 */
export const ONE_SHOT_MAX_COMPRESSED = 64 * 1024;
export const ONE_SHOT_MAX_SIZE = 4 * 1024 * 1024;

/**
 * One pass over the central directory: the names of all parts, and the wanted parts that are
 * small enough, inflated in one go. The others are left for streaming. Each part inflated
 * here costs the budget its declared size (the size of its buffer) before it is inflated.
 */
function listAndInflateSmall(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  budget: ReadBudget,
): { names: Set<string>; small: Map<string, Uint8Array> } {
  const names = new Set<string>();
  let inflated: Record<string, Uint8Array>;
  try {
    inflated = unzipSync(bytes, {
      filter(file) {
        const first = !names.has(file.name);
        if (!first && wanted(file.name))
          throw new DocxReadError("corrupt", `${file.name}: listed twice in the package`);
        names.add(file.name);
        const oneShot =
          first && wanted(file.name) && file.size <= ONE_SHOT_MAX_COMPRESSED && file.originalSize <= ONE_SHOT_MAX_SIZE;
        if (oneShot) budget.spendBytes(file.originalSize, file.name);
        return oneShot;
      },
    });
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    throw new DocxReadError("corrupt", (e as Error).message);
  }
  return { names, small: new Map(Object.entries(inflated)) };
}

/**
 * Relationship targets by type suffix ("officeDocument", "styles", "numbering"), the first of
 * each; and the targets of altChunk parts by relationship id (a body may hold several).
 */
function relationships(
  xml: XmlSource | undefined,
  base: string,
): Map<string, string> & { chunks: Map<string, string> } {
  const out = Object.assign(new Map<string, string>(), { chunks: new Map<string, string>() });
  if (!xml) return out;
  parseXml(xml, "relationships", {
    open(name, a) {
      if (name !== "Relationship") return;
      const type = (attr(a, "Type") ?? "").split("/").pop() ?? "";
      const target = attr(a, "Target") ?? "";
      if (attr(a, "TargetMode") === "External") return;
      if (type === "aFChunk") out.chunks.set(attr(a, "Id") ?? "", resolvePath(base, target));
      if (out.has(type)) return;
      out.set(type, resolvePath(base, target));
    },
    close() {},
  });
  return out;
}

/** How deep .docx files inside altChunks inside .docx files are read. */
const MAX_CHUNK_DEPTH = 2;

/** Parts as bytes, each within `limit` (checked while inflating). */
function readBinaryParts(
  bytes: Uint8Array,
  wanted: Set<string>,
  limit: number,
  budget: ReadBudget,
): Map<string, Uint8Array> {
  const pieces = new Map<string, Uint8Array[]>();
  const out = new Map<string, Uint8Array>();
  inflateParts(
    bytes,
    budget,
    (name) => (wanted.has(name) ? limit : undefined),
    (name, chunk, final) => {
      const list = pieces.get(name) ?? [];
      pieces.set(name, list);
      list.push(chunk);
      if (!final) return;
      const whole = new Uint8Array(list.reduce((n, c) => n + c.length, 0));
      list.reduce((at, c) => (whole.set(c, at), at + c.length), 0);
      out.set(name, whole);
    },
  );
  return out;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (base ? base.split("/") : []).concat(target.split("/"));
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p && p !== ".") out.push(p);
  }
  return out.join("/");
}

export function readDocx(bytes: Uint8Array): DocModel {
  return readDocxPackage(bytes).doc;
}

/**
 * What splicing a chunk's content into the body costs, counted against the body's own limit:
 * about what its text would take as WordprocessingML — two bytes a character and 32 a paragraph.
 */
function splicedBytes(model: DocModel): number {
  let n = 0;
  for (const p of model.paragraphs) n += 2 * p.text.length + 32;
  return n;
}

/**
 * The content of the body's altChunks by relationship id, read when the body reaches them.
 * Each part is inflated once and converted once however often the body cites it; each time
 * it is spliced in, its text counts against the body's own limit (MAX_BODY_BYTES) and its
 * tables against the document's grid slots, so a body citing one chunk 5,000 times is
 * refused, not expanded 5,000 times.
 */
function altChunkReader(
  bytes: Uint8Array,
  chunks: Map<string, string>,
  names: Set<string>,
  depth: number,
  budget: ReadBudget,
): ((rId: string) => DocModel | undefined) | undefined {
  const present = new Set([...chunks.values()].filter((n) => names.has(n)));
  if (!present.size) return undefined;
  let parts: Map<string, Uint8Array> | undefined;
  const models = new Map<string, { model: DocModel | undefined; bytes: number }>();
  let spliced = 0;
  return (rId) => {
    const name = chunks.get(rId);
    if (!name || !present.has(name)) return undefined;
    parts ??= readBinaryParts(bytes, present, MAX_PART_BYTES, budget);
    const part = parts.get(name);
    if (!part) return undefined;
    let chunk = models.get(name);
    if (!chunk) {
      const trial = budget.trial();
      const nested = (inner: Uint8Array) =>
        depth < MAX_CHUNK_DEPTH
          ? readDocxPackage(inner, depth + 1, trial).doc
          : { blocks: [], paragraphs: [], tables: [] };
      const model = chunkModel(part, name, nested, trial);
      chunk = { model, bytes: model ? splicedBytes(model) : 0 };
      models.set(name, chunk);
    }
    spliced += chunk.bytes;
    if (spliced > MAX_BODY_BYTES)
      throw new DocxReadError(
        "too-large",
        `altChunk content spliced into the body: more than ${MAX_BODY_BYTES} bytes in all`,
      );
    return chunk.model;
  };
}

export interface DocxPackage {
  doc: DocModel;
  /** The custom XML parts of the package (customXml/item*.xml), where the add-in stores the team profile. */
  customXml: string[];
}

/**
 * Compressed bytes fed to the inflater at a time: small enough that the inflated chunks waiting for the collector
 * (outside the JS heap) stay small.
 */
const FEED = 1 << 14;

interface PartSink {
  /** Bytes the part may unpack to; beyond it the file is refused while streaming, not after. */
  limit: number;
  write(chunk: string): void;
}

/**
 * Inflates the parts `limitFor` names — its answer is the bytes each may unpack to, checked
 * while inflating, so a zip bomb stops at the limit; every byte inflated is counted in
 * `budget` too — handing each piece to `onData` as it comes. Returns the names of the parts found.
 */
function inflateParts(
  bytes: Uint8Array,
  budget: ReadBudget,
  limitFor: (name: string) => number | undefined,
  onData: (name: string, chunk: Uint8Array, final: boolean) => void,
): Set<string> {
  const found = new Set<string>();
  const unzipper = new Unzip((file) => {
    // a part stored twice (or a local entry the central directory does not list, ahead of the
    // listed one) would let the checker read another body than Word reads: refused
    if (found.has(file.name)) throw new DocxReadError("corrupt", `${file.name}: stored twice in the package`);
    const limit = limitFor(file.name);
    if (limit === undefined) return;
    found.add(file.name);
    let size = 0;
    file.ondata = (err, chunk, final) => {
      // fflate hands an exception thrown here back as `err`: ours pass through unchanged
      if (err) throw err instanceof DocxReadError ? err : new DocxReadError("corrupt", `${file.name}: ${err.message}`);
      size += chunk.length;
      if (size > limit) throw new DocxReadError("too-large", `${file.name}: more than ${limit} bytes`);
      budget.spendBytes(chunk.length, file.name);
      onData(file.name, chunk, final);
    };
    file.start();
  });
  unzipper.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += FEED)
      unzipper.push(bytes.subarray(at, at + FEED), at + FEED >= bytes.length);
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    throw new DocxReadError("corrupt", (e as Error).message);
  }
  return found;
}

/**
 * Parts of the package as streams of text: inflated and decoded piece by piece, so the body
 * of a long report is never held whole, and a zip bomb is stopped at the limit. Returns the
 * names of the parts it found.
 */
function streamParts(
  bytes: Uint8Array,
  budget: ReadBudget,
  sinkFor: (name: string) => PartSink | undefined,
): Set<string> {
  // UTF-8 (nearly every part) in pieces; a part with a UTF-16 byte-order mark streams through its decoder
  const decoders = new Map<string, { sink: PartSink; utf16?: InstanceType<typeof TextDecoder>; pieces?: Utf8Pieces }>();
  return inflateParts(
    bytes,
    budget,
    (name) => {
      const sink = sinkFor(name);
      if (sink) decoders.set(name, { sink });
      return sink?.limit;
    },
    (name, chunk, final) => {
      const d = decoders.get(name)!;
      if (!d.utf16 && !d.pieces) {
        const encoding = utf16Encoding(chunk);
        if (encoding) d.utf16 = new TextDecoder(encoding);
        else d.pieces = new Utf8Pieces(d.sink.write);
      }
      if (d.utf16) d.sink.write(d.utf16.decode(chunk, { stream: !final }));
      else d.pieces!.push(chunk, final);
    },
  );
}

/** Small parts, whole, as text (each within MAX_PART_BYTES). */
function readParts(bytes: Uint8Array, wanted: (name: string) => boolean, budget: ReadBudget): Map<string, string> {
  const chunks = new Map<string, string[]>();
  streamParts(bytes, budget, (name) => {
    if (!wanted(name)) return undefined;
    const list: string[] = [];
    chunks.set(name, list);
    return { limit: MAX_PART_BYTES, write: (c) => list.push(c) };
  });
  return new Map([...chunks].map(([name, list]) => [name, list.join("")]));
}

/**
 * The document model and the package's custom XML parts. `budget` bounds what the whole file
 * costs (a .docx inside an altChunk shares the budget of the file it is in).
 */
export function readDocxPackage(bytes: Uint8Array, depth = 0, budget: ReadBudget = ReadBudget.create()): DocxPackage {
  sniff(bytes);
  // the small parts the reader may need (relationships, styles, numbering, custom XML) and the
  // body where it usually is; a producer that names parts unusually costs a streaming pass
  const isSmallPart = (n: string) =>
    /(^|\/)_rels\/[^/]*\.rels$/.test(n) || /(styles|numbering)\.xml$/.test(n) || CUSTOM_XML.test(n);
  const { names, small } = listAndInflateSmall(bytes, (n) => isSmallPart(n) || n === "word/document.xml", budget);
  const parts = new Map<string, XmlSource>();
  for (const [n, data] of small) if (isSmallPart(n)) parts.set(n, CUSTOM_XML.test(n) ? xmlText(data) : xmlPieces(data));
  const streamed = [...names].filter((n) => isSmallPart(n) && !small.has(n));
  if (streamed.length)
    for (const [n, text] of readParts(bytes, (x) => streamed.includes(x), budget)) parts.set(n, text);
  const main = relationships(parts.get("_rels/.rels"), "").get("officeDocument") ?? "word/document.xml";
  if (!names.has(main)) throw new DocxReadError("no-document");
  const dir = main.includes("/") ? main.slice(0, main.lastIndexOf("/")) : "";
  const relsName = `${dir ? dir + "/" : ""}_rels/${main.split("/").pop()}.rels`;
  const rels = relationships(parts.get(relsName), dir);
  const stylesName = rels.get("styles") ?? `${dir}/styles.xml`;
  const numberingName = rels.get("numbering") ?? `${dir}/numbering.xml`;
  const unusual = [stylesName, numberingName].filter((n) => names.has(n) && !parts.has(n));
  if (unusual.length) for (const [n, text] of readParts(bytes, (x) => unusual.includes(x), budget)) parts.set(n, text);
  const styles = parseStyles(parts.get(stylesName));
  const numbering = parseNumbering(parts.get(numberingName));
  const customXml = [...parts.keys()]
    .filter((n) => CUSTOM_XML.test(n))
    .sort()
    .map((n) => parts.get(n) as string);
  const inflatedBody = small.get(main);
  const body: XmlSource = inflatedBody
    ? xmlPieces(inflatedBody)
    : (write) => {
        const found = streamParts(bytes, budget, (n) => (n === main ? { limit: MAX_BODY_BYTES, write } : undefined));
        if (!found.has(main)) throw new DocxReadError("no-document");
      };
  return {
    doc: readDocumentXml(body, styles, numbering, altChunkReader(bytes, rels.chunks, names, depth, budget), budget),
    customXml,
  };
}
