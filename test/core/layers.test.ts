// The core's layers, as docs/architecture.md lists them: each folder of src/core imports only from
// itself and the folders before it, so a model or text helper never reaches up into reading the
// report, and reading never into the checks or the rules. The core is pure: besides its own files it
// imports only the two libraries that validate and parse profiles — no Node, DOM or Office.
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const CORE = join(__dirname, "..", "..", "src", "core");
const LAYERS = ["model", "text", "profile", "reading", "checks", "writing", "rules"];
const PACKAGES = new Set(["zod", "jsonc-parser"]);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith(".ts") ? [path] : [];
  });

/** Every module a file names in an import or export (type-only ones too: they are dependencies for a reader). */
const specifiers = (text: string): string[] =>
  [...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"|\bimport\("([^"]+)"\)/gm)].map(
    (m) => m[1] ?? m[2],
  );

const resolveModule = (from: string, spec: string): string => {
  const base = resolve(dirname(from), spec);
  const found = [".ts", "/index.ts"].map((e) => base + e).find(existsSync);
  if (!found) throw new Error(`${relative(CORE, from)}: cannot resolve ${spec}`);
  return found;
};

/** The layer a core file belongs to; analyze.ts and index.ts stand above every layer. */
const layerOf = (file: string): number => {
  const top = relative(CORE, file).split("/")[0];
  return top.endsWith(".ts") ? LAYERS.length : LAYERS.indexOf(top);
};

const files = filesUnder(CORE);

test("every file of src/core is in a layer", () => {
  expect(files.filter((f) => layerOf(f) < 0).map((f) => relative(CORE, f))).toEqual([]);
});

test("each layer imports only from itself and the layers before it", () => {
  const wrong: string[] = [];
  for (const file of files)
    for (const spec of specifiers(readFileSync(file, "utf8"))) {
      if (!spec.startsWith(".")) continue;
      const target = resolveModule(file, spec);
      if (layerOf(target) > layerOf(file)) wrong.push(`${relative(CORE, file)} → ${relative(CORE, target)}`);
    }
  expect(wrong).toEqual([]);
});

test("the core imports nothing but its own files, zod and jsonc-parser", () => {
  const outside = files.flatMap((file) =>
    specifiers(readFileSync(file, "utf8"))
      .filter((spec) => (spec.startsWith(".") ? !resolveModule(file, spec).startsWith(CORE) : !PACKAGES.has(spec)))
      .map((spec) => `${relative(CORE, file)} → ${spec}`),
  );
  expect(outside).toEqual([]);
});

test("the layers are the folders docs/architecture.md lists, in its order", () => {
  const doc = readFileSync(join(__dirname, "..", "..", "docs", "architecture.md"), "utf8");
  const listed = [...doc.matchAll(/^\| `([a-z-]+)\/` +\|/gm)].map((m) => m[1]);
  expect(listed).toEqual(LAYERS);
});
