// Exporting a check: every batch upload file that has rows, then the report of the amounts. Each file goes to
// the host, which downloads it or writes it to a new sheet and reports which.

import { buildReport } from "../../core/report/model";
import { buildUploadFiles } from "../../core/roster";
import type { CheckResult } from "../../core/roster/types";
import type { ParameterSet } from "../../core/params/parameterSet";
import type { UnitFacts } from "../../core/unit";
import type { Locale } from "../../i18n";
import { reportExport, uploadFileExport, type ExportItem } from "../../workbook/export";
import type { ExportOutcome, WorkbookHost } from "../../workbook/host";

export interface ExportRecord {
  fileName: string;
  /** upload: a batch upload file with its row count; report: the report workbook. */
  role: "upload" | "report";
  rows: number;
  outcome: ExportOutcome;
}

async function hand(host: WorkbookHost, item: ExportItem): Promise<ExportOutcome> {
  try {
    return await host.exportFile(item.fileName, item.bytes, item.rows);
  } catch (error) {
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Exports the upload files and the report one after the other, so Excel is never asked for two new sheets at
 * once. A file that fails is recorded as failed and the others are still exported.
 */
export async function exportCheck(host: WorkbookHost, result: CheckResult, params: ParameterSet, unit: UnitFacts | undefined, locale: Locale): Promise<ExportRecord[]> {
  const records: ExportRecord[] = [];
  for (const file of buildUploadFiles(result)) {
    if (file.rows.length === 0) continue;
    const item = await uploadFileExport(file);
    records.push({ fileName: file.fileName, role: "upload", rows: file.rows.length, outcome: await hand(host, item) });
  }

  const report = buildReport(result, params, unit);
  const item = await reportExport({ report, result, locale });
  records.push({ fileName: item.fileName, role: "report", rows: report.persons.length, outcome: await hand(host, item) });
  return records;
}
