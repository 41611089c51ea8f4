// Every string the task pane shows, in zh-CN (default) and en-US. Components take their
// words from here and nowhere else.
import { createContext, useContext } from "react";
import { interpolate } from "../core/interpolate";
import type { ProfileSource } from "./panes/ProfilePane";
import type { Lang } from "../core/finding";

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
    "en-US": "{errors} errors · {warnings} warnings · {infos} info · sections found {found}/{total}",
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
  allHidden: { "zh-CN": "共 {n} 条问题，已按上面的勾选全部隐藏。", "en-US": "All {n} findings are hidden by the boxes above." },
  occurrences: { "zh-CN": "（共 {n} 处）", "en-US": "({n} places)" },
  placesLabel: { "zh-CN": "位置：", "en-US": "Places: " },
  paragraphN: { "zh-CN": "第{n}段", "en-US": "¶{n}" },
  scoreCard: { "zh-CN": "得分与等级", "en-US": "Score and grade" },
  cardScore: { "zh-CN": "得分", "en-US": "Score" },
  cardScoreValue: { "zh-CN": "报告所写 {stated}，指标表合计 {computed}", "en-US": "stated {stated}, indicator table {computed}" },
  cardGrade: { "zh-CN": "等级", "en-US": "Grade" },
  cardGradeValue: { "zh-CN": "报告所写 {stated}，按得分应为 {expected}", "en-US": "stated {stated}, due {expected}" },
  noFindings: { "zh-CN": "未发现问题。", "en-US": "No findings." },
  jumpHint: { "zh-CN": "点击定位到文中位置", "en-US": "Click to go to the place in the document" },
  addComments: { "zh-CN": "添加为批注", "en-US": "Add as comments" },
  removeComments: { "zh-CN": "删除本工具的批注", "en-US": "Remove this add-in's comments" },
  commentsAdded: { "zh-CN": "已添加 {n} 条批注。", "en-US": "{n} comments added." },
  commentsAddedSkipped: {
    "zh-CN": "已添加 {n} 条批注；{skipped} 条未添加：检查后这些段落已改动，请重新检查。",
    "en-US": "{n} comments added; {skipped} not added: those paragraphs changed since the check — check again.",
  },
  jumpChanged: {
    "zh-CN": "检查后文档已改动，找不到这条问题所在的段落。请重新检查。",
    "en-US": "The document changed since the check and this finding's paragraph is no longer there. Check again.",
  },
  jumpUnreachable: {
    "zh-CN": "此版本的 Word 无法按位置定位到该段落，未作选择。请在文档中查找这条问题所引的文字。",
    "en-US": "This version of Word cannot reach that paragraph by its place, so nothing was selected. Look for the text the finding quotes in the document.",
  },
  staleResults: {
    "zh-CN": "文档已改动，以下结果可能已过时，请重新检查。",
    "en-US": "The document has changed; these results may be out of date. Check again.",
  },
  commentsRemoved: { "zh-CN": "已删除 {n} 条本工具的批注。", "en-US": "{n} of this add-in's comments removed." },
  commentsUnavailableOld: {
    "zh-CN": "当前 Word 版本不支持批注接口（需要 WordApi 1.4，Office 2019/2021 批量授权版只支持到 1.3）。",
    "en-US": "This Word does not support the comments API (WordApi 1.4 needed; Office 2019/2021 volume licences stop at 1.3).",
  },
  commentsUnavailablePreview: { "zh-CN": "预览模式下不能添加批注，请在 Word 中使用。", "en-US": "Comments need Word: not available in preview mode." },
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
  insertedMissing: { "zh-CN": "已插入 {n} 个缺失章节。", "en-US": "{n} missing sections inserted." },
  nothingMissing: { "zh-CN": "没有缺失的章节。", "en-US": "No section is missing." },
  removeControls: { "zh-CN": "删除本工具插入的内容控件（保留文字）", "en-US": "Remove this add-in's content controls (text kept)" },
  controlsRemoved: { "zh-CN": "已删除 {n} 个内容控件，文字保留。", "en-US": "{n} content controls removed; their text kept." },
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
  noIndicatorTable: { "zh-CN": "文档中没有找到绩效自评指标表。", "en-US": "No indicator score table found in the document." },
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
  profileHttpError: { "zh-CN": "服务器返回 HTTP {status}，未取得模板。", "en-US": "The server answered HTTP {status}; no profile was loaded." },
  profileFetchFailed: { "zh-CN": "无法获取模板：{message}", "en-US": "Could not fetch the profile: {message}" },
  profileInvalid: { "zh-CN": "模板无效，共 {n} 处问题：", "en-US": "The profile is invalid ({n} problems):" },
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
    "en-US": "Word reported an error ({code}). {outcome}Save the document and try again; if it still fails, reopen the task pane.",
  },
  errorUnsupported: {
    "zh-CN": "当前 Word 版本不支持此操作（{code}）。{outcome}请升级 Office，或在 Word 网页版中使用。",
    "en-US": "This version of Word does not support this action ({code}). {outcome}Update Office, or use Word on the web.",
  },
  errorConnection: {
    "zh-CN": "与 Word 的连接中断。{outcome}请检查网络后重新打开任务窗格再试。",
    "en-US": "The connection to Word was lost. {outcome}Check the network, reopen the task pane and try again.",
  },
  errorTooLarge: {
    "zh-CN": "这次请求超出了 Word 允许的大小（{code}）。{outcome}请在 Word 桌面版中使用，或删去文档中特别长的段落后再试。",
    "en-US": "The request was larger than Word accepts ({code}). {outcome}Use Word on the desktop, or shorten very long paragraphs, and try again.",
  },
  errorNotFound: {
    "zh-CN": "找不到要操作的段落（{code}）：检查后文档已改动。{outcome}请重新检查。",
    "en-US": "The paragraph to act on is no longer there ({code}): the document changed since the check. {outcome}Check again.",
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
  busy: { "zh-CN": "处理中…", "en-US": "Working…" },
} as const;

export type StringKey = keyof typeof STRINGS;

export function translate(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return interpolate(STRINGS[key][lang], vars);
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
export function sourceText(t: (key: StringKey, vars?: Record<string, string | number>) => string, source: ProfileSource, fit?: number): string {
  if (source !== "auto") return t(SOURCE_KEY[source]);
  return fit === undefined ? t("sourceAutoPending") : t("sourceAuto", { fit: `${Math.round(fit * 100)}%` });
}
