// Exported files must never turn data into formulas or numbers: identity numbers and months stay text, and
// text that starts with =, +, - or @ stays text in every cell the writer produces.

import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import type { UploadFile } from "../../src/core/roster";
import { UNCALCULATED_FORMULA } from "../../src/core/parse";
import { toCellValue } from "../../src/workbook/cells";
import { writeUploadFile } from "../../src/workbook/xlsxFile";

const DANGEROUS = ["=HYPERLINK(\"http://127.0.0.1/\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "=1+1"];

describe("upload file export safety", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "bujiao-safety-"));
  const file: UploadFile = {
    key: "missed",
    fileName: "个人补缴_批量申报.xlsx",
    sheetName: "批量申报",
    header: ["序号", "社会保障号码", "姓名", "开始年月", "终止年月", "缴费工资"],
    rows: DANGEROUS.map((name, index) => [
      { kind: "number", value: index + 1 },
      { kind: "text", value: "11010519491231002X" },
      { kind: "text", value: name },
      { kind: "text", value: "202301" },
      { kind: "text", value: "202302" },
      { kind: "number", value: 8000.5 },
    ]),
    sourceRows: DANGEROUS.map((_, index) => index + 2),
  };
  const target = path.join(folder, file.fileName);
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    await writeUploadFile(file, target);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(target);
    sheet = book.worksheets[0];
  });

  test("text starting with = + - @ stays text", () => {
    DANGEROUS.forEach((name, index) => {
      const cell = sheet.getCell(index + 2, 3);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(name);
      expect(cell.formula).toBeUndefined();
    });
  });

  test("identity numbers and months are text cells", () => {
    for (let row = 2; row <= DANGEROUS.length + 1; row++) {
      expect(sheet.getCell(row, 2).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(row, 2).value).toBe("11010519491231002X");
      expect(sheet.getCell(row, 4).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(row, 4).numFmt).toBe("@");
    }
  });

  test("serial numbers and wages are numbers", () => {
    expect(sheet.getCell(2, 1).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell(2, 6).value).toBe(8000.5);
  });
});

describe("reading formula cells", () => {
  test("a formula without a cached result is marked, not empty", () => {
    expect(toCellValue({ formula: "A1*2" } as ExcelJS.CellValue)).toBe(UNCALCULATED_FORMULA);
    expect(toCellValue({ formula: "A1*2", result: 0 } as ExcelJS.CellValue)).toBe(0);
  });
});
