// A file that kills the process reading it, or never finishes, costs only itself: every
// report is read in a child process with a capped heap and a time limit, and the batch
// goes on. The abort is real: the child's heap is capped below what a legitimately huge
// paragraph needs (REPORT_CHECK_CHILD_HEAP_MIB), so V8 aborts with "heap out of memory".
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { docxPackage, p } from "../support/ooxml";
import { hugeParagraph } from "../support/hostile";

const BIN = join(__dirname, "..", "..", "bin", "report-check.js");
let dir: string;
const good = (n: number) => join(dir, `good-${n}.docx`);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "isolation-"));
  writeFileSync(join(dir, "huge.docx"), hugeParagraph(5_000_000));
  for (const n of [1, 2, 3])
    writeFileSync(good(n), docxPackage({ body: p("一、部门基本情况") + p(`本单位第${n}份报告。`) }));
});

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, "check", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 1 << 26,
  });

for (const jobs of ["1", "2"]) {
  test(`a file that aborts its process is reported unreadable; the files before and after it are checked (--jobs ${jobs})`, () => {
    const r = run([good(1), join(dir, "huge.docx"), good(2), good(3), "--format", "json", "--jobs", jobs], {
      REPORT_CHECK_CHILD_HEAP_MIB: "40",
    });
    expect(r.status).toBe(2);
    const reports = JSON.parse(r.stdout).reports as {
      file: string;
      error?: { code: string; message: string };
      findings?: unknown[];
    }[];
    // in the order given, whatever order they finished in
    expect(reports.map((x) => x.file)).toEqual([good(1), join(dir, "huge.docx"), good(2), good(3)]);
    expect(reports[1].error!.code).toBe("crashed");
    for (const i of [0, 2, 3]) expect(reports[i].findings).toBeDefined();
    // one line for the user, in both languages, naming the file; nothing of V8's report
    expect(r.stderr).toContain(`${join(dir, "huge.docx")}：无法读取——检查此文件的进程意外终止`);
    expect(r.stderr).toContain("cannot read — the process checking this file stopped unexpectedly");
    expect(r.stderr).not.toMatch(/FATAL|heap|JavaScript|at \w+ \(/);
  }, 60000);
}

test("with --debug, V8's own report is shown too, marked and escaped", () => {
  const r = run([join(dir, "huge.docx"), "--format", "json", "--debug"], { REPORT_CHECK_CHILD_HEAP_MIB: "40" });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/\[debug\] child exited: SIGABRT/);
  expect(r.stderr).toMatch(/\[debug\].*heap out of memory/);
});

test("a file that takes longer than --timeout is stopped and reported; the next file is checked", () => {
  // no file is checked in a millisecond, a child's start-up alone takes longer: each times out,
  // and each gets a fresh child
  const r = run([good(1), good(2), "--format", "json", "--timeout", "0.001"]);
  expect(r.status).toBe(2);
  const reports = JSON.parse(r.stdout).reports as { file: string; error?: { code: string } }[];
  expect(reports.map((x) => [x.file, x.error?.code])).toEqual([
    [good(1), "timeout"],
    [good(2), "timeout"],
  ]);
  expect(r.stderr).toContain("检查此文件超时");
  expect(r.stderr).toContain("took too long and was stopped");
});

test("with the default limits the same files are all checked", () => {
  const r = run([good(1), join(dir, "huge.docx"), good(2), "--format", "json"]);
  expect(r.status).toBeLessThan(2);
  expect((JSON.parse(r.stdout).reports as { error?: unknown }[]).every((x) => !x.error)).toBe(true);
}, 60000);

test("a --timeout beyond what a timer can hold is capped, not taken as 1 ms", () => {
  const r = run([good(1), "--format", "json", "--timeout", "3000000"]);
  expect(r.status).toBeLessThan(2);
  expect(r.stderr).not.toMatch(/TimeoutOverflowWarning/);
});

test("a reader that stops early (| head) closes the pipe: no stack trace about it", async () => {
  const { spawn } = await import("child_process");
  const child = spawn(process.execPath, [BIN, "check", good(1), good(2), good(3), "--format", "json"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  // read one chunk, then close our end, as `head -1` does
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  child.stdout.destroy();
  await new Promise((resolve) => child.on("close", resolve));
  expect(stderr).not.toMatch(/EPIPE|at \w+ \(/);
});

// `outline` and `profile show` read their document in a child of the same pool: a file that
// aborts its process costs the command its answer (exit 2, the reason named), never a V8
// report or a hang
for (const command of [["outline"], ["profile", "show"]]) {
  test(`${command.join(" ")}: a document that aborts its child is reported, exit 2, one line in both languages`, () => {
    const r = spawnSync(process.execPath, [BIN, ...command, join(dir, "huge.docx")], {
      encoding: "utf8",
      env: { ...process.env, REPORT_CHECK_CHILD_HEAP_MIB: "40" },
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([
      `${join(dir, "huge.docx")}：无法读取——检查此文件的进程意外终止（内存不足或文件结构异常），文件可能已损坏或被恶意构造；其他文件不受影响 / ${join(dir, "huge.docx")}: cannot read — the process checking this file stopped unexpectedly (out of memory or a malformed structure): damaged or crafted; the other files are not affected`,
    ]);
  }, 60000);

  test(`${command.join(" ")}: with the default limits the same document is read`, () => {
    const r = spawnSync(process.execPath, [BIN, ...command, join(dir, "huge.docx")], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(command[0] === "outline" ? "部门基本情况" : '"id"');
  }, 60000);
}
