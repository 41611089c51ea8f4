// The "done means", end to end through real .docx files: the seed report's
// structure and figures, written by the docx library in four heading styles and
// re-saved by LibreOffice, then read and checked.
import { readFileSync } from "fs";
import { join } from "path";
import { analyze, type Report } from "../../src/core/analyze";
import type { Finding } from "../../src/core/model/finding";
import { defaultProfile } from "../../src/core/profile/built-in";
import { readDocx } from "../../src/io/docx";
import { compositeForm, consistentReport, seedReport, type SeedFigures } from "../support/report-spec";
import { writeDocx, type HeadingMode } from "../support/write-docx";

const profile = defaultProfile();

async function check(blocks = seedReport(), mode: HeadingMode = "typed"): Promise<Report> {
  return analyze(readDocx(await writeDocx(blocks, mode)), profile);
}

const errors = (r: Report) => r.findings.filter((f) => f.severity === "error");
const key = (f: Finding) => `${f.rule}@${f.location.paragraph}:${f.message["zh-CN"]}`;
const ALL_SECTIONS = ["basic", "selfeval", "results", "conclusion", "problems", "team"];

describe("the seed report", () => {
  let seed: Report;
  beforeAll(async () => {
    seed = await check();
  });

  test("all six sections are found, with their sub-sections", () => {
    for (const id of ALL_SECTIONS) expect(seed.sections.find((s) => s.id === id)!.status).toBe("found");
    expect(seed.sections.filter((s) => s.status === "found")).toHaveLength(profile.sections.length);
  });

  test("grade-band flags 87 labelled 优 (expected 良)", () => {
    expect(seed.score).toMatchObject({ stated: 87, computed: null, grade: { stated: "优", expected: "良" } });
    const g = seed.findings.filter((f) => f.rule === "grade-band");
    expect(g).toHaveLength(1);
    expect(g[0].message["zh-CN"]).toContain("应评为“良”");
  });

  test("duplicate-text flags the repeated sentence, the repeated word and the repeated header row", () => {
    const d = seed.findings.filter((f) => f.rule === "duplicate-text").map((f) => f.message["zh-CN"]);
    expect(d.some((m) => m.includes("句子重复出现"))).toBe(true);
    expect(d.some((m) => m.includes("公开公开"))).toBe(true);
    expect(d.some((m) => m.includes("表头行重复"))).toBe(true);
  });

  test("the seed's sums hold: no sum-mismatch, no figure-mismatch", () => {
    expect(seed.findings.filter((f) => f.rule === "sum-mismatch" || f.rule === "figure-mismatch")).toEqual([]);
  });

  test("figure-missing says the execution rate, the spending split and the score table cannot be checked", () => {
    const m = seed.findings.filter((f) => f.rule === "figure-missing").map((f) => f.message["zh-CN"]);
    expect(m.some((x) => x.startsWith("预算执行率无法核对") && x.includes("156%"))).toBe(true);
    expect(m.some((x) => x.includes("基本支出与项目支出"))).toBe(true);
    expect(m.some((x) => x.includes("绩效自评指标表"))).toBe(true);
    expect(seed.findings.filter((f) => f.rule === "figure-missing").every((f) => f.severity === "info")).toBe(true);
  });

  test("numbering: mixed 1./2、 and (一)/（一）, and the goals list broken by an unnumbered line", () => {
    const h = seed.findings.filter((f) => f.rule === "heading-sequence").map((f) => f.message["zh-CN"]);
    expect(h.some((m) => m.includes("“1.”"))).toBe(true);
    expect(h.filter((m) => m.includes("用半角括号"))).toHaveLength(3);
    expect(h.some((m) => m.includes("“(二)”用半角括号"))).toBe(true);
    expect(h.some((m) => m.includes("第 4 项与第 5 项之间"))).toBe(true);
  });

  test("grade-band is the only error", () => {
    expect(errors(seed).map((f) => f.rule)).toEqual(["grade-band"]);
  });

  describe("changing one figure gives the matching finding and no other new error", () => {
    const newErrors = (r: Report) => errors(r).filter((f) => f.rule !== "grade-band");
    test.each<[string, Partial<SeedFigures>, string, string]>([
      ["an asset count", { otherAssets: 198 }, "sum-mismatch", "资产总额数量 200 ≠ 1 + 198 = 199"],
      ["an asset value", { otherValue: "53.20" }, "sum-mismatch", "资产总额价值 63.51 ≠ 10.28 + 53.20 = 63.48"],
      ["the 在职 count", { staffActive: 12 }, "sum-mismatch", "实有人数 15 人 ≠ 在职人数 12 人 + 退休人数 4 人 = 16"],
      ["the total asset count", { assetCountTotal: 201 }, "sum-mismatch", "资产总额数量 201 ≠ 1 + 199 = 200"],
    ])("%s", async (_name, change, rule, message) => {
      const r = await check(seedReport(change));
      expect(newErrors(r).map((f) => [f.rule, f.message["zh-CN"]])).toEqual([[rule, message]]);
      expect(r.findings.filter((f) => f.rule === "grade-band")).toHaveLength(1);
    });

    test("the score: 92 makes 优 right", async () => {
      const r = await check(seedReport({ score: 92 }));
      expect(errors(r)).toEqual([]);
      expect(r.score.grade).toEqual({ stated: "优", expected: "优" });
    });

    test("the score: 75 makes 优 wrong by two bands", async () => {
      const r = await check(seedReport({ score: 75 }));
      expect(errors(r).map((f) => f.message["zh-CN"])).toEqual([expect.stringContaining("75 分应评为“中”")]);
    });
  });

  test.each(["selfeval", "problems", "conclusion"])("removing section %s gives section-missing for it", async (id) => {
    const r = await check(seedReport({}, [id]));
    const title = profile.sections.find((s) => s.id === id)!.title;
    const missing = r.findings.filter((f) => f.rule === "section-missing");
    expect(missing.map((f) => f.message["zh-CN"])).toEqual([`缺少章节“${title}”`]);
    expect(r.sections.find((s) => s.id === id)!.status).toBe("missing");
  });
});

describe("a fully consistent report", () => {
  test("produces no error and no warning; every figure it states is read", async () => {
    const r = await check(consistentReport(), "styled");
    expect(r.findings.filter((f) => f.severity !== "info").map(key)).toEqual([]);
    expect(r.score).toMatchObject({ stated: 87, computed: 87, grade: { stated: "良", expected: "良" } });
    expect(r.score.breakdown.map((g) => g.name)).toEqual(["预算执行", "产出指标", "效益指标", "满意度指标"]);
    const ids = new Set(r.facts.map((f) => f.id));
    for (const id of [
      "staff.quota",
      "staff.actual",
      "staff.active",
      "budget.adjusted",
      "budget.executed",
      "rate.execution",
      "spending.basic",
      "spending.project",
      "assets.count",
      "assets.value",
    ])
      expect(ids).toContain(id);
    expect(r.findings).toEqual([]);
  });
});

describe("the same report, headings made four ways and re-saved by LibreOffice, gives the same result", () => {
  const FIXTURES = join(__dirname, "..", "fixtures", "libreoffice");
  // Word list numbering renders every level uniformly, so which numbers mix styles differs by construction
  const comparable = (r: Report) =>
    r.findings
      .filter((f) => !(f.rule === "heading-sequence" && f.message["zh-CN"].startsWith("同级编号格式不统一")))
      .map(key);
  const sections = (r: Report) => r.sections.map((s) => `${s.id}:${s.status}@${s.location?.paragraph}`);
  let reference: Report;
  beforeAll(async () => {
    reference = await check(seedReport(), "typed");
  });

  test.each<HeadingMode>(["styled", "list", "outline"])("headings %s", async (mode) => {
    const r = await check(seedReport(), mode);
    expect(sections(r)).toEqual(sections(reference));
    expect(comparable(r)).toEqual(comparable(reference));
    if (mode !== "list") expect(r.findings.map(key)).toEqual(reference.findings.map(key));
  });

  test.each(["typed", "styled", "list"])("LibreOffice re-save of the %s version", (mode) => {
    const r = analyze(readDocx(readFileSync(join(FIXTURES, `seed-${mode}.docx`))), profile);
    expect(sections(r)).toEqual(sections(reference));
    expect(comparable(r)).toEqual(comparable(reference));
  });
});

describe("the national form as one composite table (budget block, goals, indicator block)", () => {
  const form = (change: [number, number, string][] = [], statement = "自评得分 87 分，评价等级为“良”。") =>
    check(
      [
        { kind: "title", text: "2024 年度部门整体支出绩效自评报告" },
        { kind: "p", text: statement },
        { kind: "table", rows: compositeForm(change) },
      ],
      "styled",
    );

  test("each block is read: rate, score line, indicator lines, 总分", async () => {
    const r = await form();
    expect(r.score).toMatchObject({ stated: 87, computed: 87, grade: { stated: "良", expected: "良" } });
    expect(r.score.breakdown.map((g) => [g.name, g.weight])).toEqual([
      ["预算执行率", 10],
      ["产出指标", 50],
      ["效益指标", 30],
      ["满意度指标", 10],
    ]);
    expect(r.tables.map((t) => t.kind)).toEqual(["execution", "indicator"]);
    // checked with the narrative profile, the bare form is named for what it is: one warning pointing to the form
    // profile
    expect(
      r.findings
        .filter((f) => f.severity !== "info")
        .filter((f) => f.rule !== "outline-mismatch")
        .map(key),
    ).toEqual([]);
    expect(r.findings.find((f) => f.rule === "outline-mismatch")?.message["zh-CN"]).toContain("dept-overall-form");
  });

  test("a wrong rate in the budget block", async () => {
    const r = await form([[3, 6, "98.00%"]]);
    expect(
      errors(r)
        .filter((f) => f.rule === "rate-mismatch")
        .map((f) => f.message["zh-CN"]),
    ).toEqual(["年度资金总额执行率 98.00% 与 494 ÷ 520 = 95.00% 不符"]);
  });

  test("a wrong line score in the indicator block", async () => {
    const r = await form([[11, 7, "35"]]);
    const msgs = errors(r)
      .filter((f) => f.rule === "score-total")
      .map((f) => f.message["zh-CN"]);
    expect(msgs).toEqual([
      "自评得分 87 分与指标表得分合计 97 分不符",
      "指标“服务覆盖人数”得分 35 超过分值 30",
      "指标表合计得分 87 ≠ 各项得分之和 97",
    ]);
  });
});
