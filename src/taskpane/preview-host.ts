// The pane's host in a plain browser: a reviewer opens a .docx from disk and checks it
// with the same engine; "jump" highlights the paragraph in the pane's document view.
import type { Lang } from "../core/model/finding";
import type { TextEdit } from "../core/model/edits";
import type { DocModel } from "../core/model/model";
import type { Profile } from "../core/profile/profile";
import { loadEngine } from "./engine";
import { NoFileError, type CheckResult, type ContentFixes, type FixDone, type Host, type JumpResult } from "./host";
import { languageFor } from "./i18n";

export { NoFileError };

export class PreviewHost implements Host {
  readonly kind = "preview" as const;
  readonly canInsert = false;
  readonly canSaveProfile = false;
  readonly commentsUnavailable = "commentsUnavailablePreview" as const;
  private file?: { name: string; bytes: Uint8Array };

  displayLanguage(): Lang {
    return languageFor(typeof navigator === "undefined" ? undefined : navigator.language);
  }

  open(name: string, bytes: Uint8Array): void {
    this.file = { name, bytes };
  }

  get fileName(): string | undefined {
    return this.file?.name;
  }

  async check(profile: Profile): Promise<CheckResult> {
    if (!this.file) throw new NoFileError();
    const { analyze, readDocx } = await loadEngine();
    const doc = readDocx(this.file.bytes);
    return { doc, report: analyze(doc, profile) };
  }

  /** Always lands: the pane marks the finding's place and scrolls its document view there. */
  async jump(): Promise<JumpResult> {
    return "landed";
  }

  /** The fixes in a copy of the file opened: the original bytes stay as they were. */
  async applyFixes(edits: TextEdit[], doc: DocModel, adds?: ContentFixes): Promise<FixDone> {
    if (!this.file) throw new NoFileError();
    const { applyEditsToDocx, contentInsertions } = await loadEngine();
    const insertions = adds
      ? contentInsertions(doc, adds.profile, adds.sections, adds.sentence).map((c) => c.insertion)
      : [];
    const done = applyEditsToDocx(this.file.bytes, doc, edits, insertions);
    const applied = done.applied.length + done.inserted.length;
    const name = `${this.file.name.replace(/\.docx$/i, "")}（已修正）.docx`;
    return {
      applied,
      skipped: done.skipped.length + done.notInserted.length,
      ...(applied ? { copy: { name, bytes: done.bytes } } : {}),
    };
  }

  private unavailable(): never {
    throw new Error("not available in preview mode");
  }

  addComments(): Promise<{ added: number; skipped: number }> {
    return this.unavailable();
  }
  removeComments(): Promise<number> {
    return this.unavailable();
  }
  removeContentControls(): Promise<number> {
    return this.unavailable();
  }
  insertSkeleton(): Promise<void> {
    return this.unavailable();
  }
  insertSection(): Promise<void> {
    return this.unavailable();
  }
  insertTable(): Promise<void> {
    return this.unavailable();
  }
  insertMissing(): Promise<number> {
    return this.unavailable();
  }
  writeScore(): Promise<void> {
    return this.unavailable();
  }
  saveProfile(): Promise<void> {
    return this.unavailable();
  }
  async loadStoredProfile() {
    return undefined;
  }
}
