// `report-check outline DOCUMENT`: the profile chosen and its fit, the ranking of the built-in
// profiles, and which heading each section took and why — to see why a check found what it found.
import type { Command } from "commander";
import type { Lang } from "../../core/model/finding";
import type { Profile } from "../../core/profile/profile";
import type { ProfileSource } from "../check-file";
import { describeSource, percent } from "../format";
import {
  documentProfileOption,
  formatOption,
  langOption,
  optionalProfile,
  readInChild,
  timeoutOption,
  type CommandContext,
} from "../options";
import { jsonText, visible } from "../safe-text";
import type { Outline } from "../tasks";

export function registerOutline(program: Command, { io }: CommandContext): void {
  program
    .command("outline")
    .description(
      "显示报告的提纲：选用的模板及吻合度，每个章节取了哪个标题、为什么 / show a report's outline: the profile chosen and its fit, which heading each section took and why",
    )
    .argument("<document>", "the .docx to read")
    .addOption(documentProfileOption())
    .addOption(formatOption(["text", "json"]))
    .addOption(timeoutOption())
    .addOption(langOption())
    .action(
      async (document: string, opts: { profile?: string; format: "text" | "json"; timeout?: number; lang: Lang }) => {
        const profile = optionalProfile(opts.profile);
        const outline = await readInChild("outline", document, { profile, timeout: opts.timeout });
        io.out(opts.format === "json" ? outlineJson(outline) : outlineText(outline, opts.lang));
      },
    );
}

function outlineJson({ file, profile, source, fit, ranking, sections }: Outline): string {
  return (
    jsonText({
      file,
      profile: profile.id,
      profileSource: source,
      ...(fit ? { profileFit: fit } : {}),
      ranking,
      sections,
    }) + "\n"
  );
}

/** The profile, its fit, the ranking of the built-in profiles, and each section's heading with why it was taken. */
function outlineText({ file, profile, source, fit, ranking, sections }: Outline, lang: Lang): string {
  const zh = lang === "zh-CN";
  const sourceWords = describeSource(lang, {
    profileSource: source as ProfileSource,
    ...(source === "auto" && fit ? { fit } : {}),
  });
  // the file name, and a profile stored in the document with its section titles and the headings it matched, come from
  // outside
  const out = [
    `== ${visible(file)} ==`,
    `  ${zh ? "模板" : "profile"}: ${visible(profile.name[lang])} (${visible(profile.id)}; ${sourceWords})`,
  ];
  out.push(
    `  ${zh ? "各内置模板的吻合度" : "fit of each built-in profile"}: ${ranking.map((f) => `${visible(f.profile)} ${percent(f.score)}`).join(" · ")}`,
  );
  for (const s of sections) out.push(...sectionLines(s, profile, zh));
  return out.join("\n") + "\n";
}

/** A section of the outline: the heading it took and how it matched, or that it was not found. */
function sectionLines(s: Outline["sections"][number], profile: Profile, zh: boolean): string[] {
  const indent = "  ".repeat(1 + (profile.sections.find((d) => d.id === s.id)?.level ?? 1));
  const status = s.status === "found" ? "✓" : s.status === "empty" ? "○" : s.required ? "✖" : "·";
  if (!s.match) return [`${indent}${status} ${visible(s.title)}  (${visible(s.id)}) — ${zh ? "未找到" : "not found"}`];
  const m = s.match;
  return [
    `${indent}${status} ${visible(s.title)}  (${visible(s.id)}) ← ${zh ? `第 ${s.location!.paragraph! + 1} 段` : `paragraph ${s.location!.paragraph! + 1}`} “${visible(s.heading ?? "")}”`,
    `${indent}    ${m.via} [${visible(m.words.join(", "))}] text ${m.text} → score ${m.score}; ${visible(m.evidence.join("; "))}${m.with?.length ? `; ${zh ? "同一标题还涵盖" : "also covers"} ${visible(m.with.join(", "))}` : ""}`,
  ];
}
