// A worker thread of the batch check: takes file paths, answers with their results. The
// profile (if one was given) comes once, with the thread.
import { parentPort, workerData } from "worker_threads";
import type { Profile } from "../core/profile";
import { checkFile } from "./check-file";

const profile = (workerData as { profile?: Profile } | undefined)?.profile;

parentPort!.on("message", (job: { index: number; file: string }) => {
  parentPort!.postMessage({ index: job.index, result: checkFile(job.file, profile) });
});
