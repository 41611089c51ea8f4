// Writes a report spec as a real .docx with the `docx` library, its headings made in
// one of the ways authors make them:
//   typed   — Normal paragraphs, numbering typed in the text
//   styled  — built-in Heading 1–4 styles, numbering typed in the text
//   list    — Heading styles with Word list numbering (chineseCounting …): the numbers are not in the text
//   outline — custom styles that only carry an outline level, one of them through basedOn,
//             with the ids Chinese-locale Word writes ("1", "2" …) for good measure
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from "docx";
import type { Block, Cell } from "./report-spec";
import { DocBuilder } from "../../src/core/model/builder";
import type { DocModel } from "../../src/core/model/model";

export type HeadingMode = "typed" | "styled" | "list" | "outline";

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

function runs(text: string): TextRun[] {
  // split text into several runs, as Word does around edits and proofing marks
  const cut = Math.max(1, Math.floor(text.length / 3));
  return [text.slice(0, cut), text.slice(cut, cut * 2), text.slice(cut * 2)]
    .filter(Boolean)
    .map((t) => new TextRun({ text: t, font: { eastAsia: "仿宋" } }));
}

function table(rows: Cell[][]): Table {
  const trs = rows.map(
    (row, r) =>
      new TableRow({
        children: row.flatMap((cell, c) => {
          if (cell === null) {
            // a slot covered by a cell merged down from above
            return [new TableCell({ children: [new Paragraph("")], verticalMerge: VerticalMergeType.CONTINUE })];
          }
          const spec = typeof cell === "string" ? { text: cell } : cell;
          const down = rows[r + 1]?.[c] === null && typeof rows[r]?.[c] !== "undefined";
          return [
            new TableCell({
              children: spec.text.split("\n").map((line) => new Paragraph({ children: runs(line) })),
              columnSpan: spec.colSpan,
              verticalMerge: down ? VerticalMergeType.RESTART : undefined,
            }),
          ];
        }),
      }),
  );
  return new Table({ rows: trs, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function heading(b: Extract<Block, { kind: "heading" }>, mode: HeadingMode): Paragraph {
  switch (mode) {
    case "typed":
      return new Paragraph({ children: runs(b.number + b.text) });
    case "styled":
      return new Paragraph({ heading: HEADINGS[b.level - 1], children: runs(b.number + b.text) });
    case "list":
      return new Paragraph({
        heading: HEADINGS[b.level - 1],
        numbering: { reference: "report-outline", level: b.level - 1 },
        children: runs(b.text),
      });
    case "outline":
      return new Paragraph({ style: b.level === 1 ? "BiaoTi1" : `${b.level}`, children: runs(b.number + b.text) });
  }
}

export async function writeDocx(blocks: Block[], mode: HeadingMode = "typed"): Promise<Buffer> {
  const children: (Paragraph | Table)[] = blocks.map((b) => {
    if (b.kind === "title") return new Paragraph({ alignment: AlignmentType.CENTER, children: runs(b.text) });
    if (b.kind === "heading") return heading(b, mode);
    if (b.kind === "table") return table(b.rows);
    return new Paragraph({ children: runs(b.text) });
  });
  const doc = new Document({
    styles: {
      paragraphStyles: [
        // outline level on a base style, reached through basedOn only
        { id: "ReportHeadingBase", name: "报告标题基础", basedOn: "Normal", paragraph: { outlineLevel: 0 } },
        { id: "BiaoTi1", name: "报告一级标题", basedOn: "ReportHeadingBase", run: { font: "黑体" } },
        { id: "2", name: "报告二级标题", basedOn: "Normal", paragraph: { outlineLevel: 1 }, run: { font: "楷体" } },
        { id: "3", name: "报告三级标题", basedOn: "Normal", paragraph: { outlineLevel: 2 } },
        { id: "4", name: "报告四级标题", basedOn: "Normal", paragraph: { outlineLevel: 3 } },
      ],
    },
    numbering: {
      config: [
        {
          reference: "report-outline",
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）", alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.DECIMAL, text: "%3.", alignment: AlignmentType.LEFT },
            { level: 3, format: LevelFormat.DECIMAL, text: "（%4）", alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** The same spec as a DocModel built directly, for rule tests that need no file. */
export function toDocModel(blocks: Block[]): DocModel {
  const b = new DocBuilder();
  for (const x of blocks) {
    if (x.kind === "table") b.table(x.rows);
    else if (x.kind === "heading") b.paragraph(x.number + x.text);
    else b.paragraph(x.text);
  }
  return b.build();
}
