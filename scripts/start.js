#!/usr/bin/env node
"use strict";
// `npm start`. With Word (Windows, macOS): sideload the add-in into Word desktop through
// office-addin-debugging, which also starts the https dev server. Without Word (Linux, CI):
// build the task pane and serve it in preview mode on http://localhost:3000, where a .docx
// can be opened from disk and checked with the same engine.
const { spawnSync, spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const root = path.join(__dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

if (process.platform === "win32" || process.platform === "darwin") {
  const child = spawn(
    npm,
    ["exec", "--", "office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "word"],
    { cwd: root, stdio: "inherit", shell: process.platform === "win32" },
  );
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  if (!fs.existsSync(path.join(root, "dist", "taskpane.html"))) {
    console.log("正在构建任务窗格 / building the task pane (npm run build:web)…");
    const r = spawnSync(npm, ["run", "build:web"], { cwd: root, stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const port = Number(process.env.PORT || 3000);
  require("./serve-dist")
    .serve(path.join(root, "dist"), port)
    .then(() => {
      console.log(
        `\n此机器上没有 Word：任务窗格以预览模式运行 / No Word on this machine: the task pane runs in preview mode at`,
      );
      console.log(`  http://localhost:${port}/taskpane.html`);
      console.log(
        `在浏览器中打开，点击“打开 .docx 文件”检查报告（例如 examples/sample-report.docx），或下载报告框架。`,
      );
      console.log(
        `Open it in a browser and choose "Open a .docx file" (e.g. examples/sample-report.docx), or download the skeleton.`,
      );
      console.log(`命令行检查 / on the command line:  npx report-check check examples/sample-report.docx`);
      console.log(`按 Ctrl+C 停止 / Ctrl+C to stop.`);
    });
}
