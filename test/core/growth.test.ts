// Changes on last year read from a sentence: which figure changed, by how much, which way,
// and the rate stated — or nothing when the sentence leaves any of it open.
import { statedGrowth } from "../../src/core/checks/growth";

// [sentence, expected [this year's figure, direction, change, rate] per change read]
const CASES: [string, [string, "up" | "down", string, string][]][] = [
  // 湖南 南县政协 2021: the change opens the sentence after its figure's
  ["1、收入：792.22万元。同比上年度增加189.25万元，增加31.39%。", [["792.22万元", "up", "189.25万元", "31.39%"]]],
  ["支出总计300万元，比上年减少30万元，下降9.09%。", [["300万元", "down", "30万元", "9.09%"]]],
  ["本年支出 500 万元，较上年增长 50 万元，增幅为 11.11%。", [["500 万元", "up", "50 万元", "11.11%"]]],
  // 西藏 政法委 2024: two figures, their changes and rates listed in order
  [
    "2024年度收入总计7562.45万元，支出总计6632.48万元，与2023年度相比，收入、支出总计各增加1412.7万元、2062.79万元，增长15.74%、23.72%。",
    [
      ["7562.45万元", "up", "1412.7万元", "15.74%"],
      ["6632.48万元", "up", "2062.79万元", "23.72%"],
    ],
  ],
  // left alone: which figure changed is open, the rate's word disagrees, no rate, no comparison named, a count
  ["收入500万元，其中财政拨款450万元，比上年增加50万元，增长10%。", []],
  ["支出300万元，比上年减少30万元，增长9.09%。", []],
  ["支出300万元，比上年减少30万元。", []],
  ["支出300万元，增加30万元，增长11.11%。", []],
  ["在职人数 30 人，比上年增加 3 人，增长 11.11%。", []],
  ["收入、支出总计各增加1412.7万元、2062.79万元，增长15.74%。", []],
  ["支出300万元。主要是人员增加，比上年增加30万元，增长11.11%。", []],
  // a second read: the change names its figure, a 其中 list before it, last year's figure before it
  [
    "2023年度支出总计1000万元。其中：基本支出800万元；项目支出200万元。与上年相比，支出总计增加100万元，增长11.11%。",
    [],
  ],
  ["本年支出合计1000万元。其中基本支出800万元。与上年相比，本年支出合计增加100万元，增长11.11%。", []],
  ["上年决算数450万元，本年比上年增加50万元，增长11.11%。", []],
  ["本年收入450万元。上年同期为400万元，同比增加50万元，增长12.5%。", []],
  [
    "本年支出合计1000万元。与上年相比，本年支出合计增加100万元，增长11.11%。",
    [["1000万元", "up", "100万元", "11.11%"]],
  ],
];

describe("statedGrowth", () => {
  for (const [sentence, expected] of CASES)
    test(sentence, () => {
      expect(statedGrowth(sentence).map((g) => [g.current.raw, g.direction, g.change.raw, g.rate.raw])).toEqual(
        expected,
      );
    });
});
