// A report as data: the structure and figures of the seed report (Hebei, a county
// petitions bureau, 2023) with prose written for these tests. Variants change one
// figure or drop one section; `consistent()` is a report with nothing to find.

export type Cell = string | null | { text: string; colSpan?: number; rowSpan?: number };

export type Block =
  | { kind: "title"; text: string }
  | { kind: "heading"; level: 1 | 2 | 3 | 4; number: string; text: string; section?: string }
  | { kind: "p"; text: string; section?: string }
  | { kind: "table"; rows: Cell[][]; section?: string };

export interface SeedFigures {
  staffActual: number;
  staffActive: number;
  staffRetired: number;
  assetCountTotal: number;
  vehicles: number;
  otherAssets: number;
  assetValueTotal: string;
  vehicleValue: string;
  otherValue: string;
  score: number;
  grade: string;
}

export const SEED_FIGURES: SeedFigures = {
  staffActual: 15,
  staffActive: 11,
  staffRetired: 4,
  assetCountTotal: 200,
  vehicles: 1,
  otherAssets: 199,
  assetValueTotal: "63.51",
  vehicleValue: "10.28",
  otherValue: "53.23",
  score: 87,
  grade: "优",
};

const REPEATED = "分管领导对包联的信访积案逐件研究、逐件调度、逐件推动解决，走访、约访信访群众 130 余人次。";

/** The seed's outline, tables and figures; `figures` changes any figure, `omit` drops sections by id. */
export function seedReport(figures: Partial<SeedFigures> = {}, omit: string[] = []): Block[] {
  const f = { ...SEED_FIGURES, ...figures };
  const blocks: Block[] = [
    { kind: "title", text: "深泽县信访局" },
    { kind: "title", text: "2023 年度整体支出绩效自评报告" },
    {
      kind: "p",
      text: "按照市委市政府关于全面落实预算绩效管理的实施意见（石发〔2019〕8号）的要求，本局对 2023 年度整体支出开展了绩效自评，现将情况报告如下。",
    },
    { kind: "heading", level: 1, number: "一、", text: "部门基本情况", section: "basic" },
    { kind: "heading", level: 2, number: "（一）", text: "部门概况", section: "basic.overview" },
    { kind: "heading", level: 3, number: "1. ", text: "部门职责：", section: "basic.duties" },
    { kind: "p", text: "（1）接收、登记并转送群众来信来访事项，并向来访人告知办理进展；" },
    { kind: "p", text: "（2）办理上级机关和本级机关交办、转送的信访事项；" },
    { kind: "p", text: "（3）协调、督促有关单位受理和办理信访事项，提出改进工作和完善政策的建议；" },
    { kind: "p", text: "（4）分析研判信访形势，组织调查研究，总结推广工作经验；" },
    { kind: "p", text: "（5）收集、办理人民群众提出的意见建议；" },
    { kind: "p", text: "（6）宣传信访法规，提供政策咨询，引导群众依法逐级反映诉求；" },
    { kind: "p", text: "（7）完成县委、县政府交办的其他工作。" },
    { kind: "heading", level: 3, number: "2、", text: "部门机构设置情况：", section: "basic.org" },
    {
      kind: "table",
      rows: [
        ["单位名称", "单位性质", "单位规格", "经费保障形式"],
        ["单位名称", "单位性质", "单位规格", "经费保障形式"],
        ["深泽县信访局本级", "行政", "正科级", "财政拨款"],
      ],
    },
    { kind: "heading", level: 3, number: "3、", text: "部门人员情况：", section: "basic.staff" },
    {
      kind: "p",
      text: `2023 年年末本局实有人数 ${f.staffActual} 人，其中在职 ${f.staffActive} 人，退休 ${f.staffRetired} 人。`,
    },
    { kind: "heading", level: 3, number: "4、", text: "部门固定资产占用情况：", section: "basic.assets" },
    { kind: "p", text: "深泽县信访局 截止时间：2023-12-31" },
    {
      kind: "table",
      rows: [
        ["项 目", "数量", "价值（金额单位：万元）"],
        ["资产总额", String(f.assetCountTotal), f.assetValueTotal],
        ["1、房屋（平方米）", "", ""],
        ["其中：办公用房（平方米）", "", ""],
        ["2、车辆（台、辆）", String(f.vehicles), f.vehicleValue],
        ["3、单价在 20 万元以上的设备", "", ""],
        ["4、其他固定资产", String(f.otherAssets), f.otherValue],
      ],
    },
    { kind: "heading", level: 2, number: "（二）", text: "部门收支预决算情况", section: "basic.budget" },
    {
      kind: "p",
      text: "2023 年，本局年初预算收入 187.35 万元，年初预算支出为 187.35 万元；决算收入为 292.04 万元，决算支出为 292.04 万元。",
    },
    { kind: "heading", level: 2, number: "（三）", text: "部门整体支出绩效目标、指标", section: "basic.goals" },
    { kind: "p", text: "1、信访事项及时受理率、按期答复率和群众满意率在上年基础上稳步提高，在全市的位次保持中上游。" },
    { kind: "p", text: "2、加大信访积案化解力度，进京非正常访和赴省集体访数量较上年明显下降。" },
    { kind: "p", text: "3、做好重大会议和重要活动期间的信访稳定工作，稳妥处置突发性、群体性信访事件，提高办理质量。" },
    { kind: "p", text: "4、县群众工作中心运行顺畅，初次来信来访得到及时处理。" },
    { kind: "p", text: "按时完成县委、县政府和上级信访部门交办的其他任务。" },
    { kind: "p", text: "5、督导全县各乡镇和县直部门的信访工作，并对其年度信访工作目标进行考核，确保责任落实到位。" },
    { kind: "p", text: "6、配合上级信访部门处理本县群众进京上访事项，协调解决跨地区、跨部门的重要信访问题。" },
    { kind: "heading", level: 1, number: "二、", text: "自评工作开展情况", section: "selfeval" },
    { kind: "heading", level: 2, number: "(一) ", text: "自评的组织工作", section: "selfeval.org" },
    {
      kind: "p",
      text: "本局成立了由办公室和各股室组成的绩效评价小组，事先拟定评价方案，对照预算绩效指标收集资料，逐项审核资金使用情况。",
    },
    { kind: "heading", level: 2, number: "(二) ", text: "自评的方法和过程", section: "selfeval.method" },
    {
      kind: "p",
      text: "评价坚持科学规范、公开公开、分级分类的原则，采取查阅资料、统计分析和实地核查相结合的方法，最终形成本报告。",
    },
    { kind: "heading", level: 1, number: "三、", text: "部门整体支出绩效目标实现情况及指标分析", section: "results" },
    { kind: "heading", level: 2, number: "(一) ", text: "总体绩效目标实现情况", section: "results.overall" },
    {
      kind: "p",
      text: "全年信访形势总体平稳，三率指标稳中有升，积案化解取得实效，重大活动期间未发生影响稳定的信访事件。",
    },
    { kind: "heading", level: 2, number: "（二）", text: "分项绩效目标实现情况及指标分析", section: "results.items" },
    {
      kind: "p",
      text: `全年向省市信访部门报送信息 7 件，化解进京访 21 批。${REPEATED}县委常委会每月研究信访稳定工作，召开案件调度会 86 次，化解重点信访案件 37 个。${REPEATED}`,
    },
    { kind: "heading", level: 1, number: "四、", text: "评价结论和评价等级", section: "conclusion" },
    { kind: "p", text: "本局经费审批规范，资金使用合理，全年工作达到预期目标。" },
    { kind: "p", text: `综上，本局 2023 年度整体支出绩效评价得分 ${f.score} 分，评价等级为“${f.grade}”。` },
    { kind: "heading", level: 1, number: "五、", text: "存在的问题及改进措施", section: "problems" },
    { kind: "heading", level: 2, number: "（一）", text: "存在的主要问题", section: "problems.issues" },
    { kind: "p", text: "年初目标基本完成，但群众满意度仍有提升空间。" },
    {
      kind: "heading",
      level: 2,
      number: "（二）",
      text: "针对问题提出具体的改进措施或建议",
      section: "problems.measures",
    },
    { kind: "p", text: "坚持主动约访、下访，做实群众工作，进一步提高群众满意度。" },
    { kind: "heading", level: 1, number: "六、", text: "评价工作组人员名单及签字", section: "team" },
    { kind: "p", text: "工作组组长：张某某（局负责同志）" },
    { kind: "p", text: "成员：李某某（办公室主任）、王某某（督查室主任）" },
  ];
  return dropSections(blocks, omit);
}

/** Drops a section's heading and everything until the next heading of its level or above. */
export function dropSections(blocks: Block[], ids: string[]): Block[] {
  const out: Block[] = [];
  let dropping: number | undefined;
  for (const b of blocks) {
    if (b.kind === "heading") {
      if (dropping !== undefined && b.level <= dropping) dropping = undefined;
      if (dropping === undefined && b.section && ids.includes(b.section)) dropping = b.level;
    }
    if (dropping === undefined) out.push(b);
  }
  return out;
}

/** A report where every figure agrees, numbering is uniform and nothing repeats: no finding expected beyond info. */
export function consistentReport(): Block[] {
  return [
    { kind: "title", text: "某某县示范局" },
    { kind: "title", text: "2024 年度部门整体支出绩效自评报告" },
    { kind: "p", text: "依据财预〔2020〕10号等文件要求，本局对 2024 年度部门整体支出开展了绩效自评。" },
    { kind: "heading", level: 1, number: "一、", text: "部门基本情况" },
    { kind: "heading", level: 2, number: "（一）", text: "部门概况" },
    { kind: "heading", level: 3, number: "1.", text: "部门职责" },
    { kind: "p", text: "负责本县示范工作的规划、组织和监督管理。" },
    { kind: "heading", level: 3, number: "2.", text: "部门机构设置情况" },
    {
      kind: "table",
      rows: [
        ["单位名称", "单位性质", "单位规格", "经费保障形式"],
        ["某某县示范局本级", "行政", "正科级", "财政拨款"],
      ],
    },
    { kind: "heading", level: 3, number: "3.", text: "部门人员情况" },
    {
      kind: "p",
      text: "2024 年末本局编制数 20 人，其中行政编制 15 人，事业编制 5 人；实有人数 22 人，其中在职 18 人，退休 4 人。",
    },
    { kind: "heading", level: 3, number: "4.", text: "部门固定资产占用情况" },
    { kind: "p", text: "截止时间：2024-12-31" },
    {
      kind: "table",
      rows: [
        ["项目", "数量", "价值（万元）"],
        ["资产总额", "120", "88.50"],
        ["1、房屋（平方米）", "800", "40.00"],
        ["其中：办公用房（平方米）", "600", "30.00"],
        ["2、车辆（台、辆）", "2", "28.50"],
        ["3、单价在20万元以上的设备", "", ""],
        ["4、其他固定资产", "118", "20.00"],
      ],
    },
    { kind: "heading", level: 2, number: "（二）", text: "部门收支预决算情况" },
    {
      kind: "p",
      text: "2024 年年初预算收入 500.00 万元，年初预算支出 500.00 万元。全年预算数 520.00 万元，全年执行数 494.00 万元，预算执行率 95.00%。决算收入 494.00 万元，决算支出 494.00 万元，其中基本支出 400.00 万元，项目支出 94.00 万元。",
    },
    { kind: "heading", level: 2, number: "（三）", text: "部门整体支出绩效目标、指标" },
    { kind: "p", text: "全年目标是保障机构正常运转，按计划完成各项示范任务，服务对象满意度不低于百分之九十。" },
    { kind: "heading", level: 1, number: "二、", text: "自评工作开展情况" },
    { kind: "heading", level: 2, number: "（一）", text: "自评的组织工作" },
    { kind: "p", text: "成立由主要负责同志任组长的自评工作组，明确分工和时间安排。" },
    { kind: "heading", level: 2, number: "（二）", text: "自评的方法和过程" },
    { kind: "p", text: "采用资料核查、数据比对和问卷调查相结合的方法，逐项对照指标打分。" },
    { kind: "heading", level: 1, number: "三、", text: "部门整体支出绩效目标实现情况及指标分析" },
    { kind: "heading", level: 2, number: "（一）", text: "总体绩效目标实现情况" },
    { kind: "p", text: "年度各项工作任务按期完成，资金使用规范，履职效果良好。" },
    { kind: "heading", level: 2, number: "（二）", text: "分项绩效目标实现情况及指标分析" },
    {
      kind: "table",
      rows: [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["预算执行", "预算执行率", "预算执行率", "100%", "95%", "10", "9.5"],
        ["产出指标", "数量指标", "示范项目完成数", "10个", "10个", "30", "30"],
        ["产出指标", "质量指标", "验收合格率", "≥95%", "90%", "20", "18"],
        ["效益指标", "社会效益", "服务覆盖人数", "1000人", "1000人", "30", "25"],
        ["满意度指标", "服务对象满意度", "群众满意度", "≥90%", "92%", "10", "4.5"],
        [{ text: "总分", colSpan: 5 }, "100", "87"],
      ],
    },
    { kind: "heading", level: 1, number: "四、", text: "评价结论和评价等级" },
    { kind: "p", text: "经自评，本局 2024 年度部门整体支出绩效自评得分 87 分，评价等级为“良”。" },
    { kind: "heading", level: 1, number: "五、", text: "存在的问题及改进措施" },
    { kind: "heading", level: 2, number: "（一）", text: "存在的主要问题" },
    { kind: "p", text: "部分效益指标设置不够细化，满意度调查样本偏少。预算执行进度前松后紧，四季度支出占比偏高。" },
    { kind: "heading", level: 2, number: "（二）", text: "针对问题提出具体的改进措施或建议" },
    { kind: "p", text: "细化效益指标，扩大满意度调查覆盖面。按月跟踪预算执行进度，均衡安排全年支出。" },
    { kind: "heading", level: 1, number: "六、", text: "评价工作组人员名单及签字" },
    { kind: "p", text: "组长：赵某某；成员：钱某某、孙某某。" },
  ];
}

/**
 * The national self-evaluation form as one composite table: title, form fields, the budget
 * block (年初预算数 … 得分), the goals, then the indicator block and its 总分 row.
 * `change` edits single cells as [row, column, text].
 */
export function compositeForm(change: [number, number, string][] = []): Cell[][] {
  const rows: Cell[][] = [
    [{ text: "部门整体支出绩效自评表", colSpan: 10 }],
    ["部门名称", { text: "某某县示范局", colSpan: 9 }],
    [
      { text: "预算资金（万元）", rowSpan: 4 },
      { text: "", colSpan: 3 },
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "分值",
      "执行率",
      "得分",
    ],
    [null, { text: "年度资金总额", colSpan: 3 }, "500.00", "520.00", "494.00", "10", "95.00%", "9.5"],
    [null, { text: "其中：当年财政拨款", colSpan: 3 }, "500.00", "520.00", "494.00", "—", "—", "—"],
    [null, { text: "其他资金", colSpan: 3 }, "0.00", "0.00", "0.00", "—", "—", "—"],
    ["年度总体目标", { text: "预期目标", colSpan: 5 }, { text: "实际完成情况", colSpan: 4 }],
    ["", { text: "保障机构运转，完成示范任务", colSpan: 5 }, { text: "全部完成", colSpan: 4 }],
    [
      { text: "绩效指标", rowSpan: 5 },
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      { text: "偏差原因分析及改进措施", colSpan: 2 },
    ],
    [null, "产出指标", "数量指标", "示范项目完成数", "10个", "10个", "30", "30", { text: "", colSpan: 2 }],
    [null, "产出指标", "质量指标", "验收合格率", "≥95%", "90%", "20", "18", { text: "个别项目返工", colSpan: 2 }],
    [null, "效益指标", "社会效益", "服务覆盖人数", "1000人", "1000人", "30", "25", { text: "", colSpan: 2 }],
    [null, "满意度指标", "服务对象满意度", "群众满意度", "≥90%", "92%", "10", "4.5", { text: "", colSpan: 2 }],
    [{ text: "总分", colSpan: 6 }, "100", "87", { text: "", colSpan: 2 }],
  ];
  for (const [r, c, text] of change) rows[r][c] = text;
  return rows;
}

/** A report of the other outline family: score first, 投入/过程/产出/效果, an 附件 with the indicator system. */
export function scoreFirstReport(score = 92, grade = "优"): Block[] {
  return [
    { kind: "title", text: "某某市示范中心2024年度部门整体支出绩效评价自评报告" },
    { kind: "heading", level: 1, number: "一、", text: "自评得分情况" },
    { kind: "p", text: `经自评，本中心 2024 年度部门整体支出绩效自评得分 ${score} 分，评价等级为“${grade}”。` },
    { kind: "heading", level: 1, number: "二、", text: "部门基本情况" },
    { kind: "heading", level: 2, number: "（一）", text: "部门职能职责" },
    { kind: "p", text: "承担全市示范工作的组织实施和技术服务。" },
    { kind: "heading", level: 2, number: "（二）", text: "机构设置及人员情况" },
    { kind: "p", text: "中心核定编制 30 人，年末实有人数 31 人，其中在职 28 人，退休 3 人。" },
    { kind: "heading", level: 2, number: "（三）", text: "部门收支情况" },
    { kind: "p", text: "年初预算收入 800.00 万元，年初预算支出 800.00 万元。" },
    { kind: "heading", level: 1, number: "三、", text: "部门整体支出绩效目标" },
    { kind: "p", text: "保障中心运转，完成年度示范任务。" },
    { kind: "heading", level: 1, number: "四、", text: "绩效目标实现情况及分析" },
    { kind: "heading", level: 2, number: "（一）", text: "投入情况" },
    { kind: "p", text: "人员控制在编制以内，三公经费较上年下降。" },
    { kind: "heading", level: 2, number: "（二）", text: "过程情况" },
    { kind: "p", text: "全年预算数 820.00 万元，全年执行数 779.00 万元，预算执行率 95.00%。" },
    { kind: "heading", level: 2, number: "（三）", text: "产出情况" },
    { kind: "p", text: "重点工作全部按期完成。" },
    { kind: "heading", level: 2, number: "（四）", text: "效果情况" },
    { kind: "p", text: "服务对象满意度达到百分之九十三。" },
    { kind: "heading", level: 1, number: "五、", text: "主要经验及做法" },
    { kind: "p", text: "建立月度调度机制，压实责任。" },
    { kind: "heading", level: 1, number: "六、", text: "存在的问题及原因分析" },
    { kind: "p", text: "个别项目支出进度偏慢，前期论证不充分。" },
    { kind: "heading", level: 1, number: "七、", text: "下一步改进措施" },
    { kind: "p", text: "加强项目前期论证，按月通报执行进度。" },
  ];
}
