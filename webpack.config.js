// Builds the add-in into dist/: one page, taskpane.html, that loads office.js from Microsoft's CDN and both
// bundles (the task pane and the custom functions), which is the shared runtime the manifest declares. Also
// emits functions.json (from the JSDoc in functions.ts), functions.zh-CN.json, the icons and manifest.xml.
//
//   npm run build                                       production build, manifest URLs at https://localhost:3000/
//   ADDIN_BASE_URL=https://host/bujiao/ npm run build   production build for the unit's own HTTPS server
//   webpack serve --mode development --env https        dev server with office-addin-dev-certs (Excel machines)

"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { resolveBaseUrl, rewriteManifest } = require("./scripts/build/baseUrl");
const { loadSource } = require("./scripts/build/loadSource");
const { LocalizedMetadataPlugin } = require("./scripts/build/localizedMetadataPlugin");
const { OUTPUTS } = require("./scripts/build/outputs");

const DIST = path.join(__dirname, "dist");
const DEV_SERVER_PORT = 3000;

// Budgets of the production build, in uncompressed bytes: above them `npm run build` fails. Measured on
// 2026-12-04: taskpane.html loads 857 KB (runtime, vendors, shared and taskpane), the largest of those files is
// vendors.js (React and Fluent UI) at 556 KB. The exceljs chunk (941 KB, loaded with import()) is left out here
// and has its own budget in bench/bundle.ts (`npm run bench:bundle`).
const MAX_ASSET_BYTES = 590_000;
const MAX_ENTRYPOINT_BYTES = 900_000;
const LAZY_CHUNKS = new Set(["exceljs.js"]);

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const baseUrl = resolveBaseUrl(process.env.ADDIN_BASE_URL);
  const { paneZhCN } = loadSource("src/i18n/catalogue/pane.zh-CN.ts");

  return {
    mode,
    devtool: mode === "production" ? "source-map" : "eval-cheap-module-source-map",
    // Entry names become file names: functions.js is the manifest's custom-functions script.
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: DIST,
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // `npm run typecheck` checks types; the bundle only needs the transpiled code, as ES modules so
            // webpack can drop unused exports.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      // One webpack runtime for both bundles: a module they share (such as the active parameter set in
      // runtimeParameters.ts) exists once, so the pane and the functions see the same state.
      // Both bundles always load together, so their shared code goes into two named chunks.
      runtimeChunk: "single",
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // Only the libraries both bundles load at once. A library loaded with import() (exceljs, about
          // 1 MB) keeps a chunk of its own, which the pane fetches when it first opens a file or exports.
          vendors: { test: /[\\/]node_modules[\\/]/, name: "vendors", priority: -10, chunks: "initial" },
          default: { minChunks: 2, name: "shared", priority: -20, reuseExistingChunk: true },
        },
      },
    },
    performance: {
      // Development bundles are unminified, so only the production build is measured.
      hints: mode === "production" ? "error" : false,
      maxAssetSize: MAX_ASSET_BYTES,
      maxEntrypointSize: MAX_ENTRYPOINT_BYTES,
      assetFilter: (file) => file.endsWith(".js") && !LAZY_CHUNKS.has(file),
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: OUTPUTS.functionsMetadata,
      }),
      new LocalizedMetadataPlugin({ input: OUTPUTS.functionsMetadata, output: OUTPUTS.functionsMetadataZhCN }),
      new HtmlWebpackPlugin({
        filename: OUTPUTS.taskpaneHtml,
        template: "./src/taskpane/taskpane.html",
        title: paneZhCN["pane.productName"],
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: `${OUTPUTS.assetsDir}/[name][ext]` },
          // The example roster the pane opens outside Excel (button 打开示例名单), fetched from the same origin.
          { from: "examples/补缴名单-示例.xlsx", to: `${OUTPUTS.assetsDir}/examples/[name][ext]` },
          {
            from: "manifest.xml",
            to: OUTPUTS.manifest,
            transform: (content) => rewriteManifest(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      host: "localhost",
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.https ? { type: "https", options: await httpsOptions() } : { type: "http" },
      static: false,
    },
  };
};
