// A profile file the user named (--profile FILE, profile validate FILE), read with its size
// bounded before anything is read: a profile is some tens of KB, and a file of 512 MB or more
// would not even fit in one JavaScript string — a stack trace instead of a message.
import { closeSync, fstatSync, openSync, readSync, statSync } from "fs";
import { formatSize, MAX_PROFILE_BYTES } from "../core/profile/profile-limits";
import { errorCode } from "./errors";
import { both } from "./i18n";

export type ProfileFile =
  | { ok: true; text: string }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "tooLarge"; size: number }
  | { ok: false; reason: "unreadable"; code: string };

/** The file's text, or why there is none: missing (or not a plain file), too large, unreadable. */
export function readProfileFile(file: string): ProfileFile {
  // stat first: a pipe or a device is refused without being opened, which could block or never end
  try {
    if (!statSync(file).isFile()) return { ok: false, reason: "missing" };
  } catch {
    return { ok: false, reason: "missing" };
  }
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (e) {
    return { ok: false, reason: "unreadable", code: errorCode(e) };
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_PROFILE_BYTES) return { ok: false, reason: "tooLarge", size };
    // at most one byte past the limit, whatever the size said: a file that grows meanwhile is caught too
    const buf = Buffer.alloc(MAX_PROFILE_BYTES + 1);
    let n = 0;
    while (n < buf.length) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > MAX_PROFILE_BYTES) return { ok: false, reason: "tooLarge", size: n };
    return { ok: true, text: buf.toString("utf8", 0, n) };
  } catch (e) {
    return { ok: false, reason: "unreadable", code: errorCode(e) };
  } finally {
    closeSync(fd);
  }
}

/** Why a profile file was not read, in both languages, naming the file (and the limit). */
export function profileFileError(file: string, r: Exclude<ProfileFile, { ok: true }>): string {
  if (r.reason === "tooLarge")
    return both("profileTooLarge", { file, size: formatSize(r.size), limit: formatSize(MAX_PROFILE_BYTES) });
  if (r.reason === "unreadable") return both("cannotReadProfile", { file, reason: r.code });
  return both("noProfile", { file });
}
