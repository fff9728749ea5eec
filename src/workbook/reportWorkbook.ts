// The report workbook (补缴报告.xlsx) that `bujiao check` writes beside the upload files, for HR and the
// employees concerned. It has a summary per person, the amounts per fee month, insurance and party, the
// documents to bring, and a month-by-month timeline of every roster row. Identity numbers appear masked
// (first 6 and last 4 characters) because the file is passed around. Money cells are numbers converted from
// Decimal values rounded to the fen. The amplification coefficient is stored at full precision and shown
// with 4 decimals.

import type ExcelJS from "exceljs";
import type Decimal from "decimal.js";
import { addMonths, formatDay, formatYearMonth, type YearMonth } from "../core/calendar";
import { amplificationCoefficient } from "../core/coefficient";
import { BujiaoError } from "../core/errors";
import { roundFen } from "../core/money";
import type { ParameterSet } from "../core/params/parameterSet";
import { INSURANCES } from "../core/params/types";
import { PARTIES, type Report, type ReportMonth } from "../core/report/model";
import { renderFinding, TAX_COLLECTION_START, type CheckResult, type ContributionHistory, type RowResult, type Segment } from "../core/roster";
import { ref, t, type Locale, type MessageKey } from "../i18n";
import { commitmentText, kindText, materialTexts } from "./personText";
import { displayWidth, excel, saveWorkbook } from "./xlsxFile";

/** The report's file name, the same in every language, like the upload files' names. */
export const REPORT_FILE_NAME = "补缴报告.xlsx";

export interface ReportInput {
  report: Report;
  result: CheckResult;
  params: ParameterSet;
  /** The 缴费记录 sheet's months, which the timeline shows as paid around each row's own months. */
  history?: ContributionHistory;
  locale: Locale;
}

type CellKind = "text" | "integer" | "money" | "coefficient";
type Cell = string | number | null;

interface Column {
  header: string;
  kind: CellKind;
  width: number;
}

const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  integer: "0",
  money: "0.00",
  coefficient: "0.0000",
};

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const MARKED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } };
const TIMELINE_FILLS = {
  paid: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } },
  payable: { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } },
  notPayable: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } },
} satisfies Record<string, ExcelJS.Fill>;

/** Converts a Decimal amount to the number a money cell holds, rounded to the fen. */
function money(value: Decimal | undefined): number | null {
  return value === undefined ? null : roundFen(value).toNumber();
}

function column(key: MessageKey, kind: CellKind, width: number, locale: Locale): Column {
  return { header: t(key, {}, locale), kind, width };
}

/** Adds a sheet with a bold header row, the data rows as typed cells, frozen panes and print settings. */
function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Column[],
  rows: Cell[][],
  options: { frozenColumns: number; fitToWidth: boolean; header: string },
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: options.frozenColumns, ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: options.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
      ...(options.frozenColumns > 0 ? { printTitlesColumn: `A:${columnLetter(options.frozenColumns)}` } : {}),
    },
    headerFooter: { oddHeader: `&C${options.header.replace(/&/g, "&&")}`, oddFooter: "&C&P / &N" },
  });

  const header = worksheet.addRow(columns.map((entry) => entry.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });

  for (const values of rows) {
    const row = worksheet.addRow(values);
    columns.forEach((entry, index) => {
      const format = NUMBER_FORMATS[entry.kind];
      if (format && typeof values[index] === "number") row.getCell(index + 1).numFmt = format;
    });
  }
  columns.forEach((entry, index) => {
    worksheet.getColumn(index + 1).width = entry.width;
  });
  return worksheet;
}

function columnLetter(number: number): string {
  let letters = "";
  for (let n = number; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function textWidth(texts: Iterable<string>, minimum: number, maximum: number): number {
  let width = minimum;
  for (const text of texts) width = Math.max(width, displayWidth(text) + 2);
  return Math.min(width, maximum);
}

// 汇总: one row per person and kind, then rows that could not be checked, then the totals.

function errorMessages(row: RowResult, locale: Locale): string {
  return row.findings
    .filter((finding) => finding.severity === "error")
    .map((finding) => renderFinding(finding, locale))
    .join(t("reportBook.noteSeparator", {}, locale));
}

function summarySheet(workbook: ExcelJS.Workbook, input: ReportInput, header: string): void {
  const { report, result, locale } = input;
  const yes = t("reportBook.yes", {}, locale);
  const separator = t("reportBook.noteSeparator", {}, locale);
  const rows: Cell[][] = [];

  report.persons.forEach((entry, index) => {
    const { person } = entry;
    const commitment = commitmentText(person, result, locale);
    const notes: string[] = [];
    if (commitment && commitment.reasons.length > 0) notes.push(commitment.reasons.map((reason) => reason.message).join(separator));
    if (entry.incomplete) notes.push(t("reportBook.note.incomplete", {}, locale));
    if (entry.lateFeeAbovePrincipal) notes.push(t("reportBook.note.lateFeeAbovePrincipal", {}, locale));
    if (person.payableMonths === 0) notes.push(t("reportBook.note.nothingPayable", {}, locale));
    const total = entry.employerTotal.plus(entry.individualTotal).plus(entry.lateFeeTotal);
    rows.push([
      index + 1,
      person.name,
      person.maskedIdentityNumber,
      kindText(person.kind, locale),
      person.sheetRows.join(t("cli.listSeparator", {}, locale)),
      person.payableMonths,
      money(entry.employerTotal),
      money(entry.individualTotal),
      money(entry.lateFeeTotal),
      money(total),
      commitment?.text ?? null,
      entry.incomplete ? yes : null,
      notes.length > 0 ? notes.join(separator) : null,
    ]);
  });

  for (const row of result.rows) {
    if (!row.findings.some((finding) => finding.severity === "error")) continue;
    rows.push([
      rows.length + 1,
      row.name === "" ? t("cli.check.noName", {}, locale) : row.name,
      row.maskedIdentityNumber,
      kindText(row.kind, locale),
      String(row.sheetRow),
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      t("reportBook.note.rowError", { messages: errorMessages(row, locale) }, locale),
    ]);
  }

  const total = report.employerTotal.plus(report.individualTotal).plus(report.lateFeeTotal);
  rows.push([null, t("reportBook.total", {}, locale), null, null, null, null, money(report.employerTotal), money(report.individualTotal), money(report.lateFeeTotal), money(total), null, null, null]);

  const columns = [
    column("reportBook.column.number", "integer", 6, locale),
    column("reportBook.column.name", "text", textWidth(rows.map((row) => String(row[1] ?? "")), 10, 20), locale),
    column("reportBook.column.identity", "text", 22, locale),
    column("reportBook.column.kind", "text", 12, locale),
    column("reportBook.column.sheetRows", "text", 10, locale),
    column("reportBook.column.payableMonths", "integer", 10, locale),
    column("reportBook.column.employer", "money", 14, locale),
    column("reportBook.column.individual", "money", 14, locale),
    column("reportBook.column.lateFee", "money", 14, locale),
    column("reportBook.column.total", "money", 14, locale),
    column("reportBook.column.commitment", "text", 16, locale),
    column("reportBook.column.incomplete", "text", 10, locale),
    column("reportBook.column.note", "text", 60, locale),
  ];
  const worksheet = addTable(workbook, t("reportBook.sheet.summary", {}, locale), columns, rows, { frozenColumns: 2, fitToWidth: true, header });
  worksheet.getRow(worksheet.rowCount).font = { bold: true };
  worksheet.getColumn(columns.length).alignment = { wrapText: true, vertical: "top" };

  worksheet.addRow([]);
  for (const key of ["reportBook.legend.handlingDate", "reportBook.legend.masked", "reportBook.legend.rounding"] as const) {
    worksheet.addRow([null, t(key, { date: formatDay(report.handlingDay) }, locale)]);
  }
}

// 明细: one row per person, kind and fee month.

function monthNotes(month: ReportMonth, input: ReportInput): string[] {
  const notes = new Set<string>();
  for (const line of month.lines) if (line.problem) notes.add(line.problem.localized(input.locale));

  if (month.coefficient) {
    try {
      const coefficient = amplificationCoefficient(input.params, month.month, input.report.handlingDay);
      for (const warning of coefficient.warnings) notes.add(t(warning.key, warning.params, input.locale));
    } catch (error) {
      if (!(error instanceof BujiaoError)) throw error;
    }
  }
  return [...notes];
}

function lateFeeAbovePrincipal(month: ReportMonth): boolean {
  return month.lines.some((line) => line.amount && line.lateFee && line.amount.isPositive() && line.lateFee.greaterThan(line.amount));
}

function detailSheet(workbook: ExcelJS.Workbook, input: ReportInput, header: string): void {
  const { report, locale } = input;
  const yes = t("reportBook.yes", {}, locale);
  const lineKeys = INSURANCES.flatMap((insurance) => PARTIES.map((party) => ({ insurance, party })));
  const rows: Cell[][] = [];

  for (const entry of report.persons) {
    for (const month of entry.months) {
      const amounts = lineKeys.map(({ insurance, party }) => {
        const line = month.lines.find((candidate) => candidate.insurance === insurance && candidate.party === party);
        return money(line?.amount);
      });
      const notes = monthNotes(month, input);
      rows.push([
        entry.person.name,
        entry.person.maskedIdentityNumber,
        kindText(entry.person.kind, locale),
        month.sheetRow,
        formatYearMonth(month.month),
        money(month.pensionBase),
        month.coefficient ? month.coefficient.toNumber() : null,
        money(month.backPayBase),
        ...amounts,
        money(month.employerTotal),
        money(month.individualTotal),
        money(month.lateFeeTotal),
        money(month.employerTotal.plus(month.individualTotal).plus(month.lateFeeTotal)),
        lateFeeAbovePrincipal(month) ? yes : null,
        notes.length > 0 ? notes.join(t("reportBook.noteSeparator", {}, locale)) : null,
      ]);
    }
  }

  const columns = [
    column("reportBook.column.name", "text", 10, locale),
    column("reportBook.column.identity", "text", 22, locale),
    column("reportBook.column.kind", "text", 12, locale),
    column("reportBook.column.sheetRow", "integer", 8, locale),
    column("reportBook.column.feeMonth", "text", 10, locale),
    column("reportBook.column.pensionBase", "money", 12, locale),
    column("reportBook.column.coefficient", "coefficient", 10, locale),
    column("reportBook.column.backPayBase", "money", 12, locale),
    ...lineKeys.map(({ insurance, party }) => ({
      header: t("reportBook.column.line", { insurance: ref(`insurance.${insurance}`), party: ref(`party.${party}`) }, locale),
      kind: "money" as const,
      width: 12,
    })),
    column("reportBook.column.employerSubtotal", "money", 12, locale),
    column("reportBook.column.individualSubtotal", "money", 12, locale),
    column("reportBook.column.lateFee", "money", 12, locale),
    column("reportBook.column.monthTotal", "money", 12, locale),
    column("reportBook.column.lateFeeAbovePrincipal", "text", 10, locale),
    column("reportBook.column.note", "text", 60, locale),
  ];
  const worksheet = addTable(workbook, t("reportBook.sheet.details", {}, locale), columns, rows, { frozenColumns: 5, fitToWidth: true, header });
  worksheet.getColumn(columns.length).alignment = { wrapText: true, vertical: "top" };
}

// 材料清单: one row per person and document.

function materialsSheet(workbook: ExcelJS.Workbook, input: ReportInput, header: string): void {
  const { result, locale } = input;
  const rows: Cell[][] = [];
  for (const person of result.persons) {
    materialTexts(person, locale).forEach((item, index) => {
      rows.push([person.name, person.maskedIdentityNumber, kindText(person.kind, locale), index + 1, item.text, item.reason ?? null]);
    });
  }

  const columns = [
    column("reportBook.column.name", "text", 10, locale),
    column("reportBook.column.identity", "text", 22, locale),
    column("reportBook.column.kind", "text", 12, locale),
    column("reportBook.column.number", "integer", 6, locale),
    column("reportBook.column.material", "text", 70, locale),
    column("reportBook.column.reason", "text", 36, locale),
  ];
  const worksheet = addTable(workbook, t("reportBook.sheet.materials", {}, locale), columns, rows, { frozenColumns: 2, fitToWidth: true, header });
  worksheet.getColumn(5).alignment = { wrapText: true, vertical: "top" };
  worksheet.getColumn(6).alignment = { wrapText: true, vertical: "top" };
}

// 月份时间轴: one row per roster row, one column per month from the earliest to the latest month of the rows.

type MonthState = { text: string; fill: ExcelJS.Fill };

function segmentState(row: RowResult, segment: Segment, locale: Locale): MonthState {
  if (segment.payable) {
    const key = row.kind === "baseDiffRefund" ? "reportBook.timeline.refundable" : "reportBook.timeline.payable";
    return { text: t(key, {}, locale), fill: TIMELINE_FILLS.payable };
  }
  if (segment.reasonCode === "ALREADY_PAID") return { text: t("reportBook.timeline.paid", {}, locale), fill: TIMELINE_FILLS.paid };
  return { text: t("reportBook.timeline.notPayable", { code: segment.reasonCode ?? "" }, locale), fill: TIMELINE_FILLS.notPayable };
}

function rowMonthStates(row: RowResult, locale: Locale): Map<YearMonth, MonthState> {
  const states = new Map<YearMonth, MonthState>();
  for (const segment of row.segments) {
    const state = segmentState(row, segment, locale);
    for (let month = segment.from; month <= segment.to; month = addMonths(month, 1)) states.set(month, state);
  }
  return states;
}

/** Marks the months of the span that the history shows paid and that the row itself does not cover. */
function addPaidMonths(row: RowResult, states: Map<YearMonth, MonthState>, span: readonly YearMonth[], input: ReportInput): void {
  const paid = row.calculation ? input.history?.get(row.calculation.identityNumber) : undefined;
  if (!paid) return;
  const state = { text: t("reportBook.timeline.paid", {}, input.locale), fill: TIMELINE_FILLS.paid };
  for (const month of span) if (!states.has(month) && paid.has(month)) states.set(month, state);
}

function timelineSheet(workbook: ExcelJS.Workbook, input: ReportInput, header: string): void {
  const { result, params, locale } = input;
  const states = result.rows.map((row) => rowMonthStates(row, locale));
  let first: YearMonth | undefined;
  let last: YearMonth | undefined;
  for (const map of states) {
    for (const month of map.keys()) {
      if (first === undefined || month < first) first = month;
      if (last === undefined || month > last) last = month;
    }
  }
  const span: YearMonth[] = [];
  if (first !== undefined && last !== undefined) for (let month = first; month <= last; month = addMonths(month, 1)) span.push(month);
  result.rows.forEach((row, index) => addPaidMonths(row, states[index], span, input));

  const marked = new Set<YearMonth>([params.coefficientScopeEnd(), TAX_COLLECTION_START]);
  const monthHeader = (month: YearMonth) =>
    marked.has(month) ? t("reportBook.timeline.markedMonth", { month: formatYearMonth(month) }, locale) : formatYearMonth(month);

  const leading = [
    column("reportBook.column.sheetRow", "integer", 8, locale),
    column("reportBook.column.name", "text", 10, locale),
    column("reportBook.column.identity", "text", 22, locale),
    column("reportBook.column.kind", "text", 12, locale),
    column("reportBook.column.note", "text", 24, locale),
  ];
  const columns: Column[] = [...leading, ...span.map((month) => ({ header: monthHeader(month), kind: "text" as const, width: 11 }))];
  const rows: Cell[][] = result.rows.map((row, index) => {
    const hasError = row.findings.some((finding) => finding.severity === "error");
    const note = hasError ? t("reportBook.note.rowNotChecked", {}, locale) : null;
    return [row.sheetRow, row.name, row.maskedIdentityNumber, kindText(row.kind, locale), note, ...span.map((month) => states[index].get(month)?.text ?? null)];
  });

  const worksheet = addTable(workbook, t("reportBook.sheet.timeline", {}, locale), columns, rows, { frozenColumns: leading.length, fitToWidth: false, header });
  span.forEach((month, offset) => {
    const columnNumber = leading.length + 1 + offset;
    if (marked.has(month)) worksheet.getRow(1).getCell(columnNumber).fill = MARKED_FILL;
    result.rows.forEach((_row, index) => {
      const state = states[index].get(month);
      if (state) worksheet.getRow(index + 2).getCell(columnNumber).fill = state.fill;
    });
  });

  worksheet.addRow([]);
  worksheet.addRow([null, t("reportBook.timeline.legend", {}, locale)]);
  worksheet.addRow([null, t("reportBook.timeline.markLegend", { coefficientEnd: formatYearMonth(params.coefficientScopeEnd()), taxStart: formatYearMonth(TAX_COLLECTION_START) }, locale)]);
}

/** Builds the report workbook: 汇总, 明细, 材料清单 and 月份时间轴, laid out to print on A4 landscape. */
export function buildReportWorkbook(input: ReportInput): ExcelJS.Workbook {
  const workbook = new (excel().Workbook)();
  workbook.creator = "bujiao";
  const header = t("reportBook.pageHeader", { date: formatDay(input.report.handlingDay) }, input.locale);

  summarySheet(workbook, input, header);
  detailSheet(workbook, input, header);
  materialsSheet(workbook, input, header);
  timelineSheet(workbook, input, header);
  return workbook;
}

/** Writes the report workbook; throws a BujiaoError naming the path when writing fails. */
export async function writeReportWorkbook(input: ReportInput, path: string): Promise<void> {
  await saveWorkbook(buildReportWorkbook(input), path);
}
