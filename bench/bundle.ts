// `npm run bench:bundle`: the sizes of the built add-in in dist/ (run `npm run build` first), raw and gzipped:
// the pane's initial entry (the scripts taskpane.html loads: runtime, vendors, shared, taskpane), the custom
// functions' entry and the exceljs chunk the pane loads lazily. Exits 1 when the exceljs chunk is above its
// budget, which webpack's own check (the `performance` block of webpack.config.js) leaves out.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const DIST = path.join(__dirname, "..", "dist");

/** Budget of the lazily loaded exceljs chunk, uncompressed, in bytes: 941 KB measured on 2026-12-04, plus 5 %. */
export const EXCELJS_CHUNK_BUDGET = 990_000;

const GROUPS: Array<{ name: string; files: string[] }> = [
  { name: "pane entry (taskpane.html)", files: ["runtime.js", "vendors.js", "shared.js", "taskpane.js"] },
  { name: "functions entry", files: ["functions.js"] },
  { name: "exceljs chunk (lazy)", files: ["exceljs.js"] },
];

interface Size {
  raw: number;
  gzip: number;
}

function sizeOf(file: string): Size {
  const content = readFileSync(path.join(DIST, file));
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function main(): number {
  const missing = GROUPS.flatMap((group) => group.files).filter((file) => !existsSync(path.join(DIST, file)));
  if (missing.length > 0) {
    console.error(`dist/ lacks ${missing.join(", ")}: run npm run build first`);
    return 2;
  }

  console.log("| bundle | file | raw | gzip -9 |");
  console.log("|---|---|--:|--:|");
  for (const group of GROUPS) {
    const total: Size = { raw: 0, gzip: 0 };
    for (const file of group.files) {
      const size = sizeOf(file);
      total.raw += size.raw;
      total.gzip += size.gzip;
      if (group.files.length > 1) console.log(`| | ${file} | ${kilobytes(size.raw)} | ${kilobytes(size.gzip)} |`);
    }
    console.log(`| **${group.name}** | ${group.files.join(" + ")} | ${kilobytes(total.raw)} | ${kilobytes(total.gzip)} |`);
  }

  const exceljs = sizeOf("exceljs.js");
  if (exceljs.raw > EXCELJS_CHUNK_BUDGET) {
    console.error(`exceljs.js is ${exceljs.raw} bytes, above its budget of ${EXCELJS_CHUNK_BUDGET} bytes`);
    return 1;
  }
  console.log(`\nexceljs.js: ${exceljs.raw} bytes, within its budget of ${EXCELJS_CHUNK_BUDGET} bytes`);
  return 0;
}

process.exitCode = main();
