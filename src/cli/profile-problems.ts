// A profile's problems as text, the same wherever a profile is found invalid: a profile file
// (--profile, profile validate) or a profile stored in a document (check, profile show).
import { problemText, type ProfileProblem } from "../core/profile/profile";
import { both } from "./i18n";
import { visible } from "./safe-text";

/** A profile's problems, one indented line each, escaped for the terminal. */
export const problemLines = (problems: ProfileProblem[]): string[] =>
  problems.map((p) => `  ${problemText(p, visible)}`);

/** "Profile FILE is invalid" in both languages, then each problem on a line of its own. */
export const invalidProfileText = (file: string, problems: ProfileProblem[]): string =>
  [both("badProfile", { file: visible(file) }), ...problemLines(problems)].join("\n");
