// A typed table of contents against the body (src/core/checks/contents-numbering.ts).
import { buildContext } from "../../src/core/analyze";
import { contentsKey, firstContentsMismatch } from "../../src/core/checks/contents-numbering";
import { defaultProfile } from "../../src/core/profile/built-in";
import { report } from "../support/rule-tester";

test.each([
  ["一、部门概况", "部门概况"],
  ["二、绩效目标……………3", "绩效目标"],
  ["（一） 部 门 职 责 ........ 12", "部门职责"],
  ["三、存在的问题\t5", "存在的问题"],
  ["部門概況", "部门概况"],
])("contentsKey(%j) = %j", (text, key) => {
  expect(contentsKey(text)).toBe(key);
});

const body = [
  "一、部门概况",
  "本办编制 44 名。",
  "二、绩效目标",
  "全年目标均已完成。",
  "三、存在的问题",
  "预算编制不够精细。",
];

test.each<[string, string[], { paragraph: number; inContents: string; inBody: string; key: string } | undefined]>([
  ["the body follows its 目录", ["目录", "一、部门概况", "二、绩效目标", "三、存在的问题", ...body], undefined],
  [
    "the first heading that differs",
    ["目录", "一、摘要", "二、部门概况", "三、绩效目标", "报告标题", ...body],
    { paragraph: 5, inContents: "二、", inBody: "一、", key: "部门概况" },
  ],
  [
    "dot leaders and page numbers",
    ["目 录", "一、部门概况……………1", "二、绩效目标……………3", "三、存在的问题………5", ...body],
    undefined,
  ],
  ["fewer than three lines under 目录", ["目录", "二、部门概况", ...body], undefined],
])("firstContentsMismatch: %s", (_, texts, expected) => {
  const doc = report(...texts);
  const m = firstContentsMismatch(doc, buildContext(doc, defaultProfile()).outline.items);
  expect(m && { paragraph: m.heading.paragraph, inContents: m.inContents, inBody: m.inBody, key: m.key }).toEqual(
    expected,
  );
});
