// The README and the pages in docs/ hold together: every relative link points to a file that exists (and an #anchor
// into a markdown file to one of its headings), and the README links every page, so none is left for a reader to find
// by chance.
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const ROOT = join(__dirname, "../..");
const DOCS = join(ROOT, "docs");

/** Every .md file under `dir`, as absolute paths. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

const FILES = [join(ROOT, "README.md"), ...markdownFiles(DOCS)];
const rel = (path: string) => relative(ROOT, path);

/** The text outside fenced code blocks, line by line (a `#` or `](` in a code block is code, not markdown). */
function proseLines(text: string): string[] {
  let fence: string | undefined;
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(```+|~~~+)/.exec(line);
    if (m) {
      if (fence === undefined) fence = m[1][0];
      else if (m[1][0] === fence) fence = undefined;
      continue;
    }
    if (fence === undefined) out.push(line);
  }
  return out;
}

/**
 * GitHub's anchor for a heading, simplified: the text without markdown marks, lowercased, every character that is not
 * a letter (CJK included), a digit, a space, '-' or '_' dropped, spaces turned into '-'.
 */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors of a markdown file's headings; a repeated heading gets -1, -2 … as on GitHub. */
function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of proseLines(readFileSync(file, "utf8"))) {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

/** Every link target of a markdown file, inline (`[text](target)`) or by reference (`[id]: target`). */
function links(file: string): string[] {
  const out: string[] = [];
  for (const line of proseLines(readFileSync(file, "utf8"))) {
    // code spans are text, not links ("](" in `](${p}.md)`); a link's text may be code: [`id`](target)
    const text = line.replace(/`[^`]*`/g, "");
    for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]);
    const ref = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(text);
    if (ref) out.push(ref[1]);
  }
  return out;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");

const relativeLinks = FILES.flatMap((file) =>
  links(file)
    .filter((target) => !isExternal(target))
    .map((target) => [rel(file), target] as const),
);

describe("links in README.md and docs/", () => {
  test("there are pages and links to check", () => {
    expect(FILES.length).toBeGreaterThan(2);
    expect(relativeLinks.length).toBeGreaterThan(10);
  });

  test.each(relativeLinks)("%s → %s", (from, target) => {
    const [pathPart, anchor] = target.split("#", 2) as [string, string | undefined];
    const file = pathPart ? resolve(dirname(join(ROOT, from)), decodeURIComponent(pathPart)) : join(ROOT, from);
    expect({ target, exists: existsSync(file) }).toEqual({ target, exists: true });
    if (anchor !== undefined && file.endsWith(".md")) {
      expect([...anchors(file)]).toContain(decodeURIComponent(anchor));
    }
  });

  test("the README links every page of docs/", () => {
    const linked = new Set(
      links(join(ROOT, "README.md"))
        .filter((target) => !isExternal(target))
        .map((target) => resolve(ROOT, decodeURIComponent(target.split("#")[0]))),
    );
    expect(
      markdownFiles(DOCS)
        .filter((page) => !linked.has(page))
        .map(rel),
    ).toEqual([]);
  });
});

describe("slug", () => {
  test.each([
    ["The JSON output", "the-json-output"],
    ["`report-check fix`", "report-check-fix"],
    ["§6 Relations, rounding and scope", "6-relations-rounding-and-scope"],
    ["§9 Page layout (GB/T 9704-2012)", "9-page-layout-gbt-9704-2012"],
    ["模板 Profile", "模板-profile"],
  ])("%s → %s", (heading, expected) => {
    expect(slug(heading)).toBe(expected);
  });
});
