// npm run bench [-- --json] [-- --quick]
// Speed as a measured property, beside what a user would use instead (mammoth) and the
// physical floor (unzip + one bare tokenising pass with our XML parser, building nothing).
// Nothing here is a test: no time is asserted anywhere.
import { execFileSync, spawn, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { availableParallelism, tmpdir } from "os";
import { join } from "path";
import { gzipSync } from "zlib";
import { unzipSync } from "fflate";
import { chromium } from "playwright-core";
import { closeWordRuntime, measureWordPayloads } from "../test/support/word-runtime";
import { toDocModel } from "../test/support/write-docx";
import { docxOfPages, reportOfPages } from "./generate";

const ROOT = join(__dirname, "..");
const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const SIZES = quick ? [10, 100] : [10, 100, 1000];
const ROUNDS = quick ? 2 : 3;
/** Runs in each fresh process: the first (cold) and the warm ones, whose median is the steady state. */
const RUNS_PER_PROCESS = quick ? 3 : 4;
const BATCH = quick ? 40 : 200;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number, d = 0) => n.toFixed(d);
const mb = (b: number) => b / 1048576;

interface Run {
  ms: number;
  coldMs: number;
  cpuMs: number;
  peakBytes: number;
  peakAllBytes: number;
}

function measure(what: string, file: string): Run {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", join(__dirname, "child.js"), what, file, String(RUNS_PER_PROCESS)],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out) as Run;
}

async function reading(dir: string) {
  const rows = [];
  for (const pages of SIZES) {
    const file = join(dir, `report-${pages}p.docx`);
    writeFileSync(file, await docxOfPages(pages));
    const xmlBytes = unzipSync(new Uint8Array(readFileSync(file)), { filter: (f) => f.name === "word/document.xml" })[
      "word/document.xml"
    ].length;
    const runs: Record<string, Run[]> = { ours: [], floor: [], mammoth: [], analysis: [] };
    const order = ["ours", "floor", "mammoth", "analysis"];
    for (let r = 0; r < ROUNDS; r++) {
      // alternate who goes first, so drift of the machine falls on all alike
      for (let k = 0; k < order.length; k++) {
        const what = order[(r + k) % order.length];
        runs[what].push(measure(what, file));
      }
    }
    const stat = (what: string) => {
      const ms = runs[what].map((x) => x.ms);
      return {
        median: median(ms),
        min: Math.min(...ms),
        max: Math.max(...ms),
        cold: median(runs[what].map((x) => x.coldMs)),
        cpu: median(runs[what].map((x) => x.cpuMs)),
        peak: median(runs[what].map((x) => x.peakBytes)),
        peakAll: median(runs[what].map((x) => x.peakAllBytes)),
      };
    };
    const ours = stat("ours");
    const floor = stat("floor");
    const mammoth = stat("mammoth");
    const analysis = stat("analysis");
    rows.push({
      pages,
      paragraphs: toDocModel(reportOfPages(pages)).paragraphs.length,
      xmlBytes,
      ours,
      floor,
      mammoth,
      analysis,
      oursOverFloor: ours.median / floor.median,
      // ours ≥ floor + analysis: with this over 0.5 no reader, however fast, gets ours/floor to 1.5
      analysisOverFloor: analysis.median / floor.median,
      coldOverFloor: ours.cold / floor.cold,
      mammothOverOurs: mammoth.median / ours.median,
      peakOverXml: ours.peak / xmlBytes,
      peakAllOverXml: ours.peakAll / xmlBytes,
    });
  }
  return rows;
}

async function batch(dir: string) {
  const folder = join(dir, "batch");
  mkdirSync(folder, { recursive: true });
  const bytes = await docxOfPages(10);
  for (let i = 0; i < BATCH; i++) writeFileSync(join(folder, `report-${String(i).padStart(3, "0")}.docx`), bytes);
  const bin = join(ROOT, "bin", "report-check.js");
  const cores = availableParallelism();
  const time = (jobs: number) => {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, [bin, "check", folder, "--format", "json", "--jobs", String(jobs)], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  // the same folder split in `cores` parts, each checked by its own process on one thread, all at
  // once: no pool at all, nothing shared. What no thread pool can beat on this machine, because
  // each V8 instance compiles the engine for itself (JIT warm-up is paid once per lane)
  const parts = Array.from({ length: cores }, (_, k) => join(dir, `batch-part-${k}`));
  parts.forEach((p) => mkdirSync(p, { recursive: true }));
  for (let i = 0; i < BATCH; i++)
    writeFileSync(join(parts[i % cores], `report-${String(i).padStart(3, "0")}.docx`), bytes);
  const timeParts = async () => {
    const t0 = process.hrtime.bigint();
    await Promise.all(
      parts.map(
        (p) =>
          new Promise<void>((resolve) => {
            const child = spawn(process.execPath, [bin, "check", p, "--format", "json", "--jobs", "1"], {
              stdio: "ignore",
            });
            child.on("exit", () => resolve());
          }),
      ),
    );
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const one: number[] = [];
  const all: number[] = [];
  const split: number[] = [];
  for (let r = 0; r < Math.max(2, ROUNDS - 2); r++) {
    one.push(time(1));
    all.push(time(cores));
    split.push(await timeParts());
  }
  return {
    files: BATCH,
    cores,
    oneMs: median(one),
    allMs: median(all),
    speedup: median(one) / median(all),
    processesMs: median(split),
    processesSpeedup: median(one) / median(split),
    ceiling: await parallelCeiling(cores),
  };
}

/** What this machine gives for pure computation on all cores at once: the ceiling any batch speed-up lives under. */
async function parallelCeiling(cores: number): Promise<number> {
  const { Worker } = await import("worker_threads");
  const code = `const { parentPort } = require("worker_threads");
parentPort.on("message", (n) => { let x = 0; for (let j = 0; j < n; j++) for (let i = 0; i < 1e6; i++) x += i % 7; parentPort.postMessage(x); });`;
  const run = (threads: number, millions: number) =>
    new Promise<number>((resolve) => {
      const t0 = Date.now();
      let done = 0;
      for (let k = 0; k < threads; k++) {
        const w = new Worker(code, { eval: true });
        w.on("message", () => {
          void w.terminate();
          if (++done === threads) resolve(Date.now() - t0);
        });
        w.postMessage(Math.round(millions / threads));
      }
    });
  return (await run(1, 1500)) / (await run(cores, 1500));
}

/**
 * Each Word action's syncs and largest request and answer, through Word's own runtime with a recorder (the contract
 * test's; `npm run word-payload` prints the same rows).
 */
async function syncs() {
  const rows = [];
  // under the answer where every action does its whole work: items of a paged collection carry an id
  for (const pages of SIZES) rows.push(...(await measureWordPayloads(pages, { itemIdentity: "id" })));
  closeWordRuntime();
  return rows;
}

async function taskpane(dir: string) {
  // the bare Fluent UI v9 page, built by the same webpack setup
  const bareOut = join(dir, "bare");
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"),
      "--config",
      join(__dirname, "bare-fluent", "webpack.config.js"),
    ],
    { cwd: ROOT, env: { ...process.env, BARE_OUT: bareOut }, stdio: "ignore" },
  );
  const initialGz = (htmlDir: string, html: string) => {
    const page = readFileSync(join(htmlDir, html), "utf8");
    const scripts = [...page.matchAll(/<script[^>]*src="?([^" >]+\.js)"?/g)]
      .map((m) => m[1])
      .filter((s) => !s.startsWith("http"));
    return scripts.reduce((n, s) => n + gzipSync(readFileSync(join(htmlDir, s))).length, 0);
  };
  const oursGz = initialGz(join(ROOT, "dist"), "taskpane.html");
  const bareGz = initialGz(bareOut, "index.html");
  const lazy = readdirSync(join(ROOT, "dist")).filter((f) => /^engine\..*\.js$/.test(f));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
  const firstRender = async (url: string, selector: string) => {
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      const page = await browser.newPage();
      await page.route(/^https?:\/\//, (route) => route.abort());
      await page.goto(url);
      await page.waitForSelector(selector);
      // from navigation start to the moment the pane's first control is in the DOM
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    return median(times);
  };
  const oursMs = await firstRender(`file://${join(ROOT, "dist", "taskpane.html")}`, '[role="tablist"]');
  const bareMs = await firstRender(`file://${join(bareOut, "index.html")}`, "button");
  await browser.close();
  return {
    oursGz,
    bareGz,
    ratio: oursGz / bareGz,
    oursMs,
    bareMs,
    engineChunkGz: lazy.reduce((n, f) => n + gzipSync(readFileSync(join(ROOT, "dist", f))).length, 0),
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "report-bench-"));
  const results = {
    machine: { cores: availableParallelism(), node: process.version },
    reading: await reading(dir),
    batch: await batch(dir),
    syncs: await syncs(),
    taskpane: await taskpane(dir),
  };
  if (args.has("--json")) {
    const file = join(ROOT, "bench-results.json");
    writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
    console.log(`wrote ${file}`);
  }
  const lines: string[] = [];
  lines.push(
    `Read + full check, per report: steady state (median over ${ROUNDS} fresh processes of the median of their ${RUNS_PER_PROCESS - 1} warm runs; min–max), first run of a fresh process in brackets. "Check alone": the engine on a model read before the timing — ours is at least floor + check alone. Peak memory: what one check adds in a fresh process (after ${RUNS_PER_PROCESS} runs in brackets). Node ${process.version}, ${availableParallelism()} cores.`,
    "",
  );
  lines.push(
    "| pages | paragraphs | document.xml | ours | floor | mammoth | check alone | ours/floor [first run] | check alone/floor | mammoth/ours | ours peak memory | peak / document.xml |",
  );
  lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results.reading) {
    const cell = (s: { median: number; min: number; max: number; cold: number }) =>
      `${fmt(s.median)} ms (${fmt(s.min)}–${fmt(s.max)}) [${fmt(s.cold)}]`;
    lines.push(
      `| ${r.pages} | ${r.paragraphs} | ${fmt(mb(r.xmlBytes), 1)} MB | ${cell(r.ours)} | ${cell(r.floor)} | ${cell(r.mammoth)} | ${cell(r.analysis)} | ${fmt(r.oursOverFloor, 2)}× [${fmt(r.coldOverFloor, 2)}×] | ${fmt(r.analysisOverFloor, 2)}× | ${fmt(r.mammothOverOurs, 1)}× | ${fmt(mb(r.ours.peak), 1)} MB [${fmt(mb(r.ours.peakAll), 1)}] | ${fmt(r.peakOverXml, 1)}× [${fmt(r.peakAllOverXml, 1)}×] |`,
    );
  }
  const b = results.batch;
  lines.push(
    "",
    `Batch: ${b.files} ten-page reports, whole command: 1 thread ${fmt(b.oneMs)} ms, ${b.cores} threads ${fmt(b.allMs)} ms — speed-up ${fmt(b.speedup, 2)}×. Without any pool, the folder split in ${b.cores} parts checked by ${b.cores} separate one-thread processes at once: ${fmt(b.processesMs)} ms — ${fmt(b.processesSpeedup, 2)}× (each process compiles the engine for itself). This machine's ceiling for pure computation on ${b.cores} threads: ${fmt(b.ceiling, 2)}×.`,
    "",
  );
  lines.push(
    "Word round trips through Word's own runtime (a recorder in place of the transport): syncs, largest request and largest answer per action.",
    "",
    "| pages | action | syncs | largest request | largest answer |",
    "|---|---|---|---|---|",
  );
  for (const s of results.syncs)
    lines.push(
      `| ${s.pages} | ${s.action} | ${s.syncs} | ${fmt(s.maxRequestBytes / 1024, 1)} KiB | ${fmt(s.maxResponseBytes / 1024, 1)} KiB |`,
    );
  const t = results.taskpane;
  lines.push(
    "",
    `Task pane: initial JavaScript ${fmt(t.oursGz / 1024, 1)} KiB gzipped vs a bare Fluent UI v9 page ${fmt(t.bareGz / 1024, 1)} KiB (${fmt(t.ratio, 2)}×); engine chunk loaded on first use ${fmt(t.engineChunkGz / 1024, 1)} KiB; first render ${fmt(t.oursMs)} ms vs ${fmt(t.bareMs)} ms (headless Chromium, median of 5).`,
  );
  console.log(lines.join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
