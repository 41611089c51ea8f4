// The built task pane in headless Chromium, in preview mode (no Office): open the
// seed-based .docx, see the grade finding, click it, switch to en-US, download the
// skeleton. Screenshots go to test-output/. Needs `npm run build:web` (npm test runs it)
// and Chromium at /usr/bin/chromium (.ci/run installs it).
import { existsSync, mkdirSync, readFileSync } from "fs";
import type { Server } from "http";
import { join } from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { analyze } from "../../src/core/analyze";
import { chooseProfile } from "../../src/core/choose-profile";
import type { DocModel } from "../../src/core/model";
import { builtInProfiles } from "../../src/core/profiles";
import { groupRepeats } from "../../src/core/finding-groups";
import { readDocx } from "../../src/io/docx";
import { docxPackage, p } from "../support/ooxml";
import { seedReport } from "../support/report-spec";
import { writeDocx } from "../support/write-docx";

/** What the pane does with a document that stores no profile: the built-in profile its outline fits best. */
const checkAsPane = (doc: DocModel) => analyze(doc, chooseProfile(doc, builtInProfiles()).profile);

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "test-output");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require("../../scripts/serve-dist.js") as { serve(dir: string, port?: number): Promise<Server> };

let server: Server;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run `npm run build:web` first (npm test does)");
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (.ci/run does)`);
  mkdirSync(OUT, { recursive: true });
  server = await serve(DIST, 0);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const context = await browser.newContext({ acceptDownloads: true, locale: "zh-CN", viewport: { width: 420, height: 900 } });
  page = await context.newPage();
  // offline, like a reviewer's machine may be: office.js from the CDN does not load, so the pane opens in preview mode
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
}, 60000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test("preview mode: open the seed report, see and click the grade finding, switch to English", async () => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const scripts: string[] = [];
  const onRequest = (r: { url(): string }) => {
    if (r.url().endsWith(".js")) scripts.push(r.url().split("/").pop()!);
  };
  page.on("request", onRequest);
  await page.goto(`${base}/taskpane.html`);
  await page.getByText("预览模式").waitFor();
  expect(await page.locator("html").getAttribute("data-host")).toBe("preview");
  // the engine and the .docx reader are not loaded before a file is opened
  expect(scripts.some((s) => s.startsWith("taskpane."))).toBe(true);
  expect(scripts.filter((s) => s.startsWith("engine."))).toEqual([]);

  const seed = await writeDocx(seedReport(), "styled");
  await page
    .locator('input[type="file"][accept*=".docx"]')
    .setInputFiles({ name: "深泽县信访局自评报告.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: seed });
  const grade = page.locator('[data-rule="grade-band"]');
  await grade.waitFor();
  expect(await grade.innerText()).toContain("87 分应评为“良”");
  expect(scripts.filter((s) => s.startsWith("engine."))).toHaveLength(1);
  page.off("request", onRequest);
  // the same engine as the CLI: the same findings, a repeated one listed once with its places
  const findings = checkAsPane(readDocx(seed)).findings;
  expect(await page.locator("[data-rule]").count()).toBe(groupRepeats(findings).length);
  // errors first: the one error leads the list
  expect(await page.locator("[data-rule]").first().getAttribute("data-rule")).toBe("grade-band");

  await grade.click();
  const current = page.locator('[aria-current="location"]');
  await current.waitFor();
  expect(await current.innerText()).toContain("评价等级为“优”");
  await page.screenshot({ path: join(OUT, "taskpane-preview-zh.png"), fullPage: true });

  await page.getByRole("button", { name: "切换到英文界面" }).click();
  await page.getByText("Open a .docx file").first().waitFor();
  expect(await grade.innerText()).toContain('87 points is grade "良"');
  await page.screenshot({ path: join(OUT, "taskpane-preview-en.png"), fullPage: true });
  expect(errors).toEqual([]);
}, 60000);

test("preview mode: download the skeleton as a .docx that reads back with every section", async () => {
  await page.goto(`${base}/taskpane.html`);
  // by keyboard: Tab reaches the selected tab (the only one in the tab order), the arrow moves on and selects
  const checkTab = page.getByRole("tab", { name: /检查|Check/ });
  await checkTab.focus();
  await page.keyboard.press("ArrowRight");
  expect(await page.getByRole("tab", { name: /插入|Insert/ }).getAttribute("aria-selected")).toBe("true");
  expect(await page.locator(":focus").innerText()).toMatch(/插入|Insert/);
  await page.keyboard.press("ArrowLeft");
  expect(await checkTab.getAttribute("aria-selected")).toBe("true");
  await page.getByRole("tab", { name: /插入|Insert/ }).click();
  const button = page.getByRole("button", { name: /下载报告框架|Download the skeleton/ });
  await button.waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const file = join(OUT, "skeleton-from-preview.docx");
  await download.saveAs(file);
  const report = checkAsPane(readDocx(readFileSync(file)));
  expect(report.sections.every((s) => s.status === "empty")).toBe(true);
  await page.screenshot({ path: join(OUT, "taskpane-insert.png"), fullPage: true });
}, 60000);

test("preview mode: a file from a web export (an MHT altChunk in GBK, a Wingdings 2 tick box) reads as Word shows it", async () => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}/taskpane.html`);
  await page.getByText("预览模式").waitFor();
  // the conclusion as a web archive: GBK HTML, quoted-printable, as web systems export to Word
  const gbk = new TextDecoder("gbk");
  const encode = (text: string) => {
    // GBK bytes of each character, found by decoding the two-byte range once (no GBK encoder in Node)
    const table = new Map<string, number[]>();
    for (let hi = 0xa1; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) table.set(gbk.decode(new Uint8Array([hi, lo])), [hi, lo]);
    return [...text].flatMap((c) => (c.charCodeAt(0) < 128 ? [c.charCodeAt(0)] : table.get(c)!));
  };
  const html = encode("<html><head><meta charset=gb2312></head><body><p>四、评价结论和评价等级</p><p>自评得分 87 分。</p></body></html>");
  const qp = html.map((b) => (b < 128 && b !== 61 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, "0")}`)).join("");
  const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\nContent-Type: text/html; charset=gb2312\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp}\r\n--B--\r\n`;
  const tick = (t: string) => `<w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr><w:t>${t}</w:t></w:r>`;
  const body = `${p("一、部门基本情况")}<w:altChunk r:id="rId10"/><w:p><w:r><w:t>评价等级：</w:t></w:r>${tick("£")}<w:r><w:t>优 </w:t></w:r>${tick("R")}<w:r><w:t>良</w:t></w:r></w:p>`;
  const file = docxPackage({ body, chunks: { rId10: { name: "afchunk.mht", bytes: Buffer.from(mht, "latin1") } } });
  await page
    .locator('input[type="file"][accept*=".docx"]')
    .setInputFiles({ name: "网上导出.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(file) });
  const expected = checkAsPane(readDocx(file));
  expect(expected.score).toMatchObject({ stated: 87, grade: { stated: "良", expected: "良" } });
  // the conclusion heading inside the web archive is found, whichever built-in outline fits
  expect(expected.sections.some((s) => s.status === "found" && s.heading?.includes("评价结论"))).toBe(true);
  await page.locator("[data-rule]").first().waitFor();
  // the browser reads it as the CLI does: the same findings, and no grade-band finding
  expect(await page.locator("[data-rule]").count()).toBe(expected.findings.length);
  expect(await page.locator('[data-rule="grade-band"]').count()).toBe(0);
  expect(errors).toEqual([]);
}, 60000);

test("a file that is not a Word document gets a clear message", async () => {
  await page.goto(`${base}/taskpane.html`);
  await page.getByText("预览模式").waitFor();
  await page
    .locator('input[type="file"][accept*=".docx"]')
    .setInputFiles({ name: "扫描件.docx", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7 not really") });
  const alert = page.getByRole("alert");
  await alert.waitFor();
  expect(await alert.innerText()).toContain("无法读取 扫描件.docx：这是 PDF 文件，不是 Word 文档");
}, 60000);
