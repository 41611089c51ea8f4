// report-check: the reviewer's and the team's command line. A thin edge: read files,
// call analyze(), print. Exit codes: 0 no error finding, 1 an error finding (or an invalid
// profile for `profile validate`), 2 an input could not be read, an output could not be
// written or the command was used wrongly — the other files are still checked.
import { Command, CommanderError, Option } from "commander";
import { existsSync, statSync, writeFileSync } from "fs";
import { dirname, resolve } from "path";
import type { Lang } from "../core/finding";
import { parseProfileJson, type Profile } from "../core/profile";
import { builtInProfile, builtInProfileIds, defaultProfile, DEFAULT_PROFILE_ID } from "../core/profiles";
import { RULES } from "../core/rules";
import { skeleton } from "../core/template";
import { profileToXml } from "../io/ooxml/profile-part";
import { blocksToDocx } from "../io/ooxml/write";
import type { FileResult, ProfileSource, Unreadable } from "./check-file";
import { describeSource, toJson, toText } from "./format";
import { both } from "./i18n";
import { expandInputs } from "./inputs";
import { jsonText, visible } from "./safe-text";
import { checkFiles, DEFAULT_FILE_TIMEOUT_S, runFiles } from "./pool";
import type { ChildTask, FixOptions, Outline, TaskOk, TaskResult } from "./tasks";
import { fixReport } from "./fix-report";
import { profileFileError, readProfileFile } from "./profile-file";
import { summaryText, toCsv, toHtml } from "./summary";

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Whether stderr is a terminal (a progress bar is drawn only there). */
  errIsTty?: boolean;
}

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  errIsTty: process.stderr.isTTY,
};

class UsageError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}

// Every name and text below that came from a file name, a document or a profile file passes
// through `visible` where it is put into a message: no control, bidi or line-break character
// in it reaches the terminal raw or forges a line (see safe-text.ts).
const cannotWrite = (file: string, e: unknown) =>
  both("cannotWrite", { file: visible(file), reason: visible((e as NodeJS.ErrnoException).code ?? String(e)) });

/**
 * A profile's problems, one indented line each; their paths and messages may quote the profile's own keys and values.
 */
const problemLines = (problems: { path: string; message: string }[]) =>
  problems.map((p) => `  ${visible(p.path)}: ${visible(p.message)}`);

/**
 * Writes a file the user named; a place that cannot be written is said in both languages (exit 2), not a stack trace.
 */
function writeUserFile(file: string, data: string | Uint8Array): void {
  try {
    writeFileSync(file, data);
  } catch (e) {
    throw new UsageError(cannotWrite(file, e));
  }
}

/** Before a long check: an --out that can never be written (no such folder, a folder itself) is refused at once. */
function refuseUnwritable(file: string): void {
  const folder = dirname(resolve(file));
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new UsageError(cannotWrite(file, { code: "ENOENT" }));
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(cannotWrite(file, { code: "EISDIR" }));
}

/** A built-in profile id, or a profile JSON file (validated; every problem named by its field path). */
export function loadProfile(spec: string): Profile {
  const builtIn = builtInProfile(spec);
  if (builtIn) return builtIn;
  const file = readProfileFile(spec);
  if (!file.ok) throw new UsageError(profileFileError(visible(spec), file));
  const r = parseProfileJson(file.text);
  if (!r.ok)
    throw new UsageError([both("badProfile", { file: visible(spec) }), ...problemLines(r.problems)].join("\n"));
  return r.profile;
}

function progressBar(io: Io) {
  if (!io.errIsTty) return undefined;
  return (done: number, total: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.err(`\r${"█".repeat(filled)}${"░".repeat(width - filled)} ${done}/${total}${done === total ? "\n" : ""}`);
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

const isUnreadable = (r: TaskResult<ChildTask>): r is Unreadable => "error" in r;

/**
 * What a command that needs one document's model (`outline`, `profile show`) gets from it:
 * the document is read in a child of the pool, with its heap cap and the time limit, as by
 * `check`; a file that cannot be read, or whose child dies or runs out of time, is a usage
 * error naming it (exit 2).
 */
async function readInChild<K extends ChildTask>(
  task: K,
  document: string,
  options: { profile?: Profile; timeout?: number; fix?: FixOptions },
): Promise<TaskOk[K]> {
  const [result] = await runFiles([document], task, {
    profile: options.profile,
    jobs: 1,
    timeoutSeconds: options.timeout,
    fix: options.fix,
  });
  if (isUnreadable(result)) throw new UsageError(visible(result.error.message));
  return result as TaskOk[K];
}

const timeoutOption = () =>
  new Option(
    "--timeout <seconds>",
    `seconds the document may take to read before it is stopped (default ${DEFAULT_FILE_TIMEOUT_S})`,
  ).argParser((v) => (Number(v) > 0 ? Number(v) : DEFAULT_FILE_TIMEOUT_S));

/**
 * `outline`: the profile, its fit, the ranking of the built-in profiles, and each section's heading with why it was
 * taken.
 */
function outlineReport(outline: Outline, format: "text" | "json", lang: Lang): string {
  const { file, profile, source, fit, ranking, sections } = outline;
  if (format === "json")
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
    `  ${zh ? "各内置模板的吻合度" : "fit of each built-in profile"}: ${ranking.map((f) => `${visible(f.profile)} ${pct(f.score)}`).join(" · ")}`,
  );
  for (const s of sections) {
    const indent = "  ".repeat(1 + (profile.sections.find((d) => d.id === s.id)?.level ?? 1));
    const status = s.status === "found" ? "✓" : s.status === "empty" ? "○" : s.required ? "✖" : "·";
    if (!s.match) {
      out.push(`${indent}${status} ${visible(s.title)}  (${visible(s.id)}) — ${zh ? "未找到" : "not found"}`);
      continue;
    }
    const m = s.match;
    out.push(
      `${indent}${status} ${visible(s.title)}  (${visible(s.id)}) ← ${zh ? `第 ${s.location!.paragraph! + 1} 段` : `paragraph ${s.location!.paragraph! + 1}`} “${visible(s.heading ?? "")}”`,
    );
    out.push(
      `${indent}    ${m.via} [${visible(m.words.join(", "))}] text ${m.text} → score ${m.score}; ${visible(m.evidence.join("; "))}${m.with?.length ? `; ${zh ? "同一标题还涵盖" : "also covers"} ${visible(m.with.join(", "))}` : ""}`,
    );
  }
  return out.join("\n") + "\n";
}

type Format = "text" | "json" | "html" | "csv";

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

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let exitCode = 0;
  const program = new Command("report-check")
    .description("检查部门整体支出绩效自评报告 / check performance self-evaluation reports (.docx)")
    .exitOverride()
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      // commander's errors quote the argument as typed — a file name the shell expanded from
      // `*.docx` that begins with "-" is taken for an option — so they are escaped like our
      // own messages; only its own line break before "(Did you mean …?)" is kept
      outputError: (s, write) => write(`${visible(s.replace(/\n$/, "")).replace(/\\n(?=\(Did you mean )/g, "\n")}\n`),
    });
  const langOption = () =>
    new Option("--lang <lang>", "language of messages / 语言").choices(["zh-CN", "en-US"]).default("zh-CN");

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
    .addOption(
      new Option("--format <format>", "output format").choices(["text", "json", "html", "csv"]).default("text"),
    )
    .option("--out <file>", "write the output to a file instead of standard output")
    .option("--jobs <n>", "files checked at once, each in its own process (default: one per two cores)", (v) =>
      Math.max(1, parseInt(v, 10) || 1),
    )
    .option(
      "--timeout <seconds>",
      `seconds one file may take before it is stopped and reported unreadable (default ${DEFAULT_FILE_TIMEOUT_S})`,
      (v) => (Number(v) > 0 ? Number(v) : DEFAULT_FILE_TIMEOUT_S),
    )
    .option("--debug", "also print what went wrong inside when a file cannot be read (for bug reports)")
    .addOption(langOption())
    .action(
      async (
        inputs: string[],
        opts: {
          profile?: string;
          format: Format;
          out?: string;
          jobs?: number;
          timeout?: number;
          debug?: boolean;
          lang: Lang;
        },
      ) => {
        const profile = opts.profile === undefined ? undefined : loadProfile(opts.profile);
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
        for (const r of results) {
          // messages built elsewhere (reader, pool) name the file, and notes quote a stored profile: escaped whole,
          // they hold no line break of ours
          if ("error" in r) {
            io.err(visible(r.error.message) + "\n");
            // the inside story (a stack, V8's last words) only on request; escaped line by line like any text
            if (opts.debug && r.debug)
              io.err(
                r.debug
                  .split("\n")
                  .map((l) => `  [debug] ${visible(l)}`)
                  .join("\n") + "\n",
              );
          } else for (const note of r.notes) io.err(visible(note) + "\n");
        }
        const output = render(results, opts.format, opts.lang);
        let lostOut = false;
        if (opts.out) {
          try {
            writeFileSync(opts.out, output);
          } catch (e) {
            // the checks are done: their results go to standard output rather than nowhere
            io.err(`${cannotWrite(opts.out, e)} — ${both("outputToStdout")}\n`);
            io.out(output);
            lostOut = true;
          }
        } else io.out(output);
        const unreadable = results.some((r) => "error" in r) || empty.length > 0 || folders.length > 0 || lostOut;
        const errors = results.some((r) => "report" in r && r.report.findings.some((f) => f.severity === "error"));
        exitCode = unreadable ? 2 : errors ? 1 : 0;
      },
    );

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
      if (existsSync(out) && !opts.force) throw new UsageError(both("exists", { file: visible(out) }));
      const profile = loadProfile(opts.profile ?? DEFAULT_PROFILE_ID);
      const carry = opts.profile !== undefined && !builtInProfile(opts.profile);
      writeUserFile(out, blocksToDocx(skeleton(profile), carry ? profileToXml(profile) : undefined));
      io.out(both("written", { file: visible(out) }) + "\n");
    });

  const profileCmd = program
    .command("profile")
    .description("团队模板：生成、校验、查看 / team profiles: create, validate, show");
  profileCmd
    .command("init")
    .description("把内置模板写成可编辑的 JSON 文件 / write a built-in profile as an editable JSON file")
    .argument("<file>", "the JSON file to write")
    .option("--from <id>", `built-in profile to start from (${builtInProfileIds().join(", ")})`, DEFAULT_PROFILE_ID)
    .option("--force", "overwrite an existing file")
    .action((file: string, opts: { from: string; force?: boolean }) => {
      const p = builtInProfile(opts.from);
      if (!p) throw new UsageError(both("noProfile", { file: visible(opts.from) }));
      if (existsSync(file) && !opts.force) throw new UsageError(both("exists", { file: visible(file) }));
      writeUserFile(file, JSON.stringify(p, null, 2) + "\n");
      io.out(both("written", { file: visible(file) }) + "\n");
    });
  profileCmd
    .command("validate")
    .description(
      "校验模板文件，列出每个问题及其字段路径 / validate a profile file, listing every problem by field path",
    )
    .argument("<file>", "the profile JSON file")
    .action((file: string) => {
      const read = readProfileFile(file);
      // too large is a verdict on what the file holds (exit 1, as for any invalid profile);
      // missing or unreadable is an input that could not be read (exit 2)
      if (!read.ok && read.reason === "tooLarge") {
        io.out(profileFileError(visible(file), read) + "\n");
        exitCode = 1;
        return;
      }
      if (!read.ok) throw new UsageError(profileFileError(visible(file), read));
      const r = parseProfileJson(read.text);
      if (r.ok) {
        io.out(both("profileValid", { file: visible(file), id: visible(r.profile.id) }) + "\n");
        return;
      }
      io.out([both("badProfile", { file: visible(file) }), ...problemLines(r.problems)].join("\n") + "\n");
      exitCode = 1;
    });
  profileCmd
    .command("show")
    .description(
      "显示实际使用的模板（--profile、文档中保存的模板、按提纲自动选择的内置模板或内置默认模板） / print the effective profile (--profile, the one stored in a document, the built-in one its outline fits best, or the built-in default)",
    )
    .argument("[document]", "a .docx whose profile to show (stored in it, else the built-in one its outline fits best)")
    .option("--profile <profile>", "built-in profile id or a profile JSON file")
    .addOption(timeoutOption())
    .action(async (document: string | undefined, opts: { profile?: string; timeout?: number }) => {
      let profile: Profile;
      let source: string;
      if (opts.profile !== undefined) {
        profile = loadProfile(opts.profile);
        source = both("sourceOption");
      } else if (document) {
        // read in a child, as by `check`; the built-in profile the outline fits best when none valid is stored
        const shown = await readInChild("profile", document, { timeout: opts.timeout });
        if (shown.invalidStored)
          io.err(
            `${both("badProfile", { file: visible(document) })}\n${problemLines(shown.invalidStored).join("\n")}\n`,
          );
        profile = shown.profile;
        source =
          shown.source === "document" ? both("sourceDocument") : both("sourceAuto", { fit: pct(shown.fit ?? 0) });
      } else {
        profile = defaultProfile();
        source = both("sourceDefault");
      }
      io.err(`${both("effectiveProfile", { id: visible(profile.id) })} — ${source}\n`);
      // a profile stored in a document is the document's text: control, bidi and invisible characters in it are written
      // as \uXXXX
      io.out(jsonText(profile) + "\n");
    });

  program
    .command("outline")
    .description(
      "显示报告的提纲：选用的模板及吻合度，每个章节取了哪个标题、为什么 / show a report's outline: the profile chosen and its fit, which heading each section took and why",
    )
    .argument("<document>", "the .docx to read")
    .option(
      "--profile <profile>",
      "built-in profile id or a profile JSON file (default: stored in the document, else chosen by the outline)",
    )
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addOption(timeoutOption())
    .addOption(langOption())
    .action(
      async (document: string, opts: { profile?: string; format: "text" | "json"; timeout?: number; lang: Lang }) => {
        const profile = opts.profile !== undefined ? loadProfile(opts.profile) : undefined;
        io.out(
          outlineReport(
            await readInChild("outline", document, { profile, timeout: opts.timeout }),
            opts.format,
            opts.lang,
          ),
        );
      },
    );

  program
    .command("fix")
    .description(
      "把可确定的问题改正在一份副本中（等级用词、重复的字词、文号括号、编号括号、缺少的章节），原文件不变 / make the certain corrections in a copy (the grade word, words typed twice, document numbers, numbering brackets, missing sections); the original is never changed",
    )
    .argument("<document>", "the .docx to correct (only read)")
    .option("--out <file>", "the corrected copy to write (required unless --dry-run)")
    .option(
      "--profile <profile>",
      "built-in profile id or a profile JSON file (default: stored in the document, else chosen by the outline)",
    )
    .option("--only <rules>", "only the corrections of these rules, comma-separated (e.g. grade-band,citation-format)")
    .option("--no-sections", "do not insert the missing sections")
    .option("--dry-run", "list the corrections, write nothing")
    .option("--force", "overwrite an existing --out file")
    .addOption(timeoutOption())
    .addOption(langOption())
    .action(
      async (
        document: string,
        opts: {
          out?: string;
          profile?: string;
          only?: string;
          sections: boolean;
          dryRun?: boolean;
          force?: boolean;
          timeout?: number;
          lang: Lang;
        },
      ) => {
        if (!opts.out && !opts.dryRun) throw new UsageError(both("fixNeedsOut"));
        if (opts.out) {
          // the original is never the output, whatever path names it
          if (resolve(opts.out) === resolve(document))
            throw new UsageError(both("fixSameFile", { file: visible(opts.out) }));
          if (existsSync(opts.out) && !opts.force) throw new UsageError(both("exists", { file: visible(opts.out) }));
          refuseUnwritable(opts.out);
        }
        const rules = opts.only
          ?.split(",")
          .map((r) => r.trim())
          .filter(Boolean);
        const unknown = rules?.filter((r) => !RULES.some((x) => x.id === r)) ?? [];
        if (unknown.length) throw new UsageError(both("unknownRules", { rules: visible(unknown.join(", ")) }));
        const profile = opts.profile !== undefined ? loadProfile(opts.profile) : undefined;
        const done = await readInChild("fix", document, {
          profile,
          timeout: opts.timeout,
          fix: { rules, sections: opts.sections },
        });
        const write = !opts.dryRun && done.bytes !== undefined;
        if (write) writeUserFile(opts.out!, done.bytes!);
        io.out(fixReport(done, write ? opts.out : undefined, opts.lang));
      },
    );

  program
    .command("rules")
    .description("列出所有检查规则 / list the rules")
    .addOption(langOption())
    .action((opts: { lang: Lang }) => {
      for (const r of RULES) io.out(`${r.id.padEnd(18)} ${r.severity.padEnd(8)} ${r.description[opts.lang]}\n`);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
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
