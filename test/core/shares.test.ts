import { statedShares } from "../../src/core/checks/shares";

// sentence → the shares read, as "part ÷ whole = share" in the figures as written
test.each<[string, string, string[]]>([
  ["unnamed share after 其中", "全年支出 500 万元，其中基本支出 300 万元，占 60%。", ["300万元 ÷ 500万元 = 60%"]],
  ["占比", "全年支出 500 万元，其中基本支出 300 万元，占比 60%。", ["300万元 ÷ 500万元 = 60%"]],
  [
    "two parts of one total, across a semicolon",
    "支出合计 500 万元，其中：基本支出 300 万元，占 60%；项目支出 200 万元，占 40%。",
    ["300万元 ÷ 500万元 = 60%", "200万元 ÷ 500万元 = 40%"],
  ],
  [
    "a part of a part",
    "支出 500 万元，其中基本支出 300 万元，占 60%，其中人员经费 200 万元，占 66.7%。",
    ["300万元 ÷ 500万元 = 60%", "200万元 ÷ 300万元 = 66.7%"],
  ],
  [
    "the total the 其中 hangs from, not an earlier one",
    "年初预算 400 万元，全年预算 500 万元，其中基本支出 300 万元，占 60%。",
    ["300万元 ÷ 500万元 = 60%"],
  ],
  [
    "a named whole",
    "支出合计 500 万元，其中基本支出 300 万元，项目支出 200 万元，占总支出的 40%。",
    ["200万元 ÷ 500万元 = 40%"],
  ],
  [
    "a named whole by its full name",
    "全年预算数 520 万元，全年执行数 494 万元，占全年预算的 95%。",
    ["494万元 ÷ 520万元 = 95%"],
  ],
  [
    "the whole between the part and the share",
    "基本支出 300 万元，占总支出 500 万元的 60%。",
    ["300万元 ÷ 500万元 = 60%"],
  ],
  ["people", "在职人员 20 人，其中女性 8 人，占 40%。", ["8人 ÷ 20人 = 40%"]],
  ["counts, the whole between", "全年办结 95 件，占年度目标 100 件的 95%。", ["95件 ÷ 100件 = 95%"]],
  ["areas", "占地面积 500 平方米，其中绿化 100 平方米，占 20%。", ["100平方米 ÷ 500平方米 = 20%"]],
  ["full-width figures", "全年支出５００万元，其中基本支出３００万元，占６０％。", ["300万元 ÷ 500万元 = 60%"]],
  // nothing read: the whole is not stated, not named, or not of the part's kind
  ["no whole stated", "基本支出 300 万元，占 60%。", []],
  ["a whole named but not stated here", "基本支出 300 万元，占全市的 60%。", []],
  [
    "the 其中 belongs to another sentence",
    "收入 600 万元，其中财政拨款 500 万元。支出 550 万元，基本支出 300 万元，占 54.5%。",
    [],
  ],
  ["a sibling part is not the named total", "其中基本支出 300 万元，项目支出 200 万元，占总支出的 40%。", []],
  ["shares listed for listed parts", "基本支出 300 万元、项目支出 200 万元，分别占 60%、40%。", []],
  ["money against people", "支出 500 万元，其中在职 8 人，占 40%。", []],
  ["占用 and growth are not shares", "固定资产占用面积 300 平方米，较上年增长 5%。", []],
  ["no 占 at all", "全年支出 500 万元，其中基本支出 300 万元，为 60%。", []],
])("%s", (_, sentence, expected) => {
  expect(
    statedShares(sentence).map(
      (s) => `${s.part.raw.replace(/\s/g, "")} ÷ ${s.whole.raw.replace(/\s/g, "")} = ${s.share.raw.replace(/\s/g, "")}`,
    ),
  ).toEqual(expected);
});
