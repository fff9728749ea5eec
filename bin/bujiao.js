#!/usr/bin/env node
// The `bujiao` command. The sources are TypeScript; tsx (a runtime dependency) compiles them on load, so the
// command works right after `npm install` without a build step.
"use strict";

const path = require("node:path");

// tsx reads the tsconfig.json of the current folder unless TSX_TSCONFIG_PATH names another one, and the
// user's folder may have its own.
const userTsconfig = process.env.TSX_TSCONFIG_PATH;
process.env.TSX_TSCONFIG_PATH = path.join(__dirname, "..", "tsconfig.json");
require("tsx/cjs/api").register();
if (userTsconfig === undefined) delete process.env.TSX_TSCONFIG_PATH;
else process.env.TSX_TSCONFIG_PATH = userTsconfig;

require("../src/cli/main.ts").run();
