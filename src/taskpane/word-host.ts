// The pane's host inside Word: each action is one Word.run around src/io/word.
/// <reference types="office-js" />
import type { TextEdit } from "../core/model/edits";
import type { Finding, Lang } from "../core/model/finding";
import type { DocModel, Location } from "../core/model/model";
import type { Profile } from "../core/profile/profile";
import * as word from "../io/word/word";
import { loadEngine } from "./engine";
import type { CheckResult, ContentFixes, FixDone, Host } from "./host";
import { languageFor } from "./i18n";

export class WordHost implements Host {
  readonly kind = "word" as const;
  readonly canInsert = true;
  readonly canSaveProfile = true;
  readonly commentsUnavailable = word.supports("WordApi", "1.4") ? undefined : ("commentsUnavailableOld" as const);

  displayLanguage(): Lang {
    return languageFor(Office.context?.displayLanguage);
  }

  async check(profile: Profile): Promise<CheckResult> {
    const { analyze } = await loadEngine();
    const doc = await Word.run((context) => word.readDocument(context));
    return { doc, report: analyze(doc, profile) };
  }

  jump(location: Location, expected?: string) {
    return Word.run((context) => word.jumpTo(context, location, expected));
  }

  addComments(findings: Finding[], lang: Lang, doc?: DocModel) {
    return Word.run((context) => word.addComments(context, findings, lang, doc));
  }

  async applyFixes(edits: TextEdit[], doc: DocModel, adds?: ContentFixes): Promise<FixDone> {
    // the text first (its places are the checked document's), then what adds paragraphs, each its own batch
    const done = edits.length
      ? await Word.run((context) => word.applyFixes(context, edits, doc))
      : { applied: [], skipped: [] };
    let applied = done.applied.length;
    if (adds?.sections.length)
      applied += await Word.run(async (context) =>
        word.insertMissingSections(context, adds.profile, await word.readDocument(context), adds.sections),
      );
    if (adds?.sentence) {
      await Word.run(async (context) =>
        word.writeScoreSentence(context, await word.readDocument(context), adds.profile, adds.sentence!),
      );
      applied++;
    }
    return { applied, skipped: done.skipped.length };
  }

  removeComments(): Promise<number> {
    return Word.run((context) => word.removeOurComments(context));
  }

  removeContentControls(): Promise<number> {
    return Word.run((context) => word.removeOurContentControls(context));
  }

  insertSkeleton(profile: Profile): Promise<void> {
    return Word.run((context) => word.insertSkeleton(context, profile));
  }

  insertSection(profile: Profile, sectionId: string): Promise<void> {
    return Word.run((context) => word.insertSection(context, profile, sectionId));
  }

  insertTable(profile: Profile, tableId: string): Promise<void> {
    return Word.run((context) => word.insertTable(context, profile, tableId));
  }

  insertMissing(profile: Profile, only?: string[]): Promise<number> {
    return Word.run(async (context) =>
      word.insertMissingSections(context, profile, await word.readDocument(context), only),
    );
  }

  writeScore(profile: Profile, sentence: string): Promise<void> {
    return Word.run(async (context) =>
      word.writeScoreSentence(context, await word.readDocument(context), profile, sentence),
    );
  }

  saveProfile(profile: Profile): Promise<void> {
    return Word.run((context) => word.saveProfileToDocument(context, profile));
  }

  loadStoredProfile() {
    return Word.run((context) => word.loadProfileFromDocument(context));
  }
}
