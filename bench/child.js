"use strict";
// One measurement in a fresh process: `node --expose-gc child.js WHAT FILE [RUNS]` runs WHAT
// RUNS times (default 5) and prints {ms, msAll, coldMs, cpuMs, peakBytes, peakAllBytes}:
//  - coldMs: the first run, which pays for compiling the code (a reviewer's single check);
//  - ms: the median of the later runs, once the JIT has warmed up (a batch, or the add-in
//    checking again); msAll lists them; cpuMs is the CPU time of those runs (GC threads included);
//  - peakBytes: the peak resident memory the first run added over what the process held
//    before it (modules loaded, file read): what one check costs;
//  - peakAllBytes: the same after all the runs, garbage of earlier runs included.
const fs = require("fs");
const path = require("path");
const lib = path.join(__dirname, "..", "lib");

const [what, file, runsArg] = process.argv.slice(2);
const runs = Math.max(2, Number(runsArg) || 5);
const bytes = new Uint8Array(fs.readFileSync(file));

let op;
if (what === "ours") {
  const { readDocx } = require(path.join(lib, "io", "docx"));
  const { analyze } = require(path.join(lib, "core", "analyze"));
  const { defaultProfile } = require(path.join(lib, "core", "profiles"));
  const profile = defaultProfile();
  op = () => analyze(readDocx(bytes), profile).findings.length;
} else if (what === "analysis") {
  // the check alone, on a model read before the timing: what the engine costs beyond reading
  const { readDocx } = require(path.join(lib, "io", "docx"));
  const { analyze } = require(path.join(lib, "core", "analyze"));
  const { defaultProfile } = require(path.join(lib, "core", "profiles"));
  const profile = defaultProfile();
  const doc = readDocx(bytes);
  op = () => analyze(doc, profile).findings.length;
} else if (what === "read") {
  const { readDocx } = require(path.join(lib, "io", "docx"));
  op = () => readDocx(bytes).paragraphs.length;
} else if (what === "floor") {
  // unzip with our zip library, decode, one bare tokenising pass of our XML parser, nothing built.
  // The text is decoded the way the reader decodes it, in 32 KiB pieces cut at character
  // boundaries: decoding the whole part at once is ~20 % slower at 1000 pages (V8's large
  // strings), and the floor should be the fastest bare pass, not a slow one
  const { unzipSync } = require("fflate");
  const { SaxesParser } = require("saxes");
  const { xmlPieces } = require(path.join(lib, "io", "docx", "xml"));
  op = () => {
    const raw = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"];
    const parser = new SaxesParser({ xmlns: false, position: false });
    const source = xmlPieces(raw);
    if (typeof source === "string") parser.write(source);
    else source((piece) => parser.write(piece));
    parser.close();
    return raw.length;
  };
} else if (what === "mammoth") {
  const mammoth = require("mammoth");
  op = () => mammoth.extractRawText({ buffer: Buffer.from(bytes) }).then((r) => r.value.length);
} else if (what === "idle") {
  op = () => 0;
} else throw new Error(`unknown measurement ${what}`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let t0 = process.hrtime.bigint();
  await op();
  const coldMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const peakBytes = Math.max(0, process.resourceUsage().maxRSS * 1024 - before);
  const msAll = [];
  const cpuAll = [];
  for (let r = 1; r < runs; r++) {
    global.gc?.();
    const cpu0 = process.cpuUsage();
    t0 = process.hrtime.bigint();
    await op();
    msAll.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const cpu = process.cpuUsage(cpu0);
    cpuAll.push((cpu.user + cpu.system) / 1000);
  }
  const peakAllBytes = Math.max(0, process.resourceUsage().maxRSS * 1024 - before);
  process.stdout.write(
    JSON.stringify({ ms: median(msAll), msAll, coldMs, cpuMs: median(cpuAll), peakBytes, peakAllBytes }),
  );
})();
