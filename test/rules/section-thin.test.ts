import { sectionThin } from "../../src/core/rules/section-thin";
import { OUTLINE, doc, report, ruleCases } from "../support/rule-tester";

const BEFORE = OUTLINE.slice(0, 8);
const problems = (...lines: string[]) => report(...BEFORE, "五、存在的问题及改进措施", ...lines);

ruleCases(sectionThin, [
  [
    "problems in one line",
    problems("问题较少。"),
    [
      {
        message: "章节“存在的问题及改进措施”只有 1 句，内容过于简略（至少应有 2 句）",
        en: "has 1 sentence: too brief",
        severity: "info",
      },
    ],
  ],
  ["two sentences", problems("满意度调查样本偏少。下一步将扩大调查范围。"), []],
  ["two paragraphs of one sentence each", problems("满意度调查样本偏少。", "下一步将扩大调查范围。"), []],
  ["a semicolon ends a sentence", problems("一是预算编制不细；二是执行进度偏慢。"), []],
  [
    "points enumerated in one long sentence",
    problems("一是预算编制不够科学，二是绩效目标不够细化，三是结果运用不充分。"),
    [],
  ],
  ["points numbered ① ② in one sentence", problems("主要问题：①预算编制不细，②执行进度偏慢。"), []],
  [
    "one sentence with no points",
    problems("虽然较好地完成了年初目标，但是还存在一些不足，群众满意度有提升空间。"),
    ["只有 1 句"],
  ],
  [
    "text after the colon of the heading counts",
    report(...BEFORE, "五、存在的问题及改进措施：满意度调查样本偏少。", "下一步将扩大调查范围。"),
    [],
  ],
  ["a placeholder is not a sentence", problems("满意度调查样本偏少。", "【请填写】"), ["只有 1 句"]],
  [
    "sub-sections carry the check, the parent is left to them",
    problems(
      "（一）存在的主要问题",
      "满意度调查样本偏少。",
      "（二）针对问题提出具体的改进措施或建议",
      "扩大调查范围。按月跟踪预算执行。",
    ),
    ["章节“存在的主要问题”只有 1 句"],
  ],
  ["an empty section is section-empty's, not this rule's", report(...BEFORE, "五、存在的问题及改进措施"), []],
  ["a missing section is not thin", report(...BEFORE), []],
  [
    "a table in the section: its cells are sentences too",
    doc(...BEFORE, "五、存在的问题及改进措施", [
      ["问题", "措施"],
      ["资金拨付慢", "加快拨付"],
    ]),
    [],
  ],
  [
    "sections without a minimum are never thin",
    report("一、部门基本情况", "有。", ...OUTLINE.slice(2, 8), "五、存在的问题及改进措施", "样本偏少。扩大范围。"),
    [],
  ],
]);
