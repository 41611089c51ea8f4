// A profile's problems in the pane's language, each with its field path. The core reports
// them as zod words them (English) or in both languages at once, as the CLI's stderr does;
// the pane says them in its own language: zod's issues by their code (with the schema run
// again on the data, when the pane has it), the core's own checks by their wording, and a
// stored profile's problems — which come without their issues — by zod's wording.
import type { Lang } from "../core/model/finding";
import type { ProfileProblem, profileSchema } from "../core/profile/profile";
import { formatSize, MAX_PROFILE_BYTES } from "../core/profile/profile-limits";
import { translate, type StringKey } from "./i18n";

/**
 * One problem as the pane shows it: the field path ("sections.1.level"; "" for the profile's
 * top-level object, as for a key it does not know; none for the text as a whole, as for a
 * text that is not JSON) and the words.
 */
export interface ShownProblem {
  path?: string;
  message: string;
}

/** What is read of a zod issue (zod 4's $ZodIssue) or of one rebuilt from zod's English words. */
export interface IssueLike {
  code: string;
  path?: readonly PropertyKey[];
  message?: string;
  expected?: string;
  /** The value that failed (reported when the schema is run with reportInput). */
  input?: unknown;
  /** Its type, when the issue was rebuilt from words. */
  received?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  keys?: string[];
  values?: unknown[];
  options?: unknown[];
  format?: string;
  pattern?: string;
  divisor?: number | bigint;
}

type T = (key: StringKey, vars?: Record<string, string | number>) => string;

/** As many problems as the core lists. */
const MAX_PROBLEMS = 100;
/** Keys or values named in one problem before "…". */
const MAX_NAMED = 10;

const TYPE_KEY: Record<string, StringKey> = {
  string: "typeString",
  number: "typeNumber",
  int: "typeInt",
  boolean: "typeBoolean",
  object: "typeObject",
  array: "typeArray",
  null: "typeNull",
};

const typeName = (t: T, type: string) => (TYPE_KEY[type] ? t(TYPE_KEY[type]) : type);

/** zod's name for the type of a value. */
function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "nan";
  return typeof value;
}

const quoted = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));

function named(t: T, items: unknown[]): string {
  const shown = items.slice(0, MAX_NAMED).map(quoted).join(t("listSeparator"));
  return items.length > MAX_NAMED ? `${shown}${t("listSeparator")}…` : shown;
}

const pathOf = (path: readonly PropertyKey[] | undefined) => (path ?? []).map(String).join(".");

/** A zod issue in words, by its code. */
export function explainIssue(lang: Lang, issue: IssueLike): string {
  const t: T = (key, vars) => translate(lang, key, vars);
  const n = (x: number | bigint | undefined) => ({ n: String(x) });
  switch (issue.code) {
    case "invalid_type": {
      const received = issue.received ?? typeOf(issue.input);
      if (received === "undefined") return t("zodRequired");
      return t("zodInvalidType", { expected: typeName(t, issue.expected ?? ""), received: typeName(t, received) });
    }
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) === 1 ? t("zodEmpty") : t("zodMinChars", n(issue.minimum));
      if (issue.origin === "array" || issue.origin === "set") return t("zodMinItems", n(issue.minimum));
      return t(issue.inclusive === false ? "zodMoreThan" : "zodMinNumber", n(issue.minimum));
    case "too_big":
      if (issue.origin === "string") return t("zodMaxChars", n(issue.maximum));
      if (issue.origin === "array" || issue.origin === "set") return t("zodMaxItems", n(issue.maximum));
      return t(issue.inclusive === false ? "zodLessThan" : "zodMaxNumber", n(issue.maximum));
    case "unrecognized_keys":
      return t("zodUnknownKeys", { n: issue.keys?.length ?? 0, keys: named(t, issue.keys ?? []) });
    // "invalid_enum_value": zod 3's name for a value outside an enum
    case "invalid_value":
    case "invalid_enum_value": {
      const values = issue.values ?? issue.options ?? [];
      return values.length === 1
        ? t("zodExpectedValue", { value: quoted(values[0]) })
        : t("zodOneOf", { values: named(t, values) });
    }
    case "invalid_union":
      // a discriminated union (a relation's "kind") names the values it knows
      return issue.options?.length ? t("zodOneOf", { values: named(t, issue.options) }) : t("zodNoVariant");
    case "invalid_format":
      if (issue.message && ID_FORMAT.test(issue.message)) return t("zodIdFormat");
      return issue.pattern ? t("zodPattern", { pattern: issue.pattern }) : t("zodFormat");
    case "not_multiple_of":
      return t("zodMultipleOf", n(issue.divisor));
    case "custom":
      return explainMessage(lang, issue.message ?? "");
    default:
      return t("zodInvalid");
  }
}

/** The id pattern's own message (core/profile/profile.ts). */
const ID_FORMAT = /^ids use lower-case letters/;

/** The core's own checks (core/profile/profile.ts), by their words: a pattern, the string it becomes, what it names. */
const OWN_MESSAGES: [RegExp, StringKey, (m: RegExpMatchArray) => Record<string, string>][] = [
  [/^duplicate id ("(?:[^"\\]|\\.)*")$/s, "profileDuplicateId", (m) => ({ id: m[1] })],
  [/^unknown section ("(?:[^"\\]|\\.)*")$/s, "profileUnknownSection", (m) => ({ id: m[1] })],
  [/^unknown fact ("(?:[^"\\]|\\.)*")$/s, "profileUnknownFact", (m) => ({ id: m[1] })],
  [/^unknown table ("(?:[^"\\]|\\.)*")$/s, "profileUnknownTable", (m) => ({ id: m[1] })],
  [/^a sum needs at least one part$/, "profileSumNoPart", () => ({})],
  [/^more than the (\d+) parts listed$/, "profileMinPartsTooMany", (m) => ({ n: m[1] })],
  [/^("(?:[^"\\]|\\.)*") is not a part of this sum$/s, "profileNotAPart", (m) => ({ id: m[1] })],
  [/^two grades share the same lower bound$/, "profileGradesSameMin", () => ({})],
  [/^expected an object: rule id/, "profileRulesObject", () => ({})],
  [ID_FORMAT, "zodIdFormat", () => ({})],
  // said in both languages by the core: the key is the same on both sides
  [/^没有这条规则 (.+) \/ unknown rule \1$/s, "profileUnknownRule", (m) => ({ key: m[1] })],
  [/^另有 (\d+) 个未知的规则 \/ /, "profileMoreUnknownRules", (m) => ({ n: m[1] })],
  [/^重复的键 (.+) \/ duplicate key \1$/s, "profileDuplicateKey", (m) => ({ key: m[1] })],
  [/^另有 (\d+) 个重复的键 \/ /, "profileMoreDuplicateKeys", (m) => ({ n: m[1] })],
  [/^模板过大（(.+?)，上限 (.+?)；/, "profileTooLargeSize", (m) => ({ size: m[1], limit: m[2] })],
];

/** Problems of a text that JSON.parse accepted, but that the schema never saw: keys stated twice. */
const DUPLICATE_KEYS = /^(重复的键 |另有 \d+ 个重复的键 \/ )/;

/** zod's own English words (its "en" locale, zod 4) back into the issue they say, for problems that come without it. */
function issueFromWords(message: string): IssueLike | undefined {
  let m: RegExpMatchArray | null;
  if ((m = message.match(/^Invalid input: expected (\w+), received (\w+)$/)))
    return { code: "invalid_type", expected: m[1], received: m[2] };
  if ((m = message.match(/^Too (small|big): expected (\w+) to (?:have|be) (exactly |>=|<=|>|<)(-?[\d.e+]+)/))) {
    const bound = Number(m[4]);
    const inclusive = m[3] !== ">" && m[3] !== "<";
    return m[1] === "small"
      ? { code: "too_small", origin: m[2], minimum: bound, inclusive }
      : { code: "too_big", origin: m[2], maximum: bound, inclusive };
  }
  if ((m = message.match(/^Unrecognized keys?: (.*)$/s))) return { code: "unrecognized_keys", keys: jsonStrings(m[1]) };
  if ((m = message.match(/^Invalid option: expected one of (.*)$/s)))
    return { code: "invalid_value", values: m[1].split("|").map(primitive) };
  if ((m = message.match(/^Invalid input: expected (.+)$/s)))
    return { code: "invalid_value", values: [primitive(m[1])] };
  if ((m = message.match(/^Invalid discriminator value\. Expected (.*)$/s)))
    return { code: "invalid_union", options: [...m[1].matchAll(/'([^']*)'/g)].map((x) => x[1]) };
  if ((m = message.match(/^Invalid string: must match pattern (.*)$/s)))
    return { code: "invalid_format", format: "regex", pattern: m[1] };
  if ((m = message.match(/^Invalid number: must be a multiple of (.*)$/)))
    return { code: "not_multiple_of", divisor: Number(m[1]) };
  if (/^Invalid (input|value|key)\b/.test(message)) return { code: "invalid" };
  return undefined;
}

/** The strings of a list of JSON strings ('"a", "b"'), as far as it goes (the core cuts long messages). */
function jsonStrings(text: string): string[] {
  return [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => {
    try {
      return JSON.parse(`"${x[1]}"`) as string;
    } catch {
      return x[1];
    }
  });
}

/** A value as zod writes it ("org", 5, true), back as the value. */
function primitive(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * A JSON.parse failure in words, with its line and column when the engine gives them or the text lets them be counted.
 */
function jsonProblem(lang: Lang, error: string, text?: string): string {
  const lineColumn = error.match(/line (\d+) column (\d+)/);
  if (lineColumn) return translate(lang, "jsonInvalidAt", { line: lineColumn[1], column: lineColumn[2] });
  const position = error.match(/position (\d+)/);
  if (position && text !== undefined) {
    const before = text.slice(0, Number(position[1])).split("\n");
    return translate(lang, "jsonInvalidAt", { line: before.length, column: before[before.length - 1].length + 1 });
  }
  return translate(lang, "jsonInvalid");
}

/** A problem's message, from its words: the core's own checks, zod's words, both languages at once. */
export function explainMessage(lang: Lang, message: string, text?: string): string {
  for (const [pattern, key, vars] of OWN_MESSAGES) {
    const m = message.match(pattern);
    if (m) return translate(lang, key, vars(m));
  }
  const json = message.match(/^invalid JSON: (.*)$/s);
  if (json) return jsonProblem(lang, json[1], text);
  const issue = issueFromWords(message);
  if (issue) return explainIssue(lang, issue);
  // "中文 / English": the side in the pane's language
  const both = message.match(/^(.*[\u3400-\u9fff].*) \/ ([^\u3400-\u9fff]*)$/s);
  if (both) return lang === "zh-CN" ? both[1] : both[2];
  return translate(lang, "profileProblemOther", { message });
}

/** Problems the core reports at "(root)" that are about the text as a whole, not the top-level object. */
const WHOLE_TEXT = /^(invalid JSON: |模板过大|另有 \d+ 个重复的键)/;

/** Problems as the core gives them (a stored profile's, a refused text's), in the pane's language. */
export function explainProblems(lang: Lang, problems: ProfileProblem[], text?: string): ShownProblem[] {
  return problems.map((p) => ({
    path: p.path !== "(root)" ? p.path : WHOLE_TEXT.test(p.message) ? undefined : "",
    message: explainMessage(lang, p.message, text),
  }));
}

/**
 * The problems of a profile text the core refused: keys stated twice as the core found them,
 * then the schema's issues by their code (the schema run again on the data, which the core's
 * problems no longer carry). A text too large or not JSON has the core's one problem.
 */
export function explainProfileText(
  lang: Lang,
  text: string,
  problems: ProfileProblem[],
  schema: Pick<typeof profileSchema, "safeParse">,
): ShownProblem[] {
  if (text.length > MAX_PROFILE_BYTES)
    return [
      {
        message: translate(lang, "profileTooLargeSize", {
          size: formatSize(text.length),
          limit: formatSize(MAX_PROFILE_BYTES),
        }),
      },
    ];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return [{ message: jsonProblem(lang, (e as Error).message, text) }];
  }
  const parsed = schema.safeParse(data, { reportInput: true });
  const issues = (parsed.success ? [] : parsed.error.issues.slice(0, MAX_PROBLEMS)) as IssueLike[];
  if (issues.length === 0) return explainProblems(lang, problems, text);
  const duplicates = problems.filter((p) => DUPLICATE_KEYS.test(p.message));
  return [
    ...explainProblems(lang, duplicates, text),
    ...issues.map((i) => ({ path: pathOf(i.path), message: explainIssue(lang, i) })),
  ];
}
