// Real headings from published reports of many provinces (the development corpus and the
// search corpus), each under the headings it follows in its report, and the section(s)
// of the profile it must be taken for — or none. Matching is by meaning: topic words,
// subject words set aside, brackets, trailing 。/：, extra words, another level, a heading
// covering two sections, a run-in label, the first row of a form's table.
import { DocBuilder } from "../../src/core/model/builder";
import { findOutline } from "../../src/core/reading/outline";
import { builtInProfile } from "../../src/core/profile/built-in";
import { report } from "../support/rule-tester";

type Case = [source: string, before: string[], heading: string, profile: string, expected: string[]];

const CASES: Case[] = [
  // 重庆
  ["重庆 大足区发改委 2020", [], "一、基本情况", "dept-overall", ["basic"]],
  ["重庆 大足区发改委 2020", ["一、基本情况"], "（一）部门基本情况。", "dept-overall", ["basic.overview"]],
  ["重庆 沙坪坝区交通局 2021", ["一、部门基本情况"], "(一)职能职责。", "dept-overall", ["basic.duties"]],
  ["重庆 沙坪坝区交通局 2021", ["一、部门基本情况", "(一)职能职责。"], "(二)机构设置。", "dept-overall", ["basic.org"]],
  // 广东
  ["广东 茂名市发改局 2021", [], "一、部门基本情况", "dept-overall", ["basic"]],
  ["广东 茂名市发改局 2021", ["一、部门基本情况"], "（一）部门职能", "dept-overall", ["basic.duties"]],
  [
    "广东 茂名市发改局 2021",
    ["一、部门基本情况", "（一）部门职能"],
    "（二）设置机构及人员情况",
    "dept-overall",
    ["basic.org", "basic.staff"],
  ],
  ["广东 茂名市发改局 2021", ["一、部门基本情况"], "（四）部门整体支出绩效目标", "dept-overall", ["basic.goals"]],
  [
    "广东 茂名市发改局 2021",
    ["一、部门基本情况", "（一）部门职能", "（二）设置机构及人员情况"],
    "（三）年度总体工作和重点工作任务",
    "dept-overall-guangdong",
    ["basic.tasks"],
  ],
  [
    "广东 茂名市发改局 2021",
    ["一、部门基本情况", "（一）部门职能"],
    "（二）设置机构及人员情况",
    "dept-overall-guangdong",
    ["basic.org"],
  ],
  // 广西
  ["广西 横县编办 2017", [], "一、部门基本情况", "dept-overall", ["basic"]],
  [
    "广西 横县编办 2017",
    ["一、部门基本情况"],
    "（一）部门机构设置与主要职能",
    "dept-overall",
    ["basic.duties", "basic.org"],
  ],
  [
    "广西 机关事务局 2023 决算",
    ["第一部分：广西壮族自治区机关事务管理局概况", "第二部分：2023年度部门决算表"],
    "八、预算绩效管理工作开展情况",
    "dept-overall-final-accounts",
    ["performance"],
  ],
  // 湖南
  ["湖南 衡阳县林业局 2021", [], "一、部门、单位基本情况", "dept-overall", ["basic"]],
  [
    "湖南 衡阳县林业局 2021",
    ["一、部门、单位基本情况"],
    "1、部门职责。衡阳县林业局主管全县林业工作。",
    "dept-overall",
    ["basic.duties"],
  ],
  [
    "湖南 衡阳县林业局 2021",
    ["一、部门、单位基本情况", "1、部门职责。"],
    "2、部门机构设置及人员情况。局机关内设8个股室。",
    "dept-overall",
    ["basic.org", "basic.staff"],
  ],
  ["湖南 衡阳县林业局 2021", ["一、部门、单位基本情况"], "3、公务车辆情况。局机关有车辆4台。", "dept-overall", []],
  ["湖南 鹤山城管 2019", [], "一、基本情况", "dept-overall", ["basic"]],
  ["湖南 鹤山城管 2019", ["一、基本情况"], "1.机构设置", "dept-overall", ["basic.org"]],
  ["湖南 鹤山城管 2019", ["一、基本情况", "1.机构设置"], "2.人员编制", "dept-overall", ["basic.staff"]],
  ["湖南 鹤山城管 2019", ["一、基本情况", "1.机构设置", "2.人员编制"], "3.职责职能", "dept-overall", ["basic.duties"]],
  ["湖南 南县政协 2021", [], "一、基本情况", "dept-overall", ["basic"]],
  ["湖南 南县政协 2021", ["一、基本情况"], "（一）部门整体支出概况。", "dept-overall", ["basic.budget"]],
  [
    "湖南 南县政协 2021",
    ["一、基本情况", "（一）部门整体支出概况。"],
    "（二）部门整体支出绩效目标。",
    "dept-overall",
    ["basic.goals"],
  ],
  ["湖南 南县住建 2018", [], "一、部门概况", "dept-overall", ["basic"]],
  ["湖南 南县住建 2018", ["一、部门概况"], "1、组织机构设置及人员情况", "dept-overall", ["basic.org", "basic.staff"]],
  ["湖南 省检察院 2017", [], "一、部门概况", "dept-overall", ["basic"]],
  ["湖南 省检察院 2017", ["一、部门概况"], "（一）机构设置情况", "dept-overall", ["basic.org"]],
  ["湖南 省检察院 2017", ["一、部门概况", "（一）机构设置情况"], "（二）人员编制情况", "dept-overall", ["basic.staff"]],
  ["湖南 岳阳城管监督指挥中心 2018", [], "一、部门(单位)基本概况", "dept-overall", ["basic"]],
  ["湖南 张家界中院 2016", [], "一、单位概况", "dept-overall", ["basic"]],
  ["湖南 (issue 11)", [], "一、部门（单位）基本概况及年度工作任务", "dept-overall", ["basic"]],
  ["湖南 (issue 11)", ["一、部门（单位）基本概况"], "（一）内设机构设置情况", "dept-overall", ["basic.org"]],
  ["湖南 (issue 11)", ["一、部门（单位）基本概况"], "1.职能职责。", "dept-overall", ["basic.duties"]],
  [
    "湖南 耒阳四中 2021 决算",
    ["第一部分 耒阳市第四中学概况"],
    "二、机构设置及决算单位构成",
    "dept-overall",
    ["basic.org"],
  ],
  ["湖南 县级模板", ["一、部门基本情况"], "二、一般公共预算支出情况", "dept-overall-hunan", ["general"]],
  [
    "湖南 县级模板",
    ["一、部门基本情况", "二、一般公共预算支出情况"],
    "六、部门整体支出绩效情况",
    "dept-overall-hunan",
    ["performance"],
  ],
  [
    "湖南 县级模板",
    ["一、部门基本情况", "六、部门整体支出绩效情况"],
    "七、存在的问题及原因分析",
    "dept-overall-hunan",
    ["problems"],
  ],
  [
    "湖南 县级模板",
    ["一、部门基本情况", "七、存在的问题及原因分析"],
    "八、下一步改进措施",
    "dept-overall-hunan",
    ["measures"],
  ],
  [
    "湖南 县级模板",
    ["一、部门基本情况", "八、下一步改进措施"],
    "九、部门整体支出绩效自评结果拟应用和公开情况",
    "dept-overall-hunan",
    ["use"],
  ],
  [
    "湖南 洪江市政府办 2024 决算",
    ["第一部分 洪江市人民政府办公室概况", "第三部分 部门决算情况说明"],
    "十三、关于2023年度预算绩效情况的说明",
    "dept-overall-final-accounts",
    ["performance"],
  ],
  // 湖北
  ["湖北 随州市公安局 2019 决算", [], "第四部分 预算绩效情况说明", "dept-overall-final-accounts", ["performance"]],
  [
    "湖北 随州市公安局曾都区分局 2019",
    ["一、随州市公安局曾都区分局基本情况"],
    "九、整体支出绩效自评报告",
    "dept-overall-final-accounts",
    ["performance"],
  ],
  // 甘肃
  [
    "甘肃 白银检察 2022 决算",
    ["第一部分部门概况"],
    "第二部分2022年度部门决算表",
    "dept-overall-final-accounts",
    ["tables"],
  ],
  [
    "甘肃 嘉峪关检察 2023 决算",
    ["第一部分 部门概况", "第二部分 2023年度部门决算表"],
    "第三部分 2023年度部门决算情况说明",
    "dept-overall-final-accounts",
    ["notes"],
  ],
  [
    "甘肃 天水市政府办 2024 决算",
    ["第一部分 部门概况"],
    "第五部分 名词解释",
    "dept-overall-final-accounts",
    ["glossary"],
  ],
  // 陕西
  [
    "陕西 柞水审计局 2020 决算",
    ["第一部分 部门概况", "第三部分 2020年部门决算情况说明"],
    "四、2020年度部门绩效管理情况说明",
    "dept-overall-final-accounts",
    ["performance"],
  ],
  ["陕西 柞水审计局 2020 决算", [], "一、部门主要职责及内设机构", "dept-overall", ["basic.duties", "basic.org"]],
  // 新疆
  [
    "新疆 乌鲁木齐新市区建设局 2020 决算",
    ["第一部分 部门单位概况", "第二部分 部门决算情况说明"],
    "十一、预算绩效的情况说明",
    "dept-overall-final-accounts",
    ["performance"],
  ],
  // 云南
  [
    "云南 沧源应急局 2023 决算",
    ["第一部分 单位概况", "第三部分 2023年度部门决算情况说明"],
    "十三、2023年度部门整体支出绩效自评情况",
    "dept-overall-final-accounts",
    ["performance"],
  ],
  ["云南 模板", ["一、部门基本情况"], "二、绩效自评工作情况", "dept-overall", ["selfeval"]],
  [
    "云南 模板",
    ["一、部门基本情况", "二、绩效自评工作情况"],
    "三、评价情况分析及综合评价结论",
    "dept-overall",
    ["conclusion", "results"],
  ],
  [
    "云南 模板",
    ["一、部门基本情况", "二、绩效自评工作情况", "三、评价情况分析及综合评价结论"],
    "四、存在的问题和整改情况",
    "dept-overall-yunnan",
    ["problems"],
  ],
  [
    "云南 模板",
    ["一、部门基本情况", "二、绩效自评工作情况"],
    "（二）自评组织过程",
    "dept-overall-yunnan",
    ["selfeval.process"],
  ],
  [
    "云南 红河州 2024",
    ["一、部门基本情况", "二、绩效自评工作情况"],
    "六、主要经验及做法",
    "dept-overall-yunnan",
    ["experience"],
  ],
  // 河北 (docs/domain.md §2 as typed)
  ["河北 模板", [], "一、部门（单位）基本情况", "dept-overall", ["basic"]],
  ["河北 模板", ["一、部门基本情况"], "（一）部门概况", "dept-overall", ["basic.overview"]],
  [
    "河北",
    ["一、部门基本情况", "二、自评工作开展情况", "三、绩效目标实现情况", "四、评价结论"],
    "（一）存在的主要问题",
    "dept-overall",
    ["problems.issues"],
  ],
  // 部门决算 part headings that carry the unit's own name
  [
    "安徽 怀远县政府办 2023 决算",
    [],
    "第一部分 安徽省怀远县人民政府办公室概况",
    "dept-overall-final-accounts",
    ["overview"],
  ],
  [
    "江西 南昌市政府驻上海联络处 2022 决算",
    [],
    "第一部分 南昌市人民政府驻上海联络处单位概况",
    "dept-overall-final-accounts",
    ["overview"],
  ],
];

describe("real headings are matched by meaning", () => {
  test("the table holds at least 40 real headings from at least 8 provinces", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c[0].split(" ")[0])).size).toBeGreaterThanOrEqual(8);
  });

  test.each(CASES)("%s: %s / %s (%s)", (_src, before, heading, profileId, expected) => {
    const at = before.length;
    const outline = findOutline(report(...before, heading, "正文内容若干。"), builtInProfile(profileId)!);
    const taken = outline.sections.filter((s) => s.paragraph === at).map((s) => s.id);
    expect(taken.sort()).toEqual([...expected].sort());
    for (const s of outline.sections.filter((x) => x.paragraph === at)) {
      expect(s.match!.words.length).toBeGreaterThan(0);
      expect(s.match!.evidence.length).toBeGreaterThan(0);
    }
  });
});

describe("explainable", () => {
  test("each section says which heading it took, the words matched, the score and the evidence", () => {
    const o = findOutline(
      report("一、部门（单位）基本概况", "（一）内设机构设置情况", "设 5 个股室。"),
      builtInProfile("dept-overall")!,
    );
    const org = o.sections.find((s) => s.id === "basic.org")!;
    expect(org).toMatchObject({ status: "found", paragraph: 1, heading: "（一）内设机构设置情况" });
    expect(org.match).toMatchObject({ via: "topic", level: 2, words: expect.arrayContaining(["内设机构"]) });
    expect(org.match!.evidence.join("; ")).toContain("below its parent “部门（单位）基本概况”");
  });

  test("a combined heading names the other section it covers", () => {
    const o = findOutline(
      report("一、部门基本情况", "（二）机构设置及人员情况", "内容。"),
      builtInProfile("dept-overall")!,
    );
    expect(o.sections.find((s) => s.id === "basic.org")!.match!.with).toEqual(["basic.staff"]);
    expect(o.sections.find((s) => s.id === "basic.staff")!.match!.with).toEqual(["basic.org"]);
  });
});

describe("where headings stand", () => {
  const p = builtInProfile("dept-overall")!;
  test("a run-in label opening a paragraph", () => {
    const o = findOutline(
      report("一、部门基本情况", "主要职能：负责全县林业资源保护和发展工作，组织实施造林绿化。"),
      p,
    );
    const duties = o.sections.find((s) => s.id === "basic.duties")!;
    expect(duties).toMatchObject({ status: "found", paragraph: 1 });
    expect(duties.match!.source).toBe("run-in");
  });

  test("a sentence that merely starts with a label is not a heading", () => {
    const o = findOutline(report("一、部门基本情况", "其中：在职人员 36 人，退休人员 12 人。"), p);
    expect(o.sections.filter((s) => s.paragraph === 1)).toEqual([]);
  });

  test("a heading in the first row of a form's table", () => {
    const doc = new DocBuilder()
      .paragraph("一、部门基本情况")
      .table([
        [{ text: "二、自评工作开展情况", colSpan: 2 }, null],
        ["组织", "成立自评小组"],
      ])
      .build();
    const selfeval = findOutline(doc, p).sections.find((s) => s.id === "selfeval")!;
    expect(selfeval.status).toBe("found");
    expect(selfeval.match!.source).toBe("table");
  });

  test("a header row is not a heading", () => {
    const doc = new DocBuilder()
      .paragraph("一、部门基本情况")
      .table([
        ["存在问题", "改进措施"],
        ["拨付慢", "加快"],
      ])
      .build();
    expect(
      findOutline(doc, p)
        .sections.filter((s) => s.id.startsWith("problems"))
        .every((s) => s.status === "missing"),
    ).toBe(true);
  });

  test("a table of contents typed by hand is never the outline", () => {
    const o = findOutline(
      report(
        "目录",
        "一、部门基本情况",
        "二、自评工作开展情况",
        "三、绩效目标实现情况",
        "一、部门基本情况",
        "本局负责全县的有关工作。",
        "二、自评工作开展情况",
        "成立了小组。",
      ),
      p,
    );
    expect(o.sections.find((s) => s.id === "basic")!.paragraph).toBe(4);
    expect(o.sections.find((s) => s.id === "selfeval")!.paragraph).toBe(6);
    expect(o.sections.find((s) => s.id === "results")!.status).toBe("missing");
  });

  test("dot leaders and page numbers mark a table of contents", () => {
    const o = findOutline(report("一、部门基本情况……………………3", "一、部门基本情况", "内容。"), p);
    expect(o.sections.find((s) => s.id === "basic")!.paragraph).toBe(1);
  });

  test("a section at another level than the profile expects", () => {
    const o = findOutline(
      report("一、部门基本情况", "内容。", "二、绩效自评情况", "（一）自评结论", "得分 92 分。"),
      p,
    );
    expect(o.sections.find((s) => s.id === "conclusion")!.paragraph).toBe(3);
  });

  test("a numbered list item that happens to hold a topic word is not a section", () => {
    const o = findOutline(
      report("一、部门基本情况", "（三）部门整体支出绩效目标", "1. 加强资金管理", "2. 提高办件效率"),
      p,
    );
    expect(o.sections.find((s) => s.id === "basic.budget")!.status).toBe("missing");
  });
});
