/* eslint-disable @typescript-eslint/no-explicit-any -- profiles are bent out of shape on purpose */
// Hostile keys in a profile's JSON (issue 12): keys stated twice, keys that name Object's own
// properties, and a profile text too large to be one. Every case is refused with the exact
// field paths, and nothing reaches Object.prototype.
import { MAX_PROFILE_BYTES } from "../../src/core/profile/profile-limits";
import { parseProfileJson, type ProfileProblem } from "../../src/core/profile/profile";
import { defaultProfile } from "../../src/core/profile/built-in";
import { RULE_IDS } from "../../src/core/model/rule-ids";
import { RULES } from "../../src/core/rules";
import { PROFILE_NS, storedProfile } from "../../src/io/ooxml/profile-part";

const MARK = "@@MARK@@";

/** The default profile as JSON text, with the value MARK at one place replaced by raw JSON text. */
function profileText(mutate: (p: any) => void, raw: string): string {
  const p = JSON.parse(JSON.stringify(defaultProfile()));
  mutate(p);
  const text = JSON.stringify(p);
  expect(text.split(JSON.stringify(MARK)).length).toBe(2);
  return text.replace(JSON.stringify(MARK), raw);
}

/** A key stated twice: `"key": first, "key": second` where `"key": MARK` stood. */
function twice(
  mutate: (p: any) => void,
  key: string,
  first: string,
  second: string,
  spelledSecond = JSON.stringify(key),
): string {
  const p = JSON.parse(JSON.stringify(defaultProfile()));
  mutate(p);
  const text = JSON.stringify(p);
  const at = `${JSON.stringify(key)}:${JSON.stringify(MARK)}`;
  expect(text.split(at).length).toBe(2);
  return text.replace(at, `${JSON.stringify(key)}:${first},${spelledSecond}:${second}`);
}

const problemsOf = (text: string): ProfileProblem[] => {
  const r = parseProfileJson(text);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
};

afterEach(() => {
  // nothing a profile says may reach every object of the process
  expect(({} as any).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
});

describe("a key stated twice is an error at its path, in both languages", () => {
  const cases: { name: string; text: () => string; paths: string[] }[] = [
    { name: "top level: id", text: () => twice((p) => (p.id = MARK), "id", '"a"', '"b"'), paths: ["id"] },
    {
      name: "top level, three times: two problems",
      text: () => twice((p) => (p.id = MARK), "id", '"a"', '"b","id":"c"'),
      paths: ["id", "id"],
    },
    {
      name: "nested object: name.zh-CN",
      text: () => twice((p) => (p.name["zh-CN"] = MARK), "zh-CN", '"甲"', '"乙"'),
      paths: ["name.zh-CN"],
    },
    {
      name: "nested deeper: weights.groups.1.weight",
      text: () =>
        twice(
          (p) =>
            (p.weights.groups = [
              { name: "a", weight: 60 },
              { name: "b", weight: MARK },
            ]),
          "weight",
          "30",
          "40",
        ),
      paths: ["weights.groups.1.weight"],
    },
    {
      name: "in an array: sections.2.title",
      text: () => twice((p) => (p.sections[2].title = MARK), "title", '"甲"', '"乙"'),
      paths: ["sections.2.title"],
    },
    {
      name: "in an array in an array: tables.0.cells.0.fact",
      text: () =>
        twice(
          (p) => (p.tables[0].cells = [{ fact: MARK, column: ["数"] }]),
          "fact",
          JSON.stringify(defaultProfile().facts[0].id),
          JSON.stringify(defaultProfile().facts[0].id),
        ),
      paths: ["tables.0.cells.0.fact"],
    },
    {
      name: "in the rules: rules.section-missing",
      text: () => twice((p) => (p.rules["section-missing"] = MARK), "section-missing", '"off"', '"warning"'),
      paths: ["rules.section-missing"],
    },
    {
      name: "the same key spelled with an escape (\\u0074itle)",
      text: () => twice((p) => (p.sections[2].title = MARK), "title", '"甲"', '"乙"', '"\\u0074itle"'),
      paths: ["sections.2.title"],
    },
    {
      name: "__proto__ twice in rules",
      text: () => profileText((p) => (p.rules = MARK), '{"__proto__":"off","__proto__":"off"}'),
      paths: ["rules.__proto__"],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const problems = problemsOf(c.text());
      const duplicates = problems.filter((p) => p.message.includes("duplicate key"));
      expect(duplicates.map((p) => p.path)).toEqual(c.paths);
      for (const p of duplicates) {
        const key = p.path.split(".").pop()!;
        expect(p.message).toBe(`重复的键 ${JSON.stringify(key)} / duplicate key ${JSON.stringify(key)}`);
      }
      // everything but the duplicates is valid (and __proto__ is an unknown rule besides)
      expect(problems.filter((p) => !duplicates.includes(p)).every((p) => p.path === "rules.__proto__")).toBe(true);
    });
  }

  test("the same key in sibling objects or at other levels is no duplicate", () => {
    const text = JSON.stringify(defaultProfile());
    expect(parseProfileJson(text).ok).toBe(true);
    // "id" in every section, the profile's own "id", "title" under sections and template alike
    expect(text.match(/"id":/g)!.length).toBeGreaterThan(10);
  });

  test("nesting far deeper than any profile: problems, no stack overflow", () => {
    const depth = 200_000;
    const text = `{"sections":${"[".repeat(depth)}${"]".repeat(depth)},"x":{"a":1,"a":2}}`;
    const problems = problemsOf(text);
    expect(problems[0]).toEqual({ path: "x.a", message: '重复的键 "a" / duplicate key "a"' });
  });

  test("a million duplicates are counted, not listed one by one", () => {
    const text = `{"id":"a"${',"id":"a"'.repeat(100_000)}}`;
    const problems = problemsOf(text).filter((p) => p.message.includes("duplicate key"));
    expect(problems.length).toBe(21);
    expect(problems[20]).toEqual({ path: "(root)", message: "另有 99980 个重复的键 / 99980 more duplicate keys" });
  });
});

describe("keys that name Object's own properties are unknown keys like any other", () => {
  const cases: { name: string; rules: string; paths: string[] }[] = [
    { name: "__proto__ turning a rule off", rules: '{"__proto__":"off"}', paths: ["rules.__proto__"] },
    { name: "__proto__ holding an object", rules: '{"__proto__":{"polluted":"yes"}}', paths: ["rules.__proto__"] },
    { name: "constructor", rules: '{"constructor":"off"}', paths: ["rules.constructor"] },
    {
      name: "constructor holding an object",
      rules: '{"constructor":{"prototype":{"polluted":"yes"}}}',
      paths: ["rules.constructor"],
    },
    { name: "prototype", rules: '{"prototype":"warning"}', paths: ["rules.prototype"] },
    {
      name: "toString and hasOwnProperty",
      rules: '{"toString":"off","hasOwnProperty":"off"}',
      paths: ["rules.toString", "rules.hasOwnProperty"],
    },
    { name: "a typo", rules: '{"section-mising":"off"}', paths: ["rules.section-mising"] },
    {
      name: "beside a known rule",
      rules: '{"section-missing":"warning","__proto__":"off"}',
      paths: ["rules.__proto__"],
    },
  ];
  for (const c of cases) {
    test(`rules: ${c.name}`, () => {
      const problems = problemsOf(profileText((p) => (p.rules = MARK), c.rules));
      expect(problems.map((p) => p.path)).toEqual(c.paths);
      for (const p of problems) {
        const key = JSON.stringify(p.path.slice("rules.".length));
        expect(p.message).toBe(`没有这条规则 ${key} / unknown rule ${key}`);
      }
    });
  }

  test("a known rule with a wrong setting is named by its path", () => {
    const problems = problemsOf(profileText((p) => (p.rules = MARK), '{"grade-band":"loud"}'));
    expect(problems.map((p) => p.path)).toEqual(["rules.grade-band"]);
  });

  test("rules that are not an object", () => {
    expect(problemsOf(profileText((p) => (p.rules = MARK), '["off"]')).map((p) => p.path)).toEqual(["rules"]);
  });

  test("many unknown rules: twenty listed, the rest counted", () => {
    const rules = `{${Array.from({ length: 50 }, (_, i) => `"r${i}":"off"`).join(",")}}`;
    const problems = problemsOf(profileText((p) => (p.rules = MARK), rules));
    expect(problems.length).toBe(21);
    expect(problems[20]).toEqual({ path: "rules", message: "另有 30 个未知的规则 / 30 more unknown rules" });
  });

  const strict: { name: string; mutate: (p: any) => void; raw: string; path: string }[] = [
    {
      name: "in a label (facts.0.label)",
      mutate: (p) => (p.facts[0].label = MARK),
      raw: '{"zh-CN":"甲","en-US":"a","__proto__":{"polluted":"yes"}}',
      path: "facts.0.label",
    },
    {
      name: "in the name",
      mutate: (p) => (p.name = MARK),
      raw: '{"zh-CN":"甲","en-US":"a","constructor":"x"}',
      path: "name",
    },
    {
      name: "in a section",
      mutate: (p) => (p.sections[1] = MARK),
      raw: JSON.stringify(defaultProfile().sections[1]).replace(/}$/, ',"__proto__":{"required":true}}'),
      path: "sections.1",
    },
    {
      name: "at the top",
      mutate: (p) => (p.version = MARK),
      raw: '"1","__proto__":{"polluted":"yes"}',
      path: "(root)",
    },
  ];
  for (const c of strict) {
    test(`an object with fixed fields: ${c.name}`, () => {
      const problems = problemsOf(profileText(c.mutate, c.raw));
      expect(problems.map((p) => p.path)).toEqual([c.path]);
      expect(problems[0].message).toMatch(/Unrecognized key.*"(__proto__|constructor)"/);
    });
  }

  test("the rules of a valid profile are an object without prototype, holding only rule ids", () => {
    const r = parseProfileJson(
      profileText((p) => (p.rules = MARK), '{"section-missing":"warning","duplicate-text":"off"}'),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.getPrototypeOf(r.profile.rules)).toBeNull();
    expect(Object.keys(r.profile.rules)).toEqual(["section-missing", "duplicate-text"]);
    expect(JSON.parse(JSON.stringify(r.profile)).rules).toEqual({
      "section-missing": "warning",
      "duplicate-text": "off",
    });
    const none = parseProfileJson(JSON.stringify({ ...defaultProfile(), rules: undefined }));
    expect(none.ok && Object.getPrototypeOf(none.profile.rules)).toBeNull();
  });
});

test("the rule ids a profile is checked against are the rules' own", () => {
  expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
});

describe("a profile text too large to be one", () => {
  test("is refused before it is parsed, with its size and the limit", () => {
    const text = " ".repeat(MAX_PROFILE_BYTES + 1);
    expect(problemsOf(text)).toEqual([
      {
        path: "(root)",
        message:
          "模板过大（4.0 MiB，上限 4 MiB；模板通常只有几十 KB） / the profile is too large (4.0 MiB; the limit is 4 MiB, and a profile is some tens of KB)",
      },
    ]);
  });

  test("stored in a document: invalid, with the reason", () => {
    const json = JSON.stringify(defaultProfile());
    const xml = (text: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><profile xmlns="${PROFILE_NS}">${text}</profile>`;
    expect(storedProfile([xml(json)])?.ok).toBe(true);
    const big = storedProfile([xml(json + " ".repeat(5 * 1024 * 1024))]);
    expect(big).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: "(root)", message: expect.stringContaining("the limit is 4 MiB") })],
    });
    expect(big?.ok === false && big.problems[0].message).toContain("5.0 MiB");
    // a duplicate key in a stored profile makes it invalid too
    const dup = storedProfile([xml(json.replace('{"id":', '{"id":"x","id":'))]);
    expect(dup).toEqual({ ok: false, problems: [{ path: "id", message: '重复的键 "id" / duplicate key "id"' }] });
  });
});

test("150,000 unknown keys at the top level: the problem is said in a bounded line, not 1.5 MB", () => {
  const data: Record<string, unknown> = { ...defaultProfile() };
  for (let i = 0; i < 150_000; i++) data[`k${i}`] = 1;
  const r = parseProfileJson(JSON.stringify(data));
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.problems.length).toBeLessThanOrEqual(200);
  for (const p of r.problems) expect(p.message.length).toBeLessThan(400);
});
