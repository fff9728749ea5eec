// The file names the build writes into dist/. webpack.config.js emits them and the manifest test checks that
// every URL in manifest.xml names one of them, so a renamed output cannot leave the manifest pointing nowhere.

"use strict";

const OUTPUTS = {
  taskpaneHtml: "taskpane.html",
  functionsScript: "functions.js",
  functionsMetadata: "functions.json",
  functionsMetadataZhCN: "functions.zh-CN.json",
  manifest: "manifest.xml",
  /** Icons are copied from assets/ to dist/assets/ under their own names. */
  assetsDir: "assets",
};

module.exports = { OUTPUTS };
