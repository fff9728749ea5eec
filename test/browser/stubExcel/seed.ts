// Builds the workbook the stub Excel host (office.js beside this file) starts with: sheets read from an .xlsx
// file with exceljs in Node, or given as rows, handed to the page as JSON before the stub runs.

import * as path from "path";
import ExcelJS from "exceljs";
import type { BrowserContext } from "playwright-core";
import type { CellValue } from "../../../src/core/parse";
import { toCellValue } from "../../../src/workbook/xlsxFile";

/** The stub's script, served in place of the CDN office.js. */
export const STUB_OFFICE_JS = path.join(__dirname, "office.js");

/** One cell as the stub stores it: Excel's value, its value type, number format and fill colour. */
export interface StubCell {
  value: string | number | boolean;
  type: "String" | "Double" | "Boolean" | "Error";
  format?: string;
  fill?: string;
}

export interface StubSheet {
  name: string;
  /** cells[r][c] is row r+1, column c+1; null is an empty cell. */
  cells: Array<Array<StubCell | null>>;
}

export interface StubSeed {
  platform: "PC" | "Mac" | "OfficeOnline";
  displayLanguage: string;
  sheets: StubSheet[];
  tables?: Array<{ name: string; sheet: string; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }>;
  selection?: { sheet: string; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
  settings?: Record<string, unknown>;
}

/** Excel's default format for a date typed as 2023-08-01 in a Chinese locale. */
const DATE_FORMAT = "yyyy-mm-dd";

function stubCell(value: CellValue, format: string | undefined): StubCell | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "object") return { value: value.error, type: "Error" };
  if (typeof value === "number") return { value, type: "Double", ...(format ? { format } : {}) };
  if (typeof value === "boolean") return { value, type: "Boolean" };
  return { value, type: "String", ...(format ? { format } : {}) };
}

/**
 * Reads every worksheet of an .xlsx file as the stub's cells. Date cells become serial numbers with a date
 * format, as Excel stores them. Text stays text, and formula cells give their cached result.
 */
export async function sheetsFromXlsx(file: string): Promise<StubSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);

  return workbook.worksheets.map((worksheet) => {
    const cells: Array<Array<StubCell | null>> = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const line: Array<StubCell | null> = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const isDate = cell.value instanceof Date;
        const result = cell.type === ExcelJS.ValueType.Formula ? (cell.result as ExcelJS.CellValue) : cell.value;
        const format = isDate ? cell.numFmt || DATE_FORMAT : cell.numFmt || undefined;
        line[columnNumber - 1] = stubCell(toCellValue(result ?? null), format);
      });
      cells[rowNumber - 1] = Array.from(line, (cell) => cell ?? null);
    });
    return { name: worksheet.name, cells: Array.from(cells, (row) => row ?? []) };
  });
}

/** Builds a sheet from rows of plain values: numbers as numbers, text as text, null as empty. */
export function sheetFromRows(name: string, rows: CellValue[][]): StubSheet {
  return { name, cells: rows.map((row) => row.map((value) => stubCell(value, undefined))) };
}

/**
 * Sets label/value rows (label in column A, value in column B) in the sheet `name` of `sheets`: a label the
 * sheet already has gets the new value, other rows are added below. A missing sheet is added with the rows.
 */
export function withLabelValues(sheets: StubSheet[], name: string, rows: CellValue[][]): StubSheet[] {
  const existing = sheets.find((sheet) => sheet.name === name);
  if (!existing) return [...sheets, sheetFromRows(name, rows)];

  const cells = existing.cells.map((row) => [...row]);
  for (const [label, value] of rows) {
    const added = sheetFromRows(name, [[label, value]]).cells[0];
    const index = cells.findIndex((row) => row[0]?.value === label);
    if (index >= 0) cells[index] = added;
    else cells.push(added);
  }
  return sheets.map((sheet) => (sheet === existing ? { name, cells } : sheet));
}

/** Makes every page of the browser context start with this workbook in the stub Excel host. */
export async function seedStubExcel(context: BrowserContext, seed: StubSeed): Promise<void> {
  await context.addInitScript({ content: `window.__stubExcelSeed = ${JSON.stringify(seed)};` });
}
