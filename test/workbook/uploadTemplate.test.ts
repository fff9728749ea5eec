// Filling a portal upload template by header name: where the header row may be, which header texts match,
// and what is written and kept.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { BujiaoError } from "../../src/core/errors";
import type { UploadFile } from "../../src/core/roster";
import { checkUploadTemplate, findTemplateLayout, writeUploadFromTemplate } from "../../src/workbook/uploadTemplate";

const folder = mkdtempSync(join(tmpdir(), "bujiao-template-"));
const HEADER = ["序号", "社会保障号码", "姓名", "开始年月", "终止年月", "缴费工资"];

const upload: UploadFile = {
  key: "missed",
  fileName: "个人补缴_批量申报.xlsx",
  sheetName: "批量申报",
  header: HEADER,
  rows: [
    [
      { kind: "number", value: 1 },
      { kind: "text", value: "11010519491231002X" },
      { kind: "text", value: "=王丽娟" },
      { kind: "text", value: "202301" },
      { kind: "text", value: "202306" },
      { kind: "number", value: 15000.5 },
    ],
  ],
  sourceRows: [2],
};

function workbookWith(sheets: Record<string, unknown[][]>): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return workbook;
}

describe("findTemplateLayout", () => {
  test("header in any order with marks and units", () => {
    const workbook = workbookWith({ 模板: [["标题"], [], ["*姓名", "序号", "缴费工资（元）", " 开始年月 ", "终止年月", "社会保障号码"]] });
    expect(findTemplateLayout(workbook, HEADER)).toEqual({ sheetName: "模板", headerRow: 3, columns: [2, 6, 1, 4, 5, 3] });
  });

  test("synonyms of a roster column match", () => {
    const workbook = workbookWith({ 模板: [["序号", "身份证号码", "姓名", "起始年月", "结束年月", "缴费工资"]] });
    expect(findTemplateLayout(workbook, HEADER)).toMatchObject({ headerRow: 1, columns: [1, 2, 3, 4, 5, 6] });
  });

  test("later sheet is searched too", () => {
    const workbook = workbookWith({ 说明: [["请按表头填写"]], 数据: [HEADER] });
    expect(findTemplateLayout(workbook, HEADER)).toMatchObject({ sheetName: "数据", headerRow: 1 });
  });

  test("header below row 10 is not found", () => {
    const rows: unknown[][] = Array.from({ length: 10 }, () => ["说明"]);
    const workbook = workbookWith({ 模板: [...rows, HEADER] });
    expect(findTemplateLayout(workbook, HEADER)).toEqual({ missing: HEADER });
  });

  test("names what the closest row lacks", () => {
    const workbook = workbookWith({ 模板: [["序号", "姓名"], ["序号", "社会保障号码", "姓名", "开始年月", "截止年月"]] });
    expect(findTemplateLayout(workbook, HEADER)).toEqual({ missing: ["缴费工资"] });
  });
});

describe("writeUploadFromTemplate", () => {
  test("writes typed cells below the header", async () => {
    const template = join(folder, "模板.xlsx");
    await workbookWith({ 模板: [["说明行"], ["姓名", "社会保障号码", "序号", "开始年月", "终止年月", "缴费工资", "备注"]] }).xlsx.writeFile(template);
    const path = join(folder, "输出.xlsx");
    const layout = await writeUploadFromTemplate(template, upload, path);
    expect(layout).toEqual({ sheetName: "模板", headerRow: 2, columns: [3, 2, 1, 4, 5, 6] });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const row = workbook.getWorksheet("模板")!.getRow(3);
    expect([1, 2, 3, 4, 5, 6].map((column) => row.getCell(column).value)).toEqual(["=王丽娟", "11010519491231002X", 1, "202301", "202306", 15000.5]);
    // A name starting with = stays text, never a formula.
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(1).numFmt).toBe("@");
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(7).value).toBeNull();
  });

  test("template without a header is rejected before writing", async () => {
    const template = join(folder, "空模板.xlsx");
    await workbookWith({ 模板: [["随便什么"]] }).xlsx.writeFile(template);
    let error: unknown;
    try {
      await checkUploadTemplate(template, [upload]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BujiaoError);
    expect((error as BujiaoError).key).toBe("cli.check.templateHeadersMissing");
    expect((error as BujiaoError).message).toContain("序号、社会保障号码、姓名、开始年月、终止年月、缴费工资");
  });
});
