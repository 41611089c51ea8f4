import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { FilePicker } from "./FilePicker";
import type { Profile, ProfileResult } from "../../core/profile";
import type { Engine } from "../engine";
import type { Host } from "../host";
import { sourceText, useT } from "../i18n";

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

/** Only https URLs are fetched; what comes back is validated like any other profile. */
export async function fetchProfile(url: string, engine: Engine, fetcher: typeof fetch = fetch): Promise<ProfileResult> {
  const response = await fetcher(url, { credentials: "omit", redirect: "error" });
  if (!response.ok) return { ok: false, problems: [{ path: "(root)", message: `HTTP ${response.status}` }] };
  return engine.parseProfileJson(await response.text());
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
          onFile={async (file) => accept(engine.parseProfileJson(await file.text()), "file")}
        />
      </div>
      <div className="ra-form-row">
        <Field label={t("profileUrl")} validationMessage={urlError} validationState={urlError ? "error" : "none"}>
          <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} placeholder="https://" />
        </Field>
        <Button
          disabled={busy || !url}
          onClick={async () => {
            if (!/^https:\/\//i.test(url.trim())) return setUrlError(t("urlMustBeHttps"));
            setUrlError(undefined);
            try {
              accept(await fetchProfile(url.trim(), engine), "url");
            } catch (err) {
              onProblems([`(root): ${(err as Error).message}`]);
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
