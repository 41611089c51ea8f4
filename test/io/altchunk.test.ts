// Files whose body is (partly) another format that Word imports on opening: w:altChunk with
// HTML, a web archive (MHT, as html-docx-js writes), plain text or a whole .docx.
import { strToU8 } from "fflate";
import { analyze } from "../../src/core/analyze";
import { defaultProfile } from "../../src/core/profile/built-in";
import { readDocx } from "../../src/io/docx";
import { htmlToModel } from "../../src/io/docx/html";
import { docxPackage, p } from "../support/ooxml";
import { seedReport, type Block } from "../support/report-spec";
import { writeDocx } from "../support/write-docx";

const chunkDoc = (body: string, chunks: Record<string, { name: string; bytes: Uint8Array }>) =>
  readDocx(docxPackage({ body, chunks }));
const alt = (id: string) => `<w:altChunk r:id="${id}"/>`;
const texts = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((x) => x.text);

describe("HTML as Word shows it", () => {
  test.each<[string, string, string[]]>([
    [
      "paragraphs, whitespace collapsed, entities decoded",
      "<p>部门\n  基本情况</p><div>全年&nbsp;支出 &lt;500&gt; 万元</div>",
      ["部门 基本情况", "全年\u00a0支出 <500> 万元"],
    ],
    ["a line break stays in its paragraph", "<p>第一行<br>第二行</p>", ["第一行\n第二行"]],
    [
      "head, scripts and styles are not text",
      "<html><head><title>标题</title><style>p{}</style></head><body><script>x()</script><p>正文</p></body></html>",
      ["正文"],
    ],
    [
      "inline elements join their paragraph",
      "<p><b>一、</b><span style='x'>部门基本情况</span></p>",
      ["一、部门基本情况"],
    ],
    ["text between blocks is a paragraph of its own", "<div>前<p>中</p>后</div>", ["前", "中", "后"]],
  ])("%s", (_, html, expected) => {
    expect(texts(htmlToModel(html))).toEqual(expected);
  });

  test("h1–h6 are headings; ordered lists numbered, bullets not", () => {
    const m = htmlToModel(
      "<h2>（一）部门概况</h2><ol><li>受理信访事项</li><li>承办交办事项</li></ol><ul><li>要点</li></ul>",
    );
    expect(m.paragraphs.map((x) => [x.text, x.headingLevel, x.list?.label])).toEqual([
      ["（一）部门概况", 2, undefined],
      ["受理信访事项", undefined, "1."],
      ["承办交办事项", undefined, "2."],
      ["要点", undefined, ""],
    ]);
  });

  test("tables on their grid: colspan and rowspan resolved, a nested table's text kept in its cell", () => {
    const m = htmlToModel(
      `<table><tr><th colspan="2">项目</th><th>金额</th></tr><tr><td rowspan="2">支出</td><td>基本</td><td>300</td></tr><tr><td>项目</td><td>200<table><tr><td>内表</td></tr></table></td></tr></table><p>表后</p>`,
    );
    expect(m.tables).toHaveLength(1);
    const grid = m.tables[0].rows.map((r) => r.map((c) => (c.covered ? "·" : c.text)));
    expect(grid).toEqual([
      ["项目", "·", "金额"],
      ["支出", "基本", "300"],
      ["·", "项目", "200\n内表"],
    ]);
    expect(m.tables[0].rows[1][0].rowSpan).toBe(2);
    expect(m.blocks.map((b) => b.kind)).toEqual(["table", "paragraph"]);
  });
});

describe("altChunk parts are read where they stand", () => {
  const html = strToU8(
    "<html><body><h1>二、自评工作开展情况</h1><p>成立了自评工作小组。</p><table><tr><td>编制数</td><td>20</td></tr></table></body></html>",
  );

  test("an HTML chunk between two paragraphs: paragraphs, tables and indexes in body order", () => {
    const d = chunkDoc(`${p("一、部门基本情况")}${alt("rId10")}${p("三、结论")}`, {
      rId10: { name: "afchunk.htm", bytes: html },
    });
    expect(texts(d)).toEqual([
      "一、部门基本情况",
      "二、自评工作开展情况",
      "成立了自评工作小组。",
      "编制数",
      "20",
      "三、结论",
    ]);
    d.paragraphs.forEach((x, i) => expect(x.index).toBe(i));
    expect(d.blocks.map((b) => (b.kind === "paragraph" ? b.text : `table ${b.index}`))).toEqual([
      "一、部门基本情况",
      "二、自评工作开展情况",
      "成立了自评工作小组。",
      "table 0",
      "三、结论",
    ]);
    expect(d.tables[0]).toMatchObject({ index: 0, firstParagraph: 3, lastParagraph: 4 });
    expect(d.tables[0].rows[0].map((c) => c.paragraph)).toEqual([3, 4]);
    expect(d.paragraphs[3].cell).toEqual({ table: 0, row: 0, column: 0 });
    expect(d.paragraphs[1].headingLevel).toBe(1);
  });

  test("tables after a chunk keep counting from the chunk's", () => {
    const tbl = `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>${p("正文表")}</w:tc></w:tr></w:tbl>`;
    const d = chunkDoc(`${alt("rId10")}${tbl}`, { rId10: { name: "afchunk.htm", bytes: html } });
    expect(d.tables.map((t) => [t.index, t.rows[0][0].text, t.firstParagraph])).toEqual([
      [0, "编制数", 2],
      [1, "正文表", 4],
    ]);
    expect(d.paragraphs[4].cell).toEqual({ table: 1, row: 0, column: 0 });
  });

  test("a web archive (MHT, quoted-printable UTF-8), as html-docx-js writes it", () => {
    const qp = [..."<p>部门基本情况</p>"]
      .map((c) =>
        c.charCodeAt(0) < 128
          ? c
          : [...new TextEncoder().encode(c)].map((b) => `=${b.toString(16).toUpperCase()}`).join(""),
      )
      .join("");
    const mht = [
      "MIME-Version: 1.0",
      'Content-Type: multipart/related; type="text/html"; boundary="----=mhtDocumentPart"',
      "",
      "------=mhtDocumentPart",
      "Content-Type: text/html; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "Content-Location: file:///C:/fake/document.html",
      "",
      `<!DOCTYPE html><html><head><meta charset=3D"utf-8"></head><body>${qp.slice(0, 20)}=\r\n${qp.slice(20)}</body></html>`,
      "",
      "------=mhtDocumentPart--",
    ].join("\r\n");
    expect(texts(chunkDoc(alt("htmlChunk"), { htmlChunk: { name: "afchunk.mht", bytes: strToU8(mht) } }))).toEqual([
      "部门基本情况",
    ]);
  });

  test("an HTML chunk in GBK, as its meta tag says", () => {
    // 部门 in GBK: B2 BF C3 C5
    const head = strToU8(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>',
    );
    const tail = strToU8("</p></body></html>");
    const bytes = new Uint8Array([...head, 0xb2, 0xbf, 0xc3, 0xc5, ...tail]);
    expect(texts(chunkDoc(alt("rId10"), { rId10: { name: "chunk.html", bytes } }))).toEqual(["部门"]);
  });

  test("a .docx inside, and plain text", () => {
    const inner = docxPackage({ body: p("内嵌文档的段落") });
    const d = chunkDoc(`${alt("rId10")}${alt("rId11")}`, {
      rId10: { name: "part.docx", bytes: inner },
      rId11: { name: "note.txt", bytes: strToU8("第一行\r\n第二行") },
    });
    expect(texts(d)).toEqual(["内嵌文档的段落", "第一行", "第二行"]);
  });

  test("formats not read (RTF), and a chunk whose part is missing, leave the rest as it is", () => {
    const d = chunkDoc(`${p("前")}${alt("rId10")}${alt("rId99")}${p("后")}`, {
      rId10: { name: "chunk.rtf", bytes: strToU8("{\\rtf1 文字}") },
    });
    expect(texts(d)).toEqual(["前", "后"]);
  });

  test("a .docx nested in itself deeper than two levels is not followed", () => {
    let bytes = docxPackage({ body: p("最深处") });
    for (let i = 0; i < 4; i++)
      bytes = docxPackage({
        body: `${p(`第 ${4 - i} 层`)}${alt("rId10")}`,
        chunks: { rId10: { name: "inner.docx", bytes } },
      });
    expect(texts(readDocx(bytes))).toEqual(["第 1 层", "第 2 层", "第 3 层"]);
  });
});

/** A report as a web page, the way an export to Word from a web system writes it. */
function asHtml(blocks: Block[]): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const body = blocks
    .map((b) => {
      if (b.kind === "table") {
        const rows = b.rows.map(
          (r) =>
            `<tr>${r
              .filter((c) => c !== null)
              .map((c) =>
                typeof c === "string"
                  ? `<td>${esc(c)}</td>`
                  : `<td colspan="${c!.colSpan ?? 1}" rowspan="${c!.rowSpan ?? 1}">${esc(c!.text)}</td>`,
              )
              .join("")}</tr>`,
        );
        return `<table border="1">${rows.join("")}</table>`;
      }
      if (b.kind === "heading") return `<p style="font-family:黑体">${esc(b.number + b.text)}</p>`;
      return `<p>${esc(b.text)}</p>`;
    })
    .join("\n");
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告</title></head><body>${body}</body></html>`;
}

test("a whole report exported as an HTML altChunk reads as the same report as the .docx", async () => {
  const blocks = seedReport();
  const fromHtml = analyze(
    chunkDoc(alt("rId10"), { rId10: { name: "afchunk.htm", bytes: strToU8(asHtml(blocks)) } }),
    defaultProfile(),
  );
  const fromDocx = analyze(readDocx(await writeDocx(blocks, "typed")), defaultProfile());
  const sections = (r: typeof fromHtml) => r.sections.map((s) => `${s.id}:${s.status}`);
  expect(sections(fromHtml)).toEqual(sections(fromDocx));
  expect(fromHtml.score).toEqual(fromDocx.score);
  const rules = (r: typeof fromHtml) => [...new Set(r.findings.map((f) => f.rule))].sort();
  expect(rules(fromHtml)).toEqual(rules(fromDocx));
  expect(fromHtml.findings.some((f) => f.rule === "grade-band")).toBe(true);
});
