import { dateFormat } from "../../src/core/rules/date-format";
import { doc, report, ruleCases } from "../support/rule-tester";

ruleCases(dateFormat, [
  [
    "complete, possible dates in every form",
    report(
      "2023 年 4 月 18 日，召开自评工作会议；截至 2023 年 12 月 31 日，资产总额 63.51 万元。",
      "2024年2月29日为闰日；3月15号前报送；截止时间：2023-12-31，统计至2023.12.31、2023/06/30。",
      "２０２３年１２月３１日",
    ),
    [],
  ],
  ["a month alone is a month", report("2023年4月，开展了专项检查；2023年1-6月累计接访 86 批。"), []],
  ["a date after the report's year is a plan, not a fault", report("计划于 2025 年 6 月 30 日前完成整改。"), []],
  [
    "day ranges and lists keep their 日 at the end",
    report("2023年4月18、19日，2023年5月8-10日，2023年6月1至3日，2023年7月3，4日分别召开会议。"),
    [],
  ],
  [
    "a day followed by more words is not read as a date missing 日",
    report("2023年4月18个工作日内办结；2023年4月 18人次参加。"),
    [],
  ],
  ["numbers that are not dates", report("电话 0311-8521-3456，版本 V2023.4.40，合同编号 1889.2.30。"), []],
  // incomplete
  [
    "2023 年 4 月 18 then punctuation: the 日 is missing",
    report("2023 年 4 月 18，召开自评工作会议。"),
    [{ message: "日期“2023 年 4 月 18”不完整：缺少“日”", fix: "改为“2023年4月18日”", en: "incomplete" }],
  ],
  ["at the end of the paragraph", report("截止时间：2023年12月31"), [{ message: "不完整", fix: "2023年12月31日" }]],
  ["in brackets", report("（2023年12月31）"), ["缺少“日”"]],
  [
    "full-width digits",
    report("２０２３年４月１８。"),
    [{ message: "日期“２０２３年４月１８”不完整", fix: "改为“2023年4月18日”" }],
  ],
  // impossible
  [
    "30 February",
    report("于2023年2月30日完成自评。"),
    [{ message: "日期“2023年2月30日”不存在：2023年2月只有 28 天", fix: "最后一天是 28 日" }],
  ],
  ["29 February of a common year", report("2023年2月29日"), ["只有 28 天"]],
  ["31 April", report("4月31日前报送材料。"), [{ message: "日期“4月31日”不存在：4月只有 30 天" }]],
  ["month 13", report("2023年13月"), [{ message: "月份“13”不存在", fix: "1 至 12" }]],
  ["day 0", report("2023年4月0日"), ["日期不能为 0 日"]],
  ["an impossible day with no 日 is said once, as impossible", report("截至2023年4月31。"), ["4月只有 30 天"]],
  ["2023-02-30", report("截止时间：2023-02-30"), ["2023年2月只有 28 天"]],
  ["2023.4.31", report("统计截至2023.4.31。"), ["2023年4月只有 30 天"]],
  ["full-width digits, impossible", report("２０２３年２月３０日"), ["只有 28 天"]],
  ["a date in a table cell", doc([["截止时间", "2023-02-30"]]), [{ message: "2023-02-30" }]],
  [
    "an unfilled cover date is template-residue's, not this rule's",
    report("填报日期：2023年  月  日", "填报日期：    年   月   日"),
    [],
  ],
]);
