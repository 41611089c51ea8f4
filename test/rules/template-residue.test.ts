import { templateResidue } from "../../src/core/rules/template-residue";
import { doc, OUTLINE, report, ruleCases } from "../support/rule-tester";

/** A cover (lines before the first section heading), then the outline. */
const withCover = (...cover: string[]) => report(...cover, ...OUTLINE);

ruleCases(templateResidue, [
  ["clean text", report("本局 2023 年度整体支出绩效自评报告。"), []],
  ["XX placeholders", report("XX县XX局2023年度报告"), ["“XX”"]],
  ["×× placeholders", report("××单位"), ["“××”"]],
  ["full-width ＸＸ", report("ＸＸ单位"), ["“XX”"]],
  ["** for a number never filled in", report("报告文号：浔诚会绩评字[2025]**号"), ["“**”"]],
  ["** for a name and a year", report("**局20**年度部门整体支出绩效自评报告"), ["“**”"]],
  ["a footnote mark is not a placeholder", report("注：* 表示预计数；** 表示未审计数。"), []],
  [
    "a note's mark written close",
    report("注：*表示预计数；**表示未审计数。（注：带**的指标为核心指标）合计数含上年结转资金**。"),
    [],
  ],
  ["a masked name or phone number", report("联系人：张**，电话138****5678。"), []],
  ["（参考提纲）", report("一、部门基本情况（参考提纲）"), ["（参考提纲）"]],
  [
    "【请填写】, listed once",
    report("年末实有人数【请填写】人"),
    [{ message: "模板内容未替换：“【请填写】”", en: "【请填写】" }],
  ],
  ["{{field}}", report("单位：{{unitName}}"), ["{{unitName}}"]],
  ["full-width ｛｛field｝｝", report("单位：｛｛unitName｝｝"), ["{{unitName}}"]],
  [
    "placeholders in several paragraphs, each its own finding",
    report("XX单位", "正文", "××局"),
    [
      { message: "XX", paragraph: 0 },
      { message: "××", paragraph: 2 },
    ],
  ],
  [
    "a placeholder at the end of one paragraph and a word at the start of the next",
    report("负责人XX", "Lisa 说明"),
    ["“XX”"],
  ],
  ["unticked options", report("是否完成：□是 □否"), ["□"]],
  ["a ticked option is an answer", report("是否完成：☑是 □否"), []],
  [
    "a Word content control never filled in",
    report("部门职责：单击或点击此处输入文字。"),
    ["“单击或点击此处输入文字”"],
  ],
  ["an English Word's placeholder", report("Click or tap here to enter text."), ["Click or tap here to enter text"]],
  ["Word's check-box symbols ☐ ☒", report("是否完成：☐是 ☐否"), ["□"]],
  ["a check-box ticked with ☒", report("是否完成：☒是 ☐否"), []],
  ["ticked with a filled square ▣", report("是否完成：▣是 □否"), []],
  ["XX inside a Latin word is not residue (XXL, MAXX)", report("型号 XXL，品牌 MAXX"), []],
  [
    "residue in a table cell",
    doc([
      ["项目", "数量"],
      ["XX", "1"],
    ]),
    [{ message: "XX" }],
  ],
  // the template's remarks about itself
  [
    "（参考提纲） comes with a fix",
    report("一、部门基本情况（参考提纲）"),
    [{ message: "（参考提纲）", fix: "删除模板说明文字" }],
  ],
  ["（模板） in the title", report("深泽县信访局2023年度部门整体支出绩效自评报告（模板）"), ["“（模板）”"]],
  [
    "（样本）, （范本）, （示例） in headings",
    report("（一）部门概况（样本）", "（二）部门收支情况(范本)", "（三）绩效目标（示例）"),
    ["（样本）", "(范本)", "（示例）"],
  ],
  [
    "（参考格式）, （格式）, （参考模板）",
    report(
      "附件1：部门整体支出绩效自评表（参考格式）",
      "附件2：评价工作组人员名单（格式）",
      "四、评价结论（参考模板）",
    ),
    ["（参考格式）", "（格式）", "（参考模板）"],
  ],
  ["参考提纲 closing a title line", report("部门整体支出绩效自评报告参考提纲"), ["“参考提纲”"]],
  ["（仅供参考）", report("二、自评工作开展情况（仅供参考）"), ["（仅供参考）"]],
  [
    "【填写说明】 at the head of a paragraph",
    report("【填写说明】本部分主要反映部门职责、机构设置、人员编制和资产等基本情况。"),
    ["“【填写说明】”"],
  ],
  [
    "填报说明 as a heading, and 填写说明： opening a paragraph",
    report("填报说明", "填写说明：1. 本表由各部门填写；2. 金额单位为万元。"),
    ["“填报说明”", "“填写说明”"],
  ],
  ["（此处…） with a verb", report("部门职责：（此处填写部门主要职责）"), ["（此处填写部门主要职责）"]],
  [
    "（根据实际情况填写） in a long paragraph",
    report("本部门主要职责为：（根据实际情况填写），内设机构5个，全部为行政单位，年末实有人数15人。"),
    ["（根据实际情况填写）"],
  ],
  [
    "（可根据实际增减）, （可自行增减）",
    report("（三）部门整体支出绩效目标、指标（可根据实际增减）", "1. 产出指标（可自行增减）"),
    ["（可根据实际增减）", "（可自行增减）"],
  ],
  [
    "a word limit",
    report(
      "（一）总体绩效目标完成情况（500字以内）",
      "二、自评工作开展情况（XX字以内）",
      "三、存在的问题（不超过300字）",
    ),
    ["（500字以内）", "（XX字以内）", "（不超过300字）"],
  ],
  [
    "a long note is shortened",
    report("（注：以上内容为部门整体支出绩效自评报告的填写说明，正式报送前请删除）"),
    ["“（注：以上内容为部门整体支出绩效自评报告的填写说…”"],
  ],
  [
    "注：…请删除",
    report("注：以上内容为填写说明，正式报送时请删除。"),
    ["“注：以上内容为填写说明，正式报送时请删除。”"],
  ],
  ["（报送时删除） in brackets", report("（一）部门概况（报送时请删除本段说明）"), ["（报送时请删除本段说明）"]],
  [
    "prose that merely mentions a format, a sample or a template is not residue",
    report(
      "参照财政部规定的格式编制自评报告，按照省财政厅提供的模板填报自评表。",
      "本次评价采取抽样方式，共抽取样本 30 份（样本覆盖全部内设机构），以下示例说明了评价方法。",
      "对不合规的票据（已按规定删除重复数据）进行了核查；具体情况此处从略。",
      "说明：审计时删除了重复计列的 3 笔支出。",
      "信访局（此处简写为“县信访局”）负责全县信访工作。",
      "（三）完善预算模板，规范编制格式",
      "（一）编制说明",
    ),
    [],
  ],
  [
    "（格式） in a sentence is left alone, even a short one",
    report("统一了报表（格式）、口径和报送时间，效果明显。", "统一了报表（格式）和口径。"),
    [],
  ],
  // the cover: fields left empty before the first section heading
  [
    "empty cover fields",
    withCover(
      "深泽县信访局2023年度部门整体支出绩效自评报告",
      "填报单位（盖章）：",
      "联系人：        联系电话：",
      "填报日期：    年   月   日",
    ),
    [
      { message: "封面栏目未填写：“填报单位”", paragraph: 1, fix: "填写“填报单位”" },
      { message: "封面栏目未填写：“联系人”、“联系电话”", paragraph: 2 },
      { message: "封面栏目未填写：“填报日期”", paragraph: 3, en: "cover field left empty" },
    ],
  ],
  [
    "a cover date only half filled",
    withCover("单位名称：深泽县信访局", "报送日期：2024年  月  日"),
    [{ message: "“报送日期”", paragraph: 1 }],
  ],
  [
    "underscores are blanks",
    withCover("单位名称：________", "报告日期：2024年3月15日"),
    [{ message: "“单位名称”", paragraph: 0 }],
  ],
  [
    "a lone blank date line on the cover",
    withCover("深泽县信访局", "    年  月  日"),
    [{ message: "“日期”", paragraph: 1 }],
  ],
  [
    "a filled cover is fine",
    withCover(
      "深泽县信访局2023年度部门整体支出绩效自评报告",
      "填报单位（盖章）：深泽县信访局",
      "联系人：张明    联系电话：0311-83512345",
      "填报日期：2024 年 3 月 15 日",
      "二〇二四年三月十五日",
    ),
    [],
  ],
  [
    "a label with its value on the next line is filled in",
    withCover("填报单位：", "深泽县信访局", "填报日期：2024年3月15日"),
    [],
  ],
  [
    "after the first section heading, a label with nothing after it is not a cover field",
    report(...OUTLINE, "六、评价工作组人员名单及签字", "联系人：", "联系电话："),
    [],
  ],
  ["with no section heading found there is no cover to read", report("填报单位：", "联系电话："), []],
  ["a cover label inside a sentence is not a field", withCover("本报告的联系人：张明，联系电话：0311-83512345。"), []],
  // seen in real reports (湖南, 2021)
  [
    "options offered over two lines, none ticked",
    withCover("评价方式:部门(单位)自评☑", "中介机构评价□", "评价机构:部门(单位)评价组□", "中介机构□"),
    [{ message: "模板内容未替换：“□”", paragraph: 2 }],
  ],
  ["options over two lines, one ticked", withCover("评价机构:部门(单位)评价组☑", "中介机构□"), []],
  ["one box after a label, alone, is not a choice left open", withCover("是否公开:已公开□", "联系人：张明"), []],
  [
    "the template's sample rows (……) left in the indicator table",
    doc(...OUTLINE, [
      ["一级指标", "二级指标", "三级指标", "分值", "得分"],
      ["产出指标", "质量指标", "造林成活率", "7", "7"],
      [null, null, "……", "", ""],
    ]),
    [{ message: "“……”", paragraph: 20 }],
  ],
  [
    "an ellipsis inside a filled row is not a sample row",
    doc(...OUTLINE, [
      ["项目", "说明"],
      ["培训", "开展培训……共 3 期"],
    ]),
    [],
  ],
  [
    "a heading that keeps the template's either/or",
    report(...OUTLINE, "（三）部门整体支出或项目实施情况分析。"),
    ["“部门整体支出或项目”"],
  ],
  [
    "either/or inside a sentence is prose",
    report(...OUTLINE, "本年度未发现部门整体支出或项目支出被挪用的情况，资金使用合规。"),
    [],
  ],
  [
    "the either/or in the title of a run-in heading (湖南, 2024)",
    report(...OUTLINE, "（三）部门整体支出或项目实施情况分析。主要包括资金到位、资金使用、资金管理等。"),
    ["“部门整体支出或项目”"],
  ],
  ["所属单位或项目 is ordinary wording", report(...OUTLINE, "（四）所属单位或项目绩效评价开展情况"), []],
  // the template's guidance standing as a section's whole content (湖南, 2024)
  [
    "guidance run in after a heading's title",
    report(
      "一、基本情况",
      "（二）部门整体支出绩效目标。主要包括上级主管部门绩效考核的个性指标、预决算公开、存量资金管理等指标设定及完成情况。",
      "二、绩效评价工作情况",
    ),
    ["“主要包括上级主管部门绩效考核的个性指"],
  ],
  [
    "guidance on its own line under a heading",
    report(
      "一、基本情况",
      "（二）部门整体支出绩效目标",
      "应当说明部门年度绩效目标、重点工作任务及其完成情况。",
      "（三）部门整体支出管理情况",
      "本局严格执行预算。",
    ),
    ["“应当说明部门年度绩效目标、重点工作任务及其完"],
  ],
  [
    "the author's own list of topics (the unit speaks)",
    report("一、基本情况", "（二）绩效目标", "主要包括我局年度重点工作、预算执行、资产管理等方面。", "二、其他"),
    [],
  ],
  [
    "a list with figures is the author's",
    report("一、基本情况", "（二）绩效目标", "主要包括造林1.2万亩、森林经营16.3万亩等。", "二、其他"),
    [],
  ],
  [
    "what was evaluated is a list of topics by nature",
    report("一、基本情况", "（二）评价内容。主要包括预算编制、预算执行、资产管理、绩效目标完成等方面。", "二、其他"),
    [],
  ],
  // a second read: real text in the same shape
  [
    "a definition after its numbered term",
    report("五、名词解释", "（一）工资福利支出：主要包括基本工资、津贴补贴、奖金、社会保障缴费等。", "（二）其他"),
    [],
  ],
  [
    "a line of content under a sub-heading",
    report(
      "一、基本情况",
      "1.人员经费",
      "主要包括基本工资、津贴补贴、奖金、社会保障缴费等。",
      "2.公用经费",
      "主要包括办公费、印刷费、水电费等。",
    ),
    [],
  ],
  [
    "a duties line",
    report(
      "一、基本情况",
      "（一）部门职能",
      "主要包括贯彻落实国家林业方针政策、负责全县森林资源保护管理等。",
      "（二）机构设置",
      "内设3个股室。",
    ),
    [],
  ],
  [
    "a list of goals followed by numbered content",
    report(
      "一、基本情况",
      "（二）绩效目标",
      "主要包括保障机构正常运转、推进重点项目建设等方面。",
      "1.保障机构正常运转，按时足额发放工资，保障日常办公经费。",
      "二、其他",
    ),
    [],
  ],
  [
    "guidance followed by the author's own text is not the section's whole content",
    report(
      "一、基本情况",
      "（二）绩效目标",
      "主要包括预决算公开、存量资金管理、资产管理等。",
      "全年预决算按时公开，存量资金全部盘活。",
      "二、其他",
    ),
    [],
  ],
]);
