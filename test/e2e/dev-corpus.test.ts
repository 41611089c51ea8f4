// The development corpus: real published reports from many provinces (outlines and figures
// as published, prose re-written), each with a hand-checked judgment in its header — the
// real faults, and the traps that must not be reported. The engine is held to it: no
// false error, every listed fault found. Precision and recall are written to
// test-output/dev-corpus.json (docs/development.md quotes them).
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { analyze } from "../../src/core/analyze";
import { chooseProfile } from "../../src/core/reading/choose-profile";
import type { Finding } from "../../src/core/model/finding";
import { builtInProfiles } from "../../src/core/profile/built-in";
import { corpusFiles, readCorpusFile } from "../support/dev-corpus";

/**
 * Rules about the whole document say nothing true of a text cut short (an opening, or a form
 * whose indicator table the published copy cuts off: `# cut:` in its header).
 */
const WHOLE_DOCUMENT_RULES = new Set([
  "section-missing",
  "section-order",
  "section-empty",
  "section-thin",
  "outline-mismatch",
  "figure-missing",
  "score-total",
]);

interface Judged {
  file: string;
  kind: string;
  profile: string;
  faults: { rule: string; what: string; found: boolean }[];
  open: { rule: string; what: string }[];
  errors: Finding[];
  warnings: Finding[];
  falseErrors: Finding[];
}

function judge(file: string): Judged {
  const c = readCorpusFile(file);
  const kind = c.header.kind?.[0]?.trim() ?? "full";
  const choice = chooseProfile(c.doc, builtInProfiles());
  const report = analyze(c.doc, choice.profile);
  const cut = kind === "opening" || !!c.header.cut;
  const applicable = report.findings.filter((f) => !cut || !WHOLE_DOCUMENT_RULES.has(f.rule));
  const faults = (c.header.fault ?? []).map((line) => {
    const [rule, what] = line.split("|").map((s) => s.trim());
    return { rule, what: what ?? "", found: false };
  });
  // each listed fault is matched by a finding of its rule (one finding per fault)
  const used = new Set<Finding>();
  for (const fault of faults) {
    const hit = applicable.find((f) => f.rule === fault.rule && !used.has(f));
    if (hit) {
      used.add(hit);
      fault.found = true;
    }
  }
  // real faults the engine does not find yet: they count against recall, and are not required
  const open = (c.header.open ?? []).map((line) => {
    const [rule, what] = line.split("|").map((s) => s.trim());
    return { rule, what: what ?? "" };
  });
  const faultRules = new Set([...faults, ...open].map((f) => f.rule));
  const errors = applicable.filter((f) => f.severity === "error");
  const warnings = applicable.filter((f) => f.severity === "warning");
  // an error is false unless it reports one of the file's real faults
  const falseErrors = errors.filter((f) => !faultRules.has(f.rule));
  return { file, kind, profile: report.profile, faults, open, errors, warnings, falseErrors };
}

const files = corpusFiles();

describe("the development corpus of real reports", () => {
  if (!files.length) {
    test.skip("no corpus files", () => undefined);
    return;
  }
  const judged = files.map(judge);

  test("it holds at least 20 reports from at least 6 provinces other than Hebei", () => {
    const provinces = new Set(files.map((f) => readCorpusFile(f).header.province?.[0]?.trim()));
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(provinces.has("河北")).toBe(false);
    expect(provinces.size).toBeGreaterThanOrEqual(6);
  });

  test.each(judged.map((j) => [j.file, j] as const))("%s: no false error", (_f, j) => {
    expect(j.falseErrors.map((f) => `${f.rule}: ${f.message["zh-CN"]}`)).toEqual([]);
  });

  test.each(judged.map((j) => [j.file, j] as const))("%s: every listed fault is found", (_f, j) => {
    expect(j.faults.filter((f) => !f.found).map((f) => `${f.rule}: ${f.what}`)).toEqual([]);
  });

  afterAll(() => {
    const faults = judged.flatMap((j) => j.faults);
    const open = judged.flatMap((j) => j.open);
    const errors = judged.flatMap((j) => j.errors);
    const falseErrors = judged.flatMap((j) => j.falseErrors);
    const summary = {
      files: judged.length,
      faults: faults.length + open.length,
      found: faults.filter((f) => f.found).length,
      open: open.length,
      recall: faults.length + open.length ? faults.filter((f) => f.found).length / (faults.length + open.length) : 1,
      errors: errors.length,
      falseErrors: falseErrors.length,
      errorPrecision: errors.length ? (errors.length - falseErrors.length) / errors.length : 1,
      perFile: judged.map((j) => ({
        file: j.file,
        kind: j.kind,
        profile: j.profile,
        faults: j.faults,
        open: j.open,
        errors: j.errors.map((f) => `${f.rule}: ${f.message["zh-CN"]}`),
        warnings: j.warnings.map((f) => `${f.rule}: ${f.message["zh-CN"]}`),
      })),
    };
    const dir = join(__dirname, "..", "..", "test-output");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "dev-corpus.json"), JSON.stringify(summary, null, 2));
  });
});
