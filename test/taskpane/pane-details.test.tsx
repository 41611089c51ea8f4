/** @jest-environment jsdom */
// The small things a user trips on (issue 14, item 5), in jsdom: English counts, the finding
// clicked marked in Word too, the document view's tables, a profile's problems in the pane's
// language. The same in real Chromium, with widths: test/e2e/taskpane.test.ts.
import "./jsdom-setup";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { analyze } from "../../src/core/analyze";
import type { DocModel, Location } from "../../src/core/model/model";
import { defaultProfile } from "../../src/core/profile/built-in";
import { App } from "../../src/taskpane/App";
import type { CheckResult } from "../../src/taskpane/host";
import { LangContext, translate } from "../../src/taskpane/i18n";
import { CheckPane } from "../../src/taskpane/panes/CheckPane";
import { consistentReport, seedReport } from "../support/report-spec";
import { toDocModel } from "../support/write-docx";
import { fakeHost } from "./fake-host";

describe("English counts agree with their nouns", () => {
  const summary = (errors: number, warnings: number, infos: number) =>
    translate("en-US", "summary", { errors, warnings, infos, found: 3, total: 19 });
  test.each([
    [0, 0, 0, "0 errors · 0 warnings · 0 info"],
    [1, 1, 1, "1 error · 1 warning · 1 info"],
    [2, 7, 6, "2 errors · 7 warnings · 6 info"],
  ])("%i errors, %i warnings, %i info", (e, w, i, text) => {
    expect(summary(e, w, i)).toBe(`${text} · sections found 3/19`);
  });

  test.each([
    ["allHidden", { n: 1 }, "The one finding is hidden by the filter above."],
    ["allHidden", { n: 14 }, "All 14 findings are hidden by the filter above."],
    ["occurrences", { n: 3 }, "(3 places)"],
    ["commentsAdded", { n: 1 }, "1 comment added."],
    ["commentsAdded", { n: 4 }, "4 comments added."],
    [
      "commentsAddedSkipped",
      { n: 1, skipped: 1 },
      "1 comment added; 1 not added: that paragraph changed since the check — check again.",
    ],
    [
      "commentsAddedSkipped",
      { n: 3, skipped: 2 },
      "3 comments added; 2 not added: those paragraphs changed since the check — check again.",
    ],
    ["commentsRemoved", { n: 1 }, "1 comment left by this add-in removed."],
    ["insertedMissing", { n: 1 }, "1 missing section inserted."],
    ["controlsRemoved", { n: 2 }, "2 content controls removed; the text kept."],
    ["profileInvalid", { n: 1 }, "The profile is invalid (1 problem):"],
    ["zodMinItems", { n: 1 }, "at least 1 item"],
  ] as const)("%s %j", (key, vars, text) => {
    expect(translate("en-US", key, vars)).toBe(text);
  });

  test("Chinese is left as it is", () => {
    expect(translate("zh-CN", "summary", { errors: 1, warnings: 2, infos: 1, found: 3, total: 19 })).toBe(
      "错误 1 · 警告 2 · 提示 1 · 已找到章节 3/19",
    );
  });

  test("the pane in English: '1 error', and every severity unticked says the findings are hidden", async () => {
    render(<App host={fakeHost({ displayLanguage: () => "en-US" })} />);
    fireEvent.click(screen.getByRole("button", { name: "Check document" }));
    await screen.findByText("1 error · 7 warnings · 6 info · sections found 19/19");
    for (const name of ["Errors", "Warnings", "Info"]) fireEvent.click(screen.getByRole("checkbox", { name }));
    expect(screen.getByText("All 14 findings are hidden by the filter above.")).toBeTruthy();
    expect(screen.queryByText("No findings.")).toBeNull();
  });
});

test("in Word too, the finding clicked is marked in the list", async () => {
  const host = fakeHost();
  render(<App host={host} />);
  fireEvent.click(screen.getByRole("button", { name: "检查文档" }));
  await screen.findByText(/错误 1 · 警告 7/);
  fireEvent.click(screen.getByText(/87 分应评为“良”/));
  const item = (await screen.findByText(/87 分应评为“良”/)).closest("li")!;
  await act(async () => undefined);
  expect(item.getAttribute("aria-current")).toBe("true");
  expect(document.querySelectorAll('li[aria-current="true"]')).toHaveLength(1);
  // Word selects the paragraph in the document: no excerpt in the pane
  expect(item.querySelector(".ra-excerpt")).toBeNull();
});

describe("the document view in preview mode", () => {
  const doc: DocModel = toDocModel(consistentReport());
  const result: CheckResult = { doc, report: analyze(doc, defaultProfile()) };
  const host = { ...fakeHost(), kind: "preview" as const, commentsUnavailable: "commentsUnavailablePreview" as const };
  const pane = (jumped?: Location) => (
    <LangContext.Provider value="zh-CN">
      <CheckPane
        host={host}
        result={result}
        busy={false}
        jumped={jumped}
        onOpenFile={() => {}}
        onCheck={() => {}}
        onJump={() => {}}
        onAddComments={() => {}}
        onRemoveComments={() => {}}
      />
    </LangContext.Provider>
  );

  test("tables are tables: a row per row, a cell per cell, merged cells merged", () => {
    render(pane());
    const view = screen.getByRole("region", { name: "文档内容" });
    const tables = view.querySelectorAll("table");
    expect(tables).toHaveLength(doc.tables.length);
    const indicator = [...tables].find((t) => t.textContent!.includes("一级指标"))!;
    const rows = [...indicator.querySelectorAll("tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.textContent),
    );
    expect(rows[0]).toEqual(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]);
    expect(rows[1]).toEqual(["预算执行", "预算执行率", "预算执行率", "100%", "95%", "10", "9.5"]);
    expect(rows.at(-1)).toEqual(["总分", "100", "87"]);
    expect(
      indicator
        .querySelector("td")!
        .closest("tr")!
        .parentElement!.lastElementChild!.querySelector("td")!
        .getAttribute("colspan"),
    ).toBe("5");
    // every paragraph is there once, to be shown in place: body paragraphs and those in cells
    const shown = [...view.querySelectorAll("[data-paragraph]")].map((p) => Number(p.getAttribute("data-paragraph")));
    expect(shown).toEqual(doc.paragraphs.map((p) => p.index));
  });

  test("a finding's paragraph in a cell is marked in its cell; the view scrolls by itself, never the pane", () => {
    const scrollIntoView = jest.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const cell = doc.paragraphs.find((p) => p.text === "群众满意度")!;
    render(pane({ paragraph: cell.index }));
    const current = screen.getByRole("region", { name: "文档内容" }).querySelector('[aria-current="location"]')!;
    expect(current.textContent).toBe("群众满意度");
    expect(current.closest("td")).toBeTruthy();
    // scrollIntoView scrolls every scrolling ancestor — the pane too, away from the finding clicked
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  test("the finding clicked shows its paragraph under it", () => {
    const seed = toDocModel(seedReport());
    const report = analyze(seed, defaultProfile());
    const grade = report.findings.find((f) => f.rule === "grade-band")!;
    render(
      <LangContext.Provider value="zh-CN">
        <CheckPane
          host={host}
          result={{ doc: seed, report }}
          busy={false}
          jumped={grade.location}
          onOpenFile={() => {}}
          onCheck={() => {}}
          onJump={() => {}}
          onAddComments={() => {}}
          onRemoveComments={() => {}}
        />
      </LangContext.Provider>,
    );
    const item = screen.getByText(/87 分应评为“良”/).closest("li")!;
    expect(item.getAttribute("aria-current")).toBe("true");
    const excerpt = within(item).getByText(/评价等级为“优”/);
    expect(excerpt.closest(".ra-excerpt")!.textContent).toMatch(new RegExp(`^第${grade.location.paragraph! + 1}段`));
  });
});

describe("a profile's problems in the pane's language, each with its field path", () => {
  const openProfile = async () => {
    fireEvent.click(screen.getByRole("tab", { name: /模板|Profile/ }));
    await screen.findByText(/当前模板：|Profile:/);
  };
  const upload = (json: string) => {
    const input = screen.getByLabelText(/从文件加载模板|Load a profile file/) as HTMLInputElement;
    const file = new File([json], "team.json", { type: "application/json" });
    Object.defineProperty(file, "text", { value: async () => json });
    fireEvent.change(input, { target: { files: [file] } });
  };
  const bad = () => {
    const p = JSON.parse(JSON.stringify(defaultProfile()));
    p.sections[1].level = 9;
    delete p.sections[2].title;
    p.grades = [];
    p.bogus = true;
    p.scoreSection = "nowhere";
    return p;
  };

  test("zh-CN, then en-US after switching: translated, the path as code", async () => {
    render(<App host={fakeHost()} />);
    await openProfile();
    await act(async () => upload(JSON.stringify(bad())));
    const alert = await screen.findByRole("alert");
    const lines = () => [...alert.querySelectorAll("li")].map((li) => li.textContent);
    expect(alert.textContent).toContain("模板无效，共 4 处问题");
    expect(lines()).toEqual([
      "sections.1.level：不能大于 4",
      "sections.2.title：缺少此项（必填）",
      "grades：至少 1 项",
      '模板顶层：不认识的键 "bogus"：拼写有误，或不该出现在这里',
    ]);
    expect([...alert.querySelectorAll("code")].map((c) => c.textContent)).toEqual([
      "sections.1.level",
      "sections.2.title",
      "grades",
    ]);
    // no English words of zod's
    expect(alert.textContent).not.toMatch(/Invalid|expected|Too (big|small)|Unrecognized/);
    fireEvent.click(screen.getByRole("button", { name: "切换到英文界面" }));
    expect(screen.getByRole("alert").textContent).toContain("The profile is invalid (4 problems)");
    expect(lines()).toEqual([
      "sections.1.level: must be 4 or less",
      "sections.2.title: missing (required)",
      "grades: at least 1 item",
      'top level: unknown key "bogus": misspelt, or not allowed here',
    ]);
  });

  test("the core's own checks, once the schema passes: an unknown section", async () => {
    render(<App host={fakeHost()} />);
    await openProfile();
    await act(async () => upload(JSON.stringify({ ...defaultProfile(), scoreSection: "nowhere" })));
    const alert = await screen.findByRole("alert");
    expect(alert.querySelector("li")!.textContent).toBe('scoreSection：没有标识为 "nowhere" 的章节');
  });

  test("not JSON: where the mistake is", async () => {
    render(<App host={fakeHost()} />);
    await openProfile();
    await act(async () => upload('{\n  "id": "x",\n  oops\n}'));
    const alert = await screen.findByRole("alert");
    expect(alert.querySelector("li")!.textContent).toMatch(/^不是有效的 JSON：第 3 行第 \d+ 列附近有误$/);
  });
});
