// Numbered items followed level by level (src/core/checks/list-runs.ts): what each item is compared
// with, the runs they form, and what a run suggests lost its number.
import { buildContext } from "../../src/core/analyze";
import { DocBuilder } from "../../src/core/model/builder";
import { lostNumberInRun, MAX_TAIL, sequenceDepth, unnumberedTail, walkLevels } from "../../src/core/checks/list-runs";
import type { DocModel } from "../../src/core/model/model";
import type { OutlineItem } from "../../src/core/reading/outline";
import { defaultProfile } from "../../src/core/profile/built-in";
import { report } from "../support/rule-tester";

const itemsOf = (doc: DocModel) => buildContext(doc, defaultProfile()).outline.items;

/** Each visited item as [its paragraph, the paragraph of the item before it at its depth]; the runs as paragraphs. */
function walk(doc: DocModel) {
  const visits: [number, number | undefined][] = [];
  const runs = walkLevels(itemsOf(doc), (item, prev) => visits.push([item.paragraph, prev?.paragraph]));
  return { visits, runs: runs.map((r) => r.map((i) => i.paragraph)) };
}

test.each<[string, DocModel, [number, number | undefined][], number[][]]>([
  [
    "one level",
    report("一、概况", "二、收支", "三、结论"),
    [
      [0, undefined],
      [1, 0],
      [2, 1],
    ],
    [[0, 1, 2]],
  ],
  [
    "sub-levels restart under a new parent",
    report("一、概况", "（一）职责", "（二）机构", "二、收支", "（一）收入"),
    [
      [0, undefined],
      [1, undefined],
      [2, 1],
      [3, 0],
      [4, undefined],
    ],
    [[0, 3], [1, 2], [4]],
  ],
  [
    "a 1 starts a new run; another family too",
    report("1.职责", "2.机构", "1.收入", "（1）细目", "（2）细目"),
    [
      [0, undefined],
      [1, 0],
      [2, 1],
      [3, undefined],
      [4, 3],
    ],
    [[0, 1], [2], [3, 4]],
  ],
  [
    "circled numbers are not walked",
    report("一、概况", "①职责", "②机构", "二、收支"),
    [
      [0, undefined],
      [3, 0],
    ],
    [[0, 3]],
  ],
  [
    "a heading styled without a number closes the levels below it",
    new DocBuilder()
      .heading("部门基本情况", 1)
      .paragraphs("（一）职责", "（二）机构")
      .heading("自评工作开展情况", 1)
      .paragraphs("（二）方法")
      .build(),
    [
      [1, undefined],
      [2, 1],
      [4, undefined],
    ],
    [[1, 2], [4]],
  ],
])("walkLevels: %s", (_, doc, visits, runs) => {
  expect(walk(doc)).toEqual({ visits, runs });
});

test.each([
  ["第一部分 概况", 0],
  ["一、概况", 1],
  ["（一）职责", 2],
  ["1.职责", 3],
  ["（1）职责", 4],
])("sequenceDepth(%j) = %i", (text, depth) => {
  expect(sequenceDepth(itemsOf(report(text))[0])).toBe(depth);
});

const items = [
  "1、提高受理率，确保按期答复。",
  "2、减少积案，化解重点案件。",
  "3、做好值守，妥善处置突发事件。",
  "4、督促指导，开展年度考核。",
  "5、协助处理，协调跨部门问题。",
];

test.each<[string, string[], [number, number] | undefined]>([
  ["a list in a row", items, undefined],
  ["one paragraph lost its number", [...items.slice(0, 3), "完成上级交办的其他任务。", ...items.slice(3)], [3, 2]],
  ["two paragraphs in one gap", [...items.slice(0, 3), "其他任务一。", "其他任务二。", ...items.slice(3)], undefined],
  ["paragraphs in two gaps", [items[0], "说明。", ...items.slice(1, 3), "说明。", ...items.slice(3)], undefined],
  ["three items are too few", [...items.slice(0, 2), "完成其他任务。", items[2]], undefined],
])("lostNumberInRun: %s", (_, texts, expected) => {
  const doc = report(...texts);
  const [run] = walkLevels(itemsOf(doc), () => {});
  const lost = lostNumberInRun(doc, run);
  expect(lost && [lost.paragraph.index, lost.after.paragraph]).toEqual(expected);
});

const tables = ["第二部分 决算表", "一、收入决算表", "二、支出决算表", "三、财政拨款支出决算表"];

test.each<[string, string[], number[]]>([
  ["none", [...tables, "第三部分 情况说明"], []],
  ["two before the next part", [...tables, "项目支出决算表", "政府性基金决算表", "第三部分 情况说明"], [4, 5]],
  ["one at the end of the document", [...tables, "项目支出决算表"], [4]],
  ["a line of another kind", [...tables, "以上各表详见附件", "第三部分 情况说明"], []],
  ["followed by more text, not the next part", [...tables, "项目支出决算表", "本部门无项目支出，该表为空表。"], []],
  [`more than ${MAX_TAIL}`, [...tables, ...["甲", "乙", "丙", "丁"].map((x) => `${x}决算表`), "第三部分 说明"], []],
])("unnumberedTail: %s", (_, texts, expected) => {
  const doc = report(...texts);
  const runs = walkLevels(itemsOf(doc), () => {});
  const run = runs.find((r) => r.length >= 3) as OutlineItem[];
  expect(unnumberedTail(doc, run).map((p) => p.index)).toEqual(expected);
});
