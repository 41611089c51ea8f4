// Lists typed inside one paragraph (src/core/checks/inline-lists.ts).
import { inlineLists } from "../../src/core/checks/inline-lists";

test.each<[string, number[][]]>([
  ["主要职责：1.统筹协调。2.维护稳定。3.收集信息。", [[1, 2, 3]]],
  ["1.统筹协调。2.维护稳定。4.收集信息。", [[1, 2, 4]]],
  ["１．统筹协调；２．维护稳定；３．收集信息。", [[1, 2, 3]]],
  ["1、统筹协调。2、维护稳定。", []],
  ["2.维护稳定。3.收集信息。4.督促落实。", []],
  ["资金 1.5 万元。2.维护稳定。3.收集信息。", []],
  [
    "一是：1.强化管理。2.完善制度。3.加强监督。下一步措施：1.强化培训。2.完善考核。3.严格问责。",
    [
      [1, 2, 3],
      [1, 2, 3],
    ],
  ],
  ["1.“放管服”改革。2.（一）项目。3.收集信息。", [[1, 2, 3]]],
  ["全年支出 1.2.3 项。", []],
])("inlineLists(%j)", (text, expected) => {
  expect(inlineLists(text)).toEqual(expected);
});
