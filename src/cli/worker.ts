// A child process of the batch check (see pool.ts): takes file paths, answers with their
// results. The profile (if one was given) comes once, in the first message. Nothing here
// writes to stdout or stderr: the parent owns the user's terminal.
import type { Profile } from "../core/profile";
import { checkFile, type FileResult } from "./check-file";

export interface ChildStart {
  profile?: Profile;
}
export interface ChildJob {
  index: number;
  file: string;
}
export interface ChildAnswer {
  index: number;
  result: FileResult;
  /** The child's peak resident memory so far (MiB): measured by the fuzz run and the hostile tests. */
  peakRssMiB: number;
}

let profile: Profile | undefined;
let started = false;

process.on("message", (m: ChildStart | ChildJob) => {
  if (!started) {
    started = true;
    profile = (m as ChildStart).profile;
    return;
  }
  const job = m as ChildJob;
  const result = checkFile(job.file, profile);
  const answer: ChildAnswer = { index: job.index, result, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) };
  process.send!(answer);
});
// the parent closing the channel means there is no more work
process.on("disconnect", () => process.exit(0));
