#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `prepare` on npm ci/install).
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  console.error("report-check 尚未构建，请先运行 npm run build / report-check is not built yet: run `npm run build` first.");
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
