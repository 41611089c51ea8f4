/** @jest-environment jsdom */
import "./jsdom-setup";
// One-click fixes in the pane: offered only where the fix is certain, shown before anything
// is changed, carried out by the host — in Word in the document, without Word as a corrected
// copy of the file (the original is never touched).
import { readFileSync } from "fs";
import { join } from "path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { TextEdit } from "../../src/core/model/edits";
import { PreviewHost } from "../../src/taskpane/preview-host";
import { readDocx } from "../../src/io/docx";
import { fakeHost } from "./fake-host";

const check = async () => {
  fireEvent.click(screen.getByRole("button", { name: "检查文档" }));
  await screen.findByText(/错误 1 · 警告 7 · 提示 6/);
};

describe("one-click fixes", () => {
  test("the grade: the change is shown first, and made only on yes", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await check();
    const item = screen.getByText(/87 分应评为“良”/).closest("li")!;
    fireEvent.click(within(item as HTMLElement).getByRole("button", { name: "一键修正" }));
    const asked = screen.getByRole("group", { name: "将做以下修改：" });
    expect(asked.textContent).toContain("将“优”改为“良”");
    expect(asked.textContent).toContain("可用“撤消”还原");
    expect(host.calls.applyFixes).toBeUndefined();
    fireEvent.click(within(asked).getByRole("button", { name: "取消" }));
    expect(screen.queryByRole("group", { name: "将做以下修改：" })).toBeNull();
    fireEvent.click(within(item as HTMLElement).getByRole("button", { name: "一键修正" }));
    fireEvent.click(screen.getByRole("button", { name: "确定修正" }));
    await screen.findByText(/已修正 1 处/);
    const [edits] = host.calls.applyFixes[0] as [TextEdit[]];
    expect(edits).toEqual([expect.objectContaining({ expect: "优", replace: "良" })]);
    // the text moved under the other findings in Word: the results say so
    expect(screen.getAllByText(/重新检查/).length).toBeGreaterThan(0);
  });

  test("findings with no certain fix have no fix button", async () => {
    render(<App host={fakeHost()} />);
    await check();
    const item = screen.getAllByText(/无法核对/)[0].closest("li")!;
    expect(within(item as HTMLElement).queryByRole("button", { name: "一键修正" })).toBeNull();
  });

  test("fix all: every certain change listed before it is made", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await check();
    fireEvent.click(screen.getByRole("button", { name: /修正全部可确定的问题（\d+ 处）/ }));
    const asked = screen.getByRole("group", { name: "将做以下修改：" });
    expect(asked.querySelectorAll("li").length).toBeGreaterThanOrEqual(2);
    fireEvent.click(within(asked).getByRole("button", { name: "确定修正" }));
    await waitFor(() => expect(host.calls.applyFixes).toHaveLength(1));
    expect((host.calls.applyFixes[0][0] as TextEdit[]).length).toBe(asked.querySelectorAll("li").length);
  });

  test("paragraphs changed since the check: the pane says how many were not made", async () => {
    const host = fakeHost({ applyFixes: async () => ({ applied: 0, skipped: 1 }) });
    render(<App host={host} />);
    await check();
    fireEvent.click(
      within(screen.getByText(/87 分应评为“良”/).closest("li") as HTMLElement).getByRole("button", {
        name: "一键修正",
      }),
    );
    fireEvent.click(screen.getByRole("button", { name: "确定修正" }));
    await screen.findByText(/未作修改/);
  });
});

describe("one-click fixes that add content", () => {
  test("a missing section: shown as the section to insert, then inserted through the host with the profile", async () => {
    const { analyze } = await import("../../src/core/analyze");
    const { dropSections, seedReport } = await import("../support/report-spec");
    const { toDocModel } = await import("../support/write-docx");
    const doc = toDocModel(dropSections(seedReport(), ["problems"]));
    const host = fakeHost({ check: async (profile) => ({ doc, report: analyze(doc, profile) }) });
    render(<App host={host} />);
    fireEvent.click(screen.getByRole("button", { name: "检查文档" }));
    const item = (await screen.findByText(/缺少章节“存在的问题及改进措施”/)).closest("li") as HTMLElement;
    fireEvent.click(within(item).getByRole("button", { name: "一键修正" }));
    const asked = screen.getByRole("group", { name: "将做以下修改：" });
    expect(asked.textContent).toContain("插入章节“存在的问题及改进措施”，放在它应在的位置");
    fireEvent.click(within(asked).getByRole("button", { name: "确定修正" }));
    await waitFor(() => expect(host.calls.applyFixes).toHaveLength(1));
    const [edits, , adds] = host.calls.applyFixes[0] as [
      TextEdit[],
      unknown,
      { sections: string[]; profile: { id: string } },
    ];
    expect(edits).toEqual([]);
    expect(adds.sections).toEqual(["problems"]);
    expect(adds.profile.id).toBe("dept-overall");
  });
});

describe("one-click fixes without Word", () => {
  test("a corrected copy of the file, the original bytes untouched", async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "..", "examples", "sample-report.docx")));
    const original = bytes.slice();
    const host = new PreviewHost();
    host.open("报告.docx", bytes);
    const doc = readDocx(bytes);
    const { analyze } = await import("../../src/core/analyze");
    const { defaultProfile } = await import("../../src/core/profile/built-in");
    const grade = analyze(doc, defaultProfile()).findings.find((f) => f.rule === "grade-band")!;
    const done = await host.applyFixes([grade.edit!], doc);
    expect(done).toMatchObject({ applied: 1, skipped: 0, copy: { name: "报告（已修正）.docx" } });
    expect(Buffer.from(bytes).equals(Buffer.from(original))).toBe(true);
    const fixed = analyze(readDocx(done.copy!.bytes), defaultProfile());
    expect(fixed.findings.filter((f) => f.rule === "grade-band")).toEqual([]);
  });
});

describe("content fixes without Word", () => {
  test("the missing section and the score sentence in the corrected copy", async () => {
    const { analyze } = await import("../../src/core/analyze");
    const { defaultProfile } = await import("../../src/core/profile/built-in");
    const { dropSections, seedReport } = await import("../support/report-spec");
    const { writeDocx } = await import("../support/write-docx");
    const blocks = dropSections(seedReport(), ["problems"]).map((b) =>
      b.kind === "p" ? { ...b, text: b.text.replace(/，?评价等级为“优”/, "") } : b,
    );
    const bytes = new Uint8Array(await writeDocx(blocks, "styled"));
    const host = new PreviewHost();
    host.open("缺章节.docx", bytes);
    const doc = readDocx(bytes);
    const findings = analyze(doc, defaultProfile()).findings;
    const sentence = findings.find((f) => f.action?.kind === "score-sentence")?.action;
    expect(sentence).toBeDefined();
    const done = await host.applyFixes([], doc, {
      profile: defaultProfile(),
      sections: ["problems"],
      sentence: sentence!.kind === "score-sentence" ? sentence!.sentence : undefined,
    });
    expect(done).toMatchObject({ applied: 2, skipped: 0 });
    const fixed = analyze(readDocx(done.copy!.bytes), defaultProfile());
    expect(fixed.sections.find((s) => s.id === "problems")?.status).not.toBe("missing");
    expect(fixed.score.grade.stated).toBe("良");
  });
});
