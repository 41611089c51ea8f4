// A second outline family (docs/domain.md §2): the score comes first (一、自评得分情况), the
// analysis follows the 投入 / 过程 / 产出 / 效果 framework of 财预〔2013〕53号, and the
// report ends with 主要经验及做法 and an 附件 with the indicator system. Data only: the
// figures, relations and grade bands are the national ones of the default profile.
// labels are messages in both languages
import { msg as label } from "../../model/finding";
import type { ProfileInput } from "../profile";
import { deptOverallProfile } from "./dept-overall";
import {
  ANNEX,
  BASIC,
  CONCLUSION,
  DUTIES,
  EXPERIENCE,
  FINANCE,
  GOALS,
  MEASURES,
  ORG,
  PROBLEMS,
  RESULTS,
  STAFF,
} from "./topics";

const TABLE_SECTION: Record<string, string | undefined> = {
  org: "basic.org",
  staff: "basic.org",
  assets: "basic.finance",
  budget: "basic.finance",
  "expense-control": "basic.finance",
  execution: "analysis.process",
  indicator: "annex",
};

export const scoreFirstProfile: ProfileInput = {
  ...deptOverallProfile,
  id: "dept-overall-score-first",
  name: label(
    "部门整体支出绩效自评报告（得分在前，投入—过程—产出—效果）",
    "Department overall-expenditure self-evaluation (score first; input–process–output–effect)",
  ),
  scoreSection: "score",
  sections: [
    {
      id: "score",
      topics: [CONCLUSION],
      title: "自评得分情况",
      level: 1,
      required: true,
      aliases: ["自评得分", "绩效自评得分情况", "自评得分及等级", "评价得分情况", "自评结果", "自评结论"],
      keywords: [["得分"]],
    },
    {
      id: "basic",
      topics: [BASIC],
      title: "部门基本情况",
      level: 1,
      required: true,
      aliases: ["部门(单位)基本情况", "单位基本情况", "基本情况", "部门概况", "单位概况"],
      keywords: [["基本情况"]],
    },
    {
      id: "basic.duties",
      topics: [DUTIES],
      title: "部门职能职责",
      level: 2,
      parent: "basic",
      aliases: ["部门职责", "主要职责", "职能职责", "部门主要职能"],
      keywords: [["职责"], ["职能"]],
    },
    {
      id: "basic.org",
      topics: [[...ORG, ...STAFF]],
      title: "机构设置及人员情况",
      level: 2,
      parent: "basic",
      aliases: ["机构设置情况", "机构及人员情况", "人员编制情况", "机构人员情况"],
      keywords: [["机构"], ["人员"]],
    },
    {
      id: "basic.finance",
      topics: [FINANCE],
      title: "部门收支情况",
      level: 2,
      parent: "basic",
      aliases: ["部门整体收支情况", "收支预决算情况", "部门资金情况", "部门整体支出情况", "收支情况"],
      keywords: [["收支"]],
    },
    {
      id: "goals",
      topics: [GOALS],
      title: "部门整体支出绩效目标",
      level: 1,
      aliases: ["绩效目标", "整体支出绩效目标", "部门绩效目标", "年度绩效目标"],
      keywords: [["绩效目标"]],
    },
    {
      id: "analysis",
      topics: [RESULTS],
      title: "绩效目标实现情况及分析",
      level: 1,
      required: true,
      aliases: [
        "部门整体支出绩效情况",
        "绩效实现情况",
        "绩效指标完成情况",
        "绩效评价情况",
        "绩效目标完成情况分析",
        "绩效目标实现情况",
      ],
      keywords: [["实现", "情况"], ["绩效情况"]],
    },
    {
      id: "analysis.input",
      topics: [["投入"]],
      title: "投入情况",
      level: 2,
      parent: "analysis",
      aliases: ["投入类指标分析", "投入指标", "预算配置情况"],
      keywords: [["投入"]],
    },
    {
      id: "analysis.process",
      topics: [["过程"]],
      title: "过程情况",
      level: 2,
      parent: "analysis",
      aliases: ["过程类指标分析", "过程指标", "预算执行和管理情况"],
      keywords: [["过程"]],
    },
    {
      id: "analysis.output",
      topics: [["产出"]],
      title: "产出情况",
      level: 2,
      parent: "analysis",
      aliases: ["产出类指标分析", "产出指标", "履职产出"],
      keywords: [["产出"]],
    },
    {
      id: "analysis.effect",
      topics: [["效果", "效益"]],
      title: "效果情况",
      level: 2,
      parent: "analysis",
      aliases: ["效果类指标分析", "效果指标", "履职效果", "效益情况"],
      keywords: [["效果"], ["效益"]],
    },
    {
      id: "experience",
      topics: [EXPERIENCE],
      title: "主要经验及做法",
      level: 1,
      aliases: ["主要经验做法", "经验做法", "主要做法及成效", "主要经验"],
      keywords: [["经验"]],
    },
    {
      id: "problems",
      topics: [PROBLEMS],
      title: "存在的问题及原因分析",
      level: 1,
      required: true,
      aliases: ["存在的问题", "存在问题及原因", "存在的主要问题", "存在的主要问题及原因分析"],
      keywords: [["存在", "问题"]],
      minSentences: 2,
    },
    {
      id: "measures",
      topics: [MEASURES],
      title: "下一步改进措施",
      level: 1,
      required: true,
      aliases: ["改进措施及建议", "改进措施", "整改措施", "意见建议", "下一步工作打算", "有关建议"],
      keywords: [["改进"], ["整改"]],
      minSentences: 2,
    },
    {
      id: "annex",
      topics: [ANNEX],
      title: "附件",
      level: 1,
      aliases: ["附件：部门整体支出绩效评价指标体系", "部门整体支出绩效评价指标体系", "评价指标体系"],
      keywords: [["附件"]],
    },
  ],
  tables: deptOverallProfile.tables!.map((t) => ({
    ...t,
    section: TABLE_SECTION[t.id],
    ...(t.id === "indicator"
      ? {
          template: {
            // the same columns as the Hebei template's indicator table; the lines are this family's own
            columns: t.template!.columns,
            rows: [
              ["投入", "预算配置", "在职人员控制率", "≤100%", "", "5", "", ""],
              ["投入", "预算配置", "“三公经费”变动率", "≤0", "", "5", "", ""],
              ["投入", "目标设定", "绩效目标合理性", "合理", "", "5", "", ""],
              ["过程", "预算执行", "预算执行率", "100%", "", "20", "", ""],
              ["过程", "预算管理", "公用经费控制率", "≤100%", "", "15", "", ""],
              ["过程", "资产管理", "固定资产利用率", "≥95%", "", "20", "", ""],
              ["产出", "职责履行", "重点工作完成率", "100%", "", "20", "", ""],
              ["效果", "履职效益", "服务对象满意度", "≥90%", "", "10", "", ""],
              ["总分", "", "", "", "", "100", "", ""],
            ],
          },
        }
      : {}),
  })),
  weights: {
    total: 100,
    groups: [
      { name: "投入", weight: 15 },
      { name: "过程", weight: 55 },
      { name: "产出", weight: 20 },
      { name: "效果", weight: 10 },
    ],
  },
  template: { title: ["XX单位", "XXXX年度部门整体支出绩效评价自评报告"], placeholder: "【请填写】" },
};
