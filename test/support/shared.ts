// Files outside this repository (../shared: the Word-authored corpus, the manifest schemas) that a
// fresh clone may not have. A test that needs one asks here: when it is absent the test is
// registered as skipped under a name that says what is not run and why, and the run's summary lists
// it (test/support/skipped-reporter.js) — never a pass that quietly checked nothing.
import { existsSync } from "fs";
import { join } from "path";

export const SHARED = join(__dirname, "..", "..", "..", "shared");

/**
 * The full path of `../shared/<relative>` when it exists; otherwise undefined, after registering a
 * skipped test named for what is not run (call it where a test may be declared).
 */
export function sharedPath(relative: string, notRun: string): string | undefined {
  const path = join(SHARED, relative);
  if (existsSync(path)) return path;
  test.skip(`${notRun}: ../shared/${relative} is absent / 未找到 ../shared/${relative}，未运行`, () => undefined);
  return undefined;
}
