import { headingSequence } from "../../src/core/rules/heading-sequence";
import { DocBuilder } from "../../src/core/model/builder";
import { doc, report, ruleCases } from "../support/rule-tester";

ruleCases(headingSequence, [
  ["一 二 三 in order", report("一、概况", "二、收支", "三、结论"), []],
  ["一 二 四 skips 三", report("一、概况", "二、收支", "四、结论"), [{ message: "缺少“三、”", paragraph: 2 }]],
  ["（一）（三） skips （二）", report("一、概况", "（一）职责", "（三）人员"), ["缺少“（二）”"]],
  ["4. twice", report("一、概况", "1.职责", "2.机构", "3.人员", "4.资产", "4.收支"), ["“4.”重复"]],
  [
    "sub-levels restart under a new parent",
    report("一、概况", "（一）职责", "（二）机构", "二、收支", "（一）收入", "（二）支出"),
    [],
  ],
  ["starting at 二", report("二、收支", "三、结论"), ["缺少“一、”"]],
  [
    "1. beside 2、 at one level: the mark named, the fix in this number",
    report("一、概况", "1. 职责", "2、机构", "3、人员"),
    [{ message: "“1.”用点号，同级其余编号多用顿号（如“1、”）", fix: "改为“1、”" }],
  ],
  [
    "(二) beside （一）: the heading as written, the half-width brackets named",
    report("一、概况", "（一）职责", "（二）机构", "二、收支", "（一）收入", "(二) 支出"),
    [{ message: "“(二)”用半角括号，同级其余编号多用全角括号（如“（一）”）", fix: "改为“（二）”" }],
  ],
  [
    "a list broken by one unnumbered paragraph",
    report(
      "1、提高受理率，确保按期答复。",
      "2、减少积案，化解重点案件。",
      "3、做好值守，妥善处置突发事件。",
      "完成上级交办的其他任务。",
      "4、督促指导，开展年度考核。",
      "5、协助处理，协调跨部门问题。",
    ),
    [{ message: "第 3 项与第 4 项之间", severity: "info", paragraph: 3 }],
  ],
  [
    "explanations under every item are fine",
    report(
      "1、目标一，内容较长的一句。",
      "说明一。",
      "2、目标二，内容较长的一句。",
      "说明二。",
      "3、目标三，内容较长的一句。",
      "说明三。",
      "4、目标四，内容较长的一句。",
      "说明四。",
    ),
    [],
  ],
  [
    "a heading styled without a number opens a new part: its list starts afresh",
    new DocBuilder()
      .heading("部门基本情况", 1)
      .paragraphs("（一）职责", "（二）机构")
      .heading("自评工作开展情况", 1)
      .paragraphs("（二）方法")
      .build(),
    [{ message: "编号从“（二）”开始，缺少“（一）”", paragraph: 4 }],
  ],
  ["years and decimals are not numbering", report("2023年，本局预算 1.5 万元。", "2024年计划如下。"), []],
  [
    "Word list labels count like typed numbers",
    new DocBuilder()
      .paragraph({ text: "概况", list: { level: 0, label: "一、" } })
      .paragraph({ text: "收支", list: { level: 0, label: "三、" } })
      .build(),
    ["缺少“二、”"],
  ],
  // a bracket missing or mixed in （一）: said once, with the numbering written right, and the sequence still read
  [
    "（三 with its closing bracket missing",
    report("一、部门基本情况", "（一）部门职责", "（二）机构设置", "（三 人员情况", "（四）资产情况"),
    [{ message: "编号“（三”缺少右括号，应为“（三）”", paragraph: 3, en: "closing bracket" }],
  ],
  [
    "（三、 with its closing bracket missing",
    report("一、部门基本情况", "（一）部门职责", "（二）机构设置", "（三、人员情况"),
    ["编号“（三”缺少右括号"],
  ],
  [
    "三） with its opening bracket missing",
    report("一、部门基本情况", "（一）部门职责", "（二）机构设置", "三）人员情况"),
    [{ message: "编号“三）”缺少左括号，应为“（三）”", paragraph: 3 }],
  ],
  [
    "（四) pairs a full-width and a half-width bracket",
    report("一、部门基本情况", "（一）部门职责", "（二）机构设置", "（三）人员情况", "（四)资产情况"),
    ["编号“（四)”全角、半角括号混用，应为“（四）”"],
  ],
  [
    "(二） mixed the other way",
    report("一、部门基本情况", "(一)部门职责", "(二）机构设置"),
    ["编号“(二）”全角、半角括号混用"],
  ],
  [
    "（2) mixed in an arabic item",
    report("一、部门基本情况", "（一）部门职责", "1.主要职能", "（1）受理信访事项", "（2)承办交办事项"),
    ["编号“（2)”全角、半角括号混用，应为“（2）”"],
  ],
  [
    "(三 half-width, closing bracket missing",
    report("一、部门基本情况", "(一)部门职责", "(二)机构设置", "(三 人员情况"),
    ["编号“(三”缺少右括号"],
  ],
  [
    "brackets typed right (half-width throughout is a style, not a missing bracket)",
    report("一、部门基本情况", "(一) 部门职责", "(二) 机构设置", "(三) 人员情况", "二、自评情况", "(一) 组织"),
    [],
  ],
  [
    "a line opening with a parenthesis that closes later is not numbering",
    report(
      "一、部门基本情况",
      "（一）部门职责",
      "（二）机构设置",
      "（三、四季度为信访高峰期）全年受理信访事项 120 件。",
    ),
    [],
  ],
  [
    "a bracket finding is not also a style finding",
    report("一、部门基本情况", "（一）部门职责", "（二）机构设置", "(三 人员情况", "（四）资产情况"),
    ["缺少右括号"],
  ],
  // seen in real reports (湖南)
  [
    "circled items skip ②",
    report("1.机构设置", "①局机关内设股室7", "内设股室：办公室、法制股。", "③区级办公室2", "2.人员编制"),
    ["缺少“②”"],
  ],
  [
    "circled items in order",
    report("1.机构设置", "①局机关内设股室7", "②下辖大队17个", "③区级办公室2", "2.人员编制"),
    [],
  ],
  [
    "items numbered inside one cell: 4. twice",
    doc("一、部门(单位)基本概况", [
      [
        "年度主要工作内容",
        "1.做好全市数字化城市管理的监督。2.维护市级平台。3.收集城市管理信息。4.完成考核考评。4.处理投诉举报。5.给予业务指导。",
      ],
    ]),
    ["编号“4.”重复"],
  ],
  [
    "items numbered inside one paragraph, in order",
    report("主要工作：1.做好监督指挥。2.维护市级平台。3.收集城市管理信息。"),
    [],
  ],
  ["decimals are not items", report("1.造林面积达到目标。2.5万亩任务全部完成。3.6万亩抚育完成。"), []],
  [
    "a （一） under a 4. heading is upside down",
    report(
      "一、部门、单位基本情况",
      "1、部门职责。本局承担全县林地林权管理等工作。",
      "2、部门机构设置及人员情况。内设 6 个股室。",
      "3、公务车辆情况。",
      "4、部门主要工作任务及实施情况:",
      "（一）生态提质持续推进。",
    ),
    ["编号层级颠倒：“（一）”出现在“4、”之后"],
  ],
  [
    "a list of duties before the first （一） is not an inversion",
    report(
      "一、部门基本情况",
      "1.负责全县信访工作，受理群众来信来访，协调处理重要信访问题。",
      "2.负责督查督办信访事项的办理，对重要事项直接调查。",
      "（一）机构设置",
    ),
    [],
  ],
  [
    "a colon opens a new inline list",
    report(
      "主要做法：1.加强学习培训，提高认识；2.完善内控制度。下一步措施：1.强化预算约束；2.加强绩效监控；3.抓好结果应用。",
    ),
    [],
  ],
  [
    "an attachment list before a （一） is not an inversion",
    report(
      "一、存在的问题及改进措施",
      "预算编制不够精细。",
      "附件：",
      "1.部门整体支出绩效自评表",
      "2.项目支出绩效自评表",
      "（一）部门整体支出绩效自评表",
    ),
    [],
  ],
  // the body against its own typed table of contents (云南, 2023)
  [
    "the body's numbering does not follow the 目录",
    report(
      "目录",
      "一、摘要",
      "二、部门概况",
      "三、绩效目标",
      "中共某县委办公室2023年度部门整体支出绩效自评报告",
      "摘要（2000字以内）",
      "本办全年工作有序开展。",
      "一、部门概况",
      "本办编制 44 名。",
      "二、绩效目标",
      "全年目标均已完成。",
    ),
    ["正文标题编号与目录不一致：目录为“二、部门概况”，正文为“一、部门概况”"],
  ],
  [
    "the body follows its 目录",
    report(
      "目录",
      "一、部门概况",
      "二、绩效目标",
      "三、存在的问题",
      "一、部门概况",
      "本办编制 44 名。",
      "二、绩效目标",
      "全年目标均已完成。",
      "三、存在的问题",
      "预算编制不够精细。",
    ),
    [],
  ],
  [
    "a 目录 with dot leaders and page numbers",
    report(
      "目 录",
      "一、部门概况……………1",
      "二、绩效目标……………3",
      "三、存在的问题………5",
      "一、部门概况",
      "本办编制 44 名。",
      "二、绩效目标",
      "全年目标均已完成。",
      "三、存在的问题",
      "预算编制不够精细。",
    ),
    [],
  ],
  // a list whose last items lost their numbers (宁夏 2023 决算)
  [
    "two tables after 七、 without 八、九、, before the next part",
    report(
      "第一部分 单位概况",
      "本院负责全乡医疗卫生服务。",
      "第二部分 2023年度部门决算表",
      "一、收入支出决算总表",
      "二、收入决算表",
      "三、支出决算表",
      "四、财政拨款收入支出决算总表",
      "五、一般公共预算财政拨款支出决算表",
      "六、一般公共预算财政拨款基本支出决算明细表",
      "七、财政拨款“三公”经费支出决算表",
      "政府性基金预算财政拨款收入支出决算表",
      "国有资本经营预算财政拨款支出决算表",
      "第三部分 2023年度部门决算情况说明",
    ),
    [{ message: "“七、”之后的 2 项没有编号", severity: "info", fix: "补上编号“八、”“九、”", paragraph: 10 }],
  ],
  [
    "an unnumbered line of another kind after a list is ordinary text",
    report(
      "第一部分 概况",
      "本院负责医疗服务。",
      "第二部分 决算表",
      "一、收入决算表",
      "二、支出决算表",
      "三、财政拨款支出决算表",
      "以上各表详见附件",
      "第三部分 情况说明",
    ),
    [],
  ],
  [
    "a line of the list's kind followed by more text, not the next part",
    report(
      "第一部分 概况",
      "本院负责医疗服务。",
      "第二部分 决算表",
      "一、收入决算表",
      "二、支出决算表",
      "三、财政拨款支出决算表",
      "项目支出决算表",
      "本部门无项目支出，该表为空表。",
    ),
    [],
  ],
]);
