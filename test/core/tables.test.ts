import { DocBuilder } from "../../src/core/model/builder";
import { compileProfile } from "../../src/core/reading/compiled-profile";
import { defaultProfile } from "../../src/core/profile/built-in";
import { findColumn, viewTable } from "../../src/core/reading/tables";
import { doc } from "../support/rule-tester";
import { sharedPath } from "../support/shared";

const p = compileProfile(defaultProfile());
const view = (d: ReturnType<typeof doc>, i = 0) => viewTable(d, d.tables[i], p)[0];

test("the header signature names the table", () => {
  expect(
    view(
      doc([
        ["单位名称", "单位性质", "单位规格", "经费保障形式"],
        ["本级", "行政", "正科级", "财政拨款"],
      ]),
    ).def?.id,
  ).toBe("org");
  expect(view(doc([["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"]])).def?.id).toBe(
    "indicator",
  );
  expect(view(doc([["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]])).def?.id).toBe(
    "execution",
  );
  expect(
    view(
      doc([
        ["姓名", "职务"],
        ["张三", "组长"],
      ]),
    ).def,
  ).toBeUndefined();
});

test("title and form rows above the header are found and skipped", () => {
  const v = view(
    doc([
      [{ text: "部门整体支出绩效自评表", colSpan: 4 }],
      ["单位名称", "某某局", "联系人", "张三"],
      ["一级指标", "三级指标", "分值", "得分"],
      ["产出", "件数", "60", "50"],
    ]),
  );
  expect(v.def?.id).toBe("indicator");
  expect(v.headerStart).toBe(2);
  expect(v.dataRows).toEqual([3]);
  expect(findColumn(v, ["得分"])).toBe(3);
});

test("a two-row header under merged group titles", () => {
  const d = new DocBuilder()
    .table([
      [
        { text: "项目", rowSpan: 2 },
        { text: "预算数（万元）", colSpan: 2 },
        { text: "决算数（万元）", colSpan: 2 },
      ],
      [null, "基本支出", "项目支出", "基本支出", "项目支出"],
      ["合计", "100", "20", "110", "25"],
    ])
    .build();
  const v = viewTable(d, d.tables[0], p)[0];
  expect(v.headerRows).toBe(2);
  expect(v.columns).toEqual([
    "项目",
    "预算数（万元） 基本支出",
    "预算数（万元） 项目支出",
    "决算数（万元） 基本支出",
    "决算数（万元） 项目支出",
  ]);
  expect(v.moneyScale).toBe(1e4);
});

test("a repeated header row is not data", () => {
  const v = view(
    doc([
      ["单位名称", "单位性质"],
      ["单位名称", "单位性质"],
      ["本级", "行政"],
    ]),
  );
  expect(v.repeatedHeaderRows).toEqual([1]);
  expect(v.dataRows).toEqual([2]);
});

test("the unit named in the caption above the table", () => {
  const v = view(
    doc("表1 收支情况表（单位：元）", [
      ["项目", "金额"],
      ["合计", "1000"],
    ]),
  );
  expect(v.moneyScale).toBe(1);
});

sharedPath("fixtures/word-authored", "slot texts of the files written by Word and WPS (ours alone are read)");

test("slotTextsDown gives slotText for every slot of every table of the real fixtures, in one pass", () => {
  const { readFileSync, readdirSync, existsSync } = jest.requireActual("fs") as typeof import("fs");
  const { join } = jest.requireActual("path") as typeof import("path");
  const { readDocx } = jest.requireActual("../../src/io/docx") as typeof import("../../src/io/docx");
  const { slotText, slotTextsDown } = jest.requireActual(
    "../../src/core/reading/tables",
  ) as typeof import("../../src/core/reading/tables");
  const root = join(__dirname, "..", "..");
  const dirs = [
    join(root, "test", "fixtures", "libreoffice"),
    join(root, "examples"),
    join(root, "..", "shared", "fixtures", "word-authored"),
  ].filter((d) => existsSync(d));
  let slots = 0;
  for (const d of dirs)
    for (const f of readdirSync(d).filter((x) => x.endsWith(".docx")))
      for (const t of readDocx(new Uint8Array(readFileSync(join(d, f)))).tables) {
        const down = slotTextsDown(t, 0, t.rows.length);
        t.rows.forEach((row, r) =>
          row.forEach((_, c) => {
            slots++;
            expect([f, t.index, r, c, down[r][c]]).toEqual([f, t.index, r, c, slotText(t, r, c)]);
          }),
        );
      }
  expect(slots).toBeGreaterThan(20);
});
