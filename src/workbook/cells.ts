// Cell values of an exceljs workbook as Excel hands them to a function or to the roster check: numbers, text
// and logicals as they are, dates as serials in the 1900 date system, errors as {error}. Browser-safe: it
// never loads exceljs itself, so the browser file host and the Node file adapter can each bring their own
// copy of the library (the browser build loads exceljs lazily).

import type ExcelJS from "exceljs";
import { UNCALCULATED_FORMULA, type CellValue } from "../core/parse";
import type { SheetData } from "../core/roster/types";

const MS_PER_DAY = 86_400_000;
/** Excel serial (1900 date system) of 1970-01-01. */
const EXCEL_SERIAL_OF_EPOCH = 25_569;

/**
 * Converts a date as exceljs returns it to an Excel serial in the 1900 date system. exceljs builds the Date
 * as UTC midnight plus the time of day, also for a workbook in the 1904 system. So the reverse is exact for
 * whole days, and a time of day stays a fraction, rounded to the millisecond.
 *
 * @example dateToSerial(new Date(Date.UTC(2023, 0, 1))) === 44927
 */
export function dateToSerial(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + EXCEL_SERIAL_OF_EPOCH;
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

function isErrorValue(value: unknown): value is ExcelJS.CellErrorValue {
  return typeof value === "object" && value !== null && typeof (value as ExcelJS.CellErrorValue).error === "string";
}

/**
 * Converts a cell value of exceljs to the value Excel would pass to a function. A formula gives its cached
 * result, rich text and hyperlinks give their text, an error cell gives `{ error: "#N/A" }` and an empty
 * cell null.
 */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (isErrorValue(value)) return { error: value.error };

  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return toCellValue((value as ExcelJS.CellHyperlinkValue).text);
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue | undefined;
    return result === undefined ? UNCALCULATED_FORMULA : toCellValue(result);
  }
  return null;
}

/**
 * Reads one cell. Every cell of a merged area but the top-left one reads as empty, as in Excel. A formula's
 * result is taken from `cell.result`, because exceljs 4.4 leaves a result of 0, FALSE or "" out of
 * `cell.value`. `valueTypes` is the ValueType enum of the exceljs copy that loaded the cell.
 */
export function readCell(cell: ExcelJS.Cell, valueTypes: typeof ExcelJS.ValueType): CellValue {
  if (cell.type === valueTypes.Merge) return null;
  if (cell.type === valueTypes.Formula) {
    const result = cell.result as ExcelJS.CellValue | undefined;
    return result === undefined ? UNCALCULATED_FORMULA : toCellValue(result);
  }
  return toCellValue(cell.value);
}

/**
 * Reads a worksheet's used range from A1 as a rectangular grid; `rows[0]` is Excel row 1. Trailing empty
 * rows and columns are left out.
 */
export function readWorksheet(worksheet: ExcelJS.Worksheet, valueTypes: typeof ExcelJS.ValueType): SheetData {
  const rows: CellValue[][] = [];
  let width = 0;

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = readCell(cell, valueTypes);
    });
    while (cells.length > 0 && (cells[cells.length - 1] ?? null) === null) cells.pop();
    if (cells.length === 0) return;
    rows[rowNumber - 1] = cells;
    width = Math.max(width, cells.length);
  });

  const grid: CellValue[][] = [];
  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    const line: CellValue[] = new Array(width);
    for (let column = 0; column < width; column++) line[column] = cells[column] ?? null;
    grid.push(line);
  }
  return { name: worksheet.name, rows: grid };
}

/** Excel's column width unit is about one Latin character; a Chinese character takes about two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(character) ? 2 : 1;
  return width;
}

/** A rectangular range in 1-based rows and columns, both ends included. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Parses an A1 reference such as `B3` or `B3:F20` (with or without `$`); undefined when it is not one. */
export function parseRange(reference: string): CellRange | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(reference.trim());
  if (!match) return undefined;
  const left = columnNumber(match[1]);
  const top = Number(match[2]);
  const right = match[3] ? columnNumber(match[3]) : left;
  const bottom = match[4] ? Number(match[4]) : top;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** Returns the 1-based number of Excel column letters: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

/**
 * Cuts a range out of a sheet's grid and keeps Excel's row and column positions: cells outside the range
 * read as empty, so a roster found in it still has the sheet's row numbers.
 */
export function cropSheet(sheet: SheetData, range: CellRange): SheetData {
  const rows: CellValue[][] = [];
  for (let index = 0; index < Math.min(range.bottom, sheet.rows.length); index++) {
    const cells = sheet.rows[index] ?? [];
    const inRows = index + 1 >= range.top;
    const line: CellValue[] = new Array(Math.min(range.right, cells.length)).fill(null);
    if (inRows) for (let column = range.left - 1; column < line.length; column++) line[column] = cells[column] ?? null;
    rows.push(line);
  }
  return { name: sheet.name, rows };
}
