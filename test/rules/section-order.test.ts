import { sectionOrder } from "../../src/core/rules/section-order";
import { OUTLINE, report, ruleCases } from "../support/rule-tester";

const swap = (a: number, b: number) => {
  const lines = [...OUTLINE];
  const pa = lines.slice(a * 2, a * 2 + 2);
  const pb = lines.slice(b * 2, b * 2 + 2);
  lines.splice(a * 2, 2, ...pb);
  lines.splice(b * 2, 2, ...pa);
  return lines;
};

ruleCases(sectionOrder, [
  ["in order", report(...OUTLINE), []],
  ["问题 before 结论: one finding, not two", report(...swap(3, 4)), ["存在的问题及改进措施"]],
  [
    "基本情况 moved to the end",
    report(...OUTLINE.slice(2), ...OUTLINE.slice(0, 2)),
    [{ message: "部门基本情况", en: "out of order" }],
  ],
  ["missing sections are not an order problem", report(...OUTLINE.slice(4)), []],
]);
