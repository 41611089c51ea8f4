// What a child process of the pool (pool.ts, worker.ts) does with one file: check it, or read
// what `outline` and `profile show` need from it. Every command that reads a document reads
// it in a child, where a crafted file that aborts V8 or runs for ever costs only that child;
// the parent renders what comes back. Without a built child script (tests run from sources)
// the same functions run in the parent.
import { analyze, type Report } from "../core/analyze";
import { chooseProfile, type ProfileFit } from "../core/reading/choose-profile";
import type { Profile } from "../core/profile/profile";
import { builtInProfiles } from "../core/profile/built-in";
import type { TextEdit } from "../core/model/edits";
import type { Finding, Message } from "../core/model/finding";
import { mergedActions } from "../core/model/finding";
import type { DocModel } from "../core/model/model";
import { applyEditsToDocx, contentInsertions, type FixResult, type SkipReason } from "../io/docx/fix";
import { checkFile, failed, profileFor, readInput, type CheckedFile, type Unreadable } from "./check-file";

export type ChildTask = "check" | "outline" | "profile" | "fix";

/** `fix`: which corrections to make. */
export interface FixOptions {
  /** Only the findings of these rules; all when absent. */
  rules?: string[];
  /** Insert the required sections the report lacks, each in its place. */
  sections: boolean;
}

/** `fix`: the corrected copy and what went into it. */
export interface FixedCopy {
  file: string;
  profile: string;
  source: "option" | "document" | "auto";
  applied: { rule: string; message: Message; edit: TextEdit }[];
  skipped: { rule: string; message: Message; edit: TextEdit; reason: SkipReason }[];
  /** Sections inserted (or the score sentence: `sentence`), each with the paragraph it went before ("" at the end). */
  inserted: { titles: string[]; before: string; sentence?: boolean }[];
  notInserted: { titles: string[]; reason: SkipReason }[];
  /** The corrected .docx; absent when nothing was changed. */
  bytes?: Uint8Array;
}

/**
 * `outline`: the profile used and where it came from, every built-in profile's fit, and each section with the heading
 * it took and why.
 */
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
  fix: FixedCopy;
}

/** A task's result for one file: what it found, or why the file could not be read. */
export type TaskResult<K extends ChildTask> = TaskOk[K] | Unreadable;

function outline(file: string, option?: Profile): TaskResult<"outline"> {
  const read = readInput(file);
  if (!read.ok) return read.result;
  try {
    const { doc, customXml } = read.package;
    const { profile, source, choice: chosen } = profileFor(doc, customXml, option);
    // every built-in profile's fit is shown, whichever profile is used
    const choice = chosen ?? chooseProfile(doc, builtInProfiles());
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
    // as `check` does: stored in the document, else the built-in profile whose outline fits it best
    const used = profileFor(doc, customXml);
    if (used.source === "document") return { file, profile: used.profile, source: "document" };
    return {
      file,
      profile: used.profile,
      source: "auto",
      fit: used.choice!.fit.score,
      ...(used.invalidStored ? { invalidStored: used.invalidStored } : {}),
    };
  } catch (e) {
    return failed(file, e);
  }
}

/** Whether the findings of this finding's rule are asked for (all are, without --rule). */
const asked = (fix: FixOptions, f: Finding) => !fix.rules || fix.rules.includes(f.rule);

/** A section or the score sentence to insert, with what it holds. */
type ContentInsertion = ReturnType<typeof contentInsertions>[number];

/** What adds content: the missing sections the findings name (in their places), the score sentence. */
function contentToAdd(doc: DocModel, profile: Profile, findings: Finding[], fix: FixOptions): ContentInsertion[] {
  const actions = mergedActions(
    findings
      .filter((f) => f.action && asked(fix, f) && (fix.sections || f.action.kind !== "insert-sections"))
      .map((f) => f.action!),
  );
  return contentInsertions(doc, profile, actions.sections, actions.sentence);
}

/**
 * What went into the copy and what did not: each edit with the finding it came from, each insertion with its titles and
 * the paragraph it went before.
 */
function whatWasFixed(
  doc: DocModel,
  wanted: Finding[],
  content: ContentInsertion[],
  result: FixResult,
): Omit<FixedCopy, "file" | "profile" | "source"> {
  const byEdit = new Map(wanted.map((f) => [f.edit!, f]));
  const about = (edit: TextEdit) => ({ rule: byEdit.get(edit)!.rule, message: byEdit.get(edit)!.message, edit });
  const insertions = content.map((c) => c.insertion);
  const changed = result.applied.length > 0 || result.inserted.length > 0;
  return {
    applied: result.applied.map((edit) => about(edit)),
    skipped: result.skipped.map(({ edit, reason }) => ({ ...about(edit), reason })),
    inserted: result.inserted.map((x) => {
      const c = content[insertions.indexOf(x)];
      return {
        titles: c.titles,
        before: x.before === undefined ? "" : doc.paragraphs[x.before].text.trim(),
        sentence: c.sentence,
      };
    }),
    notInserted: result.notInserted.map(({ insertion, reason }) => ({
      titles: content[insertions.indexOf(insertion)].titles,
      reason,
    })),
    ...(changed ? { bytes: result.bytes } : {}),
  };
}

/**
 * The certain corrections of one report, made in a copy: every finding's text edit (of the
 * rules asked for), and the missing required sections inserted where the outline puts them.
 * The profile is chosen as `check` chooses it. The original file is only read.
 */
function fixedCopy(file: string, option: Profile | undefined, fix: FixOptions): TaskResult<"fix"> {
  const read = readInput(file);
  if (!read.ok) return read.result;
  try {
    const { doc, customXml } = read.package;
    const { profile, source } = profileFor(doc, customXml, option);
    const report = analyze(doc, profile);
    const wanted = report.findings.filter((f) => f.edit && asked(fix, f));
    const content = contentToAdd(doc, profile, report.findings, fix);
    const edits = wanted.map((f) => f.edit!);
    const insertions = content.map((c) => c.insertion);
    const result = applyEditsToDocx(read.bytes, doc, edits, insertions);
    return { file, profile: profile.id, source, ...whatWasFixed(doc, wanted, content, result) };
  } catch (e) {
    return failed(file, e);
  }
}

/** Does `task` with `file`; `profile` is the one given with --profile, if any. */
export function runTask<K extends ChildTask>(
  task: K,
  file: string,
  profile?: Profile,
  fix: FixOptions = { sections: true },
): TaskResult<K> {
  // each branch gives the result of its own task; TypeScript cannot narrow K from the comparison
  if (task === "fix") return fixedCopy(file, profile, fix) as TaskResult<K>;
  if (task === "outline") return outline(file, profile) as TaskResult<K>;
  if (task === "profile") return shownProfile(file) as TaskResult<K>;
  return checkFile(file, profile) as TaskResult<K>;
}
