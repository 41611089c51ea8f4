import { DocBuilder } from "../../src/core/model/builder";
import type { DocModel } from "../../src/core/model/model";
import { countMismatch } from "../../src/core/rules/count-mismatch";
import { doc, report, ruleCases } from "../support/rule-tester";

/** Paragraphs as Word list items: one list (numId 7) at level 0. */
function listed(intro: string, items: string[], after: string[] = []): DocModel {
  const b = new DocBuilder().paragraph(intro);
  items.forEach((text, i) => b.paragraph({ text, list: { numId: "7", level: 0, label: `${i + 1}.` } }));
  return b.paragraphs(...after).build();
}

ruleCases(countMismatch, [
  // inline lists
  ["five named for five", report("内设机构 5 个：办公室、综合股、信访接待股、督查股、复查复核股。"), []],
  [
    "four named for five",
    report("内设机构 5 个：办公室、综合股、信访接待股、督查股。"),
    [
      {
        message: "“内设机构 5 个”，但列举了 4 项：办公室、综合股、信访接待股、督查股",
        en: "states 5, but 4 are listed",
        paragraph: 0,
      },
    ],
  ],
  ["和 may join the last two, or be part of a name", report("下设 3 个科室：办公室、财务科和业务科。"), []],
  [
    "一是 二是 for 三个问题",
    report("主要存在以下三个问题：一是预算编制不够精准；二是绩效目标不够细化。"),
    ["“三个问题”，但列举了 2 项：一是、二是"],
  ],
  [
    "一是 二是 going on in the next paragraph",
    report("主要存在以下三个问题：一是预算编制不够精准；二是绩效目标不够细化。", "三是结果运用不充分。"),
    [],
  ],
  [
    "一是 二是 三是 each in its own paragraph",
    report("存在以下三个问题：", "一是预算编制不够精准。", "二是绩效目标不够细化。"),
    ["“三个问题”，但列举了 2 项：一是、二是"],
  ],
  // lists in the paragraphs after
  [
    "(1)…(4) for 4 条",
    report(
      "提出以下 4 条改进措施：",
      "（1）细化预算编制；",
      "（2）完善绩效目标；",
      "（3）加强过程监控；",
      "（4）强化结果运用。",
    ),
    [],
  ],
  [
    "(1)…(3) for 4 条",
    report(
      "提出以下 4 条改进措施：",
      "（1）细化预算编制；",
      "（2）完善绩效目标；",
      "（3）加强过程监控。",
      "以上措施将逐步落实。",
    ),
    ["“4 条改进措施”，但列举了 3 项"],
  ],
  [
    "an item's own explanation between items is passed over",
    report("下设 2 个二级单位：", "1.县信访服务中心", "负责接待群众来访。", "2.县网上信访中心", "负责网上信访事项。"),
    [],
  ],
  [
    "the next section heading ends the list",
    doc(
      "二、自评工作开展情况",
      "下设 2 个工作组：",
      "1.综合组",
      "2.评价组",
      "三、部门整体支出绩效目标实现情况及指标分析",
      "3.其他",
    ),
    [],
  ],
  ["a list numbered by Word", listed("下设 3 个单位：", ["县信访服务中心", "县网上信访中心", "县信访督查中心"]), []],
  [
    "a list numbered by Word, one short",
    listed("下设 3 个单位：", ["县信访服务中心", "县网上信访中心"], ["其他说明。"]),
    ["“3 个单位”，但列举了 2 项：县信访服务中心、县网上信访中心"],
  ],
  // nothing to compare
  ["no list follows", report("提出以下 4 条改进措施：", "我们将认真落实。"), []],
  [
    "a list that does not start at 1",
    report("提出以下 4 条改进措施：", "（2）完善绩效目标；", "（3）加强过程监控。"),
    [],
  ],
  ["no introducer", report("下设 3 个科室，负责综合协调、信访接待、督查督办、复查复核。"), []],
  [
    "a table of contents is not read",
    new DocBuilder().paragraph({ text: "内设机构 5 个：办公室、综合股。", toc: true }).build(),
    [],
  ],
]);
