// Sentences as they compare (src/core/text/sentences.ts): the key, the split, and the one-pass
// fingerprint scan, which must agree with a plain map of keys.
import fc from "fast-check";
import { isHan, repeatedSentences, sentenceKey } from "../../src/core/text/sentences";

const S = "分管领导对包联的信访积案逐件研究、逐件调度、逐件推动解决。";
const at = (...texts: string[]) => texts.map((text, index) => ({ index, text }));

test.each([
  ["", ""],
  ["本年度完成了各项工作任务。", "本年度完成了各项工作任务"],
  ["本年度 完成了\u3000各项工作任务！", "本年度完成了各项工作任务"],
  ["部門預算執行情况良好；", "部门预算執行情况良好"],
  ["资金拨付，、。", "资金拨付"],
  ["（一）工作完成情况：", "(一)工作完成情况:"],
  ["全年完成１２件。", "全年完成12件"],
])("sentenceKey(%j) = %j", (input, expected) => {
  expect(sentenceKey(input)).toBe(expected);
});

test.each([
  ["一", true],
  ["龥", true],
  ["〇", false],
  ["A", false],
  ["，", false],
])("isHan(%j) = %j", (ch, expected) => {
  expect(isHan(ch.charCodeAt(0))).toBe(expected);
});

describe("repeated sentences", () => {
  test.each<[string, { index: number; text: string }[], [number, number][]]>([
    ["none", at("本年度完成了各项工作任务。", "下一年将继续改进工作方法。"), []],
    ["in one paragraph", at(`开头一句话而已。${S}中间。${S}`), [[0, 0]]],
    ["across paragraphs, spaces and widths differ", at(S, S.replace("逐件研究", "逐件 研究").replace("、", "，")), []],
    ["across paragraphs, spaces differ", at(S, S.replace("逐件研究", "逐件 研究")), [[1, 0]]],
    ["end punctuation ignored", at(S, S.replace("。", "；")), [[1, 0]]],
    [
      "traditional forms folded",
      at("部门预算执行情况良好并按要求完成了全部工作。", "部門預算执行情况良好并按要求完成了全部工作。"),
      [[1, 0]],
    ],
    ["a line break ends a sentence", at(`${S.slice(0, -1)}\n其余`, S), [[1, 0]]],
    ["short sentences never count", at("情况良好。", "情况良好。"), []],
    [
      "three times: each repetition points at the first",
      at(S, S, S),
      [
        [1, 0],
        [2, 0],
      ],
    ],
  ])("%s", (_, paragraphs, expected) => {
    expect(repeatedSentences(paragraphs, 15).map((r) => [r.paragraph, r.first])).toEqual(expected);
  });

  test.each<[string, { index: number; text: string }[], [number, number, number, number][]]>([
    ["the end punctuation is in the span", at(`${S}${S}`), [[0, 0, S.length, 2 * S.length]]],
    ["a line break is not", at(`${S}\n${S.slice(0, -1)}\n`), [[0, 0, S.length + 1, 2 * S.length]]],
    [
      "paragraph indexes are the paragraphs' own",
      [
        { index: 7, text: S },
        { index: 9, text: `前言。${S}` },
      ],
      [[9, 7, 3, 3 + S.length]],
    ],
  ])("where: %s", (_, paragraphs, expected) => {
    expect(repeatedSentences(paragraphs, 15).map((r) => [r.paragraph, r.first, r.start, r.end])).toEqual(expected);
  });

  test.each([
    [
      "key long enough, too few letters, digits and Han characters",
      "（一）（二）（三）（四）（五）（六）（七）。",
      15,
      0,
    ],
    ["exactly the minimum", "一二三四五六七八九十一二三四五。", 15, 1],
    ["one short of it", "一二三四五六七八九十一二三四。", 15, 0],
    ["spaces do not count", "一 二 三 四 五 六 七 八 九 十 一 二 三 四。", 15, 0],
    ["a lower minimum", "情况良好。", 4, 1],
  ])("minimum length: %s", (_, sentence, minChars, repeats) => {
    expect(repeatedSentences(at(sentence, sentence), minChars)).toHaveLength(repeats);
  });

  test("thousands of distinct sentences (the table grows) and each repeated once", () => {
    const sentences = Array.from({ length: 6000 }, (_, i) => `第${i}项工作按计划推进并全部完成验收工作。`);
    const found = repeatedSentences(at(...sentences, ...sentences), 15);
    expect(found.map((r) => [r.paragraph, r.first])).toEqual(sentences.map((_, i) => [6000 + i, i]));
  });

  test("agrees with a plain map of sentence keys on any text", () => {
    const textChar = fc.constantFrom(
      ..."门們體预報告數据，。；：！？（）［］｛｝ＡＢｘＸ０１２９%％ \u3000\u00a0\t\n\u200b\u2003\ufeff一二三公开".split(
        "",
      ),
    );
    const sentence = fc.constantFrom(
      "项目资金按计划拨付到位并及时公开信息。",
      "项目资金按计划拨付到位 并及时公开信息；",
      "部門預算執行情况良好并按要求完成了全部工作！",
      "本单位严格执行各项财务管理制度和规定。",
      "短句。",
      "\n",
    );
    const paragraph = fc
      .array(fc.oneof(sentence, fc.string({ unit: textChar, maxLength: 20 })), { maxLength: 6 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 12 }), (texts) => {
        const paragraphs = texts.map((text, index) => ({ index, text }));
        const expected: [number, number][] = [];
        const seen = new Map<string, number>();
        for (const p of paragraphs) {
          // the definition: split at sentence ends and line breaks, compare keys of long enough sentences
          for (const m of p.text.matchAll(/[^。！？!?；;\n]+[。！？!?；;]?/g)) {
            const key = sentenceKey(m[0]);
            const words = [...key].filter((ch) => /[\u4e00-\u9fa5A-Za-z0-9]/.test(ch)).length;
            if (key.length < 15 || words < 15) continue;
            if (seen.has(key)) expected.push([p.index, seen.get(key)!]);
            else seen.set(key, p.index);
          }
        }
        expect(repeatedSentences(paragraphs, 15).map((r) => [r.paragraph, r.first])).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
