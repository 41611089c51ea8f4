// Checks one file: read it, choose its profile, analyze. Used in the main thread and in
// the worker threads alike, so results never differ between them.
import { readFileSync, statSync } from "fs";
import { analyze, type Report } from "../core/analyze";
import type { Message } from "../core/finding";
import { chooseProfile, type ProfileFit } from "../core/choose-profile";
import type { Profile } from "../core/profile";
import { builtInProfiles } from "../core/profiles";
import { DocxReadError, describeReadError, readDocxPackage } from "../io/docx";
import { storedProfile } from "../io/ooxml/profile-part";

/**
 * Where a report's profile came from: --profile, the document itself, or chosen
 * automatically — the built-in profile whose outline fits the document best ("default"
 * is the built-in default, for callers that do not choose).
 */
export type ProfileSource = "option" | "document" | "auto" | "default";

export type FileResult =
  | {
      file: string;
      report: Report;
      profileName: Message;
      profileSource: ProfileSource;
      /** How well the chosen profile fits, and every built-in profile's fit, best first (automatic choice only). */
      fit?: ProfileFit;
      ranking?: ProfileFit[];
      notes: string[];
    }
  | {
      file: string;
      error: { code: string; message: string };
      /** What went wrong inside (an exception's stack, a child's last words): shown only with --debug. */
      debug?: string;
    };

/** A file that cannot be read: its name, the reason in both languages, and what happened inside (for --debug) when known. */
export function unreadable(file: string, e: DocxReadError, debug?: string): FileResult {
  return { file, error: { code: e.code, message: describeReadError(file, e) }, ...(debug ? { debug } : {}) };
}

export function checkFile(file: string, option?: Profile): FileResult {
  let bytes: Uint8Array;
  try {
    // a pipe or a device named on the command line would be read for ever (or never answer)
    if (!statSync(file).isFile()) return unreadable(file, new DocxReadError("not-a-file"));
    bytes = readFileSync(file);
  } catch {
    return unreadable(file, new DocxReadError("not-found"));
  }
  try {
    const { doc, customXml } = readDocxPackage(bytes);
    const notes: string[] = [];
    let profile = option;
    let source: ProfileSource = "option";
    let choice: ReturnType<typeof chooseProfile> | undefined;
    if (!profile) {
      const stored = storedProfile(customXml);
      if (stored?.ok) {
        profile = stored.profile;
        source = "document";
      } else {
        if (stored && !stored.ok)
          notes.push(
            `${file}：文档中保存的模板无效，已改用内置模板 / the profile stored in ${file} is invalid, the built-in one is used: ${stored.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
          );
        choice = chooseProfile(doc, builtInProfiles());
        profile = choice.profile;
        source = "auto";
      }
    }
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
    const error = e instanceof DocxReadError ? e : new DocxReadError("internal");
    return unreadable(file, error, e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
}
