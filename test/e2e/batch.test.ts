// Reviewers and teams, end to end through the built binary: forty reports with known
// faults in one command (all cores), the summary as JSON, CSV and a self-contained HTML
// page opened in Chromium; the template as a .docx and back; profiles a team shares.
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium } from "playwright-core";
import { analyze } from "../../src/core/analyze";
import { DocBuilder } from "../../src/core/model/builder";
import { builtInProfile, defaultProfile } from "../../src/core/profile/built-in";
import { readDocx, readDocxPackage } from "../../src/io/docx";
import { readDocument, insertSkeleton } from "../../src/io/word/word";
import { FakeWord } from "../support/fake-word";
import { consistentReport, type Block } from "../support/report-spec";
import { writeDocx } from "../support/write-docx";
import { runCli } from "../support/cli";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "test-output");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
let dir: string;

const run = (args: string[], cwd = dir) => runCli(args, cwd);

/** Replaces a text in the spec's paragraphs, headings and table cells; the text must be there. */
function replace(blocks: Block[], from: string, to: string): Block[] {
  let hits = 0;
  const swap = (s: string) => (s.includes(from) ? (hits++, s.split(from).join(to)) : s);
  const out = blocks.map((b): Block => {
    if (b.kind === "table")
      return {
        ...b,
        rows: b.rows.map((r) =>
          r.map((c) => (c === null ? c : typeof c === "string" ? swap(c) : { ...c, text: swap(c.text) })),
        ),
      };
    return { ...b, text: swap(b.text) } as Block;
  });
  if (!hits) throw new Error(`not in the report: ${from}`);
  return out;
}

// one fault per kind of report, and what the checker must say about it: the rules of its
// error and warning findings (a missing 二 also leaves 一、三 skipping a number)
const FAULTS: { kind: string; apply(b: Block[], year: number): Block[]; rules: string[]; missing?: string }[] = [
  { kind: "clean", apply: (b) => b, rules: [] },
  { kind: "grade", apply: (b) => replace(b, "评价等级为“良”", "评价等级为“优”"), rules: ["grade-band"] },
  { kind: "assets", apply: (b) => replace(b, "118", "117"), rules: ["sum-mismatch"] },
  { kind: "staff", apply: (b) => replace(b, "其中在职 18 人", "其中在职 17 人"), rules: ["sum-mismatch"] },
  {
    kind: "missing",
    apply: (b) => {
      const start = b.findIndex((x) => x.kind === "heading" && x.text === "自评工作开展情况");
      const end = b.findIndex((x, i) => i > start && x.kind === "heading" && x.level === 1);
      return [...b.slice(0, start), ...b.slice(end)];
    },
    rules: ["heading-sequence", "section-missing"],
    missing: "自评工作开展情况",
  },
  { kind: "score", apply: (b) => replace(b, "自评得分 87 分", "自评得分 89 分"), rules: ["score-total"] },
  { kind: "rate", apply: (b) => replace(b, "预算执行率 95.00%", "预算执行率 98.00%"), rules: ["rate-mismatch"] },
  {
    kind: "year",
    apply: (b, year) => replace(b, `截止时间：${year}-12-31`, `截止时间：${year - 1}-12-31`),
    rules: ["year-mismatch"],
  },
  { kind: "residue", apply: (b) => replace(b, "负责本县示范工作", "负责XX县示范工作"), rules: ["template-residue"] },
  { kind: "broken", apply: (b) => b, rules: [] },
];

interface Planned {
  file: string;
  kind: string;
  department: string;
  year: number;
}
const planned: Planned[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "report-batch-"));
  mkdirSync(OUT, { recursive: true });
  for (let i = 0; i < 40; i++) {
    const fault = FAULTS[i % FAULTS.length];
    const year = 2020 + (i % 5);
    const department = i === 0 ? "某某县<script>window.__pwned=1</script>&示范局" : `某某县第${i + 1}示范局`;
    const sub = join(dir, "reports", `batch${Math.floor(i / 10)}`);
    mkdirSync(sub, { recursive: true });
    const file = join(sub, `${String(i + 1).padStart(2, "0")}-${fault.kind}.docx`);
    if (fault.kind === "broken") writeFileSync(file, "这不是 Word 文档 / not a zip");
    else {
      let blocks = replace(consistentReport(), "某某县示范局", department);
      blocks = blocks.map((b) =>
        "text" in b && typeof b.text === "string"
          ? ({ ...b, text: b.text.split("2024").join(String(year)) } as Block)
          : b,
      );
      writeFileSync(file, await writeDocx(fault.apply(blocks, year), "styled"));
    }
    planned.push({
      file: join("reports", `batch${Math.floor(i / 10)}`, `${String(i + 1).padStart(2, "0")}-${fault.kind}.docx`),
      kind: fault.kind,
      department,
      year,
    });
  }
  writeFileSync(join(dir, "reports", "batch0", "~$01-clean.docx"), "Word lock file");
  writeFileSync(join(dir, "reports", "batch0", ".hidden.docx"), "hidden");
}, 120000);

describe("forty reports with known faults, checked in one command on all cores", () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON output, read field by field
  let json: { reports: Record<string, any>[] };
  let result: ReturnType<typeof run>;
  beforeAll(() => {
    result = run(["check", "reports", "--format", "json", "--jobs", "2"]);
    json = JSON.parse(result.out);
  });

  test("every file, in order; lock and hidden files skipped; exit 2 for the unreadable ones", () => {
    expect(json.reports.map((r) => r.file)).toEqual(planned.map((p) => p.file));
    expect(result.code).toBe(2);
    expect(result.err.split("\n").filter((l) => l.includes("无法读取"))).toHaveLength(4);
  });

  test("each report has exactly its faults, and its department and year", () => {
    json.reports.forEach((r, i) => {
      const p = planned[i];
      const fault = FAULTS.find((f) => f.kind === p.kind)!;
      if (p.kind === "broken") {
        expect(r.error.code).toBe("not-docx");
        return;
      }
      const rules = [
        ...new Set(
          (r.findings as { rule: string; severity: string }[]).filter((f) => f.severity !== "info").map((f) => f.rule),
        ),
      ].sort();
      expect([p.file, rules]).toEqual([p.file, fault.rules]);
      expect([r.department, r.year]).toEqual([p.department, p.year]);
    });
  });

  test("the CSV summary: UTF-8 with BOM, one row per report, counts and missing sections", () => {
    const csvFile = join(dir, "summary.csv");
    expect(run(["check", "reports", "--format", "csv", "--out", csvFile]).code).toBe(2);
    const csv = readFileSync(csvFile, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split("\r\n");
    // every text field quoted (a ";" list separator must not split one), numbers bare
    expect(lines[0]).toBe(
      '"文件","部门","年度","自评得分","指标表得分","报告等级","应评等级","错误","警告","缺失章节","模板","模板来源","无法读取的原因"',
    );
    expect(lines).toHaveLength(41);
    const missingRow = lines.find((l) => l.includes("-missing.docx"))!;
    expect(missingRow).toContain(',1,1,"自评工作开展情况","dept-overall","按提纲自动选择，吻合度');
    const gradeRow = lines.find((l) => l.includes("02-grade.docx"))!.split(",");
    expect(gradeRow.slice(3, 9)).toEqual(["87", "87", '"优"', '"良"', "1", "0"]);
    expect(lines[1]).toContain('"某某县<script>window.__pwned=1</script>&示范局"');
  });

  test("the HTML page: self-contained, sortable, and the documents' text stays text", async () => {
    const htmlFile = join(OUT, "batch-report.html");
    expect(run(["check", "reports", "--format", "html", "--out", htmlFile]).code).toBe(2);
    const html = readFileSync(htmlFile, "utf8");
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=|href="http/);
    expect(html).toContain("某某县&lt;script&gt;window.__pwned=1&lt;/script&gt;&amp;示范局");
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(`file://${htmlFile}`);
      expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator("#summary tbody tr").count()).toBe(40);
      expect(await page.locator("#summary tbody tr").first().innerText()).toContain(
        "<script>window.__pwned=1</script>&示范局",
      );
      // sort by errors, descending: the reports with an error come first
      const errorsHeader = page.locator("#summary th", { hasText: "错误" });
      await errorsHeader.click();
      await errorsHeader.click();
      expect(await errorsHeader.getAttribute("aria-sort")).toBe("descending");
      expect(Number(await page.locator("#summary tbody tr:first-child td:nth-child(8)").innerText())).toBe(1);
      await page.screenshot({ path: join(OUT, "batch-report.png"), fullPage: false });
      expect(requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60000);

  test("the text output ends with the summary table", () => {
    const r = run(["check", "reports/batch1", "--jobs", "1"]);
    expect(r.out).toMatch(/文件\s+部门\s+年度\s+自评得分\s+指标表得分\s+报告等级\s+应评等级\s+错误\s+警告\s+缺失章节/);
    expect(r.out).toContain("某某县第12示范局");
  });

  test("quoted glob patterns, and files named twice checked once", () => {
    const r = run([
      "check",
      "reports/batch2/*-grade.docx",
      "reports/**/23-*.docx",
      "reports/batch2/23-assets.docx",
      "--format",
      "json",
    ]);
    expect(JSON.parse(r.out).reports.map((x: { file: string }) => x.file)).toEqual([
      join("reports", "batch2", "22-grade.docx"),
      join("reports", "batch2", "23-assets.docx"),
    ]);
    expect(run(["check", "nothing/**/*.docx"]).err).toContain("nothing/**/*.docx 中没有 .docx 文件");
  });
});

describe("the template as a file", () => {
  test("`template` writes the skeleton; `check` finds every section, empty, and every table", () => {
    expect(run(["template", "skeleton.docx"]).out).toContain("已写入 skeleton.docx");
    const r = JSON.parse(run(["check", "skeleton.docx", "--format", "json"]).out).reports[0];
    expect(r.sections.map((s: { status: string }) => s.status)).toEqual(defaultProfile().sections.map(() => "empty"));
    const report = analyze(readDocx(readFileSync(join(dir, "skeleton.docx"))), defaultProfile());
    expect(report.tables.map((t) => t.kind)).toEqual([
      "org",
      "staff",
      "assets",
      "budget",
      "expense-control",
      "execution",
      "indicator",
    ]);
    expect(run(["template", "skeleton.docx"]).code).toBe(2);
    expect(run(["template", "skeleton.docx", "--force"]).code).toBe(0);
  });

  test("the skeleton inserted by the add-in and the file give the same outline", async () => {
    const word = new FakeWord(new DocBuilder().paragraph("").build());
    await insertSkeleton(word.context(), defaultProfile());
    const inserted = analyze(await readDocument(word.context()), defaultProfile());
    const file = analyze(readDocx(readFileSync(join(dir, "skeleton.docx"))), defaultProfile());
    const outline = (r: typeof file) => r.sections.map((s) => `${s.id}:${s.status}:${s.heading}`);
    expect(outline(inserted)).toEqual(outline(file));
    expect(inserted.tables.map((t) => t.kind)).toEqual(file.tables.map((t) => t.kind));
  });

  test("converted to PDF by LibreOffice it reads as the report it should be", () => {
    const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
    if (!soffice || !existsSync("/usr/bin/pdftotext"))
      throw new Error(
        "LibreOffice and poppler-utils are needed: apt-get install -y libreoffice-writer-nogui poppler-utils (.ci/run does)",
      );
    const conv = spawnSync(
      soffice,
      [
        "--headless",
        `-env:UserInstallation=file://${join(dir, "lo")}`,
        "--convert-to",
        "pdf",
        "--outdir",
        OUT,
        join(dir, "skeleton.docx"),
      ],
      { encoding: "utf8", timeout: 120000 },
    );
    expect(conv.status).toBe(0);
    const text = spawnSync("/usr/bin/pdftotext", ["-layout", join(OUT, "skeleton.pdf"), "-"], {
      encoding: "utf8",
    }).stdout;
    const compact = text.replace(/\s+/g, "");
    expect(compact.indexOf("XXXX年度部门整体支出绩效自评报告")).toBeLessThan(compact.indexOf("一、部门基本情况"));
    for (const h of [
      "一、部门基本情况",
      "（一）部门概况",
      "1.部门职责",
      "二、自评工作开展情况",
      "四、评价结论和评价等级",
      "六、评价工作组人员名单及签字",
      "部门固定资产占用情况表",
      "绩效自评指标表",
    ])
      expect([h, compact.includes(h)]).toEqual([h, true]);
    const pages = spawnSync("/usr/bin/pdfinfo", [join(OUT, "skeleton.pdf")], { encoding: "utf8" }).stdout;
    expect(Number(/Pages:\s+(\d+)/.exec(pages)![1])).toBeGreaterThanOrEqual(3);
    spawnSync("/usr/bin/pdftoppm", [
      "-png",
      "-r",
      "50",
      "-f",
      "1",
      "-l",
      "1",
      join(OUT, "skeleton.pdf"),
      join(OUT, "skeleton-page"),
    ]);
  }, 180000);
});

describe("profiles a team can share", () => {
  test("`profile init` writes the built-in profile as an editable, valid file; it never overwrites silently", () => {
    expect(run(["profile", "init", "team.json"]).code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, "team.json"), "utf8"));
    expect(written.id).toBe("dept-overall");
    expect(run(["profile", "init", "team.json"]).code).toBe(2);
    expect(run(["profile", "init", "sf.json", "--from", "dept-overall-score-first"]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "sf.json"), "utf8")).scoreSection).toBe("score");
  });

  test("`profile validate`: valid, and invalid with every problem's field path", () => {
    expect(run(["profile", "validate", "team.json"])).toMatchObject({ code: 0, out: expect.stringContaining("有效") });
    const bad = JSON.parse(readFileSync(join(dir, "team.json"), "utf8"));
    bad.sections[2].level = 7;
    bad.sections[3].id = bad.sections[2].id;
    bad.relations[0].parts = ["staff.nobody"];
    bad.colour = "blue";
    writeFileSync(join(dir, "bad.json"), JSON.stringify(bad));
    const r = run(["profile", "validate", "bad.json"]);
    expect(r.code).toBe(1);
    for (const path of ["sections.2.level", "(root)", "Unrecognized key"]) expect(r.out).toContain(path);
    writeFileSync(join(dir, "broken.json"), "{ not json");
    expect(run(["profile", "validate", "broken.json"]).out).toContain("invalid JSON");
    expect(run(["profile", "validate", "nowhere.json"]).code).toBe(2);
  });

  test("`check` uses --profile, else the profile stored in the document, else the default — and says which", async () => {
    const team = {
      ...JSON.parse(readFileSync(join(dir, "team.json"), "utf8")),
      id: "team-a",
      grades: [
        { grade: "优", min: 85 },
        { grade: "良", min: 75 },
        { grade: "中", min: 60 },
        { grade: "差", min: 0 },
      ],
    };
    writeFileSync(join(dir, "team-a.json"), JSON.stringify(team));
    expect(run(["template", "team-skeleton.docx", "--profile", "team-a.json"]).code).toBe(0);
    expect(readDocxPackage(readFileSync(join(dir, "team-skeleton.docx"))).customXml).toHaveLength(1);
    const stored = JSON.parse(run(["check", "team-skeleton.docx", "--format", "json"]).out).reports[0];
    expect([stored.profile, stored.profileSource]).toEqual(["team-a", "document"]);
    const forced = JSON.parse(
      run(["check", "team-skeleton.docx", "--profile", "dept-overall-hebei", "--format", "json"]).out,
    ).reports[0];
    expect([forced.profile, forced.profileSource]).toEqual(["dept-overall-hebei", "option"]);
    const plain = JSON.parse(run(["check", "reports/batch0/01-clean.docx", "--format", "json"]).out).reports[0];
    expect([plain.profile, plain.profileSource]).toEqual(["dept-overall", "auto"]);
    expect(plain.profileFit.score).toBeGreaterThan(0.5);
    expect(run(["check", "team-skeleton.docx"]).out).toContain("（team-a；文档中保存的模板）");
    // a folder on two threads: the worker gets the --profile too, and every report says so
    type Entry = { profile?: string; profileSource?: string; error?: unknown };
    const many: Entry[] = JSON.parse(
      run(["check", "reports/batch0", "--profile", "team-a.json", "--jobs", "2", "--format", "json"]).out,
    ).reports;
    const read = many.filter((r) => !r.error);
    expect(read.length).toBeGreaterThanOrEqual(4);
    expect(new Set(read.map((r) => `${r.profile}/${r.profileSource}`))).toEqual(new Set(["team-a/option"]));
  });

  test("`profile show`: the effective profile, and where it comes from", () => {
    const d = run(["profile", "show"]);
    expect(JSON.parse(d.out).id).toBe("dept-overall");
    expect(d.err).toContain("内置默认模板");
    const s = run(["profile", "show", "team-skeleton.docx"]);
    expect(JSON.parse(s.out).id).toBe("team-a");
    expect(s.err).toContain("文档中保存的模板");
    const o = run(["profile", "show", "--profile", "dept-overall-score-first"]);
    expect(JSON.parse(o.out).id).toBe(builtInProfile("dept-overall-score-first")!.id);
    expect(run(["profile", "show", "nowhere.docx"]).code).toBe(2);
  });
});
