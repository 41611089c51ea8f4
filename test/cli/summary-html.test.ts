/** @jest-environment jsdom */
// The reviewer's HTML summary of a batch, read as a browser reads it: short file names with
// the full path on hover, each report's main problems in a few words, a wrong grade and
// missing sections marked, info counts, findings that fold away with a way back to the top,
// and two pictures drawn as inline SVG.
import { resolve } from "path";
import type { FileResult } from "../../src/cli/check-file";
import { mainProblems, shortNames, toHtml } from "../../src/cli/summary";
import { analyze } from "../../src/core/analyze";
import { DocBuilder } from "../../src/core/model/builder";
import { defaultProfile } from "../../src/core/profile/built-in";
import { DocxReadError, describeReadError } from "../../src/io/docx";
import { OUTLINE } from "../support/rule-tester";

function checked(file: string, paragraphs: string[]): FileResult {
  const report = analyze(new DocBuilder().paragraphs(...paragraphs).build(), defaultProfile());
  return { file, report, profileName: defaultProfile().name, profileSource: "default", notes: [] };
}

const conclusion = (text: string) => [...OUTLINE.slice(0, 6), "四、评价结论和评价等级", text, ...OUTLINE.slice(8)];
const wrongGrade = checked("/data/2023年报告/甲局.docx", conclusion("自评得分 87 分，评价等级为“优”。"));
const rightGrade = checked("/data/2023年报告/乙局.docx", conclusion("自评得分 92 分，评价等级为“优”。"));
const missing = checked("/data/2023年报告/分局/丙局.docx", ["一、部门基本情况", "本局负责相关工作。"]);
const broken: FileResult = {
  file: "/data/2023年报告/坏.docx",
  error: { code: "corrupt", message: describeReadError("坏.docx", new DocxReadError("corrupt")) },
};
const results = [wrongGrade, rightGrade, missing, broken];

function page(lang: "zh-CN" | "en-US" = "zh-CN"): Document {
  return new DOMParser().parseFromString(toHtml(results, lang, new Date("2026-12-02T08:00:00Z")), "text/html");
}

describe("shortNames", () => {
  test.each<[string[], string[]]>([
    [
      ["/a/b/x.docx", "/a/b/y.docx"],
      ["x.docx", "y.docx"],
    ],
    [
      ["/a/b/x.docx", "/a/b/c/y.docx"],
      ["x.docx", "c/y.docx"],
    ],
    [["/a/x.docx"], ["x.docx"]],
    [[], []],
  ])("%j", (files, names) => expect(shortNames(files)).toEqual(names));
});

describe("the HTML summary", () => {
  test("file names relative to the folder the batch sits in, the full path on hover", () => {
    const cells = [...page().querySelectorAll("#summary td.file")];
    expect(cells.map((c) => c.querySelector("a")!.textContent)).toEqual([
      "甲局.docx",
      "乙局.docx",
      "分局/丙局.docx",
      "坏.docx",
    ]);
    expect(cells[0].getAttribute("title")).toBe(resolve("/data/2023年报告/甲局.docx"));
  });

  test("each report's main problems in a few words, errors first", () => {
    expect(mainProblems(wrongGrade, "zh-CN")).toMatch(/^等级与得分不符（1）/);
    expect(mainProblems(missing, "zh-CN")).toContain("缺少章节");
    expect(mainProblems(missing, "en-US")).toContain("sections missing");
    const main = [...page().querySelectorAll("#summary td.main")].map((c) => c.textContent);
    expect(main[0]).toContain("等级与得分不符");
  });

  test("a wrong grade and missing sections are marked, not only a pale row", () => {
    const rows = [...page().querySelectorAll("#summary tbody tr")];
    const flags = rows.map((r) => [...r.querySelectorAll("td.flag")].map((c) => c.textContent));
    expect(flags[0]).toEqual(["✗ 优"]);
    expect(flags[1]).toEqual([]);
    expect(flags[2].join("")).toContain("自评工作开展情况");
  });

  test("infos are counted beside errors and warnings", () => {
    const heads = [...page().querySelectorAll("#summary th")].map((h) => h.textContent);
    expect(heads).toEqual(expect.arrayContaining(["错误", "警告", "提示", "主要问题"]));
  });

  test("each report's findings fold away, open where there is an error, with a link back to the top", () => {
    const d = page();
    const details = [...d.querySelectorAll("details")];
    expect(details).toHaveLength(4);
    expect(details[0].hasAttribute("open")).toBe(true);
    expect(details.every((x) => x.querySelector('a[href="#top"]'))).toBe(true);
    expect(d.body.id).toBe("top");
    expect(details[0].querySelector("summary")!.textContent).toMatch(/错误 1 · 警告 \d+ · 提示 \d+/);
    // the grade line says what it means
    expect(details[0].querySelector(".meta")!.textContent).toContain("报告等级“优”，按得分应为“良”（不符）");
  });

  test("two pictures as inline SVG: grades stated against grades due, and each report's errors", () => {
    const svgs = [...page().querySelectorAll("svg[role=img]")];
    expect(svgs.map((s) => s.getAttribute("aria-label"))).toEqual([
      "评价等级分布：报告所写与按得分应评",
      "各报告错误数",
    ]);
    const titles = [...svgs[0].querySelectorAll("rect title")].map((t) => t.textContent);
    expect(titles).toEqual(expect.arrayContaining(["优 报告所写 2", "优 按得分应评 1", "良 按得分应评 1"]));
    // one row of bars per readable report
    expect(svgs[1].querySelectorAll("rect.e title")).toHaveLength(3);
  });

  test("in English too, with plurals", () => {
    const d = page("en-US");
    expect(d.querySelector("h1")!.textContent).toBe("Self-evaluation reports: review summary");
    expect(d.querySelector("details summary .counts")!.textContent).toMatch(/^1 error · \d+ warnings? · \d+ infos?$/);
  });

  test("no external asset", () => {
    const html = toHtml(results, "zh-CN");
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});
