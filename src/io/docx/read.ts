// Bytes of a .docx → DocModel. Anything that is not a readable .docx gets a
// DocxReadError that says, in the user's words, what the file is instead.
import { unzipSync } from "fflate";
import type { DocModel } from "../../core/model";
import { readDocumentXml } from "./document";
import { DocxReadError } from "./errors";
import { parseNumbering } from "./numbering";
import { parseStyles } from "./styles";
import { attr, decodeXml, parseXml } from "./xml";

/** Largest part we decompress; the body of a 1000-page report is far below it. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

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
  if (startsWith(bytes, OLE_MAGIC))
    throw new DocxReadError(hasUtf16(bytes, "EncryptionInfo") || hasUtf16(bytes, "EncryptedPackage") ? "encrypted" : "legacy-doc");
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith("%PDF")) throw new DocxReadError("pdf");
  if (head.startsWith("{\\rtf")) throw new DocxReadError("rtf");
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new DocxReadError("not-docx");
}

function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, {
      filter(file) {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) throw new DocxReadError("too-large", `${file.name}: ${file.originalSize} bytes`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    throw new DocxReadError("corrupt", (e as Error).message);
  }
}

/** Relationship targets by type suffix ("officeDocument", "styles", "numbering"). */
function relationships(xml: string | undefined, base: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  parseXml(xml, "relationships", {
    open(name, a) {
      if (name !== "Relationship") return;
      const type = (attr(a, "Type") ?? "").split("/").pop() ?? "";
      const target = attr(a, "Target") ?? "";
      if (attr(a, "TargetMode") === "External" || out.has(type)) return;
      out.set(type, resolvePath(base, target));
    },
    close() {},
  });
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

const text = (files: Record<string, Uint8Array>, name: string | undefined) => (name && files[name] ? decodeXml(files[name]) : undefined);

export function readDocx(bytes: Uint8Array): DocModel {
  return readDocxPackage(bytes).doc;
}

export interface DocxPackage {
  doc: DocModel;
  /** The custom XML parts of the package (customXml/item*.xml), where the add-in stores the team profile. */
  customXml: string[];
}

/** The document model and the package's custom XML parts. */
export function readDocxPackage(bytes: Uint8Array): DocxPackage {
  sniff(bytes);
  const root = unzip(bytes, (n) => n === "_rels/.rels");
  const main = relationships(text(root, "_rels/.rels"), "").get("officeDocument") ?? "word/document.xml";
  const dir = main.includes("/") ? main.slice(0, main.lastIndexOf("/")) : "";
  const relsName = `${dir ? dir + "/" : ""}_rels/${main.split("/").pop()}.rels`;
  const first = unzip(bytes, (n) => n === main || n === relsName);
  if (!first[main]) throw new DocxReadError("no-document");
  const rels = relationships(text(first, relsName), dir);
  const stylesName = rels.get("styles") ?? `${dir}/styles.xml`;
  const numberingName = rels.get("numbering") ?? `${dir}/numbering.xml`;
  const parts = unzip(bytes, (n) => n === stylesName || n === numberingName || CUSTOM_XML.test(n));
  const styles = parseStyles(text(parts, stylesName));
  const numbering = parseNumbering(text(parts, numberingName));
  const customXml = Object.keys(parts)
    .filter((n) => CUSTOM_XML.test(n))
    .sort()
    .map((n) => decodeXml(parts[n]));
  return { doc: readDocumentXml(decodeXml(first[main]), styles, numbering), customXml };
}
