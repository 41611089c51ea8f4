// What the user named on the command line → the Word files to check, in the order given:
// files as they are, folders searched recursively, glob patterns expanded (quoted, so the
// shell did not). Word's ~$ lock files and hidden files are skipped. Nothing in a folder
// stops the walk: a .docx that cannot be looked at (a dangling link) is still listed, so
// the check reports it by name; a folder that cannot be read is reported and the rest of
// the walk goes on; a link back to a folder already walked is not followed again.
import { existsSync, readdirSync, realpathSync, statSync, type Stats } from "fs";
import { isAbsolute, join, resolve } from "path";
import { escapePath, globSync, isDynamicPattern } from "tinyglobby";
import { errorCode } from "./errors";

const skipped = (name: string) => name.startsWith(".") || name.startsWith("~$");
/**
 * Word documents a folder or pattern yields: .docx and its macro/template kin (read alike),
 * and the old binary .doc / .dot / .wps, so that the check says what they are and how to
 * save them as .docx, rather than leaving a report out without a word.
 */
const isDocxName = (name: string) => /\.(docx|docm|dotx|dotm|doc|dot|wps)$/i.test(name);

export interface Inputs {
  files: string[];
  /** Inputs that named nothing to check (an empty folder, a pattern that matched nothing). */
  empty: string[];
  /** Folders that could not be read (no permission, vanished while walking), with the system's reason. */
  unreadable: { path: string; reason: string }[];
}

function walk(dir: string, out: Inputs, seen: Set<string>): void {
  let names: string[];
  try {
    // a folder reached twice (through a link) is walked once: links that loop would never end
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = readdirSync(dir).sort();
  } catch (e) {
    out.unreadable.push({ path: dir, reason: errorCode(e) });
    return;
  }
  for (const name of names) {
    if (skipped(name)) continue;
    const p = join(dir, name);
    let st: Stats | undefined;
    try {
      st = statSync(p);
    } catch {
      // a dangling link or a file gone since the listing: a .docx is listed anyway, and the
      // check says by name that it cannot be opened; anything else is not ours to mention
      if (isDocxName(name)) out.files.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p, out, seen);
    // only regular files: reading a pipe or a device named *.docx would wait for ever
    else if (st.isFile() && isDocxName(name)) out.files.push(p);
  }
}

/**
 * A pattern whose folders exist as typed is taken literally up to its first part that does
 * not: "报告(2023)/*.docx" means the folder 报告(2023), although ( ) are glob syntax.
 */
function literalPrefix(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  let literal = 0;
  for (let i = 1; i < parts.length; i++) {
    const folder = parts.slice(0, i).join("/") || "/";
    if (!existsSync(folder) || !statSync(folder).isDirectory()) break;
    literal = i;
  }
  if (literal === 0) return pattern;
  const folder = parts.slice(0, literal).join("/");
  return `${escapePath(folder)}/${parts.slice(literal).join("/")}`;
}

/**
 * One key per path, however it was typed: a.docx, ./a.docx, reports/../a.docx and the absolute
 * path are one file. A link keeps its own name and is listed (a reviewer sees that name in
 * the folder), as the walk lists it.
 */
const fileKey = (file: string) => resolve(file);

export function expandInputs(inputs: string[]): Inputs {
  const out: Inputs = { files: [], empty: [], unreadable: [] };
  for (const input of inputs) {
    const before = out.files.length;
    const unreadableBefore = out.unreadable.length;
    if (existsSync(input) && statSync(input).isDirectory()) walk(input, out, new Set());
    else if (!existsSync(input) && isDynamicPattern(input)) {
      const matched = globSync(literalPrefix(input), {
        onlyFiles: true,
        dot: false,
        absolute: isAbsolute(input),
      }).filter((f) => isDocxName(f) && !skipped(f.split(/[\\/]/).pop()!));
      for (const m of matched.sort()) out.files.push(m);
    } else {
      out.files.push(input);
      continue;
    }
    // a folder that could not be read at all is reported as unreadable, not as empty
    if (out.files.length === before && out.unreadable.length === unreadableBefore) out.empty.push(input);
  }
  // a file named twice (by a folder and a pattern, as a.docx and ./a.docx, relative and absolute) is checked once,
  // under its first name
  const seen = new Set<string>();
  const files = out.files.filter((f) => {
    const key = fileKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...out, files };
}
