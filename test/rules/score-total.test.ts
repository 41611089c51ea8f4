import { scoreTotal } from "../../src/core/rules/score-total";
import type { CellInput } from "../../src/core/model/builder";
import { doc, ruleCases } from "../support/rule-tester";

const HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
const lines = (scores: string[], weights = ["10", "50", "30", "10"]): CellInput[][] => [
  HEADER,
  ["预算执行", "预算执行率", "预算执行率", "100%", "95%", weights[0], scores[0]],
  ["产出指标", "数量指标", "办结件数", "100件", "100件", weights[1], scores[1]],
  ["效益指标", "社会效益", "群众知晓率", "≥90%", "95%", weights[2], scores[2]],
  ["满意度指标", "满意度", "群众满意度", "≥90%", "92%", weights[3], scores[3]],
];
const total = (t: string): CellInput[] => [{ text: "总分", colSpan: 5 }, "100", t];

ruleCases(scoreTotal, [
  ["Σ 得分 = stated score", doc("自评得分 87.5 分。", [...lines(["9.5", "50", "20", "8"]), total("87.5")]), []],
  [
    "stated score ≠ Σ 得分",
    doc("自评得分 90 分。", lines(["9.5", "50", "20", "8"])),
    [{ message: "自评得分 90 分与指标表得分合计 87.5 分不符", en: "indicator table" }],
  ],
  [
    "the table's own total row is wrong",
    doc([...lines(["9.5", "50", "20", "8"]), total("89")]),
    ["指标表合计得分 89 ≠ 各项得分之和 87.5"],
  ],
  [
    "a total rounding the sum to whole points is right",
    doc("自评得分 88 分。", [...lines(["9.5", "50", "20", "8"]), total("88")]),
    [],
  ],
  [
    "a table continued over two tables adds up as one",
    doc("自评得分 87.5 分。", lines(["9.5", "50", "20", "8"]).slice(0, 3), [
      HEADER,
      ...lines(["9.5", "50", "20", "8"]).slice(3),
      total("87.5"),
    ]),
    [],
  ],
  [
    "tables that each carry the full weight (one per project) are not added up",
    doc(
      "自评得分 87.5 分。",
      [...lines(["9.5", "50", "20", "8"]), total("87.5")],
      [...lines(["10", "50", "30", "10"]), total("100")],
    ),
    [],
  ],
  [
    "the execution rate scored in its own table joins the total",
    doc(
      "自评得分 87.5 分。",
      [
        ["项目", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["预算资金", "100", "95", "10", "95%", "9.5"],
      ],
      lines(["9.5", "50", "20", "8"]).filter((_, i) => i !== 1),
    ),
    [],
  ],
  ["a line above its weight", doc(lines(["9.5", "50", "31", "8"])), ["得分 31 超过分值 30"]],
  [
    "weights that do not sum to 100",
    doc(lines(["9.5", "45", "20", "8"], ["10", "45", "30", "10"])),
    ["指标分值合计 95，应为 100"],
  ],
  [
    "a quantitative line over-scored: 80 件 of 100 earns 40 of 50",
    doc(
      lines(["9.5", "50", "20", "8"]).map((r, i) =>
        i === 2 ? ["产出指标", "数量指标", "办结件数", "100件", "80件", "50", "50"] : r,
      ),
    ),
    [{ message: "应得 40.00 分", severity: "warning" }],
  ],
  ["under-scoring is the author's call", doc(lines(["9", "40", "20", "8"])), []],
  ["no indicator table, nothing to add", doc("自评得分 87 分。"), []],
]);
