// Loads a TypeScript module of src/ at build time through tsx. Each call loads it afresh, so a webpack watch
// build sees edits to FUNCTION_SPECS and the catalogues without a restart.

"use strict";

const path = require("path");
const tsx = require("tsx/cjs/api");

const SOURCE_DIR = path.join(__dirname, "..", "..", "src") + path.sep;

/** Requires `relativePath` (relative to the repository root), discarding earlier loads of src/ modules. */
function loadSource(relativePath) {
  for (const key of Object.keys(require.cache)) {
    if (key.startsWith(SOURCE_DIR)) delete require.cache[key];
  }
  return tsx.require(path.join(__dirname, "..", "..", relativePath), __filename);
}

module.exports = { loadSource };
