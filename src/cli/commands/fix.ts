// `report-check fix DOCUMENT --out COPY`: the certain corrections made in a copy, read in a child
// of the pool like `check`; each correction listed, each one not made with why. The original is
// never changed and never the output.
import type { Command } from "commander";
import { resolve } from "path";
import type { Lang } from "../../core/model/finding";
import { RULES } from "../../core/rules";
import { UsageError } from "../errors";
import { fixReport } from "../fix-report";
import { both } from "../i18n";
import {
  documentProfileOption,
  langOption,
  optionalProfile,
  readInChild,
  refuseExisting,
  refuseUnwritable,
  timeoutOption,
  writeUserFile,
  type CommandContext,
  type Io,
} from "../options";
import { visible } from "../safe-text";

interface FixCommandOptions {
  out?: string;
  profile?: string;
  only?: string;
  sections: boolean;
  dryRun?: boolean;
  force?: boolean;
  timeout?: number;
  lang: Lang;
}

export function registerFix(program: Command, { io }: CommandContext): void {
  program
    .command("fix")
    .description(
      "把可确定的问题改正在一份副本中（等级用词、重复的字词、文号括号、编号括号、缺少的章节），原文件不变 / make the certain corrections in a copy (the grade word, words typed twice, document numbers, numbering brackets, missing sections); the original is never changed",
    )
    .argument("<document>", "the .docx to correct (only read)")
    .option("--out <file>", "the corrected copy to write (required unless --dry-run)")
    .addOption(documentProfileOption())
    .option("--only <rules>", "only the corrections of these rules, comma-separated (e.g. grade-band,citation-format)")
    .option("--no-sections", "do not insert the missing sections")
    .option("--dry-run", "list the corrections, write nothing")
    .option("--force", "overwrite an existing --out file")
    .addOption(timeoutOption())
    .addOption(langOption())
    .action((document: string, opts: FixCommandOptions) => fix(document, opts, io));
}

async function fix(document: string, opts: FixCommandOptions, io: Io): Promise<void> {
  if (!opts.out && !opts.dryRun) throw new UsageError(both("fixNeedsOut"));
  if (opts.out) {
    // the original is never the output, whatever path names it
    if (resolve(opts.out) === resolve(document)) throw new UsageError(both("fixSameFile", { file: visible(opts.out) }));
    refuseExisting(opts.out, opts.force);
    refuseUnwritable(opts.out);
  }
  const rules = onlyRules(opts.only);
  const profile = optionalProfile(opts.profile);
  const done = await readInChild("fix", document, {
    profile,
    timeout: opts.timeout,
    fix: { rules, sections: opts.sections },
  });
  const write = !opts.dryRun && done.bytes !== undefined;
  if (write) writeUserFile(opts.out!, done.bytes!);
  io.out(fixReport(done, write ? opts.out : undefined, opts.lang));
}

/** --only: the rule ids listed; an id that names no rule is a usage error. */
function onlyRules(only: string | undefined): string[] | undefined {
  const rules = only
    ?.split(",")
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = rules?.filter((r) => !RULES.some((x) => x.id === r)) ?? [];
  if (unknown.length) throw new UsageError(both("unknownRules", { rules: visible(unknown.join(", ")) }));
  return rules;
}
