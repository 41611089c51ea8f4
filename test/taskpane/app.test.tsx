/** @jest-environment jsdom */
import "./jsdom-setup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { App } from "../../src/taskpane/App";
import { ALL_STRINGS, translate } from "../../src/taskpane/i18n";
import { PreviewHost } from "../../src/taskpane/preview-host";
import { defaultProfile } from "../../src/core/profile/built-in";
import { fakeHost } from "./fake-host";

const check = async () => {
  fireEvent.click(screen.getByRole("button", { name: "检查文档" }));
  await screen.findByText(/错误 1 · 警告 7 · 提示 6/);
};

describe("检查", () => {
  test("leads with the score card and the errors, each with its fix in words", async () => {
    render(<App host={fakeHost()} />);
    await check();
    const card = screen.getByLabelText("得分与等级");
    expect(card.textContent).toContain("报告所写 87，指标表合计 无");
    expect(card.textContent).toContain("报告所写 优，按得分应为 良");
    // the one error comes first, whatever its place in the document, with its fix
    const items = screen.getAllByRole("listitem");
    expect(items[0].textContent).toMatch(/87 分应评为“良”/);
    expect(items[0].textContent).toContain("→ 将评价等级改为“良”");
  });

  test("a finding repeated at many places is one item with its count and places, each a jump", async () => {
    const repeated = (paragraph: number) => ({
      rule: "duplicate-text",
      severity: "warning" as const,
      message: { "zh-CN": "句子重复出现（首次见第 3 段）", "en-US": "sentence repeated (first at paragraph 3)" },
      location: { paragraph },
    });
    const base = fakeHost();
    const host = fakeHost({
      check: async (p) => {
        const r = await base.check(p);
        return { ...r, report: { ...r.report, findings: [repeated(30), repeated(12), repeated(55)] } };
      },
    });
    render(<App host={host} />);
    fireEvent.click(screen.getByRole("button", { name: "检查文档" }));
    await screen.findByText(/（共 3 处）/);
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "第31段" }));
    await waitFor(() => expect(host.calls.jump?.at(-1)?.[0]).toEqual({ paragraph: 30 }));
    expect(screen.getAllByRole("button", { name: /^第\d+段$/ }).map((b) => b.textContent)).toEqual([
      "第13段",
      "第31段",
      "第56段",
    ]);
  });

  test("checks with the default profile; in document order the findings are grouped by section", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await check();
    expect((host.calls.check[0][0] as { id: string }).id).toBe("dept-overall");
    fireEvent.click(screen.getByRole("radio", { name: "按文档顺序" }));
    const conclusion = screen.getByRole("region", { name: "四、评价结论和评价等级" });
    expect(within(conclusion).getByText(/87 分应评为“良”/)).toBeTruthy();
    expect(screen.getByRole("region", { name: "1. 部门职责：" })).toBeTruthy();
  });

  test("a click on a finding jumps to its place", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await check();
    fireEvent.click(screen.getByText(/87 分应评为“良”/));
    await waitFor(() => expect(host.calls.jump).toHaveLength(1));
    expect(host.calls.jump[0][0]).toEqual({ paragraph: 73 });
  });

  test("the jump is given the paragraph's text at the check; a paragraph gone since says so and marks the results stale", async () => {
    const host = fakeHost({ jump: async () => "changed" as const });
    const jump = jest.spyOn(host, "jump");
    render(<App host={host} />);
    await check();
    fireEvent.click(screen.getByText(/87 分应评为“良”/));
    await screen.findByText("检查后文档已改动，找不到这条问题所在的段落。请重新检查。");
    expect(jump.mock.calls[0][1]).toMatch(/良|优/);
    expect(screen.getByText(/文档已改动，以下结果可能已过时/)).toBeTruthy();
    // checking again clears it
    fireEvent.click(screen.getAllByRole("button", { name: "重新检查" })[0]);
    await waitFor(() => expect(screen.queryByText(/文档已改动，以下结果可能已过时/)).toBeNull());
  });

  test("comments on paragraphs changed since the check are skipped and said so", async () => {
    const host = fakeHost({ addComments: async () => ({ added: 5, skipped: 2 }) });
    render(<App host={host} />);
    await check();
    fireEvent.click(screen.getByRole("button", { name: "添加为批注" }));
    await screen.findByText("已添加 5 条批注；2 条未添加：检查后这些段落已改动，请重新检查。");
  });

  test("with every severity unticked, the pane says the findings are hidden, not that there are none", async () => {
    render(<App host={fakeHost()} />);
    await check();
    for (const name of ["错误", "警告", "提示"]) fireEvent.click(screen.getByRole("checkbox", { name }));
    expect(screen.getByText("共 14 条问题，已按上面的勾选全部隐藏。")).toBeTruthy();
    expect(screen.queryByText("未发现问题。")).toBeNull();
  });

  test("the severity filter hides warnings", async () => {
    render(<App host={fakeHost()} />);
    await check();
    expect(screen.queryByText(/词语重复/)).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "警告" }));
    expect(screen.queryByText(/词语重复/)).toBeNull();
    expect(screen.queryByText(/87 分应评为“良”/)).toBeTruthy();
  });

  test("add as comments: the visible findings; remove: ours", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await check();
    fireEvent.click(screen.getByRole("checkbox", { name: "提示" }));
    fireEvent.click(screen.getByRole("button", { name: "添加为批注" }));
    await screen.findByText("已添加 3 条批注。");
    const sent = host.calls.addComments[0][0] as { severity: string }[];
    expect(sent).toHaveLength(8);
    expect(sent.every((f) => f.severity !== "info")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "删除本工具的批注" }));
    await screen.findByText("已删除 2 条本工具的批注。");
  });

  test("on WordApi 1.3 the comment buttons say why they are unavailable", async () => {
    render(<App host={fakeHost({ commentsUnavailable: "commentsUnavailableOld" })} />);
    await check();
    expect((screen.getByRole("button", { name: "添加为批注" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getAllByText(/需要 WordApi 1.4/).length).toBeGreaterThan(0);
  });

  test("a Word failure is shown with what to do; nothing else happens", async () => {
    const host = fakeHost({
      check: async () => Promise.reject(Object.assign(new Error("x"), { code: "GeneralException" })),
    });
    render(<App host={host} />);
    fireEvent.click(screen.getByRole("button", { name: "检查文档" }));
    const alert = await screen.findByRole("alert");
    // a check only reads: the document is not changed
    expect(alert.textContent).toContain("Word 返回错误（GeneralException）。文档未被修改。");
  });

  test("English", async () => {
    render(<App host={fakeHost({ displayLanguage: () => "en-US" })} />);
    fireEvent.click(screen.getByRole("button", { name: "Check document" }));
    // counts agree with their nouns: "1 error", never "1 errors"
    await screen.findByText(/^1 error · 7 warnings · 6 info · sections found/);
    expect(screen.getByText(/87 points is grade "良"/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Switch to Chinese" }));
    expect(screen.getByText(/87 分应评为“良”/)).toBeTruthy();
  });
});

describe("插入", () => {
  const openInsert = async () => {
    fireEvent.click(screen.getByRole("tab", { name: "插入" }));
    await screen.findByRole("button", { name: "插入完整报告框架" });
  };

  test("after an insert, the results of the last check are marked stale", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await check();
    expect(screen.queryByText(/文档已改动，以下结果可能已过时/)).toBeNull();
    await openInsert();
    fireEvent.click(screen.getByRole("button", { name: "插入完整报告框架" }));
    await screen.findByText("已插入。");
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    expect(await screen.findByText(/文档已改动，以下结果可能已过时/)).toBeTruthy();
  });

  test("skeleton, a chosen section, a chosen table, the missing sections", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await openInsert();
    fireEvent.click(screen.getByRole("button", { name: "插入完整报告框架" }));
    await screen.findByText("已插入。");
    fireEvent.change(screen.getByRole("combobox", { name: "章节" }), { target: { value: "problems" } });
    fireEvent.click(screen.getByRole("button", { name: "插入章节" }));
    await waitFor(() => expect(host.calls.insertSection?.[0]?.[1]).toBe("problems"));
    fireEvent.change(screen.getByRole("combobox", { name: "表格" }), { target: { value: "indicator" } });
    fireEvent.click(screen.getByRole("button", { name: "插入标准表格" }));
    await waitFor(() => expect(host.calls.insertTable?.[0]?.[1]).toBe("indicator"));
    fireEvent.click(screen.getByRole("button", { name: "插入缺失的章节" }));
    await screen.findByText("已插入 4 个缺失章节。");
    expect(host.calls.insertSkeleton).toHaveLength(1);
  });

  test("in preview mode inserting is not offered; the skeleton can be downloaded", async () => {
    const host = new PreviewHost();
    host.displayLanguage = () => "zh-CN";
    render(<App host={host} />);
    await openInsert();
    expect((screen.getByRole("button", { name: "插入完整报告框架" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/预览模式可下载框架文件/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "下载报告框架（.docx）" })).toBeTruthy();
  });
});

describe("评分", () => {
  test("the score, the grade for it, and writing them into the conclusion", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await check();
    fireEvent.click(screen.getByRole("tab", { name: "评分" }));
    expect((await screen.findByText("按得分应评等级")).nextSibling?.textContent).toBe("良");
    expect(screen.getByText("报告所写得分").nextSibling?.textContent).toBe("87");
    expect(screen.getByText("文档中没有找到绩效自评指标表。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "将得分和等级写入评价结论" }));
    await screen.findByText("已写入评价结论。");
    expect(host.calls.writeScore[0][1]).toBe("综上，本部门整体支出绩效自评得分 87 分，评价等级为“良”。");
  });

  test("the breakdown by first-level indicator, drawn as an inline SVG: score against weight, one bar pair per group", async () => {
    const { consistentReport } = await import("../support/report-spec");
    const { toDocModel } = await import("../support/write-docx");
    const { analyze } = await import("../../src/core/analyze");
    const doc = toDocModel(consistentReport());
    const host = fakeHost({ check: async (p) => ({ doc, report: analyze(doc, p) }) });
    render(<App host={host} />);
    fireEvent.click(screen.getByRole("button", { name: "检查文档" }));
    await screen.findByText(/错误 0/);
    fireEvent.click(screen.getByRole("tab", { name: "评分" }));
    // one picture for assistive technology, named by its title and told by its description
    const chart = await screen.findByRole("img", { name: /各一级指标得分与分值/ });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    expect(chart.querySelector("desc")?.textContent).toBe(
      "预算执行：9.5 / 10 分、产出指标：48 / 50 分、效益指标：25 / 30 分、满意度指标：4.5 / 10 分",
    );
    // no image, font or stylesheet fetched: everything is in the SVG
    expect(chart.querySelectorAll("image, use, foreignObject, [href], [xlink\\:href]")).toHaveLength(0);
    // per group: a frame as long as its weight, a bar as long as its score, on one scale (the largest weight, 50, fills
    // the width)
    const bars = [...chart.querySelectorAll("g[data-group]")].map((g) => [
      g.getAttribute("data-group"),
      g.querySelector("rect.ra-svg-weight")?.getAttribute("width"),
      g.querySelector("rect.ra-svg-score")?.getAttribute("width"),
      g.querySelector(".ra-svg-value")?.textContent,
    ]);
    expect(bars).toEqual([
      ["预算执行", "20%", "19%", "9.5 / 10 分"],
      ["产出指标", "100%", "96%", "48 / 50 分"],
      ["效益指标", "60%", "50%", "25 / 30 分"],
      ["满意度指标", "20%", "9%", "4.5 / 10 分"],
    ]);
    // in English, the same bars with English words
    fireEvent.click(screen.getByRole("button", { name: "切换到英文界面" }));
    const english = await screen.findByRole("img", { name: /Score against weight, by first-level indicator/ });
    expect(english.querySelector("g[data-group] .ra-svg-value")?.textContent).toBe("9.5 of 10");
    expect(english.querySelector(".ra-svg-legend")?.textContent).toBe("ScoreWeight");
  });
});

describe("模板", () => {
  const openProfile = async () => {
    fireEvent.click(screen.getByRole("tab", { name: "模板" }));
    await screen.findByText(/当前模板：/);
  };
  const upload = (json: string) => {
    const input = screen.getByLabelText("从文件加载模板（.json）") as HTMLInputElement;
    const file = new File([json], "team.json", { type: "application/json" });
    Object.defineProperty(file, "text", { value: async () => json });
    fireEvent.change(input, { target: { files: [file] } });
  };

  test("an invalid profile file is refused with each problem's field path", async () => {
    render(<App host={fakeHost()} />);
    await openProfile();
    const bad = { ...JSON.parse(JSON.stringify(defaultProfile())), grades: [] };
    bad.sections[1].level = 9;
    await act(async () => upload(JSON.stringify(bad)));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("模板无效");
    expect(alert.textContent).toContain("sections.1.level");
    expect(alert.textContent).toContain("grades");
  });

  test("a valid profile file becomes the current profile and is saved into the document on request", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await openProfile();
    const team = {
      ...JSON.parse(JSON.stringify(defaultProfile())),
      id: "team-a",
      name: { "zh-CN": "某局模板", "en-US": "Team A" },
    };
    await act(async () => upload(JSON.stringify(team)));
    await screen.findByText("当前模板：某局模板（文件）");
    fireEvent.click(screen.getByRole("button", { name: "保存模板到文档" }));
    await screen.findByText(/模板已保存到文档/);
    expect((host.calls.saveProfile[0][0] as { id: string }).id).toBe("team-a");
  });

  test("a profile URL must be https: the load button is enabled only for one, and says why not", async () => {
    render(<App host={fakeHost()} />);
    await openProfile();
    const field = screen.getByRole("textbox", { name: "模板网址（https）" });
    const button = () => screen.getByRole("button", { name: "从网址加载" }) as HTMLButtonElement;
    const type = (value: string) => fireEvent.change(field, { target: { value } });
    expect(button().disabled).toBe(true);
    // an http URL: refused, with the reason
    type("http://example.org/p.json");
    expect(button().disabled).toBe(true);
    expect(screen.getByText(/这是 http 网址/)).toBeTruthy();
    type("ftp://example.org/p.json");
    expect(button().disabled).toBe(true);
    expect(screen.getByText("网址必须以 https:// 开头。")).toBeTruthy();
    // on its way to https://: no error yet, and nothing to load
    for (const partial of ["h", "http", "https:/", "https://"]) {
      type(partial);
      expect([partial, button().disabled, screen.queryByText(/https:\/\/ 开头|这是 http 网址/)]).toEqual([
        partial,
        true,
        null,
      ]);
    }
    type("https://example.org/p.json");
    expect(button().disabled).toBe(false);
    expect(screen.queryByText(/https:\/\/ 开头|这是 http 网址/)).toBeNull();
    // in English too
    type("http://example.org/p.json");
    fireEvent.click(screen.getByRole("button", { name: "切换到英文界面" }));
    expect(screen.getByText(/This is an http address/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Load from URL" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("a profile stored in the document is used", async () => {
    const stored = { ...defaultProfile(), id: "stored", name: { "zh-CN": "文档模板", "en-US": "Stored" } };
    const host = fakeHost({ loadStoredProfile: async () => ({ ok: true, profile: stored }) });
    render(<App host={host} />);
    await check();
    expect((host.calls.check[0][0] as { id: string }).id).toBe("stored");
  });

  test("an invalid profile stored in the document is reported in the pane's language, and the built-in one used", async () => {
    // as the core reports it: zod's English words, no issue code
    const host = fakeHost({
      loadStoredProfile: async () => ({
        ok: false,
        problems: [{ path: "grades", message: "Too small: expected array to have >=1 items" }],
      }),
    });
    render(<App host={host} />);
    fireEvent.click(screen.getByRole("button", { name: "检查文档" }));
    const notice = (await screen.findByText(/文档中保存的模板无效/)).closest("[role]")!;
    expect(notice.textContent).toContain("grades：至少 1 项");
    expect(notice.querySelector("code")?.textContent).toBe("grades");
    expect(notice.textContent).not.toMatch(/Too small/);
    await waitFor(() => expect((host.calls.check?.[0]?.[0] as { id: string })?.id).toBe("dept-overall"));
    fireEvent.click(screen.getByRole("button", { name: "切换到英文界面" }));
    expect(screen.getByText(/The profile stored in the document is invalid/).closest("[role]")!.textContent).toContain(
      "grades: at least 1 item",
    );
  });
});

describe("strings", () => {
  test("every string exists in both languages", () => {
    const src = readFileSync(join(__dirname, "../../src/taskpane/i18n.ts"), "utf8");
    const keys = [...src.matchAll(/^ {2}(\w+): \{ "zh-CN": "([^"]*)", "en-US": "([^"]*)" \}/gm)];
    expect(keys.length).toBeGreaterThan(50);
    for (const [, key, zh, en] of keys) {
      expect([key, zh.length > 0, en.length > 0]).toEqual([key, true, true]);
      const same = new Proxy({}, { get: (_, k) => `{${String(k)}}` }) as Record<string, string>;
      // a count that is not 1 takes the plural: "{n|error|errors}" is "errors"
      expect(translate("en-US", key as never, same)).toBe(
        en.replace(/\{\w+\|([^|{}]*(?:\{\w+\}[^|{}]*)*)\|([^|{}]*(?:\{\w+\}[^|{}]*)*)\}/g, "$2"),
      );
    }
    // and every key, whatever its layout in the file, has both
    for (const [key, both] of Object.entries(ALL_STRINGS))
      expect([key, !!both["zh-CN"], !!both["en-US"]]).toEqual([key, true, true]);
  });

  test("no Chinese text is hard-coded in a component", () => {
    const pane = join(__dirname, "../../src/taskpane");
    // the panes and their parts (panes/check/…), the layout, and the state and messages it shows
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
      );
    const panes = walk(join(pane, "panes"));
    const files = [...panes, ...["App.tsx", "use-pane-state.ts", "notices.ts"].map((x) => join(pane, x))];
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const code = readFileSync(f, "utf8")
        .replace(/\/\/.*$/gm, "")
        .replace(/\/\*[\s\S]*?\*\//g, "");
      expect([f, /[\u4e00-\u9fa5]/.test(code)]).toEqual([f, false]);
    }
  });
});

describe("Word failures say what to do", () => {
  // an insert changes the document: Word keeps what ran before a failing action, so the message never says "not
  // changed"
  const insertFailures: [string, string][] = [
    [
      "GeneralException",
      "Word 返回错误（GeneralException）。这次修改可能只完成了一部分：请查看文档，可用“撤销”（Ctrl+Z）撤回。",
    ],
    ["ApiNotFound", "当前 Word 版本不支持此操作（ApiNotFound）。这次修改可能只完成了一部分"],
    ["ConnectionFailure", "与 Word 的连接中断。这次修改可能只完成了一部分"],
    [
      "RequestPayloadSizeLimitExceeded",
      "这次请求超出了 Word 允许的大小（RequestPayloadSizeLimitExceeded）。这次修改可能只完成了一部分",
    ],
    ["ItemNotFound", "找不到要操作的段落（ItemNotFound）：检查后文档已改动。这次修改可能只完成了一部分"],
  ];
  for (const [code, text] of insertFailures) {
    test(`${code} while inserting`, async () => {
      const host = fakeHost({ insertSkeleton: async () => Promise.reject(Object.assign(new Error("x"), { code })) });
      render(<App host={host} />);
      fireEvent.click(screen.getByRole("tab", { name: "插入" }));
      fireEvent.click(await screen.findByRole("button", { name: "插入完整报告框架" }));
      const alert = (await screen.findByRole("alert")).textContent!;
      expect(alert).toContain(text);
      expect(alert).not.toContain("文档未被修改");
    });
  }

  test("ResponsePayloadSizeLimitExceeded while checking: the document was not changed", async () => {
    const host = fakeHost({
      check: async () => Promise.reject(Object.assign(new Error("x"), { code: "ResponsePayloadSizeLimitExceeded" })),
    });
    render(<App host={host} />);
    fireEvent.click(screen.getByRole("button", { name: "检查文档" }));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "这次请求超出了 Word 允许的大小（ResponsePayloadSizeLimitExceeded）。文档未被修改。",
    );
  });
});
