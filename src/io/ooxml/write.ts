// Template blocks → WordprocessingML, laid out per GB/T 9704 (docs/domain.md §9): headings
// with Word's built-in heading styles and the literal numbering, 黑体 / 楷体 / 仿宋 三号,
// fixed 29 pt lines, two-character first-line indent; tables with a centred bold caption
// and 五号 cells. Each section and table sits in a content control tagged with its
// profile id. One generator serves the .docx template and Word's insertOoxml, so both
// give the same outline. (The `docx` library cannot write tagged block content controls.)
import { strToU8, zipSync } from "fflate";
import type { SectionBlock, TableBlock, TemplateBlock } from "../../core/writing/template";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** Prefix of the tags on our content controls: "report-assistant:section:basic". */
export const TAG_PREFIX = "report-assistant";

/**
 * Escapes text for XML, dropping the control characters XML 1.0 cannot carry (a pasted \u0001 would break the file).
 */
export function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!)
  );
}

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt, 五号 10.5 pt. */
const SIZE = { erhao: 44, sanhao: 32, xiaosi: 24, wuhao: 21 };
const FONT = { title: "方正小标宋简体", hei: "黑体", kai: "楷体", fang: "仿宋" };

/**
 * A run with its formatting stated in full — font, weight, no italics, black, size — so that
 * a style of the same name already in the user's document (a blue, italic 标题 1) cannot
 * restyle what is inserted: Word keeps a document's own styles over the package's.
 */
function run(text: string, font: string, size: number, bold = false): string {
  return `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>${bold ? "<w:b/>" : '<w:b w:val="0"/>'}<w:i w:val="0"/><w:color w:val="000000"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A fixed 29 pt line, as the 22-lines-a-page layout asks. */
const BODY_SPACING = `<w:spacing w:before="0" w:after="0" w:line="580" w:lineRule="exact"/>`;

function paragraph(
  text: string,
  opts: {
    style?: string;
    font: string;
    size: number;
    bold?: boolean;
    center?: boolean;
    indent?: boolean;
    outline?: number;
    single?: boolean;
    /** Kept on the page of what follows (a heading, a table's caption). */
    keepNext?: boolean;
    /**
     * No list numbering, whatever the style says: the label is typed ("一、"), and a document's own 标题 1 may be numbered.
     */
    noNumbering?: boolean;
  },
): string {
  const pPr = [
    opts.style ? `<w:pStyle w:val="${opts.style}"/>` : "",
    opts.keepNext ? "<w:keepNext/>" : "",
    opts.noNumbering ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>` : "",
    // table text is single-spaced and kept off the page's line grid, or every cell line would take 29 pt
    opts.single
      ? `<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>`
      : BODY_SPACING,
    opts.indent ? `<w:ind w:firstLineChars="200" w:firstLine="640"/>` : "",
    opts.center ? `<w:jc w:val="center"/>` : "",
    opts.outline !== undefined ? `<w:outlineLvl w:val="${opts.outline}"/>` : "",
  ].join("");
  return `<w:p><w:pPr>${pPr}</w:pPr>${text ? run(text, opts.font, opts.size, opts.bold) : ""}</w:p>`;
}

/**
 * A content control's w:id: Word expects one on every control; made from the tag, so the same template gives the same
 * file.
 */
function controlId(tag: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < tag.length; i++) h = Math.imul(h ^ tag.charCodeAt(i), 0x01000193);
  // positive and never 0
  return (h >>> 1) | 1;
}

function contentControl(tag: string, alias: string, inner: string): string {
  const full = `${TAG_PREFIX}:${tag}`;
  return `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(alias)}"/><w:tag w:val="${escapeXml(full)}"/><w:id w:val="${controlId(full)}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
}

const HEADING_FONT = [FONT.hei, FONT.kai, FONT.fang, FONT.fang];

export function headingXml(b: SectionBlock): string {
  const level = Math.min(Math.max(b.level, 1), 4);
  return paragraph(`${b.label}${b.title}`, {
    style: `Heading${level}`,
    font: HEADING_FONT[level - 1],
    size: SIZE.sanhao,
    bold: level === 3,
    indent: true,
    outline: level - 1,
    keepNext: true,
    noNumbering: true,
  });
}

function cell(text: string, width: number, header: boolean): string {
  // a header row's paragraphs are kept with the next row, so the caption, the header and a first row of figures share a
  // page
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${paragraph(text, { font: FONT.fang, size: SIZE.wuhao, bold: header, center: true, single: true, keepNext: header })}</w:tc>`;
}

export function tableXml(b: TableBlock): string {
  // A4 text width is 156 mm ≈ 8844 twips
  const width = Math.floor(8844 / b.columns.length);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const tblPr = `<w:tblPr><w:tblW w:w="${width * b.columns.length}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders></w:tblPr>`;
  const grid = `<w:tblGrid>${b.columns.map(() => `<w:gridCol w:w="${width}"/>`).join("")}</w:tblGrid>`;
  // no row is split across two pages; the header row is repeated on each page the table runs onto
  const headerRow = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${b.columns.map((c) => cell(c, width, true)).join("")}</w:tr>`;
  const rows = b.rows
    .map((r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((c) => cell(c, width, false)).join("")}</w:tr>`)
    .join("");
  // a caption never stands alone at the foot of a page
  const caption = paragraph(b.caption, {
    font: FONT.fang,
    size: SIZE.xiaosi,
    bold: true,
    center: true,
    single: true,
    keepNext: true,
  });
  return contentControl(`table:${b.tableId}`, b.caption, `${caption}<w:tbl>${tblPr}${grid}${headerRow}${rows}</w:tbl>`);
}

export function sectionXml(b: SectionBlock): string {
  const body = [headingXml(b), bodyParagraphXml(b.placeholder), ...b.tables.map(tableXml)].join("");
  return contentControl(`section:${b.sectionId}`, b.title, body);
}

/** The body content for a list of blocks (no w:body wrapper). */
export function blocksXml(blocks: TemplateBlock[]): string {
  return blocks
    .map((b) => {
      if (b.kind === "title")
        return b.lines
          .map((l) => paragraph(l, { style: "Title", font: FONT.title, size: SIZE.erhao, center: true }))
          .join("");
      if (b.kind === "section") return sectionXml(b);
      return tableXml(b);
    })
    .join("");
}

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The document part's relationship ids for the parts the section properties name. */
const RID = { styles: "rId1", customXml: "rId2", settings: "rId3", footerOdd: "rId4", footerEven: "rId5" };

const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

/**
 * Page numbers per GB/T 9704-2012 §7.5 (页码): 一般用 4 号半角宋体阿拉伯数字，编排在公文版心下边缘
 * 之下，数字左右各放一条一字线；一字线上距版心下边缘 7 mm；单页码居右空一字，双页码居左空一字.
 * Followed here: a PAGE field in 宋体 14 pt (4号) between two em dashes (U+2014, one character
 * wide) with a half-width space on either side — "— 1 —"; odd pages right-aligned and even
 * pages left-aligned, each indented by one 4号 character (14 pt); two footers with
 * w:evenAndOddHeaders in settings.xml. The footer line is 14 pt exact and sits
 * PAGE_NUMBER_FOOTER from the page's bottom edge, so that the dash, near the middle of that
 * line, lies 7 mm below the 版心's bottom edge (the 35 mm bottom margin): 35 − 7 − 14 pt / 2.
 */
const PAGE_NUMBER = { font: "宋体", size: 28, indent: 280 };
const PAGE_NUMBER_FOOTER = mmToTwips(35 - 7 - (14 * 25.4) / 72 / 2);

const SECT_PR =
  // A4, margins per GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; a 29 pt line grid (22 lines a page)
  `<w:sectPr><w:footerReference w:type="default" r:id="${RID.footerOdd}"/><w:footerReference w:type="even" r:id="${RID.footerEven}"/>` +
  `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="${PAGE_NUMBER_FOOTER}" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>`;

function wrapBody(body: string, withSectPr: boolean): string {
  // the relationships namespace is declared only where the section properties use it (the .docx, not insertOoxml)
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"${withSectPr ? ` xmlns:r="${R_NS}"` : ""}><w:body>${body}${withSectPr ? SECT_PR : ""}</w:body></w:document>`;
}

/** The footer of odd ("default") or even pages: the page number "— N —" as GB/T 9704 places it. */
export function footerXml(page: "odd" | "even"): string {
  const rPr = `<w:rPr><w:rFonts w:ascii="${PAGE_NUMBER.font}" w:eastAsia="${PAGE_NUMBER.font}" w:hAnsi="${PAGE_NUMBER.font}" w:cs="${PAGE_NUMBER.font}"/><w:b w:val="0"/><w:i w:val="0"/><w:color w:val="000000"/><w:sz w:val="${PAGE_NUMBER.size}"/><w:szCs w:val="${PAGE_NUMBER.size}"/></w:rPr>`;
  const text = (t: string) => `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r>`;
  const fldChar = (type: string) => `<w:r>${rPr}<w:fldChar w:fldCharType="${type}"/></w:r>`;
  const field = `${fldChar("begin")}<w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>${fldChar("separate")}${text("1")}${fldChar("end")}`;
  const side =
    page === "odd"
      ? `<w:ind w:left="0" w:right="${PAGE_NUMBER.indent}"/><w:jc w:val="right"/>`
      : `<w:ind w:left="${PAGE_NUMBER.indent}" w:right="0"/><w:jc w:val="left"/>`;
  const pPr = `<w:pPr><w:widowControl w:val="0"/><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${PAGE_NUMBER.size * 10}" w:lineRule="exact"/>${side}</w:pPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p>${pPr}${text("\u2014 ")}${field}${text(" \u2014")}</w:p></w:ftr>`;
}

/** Different footers on odd and even pages (the page number changes sides). */
export function settingsXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="${W_NS}"><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
}

/** Who made the file and when, as Word and the file managers show it. */
export const APPLICATION = "绩效自评助手";

/** W3CDTF as Word writes it: UTC, whole seconds. */
const w3cdtf = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** The template's title: its title lines run together ("XX单位XXXX年度部门整体支出绩效自评报告"). */
export function templateTitle(blocks: TemplateBlock[]): string | undefined {
  const title = blocks.find((b) => b.kind === "title");
  const text = title?.lines.map((l) => l.trim()).join("");
  return text || undefined;
}

export function corePropertiesXml(title: string | undefined, date: Date): string {
  const when = w3cdtf(date);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    (title ? `<dc:title>${escapeXml(title)}</dc:title>` : "") +
    `<dc:creator>${APPLICATION}</dc:creator><cp:lastModifiedBy>${APPLICATION}</cp:lastModifiedBy><dc:language>zh-CN</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

export function appPropertiesXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>${APPLICATION}</Application><DocSecurity>0</DocSecurity></Properties>`;
}

export function documentXml(blocks: TemplateBlock[], withSectPr = true): string {
  return wrapBody(blocksXml(blocks), withSectPr);
}

/** A body paragraph (仿宋 三号, indented), e.g. the sentence stating the score. */
export function bodyParagraphXml(text: string): string {
  return paragraph(text, { font: FONT.fang, size: SIZE.sanhao, indent: true });
}

function styleXml(
  id: string,
  name: string,
  opts: {
    basedOn?: string;
    outline?: number;
    font: string;
    size: number;
    bold?: boolean;
    center?: boolean;
    spacing?: string;
  },
): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${opts.basedOn ? `<w:basedOn w:val="${opts.basedOn}"/><w:next w:val="Normal"/>` : ""}<w:qFormat/>` +
    `<w:pPr><w:keepNext/>${opts.spacing ?? BODY_SPACING}${opts.center ? '<w:jc w:val="center"/>' : ""}${opts.outline !== undefined ? `<w:outlineLvl w:val="${opts.outline}"/>` : ""}</w:pPr>` +
    `<w:rPr><w:rFonts w:ascii="${opts.font}" w:eastAsia="${opts.font}" w:hAnsi="${opts.font}"/>${opts.bold ? "<w:b/>" : ""}<w:sz w:val="${opts.size}"/><w:szCs w:val="${opts.size}"/></w:rPr></w:style>`
  );
}

export function stylesXml(): string {
  const normal = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/>${BODY_SPACING}<w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="${FONT.fang}" w:eastAsia="${FONT.fang}" w:hAnsi="${FONT.fang}"/><w:kern w:val="2"/><w:sz w:val="${SIZE.sanhao}"/><w:szCs w:val="${SIZE.sanhao}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:style>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">` +
    normal +
    styleXml("Title", "Title", {
      basedOn: "Normal",
      font: FONT.title,
      size: SIZE.erhao,
      center: true,
      spacing: `<w:spacing w:before="0" w:after="580" w:line="580" w:lineRule="exact"/>`,
    }) +
    styleXml("Heading1", "heading 1", { basedOn: "Normal", outline: 0, font: FONT.hei, size: SIZE.sanhao }) +
    styleXml("Heading2", "heading 2", { basedOn: "Normal", outline: 1, font: FONT.kai, size: SIZE.sanhao }) +
    styleXml("Heading3", "heading 3", {
      basedOn: "Normal",
      outline: 2,
      font: FONT.fang,
      size: SIZE.sanhao,
      bold: true,
    }) +
    styleXml("Heading4", "heading 4", { basedOn: "Normal", outline: 3, font: FONT.fang, size: SIZE.sanhao }) +
    `</w:styles>`
  );
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
const CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";
const CT = {
  settings: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
  footer: "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
};

export interface DocxOptions {
  /** The created and modified dates in docProps/core.xml; now when not given. */
  date?: Date;
}

/**
 * A complete .docx holding the blocks. With `customXml` (the team profile as a custom XML
 * part) the file carries the profile, so a report written from it is checked the same way.
 * The package also carries what only a file has (insertOoxml leaves the user's document's
 * own): the page numbers in odd and even footers, settings.xml, and the document properties.
 */
export function blocksToDocx(blocks: TemplateBlock[], customXml?: string, options: DocxOptions = {}): Uint8Array {
  const rels = (inner: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;
  const overrides = [
    `<Override PartName="/word/document.xml" ContentType="${CT_MAIN}"/>`,
    `<Override PartName="/word/styles.xml" ContentType="${CT_STYLES}"/>`,
    `<Override PartName="/word/settings.xml" ContentType="${CT.settings}"/>`,
    `<Override PartName="/word/footer1.xml" ContentType="${CT.footer}"/>`,
    `<Override PartName="/word/footer2.xml" ContentType="${CT.footer}"/>`,
    `<Override PartName="/docProps/core.xml" ContentType="${CT.core}"/>`,
    `<Override PartName="/docProps/app.xml" ContentType="${CT.app}"/>`,
  ];
  const documentRels = [
    `<Relationship Id="${RID.styles}" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="${RID.settings}" Type="${REL}/settings" Target="settings.xml"/>`,
    `<Relationship Id="${RID.footerOdd}" Type="${REL}/footer" Target="footer1.xml"/>`,
    `<Relationship Id="${RID.footerEven}" Type="${REL}/footer" Target="footer2.xml"/>`,
  ];
  const files: Record<string, Uint8Array> = {
    "_rels/.rels": strToU8(
      rels(
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
          `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
          `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>`,
      ),
    ),
    "word/document.xml": strToU8(documentXml(blocks)),
    "word/styles.xml": strToU8(stylesXml()),
    "word/settings.xml": strToU8(settingsXml()),
    "word/footer1.xml": strToU8(footerXml("odd")),
    "word/footer2.xml": strToU8(footerXml("even")),
    "docProps/core.xml": strToU8(corePropertiesXml(templateTitle(blocks), options.date ?? new Date())),
    "docProps/app.xml": strToU8(appPropertiesXml()),
  };
  if (customXml) {
    documentRels.push(`<Relationship Id="${RID.customXml}" Type="${REL}/customXml" Target="../customXml/item1.xml"/>`);
    overrides.push(
      `<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`,
    );
    files["customXml/item1.xml"] = strToU8(customXml);
    files["customXml/itemProps1.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6F1D7C2A-3B8E-4C5F-9A17-2E4B8D0C9F31}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    );
    files["customXml/_rels/item1.xml.rels"] = strToU8(
      rels(`<Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/>`),
    );
  }
  files["word/_rels/document.xml.rels"] = strToU8(rels(documentRels.join("")));
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="${CT_RELS}"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  return zipSync(files);
}

/** The Flat OPC package Word's insertOoxml takes. Styles travel with it, so the headings look right in any document. */
export function blocksToFlatOpc(blocks: TemplateBlock[]): string {
  return flatOpc(blocksXml(blocks));
}

export function paragraphFlatOpc(text: string): string {
  return flatOpc(bodyParagraphXml(text));
}

function flatOpc(body: string): string {
  const part = (name: string, type: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>/, "")}</pkg:xmlData></pkg:part>`;
  return (
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    part(
      "/_rels/.rels",
      CT_RELS,
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ) +
    part(
      "/word/_rels/document.xml.rels",
      CT_RELS,
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${RID.styles}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ) +
    part("/word/document.xml", CT_MAIN, wrapBody(body, false)) +
    part("/word/styles.xml", CT_STYLES, stylesXml()) +
    `</pkg:package>`
  );
}
