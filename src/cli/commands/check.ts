// `report-check check INPUTS…`: every .docx named, found in a folder or matched by a pattern,
// checked in the children of the pool; the results as text, JSON, an HTML page or CSV. Exit 0
// with no error finding, 1 with one, 2 when an input could not be read or --out not written.
import type { Command } from "commander";
import { writeFileSync } from "fs";
import type { Lang } from "../../core/model/finding";
import { builtInProfileIds, DEFAULT_PROFILE_ID } from "../../core/profile/built-in";
import type { FileResult } from "../check-file";
import { toJson, toText } from "../format";
import { both } from "../i18n";
import { expandInputs } from "../inputs";
import {
  cannotWrite,
  formatOption,
  langOption,
  optionalProfile,
  refuseUnwritable,
  timeoutOption,
  type CommandContext,
  type Io,
} from "../options";
import { checkFiles, DEFAULT_FILE_TIMEOUT_S } from "../pool";
import { visible } from "../safe-text";
import { summaryText, toCsv, toHtml } from "../summary";

type Format = "text" | "json" | "html" | "csv";

interface CheckOptions {
  profile?: string;
  format: Format;
  out?: string;
  jobs?: number;
  timeout?: number;
  debug?: boolean;
  lang: Lang;
}

export function registerCheck(program: Command, cli: CommandContext): void {
  program
    .command("check")
    .description(
      "检查 .docx 报告：文件、文件夹（递归）或通配符 / check .docx reports: files, folders (recursive) or glob patterns",
    )
    .argument("<inputs...>", ".docx files, folders or quoted glob patterns such as 'reports/**/*.docx'")
    .option(
      "--profile <profile>",
      `built-in profile (${builtInProfileIds().join(", ")}) or a profile JSON file; default: the profile stored in each document, else ${DEFAULT_PROFILE_ID}`,
    )
    .addOption(formatOption(["text", "json", "html", "csv"]))
    .option("--out <file>", "write the output to a file instead of standard output")
    .option("--jobs <n>", "files checked at once, each in its own process (default: one per two cores)", (v) =>
      Math.max(1, parseInt(v, 10) || 1),
    )
    .addOption(
      timeoutOption(
        `seconds one file may take before it is stopped and reported unreadable (default ${DEFAULT_FILE_TIMEOUT_S})`,
      ),
    )
    .option("--debug", "also print what went wrong inside when a file cannot be read (for bug reports)")
    .addOption(langOption())
    .action(async (inputs: string[], opts: CheckOptions) => cli.setExitCode(await check(inputs, opts, cli.io)));
}

/** Checks the inputs and writes the results; the exit code. */
async function check(inputs: string[], opts: CheckOptions, io: Io): Promise<number> {
  const profile = optionalProfile(opts.profile);
  if (opts.out) refuseUnwritable(opts.out);
  const { files, empty, unreadable: folders } = expandInputs(inputs);
  for (const e of empty) io.err(both("noFiles", { path: visible(e) }) + "\n");
  for (const f of folders)
    io.err(both("unreadableFolder", { path: visible(f.path), reason: visible(f.reason) }) + "\n");
  const results = await checkFiles(files, {
    profile,
    jobs: opts.jobs,
    timeoutSeconds: opts.timeout,
    onProgress: progressBar(io),
  });
  tellProblems(results, opts.debug, io);
  const written = writeOutput(render(results, opts.format, opts.lang), opts.out, io);
  const unreadable = results.some((r) => "error" in r) || empty.length > 0 || folders.length > 0 || !written;
  const errors = results.some((r) => "report" in r && r.report.findings.some((f) => f.severity === "error"));
  return unreadable ? 2 : errors ? 1 : 0;
}

function progressBar(io: Io) {
  if (!io.errIsTty) return undefined;
  return (done: number, total: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.err(`\r${"█".repeat(filled)}${"░".repeat(width - filled)} ${done}/${total}${done === total ? "\n" : ""}`);
  };
}

/** On stderr: why each unreadable file could not be read, and each checked file's notes. */
function tellProblems(results: FileResult[], debug: boolean | undefined, io: Io): void {
  for (const r of results) {
    // messages built elsewhere (reader, pool) name the file, and notes quote a stored profile: escaped whole,
    // they hold no line break of ours
    if ("error" in r) {
      io.err(visible(r.error.message) + "\n");
      // the inside story (a stack, V8's last words) only on request; escaped line by line like any text
      if (debug && r.debug)
        io.err(
          r.debug
            .split("\n")
            .map((l) => `  [debug] ${visible(l)}`)
            .join("\n") + "\n",
        );
    } else for (const note of r.notes) io.err(visible(note) + "\n");
  }
}

function render(results: FileResult[], format: Format, lang: Lang): string {
  switch (format) {
    case "json":
      return toJson(results, lang) + "\n";
    case "csv":
      return toCsv(results, lang);
    case "html":
      return toHtml(results, lang);
    default:
      return toText(results, lang) + (results.length > 1 ? `\n${summaryText(results, lang)}\n` : "");
  }
}

/** The output to --out, else to standard output; false when --out could not be written. */
function writeOutput(output: string, out: string | undefined, io: Io): boolean {
  if (!out) {
    io.out(output);
    return true;
  }
  try {
    writeFileSync(out, output);
    return true;
  } catch (e) {
    // the checks are done: their results go to standard output rather than nowhere
    io.err(`${cannotWrite(out, e)} — ${both("outputToStdout")}\n`);
    io.out(output);
    return false;
  }
}
