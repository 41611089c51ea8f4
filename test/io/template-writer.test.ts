import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SaxesParser } from "saxes";
import { analyze } from "../../src/core/analyze";
import { builtInProfile, defaultProfile } from "../../src/core/profile/built-in";
import { missingSectionsPlan, sectionLabel, skeleton, type SectionBlock } from "../../src/core/writing/template";
import { readDocx } from "../../src/io/docx";
import {
  APPLICATION,
  blocksToDocx,
  blocksToFlatOpc,
  escapeXml,
  footerXml,
  sectionXml,
  templateTitle,
} from "../../src/io/ooxml/write";
import { profileToXml } from "../../src/io/ooxml/profile-part";
import { seedReport } from "../support/report-spec";
import { toDocModel } from "../support/write-docx";

const profile = defaultProfile();

test.each([
  [1, 1, "一、"],
  [1, 6, "六、"],
  [2, 3, "（三）"],
  [3, 2, "2."],
  [4, 7, "（7）"],
  [1, 12, "十二、"],
])("level %i, ordinal %i → %s", (level, n, label) => expect(sectionLabel(level, n)).toBe(label));

test("the skeleton: title, every section in order with its numbering, the tables in their sections", () => {
  const blocks = skeleton(profile);
  expect(blocks[0]).toEqual({ kind: "title", lines: ["XX单位", "XXXX年度部门整体支出绩效自评报告"] });
  const sections = blocks.filter((b): b is SectionBlock => b.kind === "section");
  expect(sections.map((s) => s.label + s.title).slice(0, 4)).toEqual([
    "一、部门基本情况",
    "（一）部门概况",
    "1.部门职责",
    "2.部门机构设置情况",
  ]);
  expect(sections.filter((s) => s.level === 1).map((s) => s.label)).toEqual([
    "一、",
    "二、",
    "三、",
    "四、",
    "五、",
    "六、",
  ]);
  expect(sections.find((s) => s.sectionId === "basic.assets")!.tables.map((t) => t.tableId)).toEqual(["assets"]);
  expect(sections.find((s) => s.sectionId === "results.items")!.tables.map((t) => t.tableId)).toEqual([
    "execution",
    "indicator",
  ]);
});

describe("the written skeleton reads back as the outline it was made from", () => {
  const doc = readDocx(blocksToDocx(skeleton(profile)));
  const report = analyze(doc, profile);

  test("every section found, and empty", () => {
    expect(report.sections.map((s) => s.status)).toEqual(profile.sections.map(() => "empty"));
  });

  test("headings carry Word's heading styles and the literal numbering", () => {
    const first = doc.paragraphs.find((p) => p.text === "一、部门基本情况")!;
    expect(first.headingLevel).toBe(1);
    expect(doc.paragraphs.find((p) => p.text === "（一）部门概况")!.headingLevel).toBe(2);
    expect(doc.paragraphs.find((p) => p.text === "1.部门职责")!.headingLevel).toBe(3);
  });

  test("every standard table is recognised", () => {
    expect(report.tables.map((t) => t.kind)).toEqual([
      "org",
      "staff",
      "assets",
      "budget",
      "expense-control",
      "execution",
      "indicator",
    ]);
  });

  test("placeholders are what template-residue recognises; the only errors say each required section is still empty", () => {
    expect(report.findings.filter((f) => f.rule === "template-residue").length).toBeGreaterThan(
      profile.sections.length,
    );
    const errors = report.findings.filter((f) => f.severity === "error");
    // an unfilled skeleton never checks clean (issue 14): one section-empty error per required section, nothing else
    expect(errors.every((f) => f.rule === "section-empty")).toBe(true);
    expect(errors.map((f) => f.section)).toEqual(
      report.sections.filter((s) => s.required && s.status === "empty").map((s) => s.id),
    );
  });

  test("the indicator table carries the weights, adding up to 100", () => {
    expect(report.score.breakdown.reduce((a, g) => a + g.weight, 0)).toBe(100);
  });
});

test("text is escaped", () => {
  expect(escapeXml(`<script>&"'`)).toBe("&lt;script&gt;&amp;&quot;&apos;");
  const xml = sectionXml({
    kind: "section",
    sectionId: "x",
    level: 1,
    label: "一、",
    title: "A&B<c>",
    placeholder: "【请填写】",
    tables: [],
  });
  expect(xml).toContain("A&amp;B&lt;c&gt;");
});

test("the Flat OPC package for insertOoxml is well-formed and tags the content controls", () => {
  const xml = blocksToFlatOpc(skeleton(profile));
  const parser = new SaxesParser();
  const tags: string[] = [];
  parser.on("opentag", (t) => {
    if (t.name === "w:tag") tags.push(String(t.attributes["w:val"]));
  });
  expect(() => parser.write(xml).close()).not.toThrow();
  expect(tags).toContain("report-assistant:section:basic");
  expect(tags).toContain("report-assistant:table:indicator");
});

describe("where missing sections go", () => {
  const plan = (omit: string[]) => {
    const report = analyze(toDocModel(seedReport({}, omit)), profile);
    return {
      plan: missingSectionsPlan(
        profile,
        report.sections.map((s) => ({ ...s, paragraph: s.location?.paragraph, parent: undefined })),
      ),
      report,
    };
  };

  test("a missing 二 with its sub-sections goes before 三", () => {
    const { plan: p, report } = plan(["selfeval"]);
    const results = report.sections.find((s) => s.id === "results")!.location!.paragraph;
    expect(p).toEqual([{ before: results, blocks: expect.any(Array) }]);
    expect(p[0].blocks.map((b) => b.label + b.title)).toEqual([
      "二、自评工作开展情况",
      "（一）自评的组织工作",
      "（二）自评的方法和过程",
    ]);
  });

  test("a missing last section goes at the end", () => {
    const { plan: p } = plan(["team"]);
    expect(p).toEqual([{ before: undefined, blocks: [expect.objectContaining({ sectionId: "team" })] }]);
  });

  test("nothing missing, nothing to insert", () => {
    expect(plan([]).plan).toEqual([]);
  });

  test("the Hebei profile's outline is the same skeleton", () => {
    expect(skeleton(builtInProfile("dept-overall-hebei")!).length).toBe(skeleton(profile).length);
  });
});

describe("what is inserted keeps its own format whatever the document's styles say", () => {
  // parsed, not matched as text: each paragraph with its properties and its runs'
  const paragraphs = () => {
    const xml = blocksToFlatOpc(skeleton(profile));
    const out: {
      style?: string;
      numId?: string;
      keepNext: boolean;
      text: string;
      colors: string[];
      italics: string[];
      sdtIds: string[];
    }[] = [];
    const ids: string[] = [];
    let current: (typeof out)[number] | undefined;
    let inText = false;
    const parser = new SaxesParser();
    parser.on("opentag", (t) => {
      const val = String(t.attributes["w:val"] ?? "");
      if (t.name === "w:p") out.push((current = { keepNext: false, text: "", colors: [], italics: [], sdtIds: [] }));
      else if (t.name === "w:pStyle" && current) current.style = val;
      else if (t.name === "w:numId" && current) current.numId = val;
      else if (t.name === "w:keepNext" && current) current.keepNext = true;
      else if (t.name === "w:color" && current) current.colors.push(val);
      else if (t.name === "w:i" && current) current.italics.push(val);
      else if (t.name === "w:id") ids.push(val);
      inText = t.name === "w:t";
    });
    parser.on("text", (s) => {
      if (inText && current) current.text += s;
    });
    parser.on("closetag", () => (inText = false));
    parser.write(xml).close();
    return { paragraphs: out.filter((p) => p.text), ids };
  };

  test("headings: numbering switched off (the label is typed), kept with what follows, black, upright", () => {
    const headings = paragraphs().paragraphs.filter((p) => /^Heading\d$/.test(p.style ?? ""));
    expect(headings.length).toBeGreaterThan(10);
    for (const h of headings)
      expect(h).toMatchObject({ numId: "0", keepNext: true, colors: ["000000"], italics: ["0"] });
  });

  test("every run is black; a table's caption is kept with its table, and the header row with the first row", () => {
    const all = paragraphs().paragraphs;
    for (const p of all) expect(p.colors.every((c) => c === "000000") && p.colors.length > 0).toBe(true);
    const captions = all.filter((p) => /^表\s*\d|表$/.test(p.text) || p.text.endsWith("表"));
    expect(captions.length).toBeGreaterThan(0);
    for (const c of captions) expect(c.keepNext).toBe(true);
    const indicator = skeleton(profile)
      .flatMap((b) => (b.kind === "section" ? b.tables : []))
      .find((t) => t.tableId === "indicator")!;
    for (const h of indicator.columns) expect(all.find((p) => p.text === h)).toMatchObject({ keepNext: true });
    // no row is split across pages
    const xml = blocksToFlatOpc(skeleton(profile));
    expect((xml.match(/<w:tr>/g) ?? []).length).toBe((xml.match(/<w:tr><w:trPr><w:cantSplit\/>/g) ?? []).length);
  });

  test("every content control has a w:id, one per control, the same for the same template", () => {
    const { ids } = paragraphs();
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Number(id)).toBeGreaterThan(0);
    expect(paragraphs().ids).toEqual(ids);
  });
});

describe("the .docx package: page numbers, settings and document properties", () => {
  const date = new Date("2025-03-01T08:09:10.123Z");
  const blocks = skeleton(profile);
  const parts = (customXml?: string) => unzipSync(blocksToDocx(blocks, customXml, { date }));
  const attrs = (xml: string, element: string) =>
    [...xml.matchAll(new RegExp(`<${element} ([^>]*?)/?>`, "g"))].map((m) =>
      Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
    );

  test.each([
    ["without", undefined],
    ["with", profileToXml(profile)],
  ])(
    "%s the profile: every part is well-formed XML with a content type, and every relationship's target is in the package",
    (_, customXml) => {
      const files = parts(customXml);
      const types = strFromU8(files["[Content_Types].xml"]);
      const overrides = new Map(attrs(types, "Override").map((o) => [o.PartName, o.ContentType]));
      const defaults = new Map(attrs(types, "Default").map((d) => [d.Extension, d.ContentType]));
      for (const [name, bytes] of Object.entries(files)) {
        expect(() => new SaxesParser({ xmlns: true }).write(strFromU8(bytes)).close()).not.toThrow();
        if (name === "[Content_Types].xml") continue;
        expect([name, overrides.get(`/${name}`) ?? defaults.get(name.slice(name.lastIndexOf(".") + 1))]).toEqual([
          name,
          expect.any(String),
        ]);
      }
      for (const name of Object.keys(files).filter((n) => n.endsWith(".rels"))) {
        const base = name.replace(/_rels\/([^/]*)\.rels$/, "$1").replace(/[^/]*$/, "");
        for (const rel of attrs(strFromU8(files[name]), "Relationship")) {
          const target = new URL(rel.Target, `http://x/${base}`).pathname.slice(1);
          expect([name, rel.Target, target in files]).toEqual([name, rel.Target, true]);
        }
      }
      expect(overrides.get("/docProps/core.xml")).toBe("application/vnd.openxmlformats-package.core-properties+xml");
      expect(overrides.get("/docProps/app.xml")).toBe(
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
      );
      expect(overrides.get("/word/settings.xml")).toBe(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
      );
      expect(overrides.get("/word/footer1.xml")).toBe(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
      );
    },
  );

  test("document properties: the template's title, 绩效自评助手 as creator and application, W3CDTF dates", () => {
    const files = parts();
    const packageRels = attrs(strFromU8(files["_rels/.rels"]), "Relationship").map((r) => [r.Type, r.Target]);
    expect(packageRels).toEqual(
      expect.arrayContaining([
        ["http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
        ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"],
      ]),
    );
    const core = strFromU8(files["docProps/core.xml"]);
    expect(templateTitle(blocks)).toBe("XX单位XXXX年度部门整体支出绩效自评报告");
    expect(core).toContain("<dc:title>XX单位XXXX年度部门整体支出绩效自评报告</dc:title>");
    expect(core).toContain(`<dc:creator>${APPLICATION}</dc:creator>`);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-01T08:09:10Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-01T08:09:10Z</dcterms:modified>');
    expect(strFromU8(files["docProps/app.xml"])).toContain("<Application>绩效自评助手</Application>");
    // no title block, no dc:title; a title is escaped
    expect(
      strFromU8(unzipSync(blocksToDocx(blocks.filter((b) => b.kind !== "title")))["docProps/core.xml"]),
    ).not.toContain("dc:title");
    expect(
      strFromU8(unzipSync(blocksToDocx([{ kind: "title", lines: ["A&B", "<报告>"] }]))["docProps/core.xml"]),
    ).toContain("<dc:title>A&amp;B&lt;报告&gt;</dc:title>");
  });

  test("page numbers: odd and even footers, a PAGE field in 4号 宋体 between 一字线, evenAndOddHeaders on", () => {
    const files = parts();
    expect(strFromU8(files["word/settings.xml"])).toContain("<w:evenAndOddHeaders/>");
    const document = strFromU8(files["word/document.xml"]);
    const refs = attrs(document, "w:footerReference").map((r) => [r["w:type"], r["r:id"]]);
    const rels = new Map(
      attrs(strFromU8(files["word/_rels/document.xml.rels"]), "Relationship").map((r) => [r.Id, r.Target]),
    );
    expect(refs.map(([type, id]) => [type, rels.get(id)])).toEqual([
      ["default", "footer1.xml"],
      ["even", "footer2.xml"],
    ]);
    for (const [file, jc, ind] of [
      ["word/footer1.xml", "right", 'w:right="280"'],
      ["word/footer2.xml", "left", 'w:left="280"'],
    ]) {
      const xml = strFromU8(files[file]);
      expect(xml).toContain(`<w:jc w:val="${jc}"/>`);
      expect(xml).toContain(ind);
      expect(xml).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
      const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
      expect(text).toBe("\u2014 1 \u2014");
      for (const r of attrs(xml, "w:rFonts"))
        expect(r).toMatchObject({ "w:ascii": "宋体", "w:hAnsi": "宋体", "w:eastAsia": "宋体" });
      expect(attrs(xml, "w:sz").every((s) => s["w:val"] === "28")).toBe(true);
    }
    expect(footerXml("odd")).not.toBe(footerXml("even"));
  });

  test("insertOoxml carries no page setup: no section properties, footers or settings go into the user's document", () => {
    const xml = blocksToFlatOpc(blocks);
    for (const s of ["w:sectPr", "w:footerReference", "footer", "settings", "docProps"])
      expect([s, xml.includes(s)]).toEqual([s, false]);
  });

  test("the parts only a file has change nothing the docx reader reads", () => {
    const files = parts(profileToXml(profile));
    const bare = { ...files };
    for (const n of [
      "word/settings.xml",
      "word/footer1.xml",
      "word/footer2.xml",
      "docProps/core.xml",
      "docProps/app.xml",
    ])
      delete bare[n];
    const drop = (xml: string, pattern: RegExp) => strToU8(xml.replace(pattern, ""));
    bare["word/document.xml"] = drop(strFromU8(files["word/document.xml"]), /<w:footerReference [^>]*\/>/g);
    bare["word/_rels/document.xml.rels"] = drop(
      strFromU8(files["word/_rels/document.xml.rels"]),
      /<Relationship [^>]*Target="(settings|footer\d)\.xml"\/>/g,
    );
    bare["_rels/.rels"] = drop(strFromU8(files["_rels/.rels"]), /<Relationship [^>]*Target="docProps\/[^"]*"\/>/g);
    bare["[Content_Types].xml"] = drop(
      strFromU8(files["[Content_Types].xml"]),
      /<Override PartName="\/(docProps\/\w+|word\/settings|word\/footer\d)\.xml"[^>]*\/>/g,
    );
    const left = (n: string) => strFromU8(bare[n]);
    expect(
      [
        left("word/document.xml"),
        left("word/_rels/document.xml.rels"),
        left("_rels/.rels"),
        left("[Content_Types].xml"),
      ].join(""),
    ).not.toMatch(/footerReference|footer\d\.xml|settings\.xml|docProps/);
    expect(readDocx(zipSync(files))).toEqual(readDocx(zipSync(bare)));
  });
});
