import { parseProfile, parseProfileJson } from "../../src/core/profile/profile";
import { builtInProfile, builtInProfileIds, defaultProfile } from "../../src/core/profile/built-in";

test("the built-in profiles validate", () => {
  for (const id of builtInProfileIds()) expect(builtInProfile(id)?.id).toBe(id);
  expect(
    defaultProfile()
      .sections.filter((s) => s.level === 1 && s.required)
      .map((s) => s.title),
  ).toEqual([
    "部门基本情况",
    "自评工作开展情况",
    "部门整体支出绩效目标实现情况及指标分析",
    "评价结论和评价等级",
    "存在的问题及改进措施",
  ]);
  expect(builtInProfile("dept-overall-hebei")!.sections.find((s) => s.id === "team")!.required).toBe(true);
});

test("national grade bands", () => {
  expect(defaultProfile().grades.map((g) => [g.grade, g.min])).toEqual([
    ["优", 90],
    ["良", 80],
    ["中", 60],
    ["差", 0],
  ]);
});

describe("invalid profiles are refused with every problem's field path", () => {
  const base = () => JSON.parse(JSON.stringify(defaultProfile()));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- profiles bent out of shape on purpose
  test.each<[string, (p: any) => void, string[]]>([
    ["a section without a title", (p) => delete p.sections[2].title, ["sections.2.title"]],
    ["a level out of range", (p) => (p.sections[0].level = 7), ["sections.0.level"]],
    ["an unknown field", (p) => (p.sections[1].colour = "red"), ["sections.1"]],
    ["duplicate section ids", (p) => (p.sections[1].id = p.sections[0].id), ["sections.1.id"]],
    ["an unknown parent", (p) => (p.sections[1].parent = "nowhere"), ["sections.1.parent"]],
    ["a relation naming an unknown fact", (p) => (p.relations[0].parts[1] = "staff.ghosts"), ["relations.0.parts.1"]],
    [
      "an execution comparison naming an unknown fact",
      (p) => (p.execution.compare.final = "final.ghosts"),
      ["execution.compare.final"],
    ],
    ["a wrong type", (p) => (p.grades[0].min = "ninety"), ["grades.0.min"]],
    ["no sections at all", (p) => (p.sections = []), ["sections"]],
    [
      "two problems at once",
      (p) => {
        p.sections[0].level = 0;
        p.grades[1].grade = "";
      },
      ["sections.0.level", "grades.1.grade"],
    ],
  ])("%s", (_name, mutate, paths) => {
    const p = base();
    mutate(p);
    const r = parseProfile(p);
    expect(r.ok).toBe(false);
    if (!r.ok) for (const path of paths) expect(r.problems.map((x) => x.path)).toContain(path);
  });

  test("invalid JSON", () => {
    const r = parseProfileJson("{ not json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ path: "(root)" });
  });
});

test("absurd sizes are refused by field path, not processed", () => {
  const p = JSON.parse(JSON.stringify(defaultProfile()));
  p.sections = Array.from({ length: 5000 }, (_, i) => ({ id: `s${i}`, title: "x", level: 1 }));
  p.residue = ["x".repeat(100000)];
  const r = parseProfile(p);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.problems.map((x) => x.path)).toEqual(expect.arrayContaining(["sections", "residue.0"]));
  }
});
