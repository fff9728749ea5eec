// `bujiao check` run as a child process on the example rosters: exit codes, the report of every row, and the
// upload files compared cell by cell (value and type) with the golden files in test/golden/upload/.
// Set UPDATE_GOLDEN=1 to rewrite the golden files from the current output, then review the diff.

import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/workbook/xlsxFile";
import { CJK, REPO_ROOT, runCli } from "./runCli";

jest.setTimeout(120_000);

const DATE = ["--date", "2026-12-04"];
const CLEAN = join(REPO_ROOT, "examples", "补缴名单-示例.xlsx");
const WITH_ERRORS = join(REPO_ROOT, "examples", "补缴名单-有错误.xlsx");
const GOLDEN_DIR = join(REPO_ROOT, "test", "golden", "upload");
const UPLOAD_BEFORE = "个人补缴_批量申报.xlsx";
const UPLOAD_FROM_2023_12 = "个人补缴_批量申报_2023年12月起.xlsx";

interface JsonFinding {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  months?: { from: string; to: string };
}

interface JsonRow {
  sheetRow: number;
  name: string;
  identityNumber: string;
  outcome: "exported" | "reported";
  findings: JsonFinding[];
  uploadRows: Array<{ file: string; start: string; end: string; wage: string }>;
}

interface JsonReport {
  sheet: string;
  handlingDate: string;
  rows: JsonRow[];
  summary: { rows: number; exported: number; reported: number; errors: number; warnings: number; infos: number };
  files: Array<{ fileName: string; path: string; rows: number }>;
  staleFiles: string[];
}

function newFolder(): string {
  return mkdtempSync(join(tmpdir(), "bujiao-check-"));
}

/** An upload file as its golden form: the sheet name and every row, text cells as strings, numbers as numbers. */
interface UploadSheet {
  sheetName: string;
  rows: Array<Array<string | number>>;
}

async function readUploadSheet(path: string): Promise<UploadSheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0];
  const rows: Array<Array<string | number>> = [];
  sheet.eachRow((row) => {
    const cells: Array<string | number> = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.type === ExcelJS.ValueType.String) {
        // Text cells carry the text format, so Excel keeps them text when a user edits them.
        expect(cell.numFmt).toBe("@");
        cells.push(cell.value as string);
      } else if (cell.type === ExcelJS.ValueType.Number) {
        cells.push(cell.value as number);
      } else {
        throw new Error(`${path} ${cell.address} has cell type ${cell.type}`);
      }
    });
    rows.push(cells);
  });
  return { sheetName: sheet.name, rows };
}

/** Formats a golden file with one upload row per line, so a diff shows which rows changed. */
function goldenText(sheet: UploadSheet): string {
  const rows = sheet.rows.map((row) => `    ${JSON.stringify(row)}`).join(",\n");
  return `{\n  "sheetName": ${JSON.stringify(sheet.sheetName)},\n  "rows": [\n${rows}\n  ]\n}\n`;
}

async function expectGolden(path: string, goldenName: string): Promise<void> {
  const actual = await readUploadSheet(path);
  const goldenPath = join(GOLDEN_DIR, goldenName);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenPath, goldenText(actual));
  const golden = JSON.parse(readFileSync(goldenPath, "utf8")) as UploadSheet;
  expect(actual).toEqual(golden);
}

/** Lists the identity numbers of a roster file as text, to make sure no output shows one whole. */
async function identityNumbersOf(path: string): Promise<string[]> {
  const [sheet] = await readWorkbookFile(path);
  return sheet.rows
    .slice(1)
    .map((row) => String(row[2] ?? ""))
    .filter((text) => text.length >= 15);
}

describe("bujiao check on the clean example", () => {
  const out = newFolder();
  let text: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    text = await runCli(["check", CLEAN, ...DATE, "--out", out]);
  });

  test("exits 0", () => {
    expect(text.stderr).toBe("");
    expect(text.code).toBe(0);
  });

  test("upload before 2023-12 matches golden", async () => {
    await expectGolden(join(out, UPLOAD_BEFORE), "个人补缴_批量申报.json");
  });

  test("upload from 2023-12 matches golden", async () => {
    await expectGolden(join(out, UPLOAD_FROM_2023_12), "个人补缴_批量申报_2023年12月起.json");
  });

  test("portal example is split at 2023-07", async () => {
    const sheet = await readUploadSheet(join(out, UPLOAD_BEFORE));
    const wang = sheet.rows.filter((row) => row[2] === "王丽娟");
    expect(wang.map((row) => row.slice(3))).toEqual([
      ["202301", "202306", 15000],
      ["202307", "202308", 15000],
    ]);
  });

  test("text report names every row", () => {
    for (let row = 2; row <= 10; row++) expect(text.stdout).toContain(`第 ${row} 行 `);
    expect(text.stdout).toMatch(/汇总：读取 9 行，导出 9 行，未导出 0 行；错误 0 条，警告 \d+ 条，提示 \d+ 条/);
    expect(text.stdout).toContain(`已写入 ${join(out, UPLOAD_BEFORE)}（12 行）`);
    expect(text.stdout).toContain(`已写入 ${join(out, UPLOAD_FROM_2023_12)}（4 行）`);
  });

  test("text report masks identity numbers", async () => {
    const numbers = await identityNumbersOf(CLEAN);
    expect(numbers).toHaveLength(9);
    for (const number of numbers) expect(text.stdout).not.toContain(number);
    expect(text.stdout).toContain("第 2 行 王丽娟 130102********2025：导出 2 行");
  });

  test("JSON lists every row with its upload rows", async () => {
    const run = await runCli(["check", CLEAN, ...DATE, "--out", newFolder(), "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.handlingDate).toBe("2026-12-04");
    expect(report.rows.map((row) => row.sheetRow)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const row of report.rows) {
      expect(row.outcome).toBe("exported");
      expect(row.uploadRows.length).toBeGreaterThan(0);
    }
    expect(report.rows[3].uploadRows).toEqual([
      { file: UPLOAD_BEFORE, start: "2023-05", end: "2023-06", wage: "9000.00" },
      { file: UPLOAD_BEFORE, start: "2023-07", end: "2023-11", wage: "9000.00" },
      { file: UPLOAD_FROM_2023_12, start: "2023-12", end: "2024-02", wage: "9000.00" },
    ]);
    expect(report.summary).toMatchObject({ rows: 9, exported: 9, reported: 0, errors: 0, rowsWithErrors: 0 });
  });
});

describe("bujiao check on the example with mistakes", () => {
  let report: JsonReport;
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    run = await runCli(["check", WITH_ERRORS, ...DATE, "--out", newFolder(), "--json"]);
    report = JSON.parse(run.stdout) as JsonReport;
  });

  test("exits 1", () => {
    expect(run.code).toBe(1);
  });

  test("every row is exported or has an error", () => {
    expect(report.rows.map((row) => row.sheetRow)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    for (const row of report.rows) {
      const hasError = row.findings.some((finding) => finding.severity === "error");
      expect(row.uploadRows.length > 0 || hasError).toBe(true);
    }
  });

  test("rows with errors have no upload rows", () => {
    for (const row of report.rows) {
      if (row.findings.some((finding) => finding.severity === "error")) {
        expect(row.uploadRows).toEqual([]);
        expect(row.outcome).toBe("reported");
      }
    }
  });

  test("each mistake has its error code", () => {
    const errorCodes = (row: JsonRow) => row.findings.filter((finding) => finding.severity === "error").map((finding) => finding.code);
    const codes = Object.fromEntries(report.rows.map((row) => [row.sheetRow, errorCodes(row)]));
    expect(codes).toEqual({
      2: [],
      3: ["ID_CHECK_DIGIT"],
      4: ["START_MONTH_INVALID"],
      5: ["MONTH_ORDER"],
      6: ["WAGE_INVALID"],
      7: ["ID_STORED_AS_NUMBER"],
      8: ["NAME_MISSING"],
      9: [],
    });
  });

  test("every message is Chinese", () => {
    const messages = report.rows.flatMap((row) => row.findings.map((finding) => finding.message));
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(CJK);
  });

  test("bad month message shows the value", () => {
    const row = report.rows.find((candidate) => candidate.sheetRow === 4)!;
    expect(row.findings[0].message).toBe("开始年月 “2023-13” 无效：月份应在 1–12 之间，例如 2023-08");
  });

  test("clean rows are still written", () => {
    expect(report.files.map((file) => [file.fileName, file.rows])).toEqual([
      [UPLOAD_BEFORE, 1],
      [UPLOAD_FROM_2023_12, 1],
    ]);
  });

  test("JSON masks identity numbers", async () => {
    for (const number of await identityNumbersOf(WITH_ERRORS)) expect(run.stdout).not.toContain(number);
  });

  test("text report says rows must be fixed", async () => {
    const textRun = await runCli(["check", WITH_ERRORS, ...DATE, "--out", newFolder()]);
    expect(textRun.code).toBe(1);
    expect(textRun.stdout).toContain("    [错误] ID_CHECK_DIGIT 社会保障号码 “110107********0171” 校验位错误");
    expect(textRun.stdout).toContain("有 6 行存在错误，未导出：请改正后重新运行");
  });
});

describe("bujiao check options and failures", () => {
  test("writes next to the roster by default", async () => {
    const folder = newFolder();
    const roster = join(folder, "名单.xlsx");
    copyFileSync(CLEAN, roster);
    const run = await runCli(["check", roster, ...DATE]);
    expect(run.code).toBe(0);
    expect(existsSync(join(folder, UPLOAD_BEFORE))).toBe(true);
    expect(existsSync(join(folder, UPLOAD_FROM_2023_12))).toBe(true);
  });

  test("never writes over the roster", async () => {
    const folder = newFolder();
    const roster = join(folder, UPLOAD_BEFORE);
    copyFileSync(CLEAN, roster);
    const before = readFileSync(roster);
    const run = await runCli(["check", roster, ...DATE]);
    expect(run.stderr).toMatch(/与名单文件同名，不能覆盖名单/);
    expect(run.code).toBe(2);
    expect(readFileSync(roster).equals(before)).toBe(true);
  });

  test("notes an upload file this run did not write", async () => {
    const folder = newFolder();
    const stale = join(folder, UPLOAD_FROM_2023_12);
    writeFileSync(stale, "an earlier upload");
    const roster = join(folder, "名单.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("补缴名单");
    sheet.addRow(["姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资"]);
    sheet.addRow(["王丽娟", "130102199003152025", "2023-01", "2023-06", 15000]);
    await workbook.xlsx.writeFile(roster);

    const run = await runCli(["check", roster, ...DATE, "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.staleFiles).toEqual([stale]);
    expect(readFileSync(stale, "utf8")).toBe("an earlier upload");
  });

  test("notes a 参数 sheet it ignores", async () => {
    const folder = newFolder();
    const roster = join(folder, "名单.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("补缴名单").addRows([
      ["姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资"],
      ["王丽娟", "130102199003152025", "2023-01", "2023-06", 15000],
    ]);
    workbook.addWorksheet("参数").addRow(["年度", "社平工资"]);
    await workbook.xlsx.writeFile(roster);

    const text = await runCli(["check", roster, ...DATE]);
    expect(text.stdout.split("\n")[1]).toBe("提示：工作表「参数」暂不生效，本次按内置参数计算");
    const json = await runCli(["check", roster, ...DATE, "--json"]);
    expect((JSON.parse(json.stdout) as { ignoredSheets: string[] }).ignoredSheets).toEqual(["参数"]);
  });

  test("shows progress for a large roster", async () => {
    const folder = newFolder();
    const roster = join(folder, "大名单.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("补缴名单");
    sheet.addRow(["姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资"]);
    for (let index = 0; index < 1200; index++) sheet.addRow([`职工${index}`, "130102199003152025", "2023-01", "2023-01", 8000]);
    await workbook.xlsx.writeFile(roster);

    const run = await runCli(["check", roster, ...DATE, "--json"]);
    expect(run.stderr).toBe("已检查 1000/1200 行\n");
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.rows).toHaveLength(1200);
    // The same person and month on 1200 rows: the first row is exported, the others are overlaps (warnings).
    expect(report.summary.exported).toBe(1);
    expect(run.code).toBe(0);
  });

  test("missing roster file exits 2", async () => {
    const missing = join(tmpdir(), "bujiao-no-such-roster.xlsx");
    const run = await runCli(["check", missing, ...DATE]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`找不到文件 “${missing}”：请检查路径和文件名\n`);
    expect(run.code).toBe(2);
  });

  test("CSV roster exits 2", async () => {
    const csv = join(newFolder(), "名单.csv");
    writeFileSync(csv, "姓名,社会保障号码\n");
    const run = await runCli(["check", csv, ...DATE]);
    expect(run.stderr).toMatch(/不是 \.xlsx 工作簿/);
    expect(run.code).toBe(2);
  });

  test("workbook without a roster exits 2", async () => {
    const path = join(newFolder(), "工资.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("工资").addRow(["姓名", "工资"]);
    await workbook.xlsx.writeFile(path);
    const run = await runCli(["check", path, ...DATE]);
    expect(run.stderr).toMatch(/^没有找到补缴名单/);
    expect(run.code).toBe(2);
  });

  test("bad --date exits 2", async () => {
    const run = await runCli(["check", CLEAN, "--date", "2026-02-30", "--out", newFolder()]);
    expect(run.stderr).toBe("办理日期 “2026-02-30” 不是真实存在的日期：请检查年、月、日\n");
    expect(run.code).toBe(2);
  });

  test("missing roster argument exits 2", async () => {
    const run = await runCli(["check", ...DATE]);
    expect(run.stderr).toMatch(/^缺少名单文件/);
    expect(run.code).toBe(2);
  });

  test("English report with BUJIAO_LANG=en", async () => {
    const run = await runCli(["check", CLEAN, ...DATE, "--out", newFolder()], { BUJIAO_LANG: "en" });
    expect(run.stdout).toContain("Summary: 9 rows read, 9 exported, 0 not exported");
    expect(run.code).toBe(0);
  });
});
