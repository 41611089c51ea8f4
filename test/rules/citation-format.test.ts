import { citationFormat } from "../../src/core/rules/citation-format";
import { report, ruleCases } from "../support/rule-tester";

ruleCases(citationFormat, [
  ["well-formed", report("根据《实施意见》（石发〔2019〕8号）和财预〔2020〕10号。"), []],
  ["【】 instead of 〔〕", report("财预【2020】10号"), [{ message: "六角括号", en: "〔〕" }]],
  ["ASCII brackets", report("财预[2020]10号"), ["六角括号"]],
  ["round brackets", report("冀财绩（2021）5号"), ["六角括号"]],
  ["a three-digit year", report("财预〔202〕10号"), ["四位数"]],
  ["a missing closing bracket", report("财预〔2020 10号"), ["括号不成对"]],
  // a third-party firm's report numbers (江西 2025, 西藏 2022)
  [
    "square brackets and a serial never filled in",
    report("评价报告文号：浔诚会绩评字[2025]**号。"),
    [
      {
        message: "发文字号“浔诚会绩评字[2025]**号”格式不规范：年份应使用六角括号〔〕；序号“**”未填写",
        fix: "浔诚会绩评字〔2025〕N号",
      },
    ],
  ],
  [
    "【】 and 第 before the serial",
    report("藏源财绩【2022】第186号"),
    [{ message: "年份应使用六角括号〔〕；序号前不加“第”", fix: "藏源财绩〔2022〕186号" }],
  ],
  ["第 with the right brackets", report("财预〔2020〕第10号"), ["序号前不加“第”"]],
  [
    "numbers that carry 第 by convention",
    report("南林罚决字〔2023〕第5号、中国人民银行令〔2021〕第3号、会议纪要〔2023〕第3号"),
    [],
  ],
  [
    "and keep it when the brackets are put right",
    report("南林罚决字[2023]第5号"),
    [{ message: "年份应使用六角括号〔〕", fix: "南林罚决字〔2023〕第5号" }],
  ],
  ["XX left in a well-bracketed number", report("冀财绩〔2023〕XX号"), ["序号“XX”未填写"]],
  ["a room or a plain 第…号 is no document number", report("第12号楼、会议室第3号、XX号"), []],
  ["a superseded citation", report("依据财预〔2011〕285号开展评价。"), [{ message: "已被“财预〔2020〕10号”取代" }]],
  ["a superseded citation in the wrong brackets: both said", report("依据财预[2011]285号。"), ["六角括号", "已被"]],
  ["a house number is not a document number", report("地址：建设路 8 号。"), []],
  [
    "the fix is the number written right",
    report("依据冀财绩（2021）5号开展评价。"),
    [{ message: "发文字号“冀财绩（2021）5号”", fix: "改为“冀财绩〔2021〕5号”" }],
  ],
  // no brackets at all: the year glued to the serial after an agency's code
  [
    "冀财绩20221号: brackets left out",
    report("根据冀财绩20221号文件要求开展自评。"),
    [
      {
        message: "发文字号“冀财绩20221号”格式不规范：年份缺少六角括号",
        fix: "改为“冀财绩〔2022〕1号”",
        en: "not in 〔〕",
      },
    ],
  ],
  [
    "石发2019 8号: brackets left out, spaces between",
    report("贯彻落实《实施意见》（石发2019 8号）。"),
    [{ fix: "改为“石发〔2019〕8号”" }],
  ],
  ["国办发202312号", report("按照国办发202312号要求。"), [{ fix: "国办发〔2023〕12号" }]],
  [
    "a serial with leading zeros is written without them",
    report("依据冀政字2021005号。"),
    [{ fix: "冀政字〔2021〕5号" }],
  ],
  ["a missing opening bracket", report("财预2020〕10号"), ["括号不成对"]],
  ["full-width ［］", report("财预［2020］10号"), ["六角括号"]],
  [
    "a three-digit year: the fix asks for the year",
    report("冀财预〔202〕10号"),
    [{ message: "四位数", fix: "补全四位年份" }],
  ],
  [
    "numbers that are not document numbers",
    report(
      "联系电话20231号码已停用。",
      "档案第20221号已归档。",
      "深泽县建设路20231号院。",
      "全年受理信访事项20231号至20235号。",
      "共支出资金2023 1号楼维修费用。",
      "冀财预2022号。",
    ),
    [],
  ],
  ["a year outside 1990–2039 is not read as one", report("冀财预18891号"), []],
]);
