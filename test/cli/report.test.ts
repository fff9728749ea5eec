// The report workbook 补缴报告.xlsx that `bujiao check` writes. Every sheet of the clean example's report at
// handling date 2026-12-04 is compared cell by cell (value and type) with test/golden/report/. Further tests
// cover the print layout, the number formats, the masking of identity numbers and the marks of the timeline.
// Set UPDATE_GOLDEN=1 to rewrite the golden files from the current output, then review the diff.

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/workbook/xlsxFile";
import { runInProcess } from "./inProcess";
import { REPO_ROOT } from "./runCli";

const DATE = ["--date", "2026-12-04"];
const CLEAN = join(REPO_ROOT, "examples", "补缴名单-示例.xlsx");
const WITH_ERRORS = join(REPO_ROOT, "examples", "补缴名单-有错误.xlsx");
const GOLDEN_DIR = join(REPO_ROOT, "test", "golden", "report");
const SHEETS = ["汇总", "明细", "材料清单", "月份时间轴"];

type GoldenCell = string | number | null;

/** Reads a sheet's values as the golden files hold them: text as strings, numbers as numbers, empty as null. */
function sheetRows(sheet: ExcelJS.Worksheet): GoldenCell[][] {
  const rows: GoldenCell[][] = [];
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const cells: GoldenCell[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const cell = sheet.getRow(rowNumber).getCell(column);
      if (cell.type === ExcelJS.ValueType.Null) cells.push(null);
      else if (cell.type === ExcelJS.ValueType.String) cells.push(cell.value as string);
      else if (cell.type === ExcelJS.ValueType.Number) cells.push(cell.value as number);
      else throw new Error(`${sheet.name}!${cell.address} has cell type ${cell.type}`);
    }
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  }
  return rows;
}

function goldenText(rows: GoldenCell[][]): string {
  return `[\n${rows.map((row) => `  ${JSON.stringify(row)}`).join(",\n")}\n]\n`;
}

async function reportOf(roster: string): Promise<ExcelJS.Workbook> {
  const out = mkdtempSync(join(tmpdir(), "bujiao-report-"));
  const run = await runInProcess(["check", roster, ...DATE, "--out", out]);
  expect(run.code).toBeLessThan(2);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, "补缴报告.xlsx"));
  return workbook;
}

describe("report of the clean example", () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await reportOf(CLEAN);
  });

  test("has the four sheets in order", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS);
  });

  test.each(SHEETS)("sheet %s matches golden", (name) => {
    const rows = sheetRows(workbook.getWorksheet(name)!);
    const path = join(GOLDEN_DIR, `${name}.json`);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, goldenText(rows));
    expect(rows).toEqual(JSON.parse(readFileSync(path, "utf8")) as GoldenCell[][]);
  });

  test("is laid out to print", () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesRow: "1:1" });
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.headerFooter.oddHeader).toBe("&C补缴报告　办理日期 2026-12-04");
    }
    for (const name of ["汇总", "明细", "材料清单"]) {
      expect(workbook.getWorksheet(name)!.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
    // The timeline has a column per month: it prints across pages with the person columns repeated.
    expect(workbook.getWorksheet("月份时间轴")!.pageSetup).toMatchObject({ fitToPage: false, printTitlesColumn: "A:E" });
  });

  test("money cells have two decimals", () => {
    const summary = workbook.getWorksheet("汇总")!;
    for (const column of [7, 8, 9, 10]) expect(summary.getRow(2).getCell(column).numFmt).toBe("0.00");
    const details = workbook.getWorksheet("明细")!;
    for (let column = 6; column <= 22; column++) {
      const cell = details.getRow(2).getCell(column);
      if (column === 7 || cell.type !== ExcelJS.ValueType.Number) continue;
      expect(cell.numFmt).toBe("0.00");
    }
  });

  test("coefficient keeps full precision", () => {
    // 李国强 2005-07 handled 2026-12-04: W(2025) / W(2004) at full precision, shown with 4 decimals.
    const details = workbook.getWorksheet("明细")!;
    const rows = sheetRows(details);
    const index = rows.findIndex((row) => row[0] === "李国强" && row[4] === "2005-07");
    const cell = details.getRow(index + 1).getCell(7);
    expect(cell.value).toBe(5.128792154649358);
    expect(cell.numFmt).toBe("0.0000");
    // Back-pay base = round(3000 × ratio, fen).
    expect(rows[index][7]).toBe(15386.38);
  });

  test("portal example sums to its month", () => {
    // 15000 in 2023-08 (外埠城镇, 0.4 % work injury): employer 2400 + 75 + 60 + 1620, individual 1200 + 75 + 300 + 3.
    const summary = sheetRows(workbook.getWorksheet("汇总")!);
    const wang = summary.find((row) => row[1] === "王丽娟")!;
    expect(wang.slice(3, 8)).toEqual(["个人补缴", "2", 1, 4155, 1578]);
    const totals = summary.find((row) => row[1] === "合计")!;
    const persons = summary.filter((row) => typeof row[0] === "number");
    const sum = (column: number) => Math.round(persons.reduce((total, row) => total + (row[column] as number), 0) * 100) / 100;
    expect(totals.slice(6, 10)).toEqual([sum(6), sum(7), sum(8), sum(9)]);
  });

  test("late fee above principal is flagged", () => {
    // 张敏 2011-07: the late fee has run from 2011-09-01 for more than 15 years, about 2.8 times the amount.
    const rows = sheetRows(workbook.getWorksheet("明细")!);
    const header = rows[0];
    const flag = header.indexOf("滞纳金超过本金");
    const month = rows.find((row) => row[0] === "张敏" && row[4] === "2011-07")!;
    expect(month[flag]).toBe("是");
    const before = rows.find((row) => row[0] === "张敏" && row[4] === "2011-06")!;
    expect(before[flag] ?? null).toBeNull();
  });

  test("identity numbers are masked", async () => {
    const [roster] = await readWorkbookFile(CLEAN);
    const numbers = roster.rows.slice(1).map((row) => String(row[2]));
    const everything = JSON.stringify(workbook.worksheets.map(sheetRows));
    for (const number of numbers) expect(everything).not.toContain(number);
    expect(everything).toContain("130102********2025");
  });

  test("timeline marks months and boundaries", () => {
    const sheet = workbook.getWorksheet("月份时间轴")!;
    const rows = sheetRows(sheet);
    const header = rows[0];
    expect(header.slice(0, 5)).toEqual(["名单行号", "姓名", "社会保障号码（部分隐去）", "补缴类型", "说明"]);
    expect(header[5]).toBe("2005-07");
    expect(header[header.length - 1]).toBe("2026-06");
    expect(header.filter((text) => String(text).startsWith("◆"))).toEqual(["◆2011-07", "◆2023-12"]);

    const wang = rows.find((row) => row[1] === "王丽娟")!;
    const at = (month: string) => wang[header.indexOf(month)];
    // Paid months of the history around the row's own months are shown too.
    expect(at("2022-05") ?? null).toBeNull();
    expect(at("2022-06")).toBe("已缴");
    expect(at("2023-01")).toBe("已缴");
    expect(at("2023-07")).toBe("已缴");
    expect(at("2023-08")).toBe("可补缴");

    const column = header.indexOf("2023-08") + 1;
    const rowNumber = rows.indexOf(wang) + 1;
    expect(sheet.getRow(rowNumber).getCell(column).fill).toMatchObject({ fgColor: { argb: "FFC6EFCE" } });
    expect(sheet.getRow(rowNumber).getCell(column - 1).fill).toMatchObject({ fgColor: { argb: "FFD9D9D9" } });
    expect(sheet.getRow(1).getCell(header.indexOf("◆2023-12") + 1).fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
  });
});

describe("report of the example with mistakes", () => {
  let summary: GoldenCell[][];
  let details: GoldenCell[][];
  let timeline: GoldenCell[][];

  beforeAll(async () => {
    const workbook = await reportOf(WITH_ERRORS);
    summary = sheetRows(workbook.getWorksheet("汇总")!);
    details = sheetRows(workbook.getWorksheet("明细")!);
    timeline = sheetRows(workbook.getWorksheet("月份时间轴")!);
  });

  test("missing work-injury rate makes amounts incomplete", () => {
    // Without a 单位信息 sheet the work-injury rate is unknown: the line stays empty, never guessed.
    const wu = summary.find((row) => row[1] === "吴芳")!;
    expect(wu[11]).toBe("是");
    const header = details[0];
    const month = details.find((row) => row[0] === "吴芳" && row[4] === "2023-03")!;
    expect(month[header.indexOf("工伤保险（单位）")] ?? null).toBeNull();
    expect(month[header.indexOf("养老保险（单位）")]).toBe(1280);
    expect(String(month[header.indexOf("说明")])).toMatch(/工伤保险费率/);
  });

  test("rows with errors are listed, not computed", () => {
    const zheng = summary.find((row) => row[1] === "郑伟")!;
    expect(zheng.slice(2, 6)).toEqual(["110107********0171", "个人补缴", "3", null]);
    expect(String(zheng[12])).toMatch(/^名单中有错误，未计算：社会保障号码 “110107\*{8}0171” 校验位错误/);
    const row = timeline.find((candidate) => candidate[0] === 3)!;
    expect(row[4]).toBe("有错误，未检查");
  });
});
