// Precision before recall (issue 11, item 6): every numeric finding names each figure it
// used, as written, and where it was read — a reviewer checks the finding against them.
import type { Rule } from "../../src/core/rules/rule";
import { figureMismatch } from "../../src/core/rules/figure-mismatch";
import { overLimit } from "../../src/core/rules/over-limit";
import { rateMismatch } from "../../src/core/rules/rate-mismatch";
import { ratioMismatch } from "../../src/core/rules/ratio-mismatch";
import { sumMismatch } from "../../src/core/rules/sum-mismatch";
import type { DocModel } from "../../src/core/model/model";
import { doc, report, runRule } from "../support/rule-tester";

const cases: [string, Rule, DocModel, [label: string, value: string, paragraph: number][]][] = [
  [
    "a sum in a sentence: the total and each part",
    sumMismatch,
    report("年末实有人数 15 人，其中在职 12 人，退休 4 人。"),
    [
      ["年末实有人数", "15 人", 0],
      ["在职", "12 人", 0],
      ["退休", "4 人", 0],
    ],
  ],
  [
    "the national form's fund split: the total's cell and each part's cell",
    sumMismatch,
    doc([
      ["项目", "年初预算数", "全年预算数", "全年执行数"],
      ["年度资金总额", "500", "540", "520"],
      ["其中：一般公共预算", "300", "320", "310"],
      ["其他资金", "200", "220", "200"],
    ]),
    [
      ["年度资金总额", "520", 7],
      ["一般公共预算", "310", 11],
      ["其他资金", "200", 15],
    ],
  ],
  [
    "one figure stated twice: both statements",
    figureMismatch,
    report("实有人数 15 人。", "年末实有人数 16 人。"),
    [
      ["实有人数", "15 人", 0],
      ["年末实有人数", "16 人", 1],
    ],
  ],
  [
    "an execution rate in sentences: rate, executed, budget",
    rateMismatch,
    report("全年预算数 520.00 万元，全年执行数 494.00 万元，预算执行率 90.00%。"),
    [
      ["预算执行率", "90.00%", 0],
      ["全年执行数", "494.00 万元", 0],
      ["全年预算数", "520.00 万元", 0],
    ],
  ],
  [
    "an execution rate in a form: the cells",
    rateMismatch,
    doc([
      ["年度预算申请（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", "4753.66万元", "4753.66万元", "3824.26万元", "10", "80.45%", "10"],
    ]),
    [
      ["年度资金总额得分", "10", 13],
      ["年度资金总额分值", "10", 11],
      ["年度资金总额全年预算数", "4753.66万元", 9],
      ["年度资金总额全年执行数", "3824.26万元", 10],
    ],
  ],
  [
    "staff over quota",
    overLimit,
    report("核定编制 20 名，在职人数 22 人。"),
    [
      ["在职人数", "22 人", 0],
      ["核定编制", "20 名", 0],
    ],
  ],
  [
    "a staffing ratio",
    ratioMismatch,
    report("编制数 20 人，在职人数 18 人，人员控制率 100%。"),
    [
      ["人员控制率", "100%", 0],
      ["在职人数", "18 人", 0],
      ["编制数", "20 人", 0],
    ],
  ],
];

describe("numeric findings name the figures they used", () => {
  for (const [name, rule, document, expected] of cases)
    test(name, () => {
      const findings = runRule(rule, document);
      expect(findings).toHaveLength(1);
      expect(findings[0].figures?.map((f) => [f.label, f.value, f.location.paragraph])).toEqual(expected);
    });
});
