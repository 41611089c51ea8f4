// Lists every skipped test after jest's own summary, with its file: a skipped test's name says what
// was not run and why (test/support/shared.ts), and a number alone ("2 skipped") says neither.
const { relative } = require("path");

class SkippedReporter {
  constructor(globalConfig) {
    this.root = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const skipped = results.testResults.flatMap((file) =>
      file.testResults
        .filter((t) => t.status === "pending" || t.status === "skipped")
        .map((t) => `  - ${t.fullName}  (${relative(this.root, file.testFilePath)})`),
    );
    if (skipped.length) process.stdout.write(`\nSkipped tests (${skipped.length}):\n${skipped.join("\n")}\n`);
  }
}

module.exports = SkippedReporter;
