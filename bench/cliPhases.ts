// Times the phases of `bujiao check` in one process, for bench/cli.ts: read the workbook, check the roster,
// write the upload files, build and write the report. It runs the same steps as src/cli/check.ts
// (runCheckSteps) without the option handling and the printed report, and prints one JSON line with each
// phase's milliseconds and the heap in use after it (and each phase on stderr as it ends).
//
//   node --require tsx/cjs bench/cliPhases.ts ROSTER.xlsx OUT_DIR [--report]

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseDay } from "../src/core/parse";
import { buildReport } from "../src/core/report/model";
import { buildUploadFiles, checkRoster, findRoster } from "../src/core/roster";
import { parametersFromWorkbook } from "../src/cli/parameters";
import { REPORT_FILE_NAME, writeReportWorkbook } from "../src/workbook/reportWorkbook";
import { readWorkbookFile, writeUploadFile } from "../src/workbook/xlsxFile";

const HANDLING_DATE = "2026-12-04";

interface Phase {
  phase: string;
  ms: number;
  heapMB: number;
}

async function timePhases(file: string, outDir: string, withReport: boolean): Promise<Phase[]> {
  const phases: Phase[] = [];
  let started = performance.now();
  const mark = (phase: string) => {
    const now = performance.now();
    const entry = { phase, ms: Math.round(now - started), heapMB: Math.round(process.memoryUsage().heapUsed / 1e6) };
    phases.push(entry);
    // Also on stderr at once, so a run that runs out of memory still shows the phases it finished.
    console.error(JSON.stringify(entry));
    started = now;
  };

  const sheets = await readWorkbookFile(file);
  mark("read");

  const roster = findRoster(sheets);
  const parameters = parametersFromWorkbook(sheets);
  const handlingDay = parseDay(HANDLING_DATE, "field.handlingDate");
  const unit = parameters.unit ? { ...parameters.unit, handlingDate: handlingDay } : undefined;
  const result = checkRoster(roster, { handlingDay, ...(unit ? { unit } : {}) }, parameters.params);
  mark("check");

  mkdirSync(outDir, { recursive: true });
  for (const upload of buildUploadFiles(result).filter((upload) => upload.rows.length > 0)) {
    await writeUploadFile(upload, join(outDir, upload.fileName));
  }
  mark("write upload files");

  if (withReport) {
    const report = buildReport(result, parameters.params, unit);
    mark("build report");
    await writeReportWorkbook({ report, result, params: parameters.params, locale: "zh-CN" }, join(outDir, REPORT_FILE_NAME));
    mark("write report");
  }
  return phases;
}

const [file, outDir, flag] = process.argv.slice(2);
if (!file || !outDir) {
  console.error("usage: node --require tsx/cjs bench/cliPhases.ts ROSTER.xlsx OUT_DIR [--report]");
  process.exit(2);
}
timePhases(file, outDir, flag === "--report").then(
  (phases) => console.log(JSON.stringify(phases)),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
