import { Button, Field, Select, Text } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Profile } from "../../core/profile/profile";
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

/** What each button does, each through `run` and saying what was done. */
function insertActions({ host, profile, run, notify }: InsertPaneProps & { profile: Profile }) {
  return {
    skeleton: () =>
      run(async () => {
        await host.insertSkeleton(profile);
        notify("inserted");
      }),
    missing: () =>
      run(async () => {
        const n = await host.insertMissing(profile);
        notify(n ? "insertedMissing" : "nothingMissing", { n });
      }),
    section: (id: string) =>
      run(async () => {
        await host.insertSection(profile, id);
        notify("inserted");
      }),
    table: (id: string) =>
      run(async () => {
        await host.insertTable(profile, id);
        notify("inserted");
      }),
    removeControls: () =>
      run(async () => {
        notify("controlsRemoved", { n: await host.removeContentControls() });
      }),
  };
}

type InsertActions = ReturnType<typeof insertActions>;

export function InsertPane(props: InsertPaneProps) {
  const { host, engine, profile, busy } = props;
  const { t } = useT();
  const [section, setSection] = useState<string>();
  const [table, setTable] = useState<string>();
  if (!profile) return null;
  const sectionId = section ?? profile.sections[0]?.id;
  const tableId = table ?? profile.tables[0]?.id;
  const disabled = busy || !host.canInsert;
  const act = insertActions({ ...props, profile });

  return (
    <div className="ra-form">
      {!host.canInsert && <Text>{t("insertNeedsWord")}</Text>}
      {host.canInsert && <Text size={200}>{t("insertAtCursor")}</Text>}
      <WholeReport disabled={disabled} act={act} />
      <SectionRow profile={profile} value={sectionId} onPick={setSection} disabled={disabled} act={act} />
      <TableRow profile={profile} value={tableId} onPick={setTable} disabled={disabled} act={act} />
      {host.canInsert && <RemoveControls busy={busy} act={act} />}
      {host.kind === "preview" && engine && <DownloadSkeleton engine={engine} profile={profile} busy={busy} />}
    </div>
  );
}

/** The whole skeleton, or only the sections the document lacks. */
function WholeReport({ disabled, act }: { disabled: boolean; act: InsertActions }) {
  const { t } = useT();
  return (
    <div className="ra-form-row">
      <Button appearance="primary" disabled={disabled} onClick={() => act.skeleton()}>
        {t("insertSkeleton")}
      </Button>
      <Button disabled={disabled} onClick={() => act.missing()}>
        {t("insertMissing")}
      </Button>
    </div>
  );
}

/** What a row choosing one of the profile's sections (or tables) is given: the one chosen, whether it may insert. */
interface PickRowProps {
  profile: Profile;
  value?: string;
  onPick(id: string): void;
  disabled: boolean;
  act: InsertActions;
}

/** One section, chosen from the profile's, each indented by its level. */
function SectionRow({ profile, value, onPick, disabled, act }: PickRowProps) {
  const { t } = useT();
  return (
    <PickAndInsert
      label={t("sectionLabel")}
      value={value}
      onPick={onPick}
      action={t("insertSection")}
      disabled={disabled || !value}
      onInsert={() => act.section(value!)}
    >
      {profile.sections.map((s) => (
        <option key={s.id} value={s.id} lang="zh-CN">
          {"　".repeat(s.level - 1)}
          {s.title}
        </option>
      ))}
    </PickAndInsert>
  );
}

/** One of the profile's standard tables. */
function TableRow({ profile, value, onPick, disabled, act }: PickRowProps) {
  const { t } = useT();
  return (
    <PickAndInsert
      label={t("tableLabel")}
      value={value}
      onPick={onPick}
      action={t("insertTable")}
      disabled={disabled || !value}
      onInsert={() => act.table(value!)}
    >
      {profile.tables.map((x) => (
        <option key={x.id} value={x.id} lang="zh-CN">
          {x.title}
        </option>
      ))}
    </PickAndInsert>
  );
}

/** A list to choose one section (or table) from, and the button that inserts it. */
function PickAndInsert(props: {
  label: string;
  value?: string;
  onPick(value: string): void;
  action: string;
  disabled: boolean;
  onInsert(): void;
  children: ReactNode;
}) {
  return (
    <div className="ra-form-row">
      <Field label={props.label}>
        <Select value={props.value} onChange={(_, d) => props.onPick(d.value)}>
          {props.children}
        </Select>
      </Field>
      <Button disabled={props.disabled} onClick={() => props.onInsert()}>
        {props.action}
      </Button>
    </div>
  );
}

/** Takes away the content controls the add-in put round what it inserted; the text stays. */
function RemoveControls({ busy, act }: { busy: boolean; act: InsertActions }) {
  const { t } = useT();
  return (
    <div className="ra-form-row">
      <Button disabled={busy} onClick={() => act.removeControls()}>
        {t("removeControls")}
      </Button>
    </div>
  );
}

/** In preview mode, the skeleton as a file to download. */
function DownloadSkeleton({ engine, profile, busy }: { engine: Engine; profile: Profile; busy: boolean }) {
  const { t } = useT();
  return (
    <div className="ra-form-row">
      <Button
        appearance="primary"
        disabled={busy}
        onClick={() => download(engine.blocksToDocx(engine.skeleton(profile)), `${profile.id}-skeleton.docx`)}
      >
        {t("downloadSkeleton")}
      </Button>
    </div>
  );
}
