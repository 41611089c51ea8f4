/** @jest-environment jsdom */
// The pane asks the Host interface what its host can do (issue 15): a file to open is `Host.open`, a document not yet
// opened is NoFileError — never which class the host is.
import "./jsdom-setup";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { App } from "../../src/taskpane/App";
import { NoFileError } from "../../src/taskpane/host";
import { PreviewHost } from "../../src/taskpane/preview-host";
import { fakeHost } from "./fake-host";

/** A chosen file, with the arrayBuffer jsdom's File lacks. */
function chosen(name: string, bytes: Uint8Array): File {
  const file = new File([bytes as BlobPart], name);
  Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return file;
}

test("any host with `open` takes the file chosen, then the pane checks it and names it", async () => {
  const opened: [string, number[]][] = [];
  const host = fakeHost({ kind: "preview", open: (name, bytes) => void opened.push([name, [...bytes]]) });
  const { container } = render(<App host={host} />);
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [chosen("报告.docx", new Uint8Array([1, 2, 3]))] } });
  });
  await screen.findByText(/错误 1 · 警告 7 · 提示 6/);
  expect(opened).toEqual([["报告.docx", [1, 2, 3]]]);
  expect(host.calls.check).toHaveLength(1);
  expect(screen.getByText("当前文件：报告.docx")).toBeTruthy();
});

test("a host with no document yet says so with NoFileError: the pane asks for a file", async () => {
  const host = fakeHost({
    check: async () => {
      throw new NoFileError();
    },
  });
  render(<App host={host} />);
  fireEvent.click(screen.getByRole("button", { name: "检查文档" }));
  expect(await screen.findByText("请先打开一个 .docx 报告。")).toBeTruthy();
});

test("the preview host's NoFileError is the interface's", async () => {
  await expect(new PreviewHost().check(undefined as never)).rejects.toBeInstanceOf(NoFileError);
});

test("the layout and the pane's state never test which class the host is", () => {
  for (const f of ["App.tsx", "use-pane-state.ts", "notices.ts", "panes/CheckPane.tsx"]) {
    const code = readFileSync(join(__dirname, "../../src/taskpane", f), "utf8")
      .replace(/\/\/.*$/gm, "")
      .replace(/\/\*[\s\S]*?\*\//g, "");
    expect([f, /preview-host|word-host|instanceof \w*Host\b/.test(code)]).toEqual([f, false]);
  }
});
