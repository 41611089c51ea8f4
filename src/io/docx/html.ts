// HTML → DocModel, for the HTML a .docx may carry instead of WordprocessingML: a w:altChunk,
// which programs that export to Word from a web page (html-docx-js and the like) write and
// Word turns into paragraphs when it opens the file. Read as Word would show it: block
// elements are paragraphs, h1–h6 headings, list items numbered, tables on their grid with
// colspan/rowspan resolved; scripts, styles and the head are not text.
import { Parser } from "htmlparser2";
import { DocBuilder, type CellInput } from "../../core/builder";
import type { DocModel } from "../../core/model";

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "hr", "section", "article",
  "header", "footer", "nav", "aside", "main", "address", "dl", "dt", "dd", "figure", "figcaption", "center", "form",
  "fieldset", "caption", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "body", "html",
]); // prettier-ignore

/** Elements whose content is not text. */
const HIDDEN = new Set(["head", "title", "script", "style", "template", "noscript", "xml"]);

const MAX_SPAN = 1000;

interface HtmlCell {
  text: string[];
  colSpan: number;
  rowSpan: number;
}

interface HtmlTable {
  rows: HtmlCell[][];
  cell?: HtmlCell;
}

interface HtmlList {
  ordered: boolean;
  next: number;
  id: string;
}

const span = (v: string | undefined) => Math.min(MAX_SPAN, Math.max(1, Number.parseInt(v ?? "1", 10) || 1));

/** Rows of HTML cells laid out on a grid: slots under a rowspan are covered (null), a colspan stays one cell. */
function onGrid(rows: HtmlCell[][]): CellInput[][] {
  const covered: number[][] = rows.map(() => []);
  return rows.map((row, r) => {
    const out: CellInput[] = [];
    let col = 0;
    const coveredHere = () => covered[r].includes(col);
    for (const cell of row) {
      while (coveredHere()) {
        out.push(null);
        col++;
      }
      out.push({ text: cell.text.join("\n"), colSpan: cell.colSpan, rowSpan: cell.rowSpan });
      for (let down = 1; down < cell.rowSpan && r + down < rows.length; down++) for (let c = 0; c < cell.colSpan; c++) covered[r + down].push(col + c);
      col += cell.colSpan;
    }
    while (coveredHere()) {
      out.push(null);
      col++;
    }
    return out;
  });
}

export function htmlToModel(html: string): DocModel {
  const builder = new DocBuilder();
  let text = "";
  let hidden = 0;
  let heading = 0;
  const tables: HtmlTable[] = [];
  const lists: HtmlList[] = [];
  let listCount = 0;
  let item: HtmlList | undefined;
  /** Tables open inside a cell: their text joins the cell's, their rows and cells are not the outer table's. */
  let nested = 0;

  /** The text gathered since the last block boundary, as one paragraph (whitespace collapsed as a browser does). */
  const flush = () => {
    const t = text
      .replace(/[ \t\n\r\f]+/g, " ")
      .replace(/ ?\u2028 ?/g, "\n")
      .trim();
    text = "";
    if (!t) return;
    const table = tables[tables.length - 1];
    if (table) {
      // a table's text lives in its cells; text outside any cell (stray) is dropped as browsers move it out
      table.cell?.text.push(t);
      return;
    }
    if (heading) builder.paragraph({ text: t, headingLevel: heading, styleName: `heading ${heading}` });
    else if (item) {
      const level = Math.max(0, lists.length - 1);
      const label = item.ordered ? `${item.next++}.` : "";
      builder.paragraph({ text: t, list: { numId: item.id, level, label } });
    } else builder.paragraph(t);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (HIDDEN.has(name)) {
          hidden++;
          return;
        }
        if (hidden) return;
        if (name === "br") {
          // a line break, kept apart from the white space that collapses
          text += "\u2028";
          return;
        }
        if (!BLOCK.has(name)) return;
        flush();
        if (/^h[1-6]$/.test(name)) heading = Number(name[1]);
        else if (name === "ul" || name === "ol") lists.push({ ordered: name === "ol", next: span(attribs.start), id: `html-list-${++listCount}` });
        else if (name === "li") item = lists[lists.length - 1] ?? { ordered: false, next: 1, id: `html-list-${++listCount}` };
        else if (name === "table") {
          if (tables[tables.length - 1]?.cell) nested++;
          else tables.push({ rows: [] });
        } else if (nested) return;
        else if (name === "tr") tables[tables.length - 1]?.rows.push([]);
        else if (name === "td" || name === "th") {
          const table = tables[tables.length - 1];
          if (!table) return;
          if (!table.rows.length) table.rows.push([]);
          table.cell = { text: [], colSpan: span(attribs.colspan), rowSpan: span(attribs.rowspan) };
          table.rows[table.rows.length - 1].push(table.cell);
        }
      },
      ontext(t) {
        if (!hidden) text += t;
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) {
          hidden = Math.max(0, hidden - 1);
          return;
        }
        if (hidden || !BLOCK.has(name)) return;
        flush();
        if (/^h[1-6]$/.test(name)) heading = 0;
        else if (name === "ul" || name === "ol") lists.pop();
        else if (name === "li") item = undefined;
        else if (nested) {
          if (name === "table") nested--;
        } else if (name === "td" || name === "th") {
          const table = tables[tables.length - 1];
          if (table) table.cell = undefined;
        } else if (name === "table") {
          const table = tables[tables.length - 1];
          if (table && !table.cell) {
            tables.pop();
            const rows = table.rows.filter((r) => r.length);
            if (rows.length) builder.table(onGrid(rows));
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  // tables left open by broken HTML still count
  while (tables.length) {
    const table = tables.pop()!;
    const rows = table.rows.filter((r) => r.length);
    if (rows.length) builder.table(onGrid(rows));
  }
  return builder.build();
}
