import { scoreSentence } from "../template";
import { baseValue } from "../facts";
import { finding, msg, type Finding, type Rule } from "../finding";

/**
 * A check that cannot be made because a figure is absent: the execution rate without a
 * full-year budget, no split into 基本/项目 spending, no indicator table, no stated score
 * or grade. Said as info, so a reviewer knows what was not verified.
 */
export const figureMissing: Rule = {
  id: "figure-missing",
  severity: "info",
  description: msg(
    "缺少核对所需的数字，相关关系无法核对",
    "a figure needed for a check is absent, so the check cannot be made",
  ),
  check({ facts, profile, tables, score, outline }) {
    const out: Finding[] = [];
    const has = (id: string) => facts.some((f) => f.id === id);
    const label = (id: string) => profile.facts.find((f) => f.id === id)!.label;
    // the notes go where the score is stated, or at the top
    const conclusion = outline.sections.find((s) => s.id === profile.scoreSection)?.paragraph ?? 0;

    const ex = profile.execution;
    const executionTable = tables.some((v) => v.def?.kind === "execution");
    if (ex && !executionTable) {
      const missing = [ex.budget, ex.executed, [ex.rate]].filter((ids) => !ids.some(has)).map((ids) => label(ids[0]));
      if (missing.length > 0) {
        // context a reviewer wants: how far the final accounts are from the initial budget
        const initial = ex.compare && facts.find((f) => f.id === ex.compare!.initial);
        const final = ex.compare && facts.find((f) => f.id === ex.compare!.final);
        const ratio =
          initial && final && baseValue(initial) > 0
            ? Math.round((baseValue(final) / baseValue(initial)) * 100)
            : undefined;
        const [of, to] = ex.compare ? [label(ex.compare.final), label(ex.compare.initial)] : [];
        const note =
          ratio !== undefined && of && to
            ? msg(`（${of["zh-CN"]}为${to["zh-CN"]}的 ${ratio}%）`, ` (${of["en-US"]} is ${ratio}% of ${to["en-US"]})`)
            : msg("", "");
        out.push(
          finding(
            this,
            { paragraph: conclusion },
            msg(
              `预算执行率无法核对：缺少${missing.map((m) => m["zh-CN"]).join("、")}${note["zh-CN"]}`,
              `the budget execution rate cannot be checked: ${missing.map((m) => m["en-US"]).join(", ")} not stated${note["en-US"]}`,
            ),
            {
              fix: msg(
                `在报告中写明${missing.map((m) => m["zh-CN"]).join("、")}`,
                `state ${missing.map((m) => m["en-US"]).join(", ")} in the report`,
              ),
            },
          ),
        );
      }
    }
    for (const e of profile.expect) {
      const missingFacts = e.facts.filter((id) => !has(id));
      const missingTable = e.table !== undefined && !tables.some((v) => v.def?.kind === e.table);
      if (missingFacts.length === 0 && !missingTable) continue;
      out.push(
        finding(
          this,
          { paragraph: conclusion },
          msg(
            `无法核对${e.label["zh-CN"]}：${missingTable ? "未找到该表" : `缺少${missingFacts.map((id) => label(id)["zh-CN"]).join("、")}`}`,
            `cannot check ${e.label["en-US"]}: ${missingTable ? "no such table" : `${missingFacts.map((id) => label(id)["en-US"]).join(", ")} not stated`}`,
          ),
          {
            fix: missingTable
              ? msg(`补充${e.label["zh-CN"]}`, `add ${e.label["en-US"]}`)
              : msg(
                  `写明${missingFacts.map((id) => label(id)["zh-CN"]).join("、")}`,
                  `state ${missingFacts.map((id) => label(id)["en-US"]).join(", ")}`,
                ),
          },
        ),
      );
    }
    if (!score.stated && score.computed === undefined) {
      out.push(
        finding(
          this,
          { paragraph: conclusion },
          msg("未找到自评得分，无法核对评价等级", "no score is stated: the grade cannot be checked"),
          {
            fix: msg("在评价结论中写明自评得分", "state the score in the conclusion"),
          },
        ),
      );
    } else if (!score.grade) {
      // the grade the score earns is certain: the sentence stating both can end the conclusion
      const points = score.stated?.value ?? score.computed;
      const sentence =
        points !== undefined && score.expectedGrade ? scoreSentence(points, score.expectedGrade) : undefined;
      out.push(
        finding(this, { paragraph: conclusion }, msg("未找到评价等级", "no grade is stated"), {
          fix: sentence
            ? msg(`在评价结论末尾写明：“${sentence}”`, `end the conclusion with: "${sentence}"`)
            : msg("在评价结论中写明评价等级", "state the grade in the conclusion"),
          ...(sentence ? { action: { kind: "score-sentence" as const, sentence } } : {}),
        }),
      );
    }
    return out;
  },
};
