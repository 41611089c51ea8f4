// A seeded, bounded fuzz run over real .docx files: byte flips, truncation and structural
// mutations of document.xml, numbering.xml and styles.xml. Every case ends in a result
// (exit 0, 1 or 2 for that file alone), an unreadable one with a reason in both languages
// naming the file and no internal error text, within the time limit and under a heap cap
// that a crafted number would once have blown through. The same seed gives the same files;
// `npm run fuzz` runs many more (see docs/security.md). Outcomes go to test-output/fuzz.json.
import { createHash } from "crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { sharedPath } from "../support/shared";
import { fuzzBases, fuzzCases, MUTATION_KINDS, runFuzz, type FuzzOutcome } from "../support/fuzz";

const ROOT = join(__dirname, "..", "..");
const SEED = 20261202;
const CASES = 96;
// limits well under the CLI's defaults (60 s, 1536 MiB): a case that needs more is a finding
const LIMITS = { timeoutSeconds: 20, heapMiB: 512 };

let outcomes: FuzzOutcome[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "fuzz-"));
  outcomes = await runFuzz(fuzzCases(SEED, CASES), dir, LIMITS);
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  writeFileSync(
    join(ROOT, "test-output", "fuzz.json"),
    JSON.stringify({ seed: SEED, limits: LIMITS, outcomes }, null, 2),
  );
}, 600000);

// the bases are real files of three makers when ../shared is present; ours alone otherwise (said in the summary)
sharedPath("fixtures/word-authored", "fuzzing from files written by Word and WPS (ours alone are the bases)");

test("the run covers every mutation kind and more than one real file", () => {
  expect(new Set(outcomes.map((o) => o.kind))).toEqual(new Set(MUTATION_KINDS));
  expect(new Set(outcomes.map((o) => o.base)).size).toBeGreaterThan(1);
  expect(fuzzBases().length).toBeGreaterThanOrEqual(4);
});

test("the same seed makes the same files", () => {
  const a = fuzzCases(7, 8);
  const b = fuzzCases(7, 8);
  const digest = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
  expect(a.map((c) => digest(c.bytes))).toEqual(b.map((c) => digest(c.bytes)));
});

test("every case ends: checked, or unreadable with a reason — never a crash, a timeout or an internal error", () => {
  const bad = outcomes.filter((o) => o.code === "crashed" || o.code === "timeout" || o.code === "internal");
  expect(bad.map((o) => `${o.name} (${o.base}; ${o.what}): ${o.code}`)).toEqual([]);
  for (const o of outcomes) expect([0, 1, 2]).toContain(o.exit);
});

test("an unreadable case is named, in both languages, in the user's words", () => {
  for (const o of outcomes.filter((x) => x.exit === 2)) {
    expect(o.message).toContain(`${o.name}：无法读取——`);
    expect(o.message).toContain(`${o.name}: cannot read — `);
    expect(o.message).not.toMatch(
      /undefined|Cannot read properties|Invalid (string|array)|TypeError|RangeError|Maximum call stack/,
    );
  }
});

test("the heap stays under the cap and the children answer for each file", () => {
  for (const o of outcomes) expect(o.peakRssMiB).toBeDefined();
  // the child's resident set: heap, code and buffers — a case that grew toward the cap is a finding
  expect(Math.max(...outcomes.map((o) => o.peakRssMiB!))).toBeLessThan(LIMITS.heapMiB + 256);
});
