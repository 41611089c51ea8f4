// What a child process of the pool (pool.ts, worker.ts) does with one file: check it, or read
// what `outline` and `profile show` need from it. Every command that reads a document reads
// it in a child, where a crafted file that aborts V8 or runs for ever costs only that child;
// the parent renders what comes back. Without a built child script (tests run from sources)
// the same functions run in the parent.
import { analyze, type Report } from "../core/analyze";
import { chooseProfile, type ProfileFit } from "../core/choose-profile";
import type { Profile } from "../core/profile";
import { builtInProfiles } from "../core/profiles";
import { storedProfile } from "../io/ooxml/profile-part";
import { checkFile, failed, readInput, type CheckedFile, type Unreadable } from "./check-file";

export type ChildTask = "check" | "outline" | "profile";

/** `outline`: the profile used and where it came from, every built-in profile's fit, and each section with the heading it took and why. */
export interface Outline {
  file: string;
  profile: Profile;
  source: "option" | "document" | "auto";
  /** The fit of the profile used, when it is a built-in one. */
  fit?: ProfileFit;
  ranking: ProfileFit[];
  sections: (Pick<Report["sections"][number], "id" | "title" | "status" | "required"> &
    Partial<Pick<Report["sections"][number], "location" | "heading" | "match">>)[];
}

/** `profile show DOC`: the profile the document is checked with, and where it came from. */
export interface ShownProfile {
  file: string;
  profile: Profile;
  source: "document" | "auto";
  /** The fit of the built-in profile chosen by the outline. */
  fit?: number;
  /** The problems of a profile stored in the document that is invalid (the built-in one is used instead). */
  invalidStored?: { path: string; message: string }[];
}

export interface TaskOk {
  check: CheckedFile;
  outline: Outline;
  profile: ShownProfile;
}

/** A task's result for one file: what it found, or why the file could not be read. */
export type TaskResult<K extends ChildTask> = TaskOk[K] | Unreadable;

function outline(file: string, option?: Profile): TaskResult<"outline"> {
  const read = readInput(file);
  if (!read.ok) return read.result;
  try {
    const { doc, customXml } = read.package;
    const choice = chooseProfile(doc, builtInProfiles());
    const stored = option === undefined ? storedProfile(customXml) : undefined;
    const profile = option ?? (stored?.ok ? stored.profile : choice.profile);
    const source = option !== undefined ? "option" : stored?.ok ? "document" : "auto";
    const report = analyze(doc, profile);
    const fit = choice.ranking.find((f) => f.profile === profile.id);
    const sections = report.sections.map((s) => ({
      id: s.id,
      title: s.title,
      status: s.status,
      required: s.required,
      ...(s.location ? { location: s.location, heading: s.heading } : {}),
      ...(s.match ? { match: s.match } : {}),
    }));
    return { file, profile, source, ...(fit ? { fit } : {}), ranking: choice.ranking, sections };
  } catch (e) {
    return failed(file, e);
  }
}

function shownProfile(file: string): TaskResult<"profile"> {
  const read = readInput(file);
  if (!read.ok) return read.result;
  try {
    const { doc, customXml } = read.package;
    const stored = storedProfile(customXml);
    if (stored?.ok) return { file, profile: stored.profile, source: "document" };
    // as `check` does: the built-in profile whose outline fits the document best
    const choice = chooseProfile(doc, builtInProfiles());
    return { file, profile: choice.profile, source: "auto", fit: choice.fit.score, ...(stored && !stored.ok ? { invalidStored: stored.problems } : {}) };
  } catch (e) {
    return failed(file, e);
  }
}

/** Does `task` with `file`; `profile` is the one given with --profile, if any. */
export function runTask<K extends ChildTask>(task: K, file: string, profile?: Profile): TaskResult<K> {
  // each branch gives the result of its own task; TypeScript cannot narrow K from the comparison
  if (task === "outline") return outline(file, profile) as TaskResult<K>;
  if (task === "profile") return shownProfile(file) as TaskResult<K>;
  return checkFile(file, profile) as TaskResult<K>;
}
