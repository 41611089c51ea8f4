import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { FilePicker } from "./FilePicker";
import type { Lang } from "../../core/finding";
import type { Profile, ProfileResult } from "../../core/profile";
import { formatSize, MAX_PROFILE_BYTES } from "../../core/profile-limits";
import type { Engine } from "../engine";
import type { Host } from "../host";
import { sourceText, translate, useT, type StringKey } from "../i18n";

/** Where the pane's profile came from; "auto": the built-in profile whose outline fits the document best, chosen at each check. */
export type ProfileSource = "builtIn" | "file" | "url" | "document" | "auto";

export interface ProfilePaneProps {
  host: Host;
  engine?: Engine;
  current?: { profile: Profile; source: ProfileSource; fit?: number };
  busy: boolean;
  onChange(profile: Profile, source: ProfileSource): void;
  onProblems(problems: string[]): void;
  onSave(): void;
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
 * A profile from a URL, validated like any other. The scheme is checked here and not only by
 * the button, so that no caller can fetch anything but https; at most MAX_PROFILE_BYTES are
 * read, as from a file: a Content-Length above it is refused before the body is read.
 */
export async function fetchProfile(url: string, engine: Pick<Engine, "parseProfileJson">, lang: Lang, fetcher: typeof fetch = fetch): Promise<ProfileResult> {
  const refuse = (key: StringKey, vars?: Record<string, string | number>): ProfileResult => ({
    ok: false,
    problems: [{ path: "(root)", message: translate(lang, key, vars) }],
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
  return text === undefined ? tooLarge() : engine.parseProfileJson(text);
}

export function ProfilePane({ host, engine, current, busy, onChange, onProblems, onSave }: ProfilePaneProps) {
  const { t, lang } = useT();
  const [builtIn, setBuiltIn] = useState<string>();
  const [url, setUrl] = useState("");
  const [urlError, setUrlError] = useState<string>();
  if (!engine || !current) return null;

  const accept = (r: ProfileResult, source: ProfileSource) => {
    if (r.ok) onChange(r.profile, source);
    else onProblems(r.problems.map((p) => `${p.path}: ${p.message}`));
  };
  const chosen = builtIn ?? engine.DEFAULT_PROFILE_ID;

  return (
    <div className="ra-form">
      <Text weight="semibold">{t("profileCurrent", { name: current.profile.name[lang], source: sourceText(t, current.source, current.fit) })}</Text>
      <div className="ra-form-row">
        <Field label={t("builtInProfiles")}>
          <Select value={chosen} onChange={(_, d) => setBuiltIn(d.value)}>
            {engine.builtInProfileIds().map((id) => (
              <option key={id} value={id}>
                {engine.builtInProfile(id)!.name[lang]}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={busy} onClick={() => onChange(engine.builtInProfile(chosen)!, "builtIn")}>
          {t("useBuiltIn")}
        </Button>
      </div>
      <div className="ra-form-row">
        <FilePicker
          label={t("loadProfileFile")}
          accept=".json,application/json"
          disabled={busy}
          onFile={async (file) =>
            // bounded before it is read, as the CLI bounds a profile file
            file.size > MAX_PROFILE_BYTES
              ? onProblems([`(root): ${t("profileTooLarge", { limit: formatSize(MAX_PROFILE_BYTES) })}`])
              : accept(engine.parseProfileJson(await file.text()), "file")
          }
        />
      </div>
      <div className="ra-form-row">
        <Field label={t("profileUrl")} validationMessage={urlError} validationState={urlError ? "error" : "none"}>
          <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} placeholder="https://" />
        </Field>
        <Button
          disabled={busy || !url}
          onClick={async () => {
            if (!httpsUrl(url)) return setUrlError(t("urlMustBeHttps"));
            setUrlError(undefined);
            try {
              accept(await fetchProfile(url, engine, lang), "url");
            } catch (err) {
              // a network failure, a refused redirect, a blocked origin: the browser's words, in ours
              onProblems([`(root): ${t("profileFetchFailed", { message: (err as Error).message })}`]);
            }
          }}
        >
          {t("loadProfileUrl")}
        </Button>
      </div>
      <div className="ra-form-row">
        <Button appearance="primary" disabled={busy || !host.canSaveProfile} onClick={onSave}>
          {t("saveProfileToDoc")}
        </Button>
        {!host.canSaveProfile && <Text size={200}>{t("saveNeedsWord")}</Text>}
      </div>
    </div>
  );
}
