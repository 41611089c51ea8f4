import { analyze } from "../../src/core/analyze";
import type { Host } from "../../src/taskpane/host";
import { toDocModel } from "../support/write-docx";
import { seedReport } from "../support/report-spec";

/** A host that records what the pane asks of it; checks the seed report. */
export function fakeHost(overrides: Partial<Host> = {}): Host & { calls: Record<string, unknown[][]> } {
  const calls: Record<string, unknown[][]> = {};
  const record =
    <T>(name: string, value: T) =>
    async (...args: unknown[]) => {
      (calls[name] ??= []).push(args);
      return value;
    };
  const doc = toDocModel(seedReport());
  const host = {
    kind: "word" as const,
    canInsert: true,
    canSaveProfile: true,
    commentsUnavailable: undefined,
    displayLanguage: () => "zh-CN" as const,
    check: async (...args: unknown[]) => {
      (calls.check ??= []).push(args);
      return { doc, report: analyze(doc, args[0] as never) };
    },
    jump: record("jump", "landed"),
    addComments: record("addComments", { added: 3, skipped: 0 }),
    removeComments: record("removeComments", 2),
    applyFixes: record("applyFixes", { applied: 1, skipped: 0 }),
    removeContentControls: record("removeContentControls", 5),
    insertSkeleton: record("insertSkeleton", undefined),
    insertSection: record("insertSection", undefined),
    insertTable: record("insertTable", undefined),
    insertMissing: record("insertMissing", 4),
    writeScore: record("writeScore", undefined),
    saveProfile: record("saveProfile", undefined),
    loadStoredProfile: record("loadStoredProfile", undefined),
    calls,
    ...overrides,
  };
  return host as Host & { calls: Record<string, unknown[][]> };
}
