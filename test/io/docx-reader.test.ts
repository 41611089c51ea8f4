import { strToU8, zipSync } from "fflate";
import { analyze } from "../../src/core/analyze";
import { defaultProfile } from "../../src/core/profile/built-in";
import { readDocx, DocxReadError } from "../../src/io/docx";
import { runSymbolFont } from "../../src/io/docx/symbols";
import { ole, readFailure } from "../support/hostile";
import { docxPackage, p, tc, W_STRICT } from "../support/ooxml";
import { seedReport } from "../support/report-spec";
import { writeDocx } from "../support/write-docx";

const read = (body: string, extra: { styles?: string; numbering?: string } = {}) =>
  readDocx(docxPackage({ body, ...extra }));
const texts = (body: string, extra?: { styles?: string; numbering?: string }) =>
  read(body, extra).paragraphs.map((x) => x.text);

describe("text across runs, fields, links, content controls", () => {
  test("runs split anywhere, proofing marks and bookmarks between them", () => {
    const body = `<w:p><w:r><w:t>部门</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t>基本</w:t></w:r><w:bookmarkStart w:id="0" w:name="x"/><w:r><w:t xml:space="preserve">情况 </w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`;
    expect(texts(body)).toEqual(["部门基本情况 "]);
  });

  test("hyperlinks and smart tags keep their text", () => {
    expect(
      texts(
        `<w:p><w:hyperlink r:id="rId9" xmlns:r="r"><w:r><w:t>财政部网站</w:t></w:r></w:hyperlink><w:smartTag><w:r><w:t>公告</w:t></w:r></w:smartTag></w:p>`,
      ),
    ).toEqual(["财政部网站公告"]);
  });

  test("a complex field shows its result, not its instruction", () => {
    const body = `<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>`;
    expect(texts(body)).toEqual(["第3页"]);
  });

  test("a simple field shows its result", () => {
    expect(texts(`<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>2024年1月</w:t></w:r></w:fldSimple></w:p>`)).toEqual([
      "2024年1月",
    ]);
  });

  test("content controls around blocks, runs and cells are transparent", () => {
    const body = `<w:sdt><w:sdtPr><w:alias w:val="单位"/></w:sdtPr><w:sdtContent>${p("一、部门基本情况")}</w:sdtContent></w:sdt><w:p><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>深泽县</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t>信访局</w:t></w:r></w:p>`;
    expect(texts(body)).toEqual(["一、部门基本情况", "深泽县信访局"]);
  });

  test("tabs and line breaks; page breaks add nothing", () => {
    expect(
      texts(`<w:p><w:r><w:t>一、</w:t><w:tab/><w:t>概况</w:t><w:br/><w:t>续</w:t><w:br w:type="page"/></w:r></w:p>`),
    ).toEqual(["一、\t概况\n续"]);
  });
});

describe("symbol fonts read as they show", () => {
  const run = (text: string, font?: string) =>
    `<w:r>${font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
  test.each([
    // the Wingdings 2 trick of Chinese forms: £ shows □, R ☑, S ☒
    [
      "boxes typed in Wingdings 2",
      `${run("评价等级：")}${run("£", "Wingdings 2")}${run("优 ")}${run("R", "Wingdings 2")}${run("良")}`,
      "评价等级：□优 ☑良",
    ],
    [
      "Insert ▸ Symbol, Wingdings ☑ and Wingdings 2 ☒",
      `${run("是否完成：")}${sym("Wingdings", "F0FE")}${run("是 ")}${sym("Wingdings 2", "0053")}${run("否")}`,
      "是否完成：☑是 ☒否",
    ],
    ["private-use codes in a symbol-font run", `${run("\uF0A3", "Wingdings 2")}${run("中")}`, "□中"],
    [
      "Symbol's √ and ×, its digits as they are",
      `${run("\u00D6", "Symbol")}${run("达标 ")}${run("3", "Symbol")}${run("\u00B4", "Symbol")}${run("4")}`,
      "√达标 3×4",
    ],
    ["Wingdings pictures with no text meaning are left out", `${run("J", "Wingdings")}${run("完成")}`, "完成"],
    [
      "an ordinary font, and East Asian fonts only, read as written",
      `${run("R", "Times New Roman")}<w:r><w:rPr><w:rFonts w:eastAsia="仿宋"/></w:rPr><w:t>良</w:t></w:r>`,
      "R良",
    ],
    [
      "a paragraph mark's font is not a run's",
      `<w:pPr><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr></w:pPr>${run("R良")}`,
      "R良",
    ],
    ["a symbol font ends with its run", `${run("R", "Wingdings 2")}${run("R")}`, "☑R"],
  ])("%s", (_, inner, text) => {
    expect(
      texts(
        `<w:p>${inner.replace(/\\u([0-9A-F]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))}</w:p>`,
      ),
    ).toEqual([text]);
  });

  test.each<[Record<string, string>, string | undefined]>([
    [{ "w:ascii": "Wingdings 2", "w:hAnsi": "Wingdings 2" }, "wingdings 2"],
    [{ "w:hAnsi": "Symbol" }, "symbol"],
    [{ "w:eastAsia": "仿宋" }, undefined],
    [{ "w:ascii": "Times New Roman", "w:eastAsia": "宋体" }, undefined],
    [{ "ns0:ascii": "Wingdings", "ns0:hAnsi": "Wingdings" }, "wingdings"],
    [{ "ns0:eastAsia": "仿宋" }, undefined],
  ])("rFonts %j → %s", (attrs, font) => expect(runSymbolFont(attrs)).toBe(font));

  test("a form ticked in Wingdings 2 states the ticked grade", () => {
    const box = (t: string) =>
      `<w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr><w:t>${t}</w:t></w:r>`;
    const doc = readDocx(
      docxPackage({
        body: `${p("四、评价结论和评价等级")}<w:p><w:r><w:t>自评得分 87 分，评价等级：</w:t></w:r>${box("£")}<w:r><w:t>优 </w:t></w:r>${box("R")}<w:r><w:t>良 </w:t></w:r>${box("£")}<w:r><w:t>中</w:t></w:r></w:p>`,
      }),
    );
    const report = analyze(doc, defaultProfile());
    expect(report.score.grade).toEqual({ stated: "良", expected: "良" });
    expect(report.findings.filter((f) => f.rule === "grade-band" || f.rule === "template-residue")).toEqual([]);
  });
});

describe("text decoding while streaming", () => {
  // characters of 1, 2, 3 and 4 bytes in UTF-8, so that piece and chunk boundaries fall inside characters of every
  // length
  const alphabet = ["a", "é", "部", "门", "𠀀", "😀", "，", "1", " "];
  const paragraphText = (seed: number, length: number) => {
    let s = "";
    for (let i = 0; i < length; i++) s += alphabet[(i * 7 + seed * 13 + ((i * i) % 11)) % alphabet.length];
    return s;
  };
  test.each([0, 6])("long paragraphs of mixed-width characters read back exactly (zip level %i)", (level) => {
    const texts = [paragraphText(1, 70_000), paragraphText(2, 3), paragraphText(3, 150_001), paragraphText(4, 40_000)];
    const doc = readDocx(docxPackage({ body: texts.map((t) => p(t)).join(""), level: level as 0 | 6 }));
    expect(doc.paragraphs.map((x) => x.text)).toEqual(texts);
  });
});

describe("tracked changes", () => {
  test("insertions count, deletions and moved-from text do not", () => {
    const body = `<w:p><w:r><w:t>实有</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>人数</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>人员</w:delText></w:r></w:del><w:moveFrom w:id="3"><w:r><w:t>旧处</w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t> 15 人</w:t></w:r></w:moveTo></w:p>`;
    const doc = read(body);
    expect(doc.paragraphs.map((x) => x.text)).toEqual(["实有人数 15 人"]);
    expect(doc.meta).toMatchObject({ trackedInsertions: 1, trackedDeletions: 1 });
  });
});

describe("text boxes are not body paragraphs", () => {
  test("DrawingML text box with its VML fallback: counted once, as Word's body.paragraphs does", () => {
    const box = `<w:txbxContent>${p("框内文字")}</w:txbxContent>`;
    const body = `<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>${box}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>${p("下一段")}`;
    expect(texts(body)).toEqual(["正文", "下一段"]);
  });
});

describe("tables", () => {
  test("gridSpan and vMerge are laid out on the grid, cell paragraphs counted in body order", () => {
    const body =
      p("表前说明（金额单位：万元）") +
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
      `<w:tr>${tc("项目", '<w:vMerge w:val="restart"/>')}${tc("金额", '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${tc("", "<w:vMerge/>")}${tc("预算")}${tc("决算")}</w:tr>` +
      `<w:tr>${tc("合计")}<w:tc>${p("10")}${p("备注")}</w:tc>${tc("12")}</w:tr>` +
      `</w:tbl>` +
      p("表后");
    const doc = read(body);
    expect(doc.paragraphs.map((x) => x.text)).toEqual([
      "表前说明（金额单位：万元）",
      "项目",
      "金额",
      "",
      "预算",
      "决算",
      "合计",
      "10",
      "备注",
      "12",
      "表后",
    ]);
    const t = doc.tables[0];
    expect(t.rows.map((r) => r.map((c) => (c.covered ? "·" : c.text)))).toEqual([
      ["项目", "金额", "·"],
      ["·", "预算", "决算"],
      ["合计", "10\n备注", "12"],
    ]);
    expect(t.rows[0][0].rowSpan).toBe(2);
    expect(t.rows[0][1].colSpan).toBe(2);
    expect([t.firstParagraph, t.lastParagraph]).toEqual([1, 9]);
    expect(doc.paragraphs[7].cell).toEqual({ table: 0, row: 2, column: 1 });
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
  });

  test("gridBefore shifts a row's cells; short rows are padded", () => {
    const body = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>${tc("a")}${tc("b")}${tc("c")}</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc("y")}</w:tr></w:tbl>`;
    const t = read(body).tables[0];
    expect(t.rows[1].map((c) => c.text)).toEqual(["", "y", ""]);
    expect(t.rows[1].every((c) => !c.covered)).toBe(true);
  });

  test("nested tables: the inner table follows its parent, its paragraphs in order", () => {
    const inner = `<w:tbl><w:tr>${tc("内1")}${tc("内2")}</w:tr></w:tbl>`;
    const body = `<w:tbl><w:tr>${tc("外1")}<w:tc>${p("外2")}${inner}${p("外2尾")}</w:tc></w:tr></w:tbl>`;
    const doc = read(body);
    expect(doc.paragraphs.map((x) => x.text)).toEqual(["外1", "外2", "内1", "内2", "外2尾"]);
    expect(doc.tables.map((t) => [t.index, t.nesting])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(doc.tables[0].rows[0][1].text).toBe("外2\n外2尾");
    expect(doc.paragraphs[2].cell).toEqual({ table: 1, row: 0, column: 0 });
    expect(doc.blocks).toHaveLength(1);
  });
});

describe("styles: headings however the author's Word named them", () => {
  const styles = `
    <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="a"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/></w:style>
    <w:style w:type="paragraph" w:styleId="47"><w:name w:val="章标题"/><w:basedOn w:val="base"/></w:style>
    <w:style w:type="paragraph" w:styleId="base"><w:name w:val="标题基础"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/></w:style>
    <w:style w:type="character" w:styleId="c1"><w:name w:val="heading 1 Char"/></w:style>`;
  test.each([
    ["1", 1],
    ["2", 2],
    ["Heading3", 3],
    ["47", 1],
    ["a", undefined],
  ])("style %s → level %s", (id, level) => {
    const [para] = read(p("标题", `<w:pStyle w:val="${id}"/>`), { styles }).paragraphs;
    expect(para.headingLevel).toBe(level);
  });
  test("a direct outline level", () => {
    expect(read(p("标题", `<w:outlineLvl w:val="1"/>`)).paragraphs[0].outlineLevel).toBe(2);
  });
  test("TOC styles mark TOC paragraphs", () => {
    expect(read(p("一、部门基本情况\t1", `<w:pStyle w:val="10"/>`), { styles }).paragraphs[0].toc).toBe(true);
  });
});

describe("a table of contents is recognised", () => {
  test("a TOC field across paragraphs", () => {
    const begin = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`;
    const body = `<w:p>${begin}<w:r><w:t>一、部门基本情况 1</w:t></w:r></w:p>${p("二、自评工作开展情况 2")}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>${p("一、部门基本情况")}`;
    expect(read(body).paragraphs.map((x) => !!x.toc)).toEqual([true, true, true, false]);
  });
  test("a TOC content control", () => {
    const body = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${p("目录")}${p("一、部门基本情况 1")}</w:sdtContent></w:sdt>${p("一、部门基本情况")}`;
    expect(read(body).paragraphs.map((x) => !!x.toc)).toEqual([true, true, false]);
  });
});

describe("list numbering is rendered like Word renders it", () => {
  const numbering = `
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="第%1章"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="japaneseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
    <w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
    <w:num w:numId="5"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
  const styles = `<w:style w:type="paragraph" w:styleId="H"><w:name w:val="报告标题"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`;
  const li = (text: string, numId: number, ilvl = 0) =>
    p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

  test("chineseCounting levels restart under their parent", () => {
    const doc = read(
      li("基本情况", 1) +
        li("概况", 1, 1) +
        li("职责", 1, 2) +
        li("机构", 1, 2) +
        li("收支", 1, 1) +
        li("自评", 1) +
        li("组织", 1, 1),
      {
        numbering,
      },
    );
    expect(doc.paragraphs.map((x) => x.list!.label + x.text)).toEqual([
      "一、基本情况",
      "（一）概况",
      "1.职责",
      "2.机构",
      "（二）收支",
      "二、自评",
      "（一）组织",
    ]);
  });
  test("bullets have no label; full-width chapter numbers; numbering from the style", () => {
    const doc = read(li("要点", 2) + li("总则", 3) + li("范围", 3) + p("风险识别", `<w:pStyle w:val="H"/>`), {
      numbering,
      styles,
    });
    expect(doc.paragraphs.map((x) => x.list?.label)).toEqual(["", "第１章", "第２章", "一、"]);
    expect(doc.paragraphs[3].headingLevel).toBe(1);
  });
  test("instances of one list continue it; a startOverride restarts it", () => {
    const doc = read(li("a", 4) + li("b", 4) + li("c", 5) + li("d", 4), { numbering });
    expect(doc.paragraphs.map((x) => x.list!.label)).toEqual(["一、", "二、", "一、", "二、"]);
  });
  test("numId 0 switches numbering off", () => {
    expect(read(li("无编号", 0), { numbering }).paragraphs[0].list).toBeUndefined();
  });
});

describe("package variants", () => {
  test("Strict OOXML reads like transitional", () => {
    const doc = readDocx(docxPackage({ body: p("一、部门基本情况"), namespace: W_STRICT }));
    expect(doc.paragraphs[0].text).toBe("一、部门基本情况");
  });
  test("the main part is found through the package relationships", () => {
    const doc = readDocx(docxPackage({ body: p("正文"), mainPath: "word/document2.xml", styles: "" }));
    expect(doc.paragraphs[0].text).toBe("正文");
  });
});

describe("files the docx library writes", () => {
  test("the seed report with Heading styles", async () => {
    const doc = readDocx(await writeDocx(seedReport(), "styled"));
    expect(doc.tables).toHaveLength(2);
    expect(doc.paragraphs.filter((x) => x.headingLevel === 1).map((x) => x.text)).toEqual([
      "一、部门基本情况",
      "二、自评工作开展情况",
      "三、部门整体支出绩效目标实现情况及指标分析",
      "四、评价结论和评价等级",
      "五、存在的问题及改进措施",
      "六、评价工作组人员名单及签字",
    ]);
    // the 机构设置 table: 3 rows × 4 cells, one paragraph each
    expect(doc.tables[0].lastParagraph - doc.tables[0].firstParagraph + 1).toBe(12);
    expect(doc.tables[1].rows[1].map((c) => c.text)).toEqual(["资产总额", "200", "63.51"]);
  });
  test("list numbering that is not in the text", async () => {
    const doc = readDocx(await writeDocx(seedReport(), "list"));
    const labelled = doc.paragraphs.filter((x) => x.list?.label).map((x) => x.list!.label + x.text);
    expect(labelled.slice(0, 4)).toEqual([
      "一、部门基本情况",
      "（一）部门概况",
      "1.部门职责：",
      "2.部门机构设置情况：",
    ]);
    expect(labelled).toContain("六、评价工作组人员名单及签字");
  });
  test("custom styles that carry only an outline level, through basedOn", async () => {
    const doc = readDocx(await writeDocx(seedReport(), "outline"));
    expect(doc.paragraphs.find((x) => x.text === "一、部门基本情况")!.headingLevel).toBe(1);
    expect(doc.paragraphs.find((x) => x.text === "（一）部门概况")!.headingLevel).toBe(2);
  });
});

describe("files that are not readable .docx get one clear reason", () => {
  const zip = (files: Record<string, string>) =>
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  const valid = docxPackage({ body: p("正文") });
  test.each<[string, Uint8Array, string, string]>([
    ["zero bytes", new Uint8Array(0), "empty", "文件为空"],
    ["a PDF renamed .docx", strToU8("%PDF-1.7\n..."), "pdf", "PDF"],
    ["an old binary .doc", ole("WordDocument"), "legacy-doc", "旧版"],
    ["an encrypted .docx", ole("EncryptionInfo"), "encrypted", "加密"],
    ["an RTF file", strToU8("{\\rtf1\\ansi hello}"), "rtf", "RTF"],
    ["plain text", strToU8("hello, world"), "not-docx", "不是 Word 文档"],
    ["a zip without word/document.xml", zip({ "a.txt": "x" }), "no-document", "word/document.xml"],
    ["malformed XML", zip({ "word/document.xml": "<w:document><w:body><w:p></w:body>" }), "corrupt", "文件损坏"],
    ["a truncated .docx", valid.subarray(0, Math.floor(valid.length / 2)), "corrupt", "文件损坏"],
    [
      "XML with a DTD",
      zip({
        "word/document.xml":
          '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>',
      }),
      "corrupt",
      "文件损坏",
    ],
  ])("%s", (_name, bytes, code, words) => {
    const error = readFailure(bytes);
    expect(error).toBeInstanceOf(DocxReadError);
    const e = error as DocxReadError;
    expect(e.code).toBe(code);
    expect(e.reason["zh-CN"]).toContain(words);
    expect(e.reason["en-US"].length).toBeGreaterThan(5);
  });
});
