// Numbering written out: a number in a family's usual style (三、 （三） 3. （3） 第三部分),
// a number in the style of another label, and the numbering as typed at the start of a line.
import type { NumberingFamily } from "../text/numbering";
import type { OutlineItem } from "../reading/outline";
import { formatChineseNumeral } from "../text/text";

/** The number n in the family's usual style: 三、 （三） 3. （3） 第三部分. */
export function numberingLabel(family: NumberingFamily, n: number): string {
  switch (family) {
    case "cn":
      return `${formatChineseNumeral(n)}、`;
    case "cn-paren":
      return `（${formatChineseNumeral(n)}）`;
    case "arabic":
      return `${n}.`;
    case "arabic-paren":
      return `（${n}）`;
    case "part":
      return `第${formatChineseNumeral(n)}部分`;
    default:
      return String(n);
  }
}

/** The number n written in the style of `norm` ("（一）" → "（三）", "1、" → "3、"). */
export function restyle(norm: string, n: number): string {
  return norm.replace(/[一二三四五六七八九十百零〇两]+/, formatChineseNumeral(n)).replace(/\d+/, String(n));
}

/**
 * The numbering as typed with the spaces after it, when what replaces it ends on its own mark
 * ("1. 部门职责" → "1、部门职责", "（三 部门" → "（三）部门"): a space after 、 or ） is no style.
 */
export function withGap(text: string, at: number, typed: string, right: string): string {
  if (!/[、.．）)]$/.test(right)) return typed;
  return typed + /^[ \t\u3000]*/.exec(text.slice(at + typed.length))![0];
}

/** （三 , 三）, （四) as typed — an item's numbering prefix without what follows it. */
export function typedNumbering(item: OutlineItem): string {
  return item.text
    .slice(0, item.numbering!.length)
    .trim()
    .replace(/[、.．，]$/, "");
}
