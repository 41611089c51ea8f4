// A profile is data: the sections, tables, figures, relations, grade bands and weights
// that one family of reports follows. The built-in ones live in ./profiles; a team can
// load its own JSON, validated here. Nothing in a profile is executed: terms are plain
// strings matched by containment, never regular expressions.
import { createScanner, SyntaxKind } from "jsonc-parser";
import { z } from "zod";
import { formatSize, MAX_PROFILE_BYTES } from "./profile-limits";
import { isRuleId, type RuleId } from "../model/rule-ids";

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, "ids use lower-case letters, digits, '.' and '-'")
  .max(64);
const term = z.string().min(1).max(40);
const terms = z.array(term).max(40);
const ruleSetting = z.enum(["error", "warning", "info", "off"]);
export type RuleSetting = z.output<typeof ruleSetting>;

/** A problem's words for what the schema's own (English) messages do not say: both languages, as the CLI's stderr. */
const bilingual = (zh: string, en: string) => `${zh} / ${en}`;

/**
 * A key from the file as a message shows it: quoted with its control characters escaped, and cut when absurdly long.
 */
const shownKey = (key: string) => JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);

/**
 * Problems of one kind listed one by one before the rest are counted in one line: a crafted file must not print a
 * million.
 */
const MAX_LISTED = 20;

/**
 * Per-rule severity overrides, or "off", keyed by rule id. Not z.record: it skips an own key
 * "__proto__" (which JSON.parse makes) without a word and accepts any other string. Here
 * every own key is read: one that is no rule id — a typo, "__proto__", "constructor" — is a
 * problem at its own path (rules.__proto__), and the result is an object without prototype,
 * so that no key can reach Object.prototype.
 */
const rulesSchema = z
  .custom<Record<string, unknown>>((v) => typeof v === "object" && v !== null && !Array.isArray(v), {
    message: 'expected an object: rule id → "error", "warning", "info" or "off"',
  })
  .transform((raw, ctx) => {
    const out: Partial<Record<RuleId, RuleSetting>> = Object.create(null);
    let unknown = 0;
    for (const key of Object.keys(raw)) {
      if (!isRuleId(key)) {
        if (++unknown <= MAX_LISTED)
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: bilingual(`没有这条规则 ${shownKey(key)}`, `unknown rule ${shownKey(key)}`),
          });
        continue;
      }
      const r = ruleSetting.safeParse(raw[key]);
      if (r.success) out[key] = r.data;
      else ctx.addIssue({ code: "custom", path: [key], message: r.error.issues[0].message });
    }
    if (unknown > MAX_LISTED)
      ctx.addIssue({
        code: "custom",
        path: [],
        message: bilingual(`另有 ${unknown - MAX_LISTED} 个未知的规则`, `${unknown - MAX_LISTED} more unknown rules`),
      });
    return out;
  });

export const sectionSchema = z.strictObject({
  id,
  title: z.string().min(1).max(60),
  /** 1 = 一、 2 = （一） 3 = 1. 4 = （1） */
  level: z.number().int().min(1).max(4),
  parent: id.optional(),
  required: z.boolean().default(false),
  aliases: terms.default([]),
  /** Groups of terms: a heading containing every term of one group is a weak match. */
  keywords: z.array(terms.min(1)).max(20).default([]),
  /**
   * What the section is about, as families of words that mean the same (基本情况 / 基本概况 /
   * 概况 / 简介): a heading names the section when it has a word of every family and those
   * words make up most of it (subject words such as 部门 / 单位 / 机关 aside). Matching by
   * meaning, where aliases are exact wordings.
   */
  topics: z.array(terms.min(1)).max(10).default([]),
  /** Fewer sentences than this under the heading is too brief to say anything (a one-line 存在的问题). */
  minSentences: z.number().int().min(1).max(50).optional(),
});

export const tableSchema = z.strictObject({
  id,
  title: z.string().min(1).max(60),
  kind: z.enum(["org", "staff", "assets", "budget", "execution", "expense-control", "indicator", "other"]),
  /** Header terms; a table whose header rows contain at least `minMatch` of them is this table. */
  header: terms.min(1),
  minMatch: z.number().int().min(1).max(40),
  section: id.optional(),
  /**
   * Single figures read from the table: the row whose label has a term of `row` (or the first data row), the column
   * whose header has a term of `column`.
   */
  cells: z
    .array(z.strictObject({ fact: id, row: terms.optional(), column: terms.min(1) }))
    .max(40)
    .default([]),
  /** The table as the template inserts it: its header row and its pre-filled rows. */
  template: z
    .strictObject({
      columns: z.array(z.string().max(40)).min(1).max(20),
      rows: z
        .array(z.array(z.string().max(60)).max(20))
        .max(60)
        .default([]),
    })
    .optional(),
});

export const factSchema = z.strictObject({
  id,
  label: z.strictObject({ "zh-CN": z.string().min(1).max(40), "en-US": z.string().min(1).max(80) }),
  /** A number whose label contains one of these terms (and none of `exclude`) states this figure. */
  terms: terms.min(1),
  exclude: terms.default([]),
  kind: z.enum(["money", "person", "count", "percent", "area", "score"]),
  /** A figure stated once per report: two statements that disagree are a finding. */
  unique: z.boolean().default(false),
});

export const relationSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    id,
    kind: z.literal("sum"),
    total: id,
    /** Parts that must all be stated for the sum to be checked. */
    parts: z.array(id).max(20).default([]),
    /** Parts that may be absent (离休 in a staff count). */
    optional: z.array(id).max(20).default([]),
    /**
     * How many parts, required and optional together, must be stated for the sum to be
     * checked (default: the required ones, at least 1). Income by source: any two of
     * 一般公共预算, 政府性基金, 事业收入 … — one source alone may be "其中" one of several.
     */
    minParts: z.number().int().min(1).max(40).optional(),
    /** "paragraph": total and parts stated together ("…，其中…"); "document": anywhere. */
    scope: z.enum(["paragraph", "document"]).default("paragraph"),
    /**
     * Parts a list may leave out without saying so (资本性支出 in the economic split of 基本支出):
     * when one of these is not stated the list may be incomplete, and only parts that add
     * up to more than the total are a mismatch.
     */
    openWithout: z.array(id).max(20).default([]),
    /**
     * The total is one share of the money (财政拨款支出 of all spending): its parts are read
     * only from a list that opens right after it ("…支出 X 万元，其中…") in a sentence it
     * opens — a report that also splits all its money gives the parts of the whole there.
     */
    listOnly: z.boolean().default(false),
  }),
  z.strictObject({
    id,
    kind: z.literal("equal"),
    a: id,
    b: id,
    /** Figures added to b when stated (决算收入 = 决算支出 + 结余). */
    plus: z.array(id).max(10).default([]),
    scope: z.enum(["paragraph", "document"]).default("document"),
  }),
  z.strictObject({
    id,
    kind: z.literal("at-most"),
    a: id,
    b: id,
    scope: z.enum(["paragraph", "document"]).default("document"),
  }),
  /** A stated rate that must recompute as numerator ÷ denominator (控制率 = 在职人数 ÷ 编制数). */
  z.strictObject({
    id,
    kind: z.literal("ratio"),
    rate: id,
    numerator: id,
    denominator: id,
    scope: z.enum(["paragraph", "document"]).default("document"),
  }),
]);

export const expectationSchema = z.strictObject({
  id,
  label: z.strictObject({ "zh-CN": z.string().min(1).max(60), "en-US": z.string().min(1).max(120) }),
  /** Every one of these figures must be stated somewhere. */
  facts: z.array(id).max(20).default([]),
  /** A table of this kind must be present. */
  table: z.string().max(40).optional(),
});

export const gradeSchema = z.strictObject({
  grade: z.string().min(1).max(8),
  /** Lowest score of the band, inclusive. */
  min: z.number().min(0).max(1000),
  aliases: terms.default([]),
});

export const profileSchema = z
  .strictObject({
    id,
    name: z.strictObject({ "zh-CN": z.string().min(1).max(80), "en-US": z.string().min(1).max(120) }),
    version: z.string().max(20).default("1"),
    sections: z.array(sectionSchema).min(1).max(200),
    /**
     * How a document is recognised as this profile's kind beyond its headings: a bare form
     * (自评表 without a narrative) has one of `anyTable` and at most `maxNarrative` sentences
     * of prose outside tables.
     */
    recognise: z
      .strictObject({
        anyTable: z.array(id).max(10).default([]),
        maxNarrative: z.number().int().min(0).max(1000).optional(),
      })
      .optional(),
    /** The section that states the score and grade: read there first, written there on request. */
    scoreSection: id.optional(),
    tables: z.array(tableSchema).max(50).default([]),
    facts: z.array(factSchema).max(200).default([]),
    relations: z.array(relationSchema).max(200).default([]),
    expect: z.array(expectationSchema).max(50).default([]),
    execution: z
      .strictObject({
        /** Denominator of the execution rate, in order of preference (全年预算数 / 调整后预算数 / 年初预算数). */
        budget: z.array(id).min(1).max(5),
        executed: z.array(id).min(1).max(5),
        rate: id,
        /** Points the execution-rate line carries in the indicator table. */
        weight: z.number().min(0).max(100),
        /**
         * When the rate cannot be checked, how far `final` is from `initial` (e.g. 决算支出 as a share of
         * 年初预算支出) is said beside it: the context a reviewer wants. No note without it.
         */
        compare: z.strictObject({ initial: id, final: id }).optional(),
      })
      .optional(),
    grades: z.array(gradeSchema).min(1).max(10),
    weights: z
      .strictObject({
        total: z.number().positive().max(1000).default(100),
        groups: z
          .array(z.strictObject({ name: term, weight: z.number().min(0).max(1000) }))
          .max(20)
          .default([]),
      })
      .default({ total: 100, groups: [] }),
    /** Literal strings that show a template was not filled in. */
    residue: terms.default([]),
    /** What the template writes: the title lines and the placeholder under each heading. */
    template: z
      .strictObject({
        title: z.array(z.string().min(1).max(80)).max(5).default([]),
        placeholder: z.string().min(1).max(40).default("【请填写】"),
      })
      .default({ title: [], placeholder: "【请填写】" }),
    citations: z
      .strictObject({
        superseded: z
          .array(z.strictObject({ old: term, replacement: term }))
          .max(50)
          .default([]),
      })
      .default({ superseded: [] }),
    /** Per-rule severity override, or "off". */
    rules: rulesSchema.default(() => Object.create(null)),
  })
  .superRefine((p, ctx) => {
    const unique = (ids: string[], path: string) => {
      const seen = new Set<string>();
      ids.forEach((x, i) => {
        if (seen.has(x)) ctx.addIssue({ code: "custom", path: [path, i, "id"], message: `duplicate id "${x}"` });
        seen.add(x);
      });
    };
    unique(
      p.sections.map((s) => s.id),
      "sections",
    );
    unique(
      p.tables.map((t) => t.id),
      "tables",
    );
    unique(
      p.facts.map((f) => f.id),
      "facts",
    );
    unique(
      p.relations.map((r) => r.id),
      "relations",
    );
    const sectionIds = new Set(p.sections.map((s) => s.id));
    if (p.scoreSection && !sectionIds.has(p.scoreSection))
      ctx.addIssue({ code: "custom", path: ["scoreSection"], message: `unknown section "${p.scoreSection}"` });
    p.sections.forEach((s, i) => {
      if (s.parent && !sectionIds.has(s.parent))
        ctx.addIssue({ code: "custom", path: ["sections", i, "parent"], message: `unknown section "${s.parent}"` });
    });
    const factIds = new Set(p.facts.map((f) => f.id));
    const needFact = (fid: string, path: (string | number)[]) => {
      if (!factIds.has(fid)) ctx.addIssue({ code: "custom", path, message: `unknown fact "${fid}"` });
    };
    p.relations.forEach((r, i) => {
      if (r.kind === "sum") {
        if (r.parts.length + r.optional.length === 0)
          ctx.addIssue({ code: "custom", path: ["relations", i, "parts"], message: "a sum needs at least one part" });
        if (r.minParts !== undefined && r.minParts > r.parts.length + r.optional.length)
          ctx.addIssue({
            code: "custom",
            path: ["relations", i, "minParts"],
            message: `more than the ${r.parts.length + r.optional.length} parts listed`,
          });
        needFact(r.total, ["relations", i, "total"]);
        r.parts.forEach((x, j) => needFact(x, ["relations", i, "parts", j]));
        r.optional.forEach((x, j) => needFact(x, ["relations", i, "optional", j]));
        r.openWithout.forEach((x, j) => {
          if (!r.parts.includes(x) && !r.optional.includes(x))
            ctx.addIssue({
              code: "custom",
              path: ["relations", i, "openWithout", j],
              message: `"${x}" is not a part of this sum`,
            });
        });
      } else if (r.kind === "ratio") {
        needFact(r.rate, ["relations", i, "rate"]);
        needFact(r.numerator, ["relations", i, "numerator"]);
        needFact(r.denominator, ["relations", i, "denominator"]);
      } else {
        needFact(r.a, ["relations", i, "a"]);
        needFact(r.b, ["relations", i, "b"]);
        if (r.kind === "equal") r.plus.forEach((x, j) => needFact(x, ["relations", i, "plus", j]));
      }
    });
    p.tables.forEach((t, i) => t.cells.forEach((c, j) => needFact(c.fact, ["tables", i, "cells", j, "fact"])));
    const tableIds = new Set(p.tables.map((t) => t.id));
    p.recognise?.anyTable.forEach((t, j) => {
      if (!tableIds.has(t))
        ctx.addIssue({ code: "custom", path: ["recognise", "anyTable", j], message: `unknown table "${t}"` });
    });
    p.expect.forEach((e, i) => e.facts.forEach((x, j) => needFact(x, ["expect", i, "facts", j])));
    if (p.execution) {
      p.execution.budget.forEach((x, j) => needFact(x, ["execution", "budget", j]));
      p.execution.executed.forEach((x, j) => needFact(x, ["execution", "executed", j]));
      needFact(p.execution.rate, ["execution", "rate"]);
      if (p.execution.compare) {
        needFact(p.execution.compare.initial, ["execution", "compare", "initial"]);
        needFact(p.execution.compare.final, ["execution", "compare", "final"]);
      }
    }
    const mins = p.grades.map((g) => g.min);
    if (new Set(mins).size !== mins.length)
      ctx.addIssue({ code: "custom", path: ["grades"], message: "two grades share the same lower bound" });
  });

export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type SectionDef = Profile["sections"][number];
export type TableDef = Profile["tables"][number];
export type FactDef = Profile["facts"][number];
export type RelationDef = Profile["relations"][number];

export interface ProfileProblem {
  /** Field path such as "sections.3.aliases.0". */
  path: string;
  message: string;
}

/** One problem as "path: message"; `show` escapes each part for where it is shown (a terminal, HTML). */
export const problemText = (p: ProfileProblem, show: (s: string) => string = (s) => s): string =>
  `${show(p.path)}: ${show(p.message)}`;

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; problems: ProfileProblem[] };

const pathText = (path: readonly PropertyKey[]) => path.map(String).join(".") || "(root)";

/** Validates profile data (already parsed from JSON); every problem is listed with its field path. */
export function parseProfile(data: unknown): ProfileResult {
  const r = profileSchema.safeParse(data);
  if (r.success) return { ok: true, profile: r.data };
  return {
    ok: false,
    problems: r.error.issues
      .slice(0, MAX_SCHEMA_PROBLEMS)
      .map((i) => ({ path: pathText(i.path), message: shortMessage(i.message) })),
  };
}

/**
 * Problems listed, and the length of one problem's words: zod names every unknown key in one message (150,000 keys made
 * a 1.5 MB line).
 */
const MAX_SCHEMA_PROBLEMS = 100;
const MAX_MESSAGE_CHARS = 300;
const shortMessage = (m: string) =>
  m.length > MAX_MESSAGE_CHARS
    ? `${m.slice(0, MAX_MESSAGE_CHARS)}… (${m.length - MAX_MESSAGE_CHARS} more characters)`
    : m;

/**
 * Every key an object of the JSON text states more than once, at the path of the second (and
 * any later) one: JSON.parse silently keeps the last, so {"id":"a","id":"b"} would be "b".
 * jsonc-parser's scanner reads the tokens and decodes the escapes as JSON.parse does ("\u0069d"
 * is "id"); the nesting is followed here with a stack of our own rather than with its `visit`,
 * which recurses and overflows the call stack near 20,000 levels — a few kilobytes of "[" that
 * JSON.parse accepts. Only text that JSON.parse accepted comes here.
 */
function duplicateKeys(text: string): ProfileProblem[] {
  type Frame = { keys: Set<string>; key?: string } | { index: number };
  const stack: Frame[] = [];
  const problems: ProfileProblem[] = [];
  let duplicates = 0;
  let expectKey = false;
  const scanner = createScanner(text, true);
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    const top = stack[stack.length - 1];
    switch (token) {
      case SyntaxKind.OpenBraceToken:
        stack.push({ keys: new Set() });
        expectKey = true;
        break;
      case SyntaxKind.OpenBracketToken:
        stack.push({ index: 0 });
        expectKey = false;
        break;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken:
        stack.pop();
        expectKey = false;
        break;
      case SyntaxKind.CommaToken:
        if (top && "index" in top) top.index++;
        else expectKey = true;
        break;
      case SyntaxKind.StringLiteral:
        if (expectKey && top && "keys" in top) {
          const key = scanner.getTokenValue();
          if (top.keys.has(key) && ++duplicates <= MAX_LISTED) {
            const path = stack.slice(0, -1).map((f) => ("keys" in f ? f.key! : f.index));
            problems.push({
              path: pathText([...path, key]),
              message: bilingual(`重复的键 ${shownKey(key)}`, `duplicate key ${shownKey(key)}`),
            });
          }
          top.keys.add(key);
          top.key = key;
          expectKey = false;
        }
        break;
    }
  }
  if (duplicates > MAX_LISTED)
    problems.push({
      path: "(root)",
      message: bilingual(
        `另有 ${duplicates - MAX_LISTED} 个重复的键`,
        `${duplicates - MAX_LISTED} more duplicate keys`,
      ),
    });
  return problems;
}

/** A profile text longer than a profile can be: refused before it is parsed. */
export function profileTooLarge(size: number): ProfileProblem {
  return {
    path: "(root)",
    message: bilingual(
      `模板过大（${formatSize(size)}，上限 ${formatSize(MAX_PROFILE_BYTES)}；模板通常只有几十 KB）`,
      `the profile is too large (${formatSize(size)}; the limit is ${formatSize(MAX_PROFILE_BYTES)}, and a profile is some tens of KB)`,
    ),
  };
}

/**
 * Parses profile JSON text — from a file, a URL or a document's part alike: a syntax error is
 * reported as a problem at the root, a key stated twice at its path, and the text is refused
 * unread beyond MAX_PROFILE_BYTES (a character is at least one byte in UTF-8, so a text from a
 * file within the limit always passes).
 */
export function parseProfileJson(text: string): ProfileResult {
  if (text.length > MAX_PROFILE_BYTES) return { ok: false, problems: [profileTooLarge(text.length)] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: "(root)", message: `invalid JSON: ${(e as Error).message}` }] };
  }
  const duplicates = duplicateKeys(text);
  const r = parseProfile(data);
  if (duplicates.length === 0) return r;
  return { ok: false, problems: [...duplicates, ...(r.ok ? [] : r.problems)] };
}
