// What the user named on the command line → the .docx files to check, in the order given:
// files as they are, folders searched recursively, glob patterns expanded (quoted, so the
// shell did not). Word's ~$ lock files and hidden files are skipped.
import { existsSync, readdirSync, statSync } from "fs";
import { join } from "path";
import { globSync, isDynamicPattern } from "tinyglobby";

const skipped = (name: string) => name.startsWith(".") || name.startsWith("~$");

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (skipped(name)) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (/\.docx$/i.test(name)) out.push(p);
  }
}

export interface Inputs {
  files: string[];
  /** Inputs that named nothing to check (an empty folder, a pattern that matched nothing). */
  empty: string[];
}

export function expandInputs(inputs: string[]): Inputs {
  const files: string[] = [];
  const empty: string[] = [];
  for (const input of inputs) {
    const before = files.length;
    if (existsSync(input) && statSync(input).isDirectory()) walk(input, files);
    else if (!existsSync(input) && isDynamicPattern(input)) {
      const matched = globSync(input, { onlyFiles: true, dot: false }).filter((f) => /\.docx$/i.test(f) && !skipped(f.split(/[\\/]/).pop()!));
      files.push(...matched.sort());
    } else {
      files.push(input);
      continue;
    }
    if (files.length === before) empty.push(input);
  }
  // a file named twice (by a folder and a pattern) is checked once
  return { files: [...new Set(files)], empty };
}
