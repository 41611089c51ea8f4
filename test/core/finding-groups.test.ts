import { bySeverity, groupRepeats, inDocumentOrder } from "../../src/core/model/finding-groups";
import type { Finding, Severity } from "../../src/core/model/finding";

const f = (rule: string, severity: Severity, zh: string, paragraph?: number): Finding => ({
  rule,
  severity,
  message: { "zh-CN": zh, "en-US": zh },
  location: paragraph === undefined ? {} : { paragraph },
});

const cases: [string, Finding[], string[]][] = [
  ["nothing", [], []],
  [
    "the same rule and message at three places: one group, its places in document order",
    [
      f("duplicate-text", "warning", "句子重复出现（首次见第 3 段）", 40),
      f("duplicate-text", "warning", "句子重复出现（首次见第 3 段）", 9),
      f("duplicate-text", "warning", "句子重复出现（首次见第 3 段）", 20),
    ],
    ["duplicate-text ×3 @9,20,40"],
  ],
  [
    "the same message from two rules stays two groups",
    [f("a", "warning", "同一句话", 1), f("b", "warning", "同一句话", 2)],
    ["a ×1 @1", "b ×1 @2"],
  ],
  [
    "a different message is a different group",
    [
      f("duplicate-text", "warning", "句子重复出现（首次见第 3 段）", 9),
      f("duplicate-text", "warning", "句子重复出现（首次见第 5 段）", 12),
    ],
    ["duplicate-text ×1 @9", "duplicate-text ×1 @12"],
  ],
];

const show = (groups: ReturnType<typeof groupRepeats>) =>
  groups.map(
    (g) => `${g.finding.rule} ×${g.locations.length} @${g.locations.map((l) => l.paragraph ?? "-").join(",")}`,
  );

for (const [name, findings, expected] of cases) {
  test(`groupRepeats: ${name}`, () => {
    expect(show(inDocumentOrder(groupRepeats(findings)))).toEqual(expected);
  });
}

test("in document order: by the first place of each group; a finding without a place last", () => {
  const findings = [
    f("whole", "info", "全文", undefined),
    f("late", "error", "后面", 50),
    f("early", "warning", "前面", 3),
    f("early", "warning", "前面", 70),
  ];
  expect(show(inDocumentOrder(groupRepeats(findings)))).toEqual(["early ×2 @3,70", "late ×1 @50", "whole ×1 @-"]);
});

test("by severity: errors first, each severity in document order", () => {
  const findings = [
    f("w2", "warning", "二", 30),
    f("i", "info", "提示", 1),
    f("e", "error", "错", 90),
    f("w1", "warning", "一", 5),
  ];
  expect(bySeverity(groupRepeats(findings)).map((g) => g.finding.rule)).toEqual(["e", "w1", "w2", "i"]);
});

test("a rule that finds the same thing half a million times lists its first 500 and says how many more", async () => {
  const { analyze, MAX_FINDINGS_PER_RULE } = await import("../../src/core/analyze");
  const { DocBuilder } = await import("../../src/core/model/builder");
  const { defaultProfile } = await import("../../src/core/profile/built-in");
  const b = new DocBuilder().paragraph("一、部门基本情况");
  for (let i = 0; i < MAX_FINDINGS_PER_RULE + 100; i++)
    b.paragraph("本单位认真贯彻落实党中央国务院决策部署，持续加强预算绩效管理工作。");
  const r = analyze(b.build(), defaultProfile());
  const dup = r.findings.filter((f) => f.rule === "duplicate-text");
  expect(dup.length).toBe(MAX_FINDINGS_PER_RULE + 1);
  expect(dup.find((f) => f.severity === "info")!.message["zh-CN"]).toMatch(/另有 \d+ 条问题未列出/);
});
