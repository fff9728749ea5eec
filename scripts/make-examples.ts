// Writes the example workbooks in examples/: a clean roster with its 单位信息 and 缴费记录 sheets, a roster with
// typical mistakes, a base-difference roster and a payroll sheet with BUJIAO formulas. Every person and the
// unit are synthetic; identity numbers and the credit code get valid check characters.
// Run with `npx tsx scripts/make-examples.ts`. The docs and tests use the handling date 2026-12-04, which the
// 单位信息 sheets leave out on purpose, so the command line's --date decides it.

import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { dayFromParts, dayToSerial, type Day } from "../src/core/calendar";
import { checkCharacter } from "../src/core/identity";
import { creditCodeCheckCharacter } from "../src/core/unitSheet";
import { beijingParameters } from "../src/core/params/parameterSet";
import { isCellError, type CellValue } from "../src/core/parse";
import { evaluateFunction, findFunction, type FunctionContext } from "../src/functions/registry";
import { serialToDate } from "../src/workbook/xlsxFile";

const EXAMPLES_DIR = resolve(__dirname, "..", "examples");
const HANDLING_DATE = dayFromParts(2026, 12, 4) as Day;
/** Fixed document dates, so a rerun writes the same workbook properties. */
const DOCUMENT_DATE = new Date(Date.UTC(2026, 11, 4));

/** Builds an 18-digit identity number from a region code, a birth date (YYYYMMDD) and a 3-digit sequence. */
function identityNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  return `${first17}${checkCharacter(first17)}`;
}

/** Returns a date cell value for the first day of a month or for a given day. */
function dateCell(year: number, month: number, day = 1): Date {
  return serialToDate(dayToSerial(dayFromParts(year, month, day) as Day));
}

/** A month as typed: text such as "2023-01" or "202301", or a date cell showing year and month. */
type MonthCell = string | Date;

interface RosterRow {
  name: string | null;
  identityNumber: string | number;
  start: MonthCell;
  end: MonthCell;
  wage: number | string;
  hukouType?: string;
  hireDate?: Date;
  sex?: string;
}

const ROSTER_HEADER = ["序号", "姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资", "户口性质", "入职日期", "性别"];

const WANG = identityNumber("130102", "19900315", "202");
const LI = identityNumber("110105", "19651123", "031");
const ZHANG = identityNumber("110108", "19850217", "046");
const LIU = identityNumber("110101", "19920708", "113");
const CHEN = identityNumber("120101", "19881230", "024");
const ZHAO = identityNumber("370202", "19870411", "057");
const SUN = identityNumber("110102", "19951120", "068");
const ZHOU = identityNumber("410105", "19930825", "079");

/**
 * The clean roster. 王丽娟 is the portal example of the Beijing guidance (2023-01..2023-08 at 15000, 外埠城镇);
 * 李国强 is a man born 1965-11 back-paying 2005-07..2006-12. Other rows cross 2011-07, the 2023-07 limit
 * period and 2023-12, and 赵磊 has two rows with different wages, so the upload split is visible.
 */
const CLEAN_ROWS: RosterRow[] = [
  { name: "王丽娟", identityNumber: WANG, start: "2023-01", end: "2023-08", wage: 15000, hukouType: "外埠城镇", hireDate: dateCell(2022, 6, 1), sex: "女" },
  { name: "李国强", identityNumber: LI, start: dateCell(2005, 7), end: dateCell(2006, 12), wage: 3000, hukouType: "本市城镇", hireDate: dateCell(2005, 7, 1), sex: "男" },
  { name: "张敏", identityNumber: ZHANG, start: "201103", end: "201110", wage: 4200, hukouType: "本市城镇", hireDate: dateCell(2010, 9, 1), sex: "女" },
  { name: "刘洋", identityNumber: LIU, start: "2023-05", end: "2024-02", wage: 9000, hukouType: "本市城镇", hireDate: dateCell(2023, 4, 17), sex: "男" },
  { name: "陈静", identityNumber: CHEN, start: dateCell(2024, 7), end: dateCell(2025, 6), wage: 12000, hukouType: "外埠城镇", hireDate: dateCell(2024, 6, 3), sex: "女" },
  { name: "赵磊", identityNumber: ZHAO, start: "2025-07", end: "2025-12", wage: 10000, hukouType: "外埠城镇", hireDate: dateCell(2025, 7, 1), sex: "男" },
  { name: "赵磊", identityNumber: ZHAO, start: "202601", end: "202606", wage: 10500, hukouType: "外埠城镇", hireDate: dateCell(2025, 7, 1), sex: "男" },
  { name: "孙丽", identityNumber: SUN, start: "2019-03", end: "2019-09", wage: 5000, hukouType: "本市农村", hireDate: dateCell(2019, 3, 1), sex: "女" },
  { name: "周涛", identityNumber: ZHOU, start: "2020-10", end: "2021-03", wage: 6000, hukouType: "外埠农村", hireDate: dateCell(2020, 9, 14), sex: "男" },
];

/** A run of paid months in the 缴费记录 sheet, as the portal's 权益及人员信息查询 lists them. */
interface PaidMonths {
  name: string;
  identityNumber: string;
  start: string;
  end: string;
}

/**
 * The contribution history of the clean roster. 王丽娟 has 2023-01..2023-07 paid, as in the portal example, so
 * only 2023-08 is payable. The months between each hire date and the first requested month are paid too, so
 * no row skips an earlier unpaid month.
 */
const CLEAN_HISTORY: PaidMonths[] = [
  { name: "王丽娟", identityNumber: WANG, start: "2022-06", end: "2022-12" },
  { name: "王丽娟", identityNumber: WANG, start: "2023-01", end: "2023-07" },
  { name: "张敏", identityNumber: ZHANG, start: "2010-09", end: "2011-02" },
  { name: "刘洋", identityNumber: LIU, start: "2023-04", end: "2023-04" },
  { name: "陈静", identityNumber: CHEN, start: "2024-06", end: "2024-06" },
  { name: "周涛", identityNumber: ZHOU, start: "2020-09", end: "2020-09" },
];

/** The unit of the examples: a small enterprise with good credit, willing to pledge, social insurance and tax in one district. */
const CREDIT_CODE_FIRST17 = "91110108MA01B2C3D";
const UNIT_FACTS: Array<[string, string | number]> = [
  ["单位名称", "北京示例科技有限公司"],
  ["统一社会信用代码", `${CREDIT_CODE_FIRST17}${creditCodeCheckCharacter(CREDIT_CODE_FIRST17)}`],
  ["单位规模", "中小微企业"],
  ["工伤保险费率", 0.004],
  ["信用状况", "良好"],
  ["是否愿意承诺", "是"],
  ["社保与税务是否同区", "是"],
];

const WU = identityNumber("110106", "19910604", "082");
const ZHENG = identityNumber("110107", "19860922", "017");
const FENG = identityNumber("110108", "19940113", "095");
const HE = identityNumber("110105", "19890507", "126");
const MA = identityNumber("110101", "19900829", "133");
const LUO = identityNumber("110105", "19880615", "001");
const ANONYMOUS = identityNumber("110102", "19921011", "144");
const GAO = identityNumber("110108", "19870302", "151");

/** Swaps the check digit for another one, so the number is wrong only there. */
function withWrongCheckDigit(number: string): string {
  return `${number.slice(0, 17)}${number[17] === "1" ? "2" : "1"}`;
}

/** The roster with typical mistakes, each on its own row, and two clean rows (the first and the last). */
const ERROR_ROWS: RosterRow[] = [
  { name: "吴芳", identityNumber: WU, start: "2023-03", end: "2023-06", wage: 8000 },
  { name: "郑伟", identityNumber: withWrongCheckDigit(ZHENG), start: "2022-01", end: "2022-06", wage: 7000 },
  { name: "冯超", identityNumber: FENG, start: "2023-13", end: "2024-02", wage: 9000 },
  { name: "何琳", identityNumber: HE, start: "2024-05", end: "2024-01", wage: 8500 },
  { name: "马骏", identityNumber: MA, start: "2023-07", end: "2023-12", wage: "abc" },
  // Stored as a number, the way Excel keeps an 18-digit number typed into a General cell: the last digits are lost.
  { name: "罗斌", identityNumber: Number(LUO), start: "2022-07", end: "2022-12", wage: 7500 },
  { name: null, identityNumber: ANONYMOUS, start: "2021-01", end: "2021-06", wage: 6000 },
  { name: "高原", identityNumber: GAO, start: "2024-09", end: "2025-02", wage: 11000 },
];

interface BaseDiffRow {
  name: string;
  identityNumber: string;
  kind: string;
  start: string;
  end: string;
  wage: number;
  declaredBase: number;
  hireDate: Date;
  sex: string;
}

const BASE_DIFF_HEADER = ["序号", "姓名", "社会保障号码", "补缴类型", "开始年月", "终止年月", "缴费工资", "原缴费基数", "户口性质", "入职日期", "性别"];

const QIAN = identityNumber("110105", "19880412", "015");
const ZHOU_JG = identityNumber("110108", "19750316", "037");
const WU_TONG = identityNumber("110106", "19900921", "048");
const ZHENG_SHUANG = identityNumber("110101", "19921103", "066");

/**
 * The base-difference roster: 钱程's top-up crosses 2023-12, so its months before go to the portal file and the
 * rest to the tax bureau's list; 周建国's is before 2011-07 (no commitment procedure, amplification coefficient);
 * 吴桐's is all from 2023-12 (tax bureau only); 郑爽 was declared on too high a base and gets a refund.
 */
const BASE_DIFF_ROWS: BaseDiffRow[] = [
  { name: "钱程", identityNumber: QIAN, kind: "基数差补缴", start: "2023-07", end: "2024-03", wage: 12000, declaredBase: 8000, hireDate: dateCell(2021, 3, 1), sex: "男" },
  { name: "周建国", identityNumber: ZHOU_JG, kind: "基数差补缴", start: "2010-01", end: "2010-12", wage: 4000, declaredBase: 2500, hireDate: dateCell(2008, 5, 1), sex: "男" },
  { name: "吴桐", identityNumber: WU_TONG, kind: "基数差补缴", start: "2024-07", end: "2025-06", wage: 15000, declaredBase: 10000, hireDate: dateCell(2024, 7, 1), sex: "女" },
  { name: "郑爽", identityNumber: ZHENG_SHUANG, kind: "基数差退费", start: "2022-01", end: "2022-06", wage: 6000, declaredBase: 8000, hireDate: dateCell(2020, 9, 1), sex: "女" },
];

/** A base difference needs a contribution in the month: every base-difference person has paid since hire. */
const BASE_DIFF_HISTORY: PaidMonths[] = [
  { name: "钱程", identityNumber: QIAN, start: "2021-03", end: "2026-11" },
  { name: "周建国", identityNumber: ZHOU_JG, start: "2008-05", end: "2026-11" },
  { name: "吴桐", identityNumber: WU_TONG, start: "2024-07", end: "2026-11" },
  { name: "郑爽", identityNumber: ZHENG_SHUANG, start: "2020-09", end: "2026-11" },
];

function setMonth(cell: ExcelJS.Cell, month: MonthCell): void {
  cell.value = month;
  cell.numFmt = month instanceof Date ? "yyyy-mm" : "@";
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "bujiao";
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;
  return workbook;
}

/** Adds the 单位信息 sheet: labels in column A, values in column B, no 办理日期 row. */
function addUnitSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("单位信息");
  sheet.addRow(["项目", "内容"]).font = { bold: true };
  for (const [label, value] of UNIT_FACTS) {
    const row = sheet.addRow([label, value]);
    row.getCell(2).numFmt = typeof value === "number" ? "0.0%" : "@";
  }
  sheet.getColumn(1).width = 20;
  sheet.getColumn(2).width = 24;
}

/** Adds the 缴费记录 sheet: one run of paid months per row, months as text. */
function addHistorySheet(workbook: ExcelJS.Workbook, runs: PaidMonths[]): void {
  const sheet = workbook.addWorksheet("缴费记录");
  sheet.addRow(["姓名", "社会保障号码", "开始年月", "终止年月"]).font = { bold: true };
  for (const run of runs) {
    const row = sheet.addRow([run.name, run.identityNumber, run.start, run.end]);
    for (const column of [2, 3, 4]) row.getCell(column).numFmt = "@";
  }
  [10, 22, 10, 10].forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}

async function writeRoster(path: string, rows: RosterRow[], header: string[], history?: PaidMonths[]): Promise<void> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("补缴名单");
  sheet.addRow(header);
  sheet.getRow(1).font = { bold: true };

  rows.forEach((person, index) => {
    const row = sheet.getRow(index + 2);
    row.getCell(1).value = index + 1;
    row.getCell(2).value = person.name;
    row.getCell(3).value = person.identityNumber;
    if (typeof person.identityNumber === "string") row.getCell(3).numFmt = "@";
    setMonth(row.getCell(4), person.start);
    setMonth(row.getCell(5), person.end);
    row.getCell(6).value = person.wage;
    if (header.length > 6) {
      row.getCell(7).value = person.hukouType ?? null;
      row.getCell(8).value = person.hireDate ?? null;
      row.getCell(8).numFmt = "yyyy-mm-dd";
      row.getCell(9).value = person.sex ?? null;
    }
  });

  [6, 10, 22, 10, 10, 10, 10, 12, 6].slice(0, header.length).forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  if (history) {
    addUnitSheet(workbook);
    addHistorySheet(workbook, history);
  }
  await workbook.xlsx.writeFile(path);
}

async function writeBaseDiffRoster(path: string): Promise<void> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("补缴名单");
  sheet.addRow(BASE_DIFF_HEADER).font = { bold: true };

  BASE_DIFF_ROWS.forEach((person, index) => {
    const row = sheet.addRow([
      index + 1,
      person.name,
      person.identityNumber,
      person.kind,
      person.start,
      person.end,
      person.wage,
      person.declaredBase,
      "本市城镇",
      person.hireDate,
      person.sex,
    ]);
    for (const column of [3, 5, 6]) row.getCell(column).numFmt = "@";
    row.getCell(10).numFmt = "yyyy-mm-dd";
  });

  [6, 10, 22, 12, 10, 10, 10, 12, 10, 12, 6].forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  addUnitSheet(workbook);
  addHistorySheet(workbook, BASE_DIFF_HISTORY);
  await workbook.xlsx.writeFile(path);
}

const context: FunctionContext = { params: beijingParameters, today: () => HANDLING_DATE };

/** Evaluates a BUJIAO function as the add-in would, for the cached result of a formula cell. */
function evaluate(id: string, args: CellValue[]): number {
  const spec = findFunction(id);
  if (!spec) throw new Error(`unknown function ${id}`);
  const outcome = evaluateFunction(spec, args, context);
  if (Array.isArray(outcome) || "error" in outcome || isCellError(outcome.value) || typeof outcome.value !== "number") {
    throw new Error(`${id}(${args.join(", ")}) gives no number`);
  }
  return outcome.value;
}

interface PayrollLine {
  name: string;
  feeMonth: string;
  wage: number;
  arrears: number;
}

const PAYROLL_LINES: PayrollLine[] = [
  { name: "李国强", feeMonth: "2005-07", wage: 3000, arrears: 600 },
  { name: "张敏", feeMonth: "2011-07", wage: 4200, arrears: 1000 },
  { name: "孙丽", feeMonth: "2019-07", wage: 3000, arrears: 578.08 },
  { name: "王丽娟", feeMonth: "2023-01", wage: 15000, arrears: 2400 },
  { name: "刘洋", feeMonth: "2023-08", wage: 9000, arrears: 1517.76 },
  { name: "陈静", feeMonth: "2025-07", wage: 50000, arrears: 5729.76 },
];

/**
 * Writes the payroll example. Formula cells carry their results, so the file shows right values where the
 * add-in is not loaded (WPS, older Excel) and after opening until Excel recalculates.
 *
 * NOTE: Excel itself saves a JavaScript custom function under the prefix `_xldudf_`; this file stores the
 * formulas as typed (BUJIAO.BASE(...)). Whether Excel with the add-in recalculates such a cell on open, before
 * it is edited, has not been checked on a machine with Excel.
 */
async function writePayroll(path: string): Promise<void> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("工资表");
  const handlingSerial = dayToSerial(HANDLING_DATE);

  sheet.getCell("A1").value = "办理日期";
  sheet.getCell("B1").value = serialToDate(handlingSerial);
  sheet.getCell("B1").numFmt = "yyyy-mm-dd";
  sheet.getRow(3).values = ["姓名", "费款所属期", "缴费工资", "缴费基数", "欠缴金额", "滞纳金", "放大系数"];
  sheet.getRow(3).font = { bold: true };

  PAYROLL_LINES.forEach((line, index) => {
    const rowNumber = index + 4;
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = line.name;
    row.getCell(2).value = line.feeMonth;
    row.getCell(2).numFmt = "@";
    row.getCell(3).value = line.wage;
    row.getCell(4).value = { formula: `BUJIAO.BASE(C${rowNumber},B${rowNumber})`, result: evaluate("BASE", [line.wage, line.feeMonth]) };
    row.getCell(5).value = line.arrears;
    row.getCell(6).value = {
      formula: `BUJIAO.LATEFEE(E${rowNumber},B${rowNumber},$B$1)`,
      result: evaluate("LATEFEE", [line.arrears, line.feeMonth, handlingSerial]),
    };
    row.getCell(7).value = {
      formula: `BUJIAO.COEFF(B${rowNumber},$B$1)`,
      result: evaluate("COEFF", [line.feeMonth, handlingSerial]),
    };
    for (const column of [3, 4, 5, 6]) row.getCell(column).numFmt = "0.00";
  });

  [10, 12, 10, 10, 10, 10, 20].forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  await workbook.xlsx.writeFile(path);
}

async function main(): Promise<void> {
  await mkdir(EXAMPLES_DIR, { recursive: true });
  const files = [
    join(EXAMPLES_DIR, "补缴名单-示例.xlsx"),
    join(EXAMPLES_DIR, "补缴名单-有错误.xlsx"),
    join(EXAMPLES_DIR, "基数差名单-示例.xlsx"),
    join(EXAMPLES_DIR, "工资表-公式示例.xlsx"),
  ];
  await writeRoster(files[0], CLEAN_ROWS, ROSTER_HEADER, CLEAN_HISTORY);
  await writeRoster(files[1], ERROR_ROWS, ROSTER_HEADER.slice(0, 6));
  await writeBaseDiffRoster(files[2]);
  await writePayroll(files[3]);
  for (const file of files) console.log(file);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
