// The files the pane exports, built in memory so the browser can download them or Excel can put them in a new
// sheet: the batch upload files (批量申报) and a report of the amounts. Browser-safe: exceljs is loaded
// lazily, and nothing here touches the file system.
//
// NOTE: the command line writes a fuller report (src/workbook/reportWorkbook.ts) through the Node file
// adapter, which a browser cannot load. The pane's report below has the same amounts but only two sheets:
// 汇总 per person and 明细 per fee month, insurance and party.

import type ExcelJS from "exceljs";
import type Decimal from "decimal.js";
import { formatDay, formatYearMonth } from "../core/calendar";
import { roundFen } from "../core/money";
import type { Report } from "../core/report/model";
import { renderFinding, type CheckResult, type UploadCell, type UploadFile } from "../core/roster";
import { t, type Locale, type MessageKey } from "../i18n";
import { displayWidth } from "./cells";
import { loadExcelJs } from "./loadExcelJs";

/** A file ready to hand to WorkbookHost.exportFile: its bytes and its first sheet's rows, header first. */
export interface ExportItem {
  fileName: string;
  bytes: Uint8Array;
  rows: Array<Array<string | number>>;
}

const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 40;
const TEXT_FORMAT = "@";
const MONEY_FORMAT = "0.00";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function fitColumns(worksheet: ExcelJS.Worksheet, rows: Array<Array<string | number | null>>): void {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((value, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(value === null ? "" : String(value)));
    });
  }
  widths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width + 2));
  });
}

/**
 * Builds one batch upload file: a single sheet with the header row and typed cells. Text cells get the number
 * format "@", so an identity number or a month such as 202308 stays text when the user edits it; 序号 and
 * 缴费工资 stay numbers.
 */
export async function uploadFileExport(file: UploadFile): Promise<ExportItem> {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  const worksheet = workbook.addWorksheet(file.sheetName);

  const header = worksheet.addRow(file.header);
  header.eachCell((cell) => {
    cell.numFmt = TEXT_FORMAT;
  });
  for (const cells of file.rows) {
    const row = worksheet.addRow(cells.map((cell) => cell.value));
    cells.forEach((cell: UploadCell, index) => {
      if (cell.kind === "text") row.getCell(index + 1).numFmt = TEXT_FORMAT;
    });
  }

  const rows = [file.header, ...file.rows.map((cells) => cells.map((cell) => cell.value))];
  fitColumns(worksheet, rows);
  return { fileName: file.fileName, bytes: await workbookBytes(workbook), rows };
}

// The report.

export interface ReportExportInput {
  report: Report;
  result: CheckResult;
  locale: Locale;
}

/** The file name of the pane's report, Chinese in every language like the upload files' names. */
export const PANE_REPORT_FILE_NAME = "补缴测算报告.xlsx";

function money(value: Decimal | undefined): number | string {
  return value === undefined ? "" : roundFen(value).toNumber();
}

function headers(keys: MessageKey[], locale: Locale): string[] {
  return keys.map((key) => t(key, {}, locale));
}

const SUMMARY_COLUMNS: MessageKey[] = [
  "pane.reportBook.name",
  "pane.reportBook.identityNumber",
  "pane.reportBook.kind",
  "pane.reportBook.rows",
  "pane.reportBook.payableMonths",
  "pane.reportBook.employer",
  "pane.reportBook.individual",
  "pane.reportBook.lateFee",
  "pane.reportBook.total",
  "pane.reportBook.notes",
];
/** Columns of the summary that hold money, zero-based. */
const SUMMARY_MONEY_COLUMNS = [5, 6, 7, 8];

const DETAIL_COLUMNS: MessageKey[] = [
  "pane.reportBook.name",
  "pane.reportBook.identityNumber",
  "pane.reportBook.row",
  "pane.reportBook.month",
  "pane.reportBook.pensionBase",
  "pane.reportBook.coefficient",
  "pane.reportBook.insurance",
  "pane.reportBook.party",
  "pane.reportBook.amount",
  "pane.reportBook.lateFee",
  "pane.reportBook.notes",
];
const DETAIL_MONEY_COLUMNS = [4, 8, 9];
const DETAIL_COEFFICIENT_COLUMN = 5;

type ReportCell = string | number;

function summaryRows(input: ReportExportInput): ReportCell[][] {
  const { report, result, locale } = input;
  const rows: ReportCell[][] = [];

  for (const entry of report.persons) {
    const person = entry.person;
    const notes: string[] = [];
    if (entry.incomplete) notes.push(t("pane.reportBook.incomplete", {}, locale));
    if (entry.lateFeeAbovePrincipal) notes.push(t("pane.reportBook.lateFeeAbovePrincipal", {}, locale));
    rows.push([
      person.name,
      person.maskedIdentityNumber,
      t(`pane.kind.${person.kind}`, {}, locale),
      person.sheetRows.join("、"),
      person.payableMonths,
      money(entry.employerTotal),
      money(entry.individualTotal),
      money(entry.lateFeeTotal),
      money(entry.employerTotal.plus(entry.individualTotal).plus(entry.lateFeeTotal)),
      notes.join("；"),
    ]);
  }

  // Rows that could not be checked are listed too, so every roster row appears somewhere in the report.
  for (const row of result.rows) {
    const errors = row.findings.filter((finding) => finding.severity === "error");
    if (errors.length === 0) continue;
    rows.push([
      row.name,
      row.maskedIdentityNumber,
      t(`pane.kind.${row.kind}`, {}, locale),
      row.sheetRow,
      0,
      "",
      "",
      "",
      "",
      errors.map((finding) => renderFinding(finding, locale)).join("；"),
    ]);
  }

  const total = report.employerTotal.plus(report.individualTotal).plus(report.lateFeeTotal);
  rows.push([
    t("pane.reportBook.totals", { date: formatDay(report.handlingDay) }, locale),
    "",
    "",
    "",
    "",
    money(report.employerTotal),
    money(report.individualTotal),
    money(report.lateFeeTotal),
    money(total),
    "",
  ]);
  return rows;
}

function detailRows(input: ReportExportInput): ReportCell[][] {
  const { report, locale } = input;
  const rows: ReportCell[][] = [];
  for (const entry of report.persons) {
    for (const month of entry.months) {
      for (const line of month.lines) {
        rows.push([
          entry.person.name,
          entry.person.maskedIdentityNumber,
          month.sheetRow,
          formatYearMonth(month.month),
          money(month.pensionBase),
          month.coefficient ? month.coefficient.toNumber() : "",
          t(`insurance.${line.insurance}`, {}, locale),
          t(`party.${line.party}`, {}, locale),
          money(line.amount),
          money(line.lateFee),
          line.problem ? line.problem.localized(locale) : "",
        ]);
      }
    }
  }
  return rows;
}

function addReportSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: ReportCell[][],
  moneyColumns: number[],
  coefficientColumn?: number,
): void {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const headerRow = worksheet.addRow(header);
  headerRow.font = { bold: true };
  headerRow.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const values of rows) {
    const row = worksheet.addRow(values);
    for (const column of moneyColumns) if (typeof values[column] === "number") row.getCell(column + 1).numFmt = MONEY_FORMAT;
    if (coefficientColumn !== undefined && typeof values[coefficientColumn] === "number") {
      row.getCell(coefficientColumn + 1).numFmt = "0.0000";
    }
  }
  fitColumns(worksheet, [header, ...rows]);
}

/**
 * Builds the report workbook of a check: 汇总 (one row per person and kind, the rows with errors, the totals)
 * and 明细 (one row per fee month, insurance and party). A figure that could not be computed is left empty
 * and its message is in the notes column. Identity numbers appear masked.
 */
export async function reportExport(input: ReportExportInput): Promise<ExportItem> {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  const { locale } = input;

  const summaryHeader = headers(SUMMARY_COLUMNS, locale);
  const summary = summaryRows(input);
  addReportSheet(workbook, t("pane.reportBook.summarySheet", {}, locale), summaryHeader, summary, SUMMARY_MONEY_COLUMNS);
  const detailHeader = headers(DETAIL_COLUMNS, locale);
  addReportSheet(workbook, t("pane.reportBook.detailSheet", {}, locale), detailHeader, detailRows(input), DETAIL_MONEY_COLUMNS, DETAIL_COEFFICIENT_COLUMN);

  return { fileName: PANE_REPORT_FILE_NAME, bytes: await workbookBytes(workbook), rows: [summaryHeader, ...summary] };
}
