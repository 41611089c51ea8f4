// What the commands of report-check share: the options several of them take (--lang,
// --format, --timeout, --profile), the files they write (--out, template, profile init), and
// reading one document in a child of the pool. Every name and text below that came from a file
// name, a document or a profile file passes through `visible` where it is put into a message:
// no control, bidi or line-break character in it reaches the terminal raw or forges a line
// (see safe-text.ts).
import { Option } from "commander";
import { existsSync, statSync, writeFileSync } from "fs";
import { dirname, resolve } from "path";
import { parseProfileJson, type Profile } from "../core/profile/profile";
import { builtInProfile } from "../core/profile/built-in";
import { errorCode, UsageError } from "./errors";
import { both } from "./i18n";
import { DEFAULT_FILE_TIMEOUT_S, runFiles } from "./pool";
import { profileFileError, readProfileFile } from "./profile-file";
import { invalidProfileText } from "./profile-problems";
import { visible } from "./safe-text";
import type { ChildTask, FixOptions, TaskOk, TaskResult } from "./tasks";
import type { Unreadable } from "./check-file";

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Whether stderr is a terminal (a progress bar is drawn only there). */
  errIsTty?: boolean;
}

/** What a command is given: where to write, and how to end with an exit code other than 0 without an error. */
export interface CommandContext {
  io: Io;
  setExitCode(code: number): void;
}

// --lang, --format, --timeout, --profile

export const langOption = () =>
  new Option("--lang <lang>", "language of messages / 语言").choices(["zh-CN", "en-US"]).default("zh-CN");

export const formatOption = (formats: string[]) =>
  new Option("--format <format>", "output format").choices(formats).default("text");

/** --timeout: seconds as given, or the default for anything that is not a positive number. */
export const timeoutOption = (
  description = `seconds the document may take to read before it is stopped (default ${DEFAULT_FILE_TIMEOUT_S})`,
) =>
  new Option("--timeout <seconds>", description).argParser((v) => (Number(v) > 0 ? Number(v) : DEFAULT_FILE_TIMEOUT_S));

/** --profile of a command that reads one document: by default the document's own or the one its outline fits. */
export const documentProfileOption = () =>
  new Option(
    "--profile <profile>",
    "built-in profile id or a profile JSON file (default: stored in the document, else chosen by the outline)",
  );

/** A built-in profile id, or a profile JSON file (validated; every problem named by its field path). */
export function loadProfile(spec: string): Profile {
  const builtIn = builtInProfile(spec);
  if (builtIn) return builtIn;
  const file = readProfileFile(spec);
  if (!file.ok) throw new UsageError(profileFileError(visible(spec), file));
  const r = parseProfileJson(file.text);
  if (!r.ok) throw new UsageError(invalidProfileText(spec, r.problems));
  return r.profile;
}

/** --profile when it was given, loaded as by loadProfile; undefined when it was not. */
export const optionalProfile = (spec: string | undefined): Profile | undefined =>
  spec !== undefined ? loadProfile(spec) : undefined;

// files the user named for output

export const cannotWrite = (file: string, e: unknown) =>
  both("cannotWrite", { file: visible(file), reason: visible(errorCode(e)) });

/**
 * Writes a file the user named; a place that cannot be written is said in both languages (exit 2), not a stack trace.
 */
export function writeUserFile(file: string, data: string | Uint8Array): void {
  try {
    writeFileSync(file, data);
  } catch (e) {
    throw new UsageError(cannotWrite(file, e));
  }
}

/** An existing file is overwritten only with --force. */
export function refuseExisting(file: string, force: boolean | undefined): void {
  if (existsSync(file) && !force) throw new UsageError(both("exists", { file: visible(file) }));
}

/** Before a long check: an --out that can never be written (no such folder, a folder itself) is refused at once. */
export function refuseUnwritable(file: string): void {
  const folder = dirname(resolve(file));
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new UsageError(cannotWrite(file, { code: "ENOENT" }));
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(cannotWrite(file, { code: "EISDIR" }));
}

/** "Wrote FILE", in both languages. */
export const sayWritten = (io: Io, file: string) => io.out(both("written", { file: visible(file) }) + "\n");

// one document read in a child

const isUnreadable = (r: TaskResult<ChildTask>): r is Unreadable => "error" in r;

/**
 * What a command that needs one document's model (`outline`, `profile show`, `fix`) gets from it:
 * the document is read in a child of the pool, with its heap cap and the time limit, as by
 * `check`; a file that cannot be read, or whose child dies or runs out of time, is a usage
 * error naming it (exit 2).
 */
export async function readInChild<K extends ChildTask>(
  task: K,
  document: string,
  options: { profile?: Profile; timeout?: number; fix?: FixOptions },
): Promise<TaskOk[K]> {
  const [result] = await runFiles([document], task, {
    profile: options.profile,
    jobs: 1,
    timeoutSeconds: options.timeout,
    fix: options.fix,
  });
  if (isUnreadable(result)) throw new UsageError(visible(result.error.message));
  return result as TaskOk[K];
}
