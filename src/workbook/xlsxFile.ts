// The .xlsx-file side of the workbook adapter. It reads every sheet of a file as typed cell values, the way a
// custom function or the roster check receives them from Excel, loads and saves whole workbooks, and writes
// a batch upload file (批量申报). It is Node only because it uses the file system; the task pane uses the
// Office.js side instead.

import { open } from "node:fs/promises";
import type ExcelJS from "exceljs";
import { valueError } from "../core/errors";
import type { CellValue } from "../core/parse";
import type { SheetData, UploadCell, UploadFile } from "../core/roster";
import { dateToSerial, displayWidth, readCell as readCellWith, readWorksheet, toCellValue } from "./cells";

export { dateToSerial, displayWidth, toCellValue };

/**
 * Reads one cell with the exceljs copy that Node loads: merged cells but the top-left one read as empty, and a
 * formula gives its cached result.
 */
export function readCell(cell: ExcelJS.Cell): CellValue {
  return readCellWith(cell, excel().ValueType);
}

/** Loads exceljs on first use, because it is slow to load and `bujiao fn` without --params never needs it. */
export function excel(): typeof ExcelJS {
  return require("exceljs") as typeof ExcelJS;
}

const MS_PER_DAY = 86_400_000;
/** Excel serial (1900 date system) of 1970-01-01. */
const EXCEL_SERIAL_OF_EPOCH = 25_569;

/** Converts an Excel serial (1900 date system) to the UTC Date that exceljs writes as that serial. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - EXCEL_SERIAL_OF_EPOCH) * MS_PER_DAY));
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
  const { ValueType } = excel();
  return workbook.worksheets.map((worksheet) => readWorksheet(worksheet, ValueType));
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
