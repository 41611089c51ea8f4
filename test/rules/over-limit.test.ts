import { overLimit } from "../../src/core/rules/over-limit";
import { report, ruleCases } from "../support/rule-tester";

ruleCases(overLimit, [
  ["在职 within 编制", report("编制数 20 人，在职人数 18 人。"), []],
  ["在职 equal to 编制", report("编制数 20 人，在职人数 20 人。"), []],
  [
    "在职 above 编制",
    report("编制数 20 人，在职人数 22 人。"),
    [{ message: "在职人数 22 人 超过编制数 20 人", en: "exceeds" }],
  ],
  ["no 编制 stated: nothing to compare", report("在职人数 22 人。"), []],
]);
