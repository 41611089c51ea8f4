// Builds small WordprocessingML packages by hand, for reader features the `docx`
// library does not write (content controls, complex fields, tracked changes, text
// boxes, Strict OOXML …). The XML follows what Word writes.
import { strToU8, zipSync } from "fflate";

export const W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

export interface PackageParts {
  body: string;
  styles?: string;
  numbering?: string;
  namespace?: string;
  /** Put the main part somewhere else than word/document.xml. */
  mainPath?: string;
  /** Deflate level of the zip (0 stores the parts uncompressed). */
  level?: 0 | 1 | 6 | 9;
  /** altChunk parts by relationship id: the part's name (beside the main part) and its bytes. */
  chunks?: Record<string, { name: string; bytes: Uint8Array }>;
}

export function p(text: string, pPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** A table cell holding one paragraph, with its properties (w:tcPr content) when given. */
export function tc(text: string, tcPr = ""): string {
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${p(text)}</w:tc>`;
}

export function docxPackage(parts: PackageParts): Uint8Array {
  const ns = parts.namespace ?? W_TRANSITIONAL;
  const main = parts.mainPath ?? "word/document.xml";
  const dir = main.slice(0, main.lastIndexOf("/"));
  const file = main.slice(main.lastIndexOf("/") + 1);
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "officeDocument", main)}</Relationships>`,
    ),
    [main]: strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${ns}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${parts.body}<w:sectPr/></w:body></w:document>`,
    ),
  };
  const rels: string[] = [];
  if (parts.styles !== undefined) {
    files[`${dir}/styles.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${ns}">${parts.styles}</w:styles>`,
    );
    rels.push(rel("rId2", "styles", "styles.xml"));
  }
  if (parts.numbering !== undefined) {
    files[`${dir}/numbering.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${ns}">${parts.numbering}</w:numbering>`,
    );
    rels.push(rel("rId3", "numbering", "numbering.xml"));
  }
  for (const [id, chunk] of Object.entries(parts.chunks ?? {})) {
    files[`${dir}/${chunk.name}`] = chunk.bytes;
    rels.push(rel(id, "aFChunk", chunk.name));
  }
  files[`${dir}/_rels/${file}.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  return zipSync(files, { level: parts.level ?? 6 });
}
