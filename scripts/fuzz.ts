// The long fuzz run: `npm run fuzz -- --cases 2000 --seed 1`. The same mutations as the fuzz
// test (test/support/fuzz.ts), many more of them, at the CLI's own limits; prints what
// happened by mutation kind and the slowest and largest cases, and writes every outcome to
// test-output/fuzz-long.json. Exit 1 when any case crashed, timed out or failed inside.
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseArgs } from "util";
import { CHILD_HEAP_MIB, DEFAULT_FILE_TIMEOUT_S } from "../src/cli/pool";
import { fuzzBases, fuzzCases, runFuzz } from "../test/support/fuzz";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      cases: { type: "string", default: "1000" },
      seed: { type: "string", default: String(Date.now() % 1e9) },
    },
  });
  const seed = Number(values.seed);
  const count = Math.max(1, Number(values.cases));
  const bases = fuzzBases();
  const limits = { timeoutSeconds: DEFAULT_FILE_TIMEOUT_S, heapMiB: CHILD_HEAP_MIB };
  console.log(
    `fuzz: ${count} cases from ${bases.length} real files, seed ${seed}, limits ${limits.timeoutSeconds} s and ${limits.heapMiB} MiB per file`,
  );
  const started = Date.now();
  const outcomes = await runFuzz(fuzzCases(seed, count, bases), mkdtempSync(join(tmpdir(), "fuzz-long-")), limits);
  const seconds = (Date.now() - started) / 1000;
  const table = new Map<string, number[]>();
  for (const o of outcomes) {
    const row = table.get(o.kind) ?? [0, 0, 0, 0];
    row[o.exit]++;
    if (o.code === "crashed" || o.code === "timeout" || o.code === "internal") row[3]++;
    table.set(o.kind, row);
  }
  console.log(
    `\n${"mutation".padEnd(10)} ${"exit 0".padStart(7)} ${"exit 1".padStart(7)} ${"exit 2".padStart(7)} ${"failed".padStart(7)}`,
  );
  for (const [kind, row] of table) console.log(`${kind.padEnd(10)} ${row.map((n) => String(n).padStart(7)).join(" ")}`);
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const largest = [...outcomes].sort((a, b) => (b.peakRssMiB ?? 0) - (a.peakRssMiB ?? 0)).slice(0, 1);
  console.log(
    `\n${count} cases in ${seconds.toFixed(1)} s; slowest: ${slowest.map((o) => `${o.name} ${o.ms} ms (${o.base}; ${o.what})`).join("; ")}`,
  );
  console.log(`largest child: ${largest.map((o) => `${o.peakRssMiB} MiB`).join("")}`);
  const failed = outcomes.filter((o) => o.code === "crashed" || o.code === "timeout" || o.code === "internal");
  for (const o of failed) console.log(`FAILED ${o.name} (${o.base}; ${o.what}): ${o.code}`);
  mkdirSync(join(__dirname, "..", "test-output"), { recursive: true });
  writeFileSync(
    join(__dirname, "..", "test-output", "fuzz-long.json"),
    JSON.stringify({ seed, count, seconds, limits, outcomes }, null, 2),
  );
  return failed.length ? 1 : 0;
}

void main().then((code) => (process.exitCode = code));
