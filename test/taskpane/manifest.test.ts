// manifest.xml: valid against the add-in manifest schemas (offline, with xmllint), every
// resource id it uses resolves, every string has zh-CN (default) and en-US.
import { spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { sharedPath } from "../support/shared";

const ROOT = join(__dirname, "..", "..");
const SCHEMAS = sharedPath("manifest-schemas", "the manifest's validation against the Office schemas");
const MANIFEST = join(ROOT, "manifest.xml");

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  parent?: El;
}

function parse(xml: string): El {
  const root: El = { name: "#root", attrs: {}, children: [] };
  let cur = root;
  const parser = new SaxesParser();
  parser.on("opentag", (t: SaxesTagPlain) => {
    const el: El = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], parent: cur };
    cur.children.push(el);
    if (!t.isSelfClosing) cur = el;
  });
  parser.on("closetag", (t) => {
    if (!t.isSelfClosing) cur = cur.parent!;
  });
  parser.write(xml).close();
  return root;
}

const all = (el: El, name?: string): El[] =>
  el.children.flatMap((c) => [...(name === undefined || c.name === name ? [c] : []), ...all(c, name)]);

const manifest = parse(readFileSync(MANIFEST, "utf8"));

if (SCHEMAS)
  test("validates against the Office add-in manifest schemas (xmllint, offline)", () => {
    const r = spawnSync("xmllint", ["--noout", "--schema", join(SCHEMAS!, "OfficeAppManifestV1_1.xsd"), MANIFEST], {
      encoding: "utf8",
    });
    if (r.error) throw new Error("xmllint is not installed: apt-get install -y libxml2-utils (.ci/run does)");
    expect(r.stderr.trim()).toBe(`${MANIFEST} validates`);
    expect(r.status).toBe(0);
  });

test("a Word task pane, WordApi 1.3, zh-CN by default", () => {
  const app = all(manifest, "OfficeApp")[0];
  expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
  expect(all(manifest, "DefaultLocale")[0].children).toEqual([]);
  expect(readFileSync(MANIFEST, "utf8")).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
  expect(all(manifest, "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([["WordApi", "1.3"]]);
  expect(all(manifest, "Host").some((h) => h.attrs.Name === "Document")).toBe(true);
});

test("a 绩效自评 button on the Home tab that opens the pane", () => {
  const tab = all(manifest, "OfficeTab")[0];
  expect(tab.attrs.id).toBe("TabHome");
  const button = all(tab, "Control")[0];
  expect(all(button, "Action")[0].attrs["xsi:type"]).toBe("ShowTaskpane");
  const labelId = all(button, "Label")[0].attrs.resid;
  const label = all(manifest, "bt:String").find((s) => s.attrs.id === labelId)!;
  expect(label.attrs.DefaultValue).toBe("绩效自评");
});

test("every resource id used resolves to a resource", () => {
  const defined = new Set(
    all(manifest)
      .filter((e) => /^bt:(Image|Url|String)$/.test(e.name) && e.attrs.id)
      .map((e) => e.attrs.id),
  );
  const used = all(manifest)
    .map((e) => e.attrs.resid)
    .filter(Boolean);
  expect(used.length).toBeGreaterThan(8);
  for (const id of used) expect([id, defined.has(id)]).toEqual([id, true]);
  // and every resource is used
  for (const id of defined) expect([id, used.includes(id)]).toEqual([id, true]);
});

test("every string, URL and image has an en-US override", () => {
  const localized = all(manifest).filter((e) => e.attrs.DefaultValue !== undefined);
  expect(localized.length).toBeGreaterThan(15);
  for (const e of localized) {
    const overrides = e.children.filter((c) => /(^|:)Override$/.test(c.name)).map((c) => c.attrs.Locale);
    expect([e.name, e.attrs.id ?? "", overrides]).toEqual([e.name, e.attrs.id ?? "", ["en-US"]]);
  }
});

test("the icons it names exist", () => {
  const urls = all(manifest)
    .flatMap((e) => [e.attrs.DefaultValue, e.attrs.Value])
    .filter((u) => u?.includes("/assets/"));
  for (const u of urls) expect([u, existsSync(join(ROOT, "assets", u!.split("/assets/")[1]))]).toEqual([u, true]);
});

test("a support page of its own, and no AppDomain repeating the pane's own origin", () => {
  const support = all(manifest).find((e) => e.name === "SupportUrl")!;
  expect(support.attrs.DefaultValue).toBe("https://localhost:3000/support.html");
  expect(existsSync(join(ROOT, "assets", "support.html"))).toBe(true);
  const source = new URL(all(manifest).find((e) => e.name === "SourceLocation")!.attrs.DefaultValue!).origin;
  // an AppDomain equal to the source's origin adds nothing (and some validators flag it)
  const domains = [...readFileSync(MANIFEST, "utf8").matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) =>
    m[1].trim(),
  );
  expect(domains.filter((d) => d === source)).toEqual([]);
});

test("the built manifest points at the configured host", () => {
  const built = join(ROOT, "dist", "manifest.xml");
  expect(existsSync(built)).toBe(true);
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"),
      "--mode",
      "production",
      "--output-path",
      join(ROOT, "test-output", "dist-cn"),
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: {
        ...process.env,
        ADDIN_BASE_URL: "https://addin.example.gov.cn/report/",
        OFFICE_JS_URL: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
      },
    },
  );
  expect(r.status).toBe(0);
  const m = readFileSync(join(ROOT, "test-output", "dist-cn", "manifest.xml"), "utf8");
  expect(m).not.toContain("localhost");
  expect(m).toContain("https://addin.example.gov.cn/report/taskpane.html");
  // a real support page, served beside the pane (SUPPORT_URL moves it elsewhere)
  expect(m).toContain('<SupportUrl DefaultValue="https://addin.example.gov.cn/report/support.html">');
  expect(readFileSync(join(ROOT, "test-output", "dist-cn", "support.html"), "utf8")).toContain("帮助与支持");
  const html = readFileSync(join(ROOT, "test-output", "dist-cn", "taskpane.html"), "utf8");
  expect(html).toContain("https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js");
  expect(html).toContain("script-src 'self' https://appsforoffice.cdn.partner.office365.cn");
}, 120000);
