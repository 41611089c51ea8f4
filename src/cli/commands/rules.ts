// `report-check rules`: every rule with its severity and what it checks.
import type { Command } from "commander";
import type { Lang } from "../../core/model/finding";
import { RULES } from "../../core/rules";
import { langOption, type CommandContext } from "../options";

export function registerRules(program: Command, { io }: CommandContext): void {
  program
    .command("rules")
    .description("列出所有检查规则 / list the rules")
    .addOption(langOption())
    .action((opts: { lang: Lang }) => {
      for (const r of RULES) io.out(`${r.id.padEnd(18)} ${r.severity.padEnd(8)} ${r.description[opts.lang]}\n`);
    });
}
