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

export function parseXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: Error | undefined;
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.on("doctype", () => {
    // OOXML parts never carry a DTD; one here is hostile or broken
    failure ??= new Error("DOCTYPE not allowed");
  });
  parser.on("opentag", (tag) => {
    if (failure) return;
    handlers.open(localName(tag.name), tag.attributes as Attrs, tag.isSelfClosing);
  });
  parser.on("closetag", (tag) => {
    if (failure) return;
    handlers.close(localName(tag.name));
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on("text", (t) => {
      if (!failure) onText(t);
    });
  }
  try {
    parser.write(xml).close();
  } catch (e) {
    failure ??= e as Error;
  }
  if (failure) throw new DocxReadError("corrupt", `${part}: ${failure.message.split("\n")[0]}`);
}
