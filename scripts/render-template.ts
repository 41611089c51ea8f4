// Writes the skeleton of a profile as .docx and, when LibreOffice is installed, as PDF and
// PNG pages, to look at the layout: npx ts-node --transpile-only scripts/render-template.ts [OUT_DIR]
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { defaultProfile } from "../src/core/profiles";
import { skeleton } from "../src/core/template";
import { blocksToDocx } from "../src/io/ooxml/write";

const out = resolve(process.argv[2] ?? "test-output/template");
mkdirSync(out, { recursive: true });
const docx = join(out, "skeleton.docx");
writeFileSync(docx, blocksToDocx(skeleton(defaultProfile())));
console.log(`wrote ${docx}`);
if (existsSync("/usr/bin/soffice")) {
  execFileSync("/usr/bin/soffice", ["--headless", `-env:UserInstallation=file://${join(out, ".lo")}`, "--convert-to", "pdf", "--outdir", out, docx], { stdio: "ignore" });
  if (existsSync("/usr/bin/pdftoppm")) execFileSync("/usr/bin/pdftoppm", ["-png", "-r", "60", join(out, "skeleton.pdf"), join(out, "page")]);
  console.log(`wrote ${join(out, "skeleton.pdf")} and page-*.png`);
}
