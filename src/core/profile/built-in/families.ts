// Outline families found in real published reports of provinces other than Hebei. Each
// keeps the national figures, relations, tables and grade bands of the default profile
// and says only how its outline goes. Data only: no rule assumes any of them.
//
// - 湖南: the report follows the budget by fund type (一般公共预算 / 政府性基金 / 国有资本
//   经营 / 社会保险基金), then 部门整体支出绩效情况, 存在的问题及原因分析, 下一步改进措施,
//   结果应用和公开, 其他需要说明的情况 (e.g. 湖南省人民检察院, 南县政协, 岳阳市 reports).
// - 云南 / 重庆: 基本情况 (部门概况, 绩效目标的设立, 整体收支), 绩效自评工作情况 (目的, 组织
//   过程), 评价情况分析及综合评价结论, 存在的问题和整改情况, 绩效自评结果应用, 主要经验及
//   做法, 其他需要说明的情况.
// - 广东: 部门基本情况 (职能, 机构设置及人员, 年度工作任务, 绩效目标), 绩效自评情况 (自评
//   结论, then 预算编制 / 预算执行 / 预算管理 / 履职效能), 存在问题, 改进意见 (e.g. 茂名市
//   发展和改革局).
// - 部门决算: the self-evaluation embedded in the published final accounts (第一部分 部门概况 …
//   第三部分 部门决算情况说明 … 预算绩效情况说明 / 部门绩效自评情况, e.g. 临沧, 洪江, 长沙).
// - 自评表: the bare national form, without a narrative.
// labels are messages in both languages
import { msg as label } from "../../model/finding";
import type { ProfileInput } from "../profile";
import { deptOverallProfile } from "./dept-overall";
import {
  BASIC,
  CONCLUSION,
  DUTIES,
  EXPERIENCE,
  FINANCE,
  GOALS,
  MEASURES,
  ORG,
  OTHER,
  PROBLEMS,
  RESULTS,
  SELFEVAL,
  STAFF,
  USE,
} from "./topics";

type Sections = ProfileInput["sections"];

/** The default profile's tables, each placed in a section of the family (or in none). */
function tablesIn(where: Record<string, string | undefined>): ProfileInput["tables"] {
  return deptOverallProfile.tables!.map((t) => ({ ...t, section: where[t.id] }));
}

const hunanSections: Sections = [
  {
    id: "basic",
    title: "部门（单位）基本情况",
    level: 1,
    required: true,
    aliases: ["部门基本情况", "单位基本情况", "部门（单位）基本概况", "部门概况", "基本情况"],
    topics: [BASIC],
  },
  {
    id: "basic.duties",
    title: "职能职责",
    level: 2,
    parent: "basic",
    aliases: ["部门职责", "主要职能", "职能"],
    topics: [DUTIES],
  },
  {
    id: "basic.org",
    title: "机构设置情况",
    level: 2,
    parent: "basic",
    aliases: ["机构设置", "内设机构"],
    topics: [ORG],
  },
  {
    id: "basic.staff",
    title: "人员情况",
    level: 2,
    parent: "basic",
    aliases: ["人员编制情况", "人员构成"],
    topics: [STAFF],
  },
  {
    id: "general",
    title: "一般公共预算支出情况",
    level: 1,
    required: true,
    aliases: [
      "部门整体支出管理及使用情况",
      "部门整体支出规模、使用方向和主要内容",
      "部门整体支出概况",
      "部门整体支出情况",
    ],
    topics: [["一般公共预算", "支出管理及使用", "整体支出管理", "使用方向", "支出概况", "支出情况"]],
  },
  { id: "general.basic", title: "基本支出", level: 2, parent: "general", topics: [["基本支出"]] },
  { id: "general.project", title: "项目支出", level: 2, parent: "general", topics: [["项目支出"]] },
  { id: "fund", title: "政府性基金预算支出情况", level: 1, topics: [["政府性基金"]] },
  { id: "capital", title: "国有资本经营预算支出情况", level: 1, topics: [["国有资本经营"]] },
  { id: "insurance", title: "社会保险基金预算支出情况", level: 1, topics: [["社会保险基金"]] },
  {
    id: "performance",
    title: "部门整体支出绩效情况",
    level: 1,
    required: true,
    aliases: ["整体支出绩效情况", "部门整体支出绩效自评情况", "绩效自评情况", "部门整体支出绩效目标完成情况"],
    topics: [RESULTS],
  },
  {
    id: "problems",
    title: "存在的问题及原因分析",
    level: 1,
    required: true,
    aliases: ["存在的问题", "存在的主要问题", "存在问题及原因分析"],
    topics: [PROBLEMS],
    minSentences: 2,
  },
  {
    id: "measures",
    title: "下一步改进措施",
    level: 1,
    required: true,
    aliases: ["改进措施", "改进措施及建议", "下一步工作计划", "整改措施"],
    topics: [MEASURES],
    minSentences: 2,
  },
  {
    id: "use",
    title: "部门整体支出绩效自评结果拟应用和公开情况",
    level: 1,
    aliases: ["部门整体支出绩效评价结果应用情况", "绩效评价结果应用情况", "绩效自评结果应用情况", "评价结果应用"],
    topics: [USE],
  },
  { id: "other", title: "其他需要说明的情况", level: 1, aliases: ["其他需要说明的问题", "其他说明"], topics: [OTHER] },
];

export const hunanProfile: ProfileInput = {
  ...deptOverallProfile,
  id: "dept-overall-hunan",
  name: label(
    "部门整体支出绩效自评报告（湖南：按预算类别，绩效情况—问题—改进—结果应用）",
    "Department overall-expenditure self-evaluation (Hunan: by fund type)",
  ),
  scoreSection: "performance",
  sections: hunanSections,
  tables: tablesIn({
    org: "basic.org",
    staff: "basic.staff",
    budget: "general",
    "expense-control": "general",
    execution: "performance",
    indicator: "performance",
  }),
  template: { title: ["XX单位", "XXXX年度部门整体支出绩效自评报告"], placeholder: "【请填写】" },
};

const yunnanSections: Sections = [
  {
    id: "basic",
    title: "部门基本情况",
    level: 1,
    required: true,
    aliases: ["基本情况", "单位基本情况"],
    topics: [BASIC],
  },
  {
    id: "basic.overview",
    title: "部门概况",
    level: 2,
    parent: "basic",
    aliases: ["单位概况", "部门基本情况"],
    topics: [BASIC],
  },
  {
    id: "basic.goals",
    title: "部门绩效目标的设立情况",
    level: 2,
    parent: "basic",
    aliases: ["绩效目标设立情况", "部门绩效目标"],
    topics: [GOALS],
  },
  {
    id: "basic.finance",
    title: "部门整体收支情况",
    level: 2,
    parent: "basic",
    aliases: ["整体收支情况", "收支情况"],
    topics: [FINANCE],
  },
  {
    id: "selfeval",
    title: "绩效自评工作情况",
    level: 1,
    required: true,
    aliases: ["自评工作情况", "绩效自评工作开展情况", "绩效评价工作情况"],
    topics: [SELFEVAL],
  },
  {
    id: "selfeval.purpose",
    title: "绩效自评的目的",
    level: 2,
    parent: "selfeval",
    aliases: ["自评目的", "评价目的"],
    topics: [["目的"]],
  },
  {
    id: "selfeval.process",
    title: "自评组织过程",
    level: 2,
    parent: "selfeval",
    aliases: ["组织过程", "自评过程"],
    topics: [["组织", "过程", "方法"]],
  },
  {
    id: "analysis",
    title: "评价情况分析及综合评价结论",
    level: 1,
    required: true,
    aliases: ["评价情况分析及评价结论", "评价情况分析", "综合评价结论", "绩效分析及评价结论"],
    topics: [[...RESULTS, ...CONCLUSION]],
  },
  {
    id: "problems",
    title: "存在的问题和整改情况",
    level: 1,
    required: true,
    aliases: ["存在的问题及整改情况", "存在的问题", "存在问题和整改情况", "存在的问题和改进措施"],
    topics: [[...PROBLEMS, ...MEASURES]],
    minSentences: 2,
  },
  {
    id: "use",
    title: "绩效自评结果应用",
    level: 1,
    aliases: ["自评结果应用", "评价结果应用", "结果应用"],
    topics: [USE],
  },
  { id: "experience", title: "主要经验及做法", level: 1, aliases: ["主要经验做法", "经验做法"], topics: [EXPERIENCE] },
  { id: "other", title: "其他需要说明的情况", level: 1, aliases: ["其他需要说明的问题"], topics: [OTHER] },
];

export const yunnanProfile: ProfileInput = {
  ...deptOverallProfile,
  id: "dept-overall-yunnan",
  name: label(
    "部门整体支出绩效自评报告（云南、重庆：评价情况分析及综合评价结论、结果应用、经验做法）",
    "Department overall-expenditure self-evaluation (Yunnan / Chongqing: analysis and conclusion, use of results, experience)",
  ),
  scoreSection: "analysis",
  sections: yunnanSections,
  tables: tablesIn({
    org: "basic.overview",
    staff: "basic.overview",
    budget: "basic.finance",
    "expense-control": "basic.finance",
    execution: "analysis",
    indicator: "analysis",
  }),
  template: { title: ["XX单位", "XXXX年度部门整体支出绩效自评报告"], placeholder: "【请填写】" },
};

const guangdongSections: Sections = [
  {
    id: "basic",
    title: "部门基本情况",
    level: 1,
    required: true,
    aliases: ["基本情况", "单位基本情况"],
    topics: [BASIC],
  },
  {
    id: "basic.duties",
    title: "部门职能",
    level: 2,
    parent: "basic",
    aliases: ["部门职责", "主要职能"],
    topics: [DUTIES],
  },
  {
    id: "basic.org",
    title: "机构设置及人员情况",
    level: 2,
    parent: "basic",
    aliases: ["设置机构及人员情况", "机构设置情况", "人员情况"],
    topics: [[...ORG, ...STAFF]],
  },
  {
    id: "basic.tasks",
    title: "年度总体工作和重点工作任务",
    level: 2,
    parent: "basic",
    aliases: ["年度主要工作任务", "重点工作任务"],
    topics: [["工作任务", "重点工作", "总体工作", "主要工作", "年度工作"]],
  },
  {
    id: "basic.goals",
    title: "部门整体支出绩效目标",
    level: 2,
    parent: "basic",
    aliases: ["绩效目标", "整体支出绩效目标"],
    topics: [GOALS],
  },
  {
    id: "selfeval",
    title: "绩效自评情况",
    level: 1,
    required: true,
    aliases: ["部门整体支出绩效自评情况", "整体支出绩效自评情况", "自评情况", "绩效评价情况"],
    topics: [["自评情况", "绩效自评", "评价情况", "绩效分析"]],
  },
  {
    id: "selfeval.conclusion",
    title: "自评结论",
    level: 2,
    parent: "selfeval",
    aliases: ["自评得分", "评价结论", "自评结果"],
    topics: [CONCLUSION],
  },
  {
    id: "selfeval.budgeting",
    title: "预算编制",
    level: 2,
    parent: "selfeval",
    aliases: ["预算编制情况", "预算配置"],
    topics: [["预算编制", "预算配置", "目标设定"]],
  },
  {
    id: "selfeval.execution",
    title: "预算执行",
    level: 2,
    parent: "selfeval",
    aliases: ["预算执行情况"],
    topics: [["预算执行", "资金执行", "支出进度"]],
  },
  {
    id: "selfeval.management",
    title: "预算管理",
    level: 2,
    parent: "selfeval",
    aliases: ["预算管理情况", "资金管理", "资产管理"],
    topics: [["预算管理", "资金管理", "资产管理", "财务管理"]],
  },
  {
    id: "selfeval.performance",
    title: "履职效能",
    level: 2,
    parent: "selfeval",
    aliases: ["履职效能情况", "履职情况"],
    topics: [["履职效能", "履职", "产出", "效益", "效果"]],
  },
  {
    id: "problems",
    title: "存在问题",
    level: 1,
    required: true,
    aliases: ["存在的问题", "存在的主要问题", "主要问题"],
    topics: [PROBLEMS],
    minSentences: 2,
  },
  {
    id: "measures",
    title: "改进意见",
    level: 1,
    required: true,
    aliases: ["改进措施", "下一步改进措施", "改进意见和建议", "整改措施"],
    topics: [MEASURES],
    minSentences: 2,
  },
  {
    id: "other",
    title: "其他需说明的问题",
    level: 1,
    aliases: ["其他需要说明的问题", "其他需要说明的情况"],
    topics: [OTHER],
  },
];

export const guangdongProfile: ProfileInput = {
  ...deptOverallProfile,
  id: "dept-overall-guangdong",
  name: label(
    "部门整体支出绩效自评报告（广东：预算编制—预算执行—预算管理—履职效能）",
    "Department overall-expenditure self-evaluation (Guangdong: budgeting, execution, management, performance)",
  ),
  scoreSection: "selfeval.conclusion",
  sections: guangdongSections,
  tables: tablesIn({
    org: "basic.org",
    staff: "basic.org",
    budget: "selfeval.execution",
    "expense-control": "selfeval.management",
    execution: "selfeval.execution",
    indicator: "selfeval",
  }),
  template: { title: ["XX单位", "XXXX年度部门整体支出绩效自评报告"], placeholder: "【请填写】" },
};

// In the final accounts 第一部分 and 一、 are both level 1, so every part of the outline is a top-level section.
const finalAccountsSections: Sections = [
  { id: "overview", title: "部门概况", level: 1, aliases: ["单位概况", "部门基本情况"], topics: [BASIC] },
  { id: "tables", title: "部门决算表", level: 1, aliases: ["年度部门决算表"], topics: [["决算表"]] },
  {
    id: "notes",
    title: "部门决算情况说明",
    level: 1,
    required: true,
    aliases: ["年度部门决算情况说明", "决算情况说明", "单位决算情况说明"],
    topics: [["决算情况说明", "决算说明"]],
  },
  {
    id: "performance",
    title: "预算绩效情况说明",
    level: 1,
    required: true,
    aliases: [
      "部门绩效自评情况",
      "部门整体支出绩效自评情况",
      "预算绩效管理情况",
      "部门绩效评价情况",
      "绩效自评情况",
      "预算绩效情况的说明",
    ],
    topics: [["预算绩效", "绩效自评", "绩效评价", "绩效管理", "绩效情况"]],
  },
  { id: "glossary", title: "名词解释", level: 1, aliases: ["专业名词解释"], topics: [["名词解释"]] },
];

export const finalAccountsProfile: ProfileInput = {
  ...deptOverallProfile,
  id: "dept-overall-final-accounts",
  name: label(
    "部门决算中的绩效自评（部门决算公开：概况—决算表—情况说明—预算绩效情况）",
    "Self-evaluation within the published final accounts (部门决算)",
  ),
  scoreSection: "performance",
  sections: finalAccountsSections,
  tables: tablesIn({ execution: "performance", indicator: "performance" }),
  template: { title: ["XX单位", "XXXX年度部门决算"], placeholder: "【请填写】" },
};

export const formProfile: ProfileInput = {
  ...deptOverallProfile,
  id: "dept-overall-form",
  name: label(
    "部门整体支出绩效自评表（无报告正文）",
    "Department overall-expenditure self-evaluation form (no narrative)",
  ),
  scoreSection: undefined,
  // the form is the document: no narrative section is required
  sections: [
    {
      id: "form",
      title: "部门整体支出绩效自评表",
      level: 1,
      aliases: ["部门整体支出绩效自评表", "部门整体绩效自评表", "整体支出绩效自评表", "绩效自评表"],
      topics: [["自评表", "评价表", "评分表"]],
    },
  ],
  tables: tablesIn({ execution: "form", indicator: "form" }),
  recognise: { anyTable: ["indicator", "execution"], maxNarrative: 8 },
  template: { title: ["XXXX年度部门整体支出绩效自评表"], placeholder: "【请填写】" },
};
