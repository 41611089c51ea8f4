// report-check end to end: the built binary (bin/report-check.js → lib/), run as a
// user runs it, on real .docx files in a temporary folder.
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { RULES } from "../../src/core/rules";
import { defaultProfile } from "../../src/core/profile/built-in";
import { ole } from "../support/hostile";
import { consistentReport, seedReport } from "../support/report-spec";
import { writeDocx } from "../support/write-docx";
import { runCli } from "../support/cli";

const ROOT = join(__dirname, "..", "..");
let dir: string;

const run = (args: string[], cwd = dir) => runCli(args, cwd);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "report-check-"));
  writeFileSync(join(dir, "seed.docx"), await writeDocx(seedReport(), "styled"));
  writeFileSync(join(dir, "good.docx"), await writeDocx(consistentReport(), "styled"));
  writeFileSync(join(dir, "broken.docx"), "this is not a zip");
  mkdirSync(join(dir, "folder", "sub"), { recursive: true });
  writeFileSync(join(dir, "folder", "a.docx"), await writeDocx(consistentReport(), "typed"));
  writeFileSync(join(dir, "folder", "sub", "b.docx"), await writeDocx(seedReport(), "typed"));
  writeFileSync(join(dir, "folder", "~$a.docx"), "Word lock file");
  writeFileSync(join(dir, "folder", "notes.txt"), "not a report");
});

test("text output: readable, grouped by section, with locations; exit 1 on an error finding", () => {
  const r = run(["check", "seed.docx"]);
  expect(r.code).toBe(1);
  expect(r.out).toContain("== seed.docx ==");
  expect(r.out).toContain("章节：19/19 已找到");
  expect(r.out).toContain("【四、评价结论和评价等级】");
  expect(r.out).toMatch(/✖ 错误 {2}grade-band {2}第 \d+ 段 {2}87 分应评为“良”/);
  expect(r.out).toContain("→ 将评价等级改为“良”");
});

test("json output follows the contract", () => {
  const r = run(["check", "seed.docx", "--format", "json"]);
  expect(r.code).toBe(1);
  const json = JSON.parse(r.out);
  expect(Object.keys(json)).toEqual(["reports"]);
  const [report] = json.reports;
  expect(report).toMatchObject({
    file: "seed.docx",
    profile: "dept-overall",
    score: { stated: 87, computed: null, grade: { stated: "优", expected: "良" } },
  });
  expect(report.sections).toHaveLength(defaultProfile().sections.length);
  expect(report.sections[0]).toMatchObject({
    id: "basic",
    title: "部门基本情况",
    status: "found",
    location: { paragraph: 3 },
    heading: "一、部门基本情况",
  });
  // which heading each section took and why
  expect(report.sections[0].match).toMatchObject({
    via: "alias",
    level: 1,
    evidence: expect.arrayContaining(["in the profile's order"]),
  });
  // no --profile and none stored: the built-in profile whose outline fits best, and the fit
  expect(report.profileSource).toBe("auto");
  expect(report.profileFit).toMatchObject({ profile: "dept-overall", score: 1 });
  expect(report.profileRanking[0]).toEqual({ profile: "dept-overall", score: 1 });
  for (const f of report.findings) {
    expect(Object.keys(f)).toEqual(expect.arrayContaining(["rule", "severity", "message", "location"]));
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(typeof f.message).toBe("string");
  }
  expect(report.findings.find((f: { rule: string }) => f.rule === "grade-band")).toMatchObject({
    severity: "error",
    section: "conclusion",
  });
});

test("--lang en-US", () => {
  const r = run(["check", "seed.docx", "--format", "json", "--lang", "en-US"]);
  const grade = JSON.parse(r.out).reports[0].findings.find((f: { rule: string }) => f.rule === "grade-band");
  expect(grade.message).toBe('87 points is grade "良" (80 (inclusive) to 90); the report says "优"');
  expect(run(["check", "seed.docx", "--lang", "en-US"]).out).toContain("sections: 19/19 found");
});

test("a consistent report exits 0", () => {
  const r = run(["check", "good.docx"]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("错误 0 · 警告 0 · 提示 0");
});

test("one bad file: exit 2, one line in both languages naming it, the others still checked", () => {
  const r = run(["check", "broken.docx", "good.docx", "seed.docx", "--format", "json"]);
  expect(r.code).toBe(2);
  expect(r.err.trim()).toBe(
    "broken.docx：无法读取——不是 Word 文档（.docx） / broken.docx: cannot read — not a Word document (.docx)",
  );
  const reports = JSON.parse(r.out).reports;
  expect(reports.map((x: { file: string }) => x.file)).toEqual(["broken.docx", "good.docx", "seed.docx"]);
  expect(reports[0].error.code).toBe("not-docx");
  expect(reports[2].score.stated).toBe(87);
});

test("a file that does not exist", () => {
  const r = run(["check", "nowhere.docx"]);
  expect(r.code).toBe(2);
  expect(r.err).toContain("nowhere.docx：无法读取——文件不存在");
});

test("folders are searched recursively; lock files and other files are skipped", () => {
  const r = run(["check", "folder", "--format", "json"]);
  const files = JSON.parse(r.out).reports.map((x: { file: string }) => x.file);
  expect(files).toEqual([join("folder", "a.docx"), join("folder", "sub", "b.docx")]);
  expect(r.code).toBe(1);
});

test("a folder with a dangling link and a link looping back: every real report is still checked, the link is named", () => {
  mkdirSync(join(dir, "linked"));
  copyFileSync(join(dir, "folder", "a.docx"), join(dir, "linked", "a.docx"));
  symlinkSync(join(dir, "linked", "moved-away.docx"), join(dir, "linked", "b.docx"));
  symlinkSync(join(dir, "linked"), join(dir, "linked", "again"));
  const r = run(["check", "linked", "--format", "json"]);
  expect(r.code).toBe(2);
  expect(r.err).toContain(`${join("linked", "b.docx")}：无法读取——文件不存在或无法打开`);
  expect(r.err).not.toMatch(/\bat \w+ \(/); // no stack trace
  const reports = JSON.parse(r.out).reports;
  expect(reports.map((x: { file: string; error?: unknown }) => [x.file, x.error === undefined])).toEqual([
    [join("linked", "a.docx"), true],
    [join("linked", "b.docx"), false],
  ]);
});

describe("places that cannot be written or read are said in both languages, never as a stack trace", () => {
  const noStack = (err: string) => expect(err).not.toMatch(/\bat \w+ \(|node:fs/);
  test.each([
    [
      "check --out in a folder that does not exist",
      ["check", "good.docx", "--out", "nowhere/out.txt"],
      "无法写入 nowhere/out.txt（ENOENT） / cannot write nowhere/out.txt (ENOENT)",
    ],
    ["check --out naming a folder", ["check", "good.docx", "--out", "folder"], "无法写入 folder（EISDIR）"],
    ["template into a folder that does not exist", ["template", "nowhere/t.docx"], "无法写入 nowhere/t.docx（ENOENT）"],
    [
      "profile init into a folder that does not exist",
      ["profile", "init", "nowhere/p.json"],
      "无法写入 nowhere/p.json（ENOENT）",
    ],
  ])("%s: exit 2, nothing written", (_, args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe("");
    noStack(r.err);
  });

  test("an --out that fails only when written: the results go to standard output instead of being lost", () => {
    // /proc/version exists in a writable-looking folder, yet refuses every write, even root's
    if (!existsSync("/proc/version")) throw new Error("this test needs Linux's /proc");
    const r = run(["check", "good.docx", "--format", "json", "--out", "/proc/version"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("无法写入 /proc/version");
    expect(r.err).toContain("结果改为输出到标准输出 / the results go to standard output instead");
    expect(JSON.parse(r.out).reports[0].file).toBe("good.docx");
    noStack(r.err);
  });

  test("a pipe or a device named as a report is not read (it would never end); the other files are checked", () => {
    const r = run(["check", "/dev/zero", "good.docx", "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      "/dev/zero：无法读取——不是普通文件（是管道或设备），未读取 / /dev/zero: cannot read — not a regular file",
    );
    expect(JSON.parse(r.out).reports.map((x: { file: string }) => x.file)).toEqual(["/dev/zero", "good.docx"]);
  });
});

test("a folder's old .doc is named with what to do, its .docm is checked like a .docx", async () => {
  mkdirSync(join(dir, "mixed"));
  writeFileSync(join(dir, "mixed", "旧报告.doc"), ole("WordDocument"));
  writeFileSync(join(dir, "mixed", "宏报告.docm"), await writeDocx(consistentReport(), "typed"));
  writeFileSync(join(dir, "mixed", "公开版.pdf"), "%PDF-1.7");
  const r = run(["check", "mixed", "--format", "json"]);
  expect(r.code).toBe(2);
  expect(r.err).toContain(
    `${join("mixed", "旧报告.doc")}：无法读取——这是旧版 Word 97-2003 .doc 文件，请在 Word 或 WPS 中另存为 .docx`,
  );
  const reports = JSON.parse(r.out).reports;
  expect(reports.map((x: { file: string; error?: unknown }) => [x.file, x.error === undefined])).toEqual([
    [join("mixed", "宏报告.docm"), true],
    [join("mixed", "旧报告.doc"), false],
  ]);
});

test("wrong usage exits 2", () => {
  expect(run(["check"]).code).toBe(2);
  expect(run(["check", "seed.docx", "--format", "xml"]).code).toBe(2);
  expect(run(["frobnicate"]).code).toBe(2);
  expect(run(["--help"]).code).toBe(0);
});

describe("--profile", () => {
  test("a built-in id: the Hebei profile requires 六", () => {
    const p = run(["check", "good.docx", "--profile", "dept-overall-hebei", "--format", "json"]);
    expect(JSON.parse(p.out).reports[0].profile).toBe("dept-overall-hebei");
    expect(p.code).toBe(0);
  });
  test("a team's profile file: a rule turned off, a grade band moved", () => {
    const custom = {
      ...JSON.parse(JSON.stringify(defaultProfile())),
      id: "team-a",
      rules: { "duplicate-text": "off" },
      grades: [
        { grade: "优", min: 85 },
        { grade: "良", min: 75 },
        { grade: "中", min: 60 },
        { grade: "差", min: 0 },
      ],
    };
    writeFileSync(join(dir, "team.json"), JSON.stringify(custom));
    const r = run(["check", "seed.docx", "--profile", "team.json", "--format", "json"]);
    const report = JSON.parse(r.out).reports[0];
    expect(report.profile).toBe("team-a");
    expect(report.score.grade.expected).toBe("优");
    expect(report.findings.some((f: { rule: string }) => f.rule === "duplicate-text" || f.rule === "grade-band")).toBe(
      false,
    );
    expect(r.code).toBe(0);
  });
  test("an invalid profile is refused with the field paths", () => {
    const bad = JSON.parse(JSON.stringify(defaultProfile()));
    bad.sections[3].level = 9;
    delete bad.grades;
    writeFileSync(join(dir, "bad.json"), JSON.stringify(bad));
    const r = run(["check", "seed.docx", "--profile", "bad.json"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("模板文件 bad.json 无效 / profile bad.json is invalid");
    expect(r.err).toContain("sections.3.level");
    expect(r.err).toContain("grades");
  });
  test("a profile that does not exist", () => {
    const r = run(["check", "seed.docx", "--profile", "missing.json"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("missing.json");
  });
});

test("`rules` lists every rule, and the README's table lists them too", () => {
  const out = run(["rules"]).out;
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  for (const rule of RULES) {
    expect(out).toContain(rule.id);
    expect(readme).toContain(`\`${rule.id}\``);
  }
});

test("the README's first command works on the shipped sample, through npx", () => {
  const r = spawnSync("npx", ["--no-install", "report-check", "check", "examples/sample-report.docx"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain("87 分应评为“良”");
});

test("a progress bar on stderr when it is a terminal, none otherwise", async () => {
  const { main } = await import("../../src/cli/main");
  const files = [join(dir, "seed.docx"), join(dir, "good.docx")];
  let err = "";
  await main(["check", ...files, "--format", "json"], { out: () => {}, err: (s) => (err += s), errIsTty: true });
  expect(err).toContain("██████████████████████████████ 2/2");
  err = "";
  await main(["check", ...files, "--format", "json"], { out: () => {}, err: (s) => (err += s), errIsTty: false });
  expect(err).toBe("");
});

describe("the profile chosen by the outline, and why each section took its heading", () => {
  test("text output says the profile was chosen by the outline, with its fit", () => {
    const r = run(["check", "seed.docx"]);
    expect(r.out).toContain("（dept-overall；按提纲自动选择，吻合度 100%）");
    expect(run(["check", "seed.docx", "--lang", "en-US"]).out).toContain(
      "(dept-overall; chosen by the outline, fit 100%)",
    );
  });

  test("`outline`: the profile, every built-in profile's fit, and each section's heading with the words and evidence", () => {
    const r = run(["outline", "seed.docx"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("dept-overall 100%");
    expect(r.out).toMatch(/✓ 部门机构设置情况 {2}\(basic\.org\) ← 第 \d+ 段 “2、部门机构设置情况：”/);
    expect(r.out).toContain("below its parent “部门概况”");
    const j = JSON.parse(run(["outline", "seed.docx", "--format", "json"]).out);
    expect(j).toMatchObject({ profile: "dept-overall", profileSource: "auto", profileFit: { score: 1 } });
    expect(j.ranking.length).toBeGreaterThanOrEqual(6);
    expect(j.sections.find((s: { id: string }) => s.id === "team").match.words.length).toBeGreaterThan(0);
    expect(run(["outline", "seed.docx", "--profile", "dept-overall-hunan", "--format", "json"]).out).toContain(
      '"profileSource": "option"',
    );
    expect(run(["outline", "broken.docx"]).code).toBe(2);
  });

  test("`profile show DOC`: a document that stores no profile shows the one its outline fits best", () => {
    const r = run(["profile", "show", "seed.docx"]);
    expect(JSON.parse(r.out).id).toBe("dept-overall");
    expect(r.err).toContain("按提纲自动选择（吻合度 100%）");
  });
});
