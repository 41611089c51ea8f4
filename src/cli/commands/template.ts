// `report-check template OUT`: the standard report skeleton as a .docx; written from a profile
// file, the profile is stored in it so that reports written from it are checked with it.
import type { Command } from "commander";
import { builtInProfile, DEFAULT_PROFILE_ID } from "../../core/profile/built-in";
import { skeleton } from "../../core/writing/template";
import { profileToXml } from "../../io/ooxml/profile-part";
import { blocksToDocx } from "../../io/ooxml/write";
import { loadProfile, refuseExisting, sayWritten, writeUserFile, type CommandContext } from "../options";

export function registerTemplate(program: Command, { io }: CommandContext): void {
  program
    .command("template")
    .description("生成标准报告框架 .docx / write the standard report skeleton as a .docx")
    .argument("<out>", "the .docx file to write")
    .option(
      "--profile <profile>",
      "built-in profile id or a profile JSON file; a file's profile is stored in the .docx so reports written from it are checked with it",
    )
    .option("--force", "overwrite an existing file")
    .action((out: string, opts: { profile?: string; force?: boolean }) => {
      refuseExisting(out, opts.force);
      const profile = loadProfile(opts.profile ?? DEFAULT_PROFILE_ID);
      const carry = opts.profile !== undefined && !builtInProfile(opts.profile);
      writeUserFile(out, blocksToDocx(skeleton(profile), carry ? profileToXml(profile) : undefined));
      sayWritten(io, out);
    });
}
