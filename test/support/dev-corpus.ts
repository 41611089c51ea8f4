// Reads the development corpus (test/fixtures/dev-corpus/*.txt, format in FORMAT.md) into
// DocModels: one paragraph per line, `|` lines as tables (`<` merged from the left, `^`
// from above).
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { DocBuilder, type CellInput } from "../../src/core/model/builder";
import type { DocModel } from "../../src/core/model/model";

export const DEV_CORPUS = join(__dirname, "..", "fixtures", "dev-corpus");

export interface CorpusFile {
  name: string;
  header: Record<string, string[]>;
  lines: string[];
  doc: DocModel;
}

function row(line: string): CellInput[] {
  const cells = line.trim().slice(1, -1).split("|");
  const out: CellInput[] = [];
  for (const c of cells) {
    if (c === "<") {
      for (let i = out.length - 1; i >= 0; i--) {
        const prev = out[i];
        if (prev === null) continue;
        out[i] = typeof prev === "string" ? { text: prev, colSpan: 2 } : { ...prev, colSpan: (prev.colSpan ?? 1) + 1 };
        break;
      }
    } else out.push(c === "^" ? null : c);
  }
  return out;
}

export function readCorpusFile(name: string): CorpusFile {
  const text = readFileSync(join(DEV_CORPUS, name), "utf8");
  const [head, ...rest] = text.split(/^---$/m);
  const header: Record<string, string[]> = {};
  for (const l of head.split("\n")) {
    const m = /^#\s*([a-z]+):\s*(.*)$/.exec(l.trim());
    if (m) (header[m[1]] ??= []).push(m[2]);
  }
  const lines = rest.join("---").split("\n").slice(1);
  const b = new DocBuilder();
  let table: CellInput[][] = [];
  const flush = () => {
    if (table.length) b.table(table);
    table = [];
  };
  for (const l of lines) {
    if (l.trim().startsWith("|")) table.push(row(l));
    else {
      flush();
      if (l.trim()) b.paragraph(l);
    }
  }
  flush();
  return { name, header, lines, doc: b.build() };
}

export function corpusFiles(): string[] {
  try {
    return readdirSync(DEV_CORPUS)
      .filter((f) => f.endsWith(".txt"))
      .sort();
  } catch {
    return [];
  }
}
