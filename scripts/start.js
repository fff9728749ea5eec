#!/usr/bin/env node
// `npm start`. Where Excel can exist (Windows, macOS) it installs the development certificates and lets
// office-addin-debugging start the HTTPS dev server and sideload manifest.xml into Excel. Elsewhere it builds
// dist/ and serves it over HTTP on 127.0.0.1, so the task pane can be opened in a browser (outside-Excel mode).
//
//   npm start                     port 3000, or the PORT environment variable
//   npm start -- --port 8080      another port (outside-Excel mode)
//   npm start -- --skip-build     serve the existing dist/ (outside-Excel mode)

"use strict";

const path = require("path");
const { spawn } = require("child_process");
const { loadSource } = require("./build/loadSource");
const { startStaticServer } = require("./build/staticServer");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const DEFAULT_PORT = 3000;
const PLATFORMS_WITH_EXCEL = new Set(["win32", "darwin"]);

const { t } = loadSource("src/i18n/index.ts");
const say = (key, params) => console.log(t(key, params, "zh-CN"));

/** Returns the path of a package's command-line script, which runNode starts with this Node, so no shell is involved. */
function binOf(packageName, binName = packageName) {
  const manifestPath = require.resolve(`${packageName}/package.json`, { paths: [ROOT] });
  const { bin } = require(manifestPath);
  return path.join(path.dirname(manifestPath), typeof bin === "string" ? bin : bin[binName]);
}

/** Runs a Node script with inherited output; resolves with its exit code. */
function runNode(script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function parseOptions(argv) {
  const options = { port: process.env.PORT ?? String(DEFAULT_PORT), skipBuild: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--skip-build") options.skipBuild = true;
    else if (arg === "--port") options.port = argv[++index] ?? "";
    else if (arg.startsWith("--port=")) options.port = arg.slice("--port=".length);
  }
  return options;
}

function parsePort(text) {
  const port = Number(text);
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? port : null;
}

async function startInExcel() {
  say("pane.start.certificates");
  const certificates = await runNode(binOf("office-addin-dev-certs"), ["install"]);
  if (certificates !== 0) {
    say("pane.start.stepFailed", { step: "office-addin-dev-certs install", code: certificates });
    return certificates;
  }

  say("pane.start.sideload");
  const devServer = `"${process.execPath}" "${binOf("webpack")}" serve --mode development --env https`;
  const debugging = await runNode(binOf("office-addin-debugging"), [
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    devServer,
    "--dev-server-port",
    String(DEFAULT_PORT),
  ]);
  if (debugging !== 0) say("pane.start.stepFailed", { step: "office-addin-debugging start", code: debugging });
  return debugging;
}

async function listen(port) {
  try {
    return await startStaticServer(DIST, port);
  } catch (error) {
    if (error.code !== "EADDRINUSE") throw error;
    const fallback = await startStaticServer(DIST, 0);
    say("pane.start.portBusy", { port, actual: new URL(fallback.url).port });
    return fallback;
  }
}

async function startInBrowser(options) {
  const port = parsePort(options.port);
  if (port === null) {
    say("pane.start.badPort", { value: options.port });
    return 2;
  }

  say("pane.start.noExcel", { platform: process.platform });
  if (!options.skipBuild) {
    say("pane.start.building");
    const build = await runNode(binOf("webpack"), ["--mode", "production"]);
    if (build !== 0) {
      say("pane.start.buildFailed", { code: build });
      return build;
    }
  }

  const { url, close } = await listen(port);
  say("pane.start.ready", { url: `${url}taskpane.html` });
  say("pane.start.stop");

  const stop = () => void close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return null;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const exitCode = PLATFORMS_WITH_EXCEL.has(process.platform) ? await startInExcel() : await startInBrowser(options);
  // null: the server keeps running until Ctrl+C.
  if (exitCode !== null) process.exitCode = exitCode;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
