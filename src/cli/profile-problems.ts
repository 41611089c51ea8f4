// A profile's problems as text, the same wherever a profile is found invalid: a profile file
// (--profile, profile validate) or a profile stored in a document (check, profile show).
import type { ProfileProblem } from "../core/profile";
import { both } from "./i18n";
import { visible } from "./safe-text";

/** One problem as "path: message"; `show` escapes each part (they may quote the profile's own keys and values). */
export const problemText = (p: ProfileProblem, show: (s: string) => string = (s) => s): string =>
  `${show(p.path)}: ${show(p.message)}`;

/** A profile's problems, one indented line each, escaped for the terminal. */
export const problemLines = (problems: ProfileProblem[]): string[] =>
  problems.map((p) => `  ${problemText(p, visible)}`);

/** "Profile FILE is invalid" in both languages, then each problem on a line of its own. */
export const invalidProfileText = (file: string, problems: ProfileProblem[]): string =>
  [both("badProfile", { file: visible(file) }), ...problemLines(problems)].join("\n");
