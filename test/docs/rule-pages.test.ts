// The rule pages in docs/rules and the rule list stay in step: a page per rule, no page without a rule, every page in
// the index.
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { RULES } from "../../src/core/rules";

const DIR = join(__dirname, "../../docs/rules");
const ids = RULES.map((r) => r.id);
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith(".md") && f !== "README.md")
  .map((f) => f.slice(0, -".md".length));
const index = readFileSync(join(DIR, "README.md"), "utf8");

describe("docs/rules", () => {
  test.each(ids)("%s has a page whose first line is its title", (id) => {
    const file = join(DIR, `${id}.md`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, "utf8").split(/\r?\n/)[0]).toBe(`# ${id}`);
  });

  test("every page is a rule's", () => {
    expect(pages.filter((p) => !ids.includes(p as (typeof ids)[number]))).toEqual([]);
  });

  test("the index links every page", () => {
    expect(pages.filter((p) => !index.includes(`](${p}.md)`))).toEqual([]);
  });
});
