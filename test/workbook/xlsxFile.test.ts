// The .xlsx-file adapter: reading typed cell values back from a file exceljs wrote, the messages for files that
// are not readable workbooks, and the typed cells of an upload file.

import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { BujiaoError } from "../../src/core/errors";
import type { UploadFile } from "../../src/core/roster";
import { dateToSerial, readWorkbookFile, serialToDate, toCellValue, writeUploadFile } from "../../src/workbook/xlsxFile";

const folder = mkdtempSync(join(tmpdir(), "bujiao-xlsx-"));

async function readError(path: string): Promise<BujiaoError> {
  try {
    await readWorkbookFile(path);
  } catch (error) {
    if (error instanceof BujiaoError) return error;
    throw error;
  }
  throw new Error(`reading ${path} did not fail`);
}

describe("date serials", () => {
  test("2023-01-01 is serial 44927", () => {
    expect(dateToSerial(new Date(Date.UTC(2023, 0, 1)))).toBe(44927);
  });

  test("noon is half a day", () => {
    expect(dateToSerial(new Date(Date.UTC(2023, 0, 15, 12)))).toBe(44941.5);
  });

  test("1900-03-01 is serial 61", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
  });

  test("serialToDate reverses dateToSerial", () => {
    expect(serialToDate(46360).toISOString()).toBe("2026-12-04T00:00:00.000Z");
    expect(dateToSerial(serialToDate(46360))).toBe(46360);
  });
});

describe("toCellValue", () => {
  test("formula without a cached result is marked", () => {
    // Not empty: the message then asks to open and save the file in Excel.
    expect(toCellValue({ formula: "A1+1" } as ExcelJS.CellFormulaValue)).toEqual({ error: "#UNCALCULATED" });
  });

  test("hyperlink reads as its text", () => {
    expect(toCellValue({ text: "张三", hyperlink: "mailto:someone@example.invalid" })).toBe("张三");
  });
});

describe("readWorkbookFile", () => {
  const path = join(folder, "typed.xlsx");

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("补缴名单");
    sheet.getCell("A1").value = "姓名";
    sheet.getCell("B1").value = new Date(Date.UTC(2023, 0, 15));
    sheet.getCell("B1").numFmt = "yyyy-mm-dd";
    sheet.getCell("C1").value = new Date(Date.UTC(2023, 0, 15, 12));
    sheet.getCell("C1").numFmt = "yyyy-mm-dd hh:mm";
    sheet.getCell("D1").value = 15000.5;
    sheet.getCell("E1").value = "110105194912310021";
    sheet.getCell("E1").numFmt = "@";
    sheet.getCell("F1").value = true;

    sheet.getCell("A2").value = { formula: "1+1", result: 2 };
    sheet.getCell("B2").value = { formula: "TEXT(1,\"0\")", result: "文本结果" };
    sheet.getCell("C2").value = { formula: "DATE(2023,8,1)", result: new Date(Date.UTC(2023, 7, 1)) };
    sheet.getCell("C2").numFmt = "yyyy-mm";
    sheet.getCell("D2").value = { formula: "NA()", result: { error: "#N/A" } };
    sheet.getCell("E2").value = { error: "#VALUE!" };
    sheet.getCell("F2").value = { richText: [{ text: "王" }, { text: "丽娟", font: { bold: true } }] };
    sheet.getCell("G2").value = { text: "链接文字", hyperlink: "mailto:someone@example.invalid" };
    sheet.getCell("H2").value = { formula: "0*1", result: 0 };
    sheet.getCell("I2").value = { formula: "1>2", result: false };
    sheet.getCell("J2").value = { sharedFormula: "A2", result: 0 };

    // Row 3 is left empty; rows 4 and 5 have a merged area and row 4 a cell far to the right.
    sheet.getCell("A4").value = "合并";
    sheet.mergeCells("A4:B5");
    sheet.getCell("H4").value = 7;
    sheet.getCell("A6").value = "最后一行";

    const second = workbook.addWorksheet("参数");
    second.getCell("B2").value = "年度";

    await workbook.xlsx.writeFile(path);
  });

  test("keeps sheet names and order", async () => {
    const sheets = await readWorkbookFile(path);
    expect(sheets.map((sheet) => sheet.name)).toEqual(["补缴名单", "参数"]);
  });

  test("reads plain values with their types", async () => {
    const [sheet] = await readWorkbookFile(path);
    expect(sheet.rows[0]).toEqual(["姓名", 44941, 44941.5, 15000.5, "110105194912310021", true, null, null, null, null]);
  });

  test("reads formulas, errors and rich text", async () => {
    // H2 to J2 hold results of 0 and FALSE, which exceljs drops from a formula cell's value.
    const [sheet] = await readWorkbookFile(path);
    expect(sheet.rows[1]).toEqual([2, "文本结果", 45139, { error: "#N/A" }, { error: "#VALUE!" }, "王丽娟", "链接文字", 0, false, 0]);
  });

  test("keeps empty rows in place", async () => {
    const [sheet] = await readWorkbookFile(path);
    expect(sheet.rows[2]).toEqual(new Array(10).fill(null));
    expect(sheet.rows).toHaveLength(6);
    expect(sheet.rows[5][0]).toBe("最后一行");
  });

  test("merged area reads its value once", async () => {
    const [sheet] = await readWorkbookFile(path);
    expect(sheet.rows[3]).toEqual(["合并", null, null, null, null, null, null, 7, null, null]);
    expect(sheet.rows[4]).toEqual(new Array(10).fill(null));
  });

  test("rows[0] is Excel row 1 even when it is empty", async () => {
    const [, second] = await readWorkbookFile(path);
    expect(second.rows).toEqual([[null, null], [null, "年度"]]);
  });
});

describe("readWorkbookFile errors", () => {
  test("missing file names the path", async () => {
    const missing = join(folder, "没有这个文件.xlsx");
    const error = await readError(missing);
    expect(error.message).toBe(`找不到文件 “${missing}”：请检查路径和文件名`);
  });

  test("folder is not a workbook", async () => {
    const error = await readError(folder);
    expect(error.key).toBe("workbook.isFolder");
    expect(error.message).toContain(folder);
  });

  test("CSV text is not an .xlsx workbook", async () => {
    const csv = join(folder, "名单.csv");
    writeFileSync(csv, "姓名,社会保障号码\n张三,110105194912310021\n");
    const error = await readError(csv);
    expect(error.message).toBe(`“${csv}” 不是 .xlsx 工作簿（例如是 CSV 或其他文件）：请在 Excel 中另存为 .xlsx 后重试`);
  });

  test("OLE file is an old or encrypted workbook", async () => {
    const xls = join(folder, "名单.xls");
    writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const error = await readError(xls);
    expect(error.key).toBe("workbook.oldFormat");
    expect(error.message).toMatch(/旧版 \.xls 文件，或设置了打开密码/);
  });

  test("damaged zip is reported as damaged", async () => {
    const broken = join(folder, "损坏.xlsx");
    writeFileSync(broken, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(100, 7)]));
    const error = await readError(broken);
    expect(error.key).toBe("workbook.damaged");
    expect(error.message).toContain(broken);
  });

  test("empty file is not an .xlsx workbook", async () => {
    const empty = join(folder, "空.xlsx");
    writeFileSync(empty, "");
    const error = await readError(empty);
    expect(error.key).toBe("workbook.notXlsx");
  });
});

describe("writeUploadFile", () => {
  const upload: UploadFile = {
    key: "missed",
    fileName: "个人补缴_批量申报.xlsx",
    sheetName: "批量申报",
    header: ["序号", "社会保障号码", "姓名", "开始年月", "终止年月", "缴费工资"],
    rows: [
      [
        { kind: "number", value: 1 },
        { kind: "text", value: "11010519491231002X" },
        { kind: "text", value: "王丽娟" },
        { kind: "text", value: "202301" },
        { kind: "text", value: "202306" },
        { kind: "number", value: 15000 },
      ],
      [
        { kind: "number", value: 2 },
        { kind: "text", value: "110105196511230319" },
        { kind: "text", value: "=李国强" },
        { kind: "text", value: "200507" },
        { kind: "text", value: "200603" },
        { kind: "number", value: 3000.5 },
      ],
    ],
    sourceRows: [2, 3],
  };

  test("writes typed cells", async () => {
    const path = join(folder, upload.fileName);
    expect(await writeUploadFile(upload, path)).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["批量申报"]);
    const sheet = workbook.worksheets[0];

    expect(sheet.getRow(1).values).toEqual([undefined, ...upload.header]);
    const second = sheet.getRow(3);
    expect(second.getCell(1).value).toBe(2);
    expect(second.getCell(1).type).toBe(ExcelJS.ValueType.Number);
    expect(second.getCell(2).value).toBe("110105196511230319");
    expect(second.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(second.getCell(2).numFmt).toBe("@");
    expect(second.getCell(3).value).toBe("=李国强");
    expect(second.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(second.getCell(4).value).toBe("200507");
    expect(second.getCell(4).numFmt).toBe("@");
    expect(second.getCell(6).value).toBe(3000.5);
    expect(second.getCell(6).type).toBe(ExcelJS.ValueType.Number);
  });

  test("sets readable column widths", async () => {
    const path = join(folder, "widths.xlsx");
    await writeUploadFile(upload, path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    // 18 characters plus a margin of 2.
    expect(sheet.getColumn(2).width).toBe(20);
    expect(sheet.getColumn(1).width).toBe(8);
  });

  test("reads back through readWorkbookFile", async () => {
    const path = join(folder, "roundtrip.xlsx");
    await writeUploadFile(upload, path);
    const [sheet] = await readWorkbookFile(path);
    expect(sheet.rows[1]).toEqual([1, "11010519491231002X", "王丽娟", "202301", "202306", 15000]);
  });

  test("file without rows is not written", async () => {
    const path = join(folder, "empty-upload.xlsx");
    expect(await writeUploadFile({ ...upload, rows: [], sourceRows: [] }, path)).toBe(false);
    expect(existsSync(path)).toBe(false);
  });

  test("missing folder names the path", async () => {
    const path = join(folder, "no-such-folder", "upload.xlsx");
    await expect(writeUploadFile(upload, path)).rejects.toThrow(`无法写入 “${path}”：所在文件夹不存在`);
  });

  test("existing folder in the way is a write failure", async () => {
    const path = join(folder, "a-folder.xlsx");
    mkdirSync(path);
    await expect(writeUploadFile(upload, path)).rejects.toBeInstanceOf(BujiaoError);
  });
});
