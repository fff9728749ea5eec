// The browser file host over .xlsx bytes: the example roster's sheets and typed cells, tables, 校验结果 written
// and cleared in memory, settings, exports handed to the download function, and files that are not workbooks.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { BujiaoError } from "../../src/core/errors";
import { buildUploadFiles, checkRoster, findRoster, type UploadFile } from "../../src/core/roster";
import { beijingParameters } from "../../src/core/params/parameterSet";
import { parseDay } from "../../src/core/parse";
import { buildReport } from "../../src/core/report/model";
import { roundFen } from "../../src/core/money";
import { reportExport, uploadFileExport } from "../../src/workbook/export";
import { openFileHost } from "../../src/workbook/fileHost";

const EXAMPLE = readFileSync(join(__dirname, "..", "..", "examples", "补缴名单-示例.xlsx"));

interface Download {
  fileName: string;
  bytes: Uint8Array;
}

async function openExample(downloads: Download[] = []) {
  return openFileHost(new Uint8Array(EXAMPLE), "补缴名单-示例.xlsx", { download: (fileName, bytes) => downloads.push({ fileName, bytes }) });
}

async function sheetsOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("reading the example", () => {
  test("lists the roster sheet first", async () => {
    const host = await openExample();
    const sheets = await host.listSheets();
    expect(sheets[0]).toBe("补缴名单");
    expect(host.kind).toBe("file");
    expect(host.displayName).toBe("补缴名单-示例.xlsx");
  });

  test("reads the header row as text", async () => {
    const host = await openExample();
    const sheet = await host.readSheet("补缴名单");
    expect(sheet.rows[0].slice(0, 6)).toEqual(["序号", "姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资"]);
  });

  test("reads identity numbers as text and dates as serials", async () => {
    const host = await openExample();
    const sheet = await host.readSheet("补缴名单");
    // Row 3 (李国强) has real date cells for its months: 2005-07-01 is serial 38534.
    expect(sheet.rows[2][2]).toBe("110105196511230319");
    expect(sheet.rows[2][3]).toBe(38534);
  });

  test("reports progress once the sheet is read", async () => {
    const host = await openExample();
    const progress: number[] = [];
    const sheet = await host.readRosterSource({ kind: "sheet", sheet: "补缴名单" }, (entry) => progress.push(entry.rowsRead));
    expect(progress).toEqual([sheet.rows.length]);
  });

  test("findRoster accepts the sheet it reads", async () => {
    const host = await openExample();
    const sheet = await host.readSheet("补缴名单");
    const roster = findRoster([sheet]);
    expect(roster.headerRow).toBe(1);
    expect(roster.rows.length).toBeGreaterThanOrEqual(9);
  });

  test("a file has no selection", async () => {
    const host = await openExample();
    await expect(host.readRosterSource({ kind: "selection" })).rejects.toBeInstanceOf(BujiaoError);
  });
});

describe("tables", () => {
  async function workbookWithTable(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const worksheet = workbook.addWorksheet("人员");
    worksheet.getCell("A1").value = "说明：下表为补缴名单";
    worksheet.getCell("H4").value = "表外";
    worksheet.addTable({
      name: "补缴表",
      ref: "B3",
      headerRow: true,
      columns: [{ name: "姓名" }, { name: "社会保障号码" }, { name: "开始年月" }, { name: "终止年月" }, { name: "缴费工资" }],
      rows: [["王丽娟", "130102199003152025", "2023-01", "2023-08", 15000]],
    });
    return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }

  test("lists a table with its sheet", async () => {
    const host = await openFileHost(await workbookWithTable(), "t.xlsx");
    expect(await host.listTables()).toEqual([{ name: "补缴表", sheet: "人员" }]);
  });

  test("reads only the table and keeps sheet positions", async () => {
    const host = await openFileHost(await workbookWithTable(), "t.xlsx");
    const sheet = await host.readRosterSource({ kind: "table", table: "补缴表" });
    expect(sheet.rows[0][0] ?? null).toBeNull();
    expect(sheet.rows[2].slice(1, 6)).toEqual(["姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资"]);
    expect(sheet.rows[3][1]).toBe("王丽娟");
    expect(sheet.rows[3][7] ?? null).toBeNull();
  });

  test("a missing table is an error", async () => {
    const host = await openFileHost(await workbookWithTable(), "t.xlsx");
    await expect(host.readRosterSource({ kind: "table", table: "别的表" })).rejects.toBeInstanceOf(BujiaoError);
  });
});

describe("writing results", () => {
  test("writes the column and downloads the workbook", async () => {
    const downloads: Download[] = [];
    const host = await openExample(downloads);
    await host.writeResults("补缴名单", 1, 10, [
      { sheetRow: 2, text: "通过", severity: "ok" },
      { sheetRow: 3, text: "[错误] 号码有误", severity: "error" },
    ]);
    const outcome = await host.exportWorkbook("名单_校验结果.xlsx");
    expect(outcome).toEqual({ kind: "downloaded", fileName: "名单_校验结果.xlsx" });

    const worksheet = (await sheetsOf(downloads[0].bytes)).getWorksheet("补缴名单")!;
    expect(worksheet.getCell(1, 10).value).toBe("校验结果");
    expect(worksheet.getCell(3, 10).value).toBe("[错误] 号码有误");
    expect((worksheet.getCell(3, 10).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
  });

  test("clearing removes the column", async () => {
    const downloads: Download[] = [];
    const host = await openExample(downloads);
    await host.writeResults("补缴名单", 1, 10, [{ sheetRow: 2, text: "通过", severity: "ok" }]);
    await host.clearResults("补缴名单", 1, 10, [2]);
    await host.exportWorkbook("x.xlsx");

    const worksheet = (await sheetsOf(downloads[0].bytes)).getWorksheet("补缴名单")!;
    expect(worksheet.getCell(1, 10).value).toBeNull();
    expect(worksheet.getCell(2, 10).value).toBeNull();
    const sheet = await host.readSheet("补缴名单");
    expect(sheet.rows[0].length).toBeLessThan(10);
  });
});

describe("settings and exports", () => {
  test("a saved setting reads back", async () => {
    const host = await openExample();
    expect(await host.loadSetting("bujiao.rosterMapping")).toBeUndefined();
    await host.saveSetting("bujiao.rosterMapping", "{\"version\":1}");
    expect(await host.loadSetting("bujiao.rosterMapping")).toBe("{\"version\":1}");
  });

  test("exportFile downloads the bytes", async () => {
    const downloads: Download[] = [];
    const host = await openExample(downloads);
    const outcome = await host.exportFile("个人补缴_批量申报.xlsx", new Uint8Array([1, 2, 3]), [["序号"]]);
    expect(outcome).toEqual({ kind: "downloaded", fileName: "个人补缴_批量申报.xlsx" });
    expect(Array.from(downloads[0].bytes)).toEqual([1, 2, 3]);
  });

  test("a failed download is reported", async () => {
    const host = await openFileHost(new Uint8Array(EXAMPLE), "a.xlsx", {
      download: () => {
        throw new Error("blocked");
      },
    });
    expect(await host.exportFile("a.xlsx", new Uint8Array(), [])).toEqual({ kind: "failed", message: "blocked" });
  });

  test("upload file of the example keeps text cells", async () => {
    const host = await openExample();
    const roster = findRoster([await host.readSheet("补缴名单")]);
    const result = checkRoster(roster, { handlingDay: parseDay("2026-03-15", "field.handlingDate") }, beijingParameters);
    const file = buildUploadFiles(result).find((entry) => entry.key === "missed") as UploadFile;
    const item = await uploadFileExport(file);

    expect(item.fileName).toBe("个人补缴_批量申报.xlsx");
    expect(item.rows[0]).toEqual(["序号", "社会保障号码", "姓名", "开始年月", "终止年月", "缴费工资"]);
    const worksheet = (await sheetsOf(item.bytes)).getWorksheet("批量申报")!;
    expect(worksheet.getCell(2, 1).value).toBe(1);
    expect(worksheet.getCell(2, 2).value).toBe(file.rows[0][1].value);
    expect(worksheet.getCell(2, 2).numFmt).toBe("@");
    expect(worksheet.getCell(2, 4).value).toBe(file.rows[0][3].value);
    expect(typeof worksheet.getCell(2, 6).value).toBe("number");
  });
});

describe("report", () => {
  test("lists every person and the totals", async () => {
    const host = await openExample();
    const roster = findRoster([await host.readSheet("补缴名单")]);
    const result = checkRoster(roster, { handlingDay: parseDay("2026-03-15", "field.handlingDate") }, beijingParameters);
    const report = buildReport(result, beijingParameters, undefined);
    const item = await reportExport({ report, result, locale: "zh-CN" });

    const workbook = await sheetsOf(item.bytes);
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(["汇总", "明细"]);
    const errorRows = result.rows.filter((row) => row.findings.some((finding) => finding.severity === "error")).length;
    // Header, one row per person and kind, one per row with an error, and the totals.
    expect(item.rows).toHaveLength(1 + report.persons.length + errorRows + 1);
    const totals = item.rows[item.rows.length - 1];
    expect(totals[0]).toBe("合计（办理日期 2026-03-15）");
    expect(totals[5]).toBe(roundFen(report.employerTotal).toNumber());
    expect(totals[6]).toBe(roundFen(report.individualTotal).toNumber());
    expect(totals[7]).toBe(roundFen(report.lateFeeTotal).toNumber());
  });

  test("detail rows cover every month, insurance and party", async () => {
    const host = await openExample();
    const roster = findRoster([await host.readSheet("补缴名单")]);
    const result = checkRoster(roster, { handlingDay: parseDay("2026-03-15", "field.handlingDate") }, beijingParameters);
    const report = buildReport(result, beijingParameters, undefined);
    const item = await reportExport({ report, result, locale: "zh-CN" });

    const lines = report.persons.reduce((count, person) => count + person.months.reduce((sum, month) => sum + month.lines.length, 0), 0);
    const detail = (await sheetsOf(item.bytes)).getWorksheet("明细")!;
    expect(detail.rowCount).toBe(lines + 1);
    expect(detail.getCell(1, 4).value).toBe("费款所属期");
  });
});

describe("files that are not workbooks", () => {
  async function openError(bytes: Uint8Array): Promise<BujiaoError> {
    try {
      await openFileHost(bytes, "名单.xls");
    } catch (error) {
      if (error instanceof BujiaoError) return error;
      throw error;
    }
    throw new Error("opening did not fail");
  }

  test("an .xls file asks for .xlsx", async () => {
    const error = await openError(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]));
    expect(error.key).toBe("workbook.oldFormat");
    expect(error.message).toContain("名单.xls");
  });

  test("a CSV file is not a workbook", async () => {
    const error = await openError(new TextEncoder().encode("姓名,社会保障号码\n"));
    expect(error.key).toBe("workbook.notXlsx");
  });

  test("a damaged zip is reported", async () => {
    const error = await openError(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]));
    expect(error.key).toBe("workbook.damaged");
  });
});
