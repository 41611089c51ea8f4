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

export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/** Where XML text comes from: a whole string, or a producer that writes it chunk by chunk. */
export type XmlSource = string | ((write: (chunk: string) => void) => void);

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
  parser.on("opentag", (tag) => {
    if (!tag.isSelfClosing && ++depth > MAX_XML_DEPTH) throw new DocxReadError("too-deep", `${part}: more than ${MAX_XML_DEPTH} levels`);
    open(localName(tag.name), tag.attributes as Attrs, tag.isSelfClosing);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) depth--;
    close(localName(tag.name));
  });
  if (handlers.text) parser.on("text", handlers.text);
  if (typeof source === "string") parser.write(source);
  else source((chunk) => parser.write(chunk));
  parser.close();
}
