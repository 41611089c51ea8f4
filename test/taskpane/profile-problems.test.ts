// A profile's problems in the pane's language: each zod issue code, the core's own checks,
// and the same problems read back from the core's words alone (a profile stored in a
// document comes without its issues).
import type { Lang } from "../../src/core/model/finding";
import { parseProfile, parseProfileJson, profileSchema } from "../../src/core/profile/profile";
import { defaultProfile } from "../../src/core/profile/built-in";
import { explainIssue, explainProblems, explainProfileText, type IssueLike } from "../../src/taskpane/profile-problems";

const profile = () => JSON.parse(JSON.stringify(defaultProfile()));

/** Latin words that are not the values and names a message quotes. */
const englishWords = (text: string) => text.replace(/"[^"]*"|“[^”]*”|\/\^.*\$\//g, "").match(/[A-Za-z]{2,}/g) ?? [];

describe("each zod issue code, in both languages", () => {
  const cases: [IssueLike, string, string][] = [
    [{ code: "invalid_type", expected: "string", input: 5 }, "应为文字，实为数字", "should be text, not a number"],
    [
      { code: "invalid_type", expected: "int", input: 1.5 },
      "应为整数，实为数字",
      "should be a whole number, not a number",
    ],
    [
      { code: "invalid_type", expected: "array", input: {} },
      "应为数组 […]，实为对象 {…}",
      "should be a list […], not an object {…}",
    ],
    [{ code: "invalid_type", expected: "string", input: undefined }, "缺少此项（必填）", "missing (required)"],
    [
      { code: "unrecognized_keys", keys: ["bogus"] },
      '不认识的键 "bogus"：拼写有误，或不该出现在这里',
      'unknown key "bogus": misspelt, or not allowed here',
    ],
    [
      { code: "unrecognized_keys", keys: ["a", "b"] },
      '不认识的键 "a"、"b"：拼写有误，或不该出现在这里',
      'unknown keys "a", "b": misspelt, or not allowed here',
    ],
    [{ code: "too_small", origin: "string", minimum: 1, inclusive: true }, "不能为空", "must not be empty"],
    [{ code: "too_small", origin: "string", minimum: 3, inclusive: true }, "至少 3 个字", "at least 3 characters"],
    [{ code: "too_small", origin: "array", minimum: 1, inclusive: true }, "至少 1 项", "at least 1 item"],
    [{ code: "too_small", origin: "number", minimum: 1, inclusive: true }, "不能小于 1", "must be 1 or more"],
    [{ code: "too_small", origin: "number", minimum: 0, inclusive: false }, "必须大于 0", "must be more than 0"],
    [{ code: "too_big", origin: "string", maximum: 60, inclusive: true }, "最多 60 个字", "at most 60 characters"],
    [{ code: "too_big", origin: "array", maximum: 1, inclusive: true }, "最多 1 项", "at most 1 item"],
    [{ code: "too_big", origin: "number", maximum: 4, inclusive: true }, "不能大于 4", "must be 4 or less"],
    [{ code: "too_big", origin: "number", maximum: 4, inclusive: false }, "必须小于 4", "must be less than 4"],
    [
      { code: "invalid_value", values: ["org", "staff"] },
      '应为以下之一："org"、"staff"',
      'should be one of "org", "staff"',
    ],
    [{ code: "invalid_value", values: ["sum"] }, '应为 "sum"', 'should be "sum"'],
    [
      { code: "invalid_enum_value", options: ["error", "off"] },
      '应为以下之一："error"、"off"',
      'should be one of "error", "off"',
    ],
    [
      { code: "invalid_union", options: ["sum", "ratio"] },
      '应为以下之一："sum"、"ratio"',
      'should be one of "sum", "ratio"',
    ],
    [{ code: "invalid_union" }, "不符合任何一种允许的写法", "matches none of the allowed forms"],
    [
      { code: "invalid_format", format: "regex", message: "ids use lower-case letters, digits, '.' and '-'" },
      "标识只能用小写字母、数字、“.”和“-”，并以小写字母或数字开头",
      "an id uses lower-case letters, digits, '.' and '-', and starts with a letter or digit",
    ],
    [{ code: "not_multiple_of", divisor: 5 }, "应为 5 的倍数", "should be a multiple of 5"],
    [{ code: "custom", message: 'duplicate id "budget"' }, '标识 "budget" 重复', 'duplicate id "budget"'],
    [{ code: "custom", message: 'unknown fact "x.y"' }, '没有标识为 "x.y" 的数据项', 'no fact has the id "x.y"'],
    [
      { code: "custom", message: "two grades share the same lower bound" },
      "有两个等级的最低分相同",
      "two grades share the same lowest score",
    ],
    [{ code: "invalid_key" }, "此处的值不符合要求", "not a valid value here"],
  ];
  test.each(cases)("%j", (issue, zh, en) => {
    expect(explainIssue("zh-CN", issue)).toBe(zh);
    expect(explainIssue("en-US", issue)).toBe(en);
  });
});

/** Profiles that go wrong in every way the schema and the core's checks know, each a few times over. */
function brokenProfiles(): unknown[] {
  const a = profile();
  a.id = "Bad Id";
  a.name["zh-CN"] = "";
  a.sections[0].level = 1.5;
  a.sections[1].level = 9;
  delete a.sections[2].title;
  a.sections[3].title = 5;
  a.sections[4].aliases = "x";
  a.relations[0].kind = "nope";
  a.tables[0].kind = "zzz";
  a.weights.total = 0;
  a.grades = [];
  a.rules = { "grade-band": "loud", nosuch: "off" };
  a.bogus = 1;
  a.extra = null;
  const b = profile();
  b.sections[4].id = b.sections[5].id;
  b.scoreSection = "nowhere";
  b.sections[6].parent = "nowhere";
  b.recognise = { anyTable: ["no-table"] };
  b.grades = [
    { grade: "优", min: 90 },
    { grade: "良", min: 90 },
  ];
  const sum = b.relations.find((r: { kind: string }) => r.kind === "sum");
  if (sum) {
    sum.parts = [];
    sum.optional = [];
    sum.minParts = 3;
    sum.openWithout = ["not-a-part"];
    sum.total = "no-fact";
  }
  const c = profile();
  c.rules = [];
  return [a, b, c];
}

describe("every problem the core reports, in each language", () => {
  for (const lang of ["zh-CN", "en-US"] as Lang[]) {
    test(`from the issues (a file, a URL), ${lang}`, () => {
      for (const data of brokenProfiles()) {
        const text = JSON.stringify(data);
        const r = parseProfileJson(text);
        expect(r.ok).toBe(false);
        const shown = explainProfileText(lang, text, r.ok ? [] : r.problems, profileSchema);
        expect(shown.length).toBe(r.ok ? 0 : r.problems.length);
        for (const p of shown) {
          // never the fallback, never zod's words
          expect([p.path, p.message]).not.toEqual([
            p.path,
            expect.stringMatching(/^不符合要求|Invalid|Too (small|big)|Unrecognized|expected/),
          ]);
          if (lang === "zh-CN") expect([p.path, englishWords(p.message)]).toEqual([p.path, []]);
          else expect([p.path, p.message]).not.toEqual([p.path, expect.stringMatching(/[\u4e00-\u9fff](?![^"]*")/)]);
        }
      }
    });

    test(`from the words alone (a profile stored in a document), ${lang}`, () => {
      for (const data of brokenProfiles()) {
        const r = parseProfile(data);
        if (r.ok) throw new Error("expected problems");
        const byWords = explainProblems(lang, r.problems);
        const byIssues = explainProfileText(lang, JSON.stringify(data), r.problems, profileSchema);
        // the same words either way, but for the type received (zod's words name it, the issue only when reported)
        expect(byWords.map((p) => p.path)).toEqual(byIssues.map((p) => p.path));
        expect(byWords.map((p) => p.message)).toEqual(byIssues.map((p) => p.message));
      }
    });
  }
});

test("keys stated twice, and a text too large or not JSON", () => {
  const dup = '{"id":"a","id":"b"}';
  const r = parseProfileJson(dup);
  if (r.ok) throw new Error("expected problems");
  const zh = explainProfileText("zh-CN", dup, r.problems, profileSchema);
  expect(zh[0]).toEqual({ path: "id", message: '键 "id" 写了不止一次（只有最后一次有效）' });
  expect(explainProfileText("en-US", dup, r.problems, profileSchema)[0].message).toBe(
    'the key "id" is written more than once (only the last counts)',
  );
  expect(explainProblems("en-US", [{ path: "(root)", message: "invalid JSON: Unexpected end of JSON input" }])).toEqual(
    [{ message: "not valid JSON (it may be cut short)" }],
  );
  expect(
    explainProblems("zh-CN", [
      {
        path: "(root)",
        message: "invalid JSON: Expected ',' or '}' after property value in JSON at position 12 (line 2 column 3)",
      },
    ]),
  ).toEqual([{ message: "不是有效的 JSON：第 2 行第 3 列附近有误" }]);
  expect(explainProfileText("zh-CN", " ".repeat(5 * 1024 * 1024), [], profileSchema)[0].message).toBe(
    "模板过大（5 MiB，上限 4 MiB）；模板通常只有几十 KB",
  );
});

test("a problem at the top level names it; one with the text as a whole names no place", () => {
  expect(explainProblems("zh-CN", [{ path: "(root)", message: 'Unrecognized keys: "bogus", "extra"' }])).toEqual([
    { path: "", message: '不认识的键 "bogus"、"extra"：拼写有误，或不该出现在这里' },
  ]);
  expect(
    explainProblems("en-US", [{ path: "(root)", message: "invalid JSON: Unexpected end of JSON input" }])[0].path,
  ).toBeUndefined();
});

test("a message the pane does not know: both languages at once give the pane's side; English alone is kept, marked", () => {
  expect(explainProblems("zh-CN", [{ path: "x", message: "新的检查 / a new check" }])).toEqual([
    { path: "x", message: "新的检查" },
  ]);
  expect(explainProblems("en-US", [{ path: "x", message: "新的检查 / a new check" }])).toEqual([
    { path: "x", message: "a new check" },
  ]);
  expect(explainProblems("zh-CN", [{ path: "x", message: "something new" }])).toEqual([
    { path: "x", message: "不符合要求：something new" },
  ]);
});
