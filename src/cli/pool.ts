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
import type { Profile } from "../core/profile/profile";
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
  // not built (a test run straight from sources without lib/): checked here, unisolated
  if (!WORKER) return runHere(files, task, options);
  const batch = new Batch(WORKER, files, task, options);
  const release = killChildrenWithUs(batch.children);
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), files.length));
  await Promise.all(Array.from({ length: jobs }, () => batch.lane()));
  release();
  return batch.results;
}

/** Does `task` with each file in this process, one after the other. */
function runHere<K extends ChildTask>(files: string[], task: K, options: PoolOptions): TaskResult<K>[] {
  const results: TaskResult<K>[] = new Array(files.length);
  files.forEach((f, i) => {
    const startedAt = Date.now();
    results[i] = runTask(task, f, options.profile, options.fix);
    options.onFile?.(i, { ms: Date.now() - startedAt });
    options.onProgress?.(i + 1, files.length);
  });
  return results;
}

/**
 * Children die with the command: stopped (Ctrl+C, kill), a child busy in a long parse would not see its channel close
 * and would run on, orphaned. Gives what takes these handlers away again.
 */
function killChildrenWithUs(children: Set<ChildProcess>): () => void {
  const killAll = () => children.forEach((c) => c.kill("SIGKILL"));
  const onSignal = (signal: NodeJS.Signals) => {
    killAll();
    process.kill(process.pid, signal);
  };
  process.once("exit", killAll);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return () => {
    process.off("exit", killAll);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}

/** What the lanes share: the files, where their results go, which file is next, and the children alive. */
class Batch<K extends ChildTask> {
  readonly results: TaskResult<K>[];
  readonly children = new Set<ChildProcess>();
  /** Milliseconds one file may take. */
  readonly timeoutMs: number;
  private next = 0;
  private done = 0;

  constructor(
    readonly worker: string,
    readonly files: string[],
    readonly task: K,
    readonly options: PoolOptions,
  ) {
    this.results = new Array(files.length);
    // setTimeout takes at most 2^31 − 1 ms (about 24.8 days); beyond, Node would fire at once
    this.timeoutMs = Math.min(2 ** 31 - 1, Math.max(1, (options.timeoutSeconds ?? DEFAULT_FILE_TIMEOUT_S) * 1000));
  }

  /** The index of the next file to read, or -1 when every file has been taken. */
  take(): number {
    return this.next < this.files.length ? this.next++ : -1;
  }

  /** One more file done. */
  progress(): void {
    this.options.onProgress?.(++this.done, this.files.length);
  }

  /** A child that reads file after file until none is left; settled when the lane (and any that took over) ends. */
  lane(): Promise<void> {
    return new Promise<void>((resolve) => new Lane(this, resolve).start());
  }
}

/**
 * One child process and the file in its hand. A child that dies or takes too long costs that file only: the file is
 * reported unreadable, and a fresh lane takes the rest.
 */
class Lane<K extends ChildTask> {
  /** The index of the file in hand; -1: none. */
  private current = -1;
  private startedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private stderr = "";
  private finished = false;
  private readonly child: ChildProcess;

  constructor(
    private readonly batch: Batch<K>,
    private readonly resolve: () => void,
  ) {
    const { children, options } = batch;
    this.child = fork(batch.worker, [], {
      execArgv: [`--max-old-space-size=${options.heapMiB ?? CHILD_HEAP_MIB}`],
      // V8's fatal report goes to the child's stderr: kept for --debug, never shown raw
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
    });
    const child = this.child;
    children.add(child);
    child.once("exit", () => children.delete(child));
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (s: string) => {
      this.stderr = (this.stderr + s).slice(-STDERR_KEEP);
    });
  }

  /** Listens to the child, then hands it the profile and its first file. */
  start(): void {
    this.child.on("message", (m: ChildAnswer) => this.answered(m));
    this.child.on("error", (e) => this.fail("crashed", e.message));
    this.child.on("exit", (code, signal) => this.fail("crashed", `child exited: ${signal ?? `code ${code}`}`));
    // the profile travels once, with the start, not with every file
    const start: ChildStart = { profile: this.batch.options.profile, fix: this.batch.options.fix };
    this.child.send(start);
    this.feed();
  }

  /** The next file to the child; none left: the child is let go, and the lane ends when it has exited. */
  private feed(): void {
    if (this.timer) clearTimeout(this.timer);
    const { files, task, timeoutMs } = this.batch;
    const index = this.batch.take();
    if (index < 0) {
      this.current = -1;
      this.child.removeAllListeners("exit");
      this.child.once("exit", () => this.end());
      this.child.disconnect();
      return;
    }
    this.current = index;
    this.startedAt = Date.now();
    this.stderr = "";
    this.timer = setTimeout(() => this.fail("timeout", `no answer after ${timeoutMs / 1000} s`), timeoutMs);
    const job: ChildJob = { index, file: files[index], task };
    this.child.send(job);
  }

  /** The child did this lane's task: its answer is that task's result. */
  private answered(m: ChildAnswer): void {
    if (m.index !== this.current) return;
    this.batch.results[m.index] = m.result as TaskResult<K>;
    this.batch.options.onFile?.(m.index, { ms: Date.now() - this.startedAt, peakRssMiB: m.peakRssMiB });
    this.current = -1;
    this.batch.progress();
    this.feed();
  }

  /** The child has exited after the last file: the lane is over. */
  private end(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.timer) clearTimeout(this.timer);
    this.resolve();
  }

  /** The file in hand is lost; the rest goes on in a fresh child. */
  private fail(code: "crashed" | "timeout", what: string): void {
    if (this.finished) return;
    if (this.timer) clearTimeout(this.timer);
    if (this.current >= 0) {
      const { files, results, options } = this.batch;
      const file = files[this.current];
      const detail = `${what}${this.stderr ? `\n${this.stderr.trim()}` : ""}`;
      results[this.current] = unreadable(file, new DocxReadError(code), detail);
      options.onFile?.(this.current, { ms: Date.now() - this.startedAt });
      this.current = -1;
      this.batch.progress();
    }
    this.finished = true;
    this.child.removeAllListeners();
    this.child.kill("SIGKILL");
    void this.batch.lane().then(this.resolve);
  }
}
