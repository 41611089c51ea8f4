// The hot-path text folding (one table lookup per character) must agree exactly with the
// plain definitions it replaces: half-width, simplified, whitespace as JavaScript's \s.
import fc from "fast-check";
import { corpusOf, matchesIn, paragraphAt } from "../../src/core/text/corpus";
import { repeatedWords } from "../../src/core/rules/duplicate-text";
import {
  COMPARE_AS,
  isSpaceCode,
  normalizeLabel,
  SKIPPED,
  toHalfWidth,
  TRADITIONAL_PAIRS,
} from "../../src/core/text/text";
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
    // every code unit, the disagreements collected and compared once (an expect per unit took seconds)
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const space = /\s/.test(String.fromCharCode(c));
      if (isSpaceCode(c) !== space) wrong.push(`isSpaceCode(0x${c.toString(16)})`);
      const skipped = COMPARE_AS[c] === SKIPPED && c !== 0;
      if (skipped !== (space || c === 0x200b)) wrong.push(`COMPARE_AS[0x${c.toString(16)}]`);
    }
    expect(wrong).toEqual([]);
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
