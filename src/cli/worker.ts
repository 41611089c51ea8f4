// A worker thread of the batch check: takes file paths, answers with their results.
import { parentPort } from "worker_threads";
import type { Profile } from "../core/profile";
import { checkFile } from "./check-file";

parentPort!.on("message", (job: { index: number; file: string; profile?: Profile }) => {
  parentPort!.postMessage({ index: job.index, result: checkFile(job.file, job.profile) });
});
