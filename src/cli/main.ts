// report-check: the reviewer's and the team's command line. A thin edge: read files,
// call analyze(), print. Exit codes: 0 no error finding, 1 an error finding (or an invalid
// profile for `profile validate`), 2 an input could not be read, an output could not be
// written or the command was used wrongly — the other files are still checked.
// Each command is set up in its own module under commands/; what they share is in options.ts.
import { Command, CommanderError } from "commander";
import { registerCheck } from "./commands/check";
import { registerFix } from "./commands/fix";
import { registerOutline } from "./commands/outline";
import { registerProfile } from "./commands/profile";
import { registerRules } from "./commands/rules";
import { registerTemplate } from "./commands/template";
import { UsageError } from "./errors";
import type { CommandContext, Io } from "./options";
import { visible } from "./safe-text";

export type { Io } from "./options";
export { loadProfile } from "./options";

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  errIsTty: process.stderr.isTTY,
};

/** The program with its commands; they write to `cli.io`. */
function buildProgram(cli: CommandContext): Command {
  const program = new Command("report-check")
    .description("检查部门整体支出绩效自评报告 / check performance self-evaluation reports (.docx)")
    .exitOverride()
    .configureOutput({
      writeOut: cli.io.out,
      writeErr: cli.io.err,
      // commander's errors quote the argument as typed — a file name the shell expanded from
      // `*.docx` that begins with "-" is taken for an option — so they are escaped like our
      // own messages; only its own line break before "(Did you mean …?)" is kept
      outputError: (s, write) => write(`${visible(s.replace(/\n$/, "")).replace(/\\n(?=\(Did you mean )/g, "\n")}\n`),
    });
  // the commands are made by program.command() after the settings above, so that they inherit them
  for (const register of [
    registerCheck,
    registerTemplate,
    registerProfile,
    registerOutline,
    registerFix,
    registerRules,
  ])
    register(program, cli);
  return program;
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let exitCode = 0;
  const cli: CommandContext = { io, setExitCode: (code) => (exitCode = code) };
  try {
    await buildProgram(cli).parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError)
      return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help"
        ? 0
        : 2;
    if (e instanceof UsageError) {
      io.err(e.message + "\n");
      return e.code;
    }
    throw e;
  }
  return exitCode;
}
