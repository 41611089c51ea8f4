// report-check: the reviewer's command line. A thin edge: read files, call analyze(),
// print. Exit codes: 0 no error finding, 1 an error finding, 2 an input could not be
// read or the command was used wrongly (the other files are still checked).
import { Command, CommanderError, Option } from "commander";
import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import { join } from "path";
import { analyze } from "../core/analyze";
import type { Lang } from "../core/finding";
import { parseProfileJson, type Profile } from "../core/profile";
import { builtInProfile, builtInProfileIds, DEFAULT_PROFILE_ID } from "../core/profiles";
import { RULES } from "../core/rules";
import { DocxReadError, describeReadError, readDocx } from "../io/docx";
import { both } from "./i18n";
import { toJson, toText, type FileResult } from "./format";

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

const stdio: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

class UsageError extends Error {}

export function loadProfile(spec: string | undefined): Profile {
  const id = spec ?? DEFAULT_PROFILE_ID;
  const builtIn = builtInProfile(id);
  if (builtIn) return builtIn;
  if (!existsSync(id) || !statSync(id).isFile()) throw new UsageError(both("noProfile", { file: id }));
  const r = parseProfileJson(readFileSync(id, "utf8"));
  if (!r.ok) throw new UsageError([both("badProfile", { file: id }), ...r.problems.map((p) => `  ${p.path}: ${p.message}`)].join("\n"));
  return r.profile;
}

/** Files named on the command line; folders are searched recursively for .docx (lock and hidden files skipped). */
export function expandInputs(inputs: string[], io: Io): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".") || name.startsWith("~$")) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (/\.docx$/i.test(name)) out.push(p);
    }
  };
  for (const input of inputs) {
    if (existsSync(input) && statSync(input).isDirectory()) {
      const before = out.length;
      walk(input);
      if (out.length === before) io.err(both("noFiles", { path: input }) + "\n");
    } else out.push(input);
  }
  return out;
}

export function checkFile(file: string, profile: Profile): FileResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    const e = new DocxReadError("not-found");
    return { file, error: { code: e.code, message: describeReadError(file, e) } };
  }
  try {
    return { file, report: analyze(readDocx(bytes), profile) };
  } catch (e) {
    const code = e instanceof DocxReadError ? e.code : "internal";
    return { file, error: { code, message: describeReadError(file, e) } };
  }
}

function profileName(lang: Lang, profile: Profile) {
  return (id: string) => (id === profile.id ? `${profile.name[lang]} (${id})` : id);
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let exitCode = 0;
  const program = new Command("report-check")
    .description("检查部门整体支出绩效自评报告 / check performance self-evaluation reports (.docx)")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command("check")
    .description("检查一个或多个 .docx 报告（可给文件夹） / check one or more .docx reports (folders allowed)")
    .argument("<files...>", ".docx files or folders")
    .option("--profile <profile>", `built-in profile id (${builtInProfileIds().join(", ")}) or a profile JSON file`)
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addOption(new Option("--lang <lang>", "language of messages").choices(["zh-CN", "en-US"]).default("zh-CN"))
    .action((files: string[], opts: { profile?: string; format: "text" | "json"; lang: Lang }) => {
      const profile = loadProfile(opts.profile);
      const results = expandInputs(files, io).map((f) => checkFile(f, profile));
      for (const r of results) if ("error" in r) io.err(r.error.message + "\n");
      io.out((opts.format === "json" ? toJson(results, opts.lang) : toText(results, opts.lang, profileName(opts.lang, profile))) + "\n");
      const unreadable = results.some((r) => "error" in r);
      const errors = results.some((r) => "report" in r && r.report.findings.some((f) => f.severity === "error"));
      exitCode = unreadable ? 2 : errors ? 1 : 0;
    });

  program
    .command("rules")
    .description("列出所有检查规则 / list the rules")
    .addOption(new Option("--lang <lang>", "language").choices(["zh-CN", "en-US"]).default("zh-CN"))
    .action((opts: { lang: Lang }) => {
      for (const r of RULES) io.out(`${r.id.padEnd(18)} ${r.severity.padEnd(8)} ${r.description[opts.lang]}\n`);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help" ? 0 : 2;
    if (e instanceof UsageError) {
      io.err(e.message + "\n");
      return 2;
    }
    throw e;
  }
  return exitCode;
}
