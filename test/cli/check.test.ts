// `bujiao check` on the example rosters. The tests cover exit codes, the report of every row and person, the
// 参数, 单位信息 and 缴费记录 sheets of the roster workbook, --kind, --no-report and --template. The upload
// files are compared cell by cell (value and type) with the golden files in test/golden/upload/. Two runs
// start the real command as a child process and the others run in-process. Set UPDATE_GOLDEN=1 to rewrite
// the golden files from the current output, then review the diff.

import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/workbook/xlsxFile";
import { runInProcess } from "./inProcess";
import { CJK, REPO_ROOT, runCli } from "./runCli";

jest.setTimeout(120_000);

const DATE = ["--date", "2026-12-04"];
const CLEAN = join(REPO_ROOT, "examples", "补缴名单-示例.xlsx");
const WITH_ERRORS = join(REPO_ROOT, "examples", "补缴名单-有错误.xlsx");
const BASE_DIFF = join(REPO_ROOT, "examples", "基数差名单-示例.xlsx");
const GOLDEN_DIR = join(REPO_ROOT, "test", "golden", "upload");
const UPLOAD_BEFORE = "个人补缴_批量申报.xlsx";
const UPLOAD_FROM_2023_12 = "个人补缴_批量申报_2023年12月起.xlsx";
const TOP_UP = "基数差补缴_批量申报.xlsx";
const REFUND = "基数差退费_批量申报.xlsx";
const TAX_LIST = "基数差_税务办理清单.xlsx";
const REPORT = "补缴报告.xlsx";

interface JsonFinding {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  months?: { from: string; to: string };
}

interface JsonSegment {
  from: string;
  to: string;
  payable: boolean;
  route?: string;
  reasonCode?: string;
}

interface JsonRow {
  sheetRow: number;
  kind: string;
  name: string;
  identityNumber: string;
  outcome: "exported" | "reported";
  findings: JsonFinding[];
  segments: JsonSegment[];
  uploadRows: Array<{ file: string; start: string; end: string; wage: string }>;
}

interface JsonPerson {
  name: string;
  identityNumber: string;
  kind: string;
  sheetRows: number[];
  payableMonths: number;
  segments: Array<{ sheetRow: number; from: string; to: string; route: string; routeText: string; file: string }>;
  amounts?: { employer: string; individual: string; lateFee: string; total: string; incomplete: boolean; lateFeeAbovePrincipal: boolean };
  materials: Array<{ key: string; text: string; reasonKey?: string; reason?: string }>;
  commitment?: { status: string; text: string; reasons: Array<{ code: string; message: string }> };
}

interface JsonReport {
  sheet: string;
  handlingDate: string;
  handlingDateSource: string;
  defaultKind?: string;
  parameters: { parameterSheet: string | null; appliedRows: number; unitSheet: string | null };
  rows: JsonRow[];
  persons: JsonPerson[];
  problems: Array<{ cell: string; severity: string; key: string; message: string }>;
  summary: { rows: number; exported: number; reported: number; errors: number; warnings: number; infos: number; persons: number };
  files: Array<{ fileName: string; path: string; rows: number; fromTemplate: boolean }>;
  report: string | null;
  staleFiles: string[];
}

function newFolder(): string {
  return mkdtempSync(join(tmpdir(), "bujiao-check-"));
}

async function checkJson(args: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const run = await runInProcess(["check", ...args, "--json"]);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
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
  const column = (sheet.rows[0] ?? []).indexOf("社会保障号码");
  return sheet.rows
    .slice(1)
    .map((row) => String(row[column] ?? ""))
    .filter((text) => text.length >= 15);
}

/** Writes a workbook of sheets given as rows of values and returns its path. */
async function workbookWith(folder: string, name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const path = join(folder, name);
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) workbook.addWorksheet(sheetName).addRows(rows);
  await workbook.xlsx.writeFile(path);
  return path;
}

const ROSTER_HEADER = ["姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资"];
const WANG = "130102199003152025";

describe("bujiao check on the clean example", () => {
  const out = newFolder();
  let text: Awaited<ReturnType<typeof runCli>>;
  let json: JsonReport;

  beforeAll(async () => {
    text = await runCli(["check", CLEAN, ...DATE, "--out", out]);
    json = (await checkJson([CLEAN, ...DATE, "--out", newFolder()])).report;
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

  test("portal example pays only 2023-08", async () => {
    // The 缴费记录 sheet has 2023-01..2023-07 paid: those months are not payable, split at the 2023-07 year.
    const wang = json.rows.find((row) => row.sheetRow === 2)!;
    expect(wang.segments).toEqual([
      { from: "2023-01", to: "2023-06", payable: false, reasonCode: "ALREADY_PAID" },
      { from: "2023-07", to: "2023-07", payable: false, reasonCode: "ALREADY_PAID" },
      { from: "2023-08", to: "2023-08", payable: true, route: "socialPortal" },
    ]);
    const paid = wang.findings.filter((finding) => finding.code === "ALREADY_PAID");
    expect(paid.map((finding) => finding.severity)).toEqual(["warning", "warning"]);
    expect(paid[0].message).toBe("2023-01—2023-06 存在缴费记录，不能进行个人补缴");

    const sheet = await readUploadSheet(join(out, UPLOAD_BEFORE));
    expect(sheet.rows.filter((row) => row[2] === "王丽娟").map((row) => row.slice(3))).toEqual([["202308", "202308", 15000]]);
  });

  test("reads the unit and history sheets", () => {
    expect(json.parameters).toEqual({ parameterSheet: null, appliedRows: 0, unitSheet: "单位信息" });
    expect(json.handlingDateSource).toBe("option");
    // With the history and the hire dates present, no roster-level warning remains.
    expect(json.problems).toEqual([]);
    expect(json.rows.flatMap((row) => row.findings.map((finding) => finding.code))).not.toContain("EARLIER_UNPAID");
  });

  test("persons carry segments, materials and no commitment", () => {
    expect(json.persons.map((person) => [person.name, person.payableMonths])).toEqual([
      ["王丽娟", 1],
      ["李国强", 18],
      ["张敏", 8],
      ["刘洋", 10],
      ["陈静", 12],
      ["赵磊", 12],
      ["孙丽", 7],
      ["周涛", 6],
    ]);
    const liu = json.persons.find((person) => person.name === "刘洋")!;
    expect(liu.segments.map((segment) => [segment.from, segment.to, segment.route, segment.file])).toEqual([
      ["2023-05", "2023-06", "socialPortal", UPLOAD_BEFORE],
      ["2023-07", "2023-11", "socialPortal", UPLOAD_BEFORE],
      ["2023-12", "2024-02", "socialPortalThenTaxClient", UPLOAD_FROM_2023_12],
    ]);
    expect(liu.segments[2].routeText).toBe("网上服务平台 + 社保费管理客户端");
    // 9000 a month: employer 1440 + 45 + 36 + 972, individual 720 + 45 + 183, for 10 months.
    expect(liu.amounts).toMatchObject({ employer: "24930.00", individual: "9480.00", incomplete: false, lateFeeAbovePrincipal: false });

    const li = json.persons.find((person) => person.name === "李国强")!;
    expect(li.materials.map((item) => item.key)).toEqual([
      "material.applicationForm",
      "material.confirmationForm",
      "material.electronicData",
      "material.payrollAndContract",
      "material.medicalPrintoutTwo",
      "material.pre2011Application",
      "material.laborContract",
      "material.wageVouchers",
      "material.householdRegister",
    ]);
    expect(li.materials[5]).toEqual({
      key: "material.pre2011Application",
      text: "《补缴2011年7月1日前的基本养老保险费确认申请表》一份，加盖单位公章",
      reasonKey: "material.reason.pre2011",
      reason: "补缴 2011年7月之前的月份，需行政部门审批",
    });
    // The unit sheet puts social insurance and tax in one district, so no e-tax screenshot is needed.
    expect(json.persons.flatMap((person) => person.materials.map((item) => item.key))).not.toContain("material.eTaxScreenshot");
    for (const person of json.persons) expect(person.commitment).toBeUndefined();
  });

  test("text report names every row and person", () => {
    for (let row = 2; row <= 10; row++) expect(text.stdout).toContain(`第 ${row} 行 `);
    expect(text.stdout).toContain("单位信息：已填写 单位名称、统一社会信用代码、单位规模、工伤保险费率、信用状况、是否愿意承诺、社保与税务是否同区；未填写 —");
    expect(text.stdout).toMatch(/汇总：读取 9 行，导出 9 行，未导出 0 行；错误 0 条，警告 \d+ 条，提示 \d+ 条；共 8 人/);
    expect(text.stdout).toContain("王丽娟 130102********2025（个人补缴，名单第 2 行）：可补缴 1 个月\n    2023-08：社保网上服务平台（个人补缴_批量申报.xlsx）\n");
    // 15000 in 2023-08: employer 2400 + 75 + 60 (0.4 %) + 1620 = 4155, individual 1200 + 75 + 300 + 3 = 1578.
    expect(text.stdout).toContain("    金额：单位 4155.00 元，个人 1578.00 元，滞纳金 ");
    expect(text.stdout).toContain("      4. 个人所得税纳税记录（补缴月份含 2019年1月及以后）\n");
    expect(text.stdout).toContain(
      "办理事项：\n  王丽娟 130102********2025（个人补缴）：社保网上服务平台 1 个月（个人补缴_批量申报.xlsx）；准备材料 5 项\n",
    );
    expect(text.stdout).toContain(`已写入 ${join(out, UPLOAD_BEFORE)}（11 行）`);
    expect(text.stdout).toContain(`已写入 ${join(out, UPLOAD_FROM_2023_12)}（4 行）`);
    expect(text.stdout).toContain(`已写入补缴报告 ${join(out, REPORT)}`);
    expect(existsSync(join(out, REPORT))).toBe(true);
  });

  test("text report masks identity numbers", async () => {
    const numbers = await identityNumbersOf(CLEAN);
    expect(numbers).toHaveLength(9);
    for (const number of numbers) expect(text.stdout).not.toContain(number);
    expect(text.stdout).toContain("第 2 行 王丽娟 130102********2025：导出 1 行");
  });

  test("JSON lists every row with its upload rows", () => {
    expect(json.handlingDate).toBe("2026-12-04");
    expect(json.rows.map((row) => row.sheetRow)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const row of json.rows) {
      expect(row.outcome).toBe("exported");
      expect(row.uploadRows.length).toBeGreaterThan(0);
    }
    expect(json.rows[3].uploadRows).toEqual([
      { file: UPLOAD_BEFORE, start: "2023-05", end: "2023-06", wage: "9000.00" },
      { file: UPLOAD_BEFORE, start: "2023-07", end: "2023-11", wage: "9000.00" },
      { file: UPLOAD_FROM_2023_12, start: "2023-12", end: "2024-02", wage: "9000.00" },
    ]);
    expect(json.summary).toMatchObject({ rows: 9, exported: 9, reported: 0, errors: 0, rowsWithErrors: 0, persons: 8 });
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
    const messages = [...report.rows.flatMap((row) => row.findings.map((finding) => finding.message)), ...report.problems.map((problem) => problem.message)];
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(CJK);
  });

  test("bad month message shows the value", () => {
    const row = report.rows.find((candidate) => candidate.sheetRow === 4)!;
    expect(row.findings[0].message).toBe("开始年月 “2023-13” 无效：月份应在 1–12 之间，例如 2023-08");
  });

  test("roster-level warnings name the sheet", () => {
    // The workbook has neither a 缴费记录 sheet nor an 入职日期 column: both checks are reported as not made.
    expect(report.problems.map((problem) => [problem.cell, problem.severity, problem.key])).toEqual([
      ["补缴名单", "warning", "roster.historyMissing"],
      ["补缴名单", "warning", "roster.hireColumnMissing"],
    ]);
    expect(report.problems[0].message).toBe("补缴名单：工作簿中没有「缴费记录」工作表：未核对哪些月份已有缴费记录，也未核对是否有更早的欠缴月份");
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
    const textRun = await runInProcess(["check", WITH_ERRORS, ...DATE, "--out", newFolder()]);
    expect(textRun.code).toBe(1);
    expect(textRun.stdout).toContain("    [错误] ID_CHECK_DIGIT 社会保障号码 “110107********0171” 校验位错误");
    expect(textRun.stdout).toContain("有 6 行存在错误，未导出：请改正后重新运行");
    expect(textRun.stdout).toContain("  第 3 行 郑伟 110107********0171：有错误，未导出，请改正后重新运行\n");
    expect(textRun.stdout).toContain("工作表问题：\n    [警告] 补缴名单：工作簿中没有「缴费记录」工作表");
  });
});

describe("bujiao check on the base-difference example", () => {
  const out = newFolder();
  let code: number;
  let report: JsonReport;

  beforeAll(async () => {
    ({ code, report } = await checkJson([BASE_DIFF, ...DATE, "--out", out]));
  });

  test("exits 0 and writes three files", () => {
    expect(code).toBe(0);
    expect(report.files.map((file) => [file.fileName, file.rows])).toEqual([
      [TOP_UP, 3],
      [REFUND, 1],
      [TAX_LIST, 2],
    ]);
    expect(report.report).toBe(join(out, REPORT));
  });

  test("top-up upload matches golden", async () => {
    await expectGolden(join(out, TOP_UP), "基数差补缴_批量申报.json");
  });

  test("refund upload matches golden", async () => {
    await expectGolden(join(out, REFUND), "基数差退费_批量申报.json");
  });

  test("tax list matches golden", async () => {
    await expectGolden(join(out, TAX_LIST), "基数差_税务办理清单.json");
  });

  test("months from 2023-12 go to the tax bureau", () => {
    const qian = report.persons.find((person) => person.name === "钱程")!;
    expect(qian.segments.map((segment) => [segment.from, segment.to, segment.routeText, segment.file])).toEqual([
      ["2023-07", "2023-11", "社保网厅或综窗", TOP_UP],
      ["2023-12", "2024-03", "税务部门", TAX_LIST],
    ]);
  });

  test("commitment verdicts with reasons", () => {
    const verdicts = Object.fromEntries(report.persons.map((person) => [person.name, person.commitment?.status ?? null]));
    expect(verdicts).toEqual({ 钱程: "available", 周建国: "notAvailable", 吴桐: "available", 郑爽: null });
    const zhou = report.persons.find((person) => person.name === "周建国")!;
    expect(zhou.commitment).toEqual({
      status: "notAvailable",
      text: "不适用承诺制：按非承诺制提交材料",
      reasons: [{ code: "COMMIT_PRE_2011", message: "含 2011年7月前的月份：不适用承诺制" }],
    });
    expect(zhou.materials.map((item) => item.key)).toContain("material.previousYearPayroll");
  });

  test("text report shows commitment and refund", async () => {
    const run = await runInProcess(["check", BASE_DIFF, ...DATE, "--out", newFolder(), "--no-report"]);
    expect(run.stdout).toContain("    承诺制：不适用承诺制：按非承诺制提交材料\n      - 含 2011年7月前的月份：不适用承诺制\n");
    expect(run.stdout).toContain("郑爽 110101********0663（基数差退费，名单第 5 行）：可退费 6 个月");
    // A refund of 2000 a month on 2022 rates: employer 16 % + 0.5 % + 0.4 % + 10.8 % = 554, individual 8 % + 0.5 % + 2 % = 210.
    expect(run.stdout).toContain("    金额：单位 -3324.00 元，个人 -1260.00 元，滞纳金 0.00 元，合计 -4584.00 元");
    expect(run.stdout).toContain("  钱程 110105********0155（基数差补缴）：社保网厅或综窗 5 个月（基数差补缴_批量申报.xlsx）；税务部门 4 个月（基数差_税务办理清单.xlsx）；准备材料 4 项；适用承诺制");
  });
});

describe("bujiao check --kind", () => {
  const folder = newFolder();
  let roster: string;

  beforeAll(async () => {
    roster = await workbookWith(folder, "基数差.xlsx", {
      补缴名单: [
        [...ROSTER_HEADER, "原缴费基数"],
        ["王丽娟", WANG, "2023-01", "2023-03", 15000, 9000],
      ],
      缴费记录: [
        ["社会保障号码", "开始年月", "终止年月"],
        [WANG, "2022-06", "2023-02"],
      ],
    });
  });

  test.each([
    ["基数差补缴", "baseDiffTopUp", TOP_UP],
    ["baseDiffRefund", "baseDiffRefund", REFUND],
    ["BASEDIFFTOPUP", "baseDiffTopUp", TOP_UP],
  ])("--kind %s", async (kind, id, fileName) => {
    const { code, report } = await checkJson([roster, ...DATE, "--out", newFolder(), "--kind", kind, "--no-report"]);
    expect(code).toBe(0);
    expect(report.defaultKind).toBe(id);
    expect(report.rows[0].kind).toBe(id);
    // 2023-03 has no contribution record, so it has no base to correct.
    expect(report.rows[0].segments).toEqual([
      { from: "2023-01", to: "2023-02", payable: true, route: "socialPortalOrCounter" },
      { from: "2023-03", to: "2023-03", payable: false, reasonCode: "NOT_PAID" },
    ]);
    expect(report.files.map((file) => file.fileName)).toEqual([fileName]);
  });

  test("without --kind the row is individual back-payment", async () => {
    const { report } = await checkJson([roster, ...DATE, "--out", newFolder(), "--no-report"]);
    expect(report.rows[0].kind).toBe("missed");
    expect(report.rows[0].segments.map((segment) => [segment.from, segment.to, segment.reasonCode ?? null])).toEqual([
      ["2023-01", "2023-02", "ALREADY_PAID"],
      ["2023-03", "2023-03", null],
    ]);
  });

  test("unknown --kind exits 2", async () => {
    const run = await runInProcess(["check", roster, ...DATE, "--kind", "补税"]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "补缴类型 “补税” 无法识别：可填写 个人补缴（missed）、基数差补缴（baseDiffTopUp）、基数差退费（baseDiffRefund）\n",
    );
    expect(run.code).toBe(2);
  });
});

describe("bujiao check with the workbook's own sheets", () => {
  const folder = newFolder();

  test("bad 参数 row makes exit 1 and names its cell", async () => {
    const roster = await workbookWith(folder, "参数有误.xlsx", {
      补缴名单: [ROSTER_HEADER, ["王丽娟", WANG, "2023-01", "2023-06", 15000]],
      参数: [
        ["类别", "开始年月", "终止年月", "对象", "数值", "数值2", "来源"],
        ["缴费基数上下限", "2027-07", "2028-06", null, 7400, 37000, "测试用来源"],
        ["社平工资", 2026, null, "全口径", "十五万", null, "测试用来源"],
      ],
    });
    const { code, report } = await checkJson([roster, ...DATE, "--out", newFolder(), "--no-report"]);
    expect(report.parameters).toEqual({ parameterSheet: "参数", appliedRows: 1, unitSheet: null });
    expect(report.problems[0]).toMatchObject({ cell: "参数!E3", severity: "error" });
    expect(report.problems[0].message).toMatch(/^参数!E3：数值 “十五万”/);
    expect(report.rows[0].outcome).toBe("exported");
    expect(code).toBe(1);

    const text = await runInProcess(["check", roster, ...DATE, "--out", newFolder(), "--no-report"]);
    expect(text.stdout).toContain("参数：内置北京参数，另采用「参数」工作表 1 行\n");
    expect(text.stdout).toContain("    [错误] 参数!E3：数值 “十五万”");
    expect(text.stdout).toContain("工作表中有 1 处错误：请按上面列出的单元格改正后重新运行");
  });

  test("单位信息 handling date applies unless --date", async () => {
    const roster = await workbookWith(folder, "单位日期.xlsx", {
      补缴名单: [ROSTER_HEADER, ["王丽娟", WANG, "2023-01", "2023-06", 15000]],
      单位信息: [["办理日期", "2023-09-20"]],
    });
    const fromSheet = await checkJson([roster, "--out", newFolder(), "--no-report"]);
    expect(fromSheet.report.handlingDate).toBe("2023-09-20");
    expect(fromSheet.report.handlingDateSource).toBe("unitSheet");
    const fromOption = await checkJson([roster, ...DATE, "--out", newFolder(), "--no-report"]);
    expect(fromOption.report.handlingDate).toBe("2026-12-04");
    expect(fromOption.report.handlingDateSource).toBe("option");
  });

  test("bad 缴费记录 row is a warning with its cell", async () => {
    const roster = await workbookWith(folder, "记录有误.xlsx", {
      补缴名单: [ROSTER_HEADER, ["王丽娟", WANG, "2023-01", "2023-08", 15000]],
      缴费记录: [
        ["社会保障号码", "开始年月", "终止年月"],
        [WANG, "2023-01", "2023-07"],
        [WANG, "2023-13", "2023-12"],
      ],
    });
    const { code, report } = await checkJson([roster, ...DATE, "--out", newFolder(), "--no-report"]);
    expect(report.problems.map((problem) => [problem.cell, problem.severity])).toEqual([
      ["缴费记录!B3", "warning"],
      ["补缴名单", "warning"],
    ]);
    expect(report.problems[0].message).toBe("缴费记录!B3：开始年月 “2023-13” 无效：月份应在 1–12 之间，例如 2023-08。该行缴费记录未读取");
    expect(report.rows[0].uploadRows.map((row) => [row.start, row.end])).toEqual([["2023-08", "2023-08"]]);
    expect(code).toBe(0);
  });
});

describe("bujiao check --template", () => {
  const folder = newFolder();
  let template: string;

  /** Writes a portal-like template: a merged title row, the header in row 2 with marks and extra columns, sample rows. */
  async function writeTemplate(path: string, headers: string[]): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("批量导入");
    sheet.getCell("A1").value = "单位申报个人补缴批量导入模板";
    sheet.mergeCells("A1:I1");
    sheet.getRow(2).values = headers;
    sheet.getRow(2).font = { bold: true, color: { argb: "FFFF0000" } };
    sheet.getRow(3).values = [1, "110101199001011234", "示例", "示例备注", "202301", "202301", 5000, null, "张三"];
    sheet.getRow(20).values = [99, "110101199001011234", "示例", null, "202301", "202301", 5000];
    sheet.getCell("A22").value = "注：本表由单位经办人填写";
    sheet.getColumn(2).width = 31;
    sheet.getColumn(8).numFmt = "0.00%";
    const notes = workbook.addWorksheet("填写说明");
    notes.getCell("A1").value = "开始年月、终止年月填写 6 位数字，例如 202301";
    notes.getCell("A1").font = { italic: true };
    await workbook.xlsx.writeFile(path);
  }

  beforeAll(async () => {
    template = join(folder, "模板.xlsx");
    await writeTemplate(template, ["序号", "*社会保障号码", "*姓名", "备注", "开始年月(YYYYMM)", "*终止年月", "缴费工资（元）", "费率", "经办人"]);
  });

  test("fills by header and keeps the rest", async () => {
    const out = newFolder();
    const { code, report } = await checkJson([CLEAN, ...DATE, "--out", out, "--template", template, "--no-report"]);
    expect(code).toBe(0);
    expect(report.files.map((file) => [file.fileName, file.rows, file.fromTemplate])).toEqual([
      [UPLOAD_BEFORE, 11, true],
      [UPLOAD_FROM_2023_12, 4, true],
    ]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, UPLOAD_BEFORE));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["批量导入", "填写说明"]);
    const sheet = workbook.getWorksheet("批量导入")!;

    // What the template had stays: the title, its merge, the header and its font, widths, formats, notes.
    expect(sheet.getCell("A1").value).toBe("单位申报个人补缴批量导入模板");
    expect(sheet.model.merges).toEqual(["A1:I1"]);
    expect(sheet.getCell("B2").value).toBe("*社会保障号码");
    expect(sheet.getCell("B2").font).toMatchObject({ bold: true, color: { argb: "FFFF0000" } });
    expect(sheet.getColumn(2).width).toBe(31);
    expect(sheet.getCell("A22").value).toBe("注：本表由单位经办人填写");
    expect(workbook.getWorksheet("填写说明")!.getCell("A1").value).toBe("开始年月、终止年月填写 6 位数字，例如 202301");
    expect(workbook.getWorksheet("填写说明")!.getCell("A1").font).toMatchObject({ italic: true });

    // The rows start below the header, as typed cells, in the template's column order.
    const row = (number: number) => [1, 2, 3, 5, 6, 7].map((column) => sheet.getRow(number).getCell(column));
    expect(row(3).map((cell) => cell.value)).toEqual([1, WANG, "王丽娟", "202308", "202308", 15000]);
    expect(row(3).map((cell) => cell.type)).toEqual([
      ExcelJS.ValueType.Number,
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.Number,
    ]);
    for (const cell of row(3).slice(1, 5)) expect(cell.numFmt).toBe("@");
    expect(row(13).map((cell) => cell.value)).toEqual([11, "41010519930825079X", "周涛", "202010", "202103", 6000]);
    // The extra columns are not touched, and the header cell's style did not take the text format.
    expect(sheet.getCell("D3").value).toBe("示例备注");
    expect(sheet.getCell("B2").numFmt).not.toBe("@");

    // The template's sample row further down is cleared; the one-cell note is kept.
    expect(row(20).map((cell) => cell.value)).toEqual([null, null, null, null, null, null]);
  });

  test("missing header exits 2 and writes nothing", async () => {
    const incomplete = join(folder, "缺列模板.xlsx");
    await writeTemplate(incomplete, ["序号", "社会保障号码", "姓名", "备注", "开始年月", "终止年月", "工资总额"]);
    const out = newFolder();
    const run = await runInProcess(["check", CLEAN, ...DATE, "--out", out, "--template", incomplete]);
    expect(run.stderr).toBe(
      `模板 “${incomplete}” 中找不到这些表头：缴费工资（生成 ${UPLOAD_BEFORE} 需要）。表头应在某个工作表的前 10 行内：请确认下载的是对应业务的批量申报模板\n`,
    );
    expect(run.code).toBe(2);
    expect(existsSync(join(out, UPLOAD_BEFORE))).toBe(false);
    expect(existsSync(join(out, REPORT))).toBe(false);
  });

  test("never writes over the template", async () => {
    const out = newFolder();
    const inOut = join(out, UPLOAD_BEFORE);
    copyFileSync(template, inOut);
    const before = readFileSync(inOut);
    const run = await runInProcess(["check", CLEAN, ...DATE, "--out", out, "--template", inOut]);
    expect(run.stderr).toMatch(/就是 --template 指定的模板，不能覆盖模板/);
    expect(run.code).toBe(2);
    expect(readFileSync(inOut).equals(before)).toBe(true);
  });

  test("tax list keeps its own layout", async () => {
    const out = newFolder();
    const { report } = await checkJson([BASE_DIFF, ...DATE, "--out", out, "--template", template, "--no-report"]);
    expect(report.files.map((file) => [file.fileName, file.fromTemplate])).toEqual([
      [TOP_UP, true],
      [REFUND, true],
      [TAX_LIST, false],
    ]);
    await expectGolden(join(out, TAX_LIST), "基数差_税务办理清单.json");
  });
});

describe("bujiao check options and failures", () => {
  test("writes next to the roster by default", async () => {
    const folder = newFolder();
    const roster = join(folder, "名单.xlsx");
    copyFileSync(CLEAN, roster);
    const run = await runInProcess(["check", roster, ...DATE]);
    expect(run.code).toBe(0);
    expect(existsSync(join(folder, UPLOAD_BEFORE))).toBe(true);
    expect(existsSync(join(folder, UPLOAD_FROM_2023_12))).toBe(true);
    expect(existsSync(join(folder, REPORT))).toBe(true);
  });

  test("--no-report writes no report and notes an old one", async () => {
    const folder = newFolder();
    const first = await checkJson([CLEAN, ...DATE, "--out", folder]);
    expect(first.report.report).toBe(join(folder, REPORT));
    const before = readFileSync(join(folder, REPORT));

    const second = await checkJson([CLEAN, ...DATE, "--out", folder, "--no-report"]);
    expect(second.report.report).toBeNull();
    expect(second.report.staleFiles).toEqual([join(folder, REPORT)]);
    expect(readFileSync(join(folder, REPORT)).equals(before)).toBe(true);
  });

  test("never writes over the roster", async () => {
    const folder = newFolder();
    const roster = join(folder, UPLOAD_BEFORE);
    copyFileSync(CLEAN, roster);
    const before = readFileSync(roster);
    const run = await runInProcess(["check", roster, ...DATE]);
    expect(run.stderr).toMatch(/与名单文件同名，不能覆盖名单/);
    expect(run.code).toBe(2);
    expect(readFileSync(roster).equals(before)).toBe(true);
  });

  test("notes an upload file this run did not write", async () => {
    const folder = newFolder();
    const stale = join(folder, UPLOAD_FROM_2023_12);
    writeFileSync(stale, "an earlier upload");
    const roster = await workbookWith(folder, "名单.xlsx", { 补缴名单: [ROSTER_HEADER, ["王丽娟", WANG, "2023-01", "2023-06", 15000]] });

    const { code, report } = await checkJson([roster, ...DATE]);
    expect(code).toBe(0);
    expect(report.staleFiles).toEqual([stale]);
    expect(readFileSync(stale, "utf8")).toBe("an earlier upload");
  });

  test("shows progress for a large roster", async () => {
    const rows: unknown[][] = [ROSTER_HEADER];
    for (let index = 0; index < 1200; index++) rows.push([`职工${index}`, WANG, "2023-01", "2023-01", 8000]);
    const roster = await workbookWith(newFolder(), "大名单.xlsx", { 补缴名单: rows });

    const { code, report, stderr } = await checkJson([roster, ...DATE, "--no-report"]);
    expect(stderr).toBe("已检查 1000/1200 行\n");
    expect(report.rows).toHaveLength(1200);
    // The same person and month on 1200 rows: the first row is exported, the others are overlaps (warnings).
    expect(report.summary.exported).toBe(1);
    expect(code).toBe(0);
  });

  test("missing roster file exits 2", async () => {
    const missing = join(tmpdir(), "bujiao-no-such-roster.xlsx");
    const run = await runInProcess(["check", missing, ...DATE]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`找不到文件 “${missing}”：请检查路径和文件名\n`);
    expect(run.code).toBe(2);
  });

  test("CSV roster exits 2", async () => {
    const csv = join(newFolder(), "名单.csv");
    writeFileSync(csv, "姓名,社会保障号码\n");
    const run = await runInProcess(["check", csv, ...DATE]);
    expect(run.stderr).toMatch(/不是 \.xlsx 工作簿/);
    expect(run.code).toBe(2);
  });

  test("workbook without a roster exits 2", async () => {
    const path = await workbookWith(newFolder(), "工资.xlsx", { 工资: [["姓名", "工资"]] });
    const run = await runInProcess(["check", path, ...DATE]);
    expect(run.stderr).toMatch(/^没有找到补缴名单/);
    expect(run.code).toBe(2);
  });

  test("bad --date exits 2", async () => {
    const run = await runInProcess(["check", CLEAN, "--date", "2026-02-30", "--out", newFolder()]);
    expect(run.stderr).toBe("办理日期 “2026-02-30” 不是真实存在的日期：请检查年、月、日\n");
    expect(run.code).toBe(2);
  });

  test("missing roster argument exits 2", async () => {
    const run = await runInProcess(["check", ...DATE]);
    expect(run.stderr).toMatch(/^缺少名单文件/);
    expect(run.code).toBe(2);
  });

  test("English report with BUJIAO_LANG=en", async () => {
    const run = await runInProcess(["check", CLEAN, ...DATE, "--out", newFolder(), "--no-report"], { BUJIAO_LANG: "en" });
    expect(run.stdout).toContain("Summary: 9 rows read, 9 exported, 0 not exported");
    expect(run.stdout).toContain("Per person:");
    expect(run.code).toBe(0);
  });
});

describe("check --out", () => {
  test("a file in place of a folder is exit 2", async () => {
    const file = join(newFolder(), "not-a-folder");
    writeFileSync(file, "");
    const run = await runInProcess(["check", CLEAN, ...DATE, "--out", file, "--no-report"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`输出位置 “${file}” 是一个文件，不是文件夹：请用 --out 指定一个文件夹（不存在时会自动创建）`);
  });
});
