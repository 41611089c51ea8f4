import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { FilePicker } from "./FilePicker";
import type { Lang } from "../../core/model/finding";
import type { Profile, ProfileResult } from "../../core/profile/profile";
import { formatSize, MAX_PROFILE_BYTES } from "../../core/profile/profile-limits";
import type { Engine } from "../engine";
import type { Host } from "../host";
import { sourceText, translate, useT, type StringKey } from "../i18n";
import { explainProfileText, type ShownProblem } from "../profile-problems";

/**
 * Where the pane's profile came from; "auto": the built-in profile whose outline fits the document best, chosen at each
 * check.
 */
export type ProfileSource = "builtIn" | "file" | "url" | "document" | "auto";

export interface ProfilePaneProps {
  host: Host;
  engine?: Engine;
  current?: { profile: Profile; source: ProfileSource; fit?: number };
  busy: boolean;
  onChange(profile: Profile, source: ProfileSource): void;
  /** A profile that was not loaded: why, each problem with its field path, in the language asked for. */
  onProblems(problems: (lang: Lang) => ShownProblem[]): void;
  onSave(): void;
}

/**
 * Why a typed profile URL cannot be loaded, or undefined when it can (https) or is still being
 * typed ("", "h", "https:/"): the load button is enabled exactly when this says nothing and
 * the field holds a URL.
 */
export function urlRefusal(url: string): StringKey | undefined {
  const typed = url.trim();
  if (!typed || "https://".startsWith(typed.toLowerCase())) return undefined;
  if (httpsUrl(typed)) return undefined;
  return /^http:/i.test(typed) ? "urlHttpRefused" : "urlMustBeHttps";
}

/**
 * The URL when it is https, else undefined: a profile decides what every report is checked
 * against, and one fetched over http (or from file:, data:, javascript:) could be anything.
 */
export function httpsUrl(url: string): URL | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "https:" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The body as text, or undefined once it passes `max` bytes: read as a stream and dropped at
 * the limit, since a Content-Length may be absent or lie (chunked, compressed, or simply wrong).
 */
async function readAtMost(response: Response, max: number): Promise<string | undefined> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * A profile's text from a URL. The scheme is checked here and not only by the button, so
 * that no caller can fetch anything but https; at most MAX_PROFILE_BYTES are read, as from a
 * file: a Content-Length above it is refused before the body is read.
 */
export async function fetchProfileText(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<{ ok: true; text: string } | { ok: false; refusal: Refusal }> {
  const refuse = (key: StringKey, vars?: Record<string, string | number>) => ({
    ok: false as const,
    refusal: { key, vars },
  });
  const target = httpsUrl(url);
  if (!target) return refuse("urlMustBeHttps");
  const response = await fetcher(target.href, { credentials: "omit", redirect: "error" });
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return refuse("profileHttpError", { status: response.status });
  }
  const tooLarge = () => refuse("profileTooLarge", { limit: formatSize(MAX_PROFILE_BYTES) });
  if (Number(response.headers.get("content-length")) > MAX_PROFILE_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge();
  }
  const text = await readAtMost(response, MAX_PROFILE_BYTES);
  return text === undefined ? tooLarge() : { ok: true, text };
}

/** Why a URL gave no profile text, as one of the pane's strings. */
export interface Refusal {
  key: StringKey;
  vars?: Record<string, string | number>;
}

/** A profile from a URL, validated like any other. */
export async function fetchProfile(
  url: string,
  engine: Pick<Engine, "parseProfileJson">,
  lang: Lang,
  fetcher: typeof fetch = fetch,
): Promise<ProfileResult> {
  const r = await fetchProfileText(url, fetcher);
  if (!r.ok)
    return { ok: false, problems: [{ path: "(root)", message: translate(lang, r.refusal.key, r.refusal.vars) }] };
  return engine.parseProfileJson(r.text);
}

/** What the pane does with a profile's text, or with a reason it has none. */
interface Loader {
  /**
   * A profile's text, from a file or a URL: loaded, or refused with each problem in words of both languages (the pane
   * may switch).
   */
  load(text: string, source: ProfileSource): void;
  /** One problem with the whole profile, in one of the pane's strings. */
  refuse(key: StringKey, vars?: Record<string, string | number>): void;
}

/** The pane's loader: a profile loaded makes it current (`onChange`); a profile refused goes to `onProblems`. */
function loader(engine: Engine, { onChange, onProblems }: Pick<ProfilePaneProps, "onChange" | "onProblems">): Loader {
  return {
    load: (text, source) => {
      const r = engine.parseProfileJson(text);
      if (r.ok) return onChange(r.profile, source);
      const words = {
        "zh-CN": explainProfileText("zh-CN", text, r.problems, engine.profileSchema),
        "en-US": explainProfileText("en-US", text, r.problems, engine.profileSchema),
      };
      onProblems((l) => words[l]);
    },
    refuse: (key, vars) => onProblems((l) => [{ message: translate(l, key, vars) }]),
  };
}

export function ProfilePane({ host, engine, current, busy, onChange, onProblems, onSave }: ProfilePaneProps) {
  const { t, lang } = useT();
  const [builtIn, setBuiltIn] = useState<string>();
  const [url, setUrl] = useState("");
  if (!engine || !current) return null;
  const from = loader(engine, { onChange, onProblems });

  return (
    <div className="ra-form">
      <Text weight="semibold">
        {t("profileCurrent", { name: current.profile.name[lang], source: sourceText(t, current.source, current.fit) })}
      </Text>
      <BuiltInRow
        engine={engine}
        chosen={builtIn ?? engine.DEFAULT_PROFILE_ID}
        onChoose={setBuiltIn}
        busy={busy}
        onChange={onChange}
      />
      <FileRow busy={busy} from={from} />
      <UrlRow url={url} onType={setUrl} busy={busy} from={from} />
      <div className="ra-form-row">
        <Button appearance="primary" disabled={busy || !host.canSaveProfile} onClick={onSave}>
          {t("saveProfileToDoc")}
        </Button>
        {!host.canSaveProfile && <Text size={200}>{t("saveNeedsWord")}</Text>}
      </div>
    </div>
  );
}

/** The built-in profiles to choose from, and the button that makes the one chosen current. */
function BuiltInRow(props: {
  engine: Engine;
  chosen: string;
  onChoose(id: string): void;
  busy: boolean;
  onChange: ProfilePaneProps["onChange"];
}) {
  const { engine, chosen } = props;
  const { t, lang } = useT();
  return (
    <div className="ra-form-row">
      <Field label={t("builtInProfiles")}>
        {/* a long name is cut at the pane's edge: the whole of it on hover */}
        <Select
          value={chosen}
          title={engine.builtInProfile(chosen)?.name[lang]}
          onChange={(_, d) => props.onChoose(d.value)}
        >
          {engine.builtInProfileIds().map((id) => (
            <option key={id} value={id}>
              {engine.builtInProfile(id)!.name[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <Button disabled={props.busy} onClick={() => props.onChange(engine.builtInProfile(chosen)!, "builtIn")}>
        {t("useBuiltIn")}
      </Button>
    </div>
  );
}

/** A profile from a .json file. */
function FileRow({ busy, from }: { busy: boolean; from: Loader }) {
  const { t } = useT();
  return (
    <div className="ra-form-row">
      <FilePicker
        label={t("loadProfileFile")}
        accept=".json,application/json"
        disabled={busy}
        onFile={async (file) =>
          // bounded before it is read, as the CLI bounds a profile file
          file.size > MAX_PROFILE_BYTES
            ? from.refuse("profileTooLarge", { limit: formatSize(MAX_PROFILE_BYTES) })
            : from.load(await file.text(), "file")
        }
      />
    </div>
  );
}

/** A profile from an https URL: the field, why what is typed cannot be loaded, and the button. */
function UrlRow({ url, onType, busy, from }: { url: string; onType(url: string): void; busy: boolean; from: Loader }) {
  const { t } = useT();
  const refusal = urlRefusal(url);
  return (
    <div className="ra-form-row">
      <Field
        label={t("profileUrl")}
        validationMessage={refusal && t(refusal)}
        validationState={refusal ? "error" : "none"}
      >
        <Input type="url" value={url} onChange={(_, d) => onType(d.value)} placeholder="https://" />
      </Field>
      <Button
        // enabled only for an https URL: what fetchProfileText would fetch
        disabled={busy || !httpsUrl(url)}
        onClick={() => loadFromUrl(url, from)}
      >
        {t("loadProfileUrl")}
      </Button>
    </div>
  );
}

/** Fetches the profile at `url` and loads it, or says why it could not. */
async function loadFromUrl(url: string, from: Loader): Promise<void> {
  try {
    const r = await fetchProfileText(url);
    if (r.ok) from.load(r.text, "url");
    else from.refuse(r.refusal.key, r.refusal.vars);
  } catch {
    // a network failure, a refused redirect, a blocked origin: the browser says no more than "Failed to fetch"
    from.refuse("profileFetchFailed");
  }
}
