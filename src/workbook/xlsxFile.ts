// The .xlsx-file side of the workbook adapter. It reads every sheet of a file as typed cell values, the way a
// custom function or the roster check receives them from Excel, loads and saves whole workbooks, and writes
// a batch upload file (批量申报). It is Node only because it uses the file system; the task pane uses the
// Office.js side instead.

import { open } from "node:fs/promises";
import type ExcelJS from "exceljs";
import { valueError } from "../core/errors";
import type { CellValue } from "../core/parse";
import type { SheetData, UploadCell, UploadFile } from "../core/roster";

/** Loads exceljs on first use, because it is slow to load and `bujiao fn` without --params never needs it. */
export function excel(): typeof ExcelJS {
  return require("exceljs") as typeof ExcelJS;
}

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

/** Converts an Excel serial (1900 date system) to the UTC Date that exceljs writes as that serial. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - EXCEL_SERIAL_OF_EPOCH) * MS_PER_DAY));
}

function isErrorValue(value: unknown): value is ExcelJS.CellErrorValue {
  return typeof value === "object" && value !== null && typeof (value as ExcelJS.CellErrorValue).error === "string";
}

/**
 * Converts a cell value of exceljs to the value Excel would pass to a function. Numbers, text and logicals
 * stay as they are, and date cells become serials. A formula gives its cached result, rich text and
 * hyperlinks give their text, an error cell gives `{ error: "#N/A" }` and an empty cell null.
 */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (isErrorValue(value)) return { error: value.error };

  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return toCellValue((value as ExcelJS.CellHyperlinkValue).text);
  if ("formula" in value || "sharedFormula" in value) {
    // A formula that was never calculated has no cached result; it reads as an empty cell.
    return toCellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  return null;
}

/**
 * Reads one cell. Every cell of a merged area but the top-left one reads as empty, as in Excel. A formula's
 * result is taken from `cell.result`, because exceljs 4.4 leaves a result of 0, FALSE or "" out of
 * `cell.value`.
 */
export function readCell(cell: ExcelJS.Cell): CellValue {
  const { ValueType } = excel();
  if (cell.type === ValueType.Merge) return null;
  if (cell.type === ValueType.Formula) return toCellValue((cell.result as ExcelJS.CellValue | undefined) ?? null);
  return toCellValue(cell.value);
}

function readSheet(worksheet: ExcelJS.Worksheet): SheetData {
  const rows: CellValue[][] = [];
  let width = 0;

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = readCell(cell);
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

/** The first bytes of a zip file (.xlsx) and of an OLE compound file (.xls, or an .xlsx with a password). */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null ? (error as NodeJS.ErrnoException).code : undefined;
}

/** Reads the first bytes of the file, turning file-system errors into messages that name the path. */
async function readSignature(path: string): Promise<Buffer> {
  try {
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(OLE_SIGNATURE.length);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT") throw valueError("workbook.notFound", { path });
    if (code === "EISDIR") throw valueError("workbook.isFolder", { path });
    if (code === "EACCES" || code === "EPERM") throw valueError("workbook.noAccess", { path });
    if (code === "EBUSY") throw valueError("workbook.busy", { path });
    throw valueError("workbook.unreadable", { path });
  }
}

/**
 * Loads an .xlsx file as an exceljs workbook, styles and all. Throws a BujiaoError whose message names the
 * path when the file is missing, is not an .xlsx workbook (an .xls file, a password-protected or damaged
 * file, a CSV) or cannot be read.
 */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const signature = await readSignature(path);
  if (signature.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) throw valueError("workbook.oldFormat", { path });
  if (!signature.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) throw valueError("workbook.notXlsx", { path });

  const workbook = new (excel().Workbook)();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw valueError("workbook.damaged", { path });
  }
  return workbook;
}

/** Reads every worksheet of an .xlsx file as typed values (see `toCellValue`); `rows[0]` is Excel row 1. */
export async function readWorkbookFile(path: string): Promise<SheetData[]> {
  const workbook = await loadWorkbook(path);
  return workbook.worksheets.map(readSheet);
}

/** Saves a workbook, turning file-system errors into a BujiaoError that names the path. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  try {
    await workbook.xlsx.writeFile(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT") throw valueError("workbook.folderMissing", { path });
    if (code === "EBUSY" || code === "EPERM" || code === "EACCES") throw valueError("workbook.writeLocked", { path });
    throw valueError("workbook.writeFailed", { path });
  }
}

/** Excel's column width unit is about one Latin character; a Chinese character takes about two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(character) ? 2 : 1;
  return width;
}

function cellText(cell: UploadCell): string {
  return cell.kind === "text" ? cell.value : String(cell.value);
}

const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 40;

/**
 * Writes one batch upload file: a single sheet with the header row and the rows as typed cells. Text cells
 * get the number format "@" (text), so an identity number or a month such as 202308 stays text when the
 * user edits the cell. Numbers stay numbers. A file without rows is not written.
 *
 * Returns whether the file was written. Throws a BujiaoError that names the path when writing fails.
 */
export async function writeUploadFile(file: UploadFile, path: string): Promise<boolean> {
  if (file.rows.length === 0) return false;

  const workbook = new (excel().Workbook)();
  const worksheet = workbook.addWorksheet(file.sheetName);
  const widths = file.header.map((header) => displayWidth(header));

  const headerRow = worksheet.addRow(file.header);
  headerRow.eachCell((cell) => {
    cell.numFmt = "@";
  });

  for (const cells of file.rows) {
    const row = worksheet.addRow(cells.map((cell) => cell.value));
    cells.forEach((cell, index) => {
      if (cell.kind === "text") row.getCell(index + 1).numFmt = "@";
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(cellText(cell)));
    });
  }

  widths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width + 2));
  });

  await saveWorkbook(workbook, path);
  return true;
}
