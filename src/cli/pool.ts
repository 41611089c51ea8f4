// Checks many files on several threads: this thread and worker threads, each
// taking the next file as it finishes one. Results come back in the order the files were given, whatever order
// they finish in. Few files, or one core, are checked in this thread.
import { existsSync } from "fs";
import { availableParallelism } from "os";
import { join } from "path";
import { Worker } from "worker_threads";
import type { Profile } from "../core/profile";
import { checkFile, type FileResult } from "./check-file";

const WORKER = join(__dirname, "worker.js");

export interface PoolOptions {
  profile?: Profile;
  /** Threads to use; default: defaultJobs(). */
  jobs?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Lanes by default: one per two cores. One lane keeps about one and a half cores busy (V8
 * compiles and collects garbage on helper threads; measured 155 % CPU for one lane), so on
 * two cores a second lane only slows both down (200 files: 2.1 s on one lane, 2.9 s on two).
 */
export function defaultJobs(cores = availableParallelism()): number {
  return Math.max(1, Math.floor(cores / 2));
}

export async function checkFiles(files: string[], options: PoolOptions = {}): Promise<FileResult[]> {
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), files.length));
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  const progress = () => options.onProgress?.(++done, files.length);
  // workers are compiled JavaScript; from TypeScript sources (tests) everything runs here
  if (jobs === 1 || files.length < 4 || !existsSync(WORKER)) {
    files.forEach((f, i) => {
      results[i] = checkFile(f, options.profile);
      progress();
    });
    return results;
  }
  let next = 0;
  // one lane per thread; a thread that dies (out of memory on a hostile file) costs that
  // file only: it is reported as unreadable and a fresh thread takes the next one
  const lane = () =>
    new Promise<void>((resolve) => {
      let current = -1;
      // the profile travels once, not with every file: the worker keeps one object, so what the
      // engine derives from it (prepared facts, patterns) is computed once per thread
      const worker = new Worker(WORKER, { workerData: { profile: options.profile } });
      const feed = () => {
        if (next >= files.length) {
          current = -1;
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage({ index: current, file: files[current] });
      };
      worker.on("message", (m: { index: number; result: FileResult }) => {
        results[m.index] = m.result;
        progress();
        feed();
      });
      const fail = (why: string) => {
        if (current < 0) return;
        const file = files[current];
        results[current] = {
          file,
          error: { code: "internal", message: `${file}：无法读取——检查时出错（${why}） / ${file}: cannot read — the check failed (${why})` },
        };
        current = -1;
        progress();
        void worker.terminate();
        void lane().then(resolve);
      };
      worker.on("error", (e) => fail(e.message));
      worker.on("exit", (code) => {
        if (code !== 0) fail(`exit ${code}`);
      });
      feed();
    });
  // this thread is a lane too: with N threads, N − 1 workers start while it already checks files
  const here = async () => {
    while (next < files.length) {
      const index = next++;
      results[index] = checkFile(files[index], options.profile);
      progress();
      // let the workers' answers in between two files
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all([here(), ...Array.from({ length: jobs - 1 }, lane)]);
  return results;
}
