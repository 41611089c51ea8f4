// A child process of the pool (see pool.ts): takes file paths, answers with their results —
// a check, or what `outline` and `profile show` need (tasks.ts). The profile (if one was
// given) comes once, in the first message. Nothing here writes to stdout or stderr: the
// parent owns the user's terminal.
import type { Profile } from "../core/profile/profile";
import { runTask, type ChildTask, type FixOptions, type TaskResult } from "./tasks";

export interface ChildStart {
  profile?: Profile;
  fix?: FixOptions;
}
export interface ChildJob {
  index: number;
  file: string;
  task: ChildTask;
}
export interface ChildAnswer {
  index: number;
  result: TaskResult<ChildTask>;
  /** The child's peak resident memory so far (MiB): measured by the fuzz run and the hostile tests. */
  peakRssMiB: number;
}

let profile: Profile | undefined;
let fix: FixOptions | undefined;
let started = false;

process.on("message", (m: ChildStart | ChildJob) => {
  if (!started) {
    started = true;
    profile = (m as ChildStart).profile;
    fix = (m as ChildStart).fix;
    return;
  }
  const job = m as ChildJob;
  const result = runTask(job.task, job.file, profile, fix);
  const answer: ChildAnswer = {
    index: job.index,
    result,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.send!(answer);
});
// the parent closing the channel means there is no more work
process.on("disconnect", () => process.exit(0));
