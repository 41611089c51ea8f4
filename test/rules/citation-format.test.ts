import { citationFormat } from "../../src/core/rules/citation-format";
import { report, ruleCases } from "../support/rule-tester";

ruleCases(citationFormat, [
  ["well-formed", report("根据《实施意见》（石发〔2019〕8号）和财预〔2020〕10号。"), []],
  ["【】 instead of 〔〕", report("财预【2020】10号"), [{ message: "六角括号", en: "〔〕" }]],
  ["ASCII brackets", report("财预[2020]10号"), ["六角括号"]],
  ["round brackets", report("冀财绩（2021）5号"), ["六角括号"]],
  ["a three-digit year", report("财预〔202〕10号"), ["四位数"]],
  ["a missing closing bracket", report("财预〔2020 10号"), ["括号不成对"]],
  ["a superseded citation", report("依据财预〔2011〕285号开展评价。"), [{ message: "已被“财预〔2020〕10号”取代" }]],
  ["a superseded citation in the wrong brackets: both said", report("依据财预[2011]285号。"), ["六角括号", "已被"]],
  ["a house number is not a document number", report("地址：建设路 8 号。"), []],
]);
