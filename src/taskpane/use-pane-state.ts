// The pane's state and what its controls do, apart from how it is laid out (App.tsx): the check and its results, the
// profile checked with, the busy state and the pane's message. Every action asks the Host interface, never a class.
import { useCallback, useEffect, useState } from "react";
import type { TextEdit } from "../core/model/edits";
import { mergedActions, type Finding, type FixAction, type Lang } from "../core/model/finding";
import type { Location } from "../core/model/model";
import type { Profile } from "../core/profile/profile";
import { loadEngine, type Engine } from "./engine";
import { NoFileError, type CheckResult, type Host } from "./host";
import { translate, type StringKey } from "./i18n";
import { describeError, fixedNotice, say, type Notice } from "./notices";
import { explainProblems, type ShownProblem } from "./profile-problems";
import type { ProfileSource } from "./panes/ProfilePane";
import { saveCopy } from "./save-copy";

export type TabId = "check" | "insert" | "score" | "profile";

/** The profile to check with, where it came from and, for an automatic choice once a check made it, its fit. */
export interface CurrentProfile {
  profile: Profile;
  source: ProfileSource;
  fit?: number;
}

/** The language shown, at first the host's. */
function usePageLanguage(host: Host) {
  const [lang, setLang] = useState<Lang>(() => host.displayLanguage());
  // the page's language and title are the pane's: screen readers and the browser's hyphenation follow the language
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, "appTitle");
  }, [lang]);
  return [lang, setLang] as const;
}

/** The busy state and the pane's message, and `run`, which every action goes through. */
function useRunner(fileName: string | undefined, checked: boolean, setStale: (stale: boolean) => void) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();

  /**
   * Runs an action with the busy state; a failure becomes a notice (naming the file, for a file that was opened; saying
   * whether the document may have changed).
   */
  const run = async (action: () => Promise<void>, file = fileName, writes = false) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await action();
    } catch (e) {
      if (e instanceof NoFileError) setNotice(say("info", "noFileYet"));
      else setNotice(describeError(e, file, writes));
      // a write that failed half-way may have moved paragraphs
      if (writes && checked) setStale(true);
    } finally {
      setBusy(false);
    }
  };

  /** An action that changes the document. */
  const write = (action: () => Promise<void>) => run(action, fileName, true);
  return { busy, notice, setNotice, run, write };
}

/** The engine, loaded on first use, and the profile to check with. */
function useProfileChoice(host: Host, setNotice: (notice: Notice) => void) {
  const [engine, setEngine] = useState<Engine>();
  const [profile, setProfile] = useState<CurrentProfile>();

  /**
   * The engine and the profile to check with: the one chosen in the pane, else the one
   * stored in the document, else (auto) the built-in profile whose outline fits the
   * document best — chosen at each check, the default until then.
   */
  const ensureProfile = useCallback(async (): Promise<{ engine: Engine; profile: Profile; auto: boolean }> => {
    const e = engine ?? (await loadEngine());
    if (!engine) setEngine(e);
    if (profile) return { engine: e, profile: profile.profile, auto: profile.source === "auto" };
    const stored = await host.loadStoredProfile();
    if (stored?.ok) {
      setProfile({ profile: stored.profile, source: "document" });
      return { engine: e, profile: stored.profile, auto: false };
    }
    if (stored && !stored.ok) {
      const problems = stored.problems;
      setNotice({ ...say("warning", "storedProfileInvalid"), details: (l) => explainProblems(l, problems) });
    }
    const p = e.defaultProfile();
    setProfile({ profile: p, source: "auto" });
    return { engine: e, profile: p, auto: true };
  }, [engine, profile, host, setNotice]);

  /**
   * Checks with the profile; for an automatic choice, with the built-in profile that fits the document read (the core
   * chooses, the pane only asks).
   */
  const checkWith = async (e: Engine, p: Profile, auto: boolean): Promise<CheckResult> => {
    const first = await host.check(p);
    if (!auto) return first;
    const choice = e.chooseProfile(first.doc, e.builtInProfiles());
    setProfile({ profile: choice.profile, source: "auto", fit: choice.fit.score });
    return choice.profile.id === first.report.profile
      ? first
      : { doc: first.doc, report: e.analyze(first.doc, choice.profile) };
  };

  return { engine, profile, setProfile, ensureProfile, checkWith };
}

/** What the actions work with: the host, the state they read, the setters they call (all of one render). */
type Context = ReturnType<typeof useRunner> &
  ReturnType<typeof useProfileChoice> & {
    host: Host;
    lang: Lang;
    result?: CheckResult;
    setResult(result: CheckResult | undefined): void;
    setJumped(location: Location | undefined): void;
    setStale(stale: boolean): void;
    setFileName(name: string): void;
  };

/** Checking: the document again (with a profile given, with that one), or a file the user opened (preview mode). */
function checkActions(c: Context) {
  const check = (withProfile?: Profile) =>
    c.run(async () => {
      if (withProfile) c.setResult(await c.host.check(withProfile));
      else {
        const { engine: e, profile: p, auto } = await c.ensureProfile();
        c.setResult(await c.checkWith(e, p, auto));
      }
      c.setJumped(undefined);
      c.setStale(false);
    });

  const openFile = (file: File) =>
    c.run(async () => {
      const { host } = c;
      // only a host with no document of its own takes a file (the pane offers to open one nowhere else)
      if (!host.open) return;
      // nothing of the previous file stays: its results, the paragraph shown, the "changed" warning
      c.setResult(undefined);
      c.setJumped(undefined);
      c.setStale(false);
      host.open(file.name, new Uint8Array(await file.arrayBuffer()));
      c.setFileName(file.name);
      const { engine: e, profile: p, auto } = await c.ensureProfile();
      c.setResult(await c.checkWith(e, p, auto));
    }, file.name);

  return { check, openFile };
}

/** What the findings lead to in the document: going to one, leaving them as comments, fixing them. */
function findingActions(c: Context) {
  const jump = (loc: Location) =>
    c.run(async () => {
      const expected = loc.paragraph === undefined ? undefined : c.result?.doc.paragraphs[loc.paragraph]?.text;
      const outcome = await c.host.jump(loc, expected);
      // the finding clicked is marked in the list, in Word as in preview mode
      c.setJumped(outcome === "landed" ? loc : undefined);
      if (outcome === "changed") {
        c.setStale(true);
        c.setNotice(say("warning", "jumpChanged"));
      } else if (outcome === "unreachable") c.setNotice(say("warning", "jumpUnreachable"));
    });

  const addComments = (findings: Finding[]) =>
    c.write(async () => {
      const { added, skipped } = await c.host.addComments(findings, c.lang, c.result?.doc);
      c.setNotice(
        skipped
          ? say("warning", "commentsAddedSkipped", { n: added, skipped })
          : say("success", "commentsAdded", { n: added }),
      );
      if (skipped) c.setStale(true);
    });

  const removeComments = () =>
    c.write(async () => c.setNotice(say("success", "commentsRemoved", { n: await c.host.removeComments() })));

  const fix = (edits: TextEdit[], actions: FixAction[]) =>
    c.write(async () => {
      const { result } = c;
      if (!result) return;
      // sections and the score sentence are laid out by the profile the document was checked with
      const merged = mergedActions(actions);
      const adds =
        merged.sections.length || merged.sentence
          ? { profile: (await c.ensureProfile()).profile, ...merged }
          : undefined;
      const done = await c.host.applyFixes(edits, result.doc, adds);
      // without Word the host hands back a corrected copy to save
      if (done.copy) saveCopy(done.copy.name, done.copy.bytes);
      c.setNotice(fixedNotice(done));
      // in Word the text moved under the findings; a copy leaves the open file as it was checked
      if (!done.copy && done.applied) c.setStale(true);
    });

  return { jump, addComments, removeComments, fix };
}

/** What the Insert, Score and Profile tabs do; a new profile re-checks with `check`. */
function tabActions(c: Context, check: (withProfile?: Profile) => Promise<void>) {
  const insert = (action: () => Promise<void>) =>
    c.write(async () => {
      await action();
      // an insert moves every paragraph after it: the findings' places are off
      if (c.result) c.setStale(true);
    });
  const notify = (key: StringKey, vars?: Record<string, string | number>) => c.setNotice(say("success", key, vars));
  const writeScore = (score: number, grade: string) =>
    c.write(async () => {
      const { engine: e, profile: p } = await c.ensureProfile();
      await c.host.writeScore(p, e.scoreSentence(score, grade));
      c.setStale(true);
      c.setNotice(say("success", "scoreWritten"));
    });
  const changeProfile = (p: Profile, source: ProfileSource) => {
    c.setProfile({ profile: p, source });
    c.setNotice(say("success", "profileLoaded", (l) => ({ name: p.name[l] })));
    if (c.result) void check(p);
  };
  const showProblems = (problems: (lang: Lang) => ShownProblem[]) =>
    c.setNotice({ ...say("error", "profileInvalid", (l) => ({ n: problems(l).length })), details: problems });
  const { profile } = c;
  const saveProfile = () =>
    profile &&
    c.write(async () => {
      await c.host.saveProfile(profile.profile);
      c.setNotice(say("success", "profileSaved"));
    });
  return { insert, notify, writeScore, changeProfile, showProblems, saveProfile };
}

/** The pane's state and its actions, for App to lay out. */
export function usePaneState(host: Host) {
  const [lang, setLang] = usePageLanguage(host);
  const [tab, setTab] = useState<TabId>("check");
  const [result, setResult] = useState<CheckResult>();
  const [jumped, setJumped] = useState<Location>();
  /** The document was changed by an action of the pane since the last check: the findings' places may be off. */
  const [stale, setStale] = useState(false);
  const [fileName, setFileName] = useState<string>();
  const runner = useRunner(fileName, !!result, setStale);
  const profiles = useProfileChoice(host, runner.setNotice);
  const { profile, ensureProfile } = profiles;

  // the Insert and Profile tabs list the profile's sections and tables
  useEffect(() => {
    if ((tab === "insert" || tab === "profile") && !profile) void ensureProfile();
  }, [tab, profile, ensureProfile]);

  const context: Context = { ...runner, ...profiles, host, lang, result, setResult, setJumped, setStale, setFileName };
  const checking = checkActions(context);
  return {
    lang,
    setLang,
    tab,
    setTab,
    result,
    jumped,
    stale,
    fileName,
    busy: runner.busy,
    notice: runner.notice,
    engine: profiles.engine,
    profile,
    ...checking,
    ...findingActions(context),
    ...tabActions(context, checking.check),
  };
}

export type PaneState = ReturnType<typeof usePaneState>;
