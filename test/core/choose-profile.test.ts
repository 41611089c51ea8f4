// The automatic choice of a profile: the built-in profile whose outline fits best, and
// the default one when the evidence is thin.
import { chooseProfile, isMismatch, profileFit } from "../../src/core/reading/choose-profile";
import { findOutline } from "../../src/core/reading/outline";
import { builtInProfile, builtInProfiles } from "../../src/core/profile/built-in";
import { corpusFiles, readCorpusFile } from "../support/dev-corpus";
import { scoreFirstReport, seedReport, compositeForm } from "../support/report-spec";
import { report, withText } from "../support/rule-tester";
import { toDocModel } from "../support/write-docx";
import { DocBuilder } from "../../src/core/model/builder";

const HUNAN = withText(
  "一、部门（单位）基本概况",
  "（一）职能职责",
  "（二）机构设置情况",
  "（三）人员情况",
  "二、一般公共预算支出情况",
  "（一）基本支出",
  "（二）项目支出",
  "三、政府性基金预算支出情况",
  "四、国有资本经营预算支出情况",
  "五、社会保险基金预算支出情况",
  "六、部门整体支出绩效情况",
  "七、存在的问题及原因分析",
  "八、下一步改进措施",
  "九、部门整体支出绩效自评结果拟应用和公开情况",
  "十、其他需要说明的情况",
);
const YUNNAN = withText(
  "一、部门基本情况",
  "（一）部门概况",
  "（二）部门绩效目标的设立情况",
  "（三）部门整体收支情况",
  "二、绩效自评工作情况",
  "（一）绩效自评的目的",
  "（二）自评组织过程",
  "三、评价情况分析及综合评价结论",
  "四、存在的问题和整改情况",
  "五、绩效自评结果应用",
  "六、主要经验及做法",
  "七、其他需要说明的情况",
);
const GUANGDONG = withText(
  "一、部门基本情况",
  "（一）部门职能",
  "（二）设置机构及人员情况",
  "（三）年度总体工作和重点工作任务",
  "（四）部门整体支出绩效目标",
  "二、绩效自评情况",
  "（一）自评结论",
  "（二）预算编制",
  "（三）预算执行",
  "（四）预算管理",
  "（五）履职效能",
  "三、存在问题",
  "四、改进意见",
  "五、其他需说明的问题",
);
const FINAL_ACCOUNTS = withText(
  "第一部分 部门概况",
  "一、部门职责",
  "二、机构设置",
  "第二部分 2023年度部门决算表",
  "第三部分 2023年度部门决算情况说明",
  "一、收入支出决算总体情况说明",
  "第四部分 预算绩效情况说明",
  "一、预算绩效管理工作开展情况",
  "二、绩效自评结果",
  "第五部分 名词解释",
);

describe("chooseProfile", () => {
  test.each<[string, () => ReturnType<typeof report>, string]>([
    ["the Hebei-shaped seed report keeps the national profile", () => toDocModel(seedReport()), "dept-overall"],
    ["a score-first report (投入/过程/产出/效果)", () => toDocModel(scoreFirstReport()), "dept-overall-score-first"],
    ["湖南: by fund type, 绩效情况, 问题, 改进, 结果应用", () => HUNAN, "dept-overall-hunan"],
    ["云南/重庆: 评价情况分析及综合评价结论, 结果应用, 经验做法", () => YUNNAN, "dept-overall-yunnan"],
    ["广东: 预算编制—预算执行—预算管理—履职效能", () => GUANGDONG, "dept-overall-guangdong"],
    ["the self-evaluation inside the published 部门决算", () => FINAL_ACCOUNTS, "dept-overall-final-accounts"],
    [
      "an opening with one heading: thin evidence keeps the default",
      () => withText("一、部门基本情况"),
      "dept-overall",
    ],
    ["an empty document: the default", () => report(""), "dept-overall"],
  ])("%s", (_name, make, expected) => {
    const choice = chooseProfile(make(), builtInProfiles());
    expect(choice.profile.id).toBe(expected);
    expect(choice.ranking).toHaveLength(builtInProfiles().length);
    expect(choice.ranking.map((r) => r.score)).toEqual([...choice.ranking.map((r) => r.score)].sort((a, b) => b - a));
  });

  test("the seed fits the national profile fully, and the Hebei profile as well (the earlier one wins a tie)", () => {
    const choice = chooseProfile(toDocModel(seedReport()), builtInProfiles());
    expect(choice.fit).toMatchObject({
      score: 1,
      required: { found: 5, total: 5 },
      headings: { explained: 6, total: 6 },
    });
    expect(choice.ranking.find((r) => r.profile === "dept-overall-hebei")!.score).toBe(1);
  });

  test("a bare self-evaluation form (the national composite table, no narrative) is the form profile", () => {
    const doc = new DocBuilder().paragraph("2024 年度部门整体支出绩效自评表").table(compositeForm()).build();
    const choice = chooseProfile(doc, builtInProfiles());
    expect(choice.profile.id).toBe("dept-overall-form");
    expect(choice.fit.form).toBe(true);
  });

  test("a narrative report with the form attached is not a bare form", () => {
    const doc = toDocModel(seedReport());
    expect(
      profileFit(doc, findOutline(doc, builtInProfile("dept-overall-form")!), builtInProfile("dept-overall-form")!)
        .score,
    ).toBe(0);
  });

  test("isMismatch: a poor fit with an outline of its own", () => {
    const p = builtInProfile("dept-overall")!;
    expect(isMismatch(profileFit(HUNAN, findOutline(HUNAN, p), p))).toBe(true);
    const seed = toDocModel(seedReport());
    expect(isMismatch(profileFit(seed, findOutline(seed, p), p))).toBe(false);
    // no outline at all: nothing to compare, section-missing says what is missing
    expect(isMismatch(profileFit(report(""), findOutline(report(""), p), p))).toBe(false);
  });
});

describe("the development corpus of real reports", () => {
  const files = corpusFiles();
  const cases = files.map((f) => [f] as const);
  (cases.length ? test.each(cases) : test.skip.each([["(none yet)"] as const]))(
    "%s: a choice is made, and a bare form is the form profile",
    (file) => {
      const c = readCorpusFile(file);
      const choice = chooseProfile(c.doc, builtInProfiles());
      expect(builtInProfiles().map((p) => p.id)).toContain(choice.profile.id);
      if (c.header.kind?.[0] === "form") expect(choice.profile.id).toBe("dept-overall-form");
      if (/-juesuan/.test(file) && choice.fit.headings.total >= 3)
        expect(choice.profile.id).toBe("dept-overall-final-accounts");
    },
  );
});
