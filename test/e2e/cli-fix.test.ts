// report-check fix, run as a user runs it: the certain corrections in a copy, listed; the
// original never written; a copy that checks clean of what was fixed.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { createHash } from "crypto";
import { tmpdir } from "os";
import { join } from "path";
import { dropSections, seedReport } from "../support/report-spec";
import { writeDocx } from "../support/write-docx";
import { runCli } from "../support/cli";

let dir: string;

const run = (args: string[]) => runCli(args, dir);
const findingsOf = (json: string): { rule: string }[] => JSON.parse(json).reports[0].findings;
const hash = (f: string) =>
  createHash("sha256")
    .update(readFileSync(join(dir, f)))
    .digest("hex");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "report-fix-"));
  writeFileSync(join(dir, "seed.docx"), await writeDocx(seedReport(), "styled"));
  writeFileSync(join(dir, "gaps.docx"), await writeDocx(dropSections(seedReport(), ["problems"]), "styled"));
  // a score stated, its grade never written
  const noGrade = seedReport().map((b) =>
    b.kind === "p" ? { ...b, text: b.text.replace(/，?评价等级为“优”/, "") } : b,
  );
  writeFileSync(join(dir, "no-grade.docx"), await writeDocx(noGrade, "styled"));
}, 60000);

test("the corrections are made in the copy and listed; the original is unchanged; the copy has no grade error", () => {
  const before = hash("seed.docx");
  const r = run(["fix", "seed.docx", "--out", "seed-fixed.docx"]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("将“优”改为“良”  (grade-band)");
  expect(r.out).toMatch(/已写入修正后的副本 seed-fixed\.docx（修正 \d+ 处），原文件未改动/);
  expect(hash("seed.docx")).toBe(before);
  const check = run(["check", "seed-fixed.docx", "--format", "json"]);
  const rules = findingsOf(check.out).map((f) => f.rule);
  expect(rules).not.toContain("grade-band");
  expect(check.code).toBe(0);
});

test("a missing section is inserted where the outline puts it", () => {
  const r = run(["fix", "gaps.docx", "--out", "gaps-fixed.docx"]);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/插入章节：存在的问题及改进措施/);
  const findings = findingsOf(run(["check", "gaps-fixed.docx", "--format", "json"]).out);
  expect(findings.filter((f) => f.rule === "section-missing")).toEqual([]);
  expect(findings.filter((f) => f.rule === "section-order")).toEqual([]);
});

test("a score without its grade: the sentence with the grade the score earns ends the conclusion", () => {
  const r = run(["fix", "no-grade.docx", "--out", "no-grade-fixed.docx"]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("写入得分句");
  expect(r.out).toContain("评价等级为“良”");
  const check = JSON.parse(run(["check", "no-grade-fixed.docx", "--format", "json"]).out).reports[0];
  expect(check.score.grade).toMatchObject({ stated: "良", expected: "良" });
});

test("--only, --dry-run, --no-sections", () => {
  const dry = run(["fix", "seed.docx", "--dry-run", "--only", "grade-band"]);
  expect(dry.code).toBe(0);
  expect(
    dry.out
      .trim()
      .split("\n")
      .filter((l) => l.includes("✔")),
  ).toHaveLength(1);
  expect(dry.out).toContain("试运行");
  const none = run(["fix", "gaps.docx", "--dry-run", "--no-sections", "--only", "section-missing"]);
  expect(none.out).toContain("没有可确定的修正，未写入文件");
});

test("the original is never the output, an existing file is not overwritten, an unknown rule is named", () => {
  const before = hash("seed.docx");
  for (const out of ["seed.docx", "./seed.docx", join(dir, "seed.docx")]) {
    const r = run(["fix", "seed.docx", "--out", out, "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("就是要修正的原文件");
  }
  expect(hash("seed.docx")).toBe(before);
  writeFileSync(join(dir, "taken.docx"), "x");
  const taken = run(["fix", "seed.docx", "--out", "taken.docx"]);
  expect(taken.code).toBe(2);
  expect(readFileSync(join(dir, "taken.docx"), "utf8")).toBe("x");
  const unknown = run(["fix", "seed.docx", "--dry-run", "--only", "grade-band,no-such-rule"]);
  expect(unknown.code).toBe(2);
  expect(unknown.err).toContain("no-such-rule");
  expect(run(["fix", "seed.docx"]).code).toBe(2);
});

test("a file that is not a .docx: one line naming it, exit 2, nothing written", () => {
  writeFileSync(join(dir, "broken.docx"), "not a zip");
  const r = run(["fix", "broken.docx", "--out", "broken-fixed.docx"]);
  expect(r.code).toBe(2);
  expect(r.err).toContain("broken.docx");
  expect(existsSync(join(dir, "broken-fixed.docx"))).toBe(false);
});
