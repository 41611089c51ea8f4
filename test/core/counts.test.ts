import { statedCounts } from "../../src/core/checks/counts";

const read = (text: string) =>
  statedCounts(text).map((c) => ({
    count: c.count,
    phrase: c.phrase,
    listed: c.items ? c.items.counts.join("|") : c.listFollows ? "follows" : "none",
  }));

// sentence → the counts read: the number, the words stating it, how many items are listed
test.each<[string, string, { count: number; phrase: string; listed: string }[]]>([
  [
    "noun first, a colon, items by 、",
    "内设机构 5 个：办公室、综合股、信访接待股、督查股、复查复核股。",
    [{ count: 5, phrase: "内设机构 5 个", listed: "5" }],
  ],
  [
    "number first, 分别为",
    "下设 3 个二级单位，分别为县信访服务中心、县网上信访中心、县信访督查中心。",
    [{ count: 3, phrase: "3 个二级单位", listed: "3" }],
  ],
  [
    "a Chinese numeral",
    "内设四个股室：办公室、综合股、督查股、复查股。",
    [{ count: 4, phrase: "四个股室", listed: "4" }],
  ],
  [
    "the last item joined by 和: two readings",
    "下设 3 个科室：办公室、财务科和业务科。",
    [{ count: 3, phrase: "3 个科室", listed: "2|3" }],
  ],
  [
    "、 inside brackets does not separate",
    "下设 2 个单位：县信访服务中心（含接待、督查）、县网上信访中心。",
    [{ count: 2, phrase: "2 个单位", listed: "2" }],
  ],
  [
    "the list stops at its clause",
    "内设机构 5 个：办公室、综合股、信访接待股、督查股、复查复核股，另有编制 20 名。",
    [{ count: 5, phrase: "内设机构 5 个", listed: "5" }],
  ],
  [
    "一是 二是 三是",
    "主要存在以下三个方面的问题：一是预算编制不够精准；二是绩效目标不够细化；三是结果运用不充分。",
    [{ count: 3, phrase: "三个方面的问题", listed: "3" }],
  ],
  [
    "a list in the paragraphs that follow",
    "针对上述问题，提出以下 4 条改进措施：",
    [{ count: 4, phrase: "4 条改进措施", listed: "follows" }],
  ],
  [
    "items numbered ①② in the sentence",
    "要重点抓好三个方面工作：①加大投入；②抓好生产；③完善体系。",
    [{ count: 3, phrase: "三个方面工作", listed: "3" }],
  ],
  [
    "items numbered (1)(2) in the sentence",
    "包括两个层次的内容：(1)安全基准；(2)现行标准。",
    [{ count: 2, phrase: "两个层次的内容", listed: "2" }],
  ],
  [
    "items numbered 1) 2) in the sentence",
    "包括两个层次的内容：1）安全基准；2）现行标准。",
    [{ count: 2, phrase: "两个层次的内容", listed: "2" }],
  ],
  [
    "items separated by ； (and 、 inside one)",
    "六条标准包括：虚假陈述；侵犯署名权、剽窃成果；违背道德；干扰研究；不端发表；其他。",
    [{ count: 6, phrase: "六条标准", listed: "6" }],
  ],
  [
    "full-width figures and colon",
    "内设机构３个：办公室、综合股、督查股。",
    [{ count: 3, phrase: "内设机构3个", listed: "3" }],
  ],
  // nothing read: no introducer, one item, a number that is not a count of listed things
  ["no introducer: the duties are not the 科室", "下设 3 个科室，负责综合协调、信访接待、督查督办。", []],
  ["one item is not a list", "下设 2 个单位：县信访服务中心。", []],
  ["money is not a count", "全年支出 500 万元：基本支出 300 万元、项目支出 200 万元。", []],
  ["a count of one", "下设 1 个单位：县信访服务中心、其他。", []],
  ["an ordinal is not a count", "第三个问题：预算编制不细、执行偏慢。", []],
  ["the end of a longer number is not a count", "2023个项目：甲、乙。", []],
  // numbering further on, and commas inside brackets
  [
    "numbering that does not open the list is not the list",
    "内设机构 3 个：办公室、综合股、财务股。一是负责综合；二是负责财务。",
    [{ count: 3, phrase: "内设机构 3 个", listed: "3" }],
  ],
  [
    "a comma inside brackets does not end the clause",
    "下设 3 个单位：县信访服务中心（含接待，督查）、县网上信访中心、县信访督查中心。",
    [{ count: 3, phrase: "3 个单位", listed: "3" }],
  ],
])("%s", (_, sentence, expected) => {
  expect(read(sentence)).toEqual(expected);
});
