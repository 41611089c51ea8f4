import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useState } from "react";
import type { Lang } from "../core/finding";
import type { Location } from "../core/model";
import type { Profile } from "../core/profile";
import { loadEngine, type Engine } from "./engine";
import { Notice } from "./Notice";
import type { CheckResult, Host } from "./host";
import { LangContext, sourceText, translate, type StringKey } from "./i18n";
import { CheckPane } from "./panes/CheckPane";
import { Busy, Tabs } from "./ui";
import type { ProfileSource } from "./panes/ProfilePane";

// the first tab is what the pane opens on; the others load when first shown
const InsertPane = lazy(() => import(/* webpackChunkName: "pane-insert" */ "./panes/InsertPane").then((m) => ({ default: m.InsertPane })));
const ScorePane = lazy(() => import(/* webpackChunkName: "pane-score" */ "./panes/ScorePane").then((m) => ({ default: m.ScorePane })));
const ProfilePane = lazy(() => import(/* webpackChunkName: "pane-profile" */ "./panes/ProfilePane").then((m) => ({ default: m.ProfilePane })));
import { NoFileError, PreviewHost } from "./preview-host";

export type Notice = { intent: "success" | "warning" | "error" | "info"; text: string; details?: string[] };

type TabId = "check" | "insert" | "score" | "profile";

/**
 * A readable message for a failure: Word's error code, a file the reader refused, or the
 * error's own text. `writes`: the action was changing the document — Word keeps what ran
 * before a failing action, so the message says it may be done in part, never "not changed".
 */
export function describeError(lang: Lang, e: unknown, fileName?: string, writes = false): Notice {
  const err = e as { code?: string; name?: string; message?: string; reason?: Record<Lang, string> };
  const outcome = translate(lang, writes ? "outcomeWrite" : "outcomeRead");
  if (err?.name === "DocxReadError" && err.reason)
    return { intent: "error", text: translate(lang, "errorFile", { name: fileName ?? "", reason: err.reason[lang] }) };
  if (err?.code === "ApiNotFound" || err?.code === "NotImplemented" || err?.code === "NotSupported")
    return { intent: "error", text: translate(lang, "errorUnsupported", { code: err.code, outcome }) };
  if (err?.code === "RequestPayloadSizeLimitExceeded" || err?.code === "ResponsePayloadSizeLimitExceeded")
    return { intent: "error", text: translate(lang, "errorTooLarge", { code: err.code, outcome }) };
  if (err?.code === "ItemNotFound" || err?.code === "InvalidArgument")
    return { intent: "error", text: translate(lang, "errorNotFound", { code: err.code, outcome }) };
  if (err?.code === "ConnectionFailure" || /network|failed to fetch/i.test(err?.message ?? ""))
    return { intent: "error", text: translate(lang, "errorConnection", { outcome }) };
  if (err?.code) return { intent: "error", text: translate(lang, "errorWord", { code: err.code, outcome }) };
  return { intent: "error", text: translate(lang, "errorGeneric", { message: err?.message ?? String(e) }) };
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
    if (stored && !stored.ok)
      setNotice({ intent: "warning", text: translate(lang, "storedProfileInvalid"), details: stored.problems.map((p) => `${p.path}: ${p.message}`) });
    const p = e.defaultProfile();
    setProfile({ profile: p, source: "auto" });
    return { engine: e, profile: p, auto: true };
  }, [engine, profile, host, lang]);

  /** Checks with the profile; for an automatic choice, with the built-in profile that fits the document read (the core chooses, the pane only asks). */
  const checkWith = async (e: Engine, p: Profile, auto: boolean): Promise<CheckResult> => {
    const first = await host.check(p);
    if (!auto) return first;
    const choice = e.chooseProfile(first.doc, e.builtInProfiles());
    setProfile({ profile: choice.profile, source: "auto", fit: choice.fit.score });
    return choice.profile.id === first.report.profile ? first : { doc: first.doc, report: e.analyze(first.doc, choice.profile) };
  };

  // the Insert and Profile tabs list the profile's sections and tables
  useEffect(() => {
    if ((tab === "insert" || tab === "profile") && !profile) void ensureProfile();
  }, [tab, profile, ensureProfile]);

  useEffect(() => {
    if (host instanceof PreviewHost) host.onJump = setJumped;
  }, [host]);

  /** Runs an action with the busy state; a failure becomes a notice (naming the file, for a file that was opened; saying whether the document may have changed). */
  const run = async (action: () => Promise<void>, file = fileName, writes = false) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await action();
    } catch (e) {
      if (e instanceof NoFileError) setNotice({ intent: "info", text: t("noFileYet") });
      else setNotice(describeError(lang, e, file, writes));
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
      host.open(file.name, new Uint8Array(await file.arrayBuffer()));
      setFileName(file.name);
      setResult(undefined);
      const { engine: e, profile: p, auto } = await ensureProfile();
      setResult(await checkWith(e, p, auto));
    }, file.name);

  const changeProfile = (p: Profile, source: ProfileSource) => {
    setProfile({ profile: p, source });
    setNotice({ intent: "success", text: t("profileLoaded", { name: p.name[lang] }) });
    if (result) void check(p);
  };

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <main className="ra-root">
          <header className="ra-header">
            <h1 className="ra-title">{t("appTitle")}</h1>
            <Button appearance="subtle" size="small" aria-label={t("switchLanguageLabel")} onClick={() => setLang(lang === "zh-CN" ? "en-US" : "zh-CN")}>
              {t("switchLanguage")}
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
              {notice.text}
              {notice.details && (
                <ul>
                  {notice.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
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
                profile && result ? t("profileCurrent", { name: profile.profile.name[lang], source: sourceText(t, profile.source, profile.fit) }) : undefined
              }
              onOpenFile={openFile}
              onCheck={() => check()}
              stale={stale}
              onJump={(loc) =>
                run(async () => {
                  const expected = loc.paragraph === undefined ? undefined : result?.doc.paragraphs[loc.paragraph]?.text;
                  const jump = await host.jump(loc, expected);
                  if (jump === "changed") {
                    setStale(true);
                    setNotice({ intent: "warning", text: t("jumpChanged") });
                  } else if (jump === "unreachable") setNotice({ intent: "warning", text: t("jumpUnreachable") });
                })
              }
              onAddComments={(findings) =>
                write(async () => {
                  const { added, skipped } = await host.addComments(findings, lang, result?.doc);
                  setNotice(
                    skipped
                      ? { intent: "warning", text: t("commentsAddedSkipped", { n: added, skipped }) }
                      : { intent: "success", text: t("commentsAdded", { n: added }) },
                  );
                  if (skipped) setStale(true);
                })
              }
              onRemoveComments={() => write(async () => setNotice({ intent: "success", text: t("commentsRemoved", { n: await host.removeComments() }) }))}
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
                notify={(text) => setNotice({ intent: "success", text })}
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
                    setNotice({ intent: "success", text: t("scoreWritten") });
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
                onProblems={(problems) => setNotice({ intent: "error", text: t("profileInvalid", { n: problems.length }), details: problems })}
                onSave={() =>
                  profile &&
                  write(async () => {
                    await host.saveProfile(profile.profile);
                    setNotice({ intent: "success", text: t("profileSaved") });
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
