import { scoreSentence } from "../writing/template";
import { baseValue, type Fact } from "../reading/facts";
import { finding, msg, type Finding, type Lang, type Message } from "../model/finding";
import type { Rule, RuleContext } from "./rule";
import type { Profile } from "../profile/profile";
import type { ScoreInfo } from "../reading/score";

type Expectation = Profile["expect"][number];
type Execution = NonNullable<Profile["execution"]>;

const has = (facts: Fact[], id: string) => facts.some((f) => f.id === id);
const factLabel = (profile: Profile, id: string) => profile.facts.find((f) => f.id === id)!.label;

/** Context a reviewer wants: how far the final accounts are from the initial budget; empty when not both stated. */
function finalOfInitialNote(facts: Fact[], profile: Profile, ex: Execution): Message {
  const initial = ex.compare && facts.find((f) => f.id === ex.compare!.initial);
  const final = ex.compare && facts.find((f) => f.id === ex.compare!.final);
  const ratio =
    initial && final && baseValue(initial) > 0 ? Math.round((baseValue(final) / baseValue(initial)) * 100) : undefined;
  const [of, to] = ex.compare ? [factLabel(profile, ex.compare.final), factLabel(profile, ex.compare.initial)] : [];
  return ratio !== undefined && of && to
    ? msg(`（${of["zh-CN"]}为${to["zh-CN"]}的 ${ratio}%）`, ` (${of["en-US"]} is ${ratio}% of ${to["en-US"]})`)
    : msg("", "");
}

/** The execution rate stated in the text needs a budget, an executed figure and the rate; no table gives them. */
function executionFiguresMissing(rule: Rule, { facts, profile, tables }: RuleContext, conclusion: number): Finding[] {
  const ex = profile.execution;
  if (!ex || tables.some((v) => v.def?.kind === "execution")) return [];
  const missing = [ex.budget, ex.executed, [ex.rate]]
    .filter((ids) => !ids.some((id) => has(facts, id)))
    .map((ids) => factLabel(profile, ids[0]));
  if (missing.length === 0) return [];
  const note = finalOfInitialNote(facts, profile, ex);
  return [
    finding(
      rule,
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
  ];
}

/** A relation the profile expects to check, whose facts or table the report lacks. */
function expectationMissing(
  rule: Rule,
  { facts, profile, tables }: RuleContext,
  e: Expectation,
  conclusion: number,
): Finding[] {
  const missingFacts = e.facts.filter((id) => !has(facts, id));
  const missingTable = e.table !== undefined && !tables.some((v) => v.def?.kind === e.table);
  if (missingFacts.length === 0 && !missingTable) return [];
  const names = (lang: Lang, sep: string) => missingFacts.map((id) => factLabel(profile, id)[lang]).join(sep);
  return [
    finding(
      rule,
      { paragraph: conclusion },
      msg(
        `无法核对${e.label["zh-CN"]}：${missingTable ? "未找到该表" : `缺少${names("zh-CN", "、")}`}`,
        `cannot check ${e.label["en-US"]}: ${missingTable ? "no such table" : `${names("en-US", ", ")} not stated`}`,
      ),
      {
        fix: missingTable
          ? msg(`补充${e.label["zh-CN"]}`, `add ${e.label["en-US"]}`)
          : msg(`写明${names("zh-CN", "、")}`, `state ${names("en-US", ", ")}`),
      },
    ),
  ];
}

/** No score (then the grade cannot be checked), or a score and no grade. */
function scoreOrGradeMissing(rule: Rule, score: ScoreInfo, conclusion: number): Finding[] {
  if (!score.stated && score.computed === undefined)
    return [
      finding(
        rule,
        { paragraph: conclusion },
        msg("未找到自评得分，无法核对评价等级", "no score is stated: the grade cannot be checked"),
        { fix: msg("在评价结论中写明自评得分", "state the score in the conclusion") },
      ),
    ];
  if (score.grade) return [];
  // the grade the score earns is certain: the sentence stating both can end the conclusion
  const points = score.stated?.value ?? score.computed;
  const sentence = points !== undefined && score.expectedGrade ? scoreSentence(points, score.expectedGrade) : undefined;
  return [
    finding(rule, { paragraph: conclusion }, msg("未找到评价等级", "no grade is stated"), {
      fix: sentence
        ? msg(`在评价结论末尾写明：“${sentence}”`, `end the conclusion with: "${sentence}"`)
        : msg("在评价结论中写明评价等级", "state the grade in the conclusion"),
      ...(sentence ? { action: { kind: "score-sentence" as const, sentence } } : {}),
    }),
  ];
}

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
  check(ctx) {
    // the notes go where the score is stated, or at the top
    const conclusion = ctx.outline.sections.find((s) => s.id === ctx.profile.scoreSection)?.paragraph ?? 0;
    return [
      ...executionFiguresMissing(this, ctx, conclusion),
      ...ctx.profile.expect.flatMap((e) => expectationMissing(this, ctx, e, conclusion)),
      ...scoreOrGradeMissing(this, ctx.score, conclusion),
    ];
  },
};
