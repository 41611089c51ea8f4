#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled to lib/ (not dist/, which is the add-in's web build) by
// `npm run build:cli` — run by `prepare` on npm ci/install, and by `npm run build`.
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  console.error(
    "report-check 尚未构建，请先运行 npm run build:cli / report-check is not built yet: run `npm run build:cli` first.",
  );
  process.exit(2);
}
// a reader that stops early (`report-check check … | head`) closes the pipe: not an error of ours
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
