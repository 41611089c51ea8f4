import { duplicateText } from "../../src/core/rules/duplicate-text";
import { doc, report, ruleCases } from "../support/rule-tester";

const S = "分管领导对包联的信访积案逐件研究、逐件调度、逐件推动解决。";

ruleCases(duplicateText, [
  ["no repetition", report("本年度完成了各项工作任务。", "下一年将继续改进工作方法。"), []],
  ["a sentence repeated in one paragraph", report(`化解进京访 21 批。${S}召开调度会 86 次。${S}`), [{ message: "句子重复出现", paragraph: 0 }]],
  ["a sentence repeated in another paragraph, spaces differ", report(S, S.replace("逐件研究", "逐件 研究")), [{ message: "首次见第 1 段", paragraph: 1 }]],
  ["short sentences may repeat", report("情况良好。", "情况良好。"), []],
  ["a word typed twice", report("本着科学规范、公开公开、分级分类的原则开展评价。"), ["词语重复：“公开公开”"]],
  ["single-character reduplication is normal", report("人人参与，常常检查。"), []],
  [
    "a header row repeated in a table",
    doc([
      ["单位名称", "单位性质"],
      ["单位名称", "单位性质"],
      ["本级", "行政"],
    ]),
    ["表头行重复出现（第 2 行）"],
  ],
  ["table cells are not sentences", doc([["说明"], [S], [S]]), []],
]);
