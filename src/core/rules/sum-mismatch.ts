import { describeFact, usedFact } from "../reading/facts";
import { finding, msg, type Finding } from "../model/finding";
import type { Rule } from "./rule";
import { formatNumber } from "../text/numbers";
import { evaluateRelations } from "../checks/relations";
import { bracketSums, type BracketSum } from "../checks/bracket-sums";
import { economicSplits, type EconomicSplitCheck } from "../checks/economic-split";
import { fundSplits, type FundSplitCheck } from "../checks/fund-splits";
import { sectionSums, type SectionSum } from "../checks/section-sums";
import { tableSums } from "../checks/table-sums";
import type { Message } from "../model/finding";

const SPLIT_NAME = {
  income: { "zh-CN": "按收入性质分", "en-US": "by income nature" },
  spending: { "zh-CN": "按支出性质分", "en-US": "by spending nature" },
};

/** 年度资金总额 ≠ its split by income or spending nature: an error when each part stands under its column, else a warning. */
function splitFinding(rule: Rule, s: FundSplitCheck): Finding {
  const column = s.column ? `（${s.column}）` : "";
  const decimals = Math.max(s.total.decimals, ...s.parts.map((p) => p.decimals));
  const parts = s.parts.map((p) => `${p.label} ${p.raw}`).join(" + ");
  const blank = s.blank.length ? `；未填：${s.blank.join("、")}` : "";
  const blankEn = s.blank.length ? `; left blank: ${s.blank.join(", ")}` : "";
  const unsure = s.column
    ? { zh: "", en: "" }
    : {
        zh: "（表中未写明分项属于哪一列，按最接近的一列比较）",
        en: " (the form does not say which column the parts belong to; compared with the nearest)",
      };
  return finding(
    rule,
    s.total.location,
    msg(
      `年度资金总额${column} ${s.total.raw} ≠ ${SPLIT_NAME[s.kind]["zh-CN"]}：${parts} = ${formatNumber(s.sum, decimals)}${blank}${unsure.zh}`,
      `annual funds total${s.column ? ` (${s.column})` : ""} ${s.total.raw} ≠ ${SPLIT_NAME[s.kind]["en-US"]}: ${parts} = ${formatNumber(s.sum, decimals)}${blankEn}${unsure.en}`,
    ),
    {
      figures: [s.total, ...s.parts].map((p) => ({
        label: p === s.total ? "年度资金总额" : p.label,
        value: p.raw,
        location: p.location,
        source: "table" as const,
      })),
      severity: s.column ? "error" : "warning",
      fix: msg("核对年度资金总额及其分项，使两者一致", "check the annual funds total and its parts so that they agree"),
    },
  );
}

/**
 * A total ≠ its parts stated under sub-headings of their own: a warning, since no one
 * sentence says the parts make up that total — the headings do.
 */
function sectionFinding(rule: Rule, s: SectionSum, labels: Map<string, Message>): Finding {
  const all = [s.total, ...s.parts];
  const scale = s.total.scale;
  const sum = s.parts.reduce((a, f) => a + (f.value * f.scale) / scale, 0);
  const decimals = Math.max(...all.map((f) => f.decimals));
  const name = (f: (typeof all)[number], lang: "zh-CN" | "en-US") => `${labels.get(f.id)![lang]} ${describeFact(f)}`;
  const where = s.headings.map((h) => `“${h.text.trim()}”`).join("");
  return finding(
    rule,
    s.total.location,
    msg(
      `${name(s.total, "zh-CN")} ≠ ${s.parts.map((f) => name(f, "zh-CN")).join(" + ")} = ${formatNumber(sum, decimals)}（分项见${where}）`,
      `${name(s.total, "en-US")} ≠ ${s.parts.map((f) => name(f, "en-US")).join(" + ")} = ${formatNumber(sum, decimals)} (parts under ${where})`,
    ),
    {
      severity: "warning",
      fix: msg(
        "核对总数与各下级标题中的分项，使两者一致",
        "check the total against the parts stated under its sub-headings",
      ),
      figures: all.map((f) => usedFact(f, labels.get(f.id)!["zh-CN"])),
    },
  );
}

/** A staff figure ≠ the parts in the brackets after it. */
function bracketFinding(rule: Rule, b: BracketSum): Finding {
  const decimals = Math.max(b.total.decimals, ...b.parts.map((q) => q.decimals));
  const sum = b.parts.reduce((a, q) => a + (q.value * q.scale) / b.total.scale, 0);
  const parts = b.parts.map((q) => `${q.label} ${q.raw}`).join(" + ");
  return finding(
    rule,
    { paragraph: b.paragraph },
    msg(
      `${b.total.label} ${b.total.raw} ≠ 括号内分项 ${parts} = ${formatNumber(sum, decimals)}`,
      `${b.total.label} ${b.total.raw} ≠ its breakdown in brackets ${parts} = ${formatNumber(sum, decimals)}`,
    ),
    {
      severity: "warning",
      fix: msg("核对总数与括号内各分项，使两者一致", "check the figure against the parts in its brackets"),
      figures: [b.total, ...b.parts].map((q) => ({
        label: q.label,
        value: q.raw,
        location: { paragraph: b.paragraph },
        source: "text" as const,
      })),
    },
  );
}

/** 基本支出 ≠ its economic classes in a table column. */
function economicFinding(rule: Rule, e: EconomicSplitCheck): Finding {
  const parts = e.parts.map((p) => `${p.label} ${p.text}`).join(" + ");
  return finding(
    rule,
    e.total.location,
    msg(
      `基本支出（${e.column}）${e.total.text} ≠ ${parts} = ${formatNumber(e.sum, e.decimals)}`,
      `basic spending (${e.column}) ${e.total.text} ≠ ${parts} = ${formatNumber(e.sum, e.decimals)}`,
    ),
    {
      fix: msg("核对基本支出及其按经济分类的各项", "check 基本支出 against its economic classes"),
      figures: [
        { label: "基本支出", value: e.total.text, location: e.total.location, source: "table" as const },
        ...e.parts.map((p) => ({ label: p.label, value: p.text, location: p.location, source: "table" as const })),
      ],
    },
  );
}

/**
 * A total that is not the sum of its parts, within rounding (docs/domain.md §6): the
 * profile's sum relations over stated figures (实有 = 在职 + 退休, 支出 = 基本 + 项目 …),
 * and every table with a total row or column (资产总额 = Σ categories …).
 */
export const sumMismatch: Rule = {
  id: "sum-mismatch",
  severity: "error",
  description: msg(
    "合计数与分项之和不符（含表格合计行/列）",
    "a total differs from the sum of its parts (tables included)",
  ),
  check({ doc, facts, profile, tables }) {
    const out: Finding[] = [];
    const labels = new Map(profile.facts.map((f) => [f.id, f.label]));
    const sums = profile.relations.filter((r) => r.kind === "sum");
    const totals = new Set(sums.map((r) => (r.kind === "sum" ? r.total : "")));
    const unique = new Set(profile.facts.filter((f) => f.unique).map((f) => f.id));
    for (const inst of evaluateRelations(facts, sums, (id) => totals.has(id) || unique.has(id))) {
      if (inst.holds) continue;
      const l = labels.get(inst.left.id)!;
      const scale = inst.left.scale;
      const sum = inst.right.reduce((a, f) => a + (f.value * f.scale) / scale, 0);
      const decimals = Math.max(inst.left.decimals, ...inst.right.map((f) => f.decimals));
      const parts = inst.right.map((f) => `${labels.get(f.id)!["zh-CN"]} ${describeFact(f)}`);
      const partsEn = inst.right.map((f) => `${labels.get(f.id)!["en-US"]} ${describeFact(f)}`);
      out.push(
        finding(
          this,
          inst.left.location,
          msg(
            `${l["zh-CN"]} ${describeFact(inst.left)} ≠ ${parts.join(" + ")} = ${formatNumber(sum, decimals)}`,
            `${l["en-US"]} ${describeFact(inst.left)} ≠ ${partsEn.join(" + ")} = ${formatNumber(sum, decimals)}`,
          ),
          {
            figures: [inst.left, ...inst.right].map((f) => usedFact(f, labels.get(f.id)!["zh-CN"])),
            fix: msg(`核对${l["zh-CN"]}与各分项，使合计与分项之和一致`, `check ${l["en-US"]} against its parts`),
          },
        ),
      );
    }
    for (const s of sectionSums(doc, facts, sums, profile.facts))
      if (!s.holds) out.push(sectionFinding(this, s, labels));
    // a figure and its breakdown in brackets: complete by the form of the sentence, so a warning
    for (const b of bracketSums(doc)) if (!b.holds) out.push(bracketFinding(this, b));
    for (const view of tables) {
      for (const s of fundSplits(view)) if (!s.holds) out.push(splitFinding(this, s));
      for (const e of economicSplits(view)) if (!e.holds) out.push(economicFinding(this, e));
      for (const s of tableSums(view)) {
        if (s.holds) continue;
        const loc = {
          paragraph: view.table.rows[s.row][s.column].paragraph ?? view.table.firstParagraph,
          table: view.table.index,
          row: s.row,
          column: s.column,
        };
        out.push(
          finding(
            this,
            loc,
            msg(
              `${s.what} ${s.total} ≠ ${s.parts.join(" + ")} = ${s.sum}`,
              `table ${view.table.index + 1}: ${s.what} ${s.total} ≠ ${s.parts.join(" + ")} = ${s.sum}`,
            ),
            { fix: msg(`将合计改为 ${s.sum}，或核对各分项`, `write ${s.sum}, or check the parts`) },
          ),
        );
      }
    }
    return out;
  },
};
