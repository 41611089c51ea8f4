// Every string the task pane shows, in zh-CN (default) and en-US. Components take their
// words from here and nowhere else. An English count takes its noun's form from the count:
// "{n|error|errors}" is "error" when n is 1, else "errors" (Chinese has no plural).
import { createContext, useContext } from "react";
import { interpolate } from "../core/text/interpolate";
import type { ProfileSource } from "./panes/ProfilePane";
import type { Lang } from "../core/model/finding";

const STRINGS = {
  appTitle: { "zh-CN": "绩效自评助手", "en-US": "Self-Evaluation Assistant" },
  tabCheck: { "zh-CN": "检查", "en-US": "Check" },
  tabInsert: { "zh-CN": "插入", "en-US": "Insert" },
  tabScore: { "zh-CN": "评分", "en-US": "Score" },
  tabProfile: { "zh-CN": "模板", "en-US": "Profile" },
  switchLanguage: { "zh-CN": "English", "en-US": "中文" },
  switchLanguageLabel: { "zh-CN": "切换到英文界面", "en-US": "Switch to Chinese" },
  previewBanner: {
    "zh-CN": "预览模式：未在 Word 中运行。可打开 .docx 文件检查，或下载报告框架。",
    "en-US": "Preview mode: not running in Word. Open a .docx to check it, or download the report skeleton.",
  },
  openFile: { "zh-CN": "打开 .docx 文件", "en-US": "Open a .docx file" },
  openedFile: { "zh-CN": "当前文件：{name}", "en-US": "File: {name}" },
  noFileYet: { "zh-CN": "请先打开一个 .docx 报告。", "en-US": "Open a .docx report first." },
  check: { "zh-CN": "检查文档", "en-US": "Check document" },
  recheck: { "zh-CN": "重新检查", "en-US": "Check again" },
  checking: { "zh-CN": "正在检查…", "en-US": "Checking…" },
  summary: {
    "zh-CN": "错误 {errors} · 警告 {warnings} · 提示 {infos} · 已找到章节 {found}/{total}",
    "en-US":
      "{errors} {errors|error|errors} · {warnings} {warnings|warning|warnings} · {infos} info · sections found {found}/{total}",
  },
  filterLabel: { "zh-CN": "显示", "en-US": "Show" },
  severityError: { "zh-CN": "错误", "en-US": "Errors" },
  severityWarning: { "zh-CN": "警告", "en-US": "Warnings" },
  severityInfo: { "zh-CN": "提示", "en-US": "Info" },
  badgeError: { "zh-CN": "错误", "en-US": "Error" },
  badgeWarning: { "zh-CN": "警告", "en-US": "Warning" },
  badgeInfo: { "zh-CN": "提示", "en-US": "Info" },
  wholeDocument: { "zh-CN": "全文", "en-US": "Whole document" },
  orderLabel: { "zh-CN": "排列", "en-US": "Order" },
  orderBySeverity: { "zh-CN": "先列错误", "en-US": "Errors first" },
  orderByDocument: { "zh-CN": "按文档顺序", "en-US": "Document order" },
  allHidden: {
    "zh-CN": "共 {n} 条问题，已按上面的勾选全部隐藏。",
    "en-US": "{n|The one finding is|All {n} findings are} hidden by the filter above.",
  },
  occurrences: { "zh-CN": "（共 {n} 处）", "en-US": "({n} {n|place|places})" },
  placesLabel: { "zh-CN": "位置：", "en-US": "Places: " },
  paragraphN: { "zh-CN": "第{n}段", "en-US": "¶{n}" },
  scoreCard: { "zh-CN": "得分与等级", "en-US": "Score and grade" },
  cardScore: { "zh-CN": "得分", "en-US": "Score" },
  cardScoreValue: {
    "zh-CN": "报告所写 {stated}，指标表合计 {computed}",
    "en-US": "stated {stated}, indicator table {computed}",
  },
  cardGrade: { "zh-CN": "等级", "en-US": "Grade" },
  cardGradeValue: { "zh-CN": "报告所写 {stated}，按得分应为 {expected}", "en-US": "stated {stated}, due {expected}" },
  noFindings: { "zh-CN": "未发现问题。", "en-US": "No findings." },
  jumpHint: { "zh-CN": "点击定位到文中位置", "en-US": "Click to go to the place in the document" },
  addComments: { "zh-CN": "添加为批注", "en-US": "Add as comments" },
  fixOne: { "zh-CN": "一键修正", "en-US": "Fix" },
  fixAll: { "zh-CN": "修正全部可确定的问题（{n} 处）", "en-US": "Fix every certain problem ({n})" },
  fixChange: { "zh-CN": "将“{from}”改为“{to}”", "en-US": "change “{from}” to “{to}”" },
  fixAsk: { "zh-CN": "将做以下修改：", "en-US": "These changes will be made:" },
  fixInsertSection: {
    "zh-CN": "插入章节“{title}”，放在它应在的位置",
    "en-US": "insert the section “{title}” at its place",
  },
  fixWriteSentence: { "zh-CN": "在评价结论末尾写入：“{sentence}”", "en-US": "end the conclusion with “{sentence}”" },
  fixWhereWord: { "zh-CN": "在文档中修改，可用“撤消”还原。", "en-US": "The document is changed; Undo takes it back." },
  fixWherePreview: {
    "zh-CN": "生成修正后的副本，原文件不变。",
    "en-US": "A corrected copy is made; the original stays as it is.",
  },
  fixConfirm: { "zh-CN": "确定修正", "en-US": "Apply" },
  fixCancel: { "zh-CN": "取消", "en-US": "Cancel" },
  fixesApplied: {
    "zh-CN": "已修正 {n} 处，可用“撤消”还原。",
    "en-US": "{n} {n|fix|fixes} made; Undo takes {n|it|them} back.",
  },
  fixesAppliedSkipped: {
    "zh-CN": "已修正 {n} 处；{skipped} 处未修正：检查后这些段落已改动，请重新检查。",
    "en-US":
      "{n} {n|fix|fixes} made; {skipped} not made: {skipped|that paragraph|those paragraphs} changed since the check — check again.",
  },
  fixedCopy: {
    "zh-CN": "已生成修正后的副本“{name}”（修正 {n} 处），原文件未改动。",
    "en-US": "A corrected copy “{name}” was made ({n} {n|fix|fixes}); the original is unchanged.",
  },
  fixNone: {
    "zh-CN": "未作修改：相关段落检查后已改动，请重新检查。",
    "en-US": "Nothing was changed: the paragraphs changed since the check — check again.",
  },
  removeComments: { "zh-CN": "删除本工具的批注", "en-US": "Remove this add-in's comments" },
  commentsAdded: { "zh-CN": "已添加 {n} 条批注。", "en-US": "{n} {n|comment|comments} added." },
  commentsAddedSkipped: {
    "zh-CN": "已添加 {n} 条批注；{skipped} 条未添加：检查后这些段落已改动，请重新检查。",
    "en-US":
      "{n} {n|comment|comments} added; {skipped} not added: {skipped|that paragraph|those paragraphs} changed since the check — check again.",
  },
  jumpChanged: {
    "zh-CN": "检查后文档已改动，找不到这条问题所在的段落。请重新检查。",
    "en-US": "The document changed since the check and this finding's paragraph is no longer there. Check again.",
  },
  jumpUnreachable: {
    "zh-CN": "此版本的 Word 无法按位置定位到该段落，未作选择。请在文档中查找这条问题所引的文字。",
    "en-US":
      "This version of Word cannot reach that paragraph by its place, so nothing was selected. Look for the text the finding quotes in the document.",
  },
  staleResults: {
    "zh-CN": "文档已改动，以下结果可能已过时，请重新检查。",
    "en-US": "The document has changed; these results may be out of date. Check again.",
  },
  commentsRemoved: {
    "zh-CN": "已删除 {n} 条本工具的批注。",
    "en-US": "{n} {n|comment|comments} left by this add-in removed.",
  },
  commentsUnavailableOld: {
    "zh-CN": "当前 Word 版本不支持批注接口（需要 WordApi 1.4，Office 2019/2021 批量授权版只支持到 1.3）。",
    "en-US":
      "This Word does not support the comments API (WordApi 1.4 needed; Office 2019/2021 volume licences stop at 1.3).",
  },
  commentsUnavailablePreview: {
    "zh-CN": "预览模式下不能添加批注，请在 Word 中使用。",
    "en-US": "Comments need Word: not available in preview mode.",
  },
  sectionsHeading: { "zh-CN": "章节", "en-US": "Sections" },
  statusFound: { "zh-CN": "已找到", "en-US": "found" },
  statusMissing: { "zh-CN": "缺失", "en-US": "missing" },
  statusEmpty: { "zh-CN": "无内容", "en-US": "empty" },
  documentPreview: { "zh-CN": "文档内容", "en-US": "Document" },
  insertSkeleton: { "zh-CN": "插入完整报告框架", "en-US": "Insert the whole skeleton" },
  insertSection: { "zh-CN": "插入章节", "en-US": "Insert section" },
  insertTable: { "zh-CN": "插入标准表格", "en-US": "Insert standard table" },
  insertMissing: { "zh-CN": "插入缺失的章节", "en-US": "Insert the missing sections" },
  insertAtCursor: {
    "zh-CN": "插入位置：光标所在段落之后；不会覆盖已有内容。",
    "en-US": "Inserted after the paragraph at the cursor; nothing you wrote is replaced.",
  },
  sectionLabel: { "zh-CN": "章节", "en-US": "Section" },
  tableLabel: { "zh-CN": "表格", "en-US": "Table" },
  inserted: { "zh-CN": "已插入。", "en-US": "Inserted." },
  insertedMissing: { "zh-CN": "已插入 {n} 个缺失章节。", "en-US": "{n} missing {n|section|sections} inserted." },
  nothingMissing: { "zh-CN": "没有缺失的章节。", "en-US": "No section is missing." },
  removeControls: {
    "zh-CN": "删除本工具插入的内容控件（保留文字）",
    "en-US": "Remove this add-in's content controls (text kept)",
  },
  controlsRemoved: {
    "zh-CN": "已删除 {n} 个内容控件，文字保留。",
    "en-US": "{n} content {n|control|controls} removed; the text kept.",
  },
  downloadSkeleton: { "zh-CN": "下载报告框架（.docx）", "en-US": "Download the skeleton (.docx)" },
  insertNeedsWord: {
    "zh-CN": "插入需要在 Word 中使用；预览模式可下载框架文件。",
    "en-US": "Inserting needs Word; in preview mode, download the skeleton instead.",
  },
  scoreComputed: { "zh-CN": "指标表得分合计", "en-US": "Indicator table total" },
  scoreStated: { "zh-CN": "报告所写得分", "en-US": "Stated score" },
  gradeExpected: { "zh-CN": "按得分应评等级", "en-US": "Grade for the score" },
  gradeStated: { "zh-CN": "报告所写等级", "en-US": "Stated grade" },
  none: { "zh-CN": "无", "en-US": "none" },
  breakdown: { "zh-CN": "按一级指标", "en-US": "By first-level indicator" },
  breakdownItem: { "zh-CN": "{name}：{score} / {weight} 分", "en-US": "{name}: {score} of {weight}" },
  chartTitle: { "zh-CN": "各一级指标得分与分值", "en-US": "Score against weight, by first-level indicator" },
  chartScore: { "zh-CN": "得分", "en-US": "Score" },
  chartWeight: { "zh-CN": "分值", "en-US": "Weight" },
  chartValue: { "zh-CN": "{score} / {weight} 分", "en-US": "{score} of {weight}" },
  noIndicatorTable: {
    "zh-CN": "文档中没有找到绩效自评指标表。",
    "en-US": "No indicator score table found in the document.",
  },
  writeScore: { "zh-CN": "将得分和等级写入评价结论", "en-US": "Write score and grade into the conclusion" },
  scoreWritten: { "zh-CN": "已写入评价结论。", "en-US": "Written into the conclusion." },
  checkFirst: { "zh-CN": "请先检查文档。", "en-US": "Check the document first." },
  profileCurrent: { "zh-CN": "当前模板：{name}（{source}）", "en-US": "Profile: {name} ({source})" },
  sourceBuiltIn: { "zh-CN": "内置", "en-US": "built in" },
  sourceFile: { "zh-CN": "文件", "en-US": "file" },
  sourceUrl: { "zh-CN": "网址", "en-US": "URL" },
  sourceDocument: { "zh-CN": "文档中保存的模板", "en-US": "stored in the document" },
  sourceAuto: { "zh-CN": "按提纲自动选择，吻合度 {fit}", "en-US": "chosen by the outline, fit {fit}" },
  sourceAutoPending: { "zh-CN": "检查时按提纲自动选择", "en-US": "chosen by the outline when checked" },
  builtInProfiles: { "zh-CN": "内置模板", "en-US": "Built-in profiles" },
  useBuiltIn: { "zh-CN": "使用内置模板", "en-US": "Use built-in profile" },
  loadProfileFile: { "zh-CN": "从文件加载模板（.json）", "en-US": "Load a profile file (.json)" },
  profileUrl: { "zh-CN": "模板网址（https）", "en-US": "Profile URL (https)" },
  loadProfileUrl: { "zh-CN": "从网址加载", "en-US": "Load from URL" },
  urlMustBeHttps: { "zh-CN": "网址必须以 https:// 开头。", "en-US": "The URL must start with https://." },
  profileTooLarge: {
    "zh-CN": "模板过大（超过 {limit}），未读取；模板通常只有几十 KB。",
    "en-US": "The profile is too large (over {limit}) and was not read; a profile is some tens of KB.",
  },
  profileHttpError: {
    "zh-CN": "服务器返回 HTTP {status}，未取得模板。",
    "en-US": "The server answered HTTP {status}; no profile was loaded.",
  },
  profileFetchFailed: {
    "zh-CN": "无法获取模板：网络不通、网址有误，或该服务器不允许本页面读取（跨域限制）。",
    "en-US":
      "Could not fetch the profile: the network is down, the address is wrong, or the server does not let this page read it (CORS).",
  },
  urlHttpRefused: {
    "zh-CN": "这是 http 网址：模板决定每份报告按什么检查，只从 https:// 网址加载。",
    "en-US":
      "This is an http address: a profile decides what every report is checked against, so it loads only from https://.",
  },
  profileInvalid: {
    "zh-CN": "模板无效，共 {n} 处问题：",
    "en-US": "The profile is invalid ({n} {n|problem|problems}):",
  },
  profileLoaded: { "zh-CN": "已加载模板“{name}”。", "en-US": "Profile “{name}” loaded." },
  saveProfileToDoc: { "zh-CN": "保存模板到文档", "en-US": "Save the profile into the document" },
  profileSaved: {
    "zh-CN": "模板已保存到文档，打开此文档的人将使用同一模板检查。",
    "en-US": "Saved: everyone who opens this document checks it with this profile.",
  },
  saveNeedsWord: { "zh-CN": "保存到文档需要在 Word 中使用。", "en-US": "Saving into the document needs Word." },
  storedProfileInvalid: {
    "zh-CN": "文档中保存的模板无效，已改用内置模板：",
    "en-US": "The profile stored in the document is invalid; using the built-in one:",
  },
  errorTitle: { "zh-CN": "操作未完成", "en-US": "The action did not complete" },
  errorWord: {
    "zh-CN": "Word 返回错误（{code}）。{outcome}请保存文档后重试；如仍失败，请重新打开任务窗格。",
    "en-US":
      "Word reported an error ({code}). {outcome}Save the document and try again; if it still fails, reopen the task pane.",
  },
  errorUnsupported: {
    "zh-CN": "当前 Word 版本不支持此操作（{code}）。{outcome}请升级 Office，或在 Word 网页版中使用。",
    "en-US":
      "This version of Word does not support this action ({code}). {outcome}Update Office, or use Word on the web.",
  },
  errorConnection: {
    "zh-CN": "与 Word 的连接中断。{outcome}请检查网络后重新打开任务窗格再试。",
    "en-US": "The connection to Word was lost. {outcome}Check the network, reopen the task pane and try again.",
  },
  errorTooLarge: {
    "zh-CN":
      "这次请求超出了 Word 允许的大小（{code}）。{outcome}请在 Word 桌面版中使用，或删去文档中特别长的段落后再试。",
    "en-US":
      "The request was larger than Word accepts ({code}). {outcome}Use Word on the desktop, or shorten very long paragraphs, and try again.",
  },
  errorNotFound: {
    "zh-CN": "找不到要操作的段落（{code}）：检查后文档已改动。{outcome}请重新检查。",
    "en-US":
      "The paragraph to act on is no longer there ({code}): the document changed since the check. {outcome}Check again.",
  },
  // Word does not roll a batch back: what ran before a failing action stays in the document
  outcomeRead: { "zh-CN": "文档未被修改。", "en-US": "The document was not changed. " },
  outcomeWrite: {
    "zh-CN": "这次修改可能只完成了一部分：请查看文档，可用“撤销”（Ctrl+Z）撤回。",
    "en-US": "The change may have been applied in part: look at the document; Undo (Ctrl+Z) takes it back. ",
  },
  errorFile: { "zh-CN": "无法读取 {name}：{reason}", "en-US": "Cannot read {name}: {reason}" },
  errorGeneric: { "zh-CN": "发生错误：{message}", "en-US": "Something went wrong: {message}" },
  dismiss: { "zh-CN": "关闭", "en-US": "Dismiss" },
  excerptLabel: { "zh-CN": "原文", "en-US": "Text" },
  // a profile's problems: each with its field path, in the pane's language (profile-problems.ts)
  pathSeparator: { "zh-CN": "：", "en-US": ": " },
  rootPath: { "zh-CN": "模板顶层", "en-US": "top level" },
  listSeparator: { "zh-CN": "、", "en-US": ", " },
  typeString: { "zh-CN": "文字", "en-US": "text" },
  typeNumber: { "zh-CN": "数字", "en-US": "a number" },
  typeInt: { "zh-CN": "整数", "en-US": "a whole number" },
  typeBoolean: { "zh-CN": "true 或 false", "en-US": "true or false" },
  typeObject: { "zh-CN": "对象 {…}", "en-US": "an object {…}" },
  typeArray: { "zh-CN": "数组 […]", "en-US": "a list […]" },
  typeNull: { "zh-CN": "null", "en-US": "null" },
  zodRequired: { "zh-CN": "缺少此项（必填）", "en-US": "missing (required)" },
  zodInvalidType: { "zh-CN": "应为{expected}，实为{received}", "en-US": "should be {expected}, not {received}" },
  zodEmpty: { "zh-CN": "不能为空", "en-US": "must not be empty" },
  zodMinChars: { "zh-CN": "至少 {n} 个字", "en-US": "at least {n} {n|character|characters}" },
  zodMaxChars: { "zh-CN": "最多 {n} 个字", "en-US": "at most {n} {n|character|characters}" },
  zodMinItems: { "zh-CN": "至少 {n} 项", "en-US": "at least {n} {n|item|items}" },
  zodMaxItems: { "zh-CN": "最多 {n} 项", "en-US": "at most {n} {n|item|items}" },
  zodMinNumber: { "zh-CN": "不能小于 {n}", "en-US": "must be {n} or more" },
  zodMoreThan: { "zh-CN": "必须大于 {n}", "en-US": "must be more than {n}" },
  zodMaxNumber: { "zh-CN": "不能大于 {n}", "en-US": "must be {n} or less" },
  zodLessThan: { "zh-CN": "必须小于 {n}", "en-US": "must be less than {n}" },
  zodUnknownKeys: {
    "zh-CN": "不认识的键 {keys}：拼写有误，或不该出现在这里",
    "en-US": "unknown {n|key|keys} {keys}: misspelt, or not allowed here",
  },
  zodOneOf: { "zh-CN": "应为以下之一：{values}", "en-US": "should be one of {values}" },
  zodExpectedValue: { "zh-CN": "应为 {value}", "en-US": "should be {value}" },
  zodNoVariant: { "zh-CN": "不符合任何一种允许的写法", "en-US": "matches none of the allowed forms" },
  zodIdFormat: {
    "zh-CN": "标识只能用小写字母、数字、“.”和“-”，并以小写字母或数字开头",
    "en-US": "an id uses lower-case letters, digits, '.' and '-', and starts with a letter or digit",
  },
  zodPattern: { "zh-CN": "格式不对（应符合 {pattern}）", "en-US": "wrong form (should match {pattern})" },
  zodFormat: { "zh-CN": "格式不对", "en-US": "wrong form" },
  zodMultipleOf: { "zh-CN": "应为 {n} 的倍数", "en-US": "should be a multiple of {n}" },
  zodInvalid: { "zh-CN": "此处的值不符合要求", "en-US": "not a valid value here" },
  profileDuplicateId: { "zh-CN": "标识 {id} 重复", "en-US": "duplicate id {id}" },
  profileUnknownSection: { "zh-CN": "没有标识为 {id} 的章节", "en-US": "no section has the id {id}" },
  profileUnknownFact: { "zh-CN": "没有标识为 {id} 的数据项", "en-US": "no fact has the id {id}" },
  profileUnknownTable: { "zh-CN": "没有标识为 {id} 的表格", "en-US": "no table has the id {id}" },
  profileSumNoPart: { "zh-CN": "求和关系至少要有一个加数", "en-US": "a sum needs at least one part" },
  profileMinPartsTooMany: {
    "zh-CN": "超过了所列加数的个数（{n} 个）",
    "en-US": "more than the {n} {n|part|parts} listed",
  },
  profileNotAPart: { "zh-CN": "{id} 不是这个求和关系的加数", "en-US": "{id} is not a part of this sum" },
  profileGradesSameMin: { "zh-CN": "有两个等级的最低分相同", "en-US": "two grades share the same lowest score" },
  profileRulesObject: {
    "zh-CN": "应为对象：规则标识 → “error”“warning”“info”或“off”",
    "en-US": 'should be an object: rule id → "error", "warning", "info" or "off"',
  },
  profileUnknownRule: { "zh-CN": "没有这条规则：{key}", "en-US": "no rule is called {key}" },
  profileMoreUnknownRules: { "zh-CN": "另有 {n} 个未知的规则", "en-US": "{n} more unknown {n|rule|rules}" },
  profileDuplicateKey: {
    "zh-CN": "键 {key} 写了不止一次（只有最后一次有效）",
    "en-US": "the key {key} is written more than once (only the last counts)",
  },
  profileMoreDuplicateKeys: { "zh-CN": "另有 {n} 个重复的键", "en-US": "{n} more duplicate {n|key|keys}" },
  profileTooLargeSize: {
    "zh-CN": "模板过大（{size}，上限 {limit}）；模板通常只有几十 KB",
    "en-US": "the profile is too large ({size}; the limit is {limit}); a profile is some tens of KB",
  },
  jsonInvalidAt: {
    "zh-CN": "不是有效的 JSON：第 {line} 行第 {column} 列附近有误",
    "en-US": "not valid JSON: a mistake near line {line}, column {column}",
  },
  jsonInvalid: { "zh-CN": "不是有效的 JSON（可能不完整）", "en-US": "not valid JSON (it may be cut short)" },
  profileProblemOther: { "zh-CN": "不符合要求：{message}", "en-US": "{message}" },
  busy: { "zh-CN": "处理中…", "en-US": "Working…" },
} as const;

export type StringKey = keyof typeof STRINGS;

/** Every string, for the tests that look for untranslated words. */
export const ALL_STRINGS: Readonly<Record<StringKey, Readonly<Record<Lang, string>>>> = STRINGS;

/** "{n|one|other}": the first form when the count n is 1, else the second. */
function plurals(template: string, vars: Record<string, string | number>): string {
  return template.replace(
    /\{(\w+)\|([^|{}]*(?:\{\w+\}[^|{}]*)*)\|([^|{}]*(?:\{\w+\}[^|{}]*)*)\}/g,
    (_, k: string, one: string, other: string) => (Number(vars[k]) === 1 ? one : other),
  );
}

export function translate(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return interpolate(plurals(STRINGS[key][lang], vars), vars);
}

/** zh-CN for any Chinese UI, en-US otherwise. */
export function languageFor(tag: string | undefined): Lang {
  return !tag || /^zh/i.test(tag) ? "zh-CN" : "en-US";
}

export const LangContext = createContext<Lang>("zh-CN");

export function useT(): { lang: Lang; t: (key: StringKey, vars?: Record<string, string | number>) => string } {
  const lang = useContext(LangContext);
  return { lang, t: (key, vars) => translate(lang, key, vars) };
}

const SOURCE_KEY: Record<Exclude<ProfileSource, "auto">, StringKey> = {
  builtIn: "sourceBuiltIn",
  file: "sourceFile",
  url: "sourceUrl",
  document: "sourceDocument",
};

/** Where the profile came from, in words; for an automatic choice, with its fit once a check has made it. */
export function sourceText(
  t: (key: StringKey, vars?: Record<string, string | number>) => string,
  source: ProfileSource,
  fit?: number,
): string {
  if (source !== "auto") return t(SOURCE_KEY[source]);
  return fit === undefined ? t("sourceAutoPending") : t("sourceAuto", { fit: `${Math.round(fit * 100)}%` });
}
