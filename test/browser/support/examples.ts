// The example roster and the golden upload file the browser suites check against, read in Node.

import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";

const REPO_ROOT = path.join(__dirname, "..", "..", "..");

export const EXAMPLE_ROSTER = path.join(REPO_ROOT, "examples", "补缴名单-示例.xlsx");
export const UPLOAD_FILE_NAME = "个人补缴_批量申报.xlsx";
const GOLDEN_UPLOAD = path.join(REPO_ROOT, "test", "golden", "upload", "个人补缴_批量申报.json");

/** A cell reduced to what the portal reads: its value and whether it is text or a number. */
export interface TypedCell {
  kind: "text" | "number";
  value: string | number;
}

export function typed(value: unknown): TypedCell {
  if (typeof value === "number") return { kind: "number", value };
  return { kind: "text", value: String(value) };
}

/** Reads the golden rows of 个人补缴_批量申报.xlsx, header first, as typed cells. */
export function goldenUploadRows(): TypedCell[][] {
  const golden = JSON.parse(fs.readFileSync(GOLDEN_UPLOAD, "utf8")) as { sheetName: string; rows: unknown[][] };
  return golden.rows.map((row) => row.map(typed));
}

/** Reads the identity numbers of the example roster (column 社会保障号码), as typed. */
export async function exampleIdentityNumbers(): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE_ROSTER);
  const sheet = workbook.worksheets[0];
  const header = sheet.getRow(1).values as unknown[];
  const column = header.indexOf("社会保障号码");
  if (column < 1) throw new Error(`${EXAMPLE_ROSTER} has no 社会保障号码 column`);

  const numbers = new Set<string>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const value = row.getCell(column).value;
    if (value !== null && value !== undefined) numbers.add(String(value));
  });
  return [...numbers];
}

/** Reads the first sheet of an .xlsx file as typed cells, and its text cells' number formats. */
export async function readUploadFile(file: string): Promise<{ sheetName: string; rows: TypedCell[][]; textFormats: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const rows: TypedCell[][] = [];
  const textFormats = new Set<string>();
  sheet.eachRow((row) => {
    const cells: TypedCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push(typed(cell.value));
      if (typeof cell.value === "string") textFormats.add(cell.numFmt ?? "General");
    });
    rows.push(cells);
  });
  return { sheetName: sheet.name, rows, textFormats: [...textFormats] };
}
