// `report-check profile init|validate|show`: a team's profile written from a built-in one,
// validated with every problem at its field path, and the profile a check would use, shown.
import type { Command } from "commander";
import { parseProfileJson, type Profile } from "../../core/profile/profile";
import { builtInProfile, builtInProfileIds, defaultProfile, DEFAULT_PROFILE_ID } from "../../core/profile/built-in";
import { UsageError } from "../errors";
import { percent } from "../format";
import { both } from "../i18n";
import {
  loadProfile,
  readInChild,
  refuseExisting,
  sayWritten,
  timeoutOption,
  writeUserFile,
  type CommandContext,
  type Io,
} from "../options";
import { profileFileError, readProfileFile } from "../profile-file";
import { invalidProfileText } from "../profile-problems";
import { jsonText, visible } from "../safe-text";

export function registerProfile(program: Command, cli: CommandContext): void {
  const profileCmd = program
    .command("profile")
    .description("团队模板：生成、校验、查看 / team profiles: create, validate, show");
  registerInit(profileCmd, cli);
  registerValidate(profileCmd, cli);
  registerShow(profileCmd, cli);
}

function registerInit(profileCmd: Command, { io }: CommandContext): void {
  profileCmd
    .command("init")
    .description("把内置模板写成可编辑的 JSON 文件 / write a built-in profile as an editable JSON file")
    .argument("<file>", "the JSON file to write")
    .option("--from <id>", `built-in profile to start from (${builtInProfileIds().join(", ")})`, DEFAULT_PROFILE_ID)
    .option("--force", "overwrite an existing file")
    .action((file: string, opts: { from: string; force?: boolean }) => {
      const p = builtInProfile(opts.from);
      if (!p) throw new UsageError(both("noProfile", { file: visible(opts.from) }));
      refuseExisting(file, opts.force);
      writeUserFile(file, JSON.stringify(p, null, 2) + "\n");
      sayWritten(io, file);
    });
}

function registerValidate(profileCmd: Command, cli: CommandContext): void {
  profileCmd
    .command("validate")
    .description(
      "校验模板文件，列出每个问题及其字段路径 / validate a profile file, listing every problem by field path",
    )
    .argument("<file>", "the profile JSON file")
    .action((file: string) => cli.setExitCode(validate(file, cli.io)));
}

/** Says whether the profile file is valid, with every problem; the exit code (1 when it is not). */
function validate(file: string, io: Io): number {
  const read = readProfileFile(file);
  // too large is a verdict on what the file holds (exit 1, as for any invalid profile);
  // missing or unreadable is an input that could not be read (exit 2)
  if (!read.ok && read.reason === "tooLarge") {
    io.out(profileFileError(visible(file), read) + "\n");
    return 1;
  }
  if (!read.ok) throw new UsageError(profileFileError(visible(file), read));
  const r = parseProfileJson(read.text);
  if (r.ok) {
    io.out(both("profileValid", { file: visible(file), id: visible(r.profile.id) }) + "\n");
    return 0;
  }
  io.out(invalidProfileText(file, r.problems) + "\n");
  return 1;
}

function registerShow(profileCmd: Command, { io }: CommandContext): void {
  profileCmd
    .command("show")
    .description(
      "显示实际使用的模板（--profile、文档中保存的模板、按提纲自动选择的内置模板或内置默认模板） / print the effective profile (--profile, the one stored in a document, the built-in one its outline fits best, or the built-in default)",
    )
    .argument("[document]", "a .docx whose profile to show (stored in it, else the built-in one its outline fits best)")
    .option("--profile <profile>", "built-in profile id or a profile JSON file")
    .addOption(timeoutOption())
    .action(async (document: string | undefined, opts: { profile?: string; timeout?: number }) => {
      const { profile, source } = await effectiveProfile(document, opts, io);
      io.err(`${both("effectiveProfile", { id: visible(profile.id) })} — ${source}\n`);
      // a profile stored in a document is the document's text: control, bidi and invisible characters in it are written
      // as \uXXXX
      io.out(jsonText(profile) + "\n");
    });
}

/** The profile `profile show` prints, and where it came from in words. */
async function effectiveProfile(
  document: string | undefined,
  opts: { profile?: string; timeout?: number },
  io: Io,
): Promise<{ profile: Profile; source: string }> {
  if (opts.profile !== undefined) return { profile: loadProfile(opts.profile), source: both("sourceOption") };
  if (!document) return { profile: defaultProfile(), source: both("sourceDefault") };
  // read in a child, as by `check`; the built-in profile the outline fits best when none valid is stored
  const shown = await readInChild("profile", document, { timeout: opts.timeout });
  if (shown.invalidStored) io.err(invalidProfileText(document, shown.invalidStored) + "\n");
  return {
    profile: shown.profile,
    source: shown.source === "document" ? both("sourceDocument") : both("sourceAuto", { fit: percent(shown.fit ?? 0) }),
  };
}
