#!/usr/bin/env node
"use strict";
// `npm start`: the main job. Until the Word add-in lands, that is checking the shipped
// sample report with the same engine the add-in will use, and saying how to check yours.
const { spawnSync } = require("child_process");
const path = require("path");
const root = path.join(__dirname, "..");
const sample = path.join("examples", "sample-report.docx");
const r = spawnSync(process.execPath, [path.join(root, "bin", "report-check.js"), "check", sample], { cwd: root, stdio: "inherit" });
console.log("\n检查您自己的报告 / check your own reports:  npx report-check check 报告.docx 或文件夹/folder");
// a finding in the sample is expected: it is there to show what the checker finds
process.exit(r.status === 2 ? 2 : 0);
