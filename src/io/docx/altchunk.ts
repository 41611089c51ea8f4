// The content of a w:altChunk: a part in another format that Word imports when it opens
// the file — HTML, a web archive (MHT, as html-docx-js writes), plain text, or a whole
// .docx. Read into a DocModel of its own, to be spliced into the body where the chunk stands.
import type { DocModel } from "../../core/model/model";
import { DocBuilder } from "../../core/model/builder";
import type { ReadBudget } from "./budget";
import { htmlToModel } from "./html";
import { utf16Encoding } from "./xml";

/** Bytes to text: a byte-order mark wins, else the charset label; an unknown label reads as UTF-8. */
function decode(bytes: Uint8Array, charset: string | undefined): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  // the decoder drops the mark itself
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes);
  try {
    return new TextDecoder(charset?.trim() || "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** Bytes as a string of one character per byte (MIME headers and encodings are ASCII). */
const latin1 = (bytes: Uint8Array) => {
  let s = "";
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
};

const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
function declaredCharset(head: string): string | undefined {
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

function htmlOf(bytes: Uint8Array, charset?: string): string {
  return decode(bytes, charset ?? declaredCharset(latin1(bytes.subarray(0, 2048))));
}

function quotedPrintable(body: string): Uint8Array {
  return bytesOf(
    body.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
  );
}

function base64(body: string): Uint8Array {
  return bytesOf(atob(body.replace(/[^A-Za-z0-9+/=]/g, "")));
}

interface MimePart {
  headers: Map<string, string>;
  body: string;
}

function mimePart(raw: string): MimePart {
  const split = /\r?\n\r?\n/.exec(raw);
  const head = split ? raw.slice(0, split.index) : raw;
  const body = split ? raw.slice(split.index + split[0].length) : "";
  const headers = new Map<string, string>();
  // folded header lines continue with whitespace
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

const param = (header: string | undefined, name: string) =>
  header ? new RegExp(`${name}\\s*=\\s*"?([^";]+)"?`, "i").exec(header)?.[1] : undefined;

/** The HTML page of a web archive (MIME multipart/related, or a single text/html part). */
function mhtHtml(bytes: Uint8Array): string | undefined {
  const top = mimePart(latin1(bytes));
  const type = top.headers.get("content-type") ?? "";
  const parts = /multipart\//i.test(type)
    ? (() => {
        const boundary = param(type, "boundary");
        if (!boundary) return [];
        return top.body
          .split(`--${boundary}`)
          .slice(1)
          .filter((p) => !p.startsWith("--"))
          .map((p) => mimePart(p.replace(/^\r?\n/, "")));
      })()
    : [top];
  const page = parts.find((p) => /text\/html/i.test(p.headers.get("content-type") ?? ""));
  if (!page) return undefined;
  const encoding = (page.headers.get("content-transfer-encoding") ?? "").toLowerCase();
  const body =
    encoding === "quoted-printable"
      ? quotedPrintable(page.body)
      : encoding === "base64"
        ? base64(page.body)
        : bytesOf(page.body);
  return htmlOf(body, param(page.headers.get("content-type"), "charset"));
}

function textModel(text: string): DocModel {
  return new DocBuilder().paragraphs(...text.split(/\r?\n/)).build();
}

/**
 * What an altChunk part holds, as a DocModel; undefined for formats not read (RTF and
 * others): Word imports those too, but their text is not checked. A .docx inside is read by
 * `readDocx`, passed in (the reader's own entry point, limits included); HTML tables count
 * against `budget` (see ReadBudget.trial).
 */
export function chunkModel(
  bytes: Uint8Array,
  name: string,
  readDocx: (bytes: Uint8Array) => DocModel,
  budget?: ReadBudget,
): DocModel | undefined {
  const ext = (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? "").toLowerCase();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readDocx(bytes);
  const head = latin1(bytes.subarray(0, 512));
  if (ext === "mht" || ext === "mhtml" || /^\s*(MIME-Version|Content-Type)\s*:/i.test(head)) {
    const html = mhtHtml(bytes);
    return html === undefined ? undefined : htmlToModel(html, budget);
  }
  if (ext === "htm" || ext === "html" || ext === "xhtml" || /^\s*(\ufeff|\xef\xbb\xbf)?\s*</.test(head))
    return htmlToModel(htmlOf(bytes), budget);
  if (ext === "txt") return textModel(decode(bytes, undefined));
  return undefined;
}
