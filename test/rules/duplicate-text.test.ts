import { duplicateText } from "../../src/core/rules/duplicate-text";
import { doc, report, ruleCases } from "../support/rule-tester";

const S = "分管领导对包联的信访积案逐件研究、逐件调度、逐件推动解决。";

ruleCases(duplicateText, [
  ["no repetition", report("本年度完成了各项工作任务。", "下一年将继续改进工作方法。"), []],
  [
    "a sentence repeated in one paragraph",
    report(`化解进京访 21 批。${S}召开调度会 86 次。${S}`),
    [{ message: "句子重复出现", paragraph: 0, fix: "删去重复的句子" }],
  ],
  [
    "a sentence repeated in another paragraph, spaces differ",
    report(S, S.replace("逐件研究", "逐件 研究")),
    [{ message: "首次见第 1 段", paragraph: 1 }],
  ],
  ["short sentences may repeat", report("情况良好。", "情况良好。"), []],
  ["a word typed twice", report("本着科学规范、公开公开、分级分类的原则开展评价。"), ["词语重复：“公开公开”"]],
  ["single-character reduplication is normal", report("人人参与，常常检查。"), []],
  [
    "a header row repeated in a table",
    doc([
      ["单位名称", "单位性质"],
      ["单位名称", "单位性质"],
      ["本级", "行政"],
    ]),
    [{ message: "表头行重复出现（第 2 行）", fix: "删去第 2 行" }],
  ],
  ["table cells are not sentences", doc([["说明"], [S], [S]]), []],
  // a character typed twice: only characters Chinese never doubles, and only where no word explains the pair
  [
    "和 typed twice",
    report("进一步完善财务管理制度和和标准，规范资金使用。"),
    [{ message: "“和”字重复：“制度和和标准”", en: '"和" typed twice', fix: "删去重复的“和”" }],
  ],
  ["的 typed twice", report("提高财政资金的的使用效益。"), ["“的”字重复"]],
  [
    "金 typed twice inside 资金",
    report("加强资金金使用管理，确保专款专用。"),
    [{ message: "“金”字重复：“强资金金使用”", fix: "删去重复的“金”" }],
  ],
  ["在 typed twice", report("问题主要集中在在预算编制环节。"), ["“在”字重复"]],
  ["是 typed twice", report("主要原因是是对绩效目标重视不够。"), ["“是”字重复"]],
  ["three in a row is one finding", report("单位的的的职责"), ["“的”字重复"]],
  ["two doubled characters in one paragraph", report("完善制度和和标准，提高资金的的使用效益。"), ["“和”", "“的”"]],
  [
    "reduplication is Chinese, not a typo",
    report(
      "我们常常深入基层，人人参与，层层落实，严严实实、扎扎实实、实实在在地推进工作，方方面面都清清楚楚、明明白白。",
      "年年开展自查，处处从严，事事有回音，项项有着落，件件有回复，户户走访，村村覆盖，月月调度，日日督导。",
      "紧紧围绕中心工作，牢牢把握正确方向，渐渐形成长效机制，纷纷表示满意，等等。",
    ),
    [],
  ],
  ["one after a numeral: each one (一一对应, 一把把)", report("指标与目标一一对应，一把把钥匙开一把把锁。"), []],
  ["a given name may double a character (李金金)", report("评价工作组成员：李金金、王度度。"), []],
  ["度 and 效 typed twice after the word they end", report("完善管理制度度，提升绩效效。"), ["“度”", "“效”"]],
  ["A-BB adjectives", report("麦田绿油油的，饭菜热乎乎的，果实沉甸甸的。"), []],
  [
    "a word ending in the character, then the character again",
    report(
      "为达到目的的手段必须合规。",
      "现在在岗人员 11 人。",
      "单位参与与否由本人决定。",
      "以及及时报送材料。",
      "实事求是是我们的原则。",
      "合并并统一管理。",
      "针对对象开展培训。",
    ),
    [],
  ],
  [
    "the character, then a word starting with it",
    report(
      "关键是是否建立了制度。",
      "推动制度和和谐社会建设。",
      "坚持从从事信访工作的人员中选拔。",
      "为了了解真实情况，开展了走访。",
      "资金金额与预算一致。",
      "绩效效果明显，绩效效益突出。",
      "层层把把关，不了了之的情况不再出现。",
      "他说的的确是事实。",
    ),
    [],
  ],
  [
    "characters that end one word and start the next are left alone (工作作风, 统计计算, 工作组组长)",
    report("转变工作作风，通过统计计算得出，由工作组组长负责，2023 年年末在职 11 人。"),
    [],
  ],
  [
    "a word typed twice comes with its fix",
    report("本着公开公开的原则。"),
    [{ message: "词语重复：“公开公开”", fix: "删去重复的“公开”" }],
  ],
  [
    "a table of contents typed by hand repeats the headings by design (湖北, 2019)",
    report(
      "随州市公安局曾都区分局2019年决算公开报告",
      "决算公开目录",
      "一、随州市公安局曾都区分局基本情况",
      "二、收入支出预算执行情况分析",
      "一、随州市公安局曾都区分局基本情况",
      "本局是区政府的职能部门。",
    ),
    [],
  ],
  [
    "委 typed twice after 县委 (云南, 2024)",
    report("本办是中共寻甸县委委机构编制委员会的办事机构，负责日常工作。"),
    ["“委”字重复"],
  ],
  ["县委委员 is a word: not a doubled 委", report("会议由县委委员、常务副县长主持，研究部署有关工作。"), []],
]);

// a clause pasted twice into one paragraph
ruleCases(duplicateText, [
  [
    "a duty stated twice, the second time with the variant spelling (辽宁 本溪县水务局 2022)",
    report(
      "（一）负责保障水资源的合理开发。拟定全县水务发展规划和政策，落实国家水利法律法规，拟订全县水务发展规划和政策，牵头编制重大水利规划。",
    ),
    [{ message: "同一段中分句重复：“拟订全县水务发展规划和政策”", fix: "删去重复的分句" }],
  ],
  ["short clauses repeat by nature", report("加强预算管理，提高资金效益，加强预算管理，严肃财经纪律。"), []],
  [
    "a breakdown restated for a second total",
    report(
      "年末在职在编事业人员22人（含参公管理事业人员10人，非参公管理事业人员7人）。年末实有人数22人（参公管理事业人员10人，非参公管理事业人员7人）。",
    ),
    [],
  ],
  [
    "parallel items ending on the same reason (决算 三公 explanation)",
    report(
      "因公出国（境）费0万元，与上年持平，主要是本年度无此项支出；公务用车购置费0万元，与上年持平，主要是本年度无此项支出；公务接待费2万元。",
    ),
    [],
  ],
  [
    "the same clause in two paragraphs is not this",
    report("拟订全县水务发展规划和政策，落实法规。", "拟订全县水务发展规划和政策，牵头编制规划。"),
    [],
  ],
]);
