// What the pane can ask of where it runs: Word (the add-in) or a plain browser (preview
// mode). The pane never touches Word or files itself.
import type { Report } from "../core/analyze";
import type { TextEdit } from "../core/model/edits";
import type { Finding, Lang } from "../core/model/finding";
import type { DocModel, Location } from "../core/model/model";
import type { Profile, ProfileResult } from "../core/profile/profile";
import type { StringKey } from "./i18n";

export type { JumpResult } from "../io/word/word";
import type { JumpResult } from "../io/word/word";

export interface CheckResult {
  report: Report;
  doc: DocModel;
}

/**
 * One-click fixes that add content: missing sections (by id) in their places, the score sentence ending the conclusion.
 */
export interface ContentFixes {
  profile: Profile;
  sections: string[];
  sentence?: string;
}

/** What a one-click fix did: edits made and not made; without Word, the corrected copy to save. */
export interface FixDone {
  applied: number;
  skipped: number;
  copy?: { name: string; bytes: Uint8Array };
}

/** Thrown by a host with no document of its own (preview mode) when asked to check before a file was opened. */
export class NoFileError extends Error {}

export interface Host {
  readonly kind: "word" | "preview";
  /** Why comments cannot be added here, or undefined when they can. */
  readonly commentsUnavailable?: StringKey;
  readonly canInsert: boolean;
  readonly canSaveProfile: boolean;
  displayLanguage(): Lang;
  /**
   * Takes a .docx the user opened as the document to check from now on. Only a host with no document of its own has
   * it (preview mode: a file from disk); Word's host checks the open document, and the pane offers no file to open
   * there. Optional so that the pane asks the host what it can do instead of testing which class it is.
   */
  open?(name: string, bytes: Uint8Array): void;
  /** Reads and checks the document; a host that has none yet (see `open`) rejects with NoFileError. */
  check(profile: Profile): Promise<CheckResult>;
  /**
   * Selects a finding's paragraph. `expected` is its text when the document was checked:
   * "changed" when that text is no longer there or nearby (nothing is selected).
   */
  jump(location: Location, expected?: string): Promise<JumpResult>;
  /** Leaves findings as comments; with `doc`, a paragraph whose text has changed since the check is skipped. */
  addComments(findings: Finding[], lang: Lang, doc?: DocModel): Promise<{ added: number; skipped: number }>;
  removeComments(): Promise<number>;
  /**
   * Makes certain corrections: in Word, in the open document (undoable; a paragraph whose text
   * changed since `doc` was read is skipped); without Word, in a corrected copy of the file —
   * never the original.
   */
  applyFixes(edits: TextEdit[], doc: DocModel, adds?: ContentFixes): Promise<FixDone>;
  /** Removes the content controls this add-in inserted, keeping their content. */
  removeContentControls(): Promise<number>;
  insertSkeleton(profile: Profile): Promise<void>;
  insertSection(profile: Profile, sectionId: string): Promise<void>;
  insertTable(profile: Profile, tableId: string): Promise<void>;
  /** Every missing section in its place; with `only`, those sections (and their missing sub-sections). */
  insertMissing(profile: Profile, only?: string[]): Promise<number>;
  writeScore(profile: Profile, sentence: string): Promise<void>;
  saveProfile(profile: Profile): Promise<void>;
  loadStoredProfile(): Promise<ProfileResult | undefined>;
}
