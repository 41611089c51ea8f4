import type { Message } from "../../core/model/finding";
import { MAX_FILE_BYTES } from "./bounds";

const MAX_FILE_MIB = `${MAX_FILE_BYTES / 2 ** 20} MiB`;

export type ReadErrorCode =
  | "empty"
  | "not-found"
  | "not-a-file"
  | "encrypted"
  | "legacy-doc"
  | "pdf"
  | "rtf"
  | "not-docx"
  | "corrupt"
  | "too-large"
  | "file-too-large"
  | "too-deep"
  | "no-document"
  | "grid-too-large"
  | "internal"
  | "crashed"
  | "timeout";

const REASONS: Record<ReadErrorCode, Message> = {
  empty: { "zh-CN": "文件为空（0 字节）", "en-US": "the file is empty (0 bytes)" },
  "not-found": { "zh-CN": "文件不存在或无法打开", "en-US": "the file does not exist or cannot be opened" },
  "not-a-file": {
    "zh-CN": "不是普通文件（是管道或设备），未读取",
    "en-US": "not a regular file (a pipe or a device); not read",
  },
  encrypted: {
    "zh-CN": "文件已加密（设置了打开密码），请取消密码后再检查",
    "en-US": "the file is encrypted (password-protected); remove the password and check again",
  },
  "legacy-doc": {
    "zh-CN": "这是旧版 Word 97-2003 .doc 文件，请在 Word 或 WPS 中另存为 .docx",
    "en-US": "this is an old Word 97-2003 .doc file; save it as .docx in Word or WPS",
  },
  pdf: { "zh-CN": "这是 PDF 文件，不是 Word 文档", "en-US": "this is a PDF, not a Word document" },
  rtf: { "zh-CN": "这是 RTF 文件，请另存为 .docx", "en-US": "this is an RTF file; save it as .docx" },
  "not-docx": { "zh-CN": "不是 Word 文档（.docx）", "en-US": "not a Word document (.docx)" },
  corrupt: { "zh-CN": "文件损坏，无法读取", "en-US": "the file is damaged and cannot be read" },
  "too-large": {
    "zh-CN": "文件过大（解压后超出读取上限），可能已损坏或被恶意构造",
    "en-US": "the file is too large to read (it unpacks beyond the limit): damaged or crafted",
  },
  "file-too-large": {
    "zh-CN": `文件过大（超过 ${MAX_FILE_MIB}），未读取；自评报告连同图片通常只有几十 MB`,
    "en-US": `the file is too large (over ${MAX_FILE_MIB}) and was not read — a report with its pictures is some tens of MB`,
  },
  "too-deep": {
    "zh-CN": "文件结构嵌套过深，超出读取上限，可能已损坏或被恶意构造",
    "en-US": "the file's structure is nested too deeply to read: damaged or crafted",
  },
  "grid-too-large": {
    "zh-CN": "文件损坏：表格的行数和列数超出读取上限，可能已损坏或被恶意构造",
    "en-US": "the file is damaged: its tables declare more rows and columns than can be read; damaged or crafted",
  },
  internal: {
    "zh-CN": "检查此文件时出现意外错误，未能读完；其他文件不受影响（加 --debug 可看详情，请报告此问题）",
    "en-US":
      "an unexpected error stopped the check of this file; the other files are not affected (run with --debug for details, and please report it)",
  },
  crashed: {
    "zh-CN": "检查此文件的进程意外终止（内存不足或文件结构异常），文件可能已损坏或被恶意构造；其他文件不受影响",
    "en-US":
      "the process checking this file stopped unexpectedly (out of memory or a malformed structure): damaged or crafted; the other files are not affected",
  },
  timeout: {
    "zh-CN": "检查此文件超时，已停止；文件可能已损坏或被恶意构造，其他文件不受影响",
    "en-US": "checking this file took too long and was stopped: damaged or crafted; the other files are not affected",
  },
  "no-document": {
    "zh-CN": "压缩包中没有 Word 正文（word/document.xml），不是 Word 文档",
    "en-US": "the package has no Word body (word/document.xml): not a Word document",
  },
};

/** A file that cannot be read, with the reason in the user's words in both languages. */
export class DocxReadError extends Error {
  readonly reason: Message;
  constructor(
    readonly code: ReadErrorCode,
    readonly detail?: string,
  ) {
    super(`${REASONS[code]["en-US"]}${detail ? ` (${detail})` : ""}`);
    this.name = "DocxReadError";
    this.reason = REASONS[code];
  }
}

/** One line naming the file and the problem: "a.doc：无法读取——这是旧版 … / a.doc: cannot read — this is …". */
export function describeReadError(file: string, e: unknown): string {
  // an error that is not ours ("Cannot read properties of undefined", "Invalid array length")
  // means nothing to a user: it is said as an unexpected error, its text kept for --debug
  const reason = e instanceof DocxReadError ? e.reason : REASONS.internal;
  return `${file}：无法读取——${reason["zh-CN"]} / ${file}: cannot read — ${reason["en-US"]}`;
}
