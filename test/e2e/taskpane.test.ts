// The built task pane in headless Chromium, in preview mode (no Office): open the
// seed-based .docx, see the grade finding, click it, switch to en-US, download the
// skeleton; then every tab at 320, 350 and 450 px in both languages. Screenshots go to
// test-output/ (the widths' to test-output/pane/). Needs `npm run build:web` (npm test runs it)
// and Chromium at /usr/bin/chromium (.ci/run installs it).
import { existsSync, mkdirSync, readFileSync } from "fs";
import type { Server } from "http";
import { join } from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { analyze } from "../../src/core/analyze";
import { chooseProfile } from "../../src/core/reading/choose-profile";
import type { DocModel } from "../../src/core/model/model";
import { builtInProfiles } from "../../src/core/profile/built-in";
import { groupRepeats } from "../../src/core/model/finding-groups";
import { readDocx } from "../../src/io/docx";
import { docxPackage, p } from "../support/ooxml";
import { consistentReport, seedReport } from "../support/report-spec";
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
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run `npm run build:web` first (npm test does)");
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (.ci/run does)`);
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
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: "zh-CN",
    viewport: { width: 420, height: 900 },
  });
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
  await page.locator('input[type="file"][accept*=".docx"]').setInputFiles({
    name: "深泽县信访局自评报告.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: seed,
  });
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

test("preview mode: a one-click fix, shown first, gives a corrected copy that checks clean of it", async () => {
  await page.goto(`${base}/taskpane.html`);
  const seed = await writeDocx(seedReport(), "styled");
  await page.locator('input[type="file"][accept*=".docx"]').setInputFiles({
    name: "深泽县信访局自评报告.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: seed,
  });
  const item = page.locator("li", { has: page.locator('[data-rule="grade-band"]') });
  await item.waitFor();
  await item.getByRole("button", { name: "一键修正" }).click();
  const asked = page.getByRole("group", { name: "将做以下修改：" });
  expect(await asked.innerText()).toContain("将“优”改为“良”");
  expect(await asked.innerText()).toContain("原文件不变");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    asked.getByRole("button", { name: "确定修正" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("深泽县信访局自评报告（已修正）.docx");
  const file = join(OUT, "fixed-from-preview.docx");
  await download.saveAs(file);
  const fixed = checkAsPane(readDocx(readFileSync(file)));
  expect(fixed.findings.filter((f) => f.rule === "grade-band")).toEqual([]);
  await page.getByText(/已生成修正后的副本/).waitFor();
  await page.screenshot({ path: join(OUT, "taskpane-fixed-copy.png"), fullPage: true });
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
    for (let hi = 0xa1; hi <= 0xf7; hi++)
      for (let lo = 0xa1; lo <= 0xfe; lo++) table.set(gbk.decode(new Uint8Array([hi, lo])), [hi, lo]);
    return [...text].flatMap((c) => (c.charCodeAt(0) < 128 ? [c.charCodeAt(0)] : table.get(c)!));
  };
  const html = encode(
    "<html><head><meta charset=gb2312></head><body><p>四、评价结论和评价等级</p><p>自评得分 87 分。</p></body></html>",
  );
  const qp = html
    .map((b) => (b < 128 && b !== 61 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, "0")}`))
    .join("");
  const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\nContent-Type: text/html; charset=gb2312\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp}\r\n--B--\r\n`;
  const tick = (t: string) =>
    `<w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr><w:t>${t}</w:t></w:r>`;
  const body = `${p("一、部门基本情况")}<w:altChunk r:id="rId10"/><w:p><w:r><w:t>评价等级：</w:t></w:r>${tick("£")}<w:r><w:t>优 </w:t></w:r>${tick("R")}<w:r><w:t>良</w:t></w:r></w:p>`;
  const file = docxPackage({ body, chunks: { rId10: { name: "afchunk.mht", bytes: Buffer.from(mht, "latin1") } } });
  await page.locator('input[type="file"][accept*=".docx"]').setInputFiles({
    name: "网上导出.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(file),
  });
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

// Issue 14, item 5: what a user trips on, at the pane's widths in both languages. Screenshots
// of every tab at every width go to test-output/pane/.
describe("at 320, 350 and 450 px, in Chinese and in English", () => {
  const WIDTHS = [320, 350, 450];
  const TABS = ["check", "insert", "score", "profile"] as const;
  const PANE = join(OUT, "pane");
  const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  const SEED_NAME = "深泽县信访局自评报告.docx";
  const CONSISTENT_NAME = "某某县示范局自评报告.docx";
  let seed: Buffer;
  let consistent: Buffer;
  /**
   * What the pane may show in Chinese whatever its language: the documents' words, the profiles' headings, tables and
   * grades.
   */
  let content: string;

  beforeAll(async () => {
    mkdirSync(PANE, { recursive: true });
    seed = await writeDocx(seedReport(), "styled");
    consistent = await writeDocx(consistentReport(), "styled");
    const words = (doc: DocModel) => doc.paragraphs.map((x) => x.text).join("\n");
    // the Chinese words of the profiles' headings, tables, grades and template (not their ids, keys or English names)
    const chinese = (x: unknown): string[] =>
      typeof x === "string"
        ? /[\u4e00-\u9fff]/.test(x)
          ? [x]
          : []
        : Array.isArray(x)
          ? x.flatMap(chinese)
          : x && typeof x === "object"
            ? Object.values(x).flatMap(chinese)
            : [];
    const profiles = builtInProfiles().flatMap((pr) =>
      chinese([pr.sections, pr.tables, pr.grades, pr.template, pr.residue]),
    );
    content = [words(readDocx(seed)), words(readDocx(consistent)), SEED_NAME, CONSISTENT_NAME, ...profiles].join("\n");
  });

  /**
   * Every text the page shows or says (text, labels, titles, placeholders), but for field paths set as code and words
   * marked as another language's.
   */
  const shownTexts = (p: Page) =>
    p.evaluate(() => {
      const out: string[] = [document.title];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest("code, script, style")) continue;
        // words marked as another language's: the other language's name on the switch, the document's own text
        const marked = n.parentElement?.closest("[lang]");
        if (marked && marked.getAttribute("lang") !== document.documentElement.lang) continue;
        if (n.textContent?.trim()) out.push(n.textContent);
      }
      for (const el of document.querySelectorAll("[aria-label], [title], [placeholder]"))
        for (const a of ["aria-label", "title", "placeholder"]) if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
      return out;
    });

  /**
   * In English, Chinese only where it is the document's or a profile's; in Chinese, no English words but names (Word,
   * .docx, https …).
   */
  const untranslated = async (p: Page, lang: "zh-CN" | "en-US") => {
    const texts = await shownTexts(p);
    if (lang === "en-US")
      return texts
        .flatMap((t) => t.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g) ?? [])
        .filter((run) => !content.includes(run));
    const NAMES = new Set([
      "Word",
      "Office",
      "WordApi",
      "WPS",
      "docx",
      "json",
      "https",
      "http",
      "HTTP",
      "JSON",
      "KB",
      "KiB",
      "MiB",
      "Ctrl",
      "English",
    ]);
    return texts.flatMap((t) => t.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !NAMES.has(w) && !content.includes(w));
  };

  const width = (p: Page) =>
    p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));

  const open = async (p: Page, name: string, buffer: Buffer) => {
    await p.locator('input[type="file"][accept*=".docx"]').setInputFiles({ name, mimeType: docx, buffer });
    await p.getByText(name, { exact: false }).first().waitFor();
    await p.locator(".ra-card").waitFor();
  };

  for (const lang of ["zh-CN", "en-US"] as const) {
    test(`${lang}: no sideways scroll on any tab, no untranslated word, the finding clicked stays in view, a new file starts afresh`, async () => {
      const context = await browser.newContext({ locale: lang, viewport: { width: 450, height: 900 } });
      const p = await context.newPage();
      await p.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      const errors: string[] = [];
      p.on("pageerror", (e) => errors.push(e.message));
      const measured: string[] = [];
      const overflow: string[] = [];
      const words: string[] = [];
      const atEachWidth = async (tab: string) => {
        for (const w of WIDTHS) {
          await p.setViewportSize({ width: w, height: 900 });
          await p.waitForTimeout(50);
          const { scroll, client } = await width(p);
          measured.push(`${tab}@${w}=${scroll}`);
          if (scroll > client) overflow.push(`${tab} at ${w} px: ${scroll} px wide`);
          await p.screenshot({ path: join(PANE, `${lang}-${w}-${tab}.png`), fullPage: true });
        }
        words.push(...(await untranslated(p, lang)).map((x) => `${tab}: ${x}`));
      };
      try {
        await p.goto(`${base}/taskpane.html`);
        await p.locator(".ra-tablist").waitFor();
        expect(await p.evaluate(() => document.documentElement.lang)).toBe(lang);
        await atEachWidth("start");

        // the seed report: 14 findings, the one error first
        await open(p, SEED_NAME, seed);
        await atEachWidth("check-findings");

        // a click on a finding: the pane stays where it is, the finding is marked with its paragraph under it,
        // and the document view (below) scrolls by itself to the paragraph
        await p.setViewportSize({ width: 350, height: 700 });
        const grade = p.locator('[data-rule="grade-band"]');
        await grade.scrollIntoViewIfNeeded();
        const before = await p.evaluate(() => window.scrollY);
        const top = (await grade.boundingBox())!.y;
        await grade.click();
        await p.locator('.ra-doc [aria-current="location"]').waitFor({ state: "attached" });
        expect(await p.evaluate(() => window.scrollY)).toBe(before);
        expect(Math.abs((await grade.boundingBox())!.y - top)).toBeLessThan(1);
        const item = p.locator('li[aria-current="true"]');
        expect(await item.count()).toBe(1);
        expect(await item.locator(".ra-excerpt").innerText()).toContain("评价等级为“优”");
        const inView = await p.evaluate(() => {
          const box = document.querySelector(".ra-doc")!.getBoundingClientRect();
          const at = document.querySelector('.ra-doc [aria-current="location"]')!.getBoundingClientRect();
          return at.top >= box.top && at.bottom <= box.bottom;
        });
        expect(inView).toBe(true);
        await p.screenshot({ path: join(PANE, `${lang}-350-clicked.png`) });
        await p.screenshot({ path: join(PANE, `${lang}-350-clicked-full.png`), fullPage: true });

        // the document's tables as tables, the same rows as the reader's
        const model = readDocx(seed);
        const bodyTables = model.blocks.filter((b) => b.kind === "table");
        expect(await p.locator(".ra-doc table").count()).toBe(bodyTables.length);
        const firstRows = await p
          .locator(".ra-doc table")
          .first()
          .evaluate((t) => [...t.querySelectorAll("tr")].map((tr) => [...tr.children].map((td) => td.textContent)));
        const table = bodyTables[0] as DocModel["tables"][number];
        expect(firstRows).toEqual(
          table.rows.map((r) => r.filter((c) => !c.covered).map((c) => c.text.replace(/\n/g, ""))),
        );

        // another file: nothing of the first stays — no paragraph marked, no finding marked, no excerpt
        await open(p, CONSISTENT_NAME, consistent);
        await p.getByText(lang === "zh-CN" ? /错误 0 · 警告 0 · 提示 0/ : /0 errors · 0 warnings · 0 info/).waitFor();
        expect(await p.locator('[aria-current="location"], li[aria-current="true"], .ra-excerpt').count()).toBe(0);
        expect(await p.locator(".ra-doc").evaluate((d) => d.scrollTop)).toBe(0);
        await atEachWidth("check");

        for (const [i, tab] of TABS.entries()) {
          if (tab === "check") continue;
          await p.getByRole("tab").nth(i).click();
          await p.getByRole("tab", { selected: true }).waitFor();
          if (tab === "insert") await p.locator(".ra-form").waitFor();
          if (tab === "profile")
            await p.getByRole("button", { name: lang === "zh-CN" ? "使用内置模板" : "Use built-in profile" }).waitFor();
          if (tab === "score") {
            // the breakdown by 一级指标, drawn inline, fits the narrowest pane
            const chart = p.getByRole("img", {
              name: lang === "zh-CN" ? /各一级指标得分与分值/ : /Score against weight/,
            });
            await chart.waitFor();
            expect(await p.locator("svg.ra-svg g[data-group]").count()).toBe(4);
            await p.setViewportSize({ width: 320, height: 900 });
            const box = (await chart.boundingBox())!;
            expect(box.width).toBeGreaterThan(200);
            expect(box.x + box.width).toBeLessThanOrEqual(320 - 8);
            // the names and the figures of a row do not run into each other
            const apart = await p
              .locator("svg.ra-svg g[data-group]")
              .evaluateAll((gs) =>
                gs.every(
                  (g) =>
                    g.querySelector(".ra-svg-name")!.getBoundingClientRect().right <
                    g.querySelector(".ra-svg-value")!.getBoundingClientRect().left,
                ),
              );
            expect(apart).toBe(true);
          }
          await atEachWidth(tab);
        }

        // the profile tab: an http URL never enables loading, and says why
        await p.setViewportSize({ width: 320, height: 900 });
        const url = p.getByRole("textbox", { name: lang === "zh-CN" ? "模板网址（https）" : "Profile URL (https)" });
        const load = p.getByRole("button", { name: lang === "zh-CN" ? "从网址加载" : "Load from URL" });
        await url.fill("http://example.org/profile.json");
        expect(await load.isDisabled()).toBe(true);
        await p.getByText(lang === "zh-CN" ? /这是 http 网址/ : /This is an http address/).waitFor();
        await url.fill("https://example.org/profile.json");
        expect(await load.isDisabled()).toBe(false);
        await url.fill("http://example.org/profile.json");

        // an invalid profile: each problem in the pane's language, with its field path
        const bad = JSON.parse(JSON.stringify(builtInProfiles()[0]));
        bad.sections[1].level = 9;
        delete bad.sections[2].title;
        bad.grades = [];
        await p
          .locator('input[type="file"][accept*=".json"]')
          .setInputFiles({ name: "team.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
        const alert = p.locator('.ra-notice[role="alert"]');
        await alert.waitFor();
        expect(await alert.locator("code").allInnerTexts()).toEqual(["sections.1.level", "sections.2.title", "grades"]);
        expect(await alert.innerText()).toContain(lang === "zh-CN" ? "不能大于 4" : "must be 4 or less");
        await atEachWidth("profile-problems");

        expect(overflow).toEqual([]);
        expect(words).toEqual([]);
        expect(errors).toEqual([]);
        console.log(`${lang} document widths (px): ${measured.join(" ")}`);
      } finally {
        await context.close();
      }
    }, 120000);
  }
});
