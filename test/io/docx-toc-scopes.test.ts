// Where the body is inside a table of contents (src/io/docx/toc-scopes.ts), driven by event scripts.
import { isTocInstruction, TocScopes } from "../../src/io/docx/toc-scopes";

test.each([
  [' TOC \\o "1-3" \\h \\z \\u ', true],
  ["toc", true],
  ["TOC", true],
  [" PAGE ", false],
  ["TOCX", false],
  ['HYPERLINK \\l "_Toc1"', false],
])("isTocInstruction(%j) = %j", (instr, expected) => {
  expect(isTocInstruction(instr)).toBe(expected);
});

/**
 * A script of events: "begin", "instr text", "separate", "end" (fields); "sdt", "gallery
 * value", "content", "/sdt" (content controls). Each step gives [in a TOC field, in a TOC
 * control] after it, and "separate" also what fldChar returned.
 */
function run(script: string[]): string[] {
  const scopes = new TocScopes();
  return script.map((step) => {
    const [what, ...rest] = step.split(" ");
    const arg = rest.join(" ");
    let said = "";
    if (what === "begin" || what === "separate" || what === "end") said = scopes.fldChar(what) ? "!" : "";
    else if (what === "instr") {
      scopes.inInstr = true;
      scopes.text(arg);
      scopes.inInstr = false;
    } else if (what === "text") scopes.text(arg);
    else if (what === "sdt") scopes.openSdt();
    else if (what === "gallery") {
      scopes.openSdtPr();
      scopes.docPartGallery(arg);
      scopes.closeSdtPr();
    } else if (what === "content") scopes.sdtContent();
    else if (what === "/sdt") scopes.closeSdt();
    return `${scopes.inTocField() ? "F" : "-"}${scopes.inTocSdt() ? "S" : "-"}${said}`;
  });
}

test.each<[string, string[], string[]]>([
  ["a TOC field", ["begin", "instr  TOC \\o", "separate", "end"], ["--", "--", "F-!", "--"]],
  ["a PAGE field", ["begin", "instr PAGE", "separate", "end"], ["--", "--", "--", "--"]],
  [
    "an instruction in pieces",
    ["begin", "instr  TO", "instr C \\h", "separate", "end"],
    ["--", "--", "--", "F-!", "--"],
  ],
  ["text outside instrText is not the instruction", ["begin", "text TOC", "separate"], ["--", "--", "--"]],
  [
    "a PAGE field inside the TOC's result",
    ["begin", "instr TOC", "separate", "begin", "instr PAGEREF _Toc1", "separate", "end", "end"],
    ["--", "--", "F-!", "F-", "F-", "F-", "F-", "--"],
  ],
  ["separate and end with no field open", ["separate", "end"], ["--", "--"]],
  ["an unclosed TOC field stays open", ["begin", "instr TOC", "separate"], ["--", "--", "F-!"]],
  ["a Table of Contents control", ["sdt", "gallery Table of Contents", "content", "/sdt"], ["--", "--", "-S", "--"]],
  ["another gallery", ["sdt", "gallery Cover Pages", "content", "/sdt"], ["--", "--", "--", "--"]],
  [
    "a control inside a contents control",
    ["sdt", "gallery Table of Contents", "content", "sdt", "content", "/sdt", "/sdt"],
    ["--", "--", "-S", "-S", "-S", "-S", "--"],
  ],
  ["a gallery outside the properties counts for nothing", ["sdt", "content", "/sdt"], ["--", "--", "--"]],
])("%s", (_, script, expected) => {
  expect(run(script)).toEqual(expected);
});

test("a docPartGallery outside w:sdtPr is not the control's", () => {
  const scopes = new TocScopes();
  scopes.openSdt();
  scopes.docPartGallery("Table of Contents");
  scopes.sdtContent();
  expect(scopes.inTocSdt()).toBe(false);
});
