/* eslint-disable @typescript-eslint/no-explicit-any -- the Word runtime is untyped JavaScript, patched here */
// Word's own JavaScript runtime (the proxy layer @microsoft/office-js ships for Word on the
// web) with its transport replaced by a recorder, and a simulated Word behind it.
//
// The add-in's code builds its requests with the real runtime, so what is measured here is
// what Word would receive: the exact JSON body of every sync, its size, and the size of the
// answer; and what the runtime refuses (an object used past the batch it is valid in) fails
// here as in Word. The simulated Word interprets each request (ObjectPaths + Actions, as the
// runtime writes them) over a document built from real .docx bytes — paragraphs as the
// .docx reader counts them, tables and content controls around them, comments, custom XML
// parts, tracked changes — and answers in the runtime's response format (Results / Error).
// Where Word differs from test/support/fake-word.ts it does what Word does: per-row
// cellIndex, tracked deletions in Paragraph.text, no rollback when an action fails half-way
// through a batch. What it assumes where Word's documentation is silent is said at each
// switch of WordBehaviour and at each answer below.
import { readFileSync } from "fs";
import { dirname, join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { JSDOM } from "jsdom";
import type { Finding } from "../../src/core/model/finding";
import type { DocModel, DocParagraph } from "../../src/core/model/model";
import { defaultProfile } from "../../src/core/profile/built-in";
import { readDocx, readDocxPackage } from "../../src/io/docx";
import { SKIP as READER_SKIPS } from "../../src/io/docx/document";
import { attr, parseXml } from "../../src/io/docx/xml";
import { flatOpcPart, readFlatOpc } from "../../src/io/word/flat-opc";
import { addComments, insertMissingSections, insertSkeleton, jumpTo, readDocument } from "../../src/io/word/word";
import { docxOfPages, reportOfPages } from "../../bench/generate";
import { dropSections } from "./report-spec";
import { writeDocx } from "./write-docx";

// ---------------------------------------------------------------------------------------
// The runtime

/**
 * The Word runtime for Word on the web. All three full Word runtimes of the package (web,
 * win32 16.01, mac) load standalone in jsdom; the web one is taken because the payload
 * limits under test are Word on the web's.
 */
export const RUNTIME_FILE = "word-web-16.00.debug.js";

export interface WordRuntime {
  window: any;
  Word: any;
  OfficeExtension: any;
  file: string;
}

let runtime: WordRuntime | undefined;

/** Loads the runtime once per process (about 50 ms) into a jsdom window of its own. */
export function wordRuntime(): WordRuntime {
  if (runtime) return runtime;
  const file = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist", RUNTIME_FILE);
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  const window = dom.window as any;
  window.eval(readFileSync(file, "utf8"));
  if (typeof window.Word?.RequestContext !== "function")
    throw new Error(`${RUNTIME_FILE} did not define Word.RequestContext`);
  addCustomXmlParts(window.Word, window.OfficeExtension);
  addTrackedChanges(window.Word, window.OfficeExtension);
  runtime = { window, Word: window.Word, OfficeExtension: window.OfficeExtension, file };
  return runtime;
}

/** Ends the jsdom window (a script must, or its timers keep Node running). */
export function closeWordRuntime(): void {
  runtime?.window.close();
  runtime = undefined;
}

/**
 * WordApi 1.4's custom XML parts are missing from the runtime of @microsoft/office-js 1.1.110
 * (Document has no customXmlParts). They are added with the runtime's own LibraryBuilder,
 * the way its generated classes are built: Document.customXmlParts is the property
 * "CustomXmlParts"; getByNamespace / add / getItem, CustomXmlPart.delete / getXml are the
 * methods of the WordApi 1.4 reference, in PascalCase on the wire.
 */
function addCustomXmlParts(Word: any, OfficeExtension: any): void {
  if ("customXmlParts" in Word.Document.prototype) return;
  const scalar = (name: string, originalName: string) => ({
    name,
    originalName,
    behaviorFlags: 2,
    apiSetInfoOrdinal: 0,
    setMethodApiFlags: 0,
    undoableApiSetInfoOrdinal: 0,
  });
  const method = (name: string, originalName: string, parameterCount: number, read: boolean) => ({
    name,
    originalName,
    parameterCount,
    behaviorFlags: read ? 2 : 0,
    apiSetInfoOrdinal: 0,
    apiFlags: read ? 4 : 0,
    undoableApiSetInfoOrdinal: 0,
  });
  const nav = (
    name: string,
    originalName: string,
    returnTypeFullName: string,
    parameterCount: number,
    flags: number,
  ) => ({
    name,
    originalName,
    returnTypeFullName,
    parameterCount,
    behaviorFlags: flags,
    apiSetInfoOrdinal: 0,
    apiFlags: flags & 2 ? 4 : 0,
    returnObjectGetByIdMethodName: null,
    undoableApiSetInfoOrdinal: 0,
  });
  const READ = 2;
  const COLLECTION = 4;
  const INDEXER = 16;
  const collection = (name: string, extra: object[]) => ({
    name,
    behaviorFlags: 1,
    childItemTypeFullName: "Word.CustomXmlPart",
    scalarProperties: [],
    navigationProperties: [],
    scalarMethods: [method("getCount", "GetCount", 0, true)],
    navigationMethods: [nav("getItem", "GetItem", "Word.CustomXmlPart", 1, READ | INDEXER), ...extra],
  });
  new OfficeExtension.LibraryBuilder({
    metadata: {
      name: "Word",
      defaultApiSetName: "WordApi",
      hostName: "Word",
      clientObjectTypes: [
        {
          name: "CustomXmlPart",
          behaviorFlags: 0,
          scalarProperties: [scalar("id", "Id"), scalar("namespaceUri", "NamespaceUri")],
          navigationProperties: [],
          scalarMethods: [
            method("delete", "Delete", 0, false),
            method("getXml", "GetXml", 0, true),
            method("setXml", "SetXml", 1, false),
          ],
          navigationMethods: [],
        },
        collection("CustomXmlPartScopedCollection", []),
        collection("CustomXmlPartCollection", [
          nav("add", "Add", "Word.CustomXmlPart", 1, 0),
          nav("getByNamespace", "GetByNamespace", "Word.CustomXmlPartScopedCollection", 1, READ | COLLECTION),
        ]),
      ],
    },
    targetNamespaceObject: Word,
    fullyInitialize: true,
  });
  Object.defineProperty(Word.Document.prototype, "customXmlParts", {
    get(this: any) {
      this._customXmlParts ??= OfficeExtension.BatchApiHelper.createPropertyObject(
        Word.CustomXmlPartCollection,
        this,
        "CustomXmlParts",
        true,
        4,
      );
      return this._customXmlParts;
    },
    enumerable: true,
    configurable: true,
  });
}

/**
 * WordApi 1.6's tracked changes are missing from this runtime too (Body has getReviewedText
 * but no getTrackedChanges); the add-in loads the current runtime from the CDN, which has
 * them. Added the same way: Body.getTrackedChanges() is the method "GetTrackedChanges"
 * returning a TrackedChangeCollection of TrackedChange (author, authorEmail, date, text, type).
 */
function addTrackedChanges(Word: any, OfficeExtension: any): void {
  if (typeof Word.Body.prototype.getTrackedChanges === "function") return;
  const scalar = (name: string) => ({
    name,
    originalName: name.charAt(0).toUpperCase() + name.slice(1),
    behaviorFlags: 2,
    apiSetInfoOrdinal: 0,
    setMethodApiFlags: 0,
    undoableApiSetInfoOrdinal: 0,
  });
  const method = (name: string) => ({
    name,
    originalName: name.charAt(0).toUpperCase() + name.slice(1),
    parameterCount: 0,
    behaviorFlags: 0,
    apiSetInfoOrdinal: 0,
    apiFlags: 0,
    undoableApiSetInfoOrdinal: 0,
  });
  new OfficeExtension.LibraryBuilder({
    metadata: {
      name: "Word",
      defaultApiSetName: "WordApi",
      hostName: "Word",
      clientObjectTypes: [
        {
          name: "TrackedChange",
          behaviorFlags: 0,
          scalarProperties: ["author", "authorEmail", "date", "text", "type"].map(scalar),
          navigationProperties: [],
          scalarMethods: [method("accept"), method("reject")],
          navigationMethods: [],
        },
        {
          name: "TrackedChangeCollection",
          behaviorFlags: 1,
          childItemTypeFullName: "Word.TrackedChange",
          scalarProperties: [],
          navigationProperties: [],
          scalarMethods: [method("acceptAll"), method("rejectAll")],
          navigationMethods: [],
        },
      ],
    },
    targetNamespaceObject: Word,
    fullyInitialize: true,
  });
  Word.Body.prototype.getTrackedChanges = function (this: any) {
    return OfficeExtension.BatchApiHelper.createMethodObject(
      Word.TrackedChangeCollection,
      this,
      "GetTrackedChanges",
      1,
      [],
      true,
      false,
      null,
      4,
    );
  };
}

// ---------------------------------------------------------------------------------------
// What Word does, as switches: WORD is Word; NAIVE is a Word that says what the .docx
// reader says. The contract test turns them on one at a time to name the cause of each
// difference between the add-in's model and the reader's.

export interface WordBehaviour {
  /**
   * parentTableCell.cellIndex is the cell's index among its row's w:tc (a merged cell counts
   * once, a vertical-merge continuation is a cell of its own, w:gridBefore is none), not its
   * grid column.
   */
  cellIndexInRow: boolean;
  /** Paragraph.text shows tracked deletions (and moved-from text) — the reader drops them. */
  deletionsInText: boolean;
  /**
   * A manual line break is U+000B in Paragraph.text (the reader gives "\n"). Assumed: Word's own line-break character,
   * the one Range.insertText takes.
   */
  lineBreakAsVerticalTab: boolean;
  /**
   * styleBuiltIn is TocN only in the TOC N styles; a paragraph the reader places in a TOC field or TOC content control
   * is not marked.
   */
  tocByStyleOnly: boolean;
  /**
   * outlineLevel is the paragraph's effective outline level: a w:outlineLvl set on the
   * paragraph overrides its style's. (The reader's outline takes the style's heading level
   * first, then the paragraph's own outline level.)
   */
  effectiveOutlineLevel: boolean;
  /**
   * What Word sends with each item of a loaded collection, which the runtime uses to address
   * that item in a later batch: nothing (the runtime then addresses it as GetItemAt(its place
   * in the answer), which Word resolves in the whole collection — the wrong paragraph after a
   * `skip`), `_Index` (its index in the whole collection), or `_Id` (an id the runtime sends
   * back through the collection's indexer). Undocumented: "none" is assumed, and tests that
   * depend on it run under all three.
   */
  itemIdentity: "none" | "index" | "id";
}

export const WORD: WordBehaviour = {
  cellIndexInRow: true,
  deletionsInText: true,
  lineBreakAsVerticalTab: true,
  tocByStyleOnly: true,
  effectiveOutlineLevel: true,
  itemIdentity: "none",
};
export const NAIVE: WordBehaviour = {
  cellIndexInRow: false,
  deletionsInText: false,
  lineBreakAsVerticalTab: false,
  tocByStyleOnly: false,
  effectiveOutlineLevel: false,
  itemIdentity: "none",
};
/** The switches that change what the add-in reads (the causes a difference can have). */
export const READ_BEHAVIOURS = [
  "cellIndexInRow",
  "deletionsInText",
  "lineBreakAsVerticalTab",
  "tocByStyleOnly",
  "effectiveOutlineLevel",
] as const;
export type ReadBehaviour = (typeof READ_BEHAVIOURS)[number];

// ---------------------------------------------------------------------------------------
// The simulated document

/**
 * Where a paragraph, table or content control sits: the tables and block content controls around it, outermost first.
 */
export interface Containers {
  tables: number[];
  controls: number[];
  /** Row and per-row cell index in the innermost table, when in one. */
  rowIndex?: number;
  cellIndex?: number;
}

export interface SimParagraph extends Containers {
  id: number;
  /** Paragraph.text: what Word shows, tracked deletions included. */
  text: string;
  /** getReviewedText("Current"), when it differs from `text`: the text with tracked changes accepted — the reader's. */
  current?: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  listString?: string;
  listLevel?: number;
  tableNestingLevel: number;
}

export interface SimComment {
  id: number;
  /** Paragraphs the comment is anchored on (unknown for comments already in the file). */
  paragraphs: number[];
  content: string;
  author: string;
}

export interface SimContentControl extends Containers {
  id: number;
  tag: string;
  title: string;
  /** An inline (run-level) control: the paragraph it sits in. Block controls hold paragraphs instead. */
  inParagraph?: number;
}

export interface SimTable extends Containers {
  id: number;
  /**
   * The table's own WordprocessingML (w:tbl), as in the file or the inserted package, and the root element declaring
   * its prefixes: getOoxml answers with them.
   */
  xml?: string;
  root?: string;
}

export interface SimCustomXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** An error Word answers with (the batch stops at the action; what came before stays). */
export class WordHostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location: string,
    readonly httpStatusCode = code === "ItemNotFound" ? 404 : code === "InvalidArgument" ? 400 : 500,
  ) {
    super(message);
  }
}

/** Something the add-in asked for that this simulation does not implement: a test failure, not a Word answer. */
export class SimulatorGap extends Error {
  constructor(what: string) {
    super(`simulated Word does not implement ${what}: add it to test/support/word-runtime.ts`);
  }
}

const notFound = (location: string) =>
  new WordHostError("ItemNotFound", "The requested resource doesn't exist.", location);

/** Built-in style names Word reports in styleBuiltIn besides headings and TOC levels (the ones a report may use). */
const BUILT_IN: Record<string, string> = {
  normal: "Normal",
  title: "Title",
  subtitle: "Subtitle",
  "list paragraph": "ListParagraph",
  caption: "Caption",
  quote: "Quote",
};

/**
 * Word's style properties for a paragraph the reader read: built-in styles by their file name, Word's English UI names.
 */
function wordStyle(
  p: DocParagraph,
  behaviour: WordBehaviour,
): Pick<SimParagraph, "style" | "styleBuiltIn" | "outlineLevel"> {
  const name = p.styleName?.trim();
  const heading = name ? /^heading\s*([1-9])$/i.exec(name) : null;
  const toc = name ? /^toc\s*([1-9])$/i.exec(name) : null;
  let styleBuiltIn = !name
    ? "Normal"
    : heading
      ? `Heading${heading[1]}`
      : toc
        ? `Toc${toc[1]}`
        : (BUILT_IN[name.toLowerCase()] ?? "Other");
  if (!behaviour.tocByStyleOnly && p.toc && !toc) styleBuiltIn = "Toc1";
  const style = !name ? "Normal" : heading ? `Heading ${heading[1]}` : toc ? `TOC ${toc[1]}` : name;
  // Word reports the effective outline level: the paragraph's own, else its style's (built-in headings included); 10 is
  // body text
  const outlineLevel =
    (behaviour.effectiveOutlineLevel ? (p.outlineLevel ?? p.headingLevel) : (p.headingLevel ?? p.outlineLevel)) ?? 10;
  return { style, styleBuiltIn, outlineLevel };
}

let nextId = 1;

/**
 * Elements whose content the .docx reader does not read as body: their paragraphs, tables and controls are not the
 * body's.
 */
const SKIP = READER_SKIPS;

/**
 * A body's structure as Word's object model sees it, in local indices: paragraphs in the reader's order, tables,
 * content controls.
 */
interface BodyScan {
  paragraphs: Containers[];
  /** `raw`: the table's place among all w:tbl of the part (text boxes included), to find its XML. */
  tables: (Containers & { raw: number })[];
  controls: (Containers & { tag: string; title: string; inParagraph?: number })[];
}

/**
 * One pass over a body: for each paragraph (counted as the reader counts them), the tables
 * and block content controls around it and its row and cell — the cell's index among the
 * row's w:tc, which is Word's cellIndex: a merged cell is one w:tc however many grid
 * columns it spans, a vertical-merge continuation is a w:tc of its own, w:gridBefore is none.
 */
function scanBody(xml: string, part: string): BodyScan {
  const out: BodyScan = { paragraphs: [], tables: [], controls: [] };
  const tables: { index: number; row: number; cell: number }[] = [];
  const controls: number[] = [];
  let skip = 0;
  let paragraph: number | undefined;
  let sdtPr: number | undefined;
  let raw = 0;
  const here = (): Containers => {
    const top = tables[tables.length - 1];
    return {
      tables: tables.map((t) => t.index),
      controls: [...controls],
      ...(top ? { rowIndex: top.row, cellIndex: top.cell } : {}),
    };
  };
  // skipping mirrors the reader's, so both count the same paragraphs (checkScan holds them to it)
  parseXml(xml, part, {
    open(name, a, selfClosing) {
      if (name === "tbl") raw++;
      if (skip > 0 || SKIP.has(name)) {
        if (SKIP.has(name) && !selfClosing) skip++;
        return;
      }
      switch (name) {
        case "p":
          out.paragraphs.push(here());
          if (!selfClosing) paragraph = out.paragraphs.length - 1;
          return;
        case "tbl":
          out.tables.push({ ...here(), raw: raw - 1 });
          tables.push({ index: out.tables.length - 1, row: -1, cell: -1 });
          return;
        case "tr":
          if (tables.length)
            Object.assign(tables[tables.length - 1], { row: tables[tables.length - 1].row + 1, cell: -1 });
          return;
        case "tc":
          if (tables.length) tables[tables.length - 1].cell++;
          return;
        case "sdt":
          out.controls.push({
            ...here(),
            tag: "",
            title: "",
            ...(paragraph !== undefined ? { inParagraph: paragraph } : {}),
          });
          // a control inside a paragraph holds runs, not paragraphs: it is no paragraph's container
          if (paragraph === undefined) controls.push(out.controls.length - 1);
          else controls.push(-1);
          if (selfClosing) controls.pop();
          return;
        case "sdtPr":
          sdtPr = out.controls.length - 1;
          return;
        case "tag":
          if (sdtPr !== undefined) out.controls[sdtPr].tag = attr(a, "val") ?? "";
          return;
        case "alias":
          if (sdtPr !== undefined) out.controls[sdtPr].title = attr(a, "val") ?? "";
          return;
      }
    },
    close(name) {
      if (skip > 0) {
        if (SKIP.has(name)) skip--;
        return;
      }
      if (name === "p") paragraph = undefined;
      else if (name === "tbl") tables.pop();
      else if (name === "sdt") controls.pop();
      else if (name === "sdtPr") sdtPr = undefined;
    },
  });
  // inline controls were pushed as -1 placeholders: containers hold block controls only
  for (const c of [...out.paragraphs, ...out.tables, ...out.controls]) c.controls = c.controls.filter((k) => k >= 0);
  return out;
}

/**
 * The scan's local indices as ids of this Word, inside `outer` (where the content was
 * inserted: its tables and controls come first, and its cell is the cell of what is not in a
 * table of its own).
 */
function placeScan(
  scan: BodyScan,
  outer: Containers,
  body: string,
): { paragraphs: Containers[]; tables: SimTable[]; controls: SimContentControl[] } {
  const spans = tableSpans(body);
  const root = /<(\w+:)?document\b[^>]*>/.exec(body)?.[0];
  const tableIds = scan.tables.map(() => nextId++);
  const controlIds = scan.controls.map(() => nextId++);
  const place = (c: Containers): Containers => ({
    tables: [...outer.tables, ...c.tables.map((k) => tableIds[k])],
    controls: [...outer.controls, ...c.controls.map((k) => controlIds[k])],
    ...(c.tables.length
      ? { rowIndex: c.rowIndex, cellIndex: c.cellIndex }
      : outer.tables.length
        ? { rowIndex: outer.rowIndex, cellIndex: outer.cellIndex }
        : {}),
  });
  return {
    paragraphs: scan.paragraphs.map(place),
    tables: scan.tables.map((t, k) => ({ id: tableIds[k], ...place(t), xml: spans[t.raw], root })),
    controls: scan.controls.map((c, k) => ({
      id: controlIds[k],
      tag: c.tag,
      title: c.title,
      ...place(c),
      ...(c.inParagraph !== undefined ? { inParagraph: c.inParagraph } : {}),
    })),
  };
}

/** Each w:tbl element of a part, whole, in the order the tables open (nested ones after the table holding them). */
function tableSpans(xml: string): string[] {
  const out: string[] = [];
  const open: { start: number; k: number }[] = [];
  for (const m of xml.matchAll(/<(\/?)(?:\w+:)?tbl(?=[\s>/])[^>]*>/g)) {
    if (m[1]) {
      const o = open.pop();
      if (o) out[o.k] = xml.slice(o.start, m.index! + m[0].length);
    } else if (m[0].endsWith("/>")) out.push(m[0]);
    else open.push({ start: m.index!, k: out.push("") - 1 });
  }
  return out;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The Flat OPC package getOoxml answers with: the content in a document part with the
 * file's own namespace declarations, then a paragraph and the section properties (a body
 * ends so), and the document's styles and numbering. Assumed: Word's package also carries
 * theme, settings and font parts, so its answer is larger than this one.
 */
function flatOpcOf(content: string, root: string | undefined, parts: PackageParts): string {
  const strip = (xml: string) => xml.replace(/^\uFEFF?\s*<\?xml[^>]*\?>/, "");
  const openRoot = root ?? `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`;
  const closeRoot = `</${/^<([\w:]+)/.exec(openRoot)![1]}>`;
  const prefix = /^<(\w+:)?document/.exec(openRoot)?.[1] ?? "";
  const part = (name: string, type: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${strip(xml)}</pkg:xmlData></pkg:part>`;
  const rels = [
    parts.styles ? `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` : "",
    parts.numbering ? `<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>` : "",
  ].join("");
  return (
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    part(
      "/_rels/.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ) +
    part(
      "/word/document.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      `${openRoot}<${prefix}body>${content}<${prefix}p/><${prefix}sectPr/></${prefix}body>${closeRoot}`,
    ) +
    part(
      "/word/_rels/document.xml.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ) +
    (parts.styles
      ? part(
          "/word/styles.xml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
          parts.styles,
        )
      : "") +
    (parts.numbering
      ? part(
          "/word/numbering.xml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
          parts.numbering,
        )
      : "") +
    `</pkg:package>`
  );
}

/** The parts of the document that travel with any OOXML Word gives out. */
interface PackageParts {
  styles?: string;
  numbering?: string;
}

/** Word's paragraphs for what the reader read, placed in the scan's containers. */
function simParagraphs(doc: DocModel, texts: string[], places: Containers[], behaviour: WordBehaviour): SimParagraph[] {
  const shown = (t: string) => (behaviour.lineBreakAsVerticalTab ? t.replace(/\n/g, "\v") : t);
  return doc.paragraphs.map((p, i) => {
    const text = shown(texts[i] ?? p.text);
    const current = shown(p.text);
    const place = places[i];
    const cell = p.cell && !behaviour.cellIndexInRow ? { rowIndex: p.cell.row, cellIndex: p.cell.column } : {};
    return {
      id: nextId++,
      text,
      ...(current !== text ? { current } : {}),
      ...wordStyle(p, behaviour),
      ...(p.list ? { listString: p.list.label, listLevel: p.list.level } : {}),
      ...place,
      ...cell,
      tableNestingLevel: place.tables.length,
    };
  });
}

/**
 * The reader's model and the scan must count the same paragraphs in the same tables, or the simulated Word would answer
 * for another document.
 */
function checkScan(doc: DocModel, scan: BodyScan, part: string): void {
  if (scan.paragraphs.length !== doc.paragraphs.length)
    throw new SimulatorGap(
      `${part}: a body whose paragraphs the scan counts differently from the reader (${scan.paragraphs.length} / ${doc.paragraphs.length}; altChunk?)`,
    );
  doc.paragraphs.forEach((p, i) => {
    const place = scan.paragraphs[i];
    if (
      (place.tables[place.tables.length - 1] ?? -1) !== (p.cell?.table ?? -1) ||
      (p.cell && place.rowIndex !== p.cell.row)
    )
      throw new SimulatorGap(`${part}: paragraph ${i} in another table or row than the reader's`);
  });
}

/**
 * Shows tracked deletions and moved-from text as text: their wrappers go, w:delText becomes w:t. Self-closing marks (a
 * deleted paragraph mark) stay.
 */
export function showTrackedRemovals(xml: string): string {
  return xml
    .replace(/<(\w+:)?(del|moveFrom)(\s[^>]*)?>/g, (m) => (m.endsWith("/>") ? m : ""))
    .replace(/<\/(\w+:)?(del|moveFrom)>/g, "")
    .replace(/<(\/?)(\w+:)?delText\b/g, "<$1$2t")
    .replace(/<(\/?)(\w+:)?delInstrText\b/g, "<$1$2instrText");
}

function decode(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return strFromU8(bytes);
}

function mainPartName(files: Record<string, Uint8Array>): string {
  const rels = decode(files["_rels/.rels"]) ?? "";
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /Type="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const target = /Target="([^"]*)"/.exec(m[0])?.[1];
    if (target && /\/officeDocument$/.test(type)) return target.replace(/^\//, "");
  }
  return "word/document.xml";
}

/** Comments of word/comments.xml: their plain text, paragraphs joined by "\n". */
function commentsOf(xml: string | undefined): SimComment[] {
  if (!xml) return [];
  const out: SimComment[] = [];
  let cur: { author: string; paras: string[] } | undefined;
  let inText = false;
  parseXml(xml, "word/comments.xml", {
    open(name, a) {
      if (name === "comment") cur = { author: attr(a, "author") ?? "", paras: [] };
      else if (name === "p" && cur) cur.paras.push("");
      else if (name === "t") inText = true;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "comment" && cur) {
        out.push({ id: nextId++, paragraphs: [], content: cur.paras.join("\n"), author: cur.author });
        cur = undefined;
      }
    },
    text(t) {
      if (inText && cur && cur.paras.length) cur.paras[cur.paras.length - 1] += t;
    },
  });
  return out;
}

/** The namespace Word files a custom XML part under: its root element's. */
function rootNamespace(xml: string): string {
  const root = /<(?![?!])([\w.-]+:)?[\w.-]+([^>]*)>/.exec(xml);
  if (!root) return "";
  const prefix = root[1]?.slice(0, -1);
  const decl = new RegExp(`xmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*"([^"]*)"`).exec(root[2]);
  return decl?.[1] ?? "";
}

// ---------------------------------------------------------------------------------------
// The wire format, as the runtime writes and reads it

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
  AutoKeepReference?: boolean;
}

export interface ResponseBody {
  Results: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; Location: string; ActionIndex: number; HttpStatusCode: number };
}

/**
 * ObjectPathType and ActionType as the runtime numbers them (OfficeExtension's ObjectPathFactory and ActionFactory).
 */
const PATH = { global: 1, newObject: 2, method: 3, property: 4, indexer: 5, referenceId: 6, nullObject: 7 } as const;
const ACTION = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  ensureUnchanged: 6,
  recursiveQuery: 7,
} as const;

type Host =
  | { t: "document" }
  | { t: "body" }
  | { t: "paragraphs"; ids: number[] }
  | { t: "paragraph"; id: number }
  | { t: "range"; ids: number[]; table?: number }
  | { t: "listItem"; id: number }
  | { t: "tableCell"; id: number }
  | { t: "comments"; ids: number[] }
  | { t: "comment"; id: number }
  | { t: "contentControls"; ids: number[] }
  | { t: "contentControl"; id: number }
  | { t: "tables"; ids: number[] }
  | { t: "trackedChanges"; ids: number[] }
  | { t: "trackedChange"; id: number }
  | { t: "table"; id: number }
  | { t: "searchResults"; paragraph: number; hits: [number, number][] }
  | { t: "textRange"; paragraph: number; start: number; end: number }
  | { t: "customXmlParts"; ids: string[] }
  | { t: "customXmlPart"; id: string }
  | { t: "null" };

type SelectTree = Map<string, SelectTree | true>;

function selectTree(select: string[] | undefined): SelectTree | undefined {
  if (!select) return undefined;
  const root: SelectTree = new Map();
  for (const path of select) {
    const parts = path.split("/");
    let node = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        if (!node.has(part)) node.set(part, true);
        return;
      }
      let next = node.get(part);
      if (next === undefined || next === true) node.set(part, (next = new Map()));
      node = next;
    });
  }
  return root;
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

// ---------------------------------------------------------------------------------------
// The recorder

export interface SyncRecord {
  /** The JSON request body's UTF-8 size, as OfficeJsRequestExecutor sends it (JSON.stringify of Body). */
  requestBytes: number;
  /** The JSON response body's UTF-8 size. */
  responseBytes: number;
  actions: number;
  objectPaths: number;
  /** Word's error code when the batch failed. */
  error?: string;
}

export interface PayloadSummary {
  /** context.sync() calls (a sync with nothing queued sends nothing). */
  syncs: number;
  /** Requests actually sent to Word. */
  roundTrips: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
}

/** The numbers of a measurement, without its records. */
export function summaryOf(m: PayloadSummary): PayloadSummary {
  const { syncs, roundTrips, maxRequestBytes, maxResponseBytes, totalRequestBytes, totalResponseBytes } = m;
  return { syncs, roundTrips, maxRequestBytes, maxResponseBytes, totalRequestBytes, totalResponseBytes };
}

export class Recorder {
  readonly records: SyncRecord[] = [];
  syncCalls = 0;
  /** The last request body sent, parsed from its JSON (for tests that look at the wire). */
  lastRequest?: RequestBody;

  mark(): { records: number; syncs: number } {
    return { records: this.records.length, syncs: this.syncCalls };
  }

  since(mark: { records: number; syncs: number }): PayloadSummary & { records: SyncRecord[] } {
    const records = this.records.slice(mark.records);
    return {
      syncs: this.syncCalls - mark.syncs,
      roundTrips: records.length,
      maxRequestBytes: Math.max(0, ...records.map((r) => r.requestBytes)),
      maxResponseBytes: Math.max(0, ...records.map((r) => r.responseBytes)),
      totalRequestBytes: records.reduce((n, r) => n + r.requestBytes, 0),
      totalResponseBytes: records.reduce((n, r) => n + r.responseBytes, 0),
      records,
    };
  }
}

// ---------------------------------------------------------------------------------------
// The simulated Word

export interface SimulatedWordOptions {
  behaviour?: Partial<WordBehaviour>;
  /**
   * Word on the web's payload limits, when set: a larger request is refused before anything
   * runs (RequestPayloadSizeLimitExceeded); a larger response is refused after the batch ran
   * (ResponsePayloadSizeLimitExceeded) — assumed, as Word cannot know the answer's size first.
   */
  limits?: { requestBytes?: number; responseBytes?: number };
}

export class SimulatedWord {
  paragraphs: SimParagraph[];
  comments: SimComment[];
  contentControls: SimContentControl[];
  tables: Map<number, SimTable>;
  /** The body's tracked changes, by kind (WordApi 1.6 getTrackedChanges): one per w:ins / w:del of the file. */
  trackedChanges: { id: number; type: "Added" | "Deleted" }[];
  customXmlParts: SimCustomXmlPart[];
  /** Ids of the paragraphs the selection covers: Word opens a document with the cursor at its start. */
  selection: number[];
  readonly behaviour: WordBehaviour;
  readonly recorder = new Recorder();
  /** Every insertOoxml Word received, in order. */
  readonly ooxmlInserts: { location: string; xml: string; paragraphs: number }[] = [];
  private readonly limits: NonNullable<SimulatedWordOptions["limits"]>;
  private positions?: Map<number, number>;
  private nextPart = 1;
  private readonly parts: PackageParts;

  constructor(
    init: {
      paragraphs: SimParagraph[];
      comments?: SimComment[];
      contentControls?: SimContentControl[];
      tables?: SimTable[];
      customXml?: string[];
      parts?: PackageParts;
      trackedChanges?: { insertions: number; deletions: number };
    },
    options: SimulatedWordOptions = {},
  ) {
    this.behaviour = { ...WORD, ...options.behaviour };
    this.limits = options.limits ?? {};
    this.paragraphs = init.paragraphs;
    this.comments = init.comments ?? [];
    this.contentControls = init.contentControls ?? [];
    this.tables = new Map((init.tables ?? []).map((t) => [t.id, t]));
    this.parts = init.parts ?? {};
    const changes = init.trackedChanges ?? { insertions: 0, deletions: 0 };
    this.trackedChanges = [
      ...Array.from({ length: changes.insertions }, () => ({ id: nextId++, type: "Added" as const })),
      ...Array.from({ length: changes.deletions }, () => ({ id: nextId++, type: "Deleted" as const })),
    ];
    this.customXmlParts = (init.customXml ?? []).map((xml) => this.newPart(xml));
    this.selection = this.paragraphs.length ? [this.paragraphs[0].id] : [];
  }

  /**
   * Word with a .docx open: its paragraphs as Word reports them, its tables, content controls, comments and custom XML
   * parts.
   */
  static fromDocx(bytes: Uint8Array, options: SimulatedWordOptions = {}): SimulatedWord {
    const behaviour = { ...WORD, ...options.behaviour };
    const { doc, customXml } = readDocxPackage(bytes);
    const files = unzipSync(bytes, {
      filter: (f) =>
        /^(_rels\/\.rels|word\/(comments|styles|numbering)\.xml)$/.test(f.name) || /document[^/]*\.xml$/.test(f.name),
    });
    const main = mainPartName(files);
    const body = decode(files[main]) ?? "";
    let texts = doc.paragraphs.map((p) => p.text);
    if (behaviour.deletionsInText && /<(\w+:)?(del|moveFrom)[\s>]/.test(body)) {
      // the reader, run on the body with its deletions shown, gives the text as Word shows it
      const all = unzipSync(bytes);
      all[main] = strToU8(showTrackedRemovals(body));
      const shown = readDocx(zipSync(all)).paragraphs;
      if (shown.length !== doc.paragraphs.length)
        throw new Error(
          `showing tracked deletions changed the paragraph count (${doc.paragraphs.length} → ${shown.length})`,
        );
      texts = shown.map((p) => p.text);
    }
    const scan = scanBody(body, main);
    checkScan(doc, scan, main);
    const placed = placeScan(scan, { tables: [], controls: [] }, body);
    const paragraphs = simParagraphs(doc, texts, placed.paragraphs, behaviour);
    for (const c of placed.controls) if (c.inParagraph !== undefined) c.inParagraph = paragraphs[c.inParagraph].id;
    return new SimulatedWord(
      {
        paragraphs,
        comments: commentsOf(decode(files["word/comments.xml"])),
        contentControls: placed.controls,
        tables: placed.tables,
        customXml,
        parts: { styles: decode(files["word/styles.xml"]), numbering: decode(files["word/numbering.xml"]) },
        trackedChanges: { insertions: doc.meta?.trackedInsertions ?? 0, deletions: doc.meta?.trackedDeletions ?? 0 },
      },
      options,
    );
  }

  texts(): string[] {
    return this.paragraphs.map((p) => p.text);
  }

  indexOf(id: number): number {
    if (!this.positions) {
      this.positions = new Map();
      this.paragraphs.forEach((p, i) => this.positions!.set(p.id, i));
    }
    return this.positions.get(id) ?? -1;
  }

  /** Index of the first paragraph of the selection. */
  selectedIndex(): number | undefined {
    return this.selection.length ? this.indexOf(this.selection[0]) : undefined;
  }

  /** Places the cursor in the paragraph at this index. */
  setCursor(index: number): void {
    this.selection = [this.paragraphs[index].id];
  }

  /** A Word.RequestContext of the real runtime whose requests this Word answers, through the recorder. */
  context(): Word.RequestContext {
    const { Word: W } = wordRuntime();
    const context = new W.RequestContext();
    const sync = context.sync;
    context.sync = (value?: unknown) => {
      this.recorder.syncCalls++;
      return sync(value);
    };
    context._requestExecutor = {
      executeAsync: (_customData: unknown, _flags: number, message: { Body: unknown }) =>
        Promise.resolve(this.exchange(message.Body)),
    };
    return context as Word.RequestContext;
  }

  /** One round trip: the request as sent, Word's answer as received. */
  private exchange(body: unknown): object {
    const requestText = JSON.stringify(body);
    const request = JSON.parse(requestText) as RequestBody;
    this.recorder.lastRequest = request;
    const record: SyncRecord = {
      requestBytes: Buffer.byteLength(requestText, "utf8"),
      responseBytes: 0,
      actions: request.Actions.length,
      objectPaths: Object.keys(request.ObjectPaths).length,
    };
    this.recorder.records.push(record);
    if (this.limits.requestBytes !== undefined && record.requestBytes > this.limits.requestBytes) {
      record.error = "RequestPayloadSizeLimitExceeded";
      return {
        HttpStatusCode: 400,
        ErrorCode: record.error,
        ErrorMessage: "The request payload size has exceeded the limit.",
        Headers: {},
        Body: null,
      };
    }
    const response = this.execute(request);
    const responseText = JSON.stringify(response);
    record.responseBytes = Buffer.byteLength(responseText, "utf8");
    if (response.Error) record.error = response.Error.Code;
    if (this.limits.responseBytes !== undefined && record.responseBytes > this.limits.responseBytes) {
      record.error = "ResponsePayloadSizeLimitExceeded";
      return {
        HttpStatusCode: 400,
        ErrorCode: record.error,
        ErrorMessage: "The response payload size has exceeded the limit.",
        Headers: {},
        Body: null,
      };
    }
    return { HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: JSON.parse(responseText) };
  }

  /**
   * Runs a request's actions in order. Object paths are resolved when first used (an
   * Instantiate action, or the first action on them) and keep what they resolved to for the
   * rest of the request, as Word's object references do: a paragraph reached by getNext()
   * stays that paragraph when something is inserted before it. A failing action ends the
   * batch; what the actions before it did stays done (no rollback: Word's batches are not
   * transactions), and their results are answered with the error.
   */
  execute(request: RequestBody): ResponseBody {
    const resolved = new Map<number, Host>();
    const results: ResponseBody["Results"] = [];
    for (let i = 0; i < request.Actions.length; i++) {
      const action = request.Actions[i];
      try {
        const value = this.act(action, request.ObjectPaths, resolved);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        if (!(e instanceof WordHostError)) throw e;
        return {
          Results: results,
          Error: {
            Code: e.code,
            Message: e.message,
            Location: e.location,
            ActionIndex: i,
            HttpStatusCode: e.httpStatusCode,
          },
        };
      }
    }
    return { Results: results };
  }

  private act(action: ActionInfo, paths: Record<string, ObjectPathInfo>, resolved: Map<number, Host>): unknown {
    const target = () => this.resolve(action.ObjectPathId, paths, resolved);
    switch (action.ActionType) {
      case ACTION.instantiate: {
        const o = target();
        // a null object is answered as null, so the runtime marks the path a null object
        return o.t === "null" ? null : undefined;
      }
      case ACTION.query:
        return this.query(target(), action.QueryInfo ?? {});
      case ACTION.method:
        return this.invoke(target(), action.Name, action.ArgumentInfo?.Arguments ?? []);
      case ACTION.trace:
        return undefined;
      default:
        throw new SimulatorGap(`ActionType ${action.ActionType} (${action.Name})`);
    }
  }

  private resolve(id: number, paths: Record<string, ObjectPathInfo>, resolved: Map<number, Host>): Host {
    // iterative: a jump by getNext() chains one path per paragraph, deeper than the call stack
    const chain: ObjectPathInfo[] = [];
    let cur: number | undefined = id;
    while (cur !== undefined && !resolved.has(cur)) {
      const info: ObjectPathInfo | undefined = paths[String(cur)];
      if (!info) throw new SimulatorGap(`object path ${cur} referenced but not sent`);
      chain.push(info);
      cur = info.ObjectPathType === PATH.global ? undefined : info.ParentObjectPathId;
    }
    for (let k = chain.length - 1; k >= 0; k--) {
      const info = chain[k];
      const parent = info.ParentObjectPathId !== undefined ? resolved.get(info.ParentObjectPathId) : undefined;
      resolved.set(info.Id, this.evaluate(info, parent));
    }
    return resolved.get(id)!;
  }

  private evaluate(info: ObjectPathInfo, parent: Host | undefined): Host {
    const args = info.ArgumentInfo?.Arguments ?? [];
    switch (info.ObjectPathType) {
      case PATH.global:
        return { t: "document" };
      case PATH.property:
        return this.property(parent!, info.Name);
      case PATH.method:
        return this.method(parent!, info.Name, args);
      case PATH.indexer:
        return this.indexer(parent!, args[0]);
      case PATH.nullObject:
        return { t: "null" };
      default:
        throw new SimulatorGap(`ObjectPathType ${info.ObjectPathType}`);
    }
  }

  private paragraph(id: number, location: string): SimParagraph {
    const i = this.indexOf(id);
    if (i < 0) throw notFound(location);
    return this.paragraphs[i];
  }

  private control(id: number, location: string): SimContentControl {
    const c = this.contentControls.find((x) => x.id === id);
    if (!c) throw notFound(location);
    return c;
  }

  private table(id: number, location: string): SimTable {
    const t = this.tables.get(id);
    if (!t) throw notFound(location);
    return t;
  }

  /** The paragraphs a table or block content control holds, in body order; an inline control's paragraph. */
  private paragraphsIn(o: { t: "table" | "contentControl"; id: number }): SimParagraph[] {
    if (o.t === "contentControl") {
      const c = this.control(o.id, "ContentControl");
      if (c.inParagraph !== undefined)
        return this.indexOf(c.inParagraph) >= 0 ? [this.paragraph(c.inParagraph, "ContentControl")] : [];
      return this.paragraphs.filter((p) => p.controls.includes(o.id));
    }
    this.table(o.id, "Table");
    return this.paragraphs.filter((p) => p.tables.includes(o.id));
  }

  /** The innermost of `ids` (tables or controls around something), or null. */
  private innermost(t: "table" | "contentControl", ids: number[], required: boolean, location: string): Host {
    const id = ids[ids.length - 1];
    if (id !== undefined) return { t, id } as Host;
    if (required) throw notFound(location);
    return { t: "null" };
  }

  private containersOf(o: Host, location: string): Containers {
    if (o.t === "paragraph") return this.paragraph(o.id, location);
    if (o.t === "contentControl") return this.control(o.id, location);
    if (o.t === "table") return this.table(o.id, location);
    throw new SimulatorGap(`${location} on ${o.t}`);
  }

  private property(o: Host, name: string): Host {
    if (o.t === "null") throw notFound(name);
    const orNull = name.endsWith("OrNullObject");
    const base = orNull ? name.slice(0, -"OrNullObject".length) : name;
    const id = (o as { id?: number }).id!;
    switch (`${o.t}.${base}`) {
      case "document.Body":
        return { t: "body" };
      case "document.ContentControls":
      case "body.ContentControls":
        return { t: "contentControls", ids: this.contentControls.map((c) => c.id) };
      case "body.Tables":
        return { t: "tables", ids: [...this.tables.values()].filter((t) => t.tables.length === 0).map((t) => t.id) };
      case "document.CustomXmlParts":
        return { t: "customXmlParts", ids: this.customXmlParts.map((p) => p.id) };
      case "body.Paragraphs":
        return { t: "paragraphs", ids: this.paragraphs.map((p) => p.id) };
      case "range.Paragraphs":
        return { t: "paragraphs", ids: (o as { ids: number[] }).ids.filter((i) => this.indexOf(i) >= 0) };
      case "contentControl.Paragraphs":
      case "table.Paragraphs":
        return {
          t: "paragraphs",
          ids: this.paragraphsIn(o as { t: "table" | "contentControl"; id: number }).map((p) => p.id),
        };
      case "paragraph.ListItem": {
        const p = this.paragraph(id, "Paragraph.listItem");
        if (p.listString !== undefined) return { t: "listItem", id: p.id };
        if (!orNull) throw notFound("Paragraph.listItem");
        return { t: "null" };
      }
      case "paragraph.ParentTableCell": {
        const p = this.paragraph(id, "Paragraph.parentTableCell");
        if (p.tableNestingLevel > 0) return { t: "tableCell", id: p.id };
        if (!orNull) throw notFound("Paragraph.parentTableCell");
        return { t: "null" };
      }
      case "paragraph.ParentTable":
      case "contentControl.ParentTable":
      case "table.ParentTable":
        return this.innermost(
          "table",
          this.containersOf(o, `${o.t}.parentTable`).tables,
          !orNull,
          `${o.t}.parentTable`,
        );
      case "paragraph.ParentContentControl":
      case "contentControl.ParentContentControl":
      case "table.ParentContentControl":
        return this.innermost(
          "contentControl",
          this.containersOf(o, `${o.t}.parentContentControl`).controls,
          !orNull,
          `${o.t}.parentContentControl`,
        );
    }
    throw new SimulatorGap(`${o.t}.${name}`);
  }

  private paragraphAt(ids: number[], index: number, location: string, orNull: boolean): Host {
    const id = ids[index];
    if (id === undefined || this.indexOf(id) < 0) {
      if (orNull) return { t: "null" };
      throw notFound(location);
    }
    return { t: "paragraph", id };
  }

  private method(o: Host, name: string, args: unknown[]): Host {
    if (o.t === "null") throw notFound(name);
    const orNull = name.endsWith("OrNullObject");
    const base = orNull ? name.slice(0, -"OrNullObject".length) : name;
    const id = (o as { id?: number }).id!;
    const ids = (o as { ids?: number[] }).ids ?? [];
    switch (`${o.t}.${base}`) {
      case "document.GetSelection":
        return { t: "range", ids: this.selection.filter((i) => this.indexOf(i) >= 0) };
      case "body.GetComments":
        return { t: "comments", ids: this.comments.map((c) => c.id) };
      case "body.GetRange":
        return { t: "range", ids: this.paragraphs.map((p) => p.id) };
      case "body.GetTrackedChanges":
        return { t: "trackedChanges", ids: this.trackedChanges.map((c) => c.id) };
      case "body.InsertOoxml":
      case "paragraph.InsertOoxml":
      case "range.InsertOoxml":
      case "contentControl.InsertOoxml":
        return this.insertOoxml(o, String(args[0]), String(args[1]));
      case "body.InsertParagraph":
      case "paragraph.InsertParagraph":
      case "range.InsertParagraph":
      case "contentControl.InsertParagraph":
      case "table.InsertParagraph":
        return this.insertParagraph(o, String(args[0] ?? ""), String(args[1]));
      case "paragraphs.GetFirst":
      case "tables.GetFirst":
        return o.t === "tables"
          ? this.innermost("table", ids.slice(0, 1), !orNull, "TableCollection.getFirst")
          : this.paragraphAt(ids, 0, "ParagraphCollection.getFirst", orNull);
      case "paragraphs.GetLast":
        return this.paragraphAt(ids, ids.length - 1, "ParagraphCollection.getLast", orNull);
      case "paragraphs.GetItemAt":
        return this.paragraphAt(ids, Number(args[0]), "ParagraphCollection.getItemAt", orNull);
      case "paragraph.GetNext":
      case "paragraph.GetPrevious": {
        const i = this.indexOf(id);
        const location = `Paragraph.${base === "GetNext" ? "getNext" : "getPrevious"}`;
        if (i < 0) throw notFound(location);
        const j = base === "GetNext" ? i + 1 : i - 1;
        if (j < 0 || j >= this.paragraphs.length) {
          if (orNull) return { t: "null" };
          throw notFound(location);
        }
        return { t: "paragraph", id: this.paragraphs[j].id };
      }
      case "paragraph.GetRange":
        this.paragraph(id, "Paragraph.getRange");
        return { t: "range", ids: [id] };
      case "contentControl.GetRange":
      case "table.GetRange": {
        const inside = this.paragraphsIn(o as { t: "table" | "contentControl"; id: number }).map((p) => p.id);
        // a table's whole range is the table: its OOXML is the table's
        return {
          t: "range",
          ids: inside,
          ...(o.t === "table" && (args[0] ?? "Whole") === "Whole" ? { table: id } : {}),
        };
      }
      case "range.InsertComment":
      case "paragraph.InsertComment": {
        const on = o.t === "paragraph" ? [id] : ids;
        on.forEach((i) => this.paragraph(i, "Range.insertComment"));
        const comment: SimComment = {
          id: nextId++,
          paragraphs: [...on],
          content: String(args[0]),
          author: "Simulated Word",
        };
        this.comments.push(comment);
        return { t: "comment", id: comment.id };
      }
      case "paragraph.Search": {
        // Word's search in a paragraph, without wildcards: ^^ is a literal ^; hits do not overlap
        const p = this.paragraph(id, "Paragraph.search");
        const options = (args[1] ?? {}) as { matchCase?: boolean; matchWildcards?: boolean };
        if (options.matchWildcards) throw new SimulatorGap("search with wildcards");
        const needle = String(args[0]).replace(/\^\^/g, "^");
        if (/\^/.test(needle) || needle.length > 255 || !needle)
          throw new WordHostError(
            "InvalidArgument",
            "The argument is invalid or missing or has an incorrect format.",
            "Paragraph.search",
          );
        const fold = (x: string) => (options.matchCase ? x : x.toLowerCase());
        const hits: [number, number][] = [];
        for (
          let at = fold(p.text).indexOf(fold(needle));
          at >= 0;
          at = fold(p.text).indexOf(fold(needle), at + needle.length)
        )
          hits.push([at, at + needle.length]);
        return { t: "searchResults", paragraph: p.id, hits };
      }
      case "searchResults.GetItemAt": {
        const r = o as Extract<Host, { t: "searchResults" }>;
        const hit = r.hits[Number(args[0])];
        if (!hit) throw notFound("RangeCollection.getItemAt");
        return { t: "textRange", paragraph: r.paragraph, start: hit[0], end: hit[1] };
      }
      case "textRange.InsertText": {
        const r = o as Extract<Host, { t: "textRange" }>;
        if (String(args[1]) !== "Replace") throw new SimulatorGap(`Range.insertText at ${String(args[1])}`);
        const p = this.paragraph(r.paragraph, "Range.insertText");
        const was = p.text.slice(r.start, r.end);
        p.text = p.text.slice(0, r.start) + String(args[0]) + p.text.slice(r.end);
        // the reviewed text holds the same words (an edit inside a tracked deletion is not simulated)
        if (p.current !== undefined) p.current = p.current.replace(was, String(args[0]));
        return { t: "textRange", paragraph: r.paragraph, start: r.start, end: r.start + String(args[0]).length };
      }
      case "comments.GetItemAt":
        return this.itemAt(o, Number(args[0]), "comment", "CommentCollection.getItemAt");
      case "contentControls.GetItemAt":
        return this.itemAt(o, Number(args[0]), "contentControl", "ContentControlCollection.getItemAt");
      case "tables.GetItemAt":
        return this.itemAt(o, Number(args[0]), "table", "TableCollection.getItemAt");
      case "customXmlParts.GetItemAt":
        return this.itemAt(o, Number(args[0]), "customXmlPart", "CustomXmlPartCollection.getItemAt");
      case "customXmlParts.GetByNamespace":
        return {
          t: "customXmlParts",
          ids: (o as { ids: string[] }).ids.filter((k) => this.part(k)?.namespaceUri === String(args[0])),
        };
      case "customXmlParts.GetItem":
        return this.indexer(o, args[0]);
      case "customXmlParts.Add": {
        const xml = String(args[0]);
        if (!/^\s*(<\?xml[^>]*\?>\s*)?<[^!?]/.test(xml))
          throw new WordHostError(
            "InvalidArgument",
            "The argument is invalid or missing or has an incorrect format.",
            "CustomXmlPartCollection.add",
          );
        const part = this.newPart(xml);
        this.customXmlParts.push(part);
        return { t: "customXmlPart", id: part.id };
      }
    }
    throw new SimulatorGap(`${o.t}.${name}`);
  }

  private itemAt(
    o: Host,
    index: number,
    t: "comment" | "contentControl" | "table" | "customXmlPart",
    location: string,
  ): Host {
    const id = (o as { ids: (number | string)[] }).ids[index];
    if (id === undefined) throw notFound(location);
    return { t, id } as Host;
  }

  private indexer(o: Host, key: unknown): Host {
    if (o.t === "paragraphs") {
      if (this.behaviour.itemIdentity !== "id")
        return this.paragraphAt(o.ids, Number(key), "ParagraphCollection.getItem", false);
      // the runtime sends back the _Id Word gave the item
      if (!o.ids.includes(Number(key)) || this.indexOf(Number(key)) < 0) throw notFound("ParagraphCollection.getItem");
      return { t: "paragraph", id: Number(key) };
    }
    if (o.t === "customXmlParts") {
      if (!o.ids.includes(String(key))) throw notFound("CustomXmlPartCollection.getItem");
      return { t: "customXmlPart", id: String(key) };
    }
    throw new SimulatorGap(`${o.t}[${JSON.stringify(key)}]`);
  }

  private part(id: string): SimCustomXmlPart | undefined {
    return this.customXmlParts.find((p) => p.id === id);
  }

  private newPart(xml: string): SimCustomXmlPart {
    const n = this.nextPart++;
    return {
      id: `{${n.toString(16).toUpperCase().padStart(8, "0")}-0000-4000-8000-000000000000}`,
      namespaceUri: rootNamespace(xml),
      xml,
    };
  }

  /**
   * Where content inserted at `location` of `target` goes: the body index, and the
   * containers it is in. Before / After a paragraph or range: beside it, in its cell and
   * controls (Word inserts where the range is). Before / After a table or content control:
   * beside it, outside it. Start / End of the body, or inside a content control.
   */
  private insertionPoint(target: Host, location: string, where: string): { at: number; outer: Containers } {
    const root: Containers = { tables: [], controls: [] };
    if (target.t === "body") {
      if (location === "End") return { at: this.paragraphs.length, outer: root };
      if (location === "Start") return { at: 0, outer: root };
    } else if (target.t === "paragraph" || target.t === "range") {
      const ids = target.t === "paragraph" ? [target.id] : target.ids;
      if (!ids.length) throw notFound(where);
      const first = this.paragraph(ids[0], where);
      const last = this.paragraph(ids[ids.length - 1], where);
      const { tables, controls, rowIndex, cellIndex } = location === "Before" ? first : last;
      const outer = { tables, controls, ...(tables.length ? { rowIndex, cellIndex } : {}) };
      if (location === "After") return { at: this.indexOf(last.id) + 1, outer };
      if (location === "Before") return { at: this.indexOf(first.id), outer };
    } else if (target.t === "table" || target.t === "contentControl") {
      const inside = this.paragraphsIn(target);
      if (!inside.length) throw notFound(where);
      const own = this.containersOf(target, where);
      const outer = {
        tables: own.tables,
        controls: own.controls,
        ...(own.tables.length ? { rowIndex: own.rowIndex, cellIndex: own.cellIndex } : {}),
      };
      const first = this.indexOf(inside[0].id);
      const last = this.indexOf(inside[inside.length - 1].id);
      const block = target.t === "table" || this.control(target.id, where).inParagraph === undefined;
      if (location === "After") return { at: last + 1, outer };
      if (location === "Before") return { at: first, outer };
      if (target.t === "contentControl" && block && (location === "Start" || location === "End")) {
        const within = { ...outer, controls: [...own.controls, target.id] };
        return { at: location === "Start" ? first : last + 1, outer: within };
      }
    }
    throw new SimulatorGap(`${where} at ${location}`);
  }

  private place(
    at: number,
    paragraphs: SimParagraph[],
    tables: SimTable[] = [],
    controls: SimContentControl[] = [],
  ): void {
    this.paragraphs.splice(at, 0, ...paragraphs);
    this.positions = undefined;
    for (const t of tables) this.tables.set(t.id, t);
    this.contentControls.push(...controls);
  }

  private insertParagraph(target: Host, text: string, location: string): Host {
    const where = `${target.t}.insertParagraph`;
    const { at, outer } = this.insertionPoint(target, location, where);
    const p: SimParagraph = {
      id: nextId++,
      text,
      style: "Normal",
      styleBuiltIn: "Normal",
      outlineLevel: 10,
      ...outer,
      tableNestingLevel: outer.tables.length,
    };
    this.place(at, [p]);
    return { t: "paragraph", id: p.id };
  }

  /**
   * insertOoxml: a paragraph per w:p of the package's body (table cells included), with the
   * package's tables and content controls, placed at the insertion point and inside its
   * containers (inserted into a table cell, the new paragraphs are in that cell).
   */
  private insertOoxml(target: Host, xml: string, location: string): Host {
    const where = `${target.t}.insertOoxml`;
    const documentXml = flatOpcPart(xml, "/word/document.xml");
    if (!documentXml)
      throw new WordHostError(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format.",
        where,
      );
    const { at, outer } = this.insertionPoint(target, location, where);
    const inserted = readFlatOpc(xml)!;
    const scan = scanBody(documentXml, "insertOoxml");
    checkScan(inserted, scan, "insertOoxml");
    const placed = placeScan(scan, outer, documentXml);
    const paragraphs = simParagraphs(
      inserted,
      inserted.paragraphs.map((p) => p.text),
      placed.paragraphs,
      this.behaviour,
    );
    for (const c of placed.controls) if (c.inParagraph !== undefined) c.inParagraph = paragraphs[c.inParagraph].id;
    this.place(at, paragraphs, placed.tables, placed.controls);
    this.ooxmlInserts.push({ location, xml, paragraphs: paragraphs.length });
    return { t: "range", ids: paragraphs.map((p) => p.id) };
  }

  private invoke(o: Host, name: string, args: unknown[]): unknown {
    if (name === "_KeepReference") return undefined;
    if (o.t === "null") throw notFound(name);
    const id = (o as { id?: number | string }).id;
    const ids = (o as { ids?: unknown[] }).ids ?? [];
    switch (`${o.t}.${name}`) {
      case "paragraph.Select":
        this.paragraph(id as number, "Paragraph.select");
        this.selection = [id as number];
        return undefined;
      case "range.Select":
        this.selection = [...(ids as number[])];
        return undefined;
      case "contentControl.Select":
      case "table.Select":
        this.selection = this.paragraphsIn(o as { t: "table" | "contentControl"; id: number }).map((p) => p.id);
        return undefined;
      case "comment.Delete": {
        const i = this.comments.findIndex((c) => c.id === id);
        if (i < 0) throw notFound("Comment.delete");
        this.comments.splice(i, 1);
        return undefined;
      }
      case "contentControl.Delete": {
        const c = this.control(id as number, "ContentControl.delete");
        if (args[0] !== true)
          throw new SimulatorGap("ContentControl.delete(false): removing the content with the control");
        // the wrapper goes: what it held is now in the control around it
        this.contentControls.splice(this.contentControls.indexOf(c), 1);
        for (const x of [...this.paragraphs, ...this.tables.values(), ...this.contentControls])
          if (x.controls.includes(c.id)) x.controls = x.controls.filter((k) => k !== c.id);
        return undefined;
      }
      case "customXmlPart.Delete": {
        const i = this.customXmlParts.findIndex((p) => p.id === id);
        if (i < 0) throw notFound("CustomXmlPart.delete");
        this.customXmlParts.splice(i, 1);
        return undefined;
      }
      case "customXmlPart.GetXml": {
        const part = this.part(id as string);
        if (!part) throw notFound("CustomXmlPart.getXml");
        return part.xml;
      }
      case "paragraph.GetReviewedText": {
        const p = this.paragraph(id as number, "Paragraph.getReviewedText");
        if ((args[0] ?? "Current") !== "Current")
          throw new SimulatorGap(`Paragraph.getReviewedText("${String(args[0])}")`);
        return p.current ?? p.text;
      }
      case "range.GetOoxml": {
        const table = (o as { table?: number }).table;
        if (table === undefined) throw new SimulatorGap("getOoxml of a range that is not a whole table");
        const t = this.table(table, "Range.getOoxml");
        if (!t.xml) throw new SimulatorGap("getOoxml of a table whose XML was not kept");
        return flatOpcOf(t.xml, t.root, this.parts);
      }
      case "customXmlParts.GetCount":
      case "comments.GetCount":
      case "paragraphs.GetCount":
      case "contentControls.GetCount":
      case "tables.GetCount":
        return ids.length;
    }
    throw new SimulatorGap(`${o.t}.${name}()`);
  }

  // --- query answers: the scalar properties Word reports, by their names on the wire

  private scalars(o: Host): Record<string, () => unknown> | undefined {
    switch (o.t) {
      case "paragraph": {
        const p = this.paragraph(o.id, "Paragraph.load");
        return {
          Text: () => p.text,
          Style: () => p.style,
          StyleBuiltIn: () => p.styleBuiltIn,
          OutlineLevel: () => p.outlineLevel,
          TableNestingLevel: () => p.tableNestingLevel,
          IsListItem: () => p.listString !== undefined,
          IsLastParagraph: () => this.indexOf(p.id) === this.paragraphs.length - 1,
          // layout Word would report; the add-in reads none of it
          Alignment: () => "Justified",
          FirstLineIndent: () => 0,
          LeftIndent: () => 0,
          RightIndent: () => 0,
          LineSpacing: () => 12,
          LineUnitAfter: () => 0,
          LineUnitBefore: () => 0,
          SpaceAfter: () => 0,
          SpaceBefore: () => 0,
        };
      }
      case "textRange": {
        const p = this.paragraph(o.paragraph, "Range.load");
        return { Text: () => p.text.slice(o.start, o.end), IsEmpty: () => o.start === o.end };
      }
      case "range": {
        const inside = o.ids.filter((i) => this.indexOf(i) >= 0).map((i) => this.paragraph(i, "Range.load"));
        return {
          // the paragraphs' texts, each paragraph mark a "\r" between them
          Text: () => inside.map((p) => p.text).join("\r"),
          IsEmpty: () => inside.every((p) => p.text === ""),
          Style: () => inside[0]?.style ?? "Normal",
          StyleBuiltIn: () => inside[0]?.styleBuiltIn ?? "Normal",
        };
      }
      case "trackedChange": {
        const c = this.trackedChanges.find((x) => x.id === o.id);
        if (!c) throw notFound("TrackedChange.load");
        return {
          Type: () => c.type,
          Author: () => "",
          AuthorEmail: () => "",
          Date: () => "2024-01-01T00:00:00.000Z",
          Text: () => "",
        };
      }
      case "listItem": {
        const p = this.paragraph(o.id, "ListItem.load");
        return { Level: () => p.listLevel ?? 0, ListString: () => p.listString ?? "", SiblingIndex: () => 0 };
      }
      case "tableCell": {
        const p = this.paragraph(o.id, "TableCell.load");
        return {
          RowIndex: () => p.rowIndex,
          CellIndex: () => p.cellIndex,
          Value: () => p.text,
          ShadingColor: () => "",
          HorizontalAlignment: () => "Left",
          VerticalAlignment: () => "Center",
          ColumnWidth: () => 0,
          Width: () => 0,
        };
      }
      case "table": {
        const t = this.table(o.id, "Table.load");
        const own = () => this.paragraphs.filter((p) => p.tables[p.tables.length - 1] === t.id);
        return {
          NestingLevel: () => t.tables.length + 1,
          RowCount: () => new Set(own().map((p) => p.rowIndex)).size,
          Alignment: () => "Centered",
          HorizontalAlignment: () => "Left",
          VerticalAlignment: () => "Center",
          ShadingColor: () => "",
          Style: () => "Table Grid",
          StyleBuiltIn: () => "TableGrid",
          Width: () => 0,
          Values: () => {
            const rows: string[][] = [];
            for (const p of own()) {
              const row = (rows[p.rowIndex!] ??= []);
              row[p.cellIndex!] = row[p.cellIndex!] === undefined ? p.text : `${row[p.cellIndex!]}\n${p.text}`;
            }
            return rows.map((r) => Array.from(r, (x) => x ?? ""));
          },
        };
      }
      case "comment": {
        const c = this.comments.find((x) => x.id === o.id);
        if (!c) throw notFound("Comment.load");
        return {
          AuthorEmail: () => "",
          AuthorName: () => c.author,
          Content: () => c.content,
          CreationDate: () => "2024-01-01T00:00:00.000Z",
          Id: () => String(c.id),
          Resolved: () => false,
        };
      }
      case "contentControl": {
        const c = this.control(o.id, "ContentControl.load");
        return {
          Id: () => c.id,
          Title: () => c.title,
          Tag: () => c.tag,
          PlaceholderText: () => "",
          Type: () => "RichText",
          Appearance: () => "BoundingBox",
          Color: () => "#000000",
          RemoveWhenEdited: () => false,
          CannotDelete: () => false,
          CannotEdit: () => false,
          Style: () => "Normal",
          Text: () =>
            this.paragraphsIn({ t: "contentControl", id: c.id })
              .map((p) => p.text)
              .join("\r"),
          Subtype: () => (c.inParagraph === undefined ? "RichTextParagraphs" : "RichTextInline"),
          StyleBuiltIn: () => "Normal",
        };
      }
      case "customXmlPart": {
        const part = this.part(o.id);
        if (!part) throw notFound("CustomXmlPart.load");
        return { Id: () => part.id, NamespaceUri: () => part.namespaceUri };
      }
    }
    return undefined;
  }

  private itemsOf(o: Host): Host[] | undefined {
    switch (o.t) {
      case "paragraphs":
        return o.ids.map((id) => ({ t: "paragraph", id }));
      case "comments":
        return o.ids.map((id) => ({ t: "comment", id }));
      case "contentControls":
        return o.ids.map((id) => ({ t: "contentControl", id }));
      case "tables":
        return o.ids.map((id) => ({ t: "table", id }));
      case "searchResults":
        return o.hits.map(([start, end]) => ({ t: "textRange", paragraph: o.paragraph, start, end }));
      case "trackedChanges":
        return o.ids.map((id) => ({ t: "trackedChange", id }));
      case "customXmlParts":
        return o.ids.map((id) => ({ t: "customXmlPart", id }));
    }
    return undefined;
  }

  private query(o: Host, q: NonNullable<ActionInfo["QueryInfo"]>): unknown {
    if (o.t === "null") return null;
    if (q.Expand?.length) throw new SimulatorGap("load with expand");
    const tree = selectTree(q.Select);
    const items = this.itemsOf(o);
    if (!items) return this.select(o, tree);
    const skip = Math.max(0, q.Skip ?? 0);
    const top = q.Top === undefined ? items.length : Math.max(0, q.Top);
    const window = items.slice(skip, skip + top);
    return {
      _Items: window.map((item, k) => {
        const value = this.select(item, tree) as Record<string, unknown>;
        if (this.behaviour.itemIdentity === "index" && skip + k > 0) value._Index = skip + k;
        if (this.behaviour.itemIdentity === "id" && item.t === "paragraph") value._Id = item.id;
        return value;
      }),
    };
  }

  private select(o: Host, tree: SelectTree | undefined): unknown {
    if (o.t === "null") return null;
    const scalars = this.scalars(o);
    if (!scalars) throw new SimulatorGap(`load on ${o.t}`);
    const out: Record<string, unknown> = {};
    const all = !tree || tree.size === 0 || tree.has("*");
    if (all) for (const [k, get] of Object.entries(scalars)) out[k] = get();
    if (!tree) return out;
    for (const [key, sub] of tree) {
      if (key === "*" || key === "$none") continue;
      const name = pascal(key);
      if (sub === true && name in scalars) {
        out[name] = scalars[name]();
        continue;
      }
      out[name] = this.select(this.property(o, name), sub === true ? undefined : sub);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------
// Payloads of the add-in's actions at a given document size

export const PAYLOAD_ACTIONS = [
  "read",
  "jump-first",
  "jump-last",
  "comments",
  "insert-skeleton",
  "insert-missing",
] as const;
export type PayloadAction = (typeof PAYLOAD_ACTIONS)[number];

export interface PayloadRow extends PayloadSummary {
  action: PayloadAction;
  pages: number;
  paragraphs: number;
  /**
   * What went wrong in the document, when the action did not do what it should (the numbers are then those of a broken
   * action).
   */
  problem?: string;
}

/** `count` findings on paragraphs spread evenly from the first paragraph to the last: the farthest jump is in it. */
export function spreadFindings(paragraphs: number, count: number): Finding[] {
  return Array.from({ length: count }, (_, k) => {
    const paragraph = count === 1 ? 0 : Math.round((k * (paragraphs - 1)) / (count - 1));
    return {
      rule: "contract-test",
      severity: "info",
      message: { "zh-CN": `第 ${paragraph} 段的测试批注`, "en-US": `test comment on paragraph ${paragraph}` },
      location: { paragraph },
    } as Finding;
  });
}

/**
 * Syncs and payload sizes of each action of the add-in on a report of `pages` pages (as the
 * benchmark makes them), measured through the real runtime and the recorder, on a Word that
 * behaves as `behaviour` says. Each action's effect on the document is checked, and a row
 * says what went wrong when it did not do what it should.
 */
export async function measureWordPayloads(
  pages: number,
  behaviour: Partial<WordBehaviour> = {},
): Promise<PayloadRow[]> {
  const profile = defaultProfile();
  const bytes = await docxOfPages(pages);
  const word = SimulatedWord.fromDocx(bytes, { behaviour });
  const n = word.paragraphs.length;
  const rows: PayloadRow[] = [];
  const measure = async (
    action: PayloadAction,
    w: SimulatedWord,
    run: (context: Word.RequestContext) => Promise<string | undefined>,
  ) => {
    const mark = w.recorder.mark();
    // an action that throws is measured as far as it got, and says why it stopped
    const problem = await run(w.context()).catch(
      (e: Error & { code?: string }) => `failed: ${e.code ? `${e.code}: ` : ""}${e.message}`,
    );
    const summary = summaryOf(w.recorder.since(mark));
    rows.push({ action, pages, paragraphs: n, ...summary, ...(problem ? { problem } : {}) });
  };
  const selected = (index: number) =>
    word.selectedIndex() === index
      ? undefined
      : `the jump to paragraph ${index} selected paragraph ${word.selectedIndex()}`;

  await measure("read", word, async (context) => {
    const doc = await readDocument(context);
    return doc.paragraphs.length === n ? undefined : `read ${doc.paragraphs.length} paragraphs of ${n}`;
  });
  await measure("jump-first", word, async (context) => {
    await jumpTo(context, { paragraph: 0 });
    return selected(0);
  });
  await measure("jump-last", word, async (context) => {
    await jumpTo(context, { paragraph: n - 1 });
    return selected(n - 1);
  });
  await measure("comments", word, async (context) => {
    const before = word.comments.length;
    const findings = spreadFindings(n, 12);
    await addComments(context, findings, "zh-CN");
    const landed = word.comments.slice(before).map((c) => word.indexOf(c.paragraphs[0]));
    const wanted = findings.map((f) => f.location.paragraph);
    return JSON.stringify(landed) === JSON.stringify(wanted)
      ? undefined
      : `comments on paragraphs ${landed.join(",")}, not ${wanted.join(",")}`;
  });
  const fresh = SimulatedWord.fromDocx(bytes, { behaviour });
  await measure("insert-skeleton", fresh, async (context) => {
    await insertSkeleton(context, profile);
    return fresh.paragraphs.length > n ? undefined : "the skeleton inserted nothing";
  });
  const missingBytes = await writeDocx(dropSections(reportOfPages(pages), ["selfeval", "team"]), "styled");
  const missingDoc = readDocx(missingBytes);
  const missing = SimulatedWord.fromDocx(missingBytes, { behaviour });
  await measure("insert-missing", missing, async (context) => {
    const inserted = await insertMissingSections(context, profile, missingDoc);
    if (inserted === 0) return "no missing section inserted";
    // 二、 between 一、 and 三、; 六、 after 五、 (the seed's headings; the inserted ones)
    const at = (label: string) => missing.texts().findIndex((t) => t.startsWith(label));
    const [one, two, three, five, six] = ["一、", "二、自评工作开展情况", "三、", "五、", "六、评价工作组"].map(at);
    return one >= 0 && one < two && two < three && five < six
      ? undefined
      : `the missing sections are not at their places (一 ${one}, 二 ${two}, 三 ${three}, 五 ${five}, 六 ${six})`;
  });
  return rows;
}
