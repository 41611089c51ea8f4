// Families of topic words: the many ways real reports name the same part of the outline
// (collected from published reports of many provinces: 河北, 湖南, 重庆, 广东, 云南, 四川,
// 陕西, 广西 …). A section's `topics` lists the families its heading must draw on; subject
// words (部门 / 单位 / 部门（单位）/ 机关 / 本部门) are never part of a family — the matcher
// sets them aside. Data only.

/** 基本情况 and what it is called elsewhere. */
export const BASIC = ["基本情况", "基本概况", "概况", "简介", "基本信息", "概述", "基本职能及主要工作"];
/** Duties. */
export const DUTIES = ["职责", "职能", "职能简介", "主要任务"];
/** Organisation. */
export const ORG = [
  "机构设置",
  "内设机构",
  "设置机构",
  "机构情况",
  "组织机构",
  "机构",
  "单位构成",
  "决算单位构成",
  "预算单位构成",
];
/** Staff. */
export const STAFF = ["人员", "编制", "人员编制"];
/** Fixed assets. */
export const ASSETS = ["固定资产", "资产"];
/** Income, spending, budget and final accounts. */
export const FINANCE = ["收支", "预决算", "预算", "决算", "资金", "经费", "支出", "收入", "财务"];
/** Goals and indicators set for the year. */
export const GOALS = ["绩效目标", "年度目标", "工作目标", "目标任务", "目标设定", "目标设立", "绩效指标", "目标"];
/** How the self-evaluation was organised and carried out. */
export const SELFEVAL = [
  "自评工作",
  "评价工作",
  "组织实施",
  "自评开展",
  "开展自评",
  "自评组织",
  "自评的组织",
  "组织开展",
  "自评过程",
  "评价过程",
  "绩效自评的目的",
  "自评的目的",
];
/** Organisation of the self-evaluation. */
export const SELFEVAL_ORG = ["组织工作", "组织过程", "组织", "目的"];
/** Method and process. */
export const SELFEVAL_METHOD = ["方法", "过程", "步骤", "程序"];
/** What the spending achieved. */
export const RESULTS = [
  "目标实现",
  "绩效目标实现",
  "绩效目标完成",
  "绩效指标完成",
  "目标完成",
  "指标分析",
  "指标完成",
  "履职效能",
  "绩效情况",
  "绩效分析",
  "实现情况",
  "完成情况",
  "绩效表现",
  "评价情况分析",
  "评价情况",
  "产出",
  "效益",
  "效果",
];
/** The conclusion, score and grade. */
export const CONCLUSION = [
  "评价结论",
  "自评结论",
  "综合评价",
  "评价等级",
  "自评得分",
  "得分情况",
  "评价得分",
  "评价结果",
  "自评结果",
  "结论",
  "等级",
  "得分",
];
/** Problems found. */
export const PROBLEMS = ["存在的问题", "存在问题", "问题", "不足", "差距"];
/** What will be done about them. */
export const MEASURES = [
  "改进措施",
  "整改措施",
  "意见建议",
  "改进意见",
  "改进建议",
  "下一步",
  "建议",
  "措施",
  "改进",
  "整改",
  "打算",
  "意见",
];
/** The evaluation team. */
export const TEAM = ["工作组", "评价小组", "自评小组", "签字", "人员名单", "小组成员"];
/** Experience worth passing on. */
export const EXPERIENCE = ["经验", "做法", "亮点"];
/** Use and publication of the results. */
export const USE = ["结果应用", "结果运用", "应用情况", "拟应用", "公开情况", "应用和公开", "运用"];
/** Anything else. */
export const OTHER = ["其他需要说明", "其他需说明", "其他说明", "其他事项", "其他重要事项", "需要说明的"];
/** Annexes. */
export const ANNEX = ["附件", "附表"];
