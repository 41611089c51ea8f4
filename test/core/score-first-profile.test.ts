// The engine is profile-driven: a report of the other outline family checks clean with
// its own profile, and the same rules find the same kinds of faults there.
import { analyze } from "../../src/core/analyze";
import { builtInProfile, defaultProfile } from "../../src/core/profile/built-in";
import { skeleton } from "../../src/core/writing/template";
import { readDocx } from "../../src/io/docx";
import { blocksToDocx } from "../../src/io/ooxml/write";
import { scoreFirstReport } from "../support/report-spec";
import { toDocModel } from "../support/write-docx";

const scoreFirst = builtInProfile("dept-overall-score-first")!;

test("with its own profile: every section found, in order, nothing required missing", () => {
  const r = analyze(toDocModel(scoreFirstReport()), scoreFirst);
  expect(r.sections.filter((s) => s.status !== "found").map((s) => s.id)).toEqual(["annex"]);
  expect(r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}: ${f.message["zh-CN"]}`)).toEqual([]);
  expect(r.title).toEqual({ department: "某某市示范中心", year: 2024, paragraph: 0 });
});

test("the score is read from section 一 and the grade checked against it", () => {
  const r = analyze(toDocModel(scoreFirstReport(86, "优")), scoreFirst);
  const grade = r.findings.filter((f) => f.rule === "grade-band");
  expect(grade.map((f) => [f.message["zh-CN"], f.section])).toEqual([
    ["86 分应评为“良”（80（含）–90 分），报告写的是“优”", "score"],
  ]);
});

test("figure notes point at the section that states the score", () => {
  const r = analyze(toDocModel(scoreFirstReport()), scoreFirst);
  const notes = r.findings.filter((f) => f.rule === "figure-missing");
  expect(notes.length).toBeGreaterThan(0);
  expect(notes.every((f) => f.location.paragraph === 1)).toBe(true);
});

test("the national Hebei-style profile sees a different outline in it", () => {
  const r = analyze(toDocModel(scoreFirstReport()), defaultProfile());
  expect(r.findings.filter((f) => f.rule === "section-missing").length).toBeGreaterThan(0);
});

test("its skeleton reads back with every section, and its indicator weights add up", () => {
  const r = analyze(readDocx(blocksToDocx(skeleton(scoreFirst))), scoreFirst);
  expect(r.sections.every((s) => s.status === "empty")).toBe(true);
  expect(r.score.breakdown.map((g) => [g.name, g.weight])).toEqual([
    ["投入", 15],
    ["过程", 55],
    ["产出", 20],
    ["效果", 10],
  ]);
  // an unfilled skeleton never checks clean: each required section is an empty-section error, and nothing else is
  const errors = r.findings.filter((f) => f.severity === "error");
  expect(errors.every((f) => f.rule === "section-empty")).toBe(true);
  expect(errors.map((f) => f.section).sort()).toEqual(
    r.sections
      .filter((s) => s.required)
      .map((s) => s.id)
      .sort(),
  );
});
