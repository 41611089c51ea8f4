// Checks many files in child processes, each taking the next file as it finishes one (and
// reads the one file of `outline` and `profile show` the same way: see tasks.ts).
// Reports are read in a child process, never in this one, because a crafted file can make
// V8 abort the whole process ("invalid table size", "heap out of memory") — an abort no
// try/catch and no worker thread survives. Here such a file costs only itself: its child
// dies, the file is reported as unreadable, and a fresh child takes the next file. Each child
// runs with a capped heap, and a file that takes too long is stopped. Results come back in
// the order the files were given, whatever order they finish in.
import { fork, type ChildProcess } from "child_process";
import { existsSync } from "fs";
import { availableParallelism } from "os";
import { join } from "path";
import type { Profile } from "../core/profile";
import { DocxReadError } from "../io/docx";
import { unreadable, type FileResult } from "./check-file";
import { runTask, type ChildTask, type FixOptions, type TaskResult } from "./tasks";
import type { ChildAnswer, ChildJob, ChildStart } from "./worker";

/** The compiled child script; from TypeScript sources (tests), the one `npm run build:cli` wrote to lib/. */
const WORKER = [join(__dirname, "worker.js"), join(__dirname, "..", "..", "lib", "cli", "worker.js")].find(existsSync);

/**
 * Heap cap of one child: a 1000-page report needs about 300 MiB; a crafted file is stopped
 * well before it exhausts the machine. REPORT_CHECK_CHILD_HEAP_MIB lowers it (a small
 * machine; the tests, to make a real out-of-memory abort).
 */
export const CHILD_HEAP_MIB = Number(process.env.REPORT_CHECK_CHILD_HEAP_MIB) || 1536;
/** A 1000-page report is checked in about 2 s: a file still unfinished after this long is crafted or broken. */
export const DEFAULT_FILE_TIMEOUT_S = 60;
/** What a child wrote to stderr (V8's fatal-error report) is kept for --debug, up to this many characters. */
const STDERR_KEEP = 16 * 1024;

export interface PoolOptions {
  profile?: Profile;
  /** What `fix` corrects. */
  fix?: FixOptions;
  /** Child processes to use; default: defaultJobs(). */
  jobs?: number;
  /** Heap cap of each child, MiB; default CHILD_HEAP_MIB. */
  heapMiB?: number;
  /** Seconds one file may take before its child is stopped; default DEFAULT_FILE_TIMEOUT_S. */
  timeoutSeconds?: number;
  onProgress?: (done: number, total: number) => void;
  /** Each file as it is done: how long it took, and the peak memory of the child that read it (absent when it died). */
  onFile?: (index: number, stats: { ms: number; peakRssMiB?: number }) => void;
}

/**
 * Lanes by default: one per two cores. One lane keeps about one and a half cores busy (V8
 * compiles and collects garbage on helper threads; measured 155 % CPU for one lane), so on
 * two cores a second lane only slows both down.
 */
export function defaultJobs(cores = availableParallelism()): number {
  return Math.max(1, Math.floor(cores / 2));
}

export async function checkFiles(files: string[], options: PoolOptions = {}): Promise<FileResult[]> {
  return runFiles(files, "check", options);
}

/** Does `task` with each file in the children (see the top of this file); results in the order of `files`. */
export async function runFiles<K extends ChildTask>(
  files: string[],
  task: K,
  options: PoolOptions = {},
): Promise<TaskResult<K>[]> {
  const results: TaskResult<K>[] = new Array(files.length);
  let done = 0;
  const progress = () => options.onProgress?.(++done, files.length);
  if (!WORKER) {
    // not built (a test run straight from sources without lib/): checked here, unisolated
    files.forEach((f, i) => {
      const startedAt = Date.now();
      results[i] = runTask(task, f, options.profile, options.fix);
      options.onFile?.(i, { ms: Date.now() - startedAt });
      progress();
    });
    return results;
  }
  const worker = WORKER;
  // children die with the command: stopped (Ctrl+C, kill), a child busy in a long parse would
  // not see its channel close and would run on, orphaned
  const children = new Set<ChildProcess>();
  const killAll = () => children.forEach((c) => c.kill("SIGKILL"));
  const onSignal = (signal: NodeJS.Signals) => {
    killAll();
    process.kill(process.pid, signal);
  };
  process.once("exit", killAll);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), files.length));
  // setTimeout takes at most 2^31 − 1 ms (about 24.8 days); beyond, Node would fire at once
  const timeoutMs = Math.min(2 ** 31 - 1, Math.max(1, (options.timeoutSeconds ?? DEFAULT_FILE_TIMEOUT_S) * 1000));
  let next = 0;

  const lane = () =>
    new Promise<void>((resolve) => {
      let current = -1;
      let startedAt = 0;
      let timer: NodeJS.Timeout | undefined;
      let stderr = "";
      let finished = false;
      const child: ChildProcess = fork(worker, [], {
        execArgv: [`--max-old-space-size=${options.heapMiB ?? CHILD_HEAP_MIB}`],
        // V8's fatal report goes to the child's stderr: kept for --debug, never shown raw
        stdio: ["ignore", "ignore", "pipe", "ipc"],
        serialization: "advanced",
      });
      children.add(child);
      child.once("exit", () => children.delete(child));
      child.stderr!.setEncoding("utf8");
      child.stderr!.on("data", (s: string) => {
        stderr = (stderr + s).slice(-STDERR_KEEP);
      });
      const end = () => {
        if (finished) return;
        finished = true;
        if (timer) clearTimeout(timer);
        resolve();
      };
      // the file in hand is lost; the rest goes on in a fresh child
      const fail = (code: "crashed" | "timeout", what: string) => {
        if (finished) return;
        if (timer) clearTimeout(timer);
        if (current >= 0) {
          const file = files[current];
          results[current] = unreadable(file, new DocxReadError(code), `${what}${stderr ? `\n${stderr.trim()}` : ""}`);
          options.onFile?.(current, { ms: Date.now() - startedAt });
          current = -1;
          progress();
        }
        finished = true;
        child.removeAllListeners();
        child.kill("SIGKILL");
        void lane().then(resolve);
      };
      const feed = () => {
        if (timer) clearTimeout(timer);
        if (next >= files.length) {
          current = -1;
          child.removeAllListeners("exit");
          child.once("exit", end);
          child.disconnect();
          return;
        }
        current = next++;
        startedAt = Date.now();
        stderr = "";
        timer = setTimeout(() => fail("timeout", `no answer after ${timeoutMs / 1000} s`), timeoutMs);
        const job: ChildJob = { index: current, file: files[current], task };
        child.send(job);
      };
      child.on("message", (m: ChildAnswer) => {
        if (m.index !== current) return;
        // the child did this lane's task: its answer is that task's result
        results[m.index] = m.result as TaskResult<K>;
        options.onFile?.(m.index, { ms: Date.now() - startedAt, peakRssMiB: m.peakRssMiB });
        current = -1;
        progress();
        feed();
      });
      child.on("error", (e) => fail("crashed", e.message));
      child.on("exit", (code, signal) => fail("crashed", `child exited: ${signal ?? `code ${code}`}`));
      // the profile travels once, with the start, not with every file
      const start: ChildStart = { profile: options.profile, fix: options.fix };
      child.send(start);
      feed();
    });
  await Promise.all(Array.from({ length: jobs }, lane));
  process.off("exit", killAll);
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  return results;
}
