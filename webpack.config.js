// Builds the task pane and the ribbon's function file into dist/, with the manifest.
//   OFFICE_JS_URL   where office.js is loaded from (default: Microsoft's CDN; the 21Vianet
//                   cloud uses https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js)
//   ADDIN_BASE_URL  where dist/ is served in production (default: https://localhost:3000/, the dev server)
//   SUPPORT_URL     the manifest's support page (default: support.html beside the pane, at ADDIN_BASE_URL)
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

/**
 * Office only loads add-ins over https. office-addin-dev-certs makes and trusts a localhost
 * certificate; where it cannot trust it (Linux without sudo) the generated files are used
 * anyway, and without them the server falls back to http (preview in a browser still works).
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const file = (name) => path.join(dir, name);
    if (fs.existsSync(file("localhost.crt")) && fs.existsSync(file("localhost.key"))) {
      console.warn(
        `dev certificate not trusted by this system (${e.message.split("\n")[0]}); serving https with it anyway`,
      );
      return {
        cert: fs.readFileSync(file("localhost.crt")),
        key: fs.readFileSync(file("localhost.key")),
        ca: fs.existsSync(file("ca.crt")) ? fs.readFileSync(file("ca.crt")) : undefined,
      };
    }
    console.warn(`no dev certificate (${e.message.split("\n")[0]}): serving http`);
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const officeJsUrl = process.env.OFFICE_JS_URL || "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_URL;
  const supportUrl = process.env.SUPPORT_URL || new URL("support.html", baseUrl).href;
  const officeOrigin = new URL(officeJsUrl).origin;
  // the pane runs only its own bundle and office.js; Fluent's styles are injected at run time
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${officeOrigin}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self' https:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
  // the first screen's stylesheet goes inline into the page: styled before any script has run
  const paneCss = require("fs").readFileSync(path.join(__dirname, "src", "taskpane", "pane.css"), "utf8");
  const html = (name, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${name === "taskpane" ? "taskpane" : "commands"}/${name}.html`,
      chunks,
      templateParameters: { officeJsUrl, csp, paneCss },
      scriptLoading: "defer",
    });

  let devServer;
  if (dev && process.env.WEBPACK_SERVE) {
    const options = await httpsOptions();
    devServer = {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: options ? { type: "https", options } : "http",
      static: { directory: path.join(__dirname, "dist") },
    };
  }

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" },
    output: {
      path: path.join(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.web.json" } },
        },
      ],
    },
    plugins: [
      html("taskpane", ["taskpane"]),
      html("commands", ["commands"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              content
                .toString()
                .split(`${DEV_URL}support.html`)
                .join(supportUrl)
                .split(DEV_URL)
                .join(baseUrl)
                .split(new URL(DEV_URL).origin)
                .join(new URL(baseUrl).origin),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer,
  };
};
