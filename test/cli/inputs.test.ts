// Folders as users really have them: links that dangle or loop, pipes, folders that cannot
// be read. Nothing in a folder may stop the walk or lose the other files.
import { spawnSync } from "child_process";
import fs, { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { expandInputs } from "../../src/cli/inputs";

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "inputs-"));
  mkdirSync(at("reports", "sub"), { recursive: true });
  writeFileSync(at("reports", "a.docx"), "x");
  writeFileSync(at("reports", "sub", "b.docx"), "x");
});

afterEach(() => jest.restoreAllMocks());

type Setup = (reports: string) => void;

// what is added to the folder → the files listed, the folders reported as unreadable
test.each<[string, Setup, string[], string[]]>([
  ["nothing added", () => {}, ["a.docx", "sub/b.docx"], []],
  // listed, so that the check names it as a file it cannot open
  [
    "a dangling link named .docx",
    (r) => symlinkSync(join(r, "gone.docx"), join(r, "c.docx")),
    ["a.docx", "c.docx", "sub/b.docx"],
    [],
  ],
  [
    "a dangling link named otherwise",
    (r) => symlinkSync(join(r, "gone.txt"), join(r, "notes.txt")),
    ["a.docx", "sub/b.docx"],
    [],
  ],
  [
    "a link to a report elsewhere",
    (r) => symlinkSync(join(r, "a.docx"), join(r, "linked.docx")),
    ["a.docx", "linked.docx", "sub/b.docx"],
    [],
  ],
  [
    "a link that points at itself",
    (r) => symlinkSync(join(r, "self.docx"), join(r, "self.docx")),
    ["a.docx", "self.docx", "sub/b.docx"],
    [],
  ],
  // walked once: following it would never end
  ["a link back to the folder above", (r) => symlinkSync(r, join(r, "sub", "up")), ["a.docx", "sub/b.docx"], []],
  [
    "a folder named .docx",
    (r) => (mkdirSync(join(r, "x.docx")), writeFileSync(join(r, "x.docx", "d.docx"), "x")),
    ["a.docx", "sub/b.docx", "x.docx/d.docx"],
    [],
  ],
  [
    "old .doc and .wps files and .docm/.dotx are listed (the check says what each is); other files are not",
    (r) => ["c.doc", "d.WPS", "e.docm", "f.dotx", "g.pdf", "h.xlsx"].forEach((f) => writeFileSync(join(r, f), "x")),
    ["a.docx", "c.doc", "d.WPS", "e.docm", "f.dotx", "sub/b.docx"],
    [],
  ],
  ["a pipe named .docx", (r) => spawnSync("mkfifo", [join(r, "pipe.docx")]), ["a.docx", "sub/b.docx"], []],
])("%s", (_, setup, files, unreadable) => {
  setup(at("reports"));
  const found = expandInputs([at("reports")]);
  expect(found.files).toEqual(files.map((f) => at("reports", ...f.split("/"))));
  expect(found.unreadable.map((u) => u.path)).toEqual(unreadable);
  expect(found.empty).toEqual([]);
});

test("a folder that cannot be read is reported with the reason; the rest is still listed", () => {
  const locked = at("reports", "sub");
  const real = fs.readdirSync;
  // root reads every folder whatever its mode: the system's refusal is simulated for it
  jest.spyOn(fs, "readdirSync").mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
    if (String(p) === locked)
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${locked}'`), { code: "EACCES" });
    return (real as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof fs.readdirSync);
  const found = expandInputs([at("reports")]);
  expect(found.files).toEqual([at("reports", "a.docx")]);
  expect(found.unreadable).toEqual([{ path: locked, reason: "EACCES" }]);
  expect(found.empty).toEqual([]);
});

test("a folder that could not be read at all is unreadable, not empty; an empty one is empty", () => {
  mkdirSync(at("blank"));
  jest.spyOn(fs, "readdirSync").mockImplementationOnce(() => {
    throw Object.assign(new Error("EACCES"), { code: "EACCES" });
  });
  const found = expandInputs([at("reports"), at("blank")]);
  expect(found.unreadable.map((u) => u.path)).toEqual([at("reports")]);
  expect(found.empty).toEqual([at("blank")]);
  expect(found.files).toEqual([]);
});

test("a file named twice — as a.docx and ./a.docx, relative and absolute, through ../ — is listed once, under its first name", () => {
  const cwd = process.cwd();
  process.chdir(at("reports"));
  try {
    const found = expandInputs([
      "a.docx",
      "./a.docx",
      at("reports", "a.docx"),
      "sub/../a.docx",
      "sub/b.docx",
      "./sub/b.docx",
    ]);
    expect(found.files).toEqual(["a.docx", "sub/b.docx"]);
  } finally {
    process.chdir(cwd);
  }
});

// folders named with glob syntax, as reviewers name them: the part that exists is taken as typed
const literalFolders: [string, string][] = [
  ["报告(2023)", "*.docx"],
  ["报告[2023]", "*.docx"],
  ["reports{a,b}", "**/*.docx"],
  ["a+b@(c)", "*.docx"],
];
for (const [folder, rest] of literalFolders) {
  test(`a pattern under the folder '${folder}' finds the reports in it`, () => {
    mkdirSync(at(folder, "sub"), { recursive: true });
    writeFileSync(at(folder, "c.docx"), "x");
    writeFileSync(at(folder, "sub", "d.docx"), "x");
    const found = expandInputs([`${at(folder)}/${rest}`]);
    expect(found.files.map((f) => f.slice(at(folder).length + 1))).toEqual(
      rest.startsWith("**") ? ["c.docx", "sub/d.docx"] : ["c.docx"],
    );
    expect(found.empty).toEqual([]);
  });
}

test("a pattern whose glob syntax is meant as syntax still works", () => {
  const found = expandInputs([`${at("reports")}/@(a|b).docx`, `${at("reports")}/sub/{b,c}.docx`]);
  expect(found.files).toEqual([at("reports", "a.docx"), at("reports", "sub", "b.docx")]);
});
