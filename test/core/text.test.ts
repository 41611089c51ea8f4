// The hot-path text folding (one table lookup per character) must agree exactly with the
// plain definitions it replaces: half-width, simplified, whitespace as JavaScript's \s.
import fc from "fast-check";
import { corpusOf, matchesIn, paragraphAt } from "../../src/core/corpus";
import { repeatedSentences, repeatedWords, sentenceKey } from "../../src/core/rules/duplicate-text";
import { COMPARE_AS, isSpaceCode, normalizeLabel, SKIPPED, toHalfWidth, TRADITIONAL_PAIRS } from "../../src/core/text";
import { report } from "../support/rule-tester";

// the definitions, written the slow and obvious way
const halfWidthReference = (s: string) =>
  s.replace(/[\uff01-\uff5e\u3000\u00a0]/g, (ch) =>
    ch === "\u3000" || ch === "\u00a0" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
const simplified = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2)
  simplified.set(TRADITIONAL_PAIRS[i], TRADITIONAL_PAIRS[i + 1]);
const simplifiedReference = (s: string) => [...s].map((ch) => simplified.get(ch) ?? ch).join("");
const labelReference = (s: string) => simplifiedReference(halfWidthReference(s)).replace(/[\s\u200b]+/g, "");

const textChar = fc.constantFrom(
  ..."门們體预報告數据，。；：！？（）［］｛｝ＡＢｘＸ０１２９%％ \u3000\u00a0\t\n\u200b\u2003\ufeff一二三公开".split(
    "",
  ),
);
const text = fc.oneof(
  fc.string({ unit: textChar, maxLength: 60 }),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 30 }),
);

describe("folding", () => {
  test.each([
    ["", ""],
    ["plain text 123", "plain text 123"],
    ["１２３．４５％", "123.45%"],
    ["金额（万元）：１０", "金额(万元):10"],
    ["a\u3000b\u00a0c", "a b c"],
    ["汉字，没有全角字母", "汉字,没有全角字母"],
  ])("toHalfWidth(%j) = %j", (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });

  test.each([
    ["部門 預算 報告", "部门预算报告"],
    ["我們", "我们"],
    ["（一）部门 基本情况", "(一)部门基本情况"],
    ["年末\u3000实有\u200b人数", "年末实有人数"],
    ["已经正常", "已经正常"],
  ])("normalizeLabel(%j) = %j", (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  test("isSpaceCode is JavaScript's \\s, and the table skips exactly it and the zero-width space", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect([c, isSpaceCode(c)]).toEqual([c, /\s/.test(ch)]);
      const skipped = COMPARE_AS[c] === SKIPPED && c !== 0;
      expect([c, skipped]).toEqual([c, /\s/.test(ch) || c === 0x200b]);
    }
  });

  test("toHalfWidth and normalizeLabel agree with their definitions on any text", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(toHalfWidth(s)).toBe(halfWidthReference(s));
        expect(normalizeLabel(s)).toBe(labelReference(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the corpus", () => {
  const doc = report("第一段 XX", "第二段", "", "第四段 XX 与 XX");

  test("maps matches back to their paragraphs and offsets", () => {
    const c = corpusOf(doc);
    const hits = [...matchesIn(c, /XX/g)].map((m) => [m.paragraph.index, m.offset]);
    expect(hits).toEqual([
      [0, 4],
      [3, 4],
      [3, 9],
    ]);
    expect(c.text.slice(c.starts[3], c.starts[3] + 3)).toBe("第四段");
    expect(paragraphAt(c, c.starts[2])).toBe(2);
  });

  test("a match across a paragraph boundary belongs to no paragraph", () => {
    expect([...matchesIn(corpusOf(report("结尾是X", "X开头")), /X[^Y]X/g)]).toEqual([]);
  });

  test("is built once per document", () => {
    expect(corpusOf(doc)).toBe(corpusOf(doc));
  });
});

describe("repeated sentences", () => {
  const S = "分管领导对包联的信访积案逐件研究、逐件调度、逐件推动解决。";
  const at = (...texts: string[]) => texts.map((text, index) => ({ index, text }));

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

  test("agrees with a plain map of sentence keys on any text", () => {
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

test("repeated words: the quick test agrees with comparing every length at every position", () => {
  const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fa5;
  const reference = (text: string) => {
    const out: string[] = [];
    for (let i = 0; i < text.length; i++) {
      for (let len = 4; len >= 2; len--) {
        const a = text.slice(i, i + len);
        if (
          a.length === len &&
          [...a].every((ch) => isHan(ch.charCodeAt(0))) &&
          text.slice(i + len, i + 2 * len) === a
        ) {
          out.push(a + a);
          i += 2 * len - 1;
          break;
        }
      }
    }
    return out;
  };
  const han = fc.string({ unit: fc.constantFrom(..."公开分级类的原则一二a1，"), maxLength: 40 });
  fc.assert(
    fc.property(han, (s) => {
      expect(repeatedWords(s)).toEqual(reference(s));
    }),
    { numRuns: 5000 },
  );
});
