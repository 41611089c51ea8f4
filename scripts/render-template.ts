// Writes the skeleton of a profile as .docx and, when LibreOffice is installed, as PDF and
// PNG pages, to look at the layout: npx ts-node --transpile-only scripts/render-template.ts [OUT_DIR]
// (test/io/template-render.test.ts renders the same way and checks the pages.)
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join, resolve } from "path";
import { defaultProfile } from "../src/core/profile/built-in";
import { skeleton } from "../src/core/writing/template";
import { blocksToDocx } from "../src/io/ooxml/write";

/** LibreOffice's command line, where the Debian packages put it; undefined when not installed. */
export function findSoffice(): string | undefined {
  return ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
}

/** poppler-utils' pdftotext, pdftoppm and pdfinfo, all or nothing. */
export function findPoppler(): { pdftotext: string; pdftoppm: string; pdfinfo: string } | undefined {
  const tools = { pdftotext: "/usr/bin/pdftotext", pdftoppm: "/usr/bin/pdftoppm", pdfinfo: "/usr/bin/pdfinfo" };
  return Object.values(tools).every(existsSync) ? tools : undefined;
}

/**
 * Converts .docx files to PDF beside them in `outDir`, with a throwaway LibreOffice profile. Returns the PDFs' paths.
 */
export function docxToPdf(soffice: string, docxFiles: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    execFileSync(
      soffice,
      [
        "--headless",
        `-env:UserInstallation=file://${profile}`,
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        ...docxFiles,
      ],
      {
        stdio: "ignore",
        timeout: 170000,
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxFiles.map((f) => join(outDir, basename(f).replace(/\.docx$/, ".pdf")));
}

/** Each page of the PDF as `<prefix>-N.png` (N as pdftoppm numbers it), the old ones removed first. */
export function pdfToPngs(pdftoppm: string, pdf: string, outDir: string, prefix = "page", dpi = 90): string[] {
  for (const f of readdirSync(outDir)) if (new RegExp(`^${prefix}-\\d+\\.png$`).test(f)) rmSync(join(outDir, f));
  execFileSync(pdftoppm, ["-png", "-r", String(dpi), pdf, join(outDir, prefix)]);
  return readdirSync(outDir)
    .filter((f) => new RegExp(`^${prefix}-\\d+\\.png$`).test(f))
    .sort((a, b) => Number(/(\d+)\.png$/.exec(a)![1]) - Number(/(\d+)\.png$/.exec(b)![1]))
    .map((f) => join(outDir, f));
}

if (require.main === module) {
  const out = resolve(process.argv[2] ?? "test-output/template");
  mkdirSync(out, { recursive: true });
  const docx = join(out, "skeleton.docx");
  writeFileSync(docx, blocksToDocx(skeleton(defaultProfile())));
  console.log(`wrote ${docx}`);
  const soffice = findSoffice();
  const poppler = findPoppler();
  if (!soffice)
    console.log(
      "LibreOffice (soffice) is not installed: no PDF or PNG (apt-get install -y libreoffice-writer-nogui poppler-utils)",
    );
  else {
    const [pdf] = docxToPdf(soffice, [docx], out);
    console.log(`wrote ${pdf}`);
    if (poppler)
      console.log(`wrote ${pdfToPngs(poppler.pdftoppm, pdf, out).length} pages as ${join(out, "page-N.png")}`);
  }
}
