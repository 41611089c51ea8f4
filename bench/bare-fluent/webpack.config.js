// Builds the bare Fluent page with the task pane's loader and mode.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
module.exports = {
  mode: "production",
  entry: { index: path.join(__dirname, "index.tsx") },
  output: {
    path: process.env.BARE_OUT || path.join(__dirname, "..", "..", "test-output", "bare-fluent"),
    filename: "[name].[contenthash:8].js",
    clean: true,
  },
  resolve: { extensions: [".tsx", ".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, configFile: path.join(__dirname, "..", "..", "tsconfig.web.json") },
        },
      },
    ],
  },
  plugins: [new HtmlWebpackPlugin({ template: path.join(__dirname, "index.html"), scriptLoading: "defer" })],
  performance: { hints: false },
};
