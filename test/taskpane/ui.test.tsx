/** @jest-environment jsdom */
import "./jsdom-setup";
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { Badge, Busy, Tabs } from "../../src/taskpane/ui";

function Harness({ start = "b" }: { start?: string }) {
  const [tab, setTab] = useState(start);
  return (
    <>
      <Tabs
        label="panes"
        selected={tab}
        onSelect={setTab}
        items={[
          { value: "a", label: "甲" },
          { value: "b", label: "乙" },
          { value: "c", label: "丙" },
        ]}
      />
      <p data-testid="shown">{tab}</p>
    </>
  );
}

describe("Tabs: the WAI-ARIA tabs pattern", () => {
  test("one tablist, one selected tab, only it in the tab order", () => {
    render(<Harness />);
    expect(screen.getByRole("tablist", { name: "panes" })).toBeTruthy();
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.getAttribute("aria-selected"))).toEqual(["false", "true", "false"]);
    expect(tabs.map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
  });

  test.each([
    ["ArrowRight", "c"],
    ["ArrowDown", "c"],
    ["ArrowLeft", "a"],
    ["ArrowUp", "a"],
    ["Home", "a"],
    ["End", "c"],
    ["Enter", "b"],
    ["x", "b"],
  ])("%s from the middle tab selects %s and moves the focus there", (key, expected) => {
    render(<Harness />);
    fireEvent.keyDown(screen.getByRole("tab", { name: "乙" }), { key });
    expect(screen.getByTestId("shown").textContent).toBe(expected);
    expect(screen.getByRole("tab", { selected: true }).textContent).toBe({ a: "甲", b: "乙", c: "丙" }[expected]);
    if (expected !== "b") expect(document.activeElement).toBe(screen.getByRole("tab", { selected: true }));
  });

  test.each([
    ["c", "ArrowRight", "a"],
    ["a", "ArrowLeft", "c"],
  ])("from %s, %s wraps round to %s", (start, key, expected) => {
    render(<Harness start={start} />);
    fireEvent.keyDown(screen.getByRole("tab", { selected: true }), { key });
    expect(screen.getByTestId("shown").textContent).toBe(expected);
  });

  test("a click selects", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("tab", { name: "丙" }));
    expect(screen.getByTestId("shown").textContent).toBe("c");
  });
});

test("the busy indicator is a polite status with its label", () => {
  render(<Busy label="处理中…" />);
  expect(screen.getByRole("status").textContent).toBe("处理中…");
});

test.each(["error", "warning", "info"] as const)("a %s badge carries its tone", (tone) => {
  const { container } = render(<Badge tone={tone}>标</Badge>);
  expect(container.querySelector(`.ra-badge-${tone}`)?.textContent).toBe("标");
});
