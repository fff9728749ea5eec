// Filling a batch upload template downloaded from the portal (批量申报模板) instead of writing the default
// layout. The portal's template files are not public, so their layout is found by header name: the header row
// is the first of the first ten rows of a sheet that names every column the upload file needs, in any order.
// Everything else in the template (other sheets, extra columns, title rows, styles, widths) is kept.

import type ExcelJS from "exceljs";
import { valueError } from "../core/errors";
import { isBlank } from "../core/parse";
import { matchHeaderRow, normaliseHeader, type UploadFile } from "../core/roster";
import { loadWorkbook, readCell, saveWorkbook } from "./xlsxFile";

const HEADER_SEARCH_ROWS = 10;

/** The layout of a template: the sheet, its header row and the column of each upload header. */
export interface TemplateLayout {
  sheetName: string;
  /** Excel row number of the header row. */
  headerRow: number;
  /** One-based column of each header of the upload file, in the file's column order. */
  columns: number[];
}

/**
 * Returns a header's matching key: the roster field it names when it is a known synonym (身份证号码 and
 * 社会保障号码 both name the identity number), else the header itself without spaces, marks or a unit.
 */
function headerKey(text: string): string {
  const normalised = normaliseHeader(text);
  const field = Object.keys(matchHeaderRow([normalised]))[0];
  return field === undefined ? `text:${normalised}` : `field:${field}`;
}

function rowTexts(worksheet: ExcelJS.Worksheet, rowNumber: number): Map<string, number> {
  const keys = new Map<string, number>();
  worksheet.getRow(rowNumber).eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    const value = readCell(cell);
    if (isBlank(value) || typeof value === "object" || typeof value === "boolean") return;
    const key = headerKey(String(value));
    if (!keys.has(key)) keys.set(key, columnNumber);
  });
  return keys;
}

/**
 * Finds the layout of `headers` in a template workbook: the first sheet, in sheet order, with a header row
 * in its first ten rows that names every header. Returns the headers the closest row lacks when none does.
 */
export function findTemplateLayout(workbook: ExcelJS.Workbook, headers: readonly string[]): TemplateLayout | { missing: string[] } {
  const keys = headers.map(headerKey);
  let missing = [...headers];

  for (const worksheet of workbook.worksheets) {
    for (let rowNumber = 1; rowNumber <= Math.min(HEADER_SEARCH_ROWS, worksheet.rowCount); rowNumber++) {
      const found = rowTexts(worksheet, rowNumber);
      const lacking = headers.filter((_header, index) => !found.has(keys[index]));
      if (lacking.length === 0) {
        return { sheetName: worksheet.name, headerRow: rowNumber, columns: keys.map((key) => found.get(key)!) };
      }
      if (lacking.length < missing.length) missing = lacking;
    }
  }
  return { missing };
}

/**
 * Checks that a template has every header of the upload files before anything is written. Throws a
 * BujiaoError naming the missing headers, or one from `loadWorkbook` when the file cannot be read.
 */
export async function checkUploadTemplate(templatePath: string, files: readonly UploadFile[]): Promise<void> {
  const workbook = await loadWorkbook(templatePath);
  for (const file of files) {
    const layout = findTemplateLayout(workbook, file.header);
    if ("missing" in layout) {
      throw valueError("cli.check.templateHeadersMissing", { path: templatePath, file: file.fileName, headers: layout.missing.join("、") });
    }
  }
}

/**
 * Writes an upload file as a filled copy of the template. The rows go below the header row as typed cells:
 * text with the text format (@) so Excel keeps it text, numbers as numbers. Further down, a row with values
 * in two or more upload columns (a sample row of the template) has those cells cleared, so nothing but these
 * rows is uploaded. A row with one such value, such as a note, is kept. Returns the layout used.
 */
export async function writeUploadFromTemplate(templatePath: string, file: UploadFile, path: string): Promise<TemplateLayout> {
  const workbook = await loadWorkbook(templatePath);
  const layout = findTemplateLayout(workbook, file.header);
  if ("missing" in layout) {
    throw valueError("cli.check.templateHeadersMissing", { path: templatePath, file: file.fileName, headers: layout.missing.join("、") });
  }
  const worksheet = workbook.getWorksheet(layout.sheetName)!;

  file.rows.forEach((cells, index) => {
    const row = worksheet.getRow(layout.headerRow + 1 + index);
    cells.forEach((cell, position) => {
      const target = row.getCell(layout.columns[position]);
      target.value = cell.value;
      // Template cells share style objects; a copy keeps the text format from reaching other cells.
      if (cell.kind === "text") target.style = { ...target.style, numFmt: "@" };
    });
  });

  const lastWritten = layout.headerRow + file.rows.length;
  for (let rowNumber = lastWritten + 1; rowNumber <= worksheet.rowCount; rowNumber++) {
    const row = worksheet.getRow(rowNumber);
    const filled = layout.columns.map((column) => row.getCell(column)).filter((cell) => !isBlank(readCell(cell)));
    if (filled.length >= 2) for (const cell of filled) cell.value = null;
  }

  await saveWorkbook(workbook, path);
  return layout;
}
