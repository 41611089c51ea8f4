// The Node.js version is stated in four places that must agree: package.json's engines (what npm
// warns about), .nvmrc (what version managers pick), the README (what a new user reads) and the
// lockfile (what every installed package asks for). The tests themselves run on the version in use,
// so a run on an unsupported Node fails here rather than somewhere obscure.
import { readFileSync } from "fs";
import { join } from "path";
import semver from "semver";

const ROOT = join(__dirname, "../..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean }>;
};
const lowest = semver.minVersion(pkg.engines.node)!;

describe("the Node.js version stated, warned about and tested agree", () => {
  test(".nvmrc names the lowest major version package.json accepts", () => {
    expect(readFileSync(join(ROOT, ".nvmrc"), "utf8").trim()).toBe(String(lowest.major));
  });

  test("the README states the same major version", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toMatch(new RegExp(`Node\\.js ${lowest.major}\\b`));
  });

  test("every locked package runs on every accepted version (npm ci gives no EBADENGINE warning)", () => {
    const tooNew = Object.entries(lock.packages)
      .filter(([path, p]) => path && p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.subset(pkg.engines.node, (p.engines as { node: string }).node))
      .map(([path, p]) => `${path} wants node ${(p.engines as { node: string }).node}`);
    expect(tooNew).toEqual([]);
  });

  test("the tests run on an accepted version", () => {
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
  });
});
