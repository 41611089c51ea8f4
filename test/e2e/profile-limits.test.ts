// report-check and profiles that are not what they claim (issue 12): a file far too large to
// be a profile (sparse, so the test writes nothing), a key stated twice, a document whose
// stored profile is too large. Through the built binary, as a user runs it.
import { existsSync, mkdtempSync, truncateSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { MAX_PROFILE_BYTES } from "../../src/core/profile/profile-limits";
import { defaultProfile } from "../../src/core/profile/built-in";
import { skeleton } from "../../src/core/writing/template";
import { PROFILE_NS } from "../../src/io/ooxml/profile-part";
import { blocksToDocx, escapeXml } from "../../src/io/ooxml/write";
import { seedReport } from "../support/report-spec";
import { writeDocx } from "../support/write-docx";
import { runCli } from "../support/cli";

let dir: string;

const run = (args: string[]) => runCli(args, dir);

/** Neither a JavaScript stack frame nor an internal error's name reaches the user. */
function expectNoStackTrace(text: string) {
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(text).not.toMatch(/RangeError|TypeError|ERR_STRING_TOO_LONG|Invalid string length/);
}

const BIG = 600 * 1024 * 1024; // beyond V8's longest string (~512 MiB): readFileSync(…, "utf8") throws there
const tooLarge = (file: string, size: string) =>
  `模板文件 ${file} 过大（${size}，上限 4 MiB），未读取；模板通常只有几十 KB / profile ${file} is too large (${size}; the limit is 4 MiB) and was not read — a profile is some tens of KB`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "report-check-profile-"));
  writeFileSync(join(dir, "seed.docx"), await writeDocx(seedReport(), "styled"));
  // sparse files: their size is on record, no byte is written
  writeFileSync(join(dir, "big.json"), "");
  truncateSync(join(dir, "big.json"), BIG);
  writeFileSync(join(dir, "just-over.json"), "");
  truncateSync(join(dir, "just-over.json"), MAX_PROFILE_BYTES + 1);
  // a valid profile padded to exactly the limit is still read
  const json = JSON.stringify(defaultProfile());
  writeFileSync(join(dir, "at-limit.json"), json + " ".repeat(MAX_PROFILE_BYTES - Buffer.byteLength(json)));
  writeFileSync(join(dir, "dup.json"), json.replace('{"id":', '{"id":"team-a","id":'));
});

describe("a profile file larger than the limit is refused before it is read", () => {
  const commands: { name: string; args: string[] }[] = [
    { name: "check", args: ["check", "seed.docx", "--profile", "big.json"] },
    {
      name: "check --lang en-US --format json",
      args: ["check", "seed.docx", "--profile", "big.json", "--lang", "en-US", "--format", "json"],
    },
    { name: "template", args: ["template", "out.docx", "--profile", "big.json"] },
    { name: "profile show", args: ["profile", "show", "--profile", "big.json"] },
    { name: "outline", args: ["outline", "seed.docx", "--profile", "big.json"] },
  ];
  for (const c of commands) {
    test(`${c.name}: exit 2, the file and the limit named in Chinese and English`, () => {
      const r = run(c.args);
      expect(r.code).toBe(2);
      expect(r.err).toBe(tooLarge("big.json", "600 MiB") + "\n");
      expect(r.out).toBe("");
      expectNoStackTrace(r.err);
    });
  }

  test("template writes nothing", () => {
    expect(existsSync(join(dir, "out.docx"))).toBe(false);
  });

  test("one byte over the limit is over", () => {
    const r = run(["check", "seed.docx", "--profile", "just-over.json"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(tooLarge("just-over.json", "4.0 MiB") + "\n");
  });

  test("profile validate: an invalid profile, exit 1, the message on standard output", () => {
    const r = run(["profile", "validate", "big.json"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe(tooLarge("big.json", "600 MiB") + "\n");
    expect(r.err).toBe("");
  });

  test("a profile of exactly the limit is read", () => {
    const r = run(["profile", "validate", "at-limit.json"]);
    expect(r.out).toContain("模板文件 at-limit.json 有效");
    expect(r.code).toBe(0);
  });

  test("a missing profile file is still a usage error (exit 2)", () => {
    const r = run(["profile", "validate", "nowhere.json"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("找不到模板 nowhere.json");
  });
});

test("a key stated twice: invalid, by its path, in both languages", () => {
  const v = run(["profile", "validate", "dup.json"]);
  expect(v.code).toBe(1);
  expect(v.out).toContain('\n  id: 重复的键 "id" / duplicate key "id"\n');
  const c = run(["check", "seed.docx", "--profile", "dup.json"]);
  expect(c.code).toBe(2);
  expect(c.err).toContain('  id: 重复的键 "id" / duplicate key "id"');
});

test("a profile stored in a document larger than the limit: invalid, with the reason; the built-in one is used", () => {
  const json = JSON.stringify(defaultProfile());
  const xml = `<?xml version="1.0" encoding="UTF-8"?><profile xmlns="${PROFILE_NS}">${escapeXml(json)}${" ".repeat(5 * 1024 * 1024)}</profile>`;
  writeFileSync(join(dir, "stored-big.docx"), blocksToDocx(skeleton(defaultProfile()), xml));
  const r = run(["check", "stored-big.docx", "--format", "json"]);
  expect(r.code).not.toBe(2);
  expect(JSON.parse(r.out).reports[0].profileSource).toBe("auto");
  expect(r.err).toContain("文档中保存的模板无效，已改用内置模板");
  expect(r.err).toContain("(root): 模板过大（5.0 MiB，上限 4 MiB");
  expect(r.err).toContain("the profile is too large (5.0 MiB; the limit is 4 MiB");
  expectNoStackTrace(r.err);
  const show = run(["profile", "show", "stored-big.docx"]);
  expect(show.code).toBe(0);
  expect(JSON.parse(show.out).id).toBe("dept-overall");
  expect(show.err).toContain(
    "模板文件 stored-big.docx 无效 / profile stored-big.docx is invalid\n  (root): 模板过大（5.0 MiB，上限 4 MiB",
  );
});
