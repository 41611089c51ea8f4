// The template as it prints: the skeleton rendered by LibreOffice to PDF, read back page by
// page with poppler (pdftotext -layout per page, -bbox for positions). Table captions are on
// the page of their table's header row; every page carries "— N —" in its footer where
// GB/T 9704-2012 §7.5 puts it; the document properties reach the PDF. The pages are written
// as PNG to test-output/template/ for a person to look at.
import { execFileSync } from "child_process";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { defaultProfile } from "../../src/core/profile/built-in";
import { skeleton, type TableBlock } from "../../src/core/writing/template";
import { APPLICATION, blocksToDocx, templateTitle } from "../../src/io/ooxml/write";
import { docxToPdf, findPoppler, findSoffice, pdfToPngs } from "../../scripts/render-template";

const OUT = join(__dirname, "..", "..", "test-output", "template");
const soffice = findSoffice();
const poppler = findPoppler();

const PT_PER_MM = 72 / 25.4;
/** The type area (版心) of the template's section: A4, margins 37 / 35 / 28 / 26 mm. */
const MARGIN = { bottom: 35 * PT_PER_MM, left: 28 * PT_PER_MM, right: 26 * PT_PER_MM };
/** One 4号 character, the indent of the page number. */
const ONE_CHAR = 14;

const compact = (s: string) => s.replace(/\s+/g, "");

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
interface Page {
  width: number;
  height: number;
  words: Word[];
}

/** Every page's words with their boxes (points from the top left), from pdftotext -bbox. */
function pagesWithBoxes(pdf: string): Page[] {
  const html = execFileSync(poppler!.pdftotext, ["-bbox", pdf, "-"], { encoding: "utf8" });
  const unescape = (s: string) =>
    s
      .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"');
  return html
    .split(/<page /)
    .slice(1)
    .map((chunk) => {
      const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
      const words = [
        ...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
      ].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: unescape(m[5]),
      }));
      return { width: Number(width), height: Number(height), words };
    });
}

/** One page's text lines, laid out (pdftotext -f N -l N -layout), blank lines dropped. */
function pageLines(pdf: string, page: number): string[] {
  return execFileSync(poppler!.pdftotext, ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], {
    encoding: "utf8",
  })
    .split("\n")
    .filter((l) => l.trim() && l.trim() !== "\f");
}

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync(poppler!.pdfinfo, [pdf], { encoding: "utf8" }))![1]);
}

interface CaptionPlace {
  caption: string;
  page: number;
  /** The header row's first cell is printed below the caption on the caption's page. */
  withTable: boolean;
}

/** Where each table's caption is printed, and whether its table starts on that page. */
function captionPlaces(pdf: string, tables: TableBlock[]): CaptionPlace[] {
  const pages = Array.from({ length: pageCount(pdf) }, (_, i) => pageLines(pdf, i + 1).map(compact));
  return tables.map((t) => {
    const hits = pages.flatMap((lines, i) => (lines.includes(compact(t.caption)) ? [i] : []));
    if (hits.length !== 1) throw new Error(`caption ${t.caption} printed on ${hits.length} pages`);
    const lines = pages[hits[0]];
    const after = lines.slice(lines.indexOf(compact(t.caption)) + 1).join("");
    return { caption: t.caption, page: hits[0] + 1, withTable: after.includes(compact(t.columns[0])) };
  });
}

/** The skeleton with the captions' keepNext taken out: how the template printed before (issue 14). */
function withLooseCaptions(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files["word/document.xml"]);
  // a caption is the paragraph right before a w:tbl
  const loose = xml.replace(/<w:keepNext\/>((?:(?!<w:p>).)*<\/w:p><w:tbl>)/g, "$1");
  if (loose === xml) throw new Error("no caption with keepNext found");
  files["word/document.xml"] = strToU8(loose);
  return zipSync(files);
}

if (!soffice || !poppler) {
  test("the template rendered by LibreOffice", () => {
    console.log(
      `${!soffice ? "LibreOffice (soffice)" : "poppler-utils"} is not installed: the rendered template is not checked (apt-get install -y libreoffice-writer-nogui poppler-utils)`,
    );
  });
} else {
  describe("the template rendered by LibreOffice", () => {
    const profile = defaultProfile();
    const blocks = skeleton(profile);
    const tables = blocks.flatMap((b) => (b.kind === "section" ? b.tables : b.kind === "table" ? [b] : []));
    const written = new Date();
    let pdf: string;
    let loosePdf: string;
    let pngs: string[];

    beforeAll(() => {
      mkdirSync(OUT, { recursive: true });
      const docx = blocksToDocx(blocks);
      writeFileSync(join(OUT, "skeleton.docx"), docx);
      writeFileSync(join(OUT, "captions-without-keepnext.docx"), withLooseCaptions(docx));
      [pdf, loosePdf] = docxToPdf(
        soffice,
        [join(OUT, "skeleton.docx"), join(OUT, "captions-without-keepnext.docx")],
        OUT,
      );
      pngs = pdfToPngs(poppler.pdftoppm, pdf, OUT);
      // the same pages as the template printed before its captions were kept with their tables, to compare
      pdfToPngs(poppler.pdftoppm, loosePdf, OUT, "without-keepnext-page");
    }, 180000);

    test("every table caption is on the page where its table's header row is", () => {
      expect(tables.length).toBe(7);
      const places = captionPlaces(pdf, tables);
      expect(places.filter((p) => !p.withTable)).toEqual([]);
    });

    test("the check sees a stranded caption: without keepNext on the captions, LibreOffice leaves some at the foot of a page", () => {
      // if a change of layout leaves no caption near a page foot, this control stops proving
      // anything: make it strand one again (e.g. more lines before a table) rather than drop it
      const stranded = captionPlaces(loosePdf, tables).filter((p) => !p.withTable);
      expect(stranded.length).toBeGreaterThan(0);
    });

    test("every page has its number in the footer as — N —", () => {
      const n = pageCount(pdf);
      expect(n).toBeGreaterThanOrEqual(2);
      for (let page = 1; page <= n; page++) {
        const lines = pageLines(pdf, page);
        expect([page, lines[lines.length - 1].trim()]).toEqual([
          page,
          expect.stringMatching(new RegExp(`^\u2014\\s*${page}\\s*\u2014$`)),
        ]);
      }
    });

    test("odd page numbers sit right, even ones left, one character in from the type area, 7 mm below it (GB/T 9704 §7.5)", () => {
      const pages = pagesWithBoxes(pdf);
      pages.forEach((p, i) => {
        const page = i + 1;
        const typeAreaBottom = p.height - MARGIN.bottom;
        const footer = p.words.filter((w) => w.yMin > typeAreaBottom);
        expect([page, footer.map((w) => w.text)]).toEqual([page, ["\u2014", String(page), "\u2014"]]);
        const [left, , right] = footer;
        // odd: the closing dash ends one character before the type area's right edge; even: the opening dash starts one
        // character after its left edge
        const off = page % 2 ? p.width - MARGIN.right - ONE_CHAR - right.xMax : left.xMin - MARGIN.left - ONE_CHAR;
        expect([page, Math.abs(off) < 1]).toEqual([page, true]);
        // the dash's line: the middle of its box, within 1.5 mm of 7 mm below the type area
        const below = ((left.yMin + left.yMax) / 2 - typeAreaBottom) / PT_PER_MM;
        expect([page, Math.abs(below - 7) < 1.5]).toEqual([page, true]);
      });
    });

    test("the document properties reach the PDF; the .docx carries them", () => {
      const info = execFileSync(poppler.pdfinfo, [pdf], { encoding: "utf8" });
      expect(/^Title:\s+(.*)$/m.exec(info)?.[1]).toBe(templateTitle(blocks));
      expect(/^Author:\s+(.*)$/m.exec(info)?.[1]).toBe(APPLICATION);
      const files = unzipSync(readFileSync(join(OUT, "skeleton.docx")));
      const core = strFromU8(files["docProps/core.xml"]);
      expect(core).toContain(`<dc:title>${templateTitle(blocks)}</dc:title>`);
      expect(core).toContain(`<dc:creator>${APPLICATION}</dc:creator>`);
      const created = /<dcterms:created xsi:type="dcterms:W3CDTF">([^<]+)<\/dcterms:created>/.exec(core)![1];
      expect(Math.abs(Date.parse(created) - written.getTime())).toBeLessThan(10 * 60 * 1000);
      expect(strFromU8(files["docProps/app.xml"])).toContain(`<Application>${APPLICATION}</Application>`);
    });

    test("each page is written as a PNG to look at", () => {
      expect(pngs.length).toBe(pageCount(pdf));
      for (const png of pngs) expect(readFileSync(png).subarray(1, 4).toString()).toBe("PNG");
    });
  });
}
