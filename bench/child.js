"use strict";
// One measurement in a fresh process: `node --expose-gc child.js WHAT FILE` runs WHAT twice
// and prints {ms, coldMs, peakBytes}: the steady-state time (second run), the first run's
// time, and the peak resident memory a run added over what the process held before it
// (modules loaded, file read).
const fs = require("fs");
const path = require("path");
const lib = path.join(__dirname, "..", "lib");

const [what, file] = process.argv.slice(2);
const bytes = new Uint8Array(fs.readFileSync(file));

let op;
if (what === "ours") {
  const { readDocx } = require(path.join(lib, "io", "docx"));
  const { analyze } = require(path.join(lib, "core", "analyze"));
  const { defaultProfile } = require(path.join(lib, "core", "profiles"));
  const profile = defaultProfile();
  op = () => analyze(readDocx(bytes), profile).findings.length;
} else if (what === "read") {
  const { readDocx } = require(path.join(lib, "io", "docx"));
  op = () => readDocx(bytes).paragraphs.length;
} else if (what === "floor") {
  const { unzipSync } = require("fflate");
  const { SaxesParser } = require("saxes");
  op = () => {
    const xml = new TextDecoder().decode(unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"]);
    const parser = new SaxesParser({ xmlns: false, position: false });
    parser.write(xml).close();
    return xml.length;
  };
} else if (what === "mammoth") {
  const mammoth = require("mammoth");
  op = () => mammoth.extractRawText({ buffer: Buffer.from(bytes) }).then((r) => r.value.length);
} else if (what === "idle") {
  op = () => 0;
} else throw new Error(`unknown measurement ${what}`);

(async () => {
  global.gc?.();
  const before = process.memoryUsage().rss;
  // the first run pays for compiling the code (a reviewer's single check); the second is the steady state (a batch)
  let t0 = process.hrtime.bigint();
  await op();
  const coldMs = Number(process.hrtime.bigint() - t0) / 1e6;
  t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  await op();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ ms, coldMs, cpuMs: (cpu.user + cpu.system) / 1000, peakBytes: Math.max(0, peak - before) }));
})();
