import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useState, type ReactNode } from "react";
import { mergedActions, type Lang } from "../core/finding";
import type { Location } from "../core/model";
import type { Profile } from "../core/profile";
import { loadEngine, type Engine } from "./engine";
import { Notice } from "./Notice";
import type { CheckResult, Host } from "./host";
import { LangContext, sourceText, translate, type StringKey } from "./i18n";
import { explainProblems, type ShownProblem } from "./profile-problems";
import { CheckPane } from "./panes/CheckPane";
import { Busy, Tabs } from "./ui";
import type { ProfileSource } from "./panes/ProfilePane";

// the first tab is what the pane opens on; the others load when first shown
const InsertPane = lazy(() =>
  import(/* webpackChunkName: "pane-insert" */ "./panes/InsertPane").then((m) => ({ default: m.InsertPane })),
);
const ScorePane = lazy(() =>
  import(/* webpackChunkName: "pane-score" */ "./panes/ScorePane").then((m) => ({ default: m.ScorePane })),
);
const ProfilePane = lazy(() =>
  import(/* webpackChunkName: "pane-profile" */ "./panes/ProfilePane").then((m) => ({ default: m.ProfilePane })),
);
import { NoFileError, PreviewHost } from "./preview-host";

/**
 * A message of the pane: its words are made in the language shown, so that switching the language translates it too.
 */
export type Notice = {
  intent: "success" | "warning" | "error" | "info";
  text(lang: Lang): string;
  details?(lang: Lang): ShownProblem[];
};

/** A notice with one of the pane's strings. */
const say = (
  intent: Notice["intent"],
  key: StringKey,
  vars?: Record<string, string | number> | ((lang: Lang) => Record<string, string | number>),
): Notice => ({
  intent,
  text: (lang) => translate(lang, key, typeof vars === "function" ? vars(lang) : vars),
});

type TabId = "check" | "insert" | "score" | "profile";

/**
 * A readable message for a failure: Word's error code, a file the reader refused, or the
 * error's own text. `writes`: the action was changing the document — Word keeps what ran
 * before a failing action, so the message says it may be done in part, never "not changed".
 */
export function describeError(e: unknown, fileName?: string, writes = false): Notice {
  const err = e as { code?: string; name?: string; message?: string; reason?: Record<Lang, string> };
  const code = err?.code ?? "";
  const fail = (key: StringKey, vars: Record<string, string> = {}) =>
    say("error", key, (lang) => ({ code, outcome: translate(lang, writes ? "outcomeWrite" : "outcomeRead"), ...vars }));
  if (err?.name === "DocxReadError" && err.reason) {
    const reason = err.reason;
    return say("error", "errorFile", (lang) => ({ name: fileName ?? "", reason: reason[lang] }));
  }
  if (code === "ApiNotFound" || code === "NotImplemented" || code === "NotSupported") return fail("errorUnsupported");
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded")
    return fail("errorTooLarge");
  if (code === "ItemNotFound" || code === "InvalidArgument") return fail("errorNotFound");
  if (code === "ConnectionFailure" || /network|failed to fetch/i.test(err?.message ?? ""))
    return fail("errorConnection");
  if (code) return fail("errorWord");
  return fail("errorGeneric", { message: err?.message ?? String(e) });
}

/**
 * A profile's problems, each with its field path set apart as code ("top level" for the profile's own keys; none for
 * the text as a whole).
 */
function Problems({ lang, problems }: { lang: Lang; problems: ShownProblem[] }): ReactNode {
  return (
    <ul className="ra-problems">
      {problems.map((p, i) => (
        <li key={i}>
          {p.path !== undefined && (
            <>
              {p.path ? <code className="ra-path">{p.path}</code> : translate(lang, "rootPath")}
              {translate(lang, "pathSeparator")}
            </>
          )}
          {p.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * Offers a file to save (the corrected copy in preview mode): the browser's own download, nothing written elsewhere.
 */
function saveCopy(name: string, bytes: Uint8Array): void {
  if (typeof URL === "undefined" || typeof URL.createObjectURL !== "function") return;
  const url = URL.createObjectURL(
    new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }),
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function App({ host }: { host: Host }) {
  const [lang, setLang] = useState<Lang>(() => host.displayLanguage());
  const t = (key: StringKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const [tab, setTab] = useState<TabId>("check");
  const [engine, setEngine] = useState<Engine>();
  const [profile, setProfile] = useState<{ profile: Profile; source: ProfileSource; fit?: number }>();
  const [result, setResult] = useState<CheckResult>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [jumped, setJumped] = useState<Location>();
  /** The document was changed by an action of the pane since the last check: the findings' places may be off. */
  const [stale, setStale] = useState(false);
  const [fileName, setFileName] = useState<string>();

  // the page's language and title are the pane's: screen readers and the browser's hyphenation follow the language
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, "appTitle");
  }, [lang]);

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
  }, [engine, profile, host]);

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

  // the Insert and Profile tabs list the profile's sections and tables
  useEffect(() => {
    if ((tab === "insert" || tab === "profile") && !profile) void ensureProfile();
  }, [tab, profile, ensureProfile]);

  useEffect(() => {
    if (host instanceof PreviewHost) host.onJump = setJumped;
  }, [host]);

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
      if (writes && result) setStale(true);
    } finally {
      setBusy(false);
    }
  };

  /** An action that changes the document. */
  const write = (action: () => Promise<void>) => run(action, fileName, true);

  const check = (withProfile?: Profile) =>
    run(async () => {
      if (withProfile) setResult(await host.check(withProfile));
      else {
        const { engine: e, profile: p, auto } = await ensureProfile();
        setResult(await checkWith(e, p, auto));
      }
      setJumped(undefined);
      setStale(false);
    });

  const openFile = (file: File) =>
    run(async () => {
      if (!(host instanceof PreviewHost)) return;
      // nothing of the previous file stays: its results, the paragraph shown, the "changed" warning
      setResult(undefined);
      setJumped(undefined);
      setStale(false);
      host.open(file.name, new Uint8Array(await file.arrayBuffer()));
      setFileName(file.name);
      const { engine: e, profile: p, auto } = await ensureProfile();
      setResult(await checkWith(e, p, auto));
    }, file.name);

  const changeProfile = (p: Profile, source: ProfileSource) => {
    setProfile({ profile: p, source });
    setNotice(say("success", "profileLoaded", (l) => ({ name: p.name[l] })));
    if (result) void check(p);
  };

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <main className="ra-root">
          <header className="ra-header">
            <h1 className="ra-title">{t("appTitle")}</h1>
            <Button
              appearance="subtle"
              size="small"
              aria-label={t("switchLanguageLabel")}
              onClick={() => setLang(lang === "zh-CN" ? "en-US" : "zh-CN")}
            >
              {/* the other language's name, in that language */}
              <span lang={lang === "zh-CN" ? "en-US" : "zh-CN"}>{t("switchLanguage")}</span>
            </Button>
          </header>
          {host.kind === "preview" && <Notice intent="info">{t("previewBanner")}</Notice>}
          <Tabs<TabId>
            selected={tab}
            onSelect={setTab}
            items={[
              { value: "check", label: t("tabCheck") },
              { value: "insert", label: t("tabInsert") },
              { value: "score", label: t("tabScore") },
              { value: "profile", label: t("tabProfile") },
            ]}
          />
          {notice && (
            <Notice intent={notice.intent} title={notice.intent === "error" ? t("errorTitle") : undefined}>
              {notice.text(lang)}
              {notice.details && <Problems lang={lang} problems={notice.details(lang)} />}
            </Notice>
          )}
          {busy && <Busy label={t("busy")} />}
          {tab === "check" && (
            <CheckPane
              host={host}
              result={result}
              busy={busy}
              fileName={fileName}
              jumped={jumped}
              profileNote={
                profile && result
                  ? t("profileCurrent", {
                      name: profile.profile.name[lang],
                      source: sourceText(t, profile.source, profile.fit),
                    })
                  : undefined
              }
              onOpenFile={openFile}
              onCheck={() => check()}
              stale={stale}
              onJump={(loc) =>
                run(async () => {
                  const expected =
                    loc.paragraph === undefined ? undefined : result?.doc.paragraphs[loc.paragraph]?.text;
                  const jump = await host.jump(loc, expected);
                  // the finding clicked is marked in the list, in Word as in preview mode
                  setJumped(jump === "landed" ? loc : undefined);
                  if (jump === "changed") {
                    setStale(true);
                    setNotice(say("warning", "jumpChanged"));
                  } else if (jump === "unreachable") setNotice(say("warning", "jumpUnreachable"));
                })
              }
              onAddComments={(findings) =>
                write(async () => {
                  const { added, skipped } = await host.addComments(findings, lang, result?.doc);
                  setNotice(
                    skipped
                      ? say("warning", "commentsAddedSkipped", { n: added, skipped })
                      : say("success", "commentsAdded", { n: added }),
                  );
                  if (skipped) setStale(true);
                })
              }
              onRemoveComments={() =>
                write(async () => setNotice(say("success", "commentsRemoved", { n: await host.removeComments() })))
              }
              onFix={(edits, actions) =>
                write(async () => {
                  if (!result) return;
                  // sections and the score sentence are laid out by the profile the document was checked with
                  const merged = mergedActions(actions);
                  const adds =
                    merged.sections.length || merged.sentence
                      ? { profile: (await ensureProfile()).profile, ...merged }
                      : undefined;
                  const done = await host.applyFixes(edits, result.doc, adds);
                  if (done.copy) {
                    saveCopy(done.copy.name, done.copy.bytes);
                    setNotice(say("success", "fixedCopy", { name: done.copy.name, n: done.applied }));
                  } else if (!done.applied) setNotice(say("warning", "fixNone"));
                  else
                    setNotice(
                      done.skipped
                        ? say("warning", "fixesAppliedSkipped", { n: done.applied, skipped: done.skipped })
                        : say("success", "fixesApplied", { n: done.applied }),
                    );
                  // in Word the text moved under the findings; a copy leaves the open file as it was checked
                  if (!done.copy && done.applied) setStale(true);
                })
              }
            />
          )}
          <Suspense fallback={<Busy label={t("busy")} />}>
            {tab === "insert" && (
              <InsertPane
                host={host}
                engine={engine}
                profile={profile?.profile}
                busy={busy}
                run={(action) =>
                  write(async () => {
                    await action();
                    // an insert moves every paragraph after it: the findings' places are off
                    if (result) setStale(true);
                  })
                }
                notify={(key, vars) => setNotice(say("success", key, vars))}
              />
            )}
            {tab === "score" && (
              <ScorePane
                host={host}
                result={result}
                busy={busy}
                onWrite={(score, grade) =>
                  write(async () => {
                    const { engine: e, profile: p } = await ensureProfile();
                    await host.writeScore(p, e.scoreSentence(score, grade));
                    setStale(true);
                    setNotice(say("success", "scoreWritten"));
                  })
                }
              />
            )}
            {tab === "profile" && (
              <ProfilePane
                host={host}
                engine={engine}
                current={profile}
                busy={busy}
                onChange={changeProfile}
                onProblems={(problems) =>
                  setNotice({
                    ...say("error", "profileInvalid", (l) => ({ n: problems(l).length })),
                    details: problems,
                  })
                }
                onSave={() =>
                  profile &&
                  write(async () => {
                    await host.saveProfile(profile.profile);
                    setNotice(say("success", "profileSaved"));
                  })
                }
              />
            )}
          </Suspense>
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}
