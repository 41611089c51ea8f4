// Prints what the reader and the engine see in a .docx: a tool for looking at real files.
import { readFileSync } from "fs";
import { readDocx } from "../src/io/docx";
import { analyze, defaultProfile } from "../src/core";
const file = process.argv[2];
const doc = readDocx(readFileSync(file));
for (const p of doc.paragraphs.slice(0, Number(process.argv[3] ?? 80))) {
  console.log(
    p.index,
    p.cell ? `[t${p.cell.table} r${p.cell.row} c${p.cell.column}]` : "",
    p.headingLevel ?? "",
    p.outlineLevel ?? "",
    p.toc ? "TOC" : "",
    p.list ? `<${p.list.label}>` : "",
    JSON.stringify(p.text.slice(0, 60)),
  );
}
const r = analyze(doc, defaultProfile());
for (const f of r.findings) console.log(f.severity, f.rule, JSON.stringify(f.location), f.message["zh-CN"]);
console.log(
  JSON.stringify(r.score),
  r.sections
    .filter((s) => s.status !== "missing")
    .map((s) => `${s.id}:${s.status}@${s.location?.paragraph}`)
    .join(" "),
);
