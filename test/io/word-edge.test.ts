import { analyze } from "../../src/core/analyze";
import { DocBuilder } from "../../src/core/model/builder";
import { builtInProfile, defaultProfile } from "../../src/core/profile/built-in";
import { readDocx } from "../../src/io/docx";
import { profileToXml, PROFILE_NS } from "../../src/io/ooxml/profile-part";
import { toDocModel } from "../../src/io/word/model";
import {
  addComments,
  COMMENT_PREFIX,
  insertMissingSections,
  insertSection,
  insertSkeleton,
  insertTable,
  jumpTo,
  loadProfileFromDocument,
  readDocument,
  removeOurComments,
  saveProfileToDocument,
  writeScoreSentence,
} from "../../src/io/word/word";
import { FakeWord } from "../support/fake-word";
import { docxPackage, p, tc } from "../support/ooxml";
import { seedReport } from "../support/report-spec";
import { toDocModel as specToModel, writeDocx } from "../support/write-docx";

const profile = defaultProfile();
const key = (f: { rule: string; location: { paragraph?: number }; message: { "zh-CN": string } }) =>
  `${f.rule}@${f.location.paragraph}:${f.message["zh-CN"]}`;

describe("reading the document", () => {
  test("few syncs, and the same findings as the .docx reader gives for the same file", async () => {
    const fromFile = readDocx(await writeDocx(seedReport(), "styled"));
    const word = new FakeWord(fromFile);
    const doc = await readDocument(word.context());
    // a first window of 100 paragraphs, then one sized to the rest
    expect(word.syncs).toBeLessThanOrEqual(2);
    const a = analyze(doc, profile);
    const b = analyze(fromFile, profile);
    expect(a.sections).toEqual(b.sections);
    expect(a.findings.map(key)).toEqual(b.findings.map(key));
  });

  test("windows sized to the answer; list labels and table cells are loaded in the same window", async () => {
    const big = new DocBuilder();
    for (let i = 0; i < 3000; i++) big.paragraph(`第 ${i} 段正文。`);
    big.table([
      ["项目", "数量"],
      ["资产总额", "3"],
    ]);
    const word = new FakeWord(big.build());
    const doc = await readDocument(word.context());
    // 100 paragraphs first, then windows sized by what those cost: short paragraphs, ≈ 1,200 a window
    const windows = word.loads.map((l) => /top=(\d+)\|skip=(\d+)/.exec(l)!.slice(1).map(Number));
    expect(windows[0]).toEqual([100, 0]);
    windows.slice(1).forEach(([top, skip], i) => {
      expect(skip).toBe(windows[i][0] + windows[i][1]);
      expect(top).toBeGreaterThan(1000);
    });
    expect(word.syncs).toBe(windows.length);
    expect(windows.length).toBeLessThanOrEqual(4);
    expect(word.loads[0]).toContain("listItemOrNullObject/listString");
    expect(word.loads[0]).toContain("parentTableCellOrNullObject/rowIndex");
    expect(doc.paragraphs).toHaveLength(3004);
    expect(doc.tables[0].rows[1].map((c) => c.text)).toEqual(["资产总额", "3"]);
  });
});

describe("a table with merged cells: laid out on its grid from its own OOXML", () => {
  const span2 = `<w:gridSpan w:val="2"/>`;
  const table =
    `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
    `<w:tr>${tc("项目", span2)}${tc("年初预算数")}${tc("全年执行数")}</w:tr>` +
    `<w:tr>${tc("年度资金总额", span2)}${tc("100")}${tc("90")}</w:tr>` +
    `<w:tr>${tc("其中", `<w:vMerge w:val="restart"/>`)}${tc("基本支出")}${tc("60")}${tc("55")}</w:tr>` +
    `<w:tr>${tc("", `<w:vMerge/>`)}${tc("项目支出")}${tc("40")}${tc("35")}</w:tr></w:tbl>`;
  const bytes = docxPackage({ body: p("部门整体支出绩效自评表") + table + p("表后") });
  const flatOpc = `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${table}<w:p/></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
  const texts = (doc: { tables: { rows: { text: string }[][] }[] }) =>
    doc.tables[0].rows.map((r) => r.map((c) => c.text));

  test("Word's per-row cell indices alone put every cell after a span one column off", async () => {
    const fromFile = readDocx(bytes);
    const word = new FakeWord(fromFile);
    // no OOXML to be had: the table keeps Word's layout rather than failing the read
    const doc = await readDocument(word.context());
    expect(texts(doc)[0]).toEqual(["项目", "年初预算数", "全年执行数", ""]);
  });

  test("with the table's OOXML, the grid, the cells' places and the findings are the .docx reader's", async () => {
    const fromFile = readDocx(bytes);
    const word = new FakeWord(fromFile, () => flatOpc);
    const doc = await readDocument(word.context());
    expect(texts(doc)).toEqual(texts(fromFile));
    expect(doc.tables[0].rows.map((r) => r.map((c) => [c.colSpan, c.rowSpan, !!c.covered]))).toEqual(
      fromFile.tables[0].rows.map((r) => r.map((c) => [c.colSpan, c.rowSpan, !!c.covered])),
    );
    expect(doc.paragraphs.map((x) => x.cell)).toEqual(fromFile.paragraphs.map((x) => x.cell));
    const a = analyze(doc, profile);
    const b = analyze(fromFile, profile);
    expect(a.findings.map(key)).toEqual(b.findings.map(key));
  });
});

describe("tracked changes: the text the document reads as, not Word's text with the deleted words", () => {
  const setUp = () => {
    const fromFile = readDocx(docxPackage({ body: p("一、部门基本情况") + p("年初预算数为 500 万元。") }));
    const word = new FakeWord(fromFile);
    // Word's paragraph text keeps the tracked deletion ("480"); the reviewed text does not
    word.paragraphs[1].text = "年初预算数为 480500 万元。";
    word.paragraphs[1].reviewedText = "年初预算数为 500 万元。";
    return { fromFile, word };
  };

  test("with WordApi 1.6, a document with tracked changes is read by its reviewed text: the .docx reader's text", async () => {
    const { fromFile, word } = setUp();
    const doc = await readDocument(word.context(), true);
    expect(doc.paragraphs.map((x) => x.text)).toEqual(fromFile.paragraphs.map((x) => x.text));
    // one to ask whether there are tracked changes, then a window and its reviewed texts
    expect(word.syncs).toBe(3);
  });

  test("without tracked changes, no reviewed text is asked for", async () => {
    const word = new FakeWord(readDocx(docxPackage({ body: p("一、部门基本情况") })));
    await readDocument(word.context(), true);
    expect(word.syncs).toBe(2);
  });

  test("below WordApi 1.6, Word's own text is what there is (a known difference, listed in docs/add-in.md)", async () => {
    const { word } = setUp();
    const doc = await readDocument(word.context(), false);
    expect(doc.paragraphs[1].text).toBe("年初预算数为 480500 万元。");
  });
});

describe("toDocModel: Word's paragraphs to the document model", () => {
  test("tables, nested tables, list labels, heading styles in any locale, TOC", () => {
    const doc = toDocModel([
      { text: "一、部门基本情况\t1", styleBuiltIn: "Toc1", tableNestingLevel: 0 },
      {
        text: "部门基本情况",
        styleBuiltIn: "Other",
        style: "标题 1",
        listString: "一、",
        listLevel: 0,
        tableNestingLevel: 0,
      },
      { text: "项目", tableNestingLevel: 1, rowIndex: 0, cellIndex: 0 },
      { text: "数量", tableNestingLevel: 1, rowIndex: 0, cellIndex: 1 },
      { text: "内", tableNestingLevel: 2, rowIndex: 0, cellIndex: 0 },
      { text: "资产总额", tableNestingLevel: 1, rowIndex: 1, cellIndex: 0 },
      { text: "200", tableNestingLevel: 1, rowIndex: 1, cellIndex: 1 },
      { text: "", tableNestingLevel: 0 },
      { text: "新表", tableNestingLevel: 1, rowIndex: 0, cellIndex: 0 },
      { text: "自评工作开展情况", styleBuiltIn: "Heading1", tableNestingLevel: 0, outlineLevel: 1 },
    ]);
    expect(doc.paragraphs[0].toc).toBe(true);
    expect(doc.paragraphs[1]).toMatchObject({ headingLevel: 1, list: { label: "一、", level: 0 } });
    expect(doc.tables.map((t) => [t.index, t.nesting, t.firstParagraph, t.lastParagraph])).toEqual([
      [0, 0, 2, 6],
      [1, 1, 4, 4],
      [2, 0, 8, 8],
    ]);
    expect(doc.tables[0].rows.map((r) => r.map((c) => c.text))).toEqual([
      ["项目", "数量"],
      ["资产总额", "200"],
    ]);
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      "paragraph",
      "paragraph",
      "table",
      "paragraph",
      "table",
      "paragraph",
    ]);
    expect(doc.paragraphs[9]).toMatchObject({ headingLevel: 1, outlineLevel: 1 });
    // Word's manual line break (U+000B) reads as the .docx reader's \n
    expect(toDocModel([{ text: "附录A\u000b（规范性）", tableNestingLevel: 0 }]).paragraphs[0].text).toBe(
      "附录A\n（规范性）",
    );
  });
});

describe("jumping and comments", () => {
  test("jump: the finding's paragraph is selected, through a window at its index (three syncs, the same wherever it is)", async () => {
    const doc = specToModel(seedReport());
    const word = new FakeWord(doc);
    expect(await jumpTo(word.context(), { paragraph: 42 }, doc.paragraphs[42].text)).toBe("landed");
    expect(word.selected).toBe(42);
    // the window, finding out how Word addresses its items (beside the first paragraphs), the selection
    expect(word.syncs).toBe(3);
    expect(word.loads).toEqual(["paragraphs:text|top=41|skip=22", "paragraphs:text|top=41|skip=0"]);
  });

  test("jump after text was inserted above: the same paragraph is found nearby; gone: nothing is selected", async () => {
    const doc = specToModel(seedReport());
    const word = new FakeWord(doc);
    // two paragraphs inserted above it since the check
    word.paragraphs.splice(
      10,
      0,
      { ...word.paragraphs[0], id: 900001, text: "新插入的一段" },
      { ...word.paragraphs[0], id: 900002, text: "又一段" },
    );
    expect(await jumpTo(word.context(), { paragraph: 42 }, doc.paragraphs[42].text)).toBe("moved");
    expect(word.selected).toBe(44);
    word.selected = undefined;
    word.paragraphs[44].text = "作者改写了这一段";
    expect(await jumpTo(word.context(), { paragraph: 42 }, doc.paragraphs[42].text)).toBe("changed");
    expect(word.selected).toBeUndefined();
  });

  test("a jump that lands elsewhere than meant (the selection's text differs) says so rather than pretending", async () => {
    const doc = specToModel(seedReport());
    const word = new FakeWord(doc);
    word.selectMisses = 1;
    expect(await jumpTo(word.context(), { paragraph: 42 }, doc.paragraphs[42].text)).toBe("changed");
  });

  test("comments for N findings are three syncs, each on its paragraph, each prefixed", async () => {
    const doc = specToModel(seedReport());
    const report = analyze(doc, profile);
    const word = new FakeWord(doc);
    const n = await addComments(word.context(), report.findings, "zh-CN", doc);
    // one sync to look the paragraphs up, one to read each back through its own path, one to comment
    expect(word.syncs).toBe(3);
    expect(n).toEqual({ added: report.findings.length, skipped: 0 });
    expect(word.comments).toHaveLength(report.findings.length);
    expect(word.comments.every((c) => c.content.startsWith(COMMENT_PREFIX))).toBe(true);
    const grade = report.findings.find((f) => f.rule === "grade-band")!;
    const onGrade = word.comments.find((c) => c.content.includes("应评为“良”"))!;
    expect(word.indexOf(onGrade.paragraph)).toBe(grade.location.paragraph);
    expect(onGrade.content).toContain("→ 将评价等级改为“良”");
  });

  test("a comment whose paragraph changed since the check is not added; the others are", async () => {
    const doc = specToModel(seedReport());
    const report = analyze(doc, profile);
    const word = new FakeWord(doc);
    const grade = report.findings.find((f) => f.rule === "grade-band")!;
    word.paragraphs[grade.location.paragraph!].text = "作者已改正了这一句。";
    const n = await addComments(word.context(), report.findings, "zh-CN", doc);
    const onThat = report.findings.filter((f) => f.location.paragraph === grade.location.paragraph).length;
    expect(n).toEqual({ added: report.findings.length - onThat, skipped: onThat });
    expect(word.comments.some((c) => c.content.includes("应评为“良”"))).toBe(false);
  });

  test("removing our comments leaves the others", async () => {
    const doc = specToModel(seedReport());
    const word = new FakeWord(doc);
    word.comments.push({ paragraph: word.paragraphs[3].id, content: "作者自己的批注" });
    await addComments(word.context(), analyze(doc, profile).findings.slice(0, 3), "en-US");
    const removed = await removeOurComments(word.context());
    expect(removed).toBe(3);
    expect(word.comments.map((c) => c.content)).toEqual(["作者自己的批注"]);
  });
});

describe("inserting from the template: one insert batch each, nothing of the user's replaced", () => {
  const texts = (w: FakeWord) => w.paragraphs.map((p) => p.text);

  test("the whole skeleton after the cursor's paragraph", async () => {
    const word = new FakeWord(new DocBuilder().paragraphs("作者写的第一段。", "作者写的第二段。").build());
    word.cursor = 0;
    await insertSkeleton(word.context(), profile);
    // one to see where the cursor is (a table? a content control?), one to insert
    expect(word.syncs).toBe(2);
    expect(texts(word)[0]).toBe("作者写的第一段。");
    expect(texts(word)).toContain("作者写的第二段。");
    expect(texts(word).indexOf("作者写的第二段。")).toBeGreaterThan(texts(word).indexOf("一、部门基本情况"));
    const report = analyze(await readDocument(word.context()), profile);
    expect(report.sections.every((s) => s.status !== "missing")).toBe(true);
    expect(word.contentControlTags).toContain("report-assistant:section:conclusion");
    expect(word.contentControlTags).toContain("report-assistant:table:indicator");
  });

  test("a cursor in a table cell: the section goes after the table, not into the cell", async () => {
    const word = new FakeWord(
      new DocBuilder()
        .paragraph("前文")
        .table([
          ["项目", "数量"],
          ["资产总额", "3"],
        ])
        .paragraph("后文")
        .build(),
    );
    word.cursor = texts(word).indexOf("项目");
    await insertSection(word.context(), profile, "problems");
    const t = texts(word);
    const heading = t.indexOf("五、存在的问题及改进措施");
    expect(heading).toBeGreaterThan(t.indexOf("3"));
    expect(word.paragraphs[heading].tableNestingLevel).toBe(0);
    expect(heading).toBeLessThan(t.indexOf("后文"));
  });

  test("a cursor in a nested table: after the outermost table", async () => {
    const word = new FakeWord(new DocBuilder().paragraph("正文").build());
    const base = word.paragraphs[0];
    const at = (text: string, nesting: number) => ({
      ...base,
      id: 7000 + nesting * 10 + text.length,
      text,
      tableNestingLevel: nesting,
      rowIndex: 0,
      cellIndex: 0,
    });
    word.paragraphs.push(at("外", 1), at("内表格", 2), at("外表格末", 1), { ...base, id: 7999, text: "表后" });
    word.cursor = 2;
    await insertSection(word.context(), profile, "problems");
    expect(texts(word).slice(3, 5)).toEqual(["外表格末", ""]);
    expect(texts(word)[5]).toBe("五、存在的问题及改进措施");
    expect(texts(word).at(-1)).toBe("表后");
  });

  test("a cursor inside one of our sections' content controls: after the outermost control", async () => {
    const word = new FakeWord(new DocBuilder().paragraphs("一、部门基本情况", "【请填写】", "二、下一节").build());
    word.paragraphs[0].controls = ["report-assistant:section:basic"];
    word.paragraphs[1].controls = ["report-assistant:section:basic", "inner"];
    word.cursor = 1;
    await insertTable(word.context(), profile, "assets");
    const t = texts(word);
    expect(t.slice(0, 3)).toEqual(["一、部门基本情况", "【请填写】", ""]);
    expect(t.at(-1)).toBe("二、下一节");
    expect(word.paragraphs.slice(3, -1).every((p) => !p.controls?.length)).toBe(true);
  });

  test("one section, with its sub-sections", async () => {
    const word = new FakeWord(new DocBuilder().paragraph("正文").build());
    await insertSection(word.context(), profile, "problems");
    // one to see where the cursor is (a table? a content control?), one to insert
    expect(word.syncs).toBe(2);
    expect(texts(word).filter((t) => /^[五（]/.test(t))).toEqual([
      "五、存在的问题及改进措施",
      "（一）存在的主要问题",
      "（二）针对问题提出具体的改进措施或建议",
    ]);
  });

  test("one standard table at the cursor", async () => {
    const word = new FakeWord(new DocBuilder().paragraph("正文").build());
    await insertTable(word.context(), profile, "assets");
    // one to see where the cursor is (a table? a content control?), one to insert
    expect(word.syncs).toBe(2);
    const doc = await readDocument(word.context());
    expect(doc.tables[0].rows[0].map((c) => c.text)).toEqual(["项目", "数量", "价值（万元）"]);
    expect(word.contentControlTags).toEqual(["report-assistant:table:assets"]);
  });

  test("the missing sections, each at its place: no section missing, none out of order, the author's text intact", async () => {
    const doc = specToModel(seedReport({}, ["selfeval", "team"]));
    const word = new FakeWord(doc);
    const before = texts(word);
    const n = await insertMissingSections(word.context(), profile, doc);
    // one to look the anchors up, one to read them back, one to insert
    expect(word.syncs).toBe(3);
    expect(n).toBe(4);
    const after = await readDocument(word.context());
    const report = analyze(after, profile);
    expect(report.findings.filter((f) => f.rule === "section-missing" || f.rule === "section-order")).toEqual([]);
    expect(texts(word).filter((t) => before.includes(t))).toEqual(before);
  });

  test("the score sentence goes at the end of the conclusion", async () => {
    const doc = specToModel(seedReport());
    const word = new FakeWord(doc);
    await writeScoreSentence(word.context(), doc, profile, "综上，自评得分 87 分，评价等级为“良”。");
    const after = analyze(await readDocument(word.context()), profile);
    const conclusion = after.sections.find((s) => s.id === "conclusion")!.location!.paragraph!;
    const problems = after.sections.find((s) => s.id === "problems")!.location!.paragraph!;
    expect(texts(word)[problems - 1]).toBe("综上，自评得分 87 分，评价等级为“良”。");
    expect(problems - 1).toBeGreaterThan(conclusion);
  });

  test("a batch refused before it runs inserts nothing", async () => {
    const word = new FakeWord(specToModel(seedReport({}, ["selfeval"])));
    const before = texts(word);
    word.failNextSync = true;
    await expect(insertSkeleton(word.context(), profile)).rejects.toThrow("GeneralException");
    expect(texts(word)).toEqual(before);
  });
});

describe("the team profile travels with the document", () => {
  test("saved as a custom XML part and read back, replacing the one before", async () => {
    const word = new FakeWord(new DocBuilder().paragraph("正文").build());
    await saveProfileToDocument(word.context(), defaultProfile(), true);
    await saveProfileToDocument(word.context(), builtInProfile("dept-overall-hebei")!, true);
    expect(word.customXmlParts).toHaveLength(1);
    expect(word.customXmlParts[0].namespace).toBe(PROFILE_NS);
    const loaded = await loadProfileFromDocument(word.context(), true);
    expect(loaded).toMatchObject({ ok: true, profile: { id: "dept-overall-hebei" } });
  });

  test("a save that fails half-way leaves the new profile stored and read, never none", async () => {
    const word = new FakeWord(new DocBuilder().paragraph("正文").build());
    await saveProfileToDocument(word.context(), defaultProfile(), true);
    word.failPartDeletes = true;
    await expect(saveProfileToDocument(word.context(), builtInProfile("dept-overall-hebei")!, true)).rejects.toThrow(
      "GeneralException",
    );
    // Word kept the add that ran before the failing delete
    expect(word.customXmlParts).toHaveLength(2);
    expect(await loadProfileFromDocument(word.context(), true)).toMatchObject({
      ok: true,
      profile: { id: "dept-overall-hebei" },
    });
  });

  test("no profile stored", async () => {
    expect(await loadProfileFromDocument(new FakeWord(new DocBuilder().build()).context(), true)).toBeUndefined();
  });

  test("a stored profile that no longer validates is reported, not used", async () => {
    const word = new FakeWord(new DocBuilder().build());
    const broken = { ...defaultProfile(), grades: [] };
    word.customXmlParts.push({ namespace: PROFILE_NS, xml: profileToXml(broken as never) });
    const loaded = await loadProfileFromDocument(word.context(), true);
    expect(loaded).toMatchObject({ ok: false, problems: [expect.objectContaining({ path: "grades" })] });
  });
});

describe("the profile on hosts without WordApi 1.4: the Common API", () => {
  // a fake of Office.context.document.customXmlParts, the callback API every Word since 2013 has
  const parts: { ns: string; xml: string }[] = [];
  const ok = <T>(value: T) => ({ status: "succeeded", value });
  beforeAll(() => {
    (globalThis as Record<string, unknown>).Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: {
          customXmlParts: {
            getByNamespaceAsync: (ns: string, cb: (r: unknown) => void) =>
              cb(
                ok(
                  parts
                    .filter((p) => p.ns === ns)
                    .map((p) => ({
                      deleteAsync: (done: () => void) => {
                        parts.splice(parts.indexOf(p), 1);
                        done();
                      },
                      getXmlAsync: (done: (r: unknown) => void) => done(ok(p.xml)),
                    })),
                ),
              ),
            addAsync: (xml: string, cb: (r: unknown) => void) => {
              parts.push({ ns: /xmlns="([^"]*)"/.exec(xml)![1], xml });
              cb(ok(undefined));
            },
          },
        },
      },
    };
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).Office;
  });

  test("saved, replaced and read back without touching WordApi 1.4", async () => {
    const word = new FakeWord(new DocBuilder().build());
    await saveProfileToDocument(word.context(), defaultProfile(), false);
    await saveProfileToDocument(word.context(), builtInProfile("dept-overall-hebei")!, false);
    expect(parts).toHaveLength(1);
    expect(await loadProfileFromDocument(word.context(), false)).toMatchObject({
      ok: true,
      profile: { id: "dept-overall-hebei" },
    });
    expect(word.syncs).toBe(0);
  });
});

test("our content controls can be removed, keeping their text; others are left alone", async () => {
  const { removeOurContentControls } = await import("../../src/io/word/word");
  const word = new FakeWord(new DocBuilder().paragraph("正文").build());
  await insertSkeleton(word.context(), defaultProfile());
  word.contentControlTags.push("someone-else:field");
  const textBefore = word.paragraphs.map((p) => p.text);
  const n = await removeOurContentControls(word.context());
  expect(n).toBeGreaterThan(20);
  expect(word.contentControlTags).toEqual(["someone-else:field"]);
  expect(word.paragraphs.map((p) => p.text)).toEqual(textBefore);
});
