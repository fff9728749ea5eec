// Compiles TypeScript on require the way the add-in's webpack build does (ts-loader with transpileOnly: the
// TypeScript emitter, the target of tsconfig.json, no type check), so benchmarks measure the code Excel runs.
// tsx, which `bujiao` and `npm run bench` start with, compiles with esbuild's keepNames instead: it wraps every
// function created at run time in a naming helper, which costs measurable time in closures made per call.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const configPath = path.join(__dirname, "..", "tsconfig.json");
const config = ts.readConfigFile(configPath, ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(configPath));
const compilerOptions = { ...options, module: ts.ModuleKind.CommonJS, sourceMap: false, inlineSourceMap: false, noEmit: false };

function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const output = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(output.outputText, filename);
}

require.extensions[".ts"] = compile;
require.extensions[".tsx"] = compile;
