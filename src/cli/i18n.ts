// The CLI's own words, in both languages; findings bring their own messages.
import { interpolate } from "../core/text/interpolate";
import type { Lang, Severity } from "../core/model/finding";

const STRINGS = {
  severity: {
    error: { "zh-CN": "错误", "en-US": "error" },
    warning: { "zh-CN": "警告", "en-US": "warning" },
    info: { "zh-CN": "提示", "en-US": "info" },
  },
  profile: { "zh-CN": "模板", "en-US": "profile" },
  sectionsFound: { "zh-CN": "章节", "en-US": "sections" },
  found: { "zh-CN": "已找到", "en-US": "found" },
  missing: { "zh-CN": "缺失", "en-US": "missing" },
  empty: { "zh-CN": "无内容", "en-US": "empty" },
  score: { "zh-CN": "得分", "en-US": "score" },
  stated: { "zh-CN": "报告所写", "en-US": "stated" },
  computed: { "zh-CN": "指标表合计", "en-US": "indicator table" },
  grade: { "zh-CN": "等级", "en-US": "grade" },
  expected: { "zh-CN": "按得分应为", "en-US": "expected" },
  none: { "zh-CN": "无", "en-US": "none" },
  wholeDocument: { "zh-CN": "全文", "en-US": "whole document" },
  noFindings: { "zh-CN": "未发现问题", "en-US": "no findings" },
  paragraph: { "zh-CN": "第 {n} 段", "en-US": "¶{n}" },
  tableCell: { "zh-CN": "表 {t} 第 {r} 行第 {c} 列", "en-US": "table {t} row {r} col {c}" },
  figuresUsed: { "zh-CN": "依据：", "en-US": "figures used: " },
  tableRow: { "zh-CN": "表 {t} 第 {r} 行", "en-US": "table {t} row {r}" },
  summary: {
    "zh-CN": "共 {files} 个文件：错误 {errors}，警告 {warnings}，提示 {infos}，无法读取 {unreadable}",
    "en-US": "{files} file(s): {errors} error(s), {warnings} warning(s), {infos} info, {unreadable} unreadable",
  },
  badProfile: { "zh-CN": "模板文件 {file} 无效", "en-US": "profile {file} is invalid" },
  noProfile: {
    "zh-CN": "找不到模板 {file}（既不是内置模板，也不是可读取的文件）",
    "en-US": "no profile {file} (neither a built-in profile nor a readable file)",
  },
  profileTooLarge: {
    "zh-CN": "模板文件 {file} 过大（{size}，上限 {limit}），未读取；模板通常只有几十 KB",
    "en-US":
      "profile {file} is too large ({size}; the limit is {limit}) and was not read — a profile is some tens of KB",
  },
  cannotReadProfile: {
    "zh-CN": "无法读取模板文件 {file}（{reason}）",
    "en-US": "cannot read the profile {file} ({reason})",
  },
  noFiles: { "zh-CN": "{path} 中没有 .docx 文件", "en-US": "no .docx file in {path}" },
  unreadableFolder: {
    "zh-CN": "无法读取文件夹 {path}（{reason}），其中的文件未检查",
    "en-US": "cannot read the folder {path} ({reason}); the files in it were not checked",
  },
  cannotWrite: { "zh-CN": "无法写入 {file}（{reason}）", "en-US": "cannot write {file} ({reason})" },
  outputToStdout: { "zh-CN": "结果改为输出到标准输出", "en-US": "the results go to standard output instead" },
  exists: { "zh-CN": "{file} 已存在（用 --force 覆盖）", "en-US": "{file} exists (use --force to overwrite)" },
  written: { "zh-CN": "已写入 {file}", "en-US": "wrote {file}" },
  fixNeedsOut: {
    "zh-CN": "请用 --out 指定修正后副本的文件名（或用 --dry-run 只列出修正）",
    "en-US": "name the corrected copy with --out (or list the corrections with --dry-run)",
  },
  fixSameFile: {
    "zh-CN": "--out {file} 就是要修正的原文件：修正只写入副本，原文件不改动",
    "en-US": "--out {file} is the document itself: corrections go to a copy, never the original",
  },
  unknownRules: {
    "zh-CN": "没有这些规则：{rules}（用 report-check rules 查看全部规则）",
    "en-US": "no such rules: {rules} (report-check rules lists them)",
  },
  profileValid: { "zh-CN": "模板文件 {file} 有效（{id}）", "en-US": "profile {file} is valid ({id})" },
  effectiveProfile: { "zh-CN": "实际使用的模板：{id}", "en-US": "effective profile: {id}" },
  sourceOption: { "zh-CN": "命令行指定", "en-US": "from --profile" },
  sourceDocument: { "zh-CN": "文档中保存的模板", "en-US": "stored in the document" },
  sourceDefault: { "zh-CN": "内置默认模板", "en-US": "built-in default" },
  sourceAuto: { "zh-CN": "按提纲自动选择（吻合度 {fit}）", "en-US": "chosen by the outline (fit {fit})" },
  notDocx: { "zh-CN": "{path}：不是 .docx 文件，已跳过", "en-US": "{path}: not a .docx file, skipped" },
} as const;

type Simple = Exclude<keyof typeof STRINGS, "severity">;

export function t(lang: Lang, key: Simple, vars: Record<string, string | number> = {}): string {
  return interpolate(STRINGS[key][lang], vars);
}

/** Both languages, for messages that must reach every reader (errors on stderr). */
export function both(key: Simple, vars: Record<string, string | number> = {}): string {
  return `${t("zh-CN", key, vars)} / ${t("en-US", key, vars)}`;
}

export function severityName(lang: Lang, s: Severity): string {
  return STRINGS.severity[s][lang];
}
