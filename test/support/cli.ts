// Runs the built report-check as a user runs it: the binary with Node, in a folder, its
// exit code and both streams as text.
import { spawnSync } from "child_process";
import { join } from "path";

export const BIN = join(__dirname, "..", "..", "bin", "report-check.js");

export function runCli(args: string[], cwd: string): { code: number | null; out: string; err: string } {
  // big outputs (HTML of a batch, JSON of many reports) fit
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
