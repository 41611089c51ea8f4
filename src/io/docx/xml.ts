// A thin streaming layer over saxes: local names (so transitional and Strict OOXML read
// alike), attributes by local name, and parse errors as DocxReadError. DTDs are never
// expanded: saxes does not process entity declarations, and an undefined entity is an error.
import { SaxesParser } from "saxes";
import { DocxReadError } from "./errors";

export type Attrs = Record<string, string>;

export interface XmlHandlers {
  open(name: string, attrs: Attrs, selfClosing: boolean): void;
  close(name: string): void;
  text?(text: string): void;
}

export function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

/** Attribute by local name ("w:val" and "val" alike). */
export function attr(attrs: Attrs, name: string): string | undefined {
  const direct = attrs["w:" + name] ?? attrs[name];
  if (direct !== undefined) return direct;
  for (const k in attrs) if (localName(k) === name) return attrs[k];
  return undefined;
}

/** Where XML text comes from: a whole string, or a producer that writes it chunk by chunk. */
export type XmlSource = string | ((write: (chunk: string) => void) => void);

/**
 * Bytes decoded into one string at a time. Strings over about 128 KiB go to V8's large-object
 * space, which is slow to allocate and only freed by a full collection: decoding in smaller
 * pieces is several times faster and keeps the text the parser reads short-lived.
 */
export const PIECE_BYTES = 32 * 1024;

// made on first use: importing the reader must not need a decoder (test environments without one)
let utf8Decoder: InstanceType<typeof TextDecoder> | undefined;
const utf8 = () => (utf8Decoder ??= new TextDecoder("utf-8"));

/** The UTF-16 encoding a part's byte-order mark names; undefined for UTF-8 (nearly every part). */
export function utf16Encoding(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** The byte length of a UTF-8 character from its lead byte (1 for a stray continuation byte). */
function utf8Length(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

/** Where the last complete UTF-8 character of a piece ends: a character split across pieces waits for the next. */
function utf8Boundary(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  // step back over continuation bytes (10xxxxxx) to the lead byte of the last character
  while (i >= 0 && i > bytes.length - 4 && (bytes[i] & 0xc0) === 0x80) i--;
  if (i < 0) return bytes.length;
  return i + utf8Length(bytes[i]) <= bytes.length ? bytes.length : i;
}

/**
 * UTF-8 bytes, arriving whole or chunk by chunk, written out as strings of at most
 * PIECE_BYTES bytes each, cut at character boundaries (by hand: several times faster than
 * the decoder's streaming mode); a character split between two chunks waits for the next.
 */
export class Utf8Pieces {
  /** The first bytes of a character cut off at the end of the previous chunk. */
  private pending: Uint8Array | undefined;

  constructor(private readonly write: (text: string) => void) {}

  push(chunk: Uint8Array, final: boolean): void {
    let at = 0;
    if (this.pending) {
      const pending = this.pending;
      const need = utf8Length(pending[0]) - pending.length;
      const joined = new Uint8Array(pending.length + Math.min(need, chunk.length));
      joined.set(pending);
      joined.set(chunk.subarray(0, need), pending.length);
      at = joined.length - pending.length;
      this.pending = undefined;
      if (joined.length < utf8Length(joined[0]) && !final) this.pending = joined;
      else this.write(utf8().decode(joined));
    }
    while (at < chunk.length) {
      let end = Math.min(chunk.length, at + PIECE_BYTES);
      if (end < chunk.length || !final) {
        end = at + utf8Boundary(chunk.subarray(at, end));
        if (end === at) {
          // only the start of a character is left: it waits for the next chunk
          this.pending = chunk.slice(at);
          return;
        }
      }
      this.write(utf8().decode(chunk.subarray(at, end)));
      at = end;
    }
  }
}

/** A whole part's bytes as a source for the parser: UTF-8 in pieces cut at character boundaries. */
export function xmlPieces(bytes: Uint8Array): XmlSource {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  // an empty part reads as no part, as an empty string does
  if (bytes.length === 0) return "";
  return (write) => new Utf8Pieces(write).push(bytes, true);
}

/** A whole part's bytes as one string (for the few parts kept as text). */
export function xmlText(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  return utf16 ? new TextDecoder(utf16).decode(bytes) : utf8().decode(bytes);
}

/**
 * Parses a part, whole or streamed. The first well-formedness error, or a DTD, stops the
 * parse at once as a DocxReadError; errors of the handlers themselves pass through.
 */
/** Deepest element nesting read: a body with tables nested 60 deep is about 250 levels. */
export const MAX_XML_DEPTH = 1000;

export function parseXml(source: XmlSource, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  // an exception thrown by a handler passes through write() unchanged (saxes does not catch it)
  const corrupt = (why: string) => new DocxReadError("corrupt", `${part}: ${why.split("\n")[0]}`);
  parser.on("error", (e) => {
    throw corrupt(e.message);
  });
  parser.on("doctype", () => {
    // OOXML parts never carry a DTD; one here is hostile or broken, and is never expanded
    throw corrupt("DOCTYPE not allowed");
  });
  const { open, close } = handlers;
  // a part uses a few dozen element names hundreds of thousands of times: each local name is cut once
  const localNames = new Map<string, string>();
  const local = (qname: string) => {
    let name = localNames.get(qname);
    if (name === undefined) localNames.set(qname, (name = localName(qname)));
    return name;
  };
  parser.on("opentag", (tag) => {
    if (!tag.isSelfClosing && ++depth > MAX_XML_DEPTH)
      throw new DocxReadError("too-deep", `${part}: more than ${MAX_XML_DEPTH} levels`);
    open(local(tag.name), tag.attributes as Attrs, tag.isSelfClosing);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) depth--;
    close(local(tag.name));
  });
  if (handlers.text) parser.on("text", handlers.text);
  if (typeof source === "string") parser.write(source);
  else source((chunk) => parser.write(chunk));
  parser.close();
}
