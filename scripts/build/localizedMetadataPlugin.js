// Webpack plugin: after custom-functions-metadata-plugin has emitted functions.json, it writes the Chinese
// functions.zh-CN.json from FUNCTION_SPECS and fails the build when a function lacks a Chinese name (at least
// three characters) or description. The rules live in src/functions/metadata/localize.ts.

"use strict";

const { Compilation, WebpackError, sources } = require("webpack");
const { loadSource } = require("./loadSource");

const PLUGIN_NAME = "LocalizedMetadataPlugin";

class LocalizedMetadataPlugin {
  /** @param {{ input: string, output: string }} options asset names, e.g. functions.json and functions.zh-CN.json */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => this.emit(compilation),
      );
    });
  }

  emit(compilation) {
    const { input, output } = this.options;
    const asset = compilation.getAsset(input);
    // Without the input, custom-functions-metadata-plugin has already reported why.
    if (!asset) return;

    const { localizeMetadata } = loadSource("src/functions/metadata/localize.ts");
    const { FUNCTION_SPECS } = loadSource("src/functions/registry.ts");
    const metadata = JSON.parse(asset.source.source().toString());
    const result = localizeMetadata(metadata, FUNCTION_SPECS);

    for (const warning of result.warnings) compilation.warnings.push(new WebpackError(`${output}: ${warning}`));
    if (result.errors.length > 0) {
      for (const error of result.errors) compilation.errors.push(new WebpackError(`${output}: ${error}`));
      return;
    }
    compilation.emitAsset(output, new sources.RawSource(`${JSON.stringify(result.metadata, null, 4)}\n`));
  }
}

module.exports = { LocalizedMetadataPlugin };
