import { Button, Field, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Profile } from "../../core/profile";
import type { Engine } from "../engine";
import type { Host } from "../host";
import { useT, type StringKey } from "../i18n";

export interface InsertPaneProps {
  host: Host;
  engine?: Engine;
  profile?: Profile;
  busy: boolean;
  run(action: () => Promise<void>): void;
  /** Says what was done, in one of the pane's strings (made in the language shown). */
  notify(key: StringKey, vars?: Record<string, string | number>): void;
}

/** Offers a file to the browser as a download. */
function download(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(
    new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }),
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function InsertPane({ host, engine, profile, busy, run, notify }: InsertPaneProps) {
  const { t } = useT();
  const [section, setSection] = useState<string>();
  const [table, setTable] = useState<string>();
  if (!profile) return null;
  const sectionId = section ?? profile.sections[0]?.id;
  const tableId = table ?? profile.tables[0]?.id;
  const disabled = busy || !host.canInsert;

  return (
    <div className="ra-form">
      {!host.canInsert && <Text>{t("insertNeedsWord")}</Text>}
      {host.canInsert && <Text size={200}>{t("insertAtCursor")}</Text>}
      <div className="ra-form-row">
        <Button
          appearance="primary"
          disabled={disabled}
          onClick={() =>
            run(async () => {
              await host.insertSkeleton(profile);
              notify("inserted");
            })
          }
        >
          {t("insertSkeleton")}
        </Button>
        <Button
          disabled={disabled}
          onClick={() =>
            run(async () => {
              const n = await host.insertMissing(profile);
              notify(n ? "insertedMissing" : "nothingMissing", { n });
            })
          }
        >
          {t("insertMissing")}
        </Button>
      </div>
      <div className="ra-form-row">
        <Field label={t("sectionLabel")}>
          <Select value={sectionId} onChange={(_, d) => setSection(d.value)}>
            {profile.sections.map((s) => (
              <option key={s.id} value={s.id} lang="zh-CN">
                {"　".repeat(s.level - 1)}
                {s.title}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={disabled || !sectionId}
          onClick={() =>
            run(async () => {
              await host.insertSection(profile, sectionId!);
              notify("inserted");
            })
          }
        >
          {t("insertSection")}
        </Button>
      </div>
      <div className="ra-form-row">
        <Field label={t("tableLabel")}>
          <Select value={tableId} onChange={(_, d) => setTable(d.value)}>
            {profile.tables.map((x) => (
              <option key={x.id} value={x.id} lang="zh-CN">
                {x.title}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={disabled || !tableId}
          onClick={() =>
            run(async () => {
              await host.insertTable(profile, tableId!);
              notify("inserted");
            })
          }
        >
          {t("insertTable")}
        </Button>
      </div>
      {host.canInsert && (
        <div className="ra-form-row">
          <Button
            disabled={busy}
            onClick={() =>
              run(async () => {
                notify("controlsRemoved", { n: await host.removeContentControls() });
              })
            }
          >
            {t("removeControls")}
          </Button>
        </div>
      )}
      {host.kind === "preview" && engine && (
        <div className="ra-form-row">
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => download(engine.blocksToDocx(engine.skeleton(profile)), `${profile.id}-skeleton.docx`)}
          >
            {t("downloadSkeleton")}
          </Button>
        </div>
      )}
    </div>
  );
}
