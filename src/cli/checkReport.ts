// The report of `bujiao check`: what happened to every roster row, the summary and the files written, as
// Chinese text for people or as JSON for other programs. Identity numbers appear masked only.

import { formatDay, formatYearMonth, type YearMonth } from "../core/calendar";
import { renderFinding, type CheckResult, type Finding, type Roster, type RowResult, type Severity, type UploadRow } from "../core/roster";
import { t, type Locale, type MessageKey } from "../i18n";
import { ignoredSheetsNote } from "./parameters";

/** An upload file the command wrote, with its path and number of rows. */
export interface WrittenFile {
  key: string;
  fileName: string;
  path: string;
  rows: number;
}

export interface CheckReport {
  file: string;
  roster: Roster;
  result: CheckResult;
  files: WrittenFile[];
  /** Upload files in the output folder that an earlier run wrote and this run did not replace. */
  staleFiles: string[];
  /** Parameter sheets of the workbook that were not applied. */
  ignoredSheets: string[];
}

export interface Summary {
  rows: number;
  exported: number;
  reported: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Rows with at least one error finding. */
  rowsWithErrors: number;
}

const SEVERITY_KEYS: Record<Severity, MessageKey> = {
  error: "cli.severity.error",
  warning: "cli.severity.warning",
  info: "cli.severity.info",
};

export function summarise(result: CheckResult): Summary {
  const summary: Summary = { rows: result.rows.length, exported: 0, reported: 0, errors: 0, warnings: 0, infos: 0, rowsWithErrors: 0 };
  for (const row of result.rows) {
    if (row.outcome === "exported") summary.exported++;
    else summary.reported++;
    if (row.findings.some((finding) => finding.severity === "error")) summary.rowsWithErrors++;
    for (const finding of row.findings) {
      if (finding.severity === "error") summary.errors++;
      else if (finding.severity === "warning") summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

function monthRange(from: YearMonth, to: YearMonth): string {
  return from === to ? formatYearMonth(from) : `${formatYearMonth(from)}—${formatYearMonth(to)}`;
}

function fileNameOf(uploadRow: UploadRow, files: readonly WrittenFile[]): string {
  return files.find((file) => file.key === uploadRow.fileKey)?.fileName ?? uploadRow.fileKey;
}

function findingLine(finding: Finding, locale: Locale): string {
  const severity = t(SEVERITY_KEYS[finding.severity], {}, locale);
  const months = finding.months ? t("cli.check.findingMonths", { months: monthRange(finding.months.from, finding.months.to) }, locale) : "";
  return `    [${severity}] ${finding.code}${months} ${renderFinding(finding, locale)}`;
}

function rowLines(row: RowResult, files: readonly WrittenFile[], locale: Locale): string[] {
  const name = row.name === "" ? t("cli.check.noName", {}, locale) : row.name;
  const identity = row.maskedIdentityNumber === "" ? t("cli.check.noIdentity", {}, locale) : row.maskedIdentityNumber;
  const outcome =
    row.outcome === "exported"
      ? t("cli.check.rowExported", { count: row.uploadRows.length }, locale)
      : t("cli.check.rowReported", {}, locale);

  const lines = [t("cli.check.rowHeading", { row: row.sheetRow, name, identity, outcome }, locale)];
  for (const finding of row.findings) lines.push(findingLine(finding, locale));
  for (const uploadRow of row.uploadRows) {
    lines.push(
      t(
        "cli.check.uploadRow",
        {
          file: fileNameOf(uploadRow, files),
          months: monthRange(uploadRow.start, uploadRow.end),
          wage: uploadRow.wage.toFixed(2),
        },
        locale,
      ),
    );
  }
  return lines;
}

/** Formats the report as lines of text in `locale`. */
export function formatTextReport(report: CheckReport, locale: Locale): string[] {
  const { result, files } = report;
  const summary = summarise(result);
  const lines = [
    t(
      "cli.check.heading",
      {
        file: report.file,
        roster: t("roster.where", { sheet: report.roster.sheetName, row: report.roster.headerRow }, locale),
        rows: summary.rows,
        date: formatDay(result.handlingDay),
      },
      locale,
    ),
  ];
  if (report.ignoredSheets.length > 0) lines.push(ignoredSheetsNote(report.ignoredSheets, locale));
  lines.push("");

  for (const row of result.rows) lines.push(...rowLines(row, files, locale));

  lines.push("", t("cli.check.summary", { ...summary }, locale));
  if (summary.rowsWithErrors > 0) lines.push(t("cli.check.fixErrors", { count: summary.rowsWithErrors }, locale));
  if (files.length === 0) lines.push(t("cli.check.noFiles", {}, locale));
  for (const file of files) lines.push(t("cli.check.fileWritten", { path: file.path, rows: file.rows }, locale));
  for (const path of report.staleFiles) lines.push(t("cli.check.staleFile", { path }, locale));
  return lines;
}

/** Formats the report as one JSON document: months as YYYY-MM, wages as text with two decimals. */
export function formatJsonReport(report: CheckReport, locale: Locale): string {
  const { result, files } = report;
  const document = {
    file: report.file,
    sheet: report.roster.sheetName,
    headerRow: report.roster.headerRow,
    handlingDate: formatDay(result.handlingDay),
    ignoredSheets: report.ignoredSheets,
    rows: result.rows.map((row) => ({
      sheetRow: row.sheetRow,
      name: row.name,
      identityNumber: row.maskedIdentityNumber,
      outcome: row.outcome,
      findings: row.findings.map((finding) => ({
        code: finding.code,
        severity: finding.severity,
        message: renderFinding(finding, locale),
        ...(finding.months ? { months: { from: formatYearMonth(finding.months.from), to: formatYearMonth(finding.months.to) } } : {}),
      })),
      segments: row.segments.map((segment) => ({
        from: formatYearMonth(segment.from),
        to: formatYearMonth(segment.to),
        payable: segment.payable,
        ...(segment.reasonCode ? { reasonCode: segment.reasonCode } : {}),
      })),
      uploadRows: row.uploadRows.map((uploadRow) => ({
        file: fileNameOf(uploadRow, files),
        start: formatYearMonth(uploadRow.start),
        end: formatYearMonth(uploadRow.end),
        wage: uploadRow.wage.toFixed(2),
      })),
    })),
    summary: summarise(result),
    files: files.map((file) => ({ fileName: file.fileName, path: file.path, rows: file.rows })),
    staleFiles: report.staleFiles,
  };
  return JSON.stringify(document, null, 2);
}
