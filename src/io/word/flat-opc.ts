// Word's Flat OPC (what Range.getOoxml answers: one XML document holding the package's parts)
// → a DocModel, read by the same reader as a .docx, so a table Word describes only by
// per-row cell indices can be laid on its grid exactly as the .docx reader lays it.
import type { DocModel } from "../../core/model/model";
import { readDocumentXml } from "../docx/document";
import { parseNumbering } from "../docx/numbering";
import { parseStyles } from "../docx/styles";

/** One part's XML from a Flat OPC package, by its name ("/word/document.xml"). */
export function flatOpcPart(flatOpc: string, name: string): string | undefined {
  const start = flatOpc.indexOf(`pkg:name="${name}"`);
  if (start < 0) return undefined;
  const open = flatOpc.indexOf("<pkg:xmlData>", start);
  const close = flatOpc.indexOf("</pkg:xmlData>", open);
  // the next part begins before this one has any XML: this one is binary
  const next = flatOpc.indexOf("<pkg:part ", start);
  if (open < 0 || close < 0 || (next >= 0 && next < open)) return undefined;
  return flatOpc.slice(open + "<pkg:xmlData>".length, close);
}

/** The body of a Flat OPC package as the .docx reader reads it; undefined when it holds no document part. */
export function readFlatOpc(flatOpc: string): DocModel | undefined {
  const document = flatOpcPart(flatOpc, "/word/document.xml");
  if (!document) return undefined;
  return readDocumentXml(
    document,
    parseStyles(flatOpcPart(flatOpc, "/word/styles.xml")),
    parseNumbering(flatOpcPart(flatOpc, "/word/numbering.xml")),
  );
}
