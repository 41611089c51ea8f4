// The pane's layout: the header, the tabs, the message and the tab shown. What the pane holds and what its controls do
// is in use-pane-state.ts; what it asks of Word or of a file opened, in the Host interface (host.ts).
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Suspense, lazy, type ReactNode } from "react";
import type { Lang } from "../core/model/finding";
import { Notice } from "./Notice";
import type { Host } from "./host";
import { LangContext, sourceText, translate, useT, type StringKey } from "./i18n";
import type { Notice as PaneNotice } from "./notices";
import type { ShownProblem } from "./profile-problems";
import { CheckPane } from "./panes/CheckPane";
import { Busy, Tabs } from "./ui";
import { usePaneState, type PaneState, type TabId } from "./use-pane-state";

// what App.tsx exported before the pane's state and messages moved out of it
export { describeError, type Notice } from "./notices";

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

const TABS: [TabId, StringKey][] = [
  ["check", "tabCheck"],
  ["insert", "tabInsert"],
  ["score", "tabScore"],
  ["profile", "tabProfile"],
];

/** The title, and the button that switches to the other language. */
function Header({ onSwitch }: { onSwitch(): void }) {
  const { t, lang } = useT();
  return (
    <header className="ra-header">
      <h1 className="ra-title">{t("appTitle")}</h1>
      <Button appearance="subtle" size="small" aria-label={t("switchLanguageLabel")} onClick={onSwitch}>
        {/* the other language's name, in that language */}
        <span lang={lang === "zh-CN" ? "en-US" : "zh-CN"}>{t("switchLanguage")}</span>
      </Button>
    </header>
  );
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

/** The pane's message, in the language shown, with a profile's problems under it. */
function NoticeStrip({ notice }: { notice: PaneNotice }) {
  const { t, lang } = useT();
  return (
    <Notice intent={notice.intent} title={notice.intent === "error" ? t("errorTitle") : undefined}>
      {notice.text(lang)}
      {notice.details && <Problems lang={lang} problems={notice.details(lang)} />}
    </Notice>
  );
}

/** The Check tab: the results, the profile they were checked with, and the actions on them. */
function CheckTab({ host, pane }: { host: Host; pane: PaneState }) {
  const { t, lang } = useT();
  const { profile, result } = pane;
  return (
    <CheckPane
      host={host}
      result={result}
      busy={pane.busy}
      fileName={pane.fileName}
      jumped={pane.jumped}
      profileNote={
        profile && result
          ? t("profileCurrent", {
              name: profile.profile.name[lang],
              source: sourceText(t, profile.source, profile.fit),
            })
          : undefined
      }
      onOpenFile={pane.openFile}
      onCheck={() => pane.check()}
      stale={pane.stale}
      onJump={pane.jump}
      onAddComments={pane.addComments}
      onRemoveComments={pane.removeComments}
      onFix={pane.fix}
    />
  );
}

/** The Insert, Score or Profile tab, when one of them is shown: each loads when first shown. */
function LazyTab({ host, pane }: { host: Host; pane: PaneState }) {
  const { busy, engine } = pane;
  switch (pane.tab) {
    case "insert":
      return (
        <InsertPane
          host={host}
          engine={engine}
          profile={pane.profile?.profile}
          busy={busy}
          run={pane.insert}
          notify={pane.notify}
        />
      );
    case "score":
      return <ScorePane host={host} result={pane.result} busy={busy} onWrite={pane.writeScore} />;
    case "profile":
      return (
        <ProfilePane
          host={host}
          engine={engine}
          current={pane.profile}
          busy={busy}
          onChange={pane.changeProfile}
          onProblems={pane.showProblems}
          onSave={pane.saveProfile}
        />
      );
    default:
      return null;
  }
}

export function App({ host }: { host: Host }) {
  const pane = usePaneState(host);
  const { lang } = pane;
  const t = (key: StringKey) => translate(lang, key);
  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <main className="ra-root">
          <Header onSwitch={() => pane.setLang(lang === "zh-CN" ? "en-US" : "zh-CN")} />
          {host.kind === "preview" && <Notice intent="info">{t("previewBanner")}</Notice>}
          <Tabs<TabId>
            selected={pane.tab}
            onSelect={pane.setTab}
            items={TABS.map(([value, key]) => ({ value, label: t(key) }))}
          />
          {pane.notice && <NoticeStrip notice={pane.notice} />}
          {pane.busy && <Busy label={t("busy")} />}
          {pane.tab === "check" && <CheckTab host={host} pane={pane} />}
          <Suspense fallback={<Busy label={t("busy")} />}>
            <LazyTab host={host} pane={pane} />
          </Suspense>
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}
