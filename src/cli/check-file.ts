// Checks one file: read it, choose its profile, analyze. Used in the main thread and in
// the worker threads alike, so results never differ between them.
import { readFileSync, statSync } from "fs";
import { analyze, type Report } from "../core/analyze";
import type { Message } from "../core/model/finding";
import { chooseProfile, type ProfileChoice, type ProfileFit } from "../core/reading/choose-profile";
import type { DocModel } from "../core/model/model";
import { problemText, type Profile, type ProfileResult } from "../core/profile/profile";
import { builtInProfiles } from "../core/profile/built-in";
import { DocxReadError, describeReadError, MAX_FILE_BYTES, readDocxPackage, type DocxPackage } from "../io/docx";
import { storedProfile } from "../io/ooxml/profile-part";

/**
 * Where a report's profile came from: --profile, the document itself, or chosen
 * automatically — the built-in profile whose outline fits the document best ("default"
 * is the built-in default, for callers that do not choose).
 */
export type ProfileSource = "option" | "document" | "auto" | "default";

/** A file that could not be read, and why. */
export interface Unreadable {
  file: string;
  error: { code: string; message: string };
  /** What went wrong inside (an exception's stack, a child's last words): shown only with --debug. */
  debug?: string;
}

export interface CheckedFile {
  file: string;
  report: Report;
  profileName: Message;
  profileSource: ProfileSource;
  /** How well the chosen profile fits, and every built-in profile's fit, best first (automatic choice only). */
  fit?: ProfileFit;
  ranking?: ProfileFit[];
  notes: string[];
}

export type FileResult = CheckedFile | Unreadable;

/**
 * A file that cannot be read: its name, the reason in both languages, and what happened inside (for --debug) when
 * known.
 */
export function unreadable(file: string, e: DocxReadError, debug?: string): Unreadable {
  return { file, error: { code: e.code, message: describeReadError(file, e) }, ...(debug ? { debug } : {}) };
}

/**
 * Any failure as a file that cannot be read: ours with its reason, anything else as an internal error with its stack
 * for --debug.
 */
export function failed(file: string, e: unknown): Unreadable {
  const error = e instanceof DocxReadError ? e : new DocxReadError("internal");
  return unreadable(file, error, e instanceof Error ? (e.stack ?? e.message) : String(e));
}

/**
 * A .docx named by the user, read: its size is checked on disk before a byte is read (a file
 * over MAX_FILE_BYTES is refused, however it would unpack), and a pipe or a device is refused
 * without being opened (it could be read for ever, or never answer).
 */
export function readInput(
  file: string,
): { ok: true; package: DocxPackage; bytes: Uint8Array } | { ok: false; result: Unreadable } {
  let bytes: Uint8Array;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { ok: false, result: unreadable(file, new DocxReadError("not-a-file")) };
    if (stat.size > MAX_FILE_BYTES)
      return { ok: false, result: unreadable(file, new DocxReadError("file-too-large", `${stat.size} bytes`)) };
    bytes = readFileSync(file);
  } catch {
    return { ok: false, result: unreadable(file, new DocxReadError("not-found")) };
  }
  try {
    return { ok: true, package: readDocxPackage(bytes), bytes };
  } catch (e) {
    return { ok: false, result: failed(file, e) };
  }
}

/** The profile a document is checked with, and where it came from. */
export interface ProfileUsed {
  profile: Profile;
  source: "option" | "document" | "auto";
  /** When chosen by the outline: the fit of every built-in profile. */
  choice?: ProfileChoice;
  /** The problems of a profile stored in the document that is invalid (a built-in one is used instead). */
  invalidStored?: Extract<ProfileResult, { ok: false }>["problems"];
}

/**
 * --profile when given, else the profile stored in the document, else the built-in one its outline fits best: for every
 * command alike.
 */
export function profileFor(doc: DocModel, customXml: string[], option?: Profile): ProfileUsed {
  if (option) return { profile: option, source: "option" };
  const stored = storedProfile(customXml);
  if (stored?.ok) return { profile: stored.profile, source: "document" };
  const choice = chooseProfile(doc, builtInProfiles());
  return {
    profile: choice.profile,
    source: "auto",
    choice,
    ...(stored && !stored.ok ? { invalidStored: stored.problems } : {}),
  };
}

export function checkFile(file: string, option?: Profile): FileResult {
  const read = readInput(file);
  if (!read.ok) return read.result;
  try {
    const { doc, customXml } = read.package;
    const { profile, source, choice, invalidStored } = profileFor(doc, customXml, option);
    const notes = invalidStored
      ? [
          `${file}：文档中保存的模板无效，已改用内置模板 / the profile stored in ${file} is invalid, the built-in one is used: ${invalidStored.map((p) => problemText(p)).join("; ")}`,
        ]
      : [];
    return {
      file,
      report: analyze(doc, profile),
      profileName: profile.name,
      profileSource: source,
      ...(choice ? { fit: choice.fit, ranking: choice.ranking } : {}),
      notes,
    };
  } catch (e) {
    // a reason the user understands; what happened inside is kept for --debug
    return failed(file, e);
  }
}
