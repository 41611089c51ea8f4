// Regenerates the committed test fixtures and the sample report:
//   examples/sample-report.docx                — the seed report (docx library, Heading styles)
//   test/fixtures/libreoffice/seed-*.docx      — the seed report re-saved by LibreOffice
// Run: npm run fixtures   (LibreOffice's soffice must be installed for the second set)
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { seedReport } from "../test/support/report-spec";
import { writeDocx, type HeadingMode } from "../test/support/write-docx";

const root = join(__dirname, "..");

async function main() {
  mkdirSync(join(root, "examples"), { recursive: true });
  writeFileSync(join(root, "examples", "sample-report.docx"), await writeDocx(seedReport(), "styled"));
  console.log("wrote examples/sample-report.docx");

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
  if (!soffice) {
    console.log(
      "soffice not found: LibreOffice fixtures left as they are (apt-get install -y libreoffice-writer-nogui)",
    );
    return;
  }
  const work = mkdtempSync(join(tmpdir(), "lo-fixtures-"));
  const modes: HeadingMode[] = ["typed", "styled", "list"];
  for (const m of modes) writeFileSync(join(work, `seed-${m}.docx`), await writeDocx(seedReport(), m));
  const out = join(work, "out");
  execFileSync(
    soffice,
    [
      "--headless",
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--convert-to",
      "docx:MS Word 2007 XML",
      "--outdir",
      out,
      ...modes.map((m) => join(work, `seed-${m}.docx`)),
    ],
    { stdio: "inherit" },
  );
  const dest = join(root, "test", "fixtures", "libreoffice");
  mkdirSync(dest, { recursive: true });
  for (const m of modes) copyFileSync(join(out, `seed-${m}.docx`), join(dest, `seed-${m}.docx`));
  console.log("wrote test/fixtures/libreoffice/seed-{typed,styled,list}.docx");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
