// Numbering written out (src/core/checks/numbering-labels.ts).
import { buildContext } from "../../src/core/analyze";
import type { NumberingFamily } from "../../src/core/text/numbering";
import { numberingLabel, restyle, typedNumbering, withGap } from "../../src/core/checks/numbering-labels";
import { defaultProfile } from "../../src/core/profile/built-in";
import { report } from "../support/rule-tester";

test.each<[NumberingFamily, number, string]>([
  ["cn", 3, "三、"],
  ["cn", 12, "十二、"],
  ["cn-paren", 2, "（二）"],
  ["arabic", 4, "4."],
  ["arabic-paren", 10, "（10）"],
  ["part", 1, "第一部分"],
  ["circled", 5, "5"],
])("numberingLabel(%j, %i) = %j", (family, n, label) => {
  expect(numberingLabel(family, n)).toBe(label);
});

test.each([
  ["（一）", 3, "（三）"],
  ["(一)", 11, "(十一)"],
  ["1、", 3, "3、"],
  ["（1）", 12, "（12）"],
])("restyle(%j, %i) = %j", (norm, n, expected) => {
  expect(restyle(norm, n)).toBe(expected);
});

test.each([
  ["1. 部门职责", 0, "1.", "1、", "1. "],
  ["（三 部门", 0, "（三", "（三）", "（三 "],
  ["  （三\u3000部门", 2, "（三", "（三）", "（三\u3000"],
  ["1. 部门职责", 0, "1.", "1", "1."],
])("withGap(%j, %i, %j, %j) = %j", (text, at, typed, right, expected) => {
  expect(withGap(text, at, typed, right)).toBe(expected);
});

test.each([
  ["（三 人员情况", "（三"],
  ["三）人员情况", "三）"],
  ["（四)资产情况", "（四)"],
  ["1. 部门职责", "1"],
  ["二、收支", "二"],
])("typedNumbering(%j) = %j", (text, expected) => {
  const doc = report("一、部门基本情况", text);
  const item = buildContext(doc, defaultProfile()).outline.items.find((i) => i.paragraph === 1)!;
  expect(typedNumbering(item)).toBe(expected);
});
