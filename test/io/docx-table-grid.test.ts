// Tables as document.xml declares them, laid out on their grid (src/io/docx/table-grid.ts):
// driven here by the reader's events directly, one script of events per case.
import type { DocTable } from "../../src/core/model/model";
import { MAX_GRID_CELLS, MAX_GRID_COLUMNS } from "../../src/io/docx/bounds";
import { ReadBudget } from "../../src/io/docx/budget";
import { OpenTables } from "../../src/io/docx/table-grid";

const newTable = (index = 0, nesting = 0): DocTable => ({
  kind: "table",
  index,
  rows: [],
  firstParagraph: -1,
  lastParagraph: -1,
  nesting,
});

/**
 * A script: "grid N" (N grid columns), "row", "before N" (w:gridBefore), "cell text"
 * (a cell holding one paragraph), "span N text", "restart text", "continue" (w:vMerge).
 */
function layOut(script: string[], budget = ReadBudget.create()): string[][] {
  const open = new OpenTables();
  const table = newTable();
  open.open(table);
  let paragraph = 0;
  const cell = (props: () => void, text?: string) => {
    open.openCell();
    open.inTcPr = true;
    props();
    open.inTcPr = false;
    if (text !== undefined) open.placeParagraph(paragraph++, text);
    open.closeCell();
  };
  for (const step of script) {
    const [what, arg, text] = step.split(" ");
    if (what === "grid") for (let i = 0; i < Number(arg); i++) open.gridCol();
    else if (what === "row") open.openRow();
    else if (what === "before") open.gridBefore(arg);
    else if (what === "cell") cell(() => {}, arg);
    else if (what === "span") cell(() => open.gridSpan(arg), text);
    else if (what === "restart") cell(() => open.vMerge("restart"), arg);
    else if (what === "continue") cell(() => open.vMerge(undefined));
  }
  open.close(budget);
  // each slot as its text, "^" when covered, with its spans when not 1
  return table.rows.map((row) =>
    row.map((c) =>
      c.covered
        ? "^"
        : `${c.text || "·"}${c.colSpan > 1 ? `→${c.colSpan}` : ""}${c.rowSpan > 1 ? `↓${c.rowSpan}` : ""}`,
    ),
  );
}

test.each<[string, string[], string[][]]>([
  ["an empty table", [], []],
  ["one cell", ["grid 1", "row", "cell a"], [["a"]]],
  [
    "two rows on a grid of two",
    ["grid 2", "row", "cell a", "cell b", "row", "cell c", "cell d"],
    [
      ["a", "b"],
      ["c", "d"],
    ],
  ],
  [
    "a horizontal span covers the slot after it",
    ["grid 3", "row", "span 2 a", "cell b", "row", "cell c", "cell d", "cell e"],
    [
      ["a→2", "^", "b"],
      ["c", "d", "e"],
    ],
  ],
  [
    "a vertical merge: the first cell spans the rows it continues into",
    ["grid 2", "row", "restart a", "cell b", "row", "continue", "cell c", "row", "continue", "cell d"],
    [
      ["a↓3", "b"],
      ["^", "c"],
      ["^", "d"],
    ],
  ],
  [
    "gridBefore leaves empty slots before the first cell",
    ["grid 3", "row", "cell a", "cell b", "cell c", "row", "before 1", "cell y"],
    [
      ["a", "b", "c"],
      ["·", "y", "·"],
    ],
  ],
  [
    "a short row: the slots after it are empty, not merged",
    ["grid 3", "row", "cell a", "row", "cell b", "cell c", "cell d"],
    [
      ["a", "·", "·"],
      ["b", "c", "d"],
    ],
  ],
  ["a row wider than the declared grid widens it", ["grid 1", "row", "cell a", "cell b"], [["a", "b"]]],
  ["a span past the declared grid widens it", ["grid 2", "row", "span 4 a"], [["a→4", "^", "^", "^"]]],
  ["a declared span out of range is 1", ["grid 2", "row", "span 1e9 a", "cell b"], [["a", "b"]]],
  ["a gridBefore out of range is 0", ["grid 2", "row", "before -3", "cell a", "cell b"], [["a", "b"]]],
])("%s", (_, script, rows) => {
  expect(layOut(script)).toEqual(rows);
});

test("a row of cells is never wider than MAX_GRID_COLUMNS", () => {
  const rows = layOut(["row", ...Array.from({ length: MAX_GRID_COLUMNS + 10 }, (_, i) => `cell c${i}`)]);
  expect(rows[0]).toHaveLength(MAX_GRID_COLUMNS);
});

test("a span past MAX_GRID_COLUMNS is cut at the grid's edge", () => {
  const rows = layOut(["row", "cell a", `span ${MAX_GRID_COLUMNS} b`]);
  expect(rows[0].slice(0, 3)).toEqual(["a", `b→${MAX_GRID_COLUMNS - 1}`, "^"]);
  expect(rows[0]).toHaveLength(MAX_GRID_COLUMNS);
});

test.each<[string, string[], number]>([
  ["a 2 × 3 grid", ["grid 2", "row", "row", "row"], 6],
  ["rows of an empty grid cost a slot each", ["row", "row", "row", "row"], 4],
  ["no rows, no cost", ["grid 5"], 0],
])("the budget: %s", (_, script, slots) => {
  const budget = ReadBudget.create();
  layOut(script, budget);
  expect(() => budget.ensureGrid(MAX_GRID_CELLS - slots)).not.toThrow();
  expect(() => budget.ensureGrid(MAX_GRID_CELLS - slots + 1)).toThrow(/grid slots/);
});

test("a table past the budget is refused when it closes", () => {
  const budget = ReadBudget.create();
  budget.spendGrid(MAX_GRID_CELLS - 1);
  expect(() => layOut(["grid 1", "row", "row"], budget)).toThrow(/grid slots/);
});

describe("paragraphs in cells", () => {
  test("outside a cell a paragraph is not placed", () => {
    const open = new OpenTables();
    expect(open.placeParagraph(0, "正文")).toBeUndefined();
    open.open(newTable());
    open.openRow();
    expect(open.placeParagraph(1, "行里，格外")).toBeUndefined();
  });

  test("in a nested table: where it is, and the span of every open table", () => {
    const open = new OpenTables();
    const outer = newTable(0, 0);
    const inner = newTable(1, 1);
    open.open(outer);
    open.openRow();
    open.openCell();
    expect(open.placeParagraph(0, "外")).toEqual({ table: 0, row: 0, column: 0 });
    open.open(inner);
    open.openRow();
    open.openCell();
    open.closeCell();
    open.openCell();
    expect(open.placeParagraph(1, "内")).toEqual({ table: 1, row: 0, column: 1 });
    expect(open.depth).toBe(2);
    open.closeCell();
    open.close(ReadBudget.create());
    expect(open.placeParagraph(2, "外尾")).toEqual({ table: 0, row: 0, column: 0 });
    open.closeCell();
    open.close(ReadBudget.create());
    expect([outer.firstParagraph, outer.lastParagraph, inner.firstParagraph, inner.lastParagraph]).toEqual([
      0, 2, 1, 1,
    ]);
    expect(outer.rows[0][0].text).toBe("外\n外尾");
    expect(inner.rows[0].map((c) => c.text)).toEqual(["", "内"]);
  });
});
