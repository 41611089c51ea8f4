// What `report-check fix` says it did: each correction made in the copy, each one not made and
// why, each section inserted and where. Everything quoted from the document is escaped.
import type { Lang } from "../core/model/finding";
import type { SkipReason } from "../io/docx/fix";
import { visible } from "./safe-text";
import type { FixedCopy } from "./tasks";

const REASON: Record<SkipReason, Record<Lang, string>> = {
  "not-found": { "zh-CN": "文件中找不到这段文字", "en-US": "the text was not found in the file" },
  ambiguous: {
    "zh-CN": "文件中有多处相同的文字，无法确定是哪一处",
    "en-US": "the same text stands in several places of the file",
  },
  "not-plain-text": {
    "zh-CN": "文字跨越了制表符、域或文本框等非普通文字",
    "en-US": "the text runs across a tab, a field or a text box",
  },
  overlaps: {
    "zh-CN": "与另一处修正重叠，重新检查后再修正",
    "en-US": "it overlaps another correction; check again and fix it then",
  },
  "not-verified": {
    "zh-CN": "修正后的副本读回时与预期不符，为稳妥起见未作任何修改",
    "en-US": "the corrected copy did not read back as intended, so nothing was changed",
  },
};

export function fixReport(done: FixedCopy, out: string | undefined, lang: Lang): string {
  const zh = lang === "zh-CN";
  const at = (paragraph: number) => (zh ? `第 ${paragraph + 1} 段` : `¶${paragraph + 1}`);
  const lines: string[] = [`== ${visible(done.file)} ==`];
  for (const a of done.applied)
    lines.push(
      `  ✔ ${at(a.edit.paragraph)}  ${zh ? `将“${visible(a.edit.expect)}”改为“${visible(a.edit.replace)}”` : `“${visible(a.edit.expect)}” → “${visible(a.edit.replace)}”`}  (${a.rule})`,
    );
  for (const i of done.inserted) {
    if (i.sentence) {
      const at = i.before
        ? zh
          ? `在“${visible(i.before)}”之前`
          : ` before “${visible(i.before)}”`
        : zh
          ? "在文末"
          : " at the end";
      lines.push(
        `  ✔ ${zh ? `写入得分句（${at}）：${visible(i.titles[0])}` : `score sentence written${at}: ${visible(i.titles[0])}`}`,
      );
      continue;
    }
    const where = i.before
      ? zh
        ? `，在“${visible(i.before)}”之前`
        : ` before “${visible(i.before)}”`
      : zh
        ? "，在文末"
        : " at the end";
    lines.push(
      `  ✔ ${zh ? `插入章节：${i.titles.map((t) => visible(t)).join("、")}${where}` : `sections inserted: ${i.titles.map((t) => visible(t)).join(", ")}${where}`}`,
    );
  }
  for (const s of done.skipped)
    lines.push(
      `  ✖ ${at(s.edit.paragraph)}  ${zh ? `未修正“${visible(s.edit.expect)}”` : `not fixed: “${visible(s.edit.expect)}”`}: ${REASON[s.reason][lang]}`,
    );
  for (const n of done.notInserted)
    lines.push(
      `  ✖ ${zh ? `未插入章节：${n.titles.map((t) => visible(t)).join("、")}` : `sections not inserted: ${n.titles.map((t) => visible(t)).join(", ")}`}: ${REASON[n.reason][lang]}`,
    );
  const fixes = done.applied.length + done.inserted.length;
  if (!fixes) lines.push(zh ? "  没有可确定的修正，未写入文件。" : "  nothing certain to fix: no file written.");
  else if (out)
    lines.push(
      zh
        ? `  已写入修正后的副本 ${visible(out)}（修正 ${fixes} 处），原文件未改动。`
        : `  wrote the corrected copy ${visible(out)} (${fixes} ${fixes === 1 ? "fix" : "fixes"}); the original is unchanged.`,
    );
  else lines.push(zh ? `  （试运行：未写入文件）` : `  (dry run: no file written)`);
  return lines.join("\n") + "\n";
}
