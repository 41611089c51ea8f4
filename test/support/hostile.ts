// Broken, hostile and legitimately huge files, made by the tests themselves.
import { deflateRawSync, constants } from "zlib";
import { strToU8, zipSync } from "fflate";
import { docxPackage, p, tc } from "./ooxml";
import { readDocx } from "../../src/io/docx";

/** A zip written by hand, so that an entry's deflate data and declared sizes can be anything. */
export function rawZip(
  entries: { name: string; data: Uint8Array; size: number; method?: 0 | 8; crc?: number; unlisted?: boolean }[],
): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method ?? 8, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, Buffer.from(e.data));
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(e.method ?? 8, 10);
    c.writeUInt32LE(e.crc ?? 0, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.size >>> 0, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    // an unlisted entry has its local header and data only: zip tools that read the central directory never see it
    if (!e.unlisted) central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const listed = entries.filter((e) => !e.unlisted).length;
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, dir, end]));
}

const RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/**
 * A zip bomb: `gib` GiB of XML packed in a few megabytes. One megabyte of XML is deflated
 * once, ending on a byte boundary (sync flush); its blocks repeated make a valid stream that
 * unpacks to copies of it. Made in milliseconds.
 */
export function zipBomb(gib = 1): Uint8Array {
  const head = strToU8('<?xml version="1.0"?><w:document xmlns:w="w"><w:body>');
  const chunk = Buffer.from("<w:p><w:r><w:t>数据</w:t></w:r></w:p>".repeat(29000));
  const start = deflateRawSync(Buffer.from(head), { finishFlush: constants.Z_SYNC_FLUSH });
  const block = deflateRawSync(chunk, { finishFlush: constants.Z_SYNC_FLUSH });
  const copies = Math.ceil((gib * 2 ** 30) / chunk.length);
  const end = deflateRawSync(Buffer.from("</w:body></w:document>"));
  const data = Buffer.concat([start, ...Array.from({ length: copies }, () => block), end]);
  return rawZip([
    { name: "_rels/.rels", data: deflateRawSync(Buffer.from(RELS)), size: RELS.length },
    { name: "word/document.xml", data, size: Math.min(2 ** 32 - 1, head.length + copies * chunk.length) },
  ]);
}

/**
 * A body that inflates to about `mib` MiB from under 64 KiB, while the zip says it holds only
 * `declared` bytes: small enough to be inflated in one go, where the declared size is the buffer.
 */
export function lyingSmallBomb(mib = 16, declared = 100_000): Uint8Array {
  const head = strToU8('<?xml version="1.0"?><w:document xmlns:w="w"><w:body>');
  const chunk = Buffer.from("<w:p><w:r><w:t>数据</w:t></w:r></w:p>".repeat(29000));
  const start = deflateRawSync(Buffer.from(head), { finishFlush: constants.Z_SYNC_FLUSH });
  const block = deflateRawSync(chunk, { finishFlush: constants.Z_SYNC_FLUSH });
  const copies = Math.ceil((mib * 2 ** 20) / chunk.length);
  const data = Buffer.concat([
    start,
    ...Array.from({ length: copies }, () => block),
    deflateRawSync(Buffer.from("</w:body></w:document>")),
  ]);
  if (data.length > 64 * 1024) throw new Error(`the small bomb is ${data.length} bytes compressed`);
  return rawZip([
    { name: "_rels/.rels", data: deflateRawSync(Buffer.from(RELS)), size: RELS.length },
    { name: "word/document.xml", data, size: declared },
  ]);
}

const xmlDoc = (inner: string) => zipSync({ "_rels/.rels": strToU8(RELS), "word/document.xml": strToU8(inner) });

export const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;

export const EXTERNAL_ENTITY = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>`;

/** An OLE compound file (old .doc, or the container of an encrypted .docx) naming one stream. */
export function ole(streamName: string): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  b.set(Buffer.from(streamName, "utf16le"), 1536);
  return b;
}

/** Every broken or hostile file, with the reason the reader must give. */
export function hostileCorpus(): { name: string; bytes: Uint8Array; code: string; words: string }[] {
  const valid = docxPackage({ body: p("一、部门基本情况") });
  return [
    { name: "not-a-zip.docx", bytes: strToU8("plain text, not a zip"), code: "not-docx", words: "不是 Word 文档" },
    { name: "zero-bytes.docx", bytes: new Uint8Array(0), code: "empty", words: "文件为空" },
    {
      name: "truncated.docx",
      bytes: valid.subarray(0, Math.floor(valid.length * 0.6)),
      code: "corrupt",
      words: "文件损坏",
    },
    { name: "old-binary.docx", bytes: ole("WordDocument"), code: "legacy-doc", words: "旧版" },
    { name: "password.docx", bytes: ole("EncryptionInfo"), code: "encrypted", words: "已加密" },
    { name: "scan.docx", bytes: strToU8("%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj"), code: "pdf", words: "PDF" },
    {
      name: "no-body.docx",
      bytes: zipSync({ "_rels/.rels": strToU8(RELS), "word/styles.xml": strToU8("<w:styles/>") }),
      code: "no-document",
      words: "word/document.xml",
    },
    {
      name: "malformed.docx",
      bytes: xmlDoc('<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>未闭合</w:body></w:document>'),
      code: "corrupt",
      words: "文件损坏",
    },
    { name: "billion-laughs.docx", bytes: xmlDoc(BILLION_LAUGHS), code: "corrupt", words: "文件损坏" },
    { name: "external-entity.docx", bytes: xmlDoc(EXTERNAL_ENTITY), code: "corrupt", words: "文件损坏" },
    { name: "zip-bomb.docx", bytes: zipBomb(1), code: "too-large", words: "文件过大" },
    { name: "small-bomb-lying-size.docx", bytes: lyingSmallBomb(), code: "corrupt", words: "文件损坏" },
    {
      // one web-export chunk cited 2,000 times: what is spliced in counts against the body's limit
      name: "altchunk-cited-again-and-again.docx",
      bytes: docxPackage({
        body: '<w:altChunk r:id="rId10"/>'.repeat(2000),
        chunks: { rId10: { name: "afchunk.htm", bytes: strToU8(`<p>${"段".repeat(30000)}</p>`) } },
      }),
      code: "too-large",
      words: "文件过大",
    },
    { name: "grid-bomb.docx", bytes: gridBomb(), code: "grid-too-large", words: "表格的行数和列数超出读取上限" },
    // a body the central directory does not list, ahead of the listed one: streamed in order, it
    // would be read instead of the body Word reads
    { name: "hidden-local-body.docx", bytes: hiddenBody(), code: "corrupt", words: "文件损坏" },
    { name: "body-listed-twice.docx", bytes: hiddenBody(false), code: "corrupt", words: "文件损坏" },
    {
      name: "deep-elements.docx",
      bytes: xmlDoc(
        `<w:document xmlns:w="w"><w:body>${"<w:sdt><w:sdtContent>".repeat(5000)}${"</w:sdtContent></w:sdt>".repeat(5000)}</w:body></w:document>`,
      ),
      code: "too-deep",
      words: "嵌套过深",
    },
  ];
}

/** A legitimate table of `rows` rows and a 合计 row that adds them up. */
export function bigTable(rows: number, wrongRow = -1): Uint8Array {
  let total = 0;
  const body: string[] = [`<w:tr>${tc("项目")}${tc("金额（万元）")}</w:tr>`];
  for (let i = 0; i < rows; i++) {
    const v = (i % 100) + 1;
    total += v;
    body.push(`<w:tr>${tc(`${i + 1}、支出项目${i + 1}`)}${tc(String(i === wrongRow ? v + 1 : v))}</w:tr>`);
  }
  body.push(`<w:tr>${tc("合计")}${tc(String(total))}</w:tr>`);
  return docxPackage({ body: `${p("收支明细表")}<w:tbl>${body.join("")}</w:tbl>` });
}

/** Tables inside tables, `depth` deep. */
export function nestedTables(depth: number): Uint8Array {
  let inner = p(`第${depth}层`);
  for (let d = depth; d >= 1; d--)
    inner = `<w:tbl><w:tr><w:tc>${p(`第${d - 1}层`)}${inner}</w:tc></w:tr></w:tbl>${d > 1 ? p("") : ""}`;
  return docxPackage({ body: inner + p("表后") });
}

/** One paragraph of `chars` characters. */
export function hugeParagraph(chars: number): Uint8Array {
  const unit = "本单位持续加强预算绩效管理，";
  return docxPackage({ body: p(unit.repeat(Math.ceil(chars / unit.length))) + p("二、自评工作开展情况") });
}

/** What reading the bytes throws (undefined when they read). */
export function readFailure(bytes: Uint8Array): unknown {
  try {
    readDocx(bytes);
  } catch (e) {
    return e;
  }
  return undefined;
}

const spanTable = (span: string, rows = 20) =>
  `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${Array.from({ length: rows }, (_, i) => `<w:tr>${tc(`第${i + 1}行`, `<w:gridSpan w:val="${span}"/>`)}${tc("1")}</w:tr>`).join("")}</w:tbl>`;
const oneLevelList = (ilvl: string, start: string, fmt = "decimal", override = "") =>
  `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/>${override}</w:num>`;
const listParagraph = (ilvl: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>列表项</w:t></w:r></w:p>`;
const HEAD = p("一、部门基本情况");

/**
 * Files that declare absurd numbers — a span of 100 million columns, list level 1e9, a list
 * starting at 1e15 — which cost minutes and gigabytes (or aborted Node) before the reader
 * bounded them. Each is read as Word would read the nearest sane file; `expect` says how.
 */
export function declaredNumberCorpus(): { name: string; bytes: Uint8Array; expect: string }[] {
  const spans = ["999999", "1e8", "100000000", "NaN", "Infinity", "-5", "2.5"].map((v) => ({
    name: `gridspan-${v}.docx`,
    bytes: docxPackage({ body: HEAD + spanTable(v) }),
    expect: "table of 20 rows, at most 256 columns wide",
  }));
  return [
    ...spans,
    {
      name: "gridbefore-1e8.docx",
      bytes: docxPackage({
        body: HEAD + `<w:tbl><w:tr><w:trPr><w:gridBefore w:val="99999999"/></w:trPr>${tc("x")}</w:tr></w:tbl>`,
      }),
      expect: "table of 1 row, at most 256 columns wide",
    },
    {
      name: "ilvl-1e9-in-paragraph.docx",
      bytes: docxPackage({
        body: HEAD + listParagraph("1000000000") + listParagraph("0"),
        numbering: oneLevelList("0", "1"),
      }),
      expect: "list labels 1. 2.",
    },
    {
      name: "ilvl-1e9-in-level.docx",
      bytes: docxPackage({ body: HEAD + listParagraph("0"), numbering: oneLevelList("1000000000", "1") }),
      expect: "list labels (none)",
    },
    {
      name: "ilvl-1e9-in-override.docx",
      bytes: docxPackage({
        body: HEAD + listParagraph("0"),
        numbering: oneLevelList(
          "0",
          "1",
          "decimal",
          `<w:lvlOverride w:ilvl="1000000000"><w:startOverride w:val="3"/></w:lvlOverride>`,
        ),
      }),
      expect: "list labels 1.",
    },
    {
      name: "ilvl-1e9-in-style.docx",
      bytes: docxPackage({
        body: HEAD + `<w:p><w:pPr><w:pStyle w:val="L"/></w:pPr><w:r><w:t>列表项</w:t></w:r></w:p>`,
        numbering: oneLevelList("0", "1"),
        styles: `<w:style w:type="paragraph" w:styleId="L"><w:name w:val="L"/><w:pPr><w:numPr><w:ilvl w:val="1000000000"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`,
      }),
      expect: "list labels 1.",
    },
    ...["upperRoman", "upperLetter", "chineseCounting", "decimal"].map((fmt) => ({
      name: `start-1e15-${fmt}.docx`,
      bytes: docxPackage({ body: HEAD + listParagraph("0"), numbering: oneLevelList("0", "1000000000000000", fmt) }),
      // Word's largest start is 32767; beyond it the default start, 1
      expect: `list labels ${fmt === "upperRoman" ? "I." : fmt === "upperLetter" ? "A." : fmt === "chineseCounting" ? "一." : "1."}`,
    })),
    {
      name: "start-32767-upperRoman.docx",
      bytes: docxPackage({
        body: HEAD + listParagraph("0") + listParagraph("0"),
        numbering: oneLevelList("0", "32767", "upperRoman"),
      }),
      // Roman numerals stop at 3999: beyond, digits
      expect: "list labels 32767. 32768.",
    },
    {
      name: "outline-level-1e9.docx",
      bytes: docxPackage({ body: p("一、部门基本情况", `<w:outlineLvl w:val="1000000000"/>`) + p("正文") }),
      expect: "no outline level",
    },
  ];
}

/** Thousands of tiny rows each declaring the widest span: millions of grid slots from a few kilobytes compressed. */
export function gridBomb(rows = 10000): Uint8Array {
  const row = `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="256"/></w:tcPr><w:p/></w:tc></w:tr>`;
  return docxPackage({ body: HEAD + `<w:tbl>${row.repeat(rows)}</w:tbl>` });
}

/**
 * Two bodies named word/document.xml: a clean one first (unlisted in the central directory,
 * or listed too), then the one zip tools and Word read — over the one-shot size, so it streams.
 */
export function hiddenBody(unlisted = true): Uint8Array {
  const body = (text: string, pad: number) =>
    Buffer.from(
      `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`.repeat(pad)}</w:body></w:document>`,
    );
  // incompressible filler makes the listed body larger than 64 KiB compressed
  const noise = Array.from({ length: 40000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join("");
  const clean = body("一、部门基本情况", 1);
  const real = body(`自评得分59分，评价等级为优。${noise}`, 1);
  return rawZip([
    { name: "_rels/.rels", data: deflateRawSync(Buffer.from(RELS)), size: RELS.length },
    { name: "word/document.xml", data: deflateRawSync(clean), size: clean.length, unlisted },
    { name: "word/document.xml", data: deflateRawSync(real), size: real.length },
  ]);
}
