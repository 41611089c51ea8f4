// Every finding that has a correction says it (issue 14: "a fix on every finding that has
// one"), in both languages: on the shipped sample and on every report of the development corpus.
import { readFileSync } from "fs";
import { join } from "path";
import { analyze } from "../../src/core/analyze";
import { chooseProfile } from "../../src/core/reading/choose-profile";
import { builtInProfiles } from "../../src/core/profile/built-in";
import { readDocx } from "../../src/io/docx";
import { corpusFiles, readCorpusFile } from "../support/dev-corpus";

test("every finding on the sample and the development corpus carries its fix in both languages", () => {
  const docs = [
    readDocx(readFileSync(join(__dirname, "..", "..", "examples", "sample-report.docx"))),
    ...corpusFiles().map((f) => readCorpusFile(f).doc),
  ];
  const without: string[] = [];
  for (const d of docs) {
    for (const f of analyze(d, chooseProfile(d, builtInProfiles()).profile).findings)
      if (!f.fix?.["zh-CN"] || !f.fix["en-US"]) without.push(`${f.rule}: ${f.message["zh-CN"]}`);
  }
  expect(without).toEqual([]);
});
