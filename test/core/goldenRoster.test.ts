// Golden roster: rosters of synthetic people built in code, checked by checkRoster and laid out by
// buildUploadFiles. Every row states the roster rule it exercises and what that rule expects. The rules are
// those of the Beijing 人社 guidance 《规范缴纳社保，保障职工权益》 (2026-01-13) and, for the order of
// back-payment, the 2011 Beijing notice (须从最早欠缴月依次补缴).
//
// The expectations written by hand here (finding codes and severity, segments, per person the materials and
// the commitment verdict, every upload cell) are compared with the engine, and so is the full output (rendered
// messages included) kept in test/golden/roster/. Set UPDATE_GOLDEN=1 to rewrite the golden files from the
// current output; the hand-written expectations still have to pass, so review the diff against them.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type Decimal from "decimal.js";
import { addMonths, dayFromParts, formatDay, formatYearMonth, yearMonth, type Day, type YearMonth } from "../../src/core/calendar";
import { checkCharacter } from "../../src/core/identity";
import { roundFen } from "../../src/core/money";
import { beijingParameters as params } from "../../src/core/params/parameterSet";
import type { CellValue } from "../../src/core/parse";
import { buildReport } from "../../src/core/report/model";
import {
  buildUploadFiles,
  checkRoster,
  findRoster,
  readHistorySheet,
  renderFinding,
  type CheckResult,
  type SheetData,
  type SheetProblem,
  type UploadFile,
} from "../../src/core/roster";
import { FINDING_CODES, UNREACHABLE_CODES } from "../../src/core/roster/codes";
import type { UnitFacts } from "../../src/core/unit";
import { t } from "../../src/i18n";
import people from "../cases/people.json";

const GOLDEN_DIR = join(__dirname, "..", "golden", "roster");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

// ---------------------------------------------------------------------------------------------------------
// Synthetic people

/** Builds a valid 18-character number from region, birth date (YYYYMMDD) and a sequence (odd last digit: male). */
function idNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + checkCharacter(first17);
}

const ID = {
  error: idNumber("110105", "19800101", "003"),
  li: idNumber("110105", "19900305", "011"),
  minor: idNumber("110108", "20090615", "021"),
  retire: idNumber("110101", "19640620", "031"),
  woman: idNumber("110102", "19750110", "042"),
  cadre: idNumber("110102", "19750308", "062"),
  labour: idNumber("110105", "19880720", "071"),
  leave: idNumber("110105", "19890101", "081"),
  noHire: idNumber("110106", "19870202", "091"),
  badHire: idNumber("110106", "19870303", "101"),
  paid: idNumber("110107", "19910404", "111"),
  earlier: idNumber("110107", "19920505", "121"),
  rural: idNumber("110108", "19800606", "131"),
  noHukou: idNumber("110108", "19810707", "141"),
  urban: idNumber("110109", "19750808", "151"),
  long: idNumber("110111", "19850909", "161"),
  overlap: idNumber("130102", "19880720", "171"),
  names: idNumber("130103", "19861010", "181"),
  hmt: idNumber("810000", "19900505", "191"),
  temporary: idNumber("410102", "19921111", "201"),
  /** Sequence 018 makes the check character X (a woman born 1993-01). */
  lowerX: idNumber("110112", "19930101", "018"),
  zero: idNumber("110113", "19940202", "211"),
  low: idNumber("110113", "19940303", "221"),
  high: idNumber("110114", "19950404", "231"),
  sex: idNumber("110114", "19950505", "241"),
  hukou: idNumber("110115", "19960606", "251"),
  optional: idNumber("110115", "19970707", "261"),
  available: idNumber("120101", "19850101", "271"),
  notPaid: idNumber("120101", "19860202", "281"),
  old2010: idNumber("120102", "19800303", "291"),
  already: idNumber("120102", "19810404", "301"),
  diffLong: idNumber("120103", "19820505", "311"),
  injury: idNumber("120103", "19830606", "321"),
  near: idNumber("120104", "19660901", "331"),
  cross: idNumber("120104", "19840707", "341"),
  refund: idNumber("120105", "19850808", "351"),
  portal: idNumber("130102", "19900315", "202"),
  wang: idNumber("110105", "19651115", "031"),
  badCredit: idNumber("110101", "19880808", "401"),
  missedSameDistrict: idNumber("110101", "19890909", "411"),
  unknownFacts: idNumber("110102", "19871212", "421"),
  unknownLong: idNumber("110102", "19860606", "431"),
  unknownMissed: idNumber("110102", "19850505", "441"),
  noHeader: idNumber("110103", "19840404", "451"),
  /** A 外国人永久居留身份证 number: 9, region digit 1, then the 居民身份证 layout. */
  foreignPermanent: idNumber("911000", "19850101", "511"),
  postMissingRetired: idNumber("110102", "19700110", "462"),
  postMissingNear: idNumber("110102", "19760810", "472"),
  gap: idNumber("110103", "19830303", "481"),
};

const PASSPORT = "E12345678";
const TRAVEL_PERMIT = "H12345678";

// ---------------------------------------------------------------------------------------------------------
// Scenario shapes

const COLUMNS = [
  "序号",
  "姓名",
  "社会保障号码",
  "证件类型",
  "补缴类型",
  "开始年月",
  "终止年月",
  "缴费工资",
  "户口性质",
  "性别",
  "岗位",
  "入职日期",
  "离职日期",
  "受伤日期",
  "临时缴费账户",
  "已补基数差",
  "原缴费基数",
] as const;
type Column = (typeof COLUMNS)[number];

interface RowCase {
  /** Excel row number; the header is row 1, so 序号 is row − 1. */
  row: number;
  cells: Partial<Record<Column, CellValue>>;
  /** `CODE severity` or `CODE severity from..to`, person-level findings included; order is not a rule. */
  findings: string[];
  /** `from..to payable route` or `from..to REASON_CODE`, in month order. */
  segments: string[];
}

interface PersonCase {
  /** The person's first sheet row of that kind. */
  row: number;
  kind: "missed" | "baseDiffTopUp" | "baseDiffRefund";
  sheetRows: number[];
  payableMonths: number;
  retirementMonth?: string;
  /** Material keys in the order the list shows them. */
  materials: string[];
  /** `available`, `unknown: CODE,…` or `notAvailable: CODE,…`; absent for kinds without the procedure. */
  commitment?: string;
}

/** An upload file: rows of values, a number being a number cell and a string a text cell. */
interface FileCase {
  fileName: string;
  sheetName: string;
  header: string[];
  rows: Array<Array<string | number>>;
}

interface Scenario {
  /** Golden file name without `.json`. */
  id: string;
  title: string;
  handlingDay: Day;
  unit?: UnitFacts;
  columns: readonly Column[];
  rows: RowCase[];
  /** The 缴费记录 sheet, header included; absent when the workbook has none. */
  history?: CellValue[][];
  persons: PersonCase[];
  files: FileCase[];
  /** Problems of the check and of the 缴费记录 sheet: `cell severity key`. */
  problems: string[];
}

function day(year: number, month: number, dayOfMonth: number): Day {
  return dayFromParts(year, month, dayOfMonth) as Day;
}

const HANDLING = day(2026, 12, 4);
const MISSED_HEADER = ["序号", "社会保障号码", "姓名", "开始年月", "终止年月", "缴费工资"];
const DIFF_HEADER = ["序号", "姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资"];
const TAX_HEADER = ["序号", "姓名", "社会保障号码", "补退类型", "开始年月", "终止年月", "缴费工资"];

/** Materials every individual back-payment lists first (unit form, confirmation, the three-insurance data). */
const MISSED_BASE = ["material.applicationForm", "material.confirmationForm", "material.electronicData"];
/** Fee months from 2019-01 in a unit whose social insurance and tax are in different districts. */
const TAX_SIDE = ["material.taxRecords", "material.eTaxScreenshot"];
const PRINTOUT_TWO = "material.medicalPrintoutTwo";
const PRE_2011 = ["material.pre2011Application", "material.laborContract", "material.wageVouchers", "material.householdRegister"];
const COMMITMENT_LIST = ["material.applicationForm", "material.diffApplication", "material.electronicDataOptional", "material.medicalPrintoutOne"];
const NON_COMMITMENT_LIST = [
  "material.applicationForm",
  "material.diffConfirmation",
  "material.electronicDataOptional",
  "material.medicalPrintoutOne",
  "material.previousYearPayroll",
];

// ---------------------------------------------------------------------------------------------------------
// The main roster: handling day 2026-12-04 (handling month 2026-12), a unit in good standing that will pledge,
// social insurance and tax in different districts, and a 缴费记录 sheet.

const MAIN_ROWS: RowCase[] = [
  // Identity: an empty 社会保障号码 is an error; the row cannot be trusted and is never exported.
  { row: 2, cells: { 姓名: "空号", 社会保障号码: null, 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["ID_MISSING error"], segments: [] },
  // Identity: a number cell has lost digits beyond Excel's 15 significant ones: error.
  { row: 3, cells: { 姓名: "数字号", 社会保障号码: 110105196511150010, 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["ID_STORED_AS_NUMBER error"], segments: [] },
  // Identity: a 15-digit old number is rejected, asking for the 18-digit one.
  { row: 4, cells: { 姓名: "旧号", 社会保障号码: "110105651115001", 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["ID_OLD_FORMAT error"], segments: [] },
  // Identity: 17 characters is neither an old nor an 18-character number.
  { row: 5, cells: { 姓名: "短号", 社会保障号码: "11010519651115001", 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["ID_LENGTH error"], segments: [] },
  // Identity: a letter among the first 17 characters.
  { row: 6, cells: { 姓名: "字母号", 社会保障号码: "11010519651115A01X", 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["ID_CHARACTERS error"], segments: [] },
  // Identity: first two digits 19 are no province code, no 81–83 and no 9 followed by 1–6.
  { row: 7, cells: { 姓名: "地区号", 社会保障号码: "190105199001010011", 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["ID_REGION error"], segments: [] },
  // Identity: birth month 13 (the check digit itself is right), from the worked identity cases.
  { row: 8, cells: { 姓名: "生日号", 社会保障号码: "110105194913310021", 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["ID_BIRTH_DATE error"], segments: [] },
  // Identity: wrong GB 11643 check digit (X expected).
  { row: 9, cells: { 姓名: "校验号", 社会保障号码: "110105194912310021", 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["ID_CHECK_DIGIT error"], segments: [] },
  // Name: the name must be present, so an empty 姓名 is an error.
  { row: 10, cells: { 姓名: null, 社会保障号码: ID.error, 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["NAME_MISSING error"], segments: [] },
  // Identity: a passport holder (document-type column) is not checksum-checked, but the number must be there.
  { row: 11, cells: { 姓名: "无号护照", 社会保障号码: null, 证件类型: "护照", 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["ID_MISSING error"], segments: [] },
  // A 补缴类型 that is none of the three kinds: the row cannot be routed, so it is an error.
  { row: 12, cells: { 姓名: "类型错", 社会保障号码: ID.error, 补缴类型: "其他", 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["KIND_INVALID error"], segments: [] },
  // Months must be valid: month 13 is an error.
  { row: 13, cells: { 姓名: "十三月", 社会保障号码: ID.error, 开始年月: "2023-13", 终止年月: "2023-12", 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["START_MONTH_INVALID error"], segments: [] },
  // Months: a number such as 2023.1 (a cell that held 2023.10) is rejected: October and January cannot be distinguished.
  { row: 14, cells: { 姓名: "小数月", 社会保障号码: ID.error, 开始年月: "2023-01", 终止年月: 2023.1, 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["END_MONTH_INVALID error"], segments: [] },
  // Months: start ≤ end, else an error on the whole range.
  { row: 15, cells: { 姓名: "颠倒", 社会保障号码: ID.error, 开始年月: "2023-05", 终止年月: "2023-02", 缴费工资: 10000, 入职日期: "2023-01-01" }, findings: ["MONTH_ORDER error"], segments: [] },
  // Months: not before 1992-10, an error with the row's months.
  { row: 16, cells: { 姓名: "太早", 社会保障号码: ID.error, 开始年月: "1992-01", 终止年月: "1992-12", 缴费工资: 1000, 入职日期: "1992-01-01" }, findings: ["MONTH_BEFORE_SCHEME error 1992-01..1992-12"], segments: [] },
  // Months after the handling month (2026-12) are errors.
  { row: 17, cells: { 姓名: "未来", 社会保障号码: ID.error, 开始年月: "2026-10", 终止年月: "2027-01", 缴费工资: 10000, 入职日期: "2026-10-01" }, findings: ["MONTH_AFTER_HANDLING error 2026-10..2027-01"], segments: [] },
  // Wage: errors are for a row that cannot be read, such as one without a wage.
  { row: 18, cells: { 姓名: "无工资", 社会保障号码: ID.error, 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: null, 入职日期: "2023-01-01" }, findings: ["WAGE_MISSING error"], segments: [] },
  // Wage: a negative wage is an error.
  { row: 19, cells: { 姓名: "负工资", 社会保障号码: ID.error, 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: -100, 入职日期: "2023-01-01" }, findings: ["WAGE_NEGATIVE error"], segments: [] },
  // A wage that is not a number is an error.
  { row: 20, cells: { 姓名: "文字工资", 社会保障号码: ID.error, 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: "八千", 入职日期: "2023-01-01" }, findings: ["WAGE_INVALID error"], segments: [] },

  // Handling month: not payable (warning). Routing: from 2023-12 the portal pushes the start month to the tax
  // side. Continuity notice: 2 payable months in the last 60 (2021-12..2026-11). The history covers
  // hire..2026-09, so the order rule finds no earlier unpaid month.
  {
    row: 21,
    cells: { 姓名: "李一", 社会保障号码: ID.li, 开始年月: "2026-10", 终止年月: "2026-12", 缴费工资: 10000, 入职日期: "2026-01-01" },
    findings: ["MONTH_HANDLING warning 2026-12..2026-12", "CONTINUITY_NOTICE warning"],
    segments: ["2026-10..2026-11 payable socialPortalThenTaxClient", "2026-12..2026-12 MONTH_HANDLING"],
  },
  // Working age starts with the month of the 16th birthday (born 2009-06-15: 2025-06); earlier months are
  // not payable. The payable run splits at the 2025-07 limit period. Continuity notice: 4 months.
  {
    row: 22,
    cells: { 姓名: "周小", 社会保障号码: ID.minor, 开始年月: "2025-01", 终止年月: "2025-09", 缴费工资: 10000, 入职日期: "2025-01-01" },
    findings: ["BEFORE_WORKING_AGE warning 2025-01..2025-05", "CONTINUITY_NOTICE warning"],
    segments: [
      "2025-01..2025-05 BEFORE_WORKING_AGE",
      "2025-06..2025-06 payable socialPortalThenTaxClient",
      "2025-07..2025-09 payable socialPortalThenTaxClient",
    ],
  },
  // Retirement: a man born 1964-06 (before the first affected 1965-01) retires 2024-06: payable up to 2024-05, the
  // retirement month itself gets its own finding (待遇领取人员当月缴费生成), later months are after retirement.
  {
    row: 23,
    cells: { 姓名: "吴退", 社会保障号码: ID.retire, 开始年月: "2024-03", 终止年月: "2024-08", 缴费工资: 10000, 入职日期: "2024-03-01" },
    findings: ["RETIREMENT_MONTH warning 2024-06..2024-06", "AFTER_RETIREMENT warning 2024-07..2024-08", "CONTINUITY_NOTICE warning"],
    segments: [
      "2024-03..2024-05 payable socialPortalThenTaxClient",
      "2024-06..2024-06 RETIREMENT_MONTH",
      "2024-07..2024-08 AFTER_RETIREMENT",
    ],
  },
  // Working age: a woman born 1975-01 without a post gets the worker age (retirement 2025-02, the first affected
  // women of 50). As a cadre she would retire 2031-07, so 2025-02..2025-05 would be payable only for a cadre.
  // They are not payable, with a warning, until the post is given.
  {
    row: 24,
    cells: { 姓名: "郑女", 社会保障号码: ID.woman, 开始年月: "2024-11", 终止年月: "2025-05", 缴费工资: 10000, 入职日期: "2024-11-01" },
    findings: ["RETIREMENT_POST_MISSING warning 2025-02..2025-05", "CONTINUITY_NOTICE warning"],
    segments: ["2024-11..2025-01 payable socialPortalThenTaxClient", "2025-02..2025-05 RETIREMENT_POST_MISSING"],
  },
  // Retirement: a woman born 1975-03 with post 干部: retirement 2031-07 (55 + 16 months), all months payable.
  {
    row: 25,
    cells: { 姓名: "王干", 社会保障号码: ID.cadre, 开始年月: "2025-03", 终止年月: "2025-08", 缴费工资: 10000, 岗位: "干部", 入职日期: "2025-03-01" },
    findings: ["CONTINUITY_NOTICE warning"],
    segments: ["2025-03..2025-06 payable socialPortalThenTaxClient", "2025-07..2025-08 payable socialPortalThenTaxClient"],
  },
  // Labour relationship hire 2023-03-15 … leave 2023-09-10: months outside are not payable, and not-payable
  // runs also split at 2023-12 (routing). Continuity notice: 7 months.
  {
    row: 26,
    cells: { 姓名: "冯劳", 社会保障号码: ID.labour, 开始年月: "2023-01", 终止年月: "2023-12", 缴费工资: 10000, 入职日期: "2023-03-15", 离职日期: "2023-09-10" },
    findings: [
      "OUTSIDE_EMPLOYMENT warning 2023-01..2023-02",
      "OUTSIDE_EMPLOYMENT warning 2023-10..2023-11",
      "OUTSIDE_EMPLOYMENT warning 2023-12..2023-12",
      "CONTINUITY_NOTICE warning",
    ],
    segments: [
      "2023-01..2023-02 OUTSIDE_EMPLOYMENT",
      "2023-03..2023-06 payable socialPortal",
      "2023-07..2023-09 payable socialPortal",
      "2023-10..2023-11 OUTSIDE_EMPLOYMENT",
      "2023-12..2023-12 OUTSIDE_EMPLOYMENT",
    ],
  },
  // Labour relationship: a leave date before the hire date cannot be right: warning, the leave date is not used.
  {
    row: 27,
    cells: { 姓名: "陈离", 社会保障号码: ID.leave, 开始年月: "2023-05", 终止年月: "2023-06", 缴费工资: 10000, 入职日期: "2023-05-01", 离职日期: "2023-03-01" },
    findings: ["LEAVE_BEFORE_HIRE warning", "CONTINUITY_NOTICE warning"],
    segments: ["2023-05..2023-06 payable socialPortal"],
  },
  // Missing fact (no hire date): the check warns it could not be made and the months stay payable.
  {
    row: 28,
    cells: { 姓名: "褚无", 社会保障号码: ID.noHire, 开始年月: "2022-07", 终止年月: "2022-09", 缴费工资: 10000, 入职日期: null },
    findings: ["HIRE_DATE_MISSING warning", "CONTINUITY_NOTICE warning"],
    segments: ["2022-07..2022-09 payable socialPortal"],
  },
  // An unreadable optional cell (2023-02-30) is a warning; the labour-relationship check is not made.
  {
    row: 29,
    cells: { 姓名: "卫错", 社会保障号码: ID.badHire, 开始年月: "2022-10", 终止年月: "2022-12", 缴费工资: 10000, 入职日期: "2023-02-30" },
    findings: ["HIRE_DATE_INVALID warning", "CONTINUITY_NOTICE warning"],
    segments: ["2022-10..2022-12 payable socialPortal"],
  },
  // Existing contributions: the history shows 2024-01..2024-03 paid, so those months are not payable (存在缴费记录), the rest is.
  {
    row: 30,
    cells: { 姓名: "蒋缴", 社会保障号码: ID.paid, 开始年月: "2024-01", 终止年月: "2024-06", 缴费工资: 10000, 入职日期: "2024-01-01" },
    findings: ["ALREADY_PAID warning 2024-01..2024-03", "CONTINUITY_NOTICE warning"],
    segments: ["2024-01..2024-03 ALREADY_PAID", "2024-04..2024-06 payable socialPortalThenTaxClient"],
  },
  // Order of back-payment: hired 2022-01, history 2022-01..2022-03, roster requests 2022-07..2022-09: 2022-04..2022-06 are earlier
  // unpaid months the roster skips (须从最早欠缴月依次补缴): warning.
  {
    row: 31,
    cells: { 姓名: "沈欠", 社会保障号码: ID.earlier, 开始年月: "2022-07", 终止年月: "2022-09", 缴费工资: 10000, 入职日期: "2022-01-01" },
    findings: ["EARLIER_UNPAID warning 2022-04..2022-06", "CONTINUITY_NOTICE warning"],
    segments: ["2022-07..2022-09 payable socialPortal"],
  },
  // Before 2011-07: rural hukou cannot back-pay those months (warning per limit-period run); 2011-07 on is
  // payable, and upload rows split at 2011-07. No month in the last 60.
  {
    row: 32,
    cells: { 姓名: "韩农", 社会保障号码: ID.rural, 开始年月: "2010-10", 终止年月: "2011-09", 缴费工资: 5000, 户口性质: "本市农村", 入职日期: "2010-10-01" },
    findings: ["PRE_2011_RURAL warning 2010-10..2011-03", "PRE_2011_RURAL warning 2011-04..2011-06"],
    segments: ["2010-10..2011-03 PRE_2011_RURAL", "2011-04..2011-06 PRE_2011_RURAL", "2011-07..2011-09 payable socialPortal"],
  },
  // Before 2011-07 with a missing hukou type: months before 2011-07 are not payable (warning); nothing is left, so the row is
  // reported (NO_PAYABLE_MONTHS) and not exported.
  {
    row: 33,
    cells: { 姓名: "杨空", 社会保障号码: ID.noHukou, 开始年月: "2009-01", 终止年月: "2009-06", 缴费工资: 5000, 户口性质: null, 入职日期: "2009-01-01" },
    findings: ["PRE_2011_HUKOU_MISSING warning 2009-01..2009-03", "PRE_2011_HUKOU_MISSING warning 2009-04..2009-06", "NO_PAYABLE_MONTHS warning"],
    segments: ["2009-01..2009-03 PRE_2011_HUKOU_MISSING", "2009-04..2009-06 PRE_2011_HUKOU_MISSING"],
  },
  // Before 2011-07: urban hukou (外埠城镇) is payable and needs the approval materials; 18 months, so no legal
  // document. Split at the 2006-04 limit period.
  {
    row: 34,
    cells: { 姓名: "朱城", 社会保障号码: ID.urban, 开始年月: "2005-07", 终止年月: "2006-12", 缴费工资: 3000, 户口性质: "外埠城镇", 入职日期: "2005-07-01" },
    findings: [],
    segments: ["2005-07..2006-03 payable socialPortal", "2006-04..2006-12 payable socialPortal"],
  },
  // Three years or more: one person, two rows, 18 + 18 = 36 payable months: ≥ 36, so a legal document (LONG_BACKPAY on his first
  // row). Segments split at the 2019-07 and 2020-07 limit periods. Nothing in the last 60 months.
  {
    row: 35,
    cells: { 姓名: "秦长", 社会保障号码: ID.long, 开始年月: "2018-07", 终止年月: "2019-12", 缴费工资: 10000, 入职日期: "2018-07-01" },
    findings: ["LONG_BACKPAY info"],
    segments: ["2018-07..2019-06 payable socialPortal", "2019-07..2019-12 payable socialPortal"],
  },
  {
    row: 36,
    cells: { 姓名: "秦长", 社会保障号码: ID.long, 开始年月: "2020-01", 终止年月: "2021-06", 缴费工资: 10000, 入职日期: "2018-07-01" },
    findings: [],
    segments: ["2020-01..2020-06 payable socialPortal", "2020-07..2021-06 payable socialPortal"],
  },
  // Overlap: row 38 repeats 2022-05..2022-06 of row 37, which are not payable in the later row (warning).
  // The continuity notice counts the person's payable months once: 2022-01..2022-08 = 8.
  {
    row: 37,
    cells: { 姓名: "尤重", 社会保障号码: ID.overlap, 开始年月: "2022-01", 终止年月: "2022-06", 缴费工资: 10000, 入职日期: "2022-01-01" },
    findings: ["CONTINUITY_NOTICE warning"],
    segments: ["2022-01..2022-06 payable socialPortal"],
  },
  {
    row: 38,
    cells: { 姓名: "尤重", 社会保障号码: ID.overlap, 开始年月: "2022-05", 终止年月: "2022-08", 缴费工资: 10000, 入职日期: "2022-01-01" },
    findings: ["MONTH_OVERLAP warning 2022-05..2022-06"],
    segments: ["2022-05..2022-06 MONTH_OVERLAP", "2022-07..2022-08 payable socialPortal"],
  },
  // The same person twice under two names: the later row is warned; both rows' months stay payable.
  {
    row: 39,
    cells: { 姓名: "孙七", 社会保障号码: ID.names, 开始年月: "2021-01", 终止年月: "2021-03", 缴费工资: 10000, 入职日期: "2021-01-01" },
    findings: [],
    segments: ["2021-01..2021-03 payable socialPortal"],
  },
  {
    row: 40,
    cells: { 姓名: "孙柒", 社会保障号码: ID.names, 开始年月: "2021-04", 终止年月: "2021-06", 缴费工资: 10000, 入职日期: "2021-01-01" },
    findings: ["NAME_MISMATCH warning"],
    segments: ["2021-04..2021-06 payable socialPortal"],
  },
  // Identity and materials: a passport holder: no checksum, no birth date, so working age is not checked (warning, months
  // stay payable); one of the five work permits is needed.
  {
    row: 41,
    cells: { 姓名: "SMITH JOHN", 社会保障号码: PASSPORT, 证件类型: "护照", 开始年月: "2018-01", 终止年月: "2018-06", 缴费工资: 10000, 性别: "男", 入职日期: "2018-01-01" },
    findings: ["BIRTH_UNKNOWN warning"],
    segments: ["2018-01..2018-06 payable socialPortal"],
  },
  // Identity and materials: a 港澳台居民居住证 number (81) with months up to 2018-06: 港澳台人员就业证.
  {
    row: 42,
    cells: { 姓名: "何港", 社会保障号码: ID.hmt, 开始年月: "2018-03", 终止年月: "2018-08", 缴费工资: 10000, 入职日期: "2018-03-01" },
    findings: [],
    segments: ["2018-03..2018-06 payable socialPortal", "2018-07..2018-08 payable socialPortal"],
  },
  // Materials: a pension 临时缴费账户 needs the 告知书.
  {
    row: 43,
    cells: { 姓名: "吕临", 社会保障号码: ID.temporary, 开始年月: "2020-07", 终止年月: "2020-09", 缴费工资: 10000, 户口性质: "外埠农村", 入职日期: "2020-07-01", 临时缴费账户: "是" },
    findings: [],
    segments: ["2020-07..2020-09 payable socialPortal"],
  },
  // Identity: a lower-case x is accepted and exported as X.
  {
    row: 44,
    cells: { 姓名: "施小", 社会保障号码: ID.lowerX.toLowerCase(), 开始年月: "2023-07", 终止年月: "2023-08", 缴费工资: 10000, 入职日期: "2023-07-01" },
    findings: ["CONTINUITY_NOTICE warning"],
    segments: ["2023-07..2023-08 payable socialPortal"],
  },
  // Wage: 0 clamps to the lower limit, so a warning says the wage may have been left out. The upload keeps 0.
  {
    row: 45,
    cells: { 姓名: "张零", 社会保障号码: ID.zero, 开始年月: "2023-01", 终止年月: "2023-02", 缴费工资: 0, 入职日期: "2023-01-01" },
    findings: ["WAGE_ZERO warning", "CONTINUITY_NOTICE warning"],
    segments: ["2023-01..2023-02 payable socialPortal"],
  },
  // Upload files: a wage below the 2023-07 lower limit 6326 is exported as declared; the portal clamps it (info).
  {
    row: 46,
    cells: { 姓名: "孔低", 社会保障号码: ID.low, 开始年月: "2023-07", 终止年月: "2023-08", 缴费工资: 3000, 入职日期: "2023-07-01" },
    findings: ["WAGE_BELOW_LOWER info 2023-07..2023-08", "CONTINUITY_NOTICE warning"],
    segments: ["2023-07..2023-08 payable socialPortal"],
  },
  // Upload files: a wage above the 2024-07 upper limit 35283, exported as declared (info).
  {
    row: 47,
    cells: { 姓名: "曹高", 社会保障号码: ID.high, 开始年月: "2024-07", 终止年月: "2024-09", 缴费工资: 40000, 入职日期: "2024-07-01" },
    findings: ["WAGE_ABOVE_UPPER info 2024-07..2024-09", "CONTINUITY_NOTICE warning"],
    segments: ["2024-07..2024-09 payable socialPortalThenTaxClient"],
  },
  // A 性别 cell that contradicts the number: the number's sex is used, with a warning.
  {
    row: 48,
    cells: { 姓名: "严性", 社会保障号码: ID.sex, 开始年月: "2023-03", 终止年月: "2023-04", 缴费工资: 10000, 性别: "女", 入职日期: "2023-03-01" },
    findings: ["SEX_MISMATCH warning", "CONTINUITY_NOTICE warning"],
    segments: ["2023-03..2023-04 payable socialPortal"],
  },
  // An unreadable 户口性质 is a warning; it only matters for months before 2011-07, and there are none.
  {
    row: 49,
    cells: { 姓名: "华户", 社会保障号码: ID.hukou, 开始年月: "2023-05", 终止年月: "2023-06", 缴费工资: 10000, 户口性质: "火星户口", 入职日期: "2023-05-01" },
    findings: ["HUKOU_INVALID warning", "CONTINUITY_NOTICE warning"],
    segments: ["2023-05..2023-06 payable socialPortal"],
  },
  // Every other optional cell unreadable: one warning each, the row itself is fine.
  {
    row: 50,
    cells: {
      姓名: "金杂",
      社会保障号码: ID.optional,
      证件类型: "驾照",
      开始年月: "2023-09",
      终止年月: "2023-10",
      缴费工资: 10000,
      性别: "未知",
      岗位: "保安队长",
      入职日期: "2023-09-01",
      离职日期: "不详",
      受伤日期: "昨天",
      临时缴费账户: "也许",
      原缴费基数: "八千",
    },
    findings: [
      "DOCUMENT_TYPE_INVALID warning",
      "SEX_INVALID warning",
      "POST_INVALID warning",
      "LEAVE_DATE_INVALID warning",
      "INJURY_DATE_INVALID warning",
      "FLAG_INVALID warning",
      "DECLARED_BASE_INVALID warning",
      "CONTINUITY_NOTICE warning",
    ],
    segments: ["2023-09..2023-10 payable socialPortal"],
  },

  // Base difference with the commitment procedure available: every month has a contribution, the unit pledges and has good
  // credit, none of the seven exclusions holds.
  {
    row: 51,
    cells: { 姓名: "魏承", 社会保障号码: ID.available, 补缴类型: "基数差补缴", 开始年月: "2022-01", 终止年月: "2022-06", 缴费工资: 12000, 原缴费基数: 8000, 入职日期: "2020-01-01" },
    findings: ["COMMITMENT_AVAILABLE info"],
    segments: ["2022-01..2022-06 payable socialPortalOrCounter"],
  },
  // Base difference, contributions check inverted: months without a contribution cannot get a base difference (warning).
  {
    row: 52,
    cells: { 姓名: "陶缺", 社会保障号码: ID.notPaid, 补缴类型: "基数差补缴", 开始年月: "2022-07", 终止年月: "2022-12", 缴费工资: 12000, 原缴费基数: 8000, 入职日期: "2020-01-01" },
    findings: ["NOT_PAID warning 2022-10..2022-12", "COMMITMENT_AVAILABLE info"],
    segments: ["2022-07..2022-09 payable socialPortalOrCounter", "2022-10..2022-12 NOT_PAID"],
  },
  // Commitment exclusion 1: a fee month before 2011-07. The urban-hukou rule before 2011-07 is not among the
  // checks a base difference shares with individual back-payment, so rural hukou does not stop it.
  {
    row: 53,
    cells: { 姓名: "姜旧", 社会保障号码: ID.old2010, 补缴类型: "基数差补缴", 开始年月: "2010-01", 终止年月: "2010-06", 缴费工资: 5000, 户口性质: "本市农村", 原缴费基数: 3000, 入职日期: "2009-01-01" },
    findings: ["COMMIT_PRE_2011 info", "COMMITMENT_NOT_AVAILABLE info"],
    segments: ["2010-01..2010-03 payable socialPortalOrCounter", "2010-04..2010-06 payable socialPortalOrCounter"],
  },
  // Commitment exclusion 4: a base difference was already back-paid for the period.
  {
    row: 54,
    cells: { 姓名: "戚已", 社会保障号码: ID.already, 补缴类型: "基数差补缴", 开始年月: "2021-07", 终止年月: "2021-12", 缴费工资: 12000, 原缴费基数: 8000, 已补基数差: "是", 入职日期: "2020-01-01" },
    findings: ["COMMIT_ALREADY_DIFF info", "COMMITMENT_NOT_AVAILABLE info"],
    segments: ["2021-07..2021-12 payable socialPortalOrCounter"],
  },
  // Commitment exclusion 5: 36 months at once.
  {
    row: 55,
    cells: { 姓名: "谢久", 社会保障号码: ID.diffLong, 补缴类型: "基数差补缴", 开始年月: "2019-07", 终止年月: "2022-06", 缴费工资: 12000, 原缴费基数: 8000, 入职日期: "2019-01-01" },
    findings: ["COMMIT_TOO_LONG info", "COMMITMENT_NOT_AVAILABLE info"],
    segments: [
      "2019-07..2020-06 payable socialPortalOrCounter",
      "2020-07..2021-06 payable socialPortalOrCounter",
      "2021-07..2022-06 payable socialPortalOrCounter",
    ],
  },
  // Commitment exclusion 6: injured 2024-05-10, so the 12 fee months before it are 2023-05..2024-04; 2023-05 and
  // 2023-06 are in the row.
  {
    row: 56,
    cells: { 姓名: "邹伤", 社会保障号码: ID.injury, 补缴类型: "基数差补缴", 开始年月: "2023-01", 终止年月: "2023-06", 缴费工资: 12000, 原缴费基数: 8000, 受伤日期: "2024-05-10", 入职日期: "2020-01-01" },
    findings: ["COMMIT_INJURY info", "COMMITMENT_NOT_AVAILABLE info"],
    segments: ["2023-01..2023-06 payable socialPortalOrCounter"],
  },
  // Commitment exclusion 7: a man born 1966-09 retires 2027-03 (60 + 6 months); 2027-03 − 2026-12 = 3 < 12. His months
  // are from 2023-12, so the tax bureau alone handles them (TAX_BUREAU_MONTHS).
  {
    row: 57,
    cells: { 姓名: "喻近", 社会保障号码: ID.near, 补缴类型: "基数差补缴", 开始年月: "2024-01", 终止年月: "2024-06", 缴费工资: 12000, 原缴费基数: 8000, 入职日期: "2020-01-01" },
    findings: ["TAX_BUREAU_MONTHS info", "COMMIT_NEAR_RETIREMENT info", "COMMITMENT_NOT_AVAILABLE info"],
    segments: ["2024-01..2024-06 payable taxBureau"],
  },
  // Base-difference routing: a base difference crossing 2023-12 is split; months from 2023-12 go to the tax list only.
  {
    row: 58,
    cells: { 姓名: "柏跨", 社会保障号码: ID.cross, 补缴类型: "基数差补缴", 开始年月: "2023-10", 终止年月: "2024-03", 缴费工资: 12000, 原缴费基数: 8000, 入职日期: "2020-01-01" },
    findings: ["TAX_BUREAU_MONTHS info", "COMMITMENT_AVAILABLE info"],
    segments: ["2023-10..2023-11 payable socialPortalOrCounter", "2023-12..2024-03 payable taxBureau"],
  },
  // Upload files: refunds (退基数差) go to their own file before 2023-12 and to the tax list from 2023-12.
  {
    row: 59,
    cells: { 姓名: "水退", 社会保障号码: ID.refund, 补缴类型: "基数差退费", 开始年月: "2022-07", 终止年月: "2022-12", 缴费工资: 9000, 原缴费基数: 10000, 入职日期: "2020-01-01" },
    // The person's refund months from 2023-12 (row 60) go to the tax bureau: a note on the person's first row.
    findings: ["TAX_BUREAU_MONTHS info"],
    segments: ["2022-07..2022-12 payable socialPortalOrCounter"],
  },
  {
    row: 60,
    cells: { 姓名: "水退", 社会保障号码: ID.refund, 补缴类型: "基数差退费", 开始年月: "2024-01", 终止年月: "2024-03", 缴费工资: 9000, 原缴费基数: 10000, 入职日期: "2020-01-01" },
    findings: [],
    segments: ["2024-01..2024-03 payable taxBureau"],
  },
  // Identity and materials: a 港澳居民来往内地通行证 (document type): no checksum and no birth date (warning); months up to
  // 2018-06 need the 港澳台人员就业证.
  {
    row: 61,
    cells: { 姓名: "梁通", 社会保障号码: TRAVEL_PERMIT, 证件类型: "港澳居民来往内地通行证", 开始年月: "2018-01", 终止年月: "2018-08", 缴费工资: 10000, 入职日期: "2018-01-01" },
    findings: ["BIRTH_UNKNOWN warning"],
    segments: ["2018-01..2018-06 payable socialPortal", "2018-07..2018-08 payable socialPortal"],
  },
  // Identity: a 外国人永久居留身份证 number (9 followed by 1–6) is a known code and carries a birth date; no work permit,
  // which only passport holders need.
  {
    row: 62,
    cells: { 姓名: "KIM MINSU", 社会保障号码: ID.foreignPermanent, 开始年月: "2023-01", 终止年月: "2023-02", 缴费工资: 10000, 入职日期: "2023-01-01" },
    findings: ["CONTINUITY_NOTICE warning"],
    segments: ["2023-01..2023-02 payable socialPortal"],
  },
];

/** The main roster's 缴费记录: good rows 2–16, then one unreadable row of each kind (rows 17–19). */
const MAIN_HISTORY: CellValue[][] = [
  ["社会保障号码", "姓名", "开始年月", "终止年月"],
  [ID.li, "李一", "2026-01", "2026-09"],
  [ID.paid, "蒋缴", "2024-01", "2024-03"],
  [ID.earlier, "沈欠", "2022-01", "2022-03"],
  [ID.available, "魏承", "2022-01", "2022-06"],
  [ID.notPaid, "陶缺", "2022-07", "2022-09"],
  [ID.old2010, "姜旧", "2009-01", "2010-06"],
  [ID.already, "戚已", "2021-07", "2021-12"],
  [ID.diffLong, "谢久", "2019-01", "2022-06"],
  [ID.injury, "邹伤", "2020-01", "2023-06"],
  [ID.near, "喻近", "2020-01", "2024-06"],
  [ID.cross, "柏跨", "2020-01", "2024-03"],
  [ID.refund, "水退", "2020-01", "2022-12"],
  [ID.refund, "水退", "2023-01", "2024-03"],
  [ID.available, "魏承", "2020-01", "2021-12"],
  [ID.notPaid, "陶缺", "2020-01", "2022-06"],
  [110105196511150010, "数字号", "2023-01", "2023-03"],
  [ID.paid, "蒋缴", "2024-13", "2024-05"],
  [ID.paid, "蒋缴", "2024-06", "2024-05"],
];

const MISSED_FROM_2019 = [...MISSED_BASE, ...TAX_SIDE, PRINTOUT_TWO];

const MAIN: Scenario = {
  id: "main",
  title: "main roster, handled 2026-12-04",
  handlingDay: HANDLING,
  unit: { creditStanding: "good", willingToPledge: true, sameDistrict: false },
  columns: COLUMNS,
  rows: MAIN_ROWS,
  history: MAIN_HISTORY,
  persons: [
    { row: 21, kind: "missed", sheetRows: [21], payableMonths: 2, retirementMonth: "2053-03", materials: MISSED_FROM_2019 },
    { row: 22, kind: "missed", sheetRows: [22], payableMonths: 4, retirementMonth: "2072-06", materials: MISSED_FROM_2019 },
    { row: 23, kind: "missed", sheetRows: [23], payableMonths: 3, retirementMonth: "2024-06", materials: MISSED_FROM_2019 },
    { row: 24, kind: "missed", sheetRows: [24], payableMonths: 3, retirementMonth: "2025-02", materials: MISSED_FROM_2019 },
    { row: 25, kind: "missed", sheetRows: [25], payableMonths: 6, retirementMonth: "2031-07", materials: MISSED_FROM_2019 },
    { row: 26, kind: "missed", sheetRows: [26], payableMonths: 7, retirementMonth: "2051-07", materials: MISSED_FROM_2019 },
    { row: 27, kind: "missed", sheetRows: [27], payableMonths: 2, retirementMonth: "2052-01", materials: MISSED_FROM_2019 },
    { row: 28, kind: "missed", sheetRows: [28], payableMonths: 3, retirementMonth: "2050-02", materials: MISSED_FROM_2019 },
    { row: 29, kind: "missed", sheetRows: [29], payableMonths: 3, retirementMonth: "2050-03", materials: MISSED_FROM_2019 },
    { row: 30, kind: "missed", sheetRows: [30], payableMonths: 3, retirementMonth: "2054-04", materials: MISSED_FROM_2019 },
    { row: 31, kind: "missed", sheetRows: [31], payableMonths: 3, retirementMonth: "2055-05", materials: MISSED_FROM_2019 },
    // 2011-07..2011-09 only: payroll and contract (up to 2018-12), no approval materials (nothing before 2011-07).
    { row: 32, kind: "missed", sheetRows: [32], payableMonths: 3, retirementMonth: "2043-06", materials: [...MISSED_BASE, "material.payrollAndContract", PRINTOUT_TWO] },
    // No payable month: no materials.
    { row: 33, kind: "missed", sheetRows: [33], payableMonths: 0, retirementMonth: "2044-07", materials: [] },
    // Born 1975-08: 60 + 32 months.
    { row: 34, kind: "missed", sheetRows: [34], payableMonths: 18, retirementMonth: "2038-04", materials: [...MISSED_BASE, "material.payrollAndContract", PRINTOUT_TWO, ...PRE_2011] },
    {
      row: 35,
      kind: "missed",
      sheetRows: [35, 36],
      payableMonths: 36,
      retirementMonth: "2048-09",
      materials: [...MISSED_BASE, "material.payrollAndContract", ...TAX_SIDE, PRINTOUT_TWO, "material.legalDocument"],
    },
    { row: 37, kind: "missed", sheetRows: [37, 38], payableMonths: 8, retirementMonth: "2051-07", materials: MISSED_FROM_2019 },
    { row: 39, kind: "missed", sheetRows: [39, 40], payableMonths: 6, retirementMonth: "2049-10", materials: MISSED_FROM_2019 },
    { row: 41, kind: "missed", sheetRows: [41], payableMonths: 6, materials: [...MISSED_BASE, "material.payrollAndContract", PRINTOUT_TWO, "material.workPermit"] },
    {
      row: 42,
      kind: "missed",
      sheetRows: [42],
      payableMonths: 6,
      retirementMonth: "2053-05",
      materials: [...MISSED_BASE, "material.payrollAndContract", PRINTOUT_TWO, "material.hmtEmploymentPermit"],
    },
    { row: 43, kind: "missed", sheetRows: [43], payableMonths: 3, retirementMonth: "2055-11", materials: [...MISSED_FROM_2019, "material.temporaryAccountNotice"] },
    // A woman born 1993-01 without post: 50 + 60 months (the maximum delay).
    { row: 44, kind: "missed", sheetRows: [44], payableMonths: 2, retirementMonth: "2048-01", materials: MISSED_FROM_2019 },
    { row: 45, kind: "missed", sheetRows: [45], payableMonths: 2, retirementMonth: "2057-02", materials: MISSED_FROM_2019 },
    { row: 46, kind: "missed", sheetRows: [46], payableMonths: 2, retirementMonth: "2057-03", materials: MISSED_FROM_2019 },
    { row: 47, kind: "missed", sheetRows: [47], payableMonths: 3, retirementMonth: "2058-04", materials: MISSED_FROM_2019 },
    { row: 48, kind: "missed", sheetRows: [48], payableMonths: 2, retirementMonth: "2058-05", materials: MISSED_FROM_2019 },
    { row: 49, kind: "missed", sheetRows: [49], payableMonths: 2, retirementMonth: "2059-06", materials: MISSED_FROM_2019 },
    { row: 50, kind: "missed", sheetRows: [50], payableMonths: 2, retirementMonth: "2060-07", materials: MISSED_FROM_2019 },
    { row: 51, kind: "baseDiffTopUp", sheetRows: [51], payableMonths: 6, retirementMonth: "2048-01", materials: COMMITMENT_LIST, commitment: "available" },
    { row: 52, kind: "baseDiffTopUp", sheetRows: [52], payableMonths: 3, retirementMonth: "2049-02", materials: COMMITMENT_LIST, commitment: "available" },
    // Reason 1 is not among 4–7: no bank statements.
    { row: 53, kind: "baseDiffTopUp", sheetRows: [53], payableMonths: 6, retirementMonth: "2043-03", materials: NON_COMMITMENT_LIST, commitment: "notAvailable: COMMIT_PRE_2011" },
    {
      row: 54,
      kind: "baseDiffTopUp",
      sheetRows: [54],
      payableMonths: 6,
      retirementMonth: "2044-04",
      materials: [...NON_COMMITMENT_LIST, "material.bankStatementsOrTax"],
      commitment: "notAvailable: COMMIT_ALREADY_DIFF",
    },
    {
      row: 55,
      kind: "baseDiffTopUp",
      sheetRows: [55],
      payableMonths: 36,
      retirementMonth: "2045-05",
      materials: [...NON_COMMITMENT_LIST, "material.bankStatementsOrTax"],
      commitment: "notAvailable: COMMIT_TOO_LONG",
    },
    {
      row: 56,
      kind: "baseDiffTopUp",
      sheetRows: [56],
      payableMonths: 6,
      retirementMonth: "2046-06",
      materials: [...NON_COMMITMENT_LIST, "material.bankStatementsOrTax"],
      commitment: "notAvailable: COMMIT_INJURY",
    },
    {
      row: 57,
      kind: "baseDiffTopUp",
      sheetRows: [57],
      payableMonths: 6,
      retirementMonth: "2027-03",
      materials: [...NON_COMMITMENT_LIST, "material.bankStatementsOrTax"],
      commitment: "notAvailable: COMMIT_NEAR_RETIREMENT",
    },
    { row: 58, kind: "baseDiffTopUp", sheetRows: [58], payableMonths: 6, retirementMonth: "2047-07", materials: COMMITMENT_LIST, commitment: "available" },
    { row: 59, kind: "baseDiffRefund", sheetRows: [59, 60], payableMonths: 9, retirementMonth: "2048-08", materials: ["material.applicationForm", "material.electronicDataOptional"] },
    { row: 61, kind: "missed", sheetRows: [61], payableMonths: 8, materials: [...MISSED_BASE, "material.payrollAndContract", PRINTOUT_TWO, "material.hmtEmploymentPermit"] },
    { row: 62, kind: "missed", sheetRows: [62], payableMonths: 2, retirementMonth: "2048-01", materials: MISSED_FROM_2019 },
  ],
  files: [
    {
      fileName: "个人补缴_批量申报.xlsx",
      sheetName: "批量申报",
      header: MISSED_HEADER,
      rows: [
        [1, ID.labour, "冯劳", "202303", "202306", 10000],
        [2, ID.labour, "冯劳", "202307", "202309", 10000],
        [3, ID.leave, "陈离", "202305", "202306", 10000],
        [4, ID.noHire, "褚无", "202207", "202209", 10000],
        [5, ID.badHire, "卫错", "202210", "202212", 10000],
        [6, ID.earlier, "沈欠", "202207", "202209", 10000],
        [7, ID.rural, "韩农", "201107", "201109", 5000],
        [8, ID.urban, "朱城", "200507", "200603", 3000],
        [9, ID.urban, "朱城", "200604", "200612", 3000],
        [10, ID.long, "秦长", "201807", "201906", 10000],
        [11, ID.long, "秦长", "201907", "201912", 10000],
        [12, ID.long, "秦长", "202001", "202006", 10000],
        [13, ID.long, "秦长", "202007", "202106", 10000],
        [14, ID.overlap, "尤重", "202201", "202206", 10000],
        [15, ID.overlap, "尤重", "202207", "202208", 10000],
        [16, ID.names, "孙七", "202101", "202103", 10000],
        [17, ID.names, "孙柒", "202104", "202106", 10000],
        [18, PASSPORT, "SMITH JOHN", "201801", "201806", 10000],
        [19, ID.hmt, "何港", "201803", "201806", 10000],
        [20, ID.hmt, "何港", "201807", "201808", 10000],
        [21, ID.temporary, "吕临", "202007", "202009", 10000],
        [22, ID.lowerX, "施小", "202307", "202308", 10000],
        [23, ID.zero, "张零", "202301", "202302", 0],
        [24, ID.low, "孔低", "202307", "202308", 3000],
        [25, ID.sex, "严性", "202303", "202304", 10000],
        [26, ID.hukou, "华户", "202305", "202306", 10000],
        [27, ID.optional, "金杂", "202309", "202310", 10000],
        [28, TRAVEL_PERMIT, "梁通", "201801", "201806", 10000],
        [29, TRAVEL_PERMIT, "梁通", "201807", "201808", 10000],
        [30, ID.foreignPermanent, "KIM MINSU", "202301", "202302", 10000],
      ],
    },
    {
      fileName: "个人补缴_批量申报_2023年12月起.xlsx",
      sheetName: "批量申报",
      header: MISSED_HEADER,
      rows: [
        [1, ID.li, "李一", "202610", "202611", 10000],
        [2, ID.minor, "周小", "202506", "202506", 10000],
        [3, ID.minor, "周小", "202507", "202509", 10000],
        [4, ID.retire, "吴退", "202403", "202405", 10000],
        [5, ID.woman, "郑女", "202411", "202501", 10000],
        [6, ID.cadre, "王干", "202503", "202506", 10000],
        [7, ID.cadre, "王干", "202507", "202508", 10000],
        [8, ID.paid, "蒋缴", "202404", "202406", 10000],
        [9, ID.high, "曹高", "202407", "202409", 40000],
      ],
    },
    {
      fileName: "基数差补缴_批量申报.xlsx",
      sheetName: "批量申报",
      header: DIFF_HEADER,
      rows: [
        [1, "魏承", ID.available, "202201", "202206", 12000],
        [2, "陶缺", ID.notPaid, "202207", "202209", 12000],
        [3, "姜旧", ID.old2010, "201001", "201003", 5000],
        [4, "姜旧", ID.old2010, "201004", "201006", 5000],
        [5, "戚已", ID.already, "202107", "202112", 12000],
        [6, "谢久", ID.diffLong, "201907", "202006", 12000],
        [7, "谢久", ID.diffLong, "202007", "202106", 12000],
        [8, "谢久", ID.diffLong, "202107", "202206", 12000],
        [9, "邹伤", ID.injury, "202301", "202306", 12000],
        [10, "柏跨", ID.cross, "202310", "202311", 12000],
      ],
    },
    {
      fileName: "基数差退费_批量申报.xlsx",
      sheetName: "批量申报",
      header: DIFF_HEADER,
      rows: [[1, "水退", ID.refund, "202207", "202212", 9000]],
    },
    {
      fileName: "基数差_税务办理清单.xlsx",
      sheetName: "税务办理清单",
      header: TAX_HEADER,
      rows: [
        [1, "喻近", ID.near, "单位申报基数差补缴", "202401", "202406", 12000],
        [2, "柏跨", ID.cross, "单位申报基数差补缴", "202312", "202403", 12000],
        [3, "水退", ID.refund, "单位申报基数差退费", "202401", "202403", 9000],
      ],
    },
  ],
  problems: ["缴费记录!A17 warning history.badIdentity", "缴费记录!C18 warning history.badMonth", "缴费记录!D19 warning history.monthOrder"],
};

// ---------------------------------------------------------------------------------------------------------
// Smaller rosters for what depends on the unit or on the handling day.

const UNIT_COLUMNS: readonly Column[] = ["序号", "姓名", "社会保障号码", "补缴类型", "开始年月", "终止年月", "缴费工资", "入职日期"];

/** Commitment exclusions 2 and 3 are unit settings: bad credit and no pledge; social insurance and tax in one district. */
const BAD_CREDIT: Scenario = {
  id: "unit-bad-credit",
  title: "unit with bad credit that will not pledge",
  handlingDay: HANDLING,
  unit: { creditStanding: "bad", willingToPledge: false, sameDistrict: true },
  columns: UNIT_COLUMNS,
  rows: [
    // Commitment exclusions 2 and 3 both hold; neither is among 4–7, so no bank statements.
    {
      row: 2,
      cells: { 姓名: "柳信", 社会保障号码: ID.badCredit, 补缴类型: "基数差补缴", 开始年月: "2022-01", 终止年月: "2022-06", 缴费工资: 12000, 入职日期: "2020-01-01" },
      findings: ["COMMIT_BAD_CREDIT info", "COMMIT_NO_PLEDGE info", "COMMITMENT_NOT_AVAILABLE info"],
      segments: ["2022-01..2022-06 payable socialPortalOrCounter"],
    },
    // Materials: social insurance and tax in the same district, so tax records without the e-tax screenshot.
    {
      row: 3,
      cells: { 姓名: "岑同", 社会保障号码: ID.missedSameDistrict, 补缴类型: "个人补缴", 开始年月: "2023-01", 终止年月: "2023-03", 缴费工资: 10000, 入职日期: "2023-01-01" },
      findings: ["CONTINUITY_NOTICE warning"],
      segments: ["2023-01..2023-03 payable socialPortal"],
    },
  ],
  history: [
    ["社会保障号码", "费款所属期"],
    [ID.badCredit, "2022-01"],
    [ID.badCredit, "2022-02"],
    [ID.badCredit, "2022-03"],
    [ID.badCredit, "2022-04"],
    [ID.badCredit, "2022-05"],
    [ID.badCredit, "2022-06"],
    [ID.missedSameDistrict, "2022-12"],
  ],
  persons: [
    { row: 2, kind: "baseDiffTopUp", sheetRows: [2], payableMonths: 6, retirementMonth: "2051-08", materials: NON_COMMITMENT_LIST, commitment: "notAvailable: COMMIT_BAD_CREDIT,COMMIT_NO_PLEDGE" },
    { row: 3, kind: "missed", sheetRows: [3], payableMonths: 3, retirementMonth: "2052-09", materials: [...MISSED_BASE, "material.taxRecords", PRINTOUT_TWO] },
  ],
  files: [
    { fileName: "个人补缴_批量申报.xlsx", sheetName: "批量申报", header: MISSED_HEADER, rows: [[1, ID.missedSameDistrict, "岑同", "202301", "202303", 10000]] },
    { fileName: "基数差补缴_批量申报.xlsx", sheetName: "批量申报", header: DIFF_HEADER, rows: [[1, "柳信", ID.badCredit, "202201", "202206", 12000]] },
  ],
  problems: [],
};

const NO_HIRE_COLUMNS: readonly Column[] = ["序号", "姓名", "社会保障号码", "补缴类型", "开始年月", "终止年月", "缴费工资"];

/**
 * 单位信息 without credit standing and pledge, no 缴费记录 sheet and no 入职日期 column: each check that needs a
 * missing fact warns and the months stay payable.
 */
const FACTS_MISSING: Scenario = {
  id: "unit-facts-missing",
  title: "unit facts, history and hire dates missing",
  handlingDay: HANDLING,
  columns: NO_HIRE_COLUMNS,
  rows: [
    // Commitment: no exclusion holds, but credit and pledge are unknown: the verdict is unknown, with both warnings.
    // Without a history sheet the contribution check is not made and the months stay payable.
    {
      row: 2,
      cells: { 姓名: "季未", 社会保障号码: ID.unknownFacts, 补缴类型: "基数差补缴", 开始年月: "2022-01", 终止年月: "2022-06", 缴费工资: 12000 },
      findings: ["COMMIT_CREDIT_UNKNOWN warning", "COMMIT_PLEDGE_UNKNOWN warning", "COMMITMENT_UNKNOWN info"],
      segments: ["2022-01..2022-06 payable socialPortalOrCounter"],
    },
    // Commitment exclusion 5 applies whatever the unit facts are: not available, and the unknowns are still warned.
    {
      row: 3,
      cells: { 姓名: "鲁长", 社会保障号码: ID.unknownLong, 补缴类型: "基数差补缴", 开始年月: "2019-07", 终止年月: "2022-06", 缴费工资: 12000 },
      findings: ["COMMIT_CREDIT_UNKNOWN warning", "COMMIT_PLEDGE_UNKNOWN warning", "COMMIT_TOO_LONG info", "COMMITMENT_NOT_AVAILABLE info"],
      segments: [
        "2019-07..2020-06 payable socialPortalOrCounter",
        "2020-07..2021-06 payable socialPortalOrCounter",
        "2021-07..2022-06 payable socialPortalOrCounter",
      ],
    },
    // Materials: the district is not set, so the e-tax screenshot is listed as conditional.
    {
      row: 4,
      cells: { 姓名: "韦缺", 社会保障号码: ID.unknownMissed, 开始年月: "2023-01", 终止年月: "2023-02", 缴费工资: 10000 },
      findings: ["CONTINUITY_NOTICE warning"],
      segments: ["2023-01..2023-02 payable socialPortal"],
    },
  ],
  persons: [
    // Unknown is not "available": the non-commitment list, which covers both cases.
    { row: 2, kind: "baseDiffTopUp", sheetRows: [2], payableMonths: 6, retirementMonth: "2050-12", materials: NON_COMMITMENT_LIST, commitment: "unknown: COMMIT_CREDIT_UNKNOWN,COMMIT_PLEDGE_UNKNOWN" },
    {
      row: 3,
      kind: "baseDiffTopUp",
      sheetRows: [3],
      payableMonths: 36,
      retirementMonth: "2049-06",
      materials: [...NON_COMMITMENT_LIST, "material.bankStatementsOrTax"],
      commitment: "notAvailable: COMMIT_TOO_LONG",
    },
    { row: 4, kind: "missed", sheetRows: [4], payableMonths: 2, retirementMonth: "2048-05", materials: MISSED_FROM_2019 },
  ],
  files: [
    { fileName: "个人补缴_批量申报.xlsx", sheetName: "批量申报", header: MISSED_HEADER, rows: [[1, ID.unknownMissed, "韦缺", "202301", "202302", 10000]] },
    {
      fileName: "基数差补缴_批量申报.xlsx",
      sheetName: "批量申报",
      header: DIFF_HEADER,
      rows: [
        [1, "季未", ID.unknownFacts, "202201", "202206", 12000],
        [2, "鲁长", ID.unknownLong, "201907", "202006", 12000],
        [3, "鲁长", ID.unknownLong, "202007", "202106", 12000],
        [4, "鲁长", ID.unknownLong, "202107", "202206", 12000],
      ],
    },
  ],
  problems: ["补缴名单 warning roster.historyMissing", "补缴名单 warning roster.hireColumnMissing"],
};

/** A 缴费记录 sheet whose header cannot be found: one problem, and no month counts as paid. */
const HISTORY_NO_HEADER: Scenario = {
  id: "history-no-header",
  title: "缴费记录 without a header",
  handlingDay: HANDLING,
  unit: { sameDistrict: true },
  columns: UNIT_COLUMNS,
  rows: [
    // The history is empty, so the order rule finds no earlier unpaid month only because hire = first requested month.
    {
      row: 2,
      cells: { 姓名: "葛头", 社会保障号码: ID.noHeader, 开始年月: "2023-04", 终止年月: "2023-05", 缴费工资: 10000, 入职日期: "2023-04-01" },
      findings: ["CONTINUITY_NOTICE warning"],
      segments: ["2023-04..2023-05 payable socialPortal"],
    },
  ],
  history: [
    ["号码", "月份"],
    [ID.noHeader, "2023-04"],
  ],
  persons: [{ row: 2, kind: "missed", sheetRows: [2], payableMonths: 2, retirementMonth: "2047-04", materials: [...MISSED_BASE, "material.taxRecords", PRINTOUT_TWO] }],
  files: [{ fileName: "个人补缴_批量申报.xlsx", sheetName: "批量申报", header: MISSED_HEADER, rows: [[1, ID.noHeader, "葛头", "202304", "202305", 10000]] }],
  // An unreadable 缴费记录 sheet counts as no history at all, so the months stay payable.
  problems: ["补缴名单 warning roster.historyMissing", "缴费记录!A1 warning history.noHeader"],
};

// ---------------------------------------------------------------------------------------------------------
// The two worked roster cases (test/cases/people.json rosterChecks).

const CASE_COLUMNS: readonly Column[] = ["序号", "姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资", "户口性质", "入职日期"];

/**
 * rosterChecks[0], the portal example of the Beijing guidance: 2023-01..2023-08 at 15000, 外埠城镇, hired
 * 2022-06-01, handled 2023-09-20, history 2023-01..2023-07. Payable 2023-08 only; 2023-01..2023-06 and 2023-07
 * are not payable (存在缴费记录), split at the 2023-07 contribution year as the portal shows; upload row 202308,
 * 202308, 15000. The history as given leaves 2022-06..2022-12 unpaid, so the order rule also warns about them.
 */
const PORTAL_EXAMPLE: Scenario = {
  id: "case-portal-example",
  title: people.rosterChecks[0].case,
  handlingDay: day(2023, 9, 20),
  columns: CASE_COLUMNS,
  rows: [
    {
      row: 2,
      cells: { 姓名: "王丽", 社会保障号码: ID.portal, 开始年月: "2023-01", 终止年月: "2023-08", 缴费工资: 15000, 户口性质: "外埠城镇", 入职日期: "2022-06-01" },
      findings: [
        "ALREADY_PAID warning 2023-01..2023-06",
        "ALREADY_PAID warning 2023-07..2023-07",
        "CONTINUITY_NOTICE warning",
        "EARLIER_UNPAID warning 2022-06..2022-12",
      ],
      segments: ["2023-01..2023-06 ALREADY_PAID", "2023-07..2023-07 ALREADY_PAID", "2023-08..2023-08 payable socialPortal"],
    },
  ],
  history: [
    ["社会保障号码", "开始年月", "终止年月"],
    [ID.portal, "202301", "202307"],
  ],
  persons: [{ row: 2, kind: "missed", sheetRows: [2], payableMonths: 1, retirementMonth: "2045-03", materials: MISSED_FROM_2019 }],
  files: [{ fileName: "个人补缴_批量申报.xlsx", sheetName: "批量申报", header: MISSED_HEADER, rows: [[1, ID.portal, "王丽", "202308", "202308", 15000]] }],
  problems: [],
};

/**
 * rosterChecks[1], the confirmation-form example: a man born 1965-11 (本市城镇), pension back-payment
 * 2005-07..2006-12, applied 2023-02-11. He is within working age (retirement 2026-02: 60 + 3 months). The
 * months are before 2011-07, so the approval materials are needed and the coefficient applies (checked in the
 * report below). 18 months need no legal document. Without history sheet and hire column both checks warn.
 */
const CONFIRMATION_FORM_EXAMPLE: Scenario = {
  id: "case-confirmation-form",
  title: people.rosterChecks[1].case,
  handlingDay: day(2023, 2, 11),
  columns: ["序号", "姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资", "户口性质"],
  rows: [
    {
      row: 2,
      cells: { 姓名: "王小二", 社会保障号码: ID.wang, 开始年月: "2005-07", 终止年月: "2006-12", 缴费工资: 3000, 户口性质: "本市城镇" },
      findings: [],
      segments: ["2005-07..2006-03 payable socialPortal", "2006-04..2006-12 payable socialPortal"],
    },
  ],
  persons: [
    {
      row: 2,
      kind: "missed",
      sheetRows: [2],
      payableMonths: 18,
      retirementMonth: "2026-02",
      materials: [...MISSED_BASE, "material.payrollAndContract", PRINTOUT_TWO, ...PRE_2011],
    },
  ],
  files: [
    {
      fileName: "个人补缴_批量申报.xlsx",
      sheetName: "批量申报",
      header: MISSED_HEADER,
      rows: [
        [1, ID.wang, "王小二", "200507", "200603", 3000],
        [2, ID.wang, "王小二", "200604", "200612", 3000],
      ],
    },
  ],
  problems: ["补缴名单 warning roster.historyMissing", "补缴名单 warning roster.hireColumnMissing"],
};

const SCENARIOS: Scenario[] = [MAIN, BAD_CREDIT, FACTS_MISSING, HISTORY_NO_HEADER, PORTAL_EXAMPLE, CONFIRMATION_FORM_EXAMPLE];

// ---------------------------------------------------------------------------------------------------------
// Running a scenario and rendering its output

interface Outcome {
  result: CheckResult;
  files: UploadFile[];
  problems: SheetProblem[];
}

function sheetsOf(scenario: Scenario): SheetData[] {
  const roster: CellValue[][] = [[...scenario.columns]];
  scenario.rows.forEach((rowCase, index) => {
    if (rowCase.row !== index + 2) throw new Error(`${scenario.id}: row ${rowCase.row} is entry ${index + 1}, expected row ${index + 2}`);
    for (const column of Object.keys(rowCase.cells) as Column[]) {
      if (!scenario.columns.includes(column)) throw new Error(`${scenario.id}: row ${rowCase.row} fills ${column}, which the roster lacks`);
    }
    roster.push(scenario.columns.map((column) => (column === "序号" ? index + 1 : (rowCase.cells[column] ?? null))));
  });
  const sheets: SheetData[] = [{ name: "补缴名单", rows: roster }];
  if (scenario.history) sheets.push({ name: "缴费记录", rows: scenario.history });
  return sheets;
}

function run(scenario: Scenario): Outcome {
  const sheets = sheetsOf(scenario);
  const history = readHistorySheet(sheets);
  const result = checkRoster(
    findRoster(sheets),
    { handlingDay: scenario.handlingDay, ...(scenario.unit ? { unit: scenario.unit } : {}), ...(history ? { history: history.history } : {}) },
    params,
  );
  return { result, files: buildUploadFiles(result), problems: [...result.problems, ...(history?.problems ?? [])] };
}

const range = (from: YearMonth, to: YearMonth) => `${formatYearMonth(from)}..${formatYearMonth(to)}`;

function findingLines(outcome: Outcome, row: number): string[] {
  const result = outcome.result.rows.find((entry) => entry.sheetRow === row);
  if (!result) return [`row ${row} missing from the result`];
  return result.findings.map((finding) => [finding.code, finding.severity, finding.months ? range(finding.months.from, finding.months.to) : ""].join(" ").trim());
}

function segmentLines(outcome: Outcome, row: number): string[] {
  const result = outcome.result.rows.find((entry) => entry.sheetRow === row)!;
  return result.segments.map((segment) => `${range(segment.from, segment.to)} ${segment.payable ? `payable ${segment.route}` : segment.reasonCode}`);
}

function personOf(outcome: Outcome, row: number, kind: string) {
  return outcome.result.persons.find((person) => person.sheetRows[0] === row && person.kind === kind);
}

function commitmentLine(verdict: { status: string; reasons: string[] } | undefined): string | undefined {
  if (!verdict) return undefined;
  return verdict.reasons.length === 0 ? verdict.status : `${verdict.status}: ${verdict.reasons.join(",")}`;
}

function fileCase(file: UploadFile): FileCase {
  return { fileName: file.fileName, sheetName: file.sheetName, header: file.header, rows: file.rows.map((row) => row.map((cell) => cell.value)) };
}

/** Renders the full output of a scenario as plain JSON, messages in Simplified Chinese. */
function goldenOf(scenario: Scenario, outcome: Outcome) {
  const { result } = outcome;
  return {
    scenario: scenario.title,
    handlingDay: formatDay(result.handlingDay),
    rows: Object.fromEntries(
      result.rows.map((row) => [
        String(row.sheetRow),
        {
          kind: row.kind,
          name: row.name,
          maskedIdentityNumber: row.maskedIdentityNumber,
          outcome: row.outcome,
          findings: row.findings.map((finding) => ({
            code: finding.code,
            severity: finding.severity,
            ...(finding.months ? { months: range(finding.months.from, finding.months.to) } : {}),
            message: renderFinding(finding),
          })),
          segments: row.segments.map((segment) => ({
            from: formatYearMonth(segment.from),
            to: formatYearMonth(segment.to),
            payable: segment.payable,
            ...(segment.reasonCode ? { reason: segment.reasonCode } : {}),
            ...(segment.route ? { route: segment.route } : {}),
          })),
        },
      ]),
    ),
    persons: result.persons.map((person) => ({
      identityNumber: person.identityNumber,
      name: person.name,
      kind: person.kind,
      sheetRows: person.sheetRows,
      payableMonths: person.payableMonths,
      ...(person.retirementMonth !== undefined ? { retirementMonth: formatYearMonth(person.retirementMonth) } : {}),
      materials: person.materials.map((item) => ({
        key: item.key,
        text: t(item.key),
        ...(item.reason ? { reason: t(item.reason, item.reasonParams ?? {}) } : {}),
      })),
      ...(person.commitment ? { commitment: person.commitment } : {}),
    })),
    files: outcome.files.map((file) => ({
      key: file.key,
      fileName: file.fileName,
      sheetName: file.sheetName,
      header: file.header,
      rows: file.rows,
      sourceRows: file.sourceRows,
    })),
    problems: outcome.problems.map((problem) => ({ cell: problem.cell, severity: problem.severity, key: problem.key, message: t(problem.key, problem.params) })),
  };
}

type Golden = ReturnType<typeof goldenOf>;

const outcomes = new Map<string, Outcome>();
const goldens = new Map<string, Golden>();

beforeAll(() => {
  if (UPDATE && !existsSync(GOLDEN_DIR)) mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const scenario of SCENARIOS) {
    const outcome = run(scenario);
    outcomes.set(scenario.id, outcome);
    const path = join(GOLDEN_DIR, `${scenario.id}.json`);
    if (UPDATE) writeFileSync(path, `${JSON.stringify(goldenOf(scenario, outcome), null, 1)}\n`);
    goldens.set(scenario.id, JSON.parse(readFileSync(path, "utf8")) as Golden);
  }
});

const sorted = (lines: string[]) => [...lines].sort();

// ---------------------------------------------------------------------------------------------------------
// Tests

describe.each(SCENARIOS.map((scenario) => [scenario.id, scenario] as const))("golden roster %s", (id, scenario) => {
  const outcome = () => outcomes.get(id)!;

  test.each(scenario.rows.map((rowCase) => [rowCase.row, rowCase] as const))("row %i findings", (row, rowCase) => {
    expect(sorted(findingLines(outcome(), row))).toEqual(sorted(rowCase.findings));
  });

  test.each(scenario.rows.map((rowCase) => [rowCase.row, rowCase] as const))("row %i segments", (row, rowCase) => {
    expect(segmentLines(outcome(), row)).toEqual(rowCase.segments);
  });

  test.each(scenario.persons.map((personCase) => [personCase.row, personCase] as const))("person of row %i", (row, personCase) => {
    const person = personOf(outcome(), row, personCase.kind);
    expect(person).toBeDefined();
    expect(person!.sheetRows).toEqual(personCase.sheetRows);
    expect(person!.payableMonths).toBe(personCase.payableMonths);
    expect(person!.retirementMonth === undefined ? undefined : formatYearMonth(person!.retirementMonth)).toBe(personCase.retirementMonth);
    expect(person!.materials.map((item) => item.key)).toEqual(personCase.materials);
    expect(commitmentLine(person!.commitment)).toBe(personCase.commitment);
  });

  test("one person entry per person and kind", () => {
    expect(outcome().result.persons.map((person) => `${person.sheetRows[0]} ${person.kind}`)).toEqual(
      scenario.persons.map((personCase) => `${personCase.row} ${personCase.kind}`),
    );
  });

  test("upload files cell by cell", () => {
    expect(outcome().files.map(fileCase)).toEqual(scenario.files);
  });

  test("upload cells are typed: 序号 and 缴费工资 numbers, the rest text", () => {
    for (const file of outcome().files) {
      for (const row of file.rows) {
        row.forEach((cell, column) => {
          const numeric = file.header[column] === "序号" || file.header[column] === "缴费工资";
          expect(`${file.header[column]} ${cell.kind}`).toBe(`${file.header[column]} ${numeric ? "number" : "text"}`);
        });
      }
    }
  });

  test("sheet problems", () => {
    expect(outcome().problems.map((problem) => `${problem.cell} ${problem.severity} ${problem.key}`)).toEqual(scenario.problems);
  });

  test("every row ends exported or reported with a reason", () => {
    for (const row of outcome().result.rows) {
      const blocking = row.findings.some((finding) => finding.severity === "error" || finding.code === "NO_PAYABLE_MONTHS");
      expect(`${row.sheetRow} ${row.outcome}`).toBe(`${row.sheetRow} ${blocking ? "reported" : "exported"}`);
    }
    expect(outcome().result.rows.map((row) => row.sheetRow)).toEqual(scenario.rows.map((rowCase) => rowCase.row));
  });

  test("reading the upload files back gives the payable segments", () => {
    expect(readBack(outcome().files)).toEqual(payableTuples(outcome().result));
  });

  test.each(scenario.rows.map((rowCase) => [rowCase.row] as const))("row %i matches the golden file", (row) => {
    expect(goldenOf(scenario, outcome()).rows[String(row)]).toEqual(goldens.get(id)!.rows[String(row)]);
  });

  test("persons, files and problems match the golden file", () => {
    const actual = goldenOf(scenario, outcome());
    const golden = goldens.get(id)!;
    expect(actual.persons).toEqual(golden.persons);
    expect(actual.files).toEqual(golden.files);
    expect(actual.problems).toEqual(golden.problems);
    expect(Object.keys(actual.rows)).toEqual(Object.keys(golden.rows));
  });
});

// ---------------------------------------------------------------------------------------------------------
// Reading the exported files back

/** A payable run as (identity number, name, start, end, wage to the fen). */
type Tuple = [string, string, string, string, string];

/** Turns the upload cells back into tuples by header name, as a portal reading the files would. */
function readBack(files: UploadFile[]): Tuple[] {
  const tuples: Tuple[] = [];
  for (const file of files) {
    const column = (header: string) => file.header.indexOf(header);
    const [id, name, start, end, wage] = ["社会保障号码", "姓名", "开始年月", "终止年月", "缴费工资"].map(column);
    for (const row of file.rows) {
      const month = (text: string | number) => `${String(text).slice(0, 4)}-${String(text).slice(4)}`;
      tuples.push([String(row[id].value), String(row[name].value), month(row[start].value), month(row[end].value), Number(row[wage].value).toFixed(2)]);
    }
  }
  return tuples.sort();
}

function payableTuples(result: CheckResult): Tuple[] {
  const tuples: Tuple[] = [];
  for (const row of result.rows) {
    for (const segment of row.segments) {
      if (!segment.payable) continue;
      const wage: Decimal = roundFen(row.calculation!.wage);
      tuples.push([row.calculation!.identityNumber, row.name, formatYearMonth(segment.from), formatYearMonth(segment.to), wage.toFixed(2)]);
    }
  }
  return tuples.sort();
}

// ---------------------------------------------------------------------------------------------------------
// The worked cases beyond the roster check, and the code registry against the golden set

describe("worked roster cases", () => {
  test("case texts state the outcomes encoded above", () => {
    const [portal, confirmation] = people.rosterChecks;
    expect(portal.expected).toContain("payable 2023-08..2023-08 at 15000");
    expect(portal.expected).toContain("2023-01..2023-06 and 2023-07..2023-07");
    expect(portal.expected).toContain("the upload row is 202308, 202308, 15000");
    expect(confirmation.expected).toContain("statutory retirement month 2026-02");
    expect(confirmation.expected).toContain("18 months, so no legal document");
  });

  test("confirmation-form example: the pension coefficient applies to every month", () => {
    const outcome = outcomes.get(CONFIRMATION_FORM_EXAMPLE.id)!;
    const report = buildReport(outcome.result, params, undefined);
    const months = report.persons[0].months;
    expect(months.map((month) => formatYearMonth(month.month))).toEqual(
      Array.from({ length: 18 }, (_, index) => formatYearMonth(addMonths(yearMonth(2005, 7), index))),
    );
    for (const month of months) {
      expect(month.coefficient).toBeDefined();
      expect(month.coefficient!.greaterThan(1)).toBe(true);
    }
  });

  test("portal example: the only upload row is 202308–202308 at 15000", () => {
    const [file] = outcomes.get(PORTAL_EXAMPLE.id)!.files;
    expect(file.rows.map((row) => row.slice(3).map((cell) => cell.value))).toEqual([["202308", "202308", 15000]]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Rows on which an earlier engine disagreed with the roster rules, kept as regression tests outside the golden
// files. Each test states what the rule expects.

const DISCREPANCIES: Scenario = {
  id: "discrepancies",
  title: "rows on which an earlier engine disagreed with the roster rules",
  handlingDay: HANDLING,
  unit: { creditStanding: "good", willingToPledge: true, sameDistrict: true },
  columns: UNIT_COLUMNS,
  rows: [
    // A woman born 1970-01 without post: worker retirement 2020-01, cadre retirement 2025-02 (55 + 1 month).
    { row: 2, cells: { 姓名: "欧退", 社会保障号码: ID.postMissingRetired, 开始年月: "2025-03", 终止年月: "2025-05", 缴费工资: 10000, 入职日期: "2025-03-01" }, findings: [], segments: [] },
    // A woman born 1976-08 without post: worker retirement 2027-06 (50 + 10 months), cadre 2033-04.
    {
      row: 3,
      cells: { 姓名: "殷近", 社会保障号码: ID.postMissingNear, 补缴类型: "基数差补缴", 开始年月: "2024-01", 终止年月: "2024-06", 缴费工资: 12000, 入职日期: "2020-01-01" },
      findings: [],
      segments: [],
    },
    // Hired 2022-01, no month paid, two rows 2022-01..2022-03 and 2022-07..2022-09: 2022-04..2022-06 are skipped.
    { row: 4, cells: { 姓名: "乐隙", 社会保障号码: ID.gap, 开始年月: "2022-01", 终止年月: "2022-03", 缴费工资: 10000, 入职日期: "2022-01-01" }, findings: [], segments: [] },
    { row: 5, cells: { 姓名: "乐隙", 社会保障号码: ID.gap, 开始年月: "2022-07", 终止年月: "2022-09", 缴费工资: 10000, 入职日期: "2022-01-01" }, findings: [], segments: [] },
    // A formula error in the identity column once read as an empty cell; a name with a line break was exported.
    { row: 6, cells: { 姓名: "错值", 社会保障号码: { error: "#REF!" }, 开始年月: "2022-01", 终止年月: "2022-02", 缴费工资: 10000, 入职日期: "2022-01-01" }, findings: [], segments: [] },
    { row: 7, cells: { 姓名: "乐\n隙", 社会保障号码: ID.gap, 开始年月: "2021-01", 终止年月: "2021-02", 缴费工资: 10000, 入职日期: "2021-01-01" }, findings: [], segments: [] },
    // A wage with three decimals was once rounded for export without a note.
    { row: 8, cells: { 姓名: "乐隙", 社会保障号码: ID.gap, 开始年月: "2020-01", 终止年月: "2020-01", 缴费工资: 8000.555, 入职日期: "2020-01-01" }, findings: [], segments: [] },
  ],
  history: [
    ["社会保障号码", "开始年月", "终止年月"],
    [ID.postMissingNear, "2020-01", "2024-06"],
  ],
  persons: [],
  files: [],
  problems: [],
};

describe("roster rule regressions", () => {
  let outcome: Outcome;
  beforeAll(() => {
    outcome = run(DISCREPANCIES);
  });

  // Working age: months that would be payable only for a cadre are not payable until the post is given
  // (RETIREMENT_POST_MISSING tells the user to fill in the post and check again). 2025-03..2025-05 are after the cadre
  // retirement month 2025-02 as well, so they are outside working age whatever the post: AFTER_RETIREMENT.
  test("post missing: months after both retirement months", () => {
    expect(segmentLines(outcome, 2)).toEqual(["2025-03..2025-05 AFTER_RETIREMENT"]);
  });

  // Working age: without a post the check assumes the worker age and warns. Here the assumed retirement month 2027-06
  // decides commitment exclusion 7 (COMMIT_NEAR_RETIREMENT; as a cadre she would retire 2033-04), but no month reaches
  // the retirement month, so only the commitment check can warn that the post was assumed.
  test("post missing: the assumed age behind the commitment verdict is warned", () => {
    const row = outcome.result.rows.find((entry) => entry.sheetRow === 3)!;
    expect(commitmentLine(personOf(outcome, 3, "baseDiffTopUp")?.commitment)).toBe("notAvailable: COMMIT_NEAR_RETIREMENT");
    const warnings = row.findings.filter((finding) => finding.severity === "warning").map((finding) => finding.key);
    expect(warnings).toContain("commitment.postAssumed");
  });

  // Order of back-payment: back-payments go from the earliest unpaid month on (须从最早欠缴月依次补缴). The
  // history shows 2022-04..2022-06 unpaid inside the labour relationship, and the roster requests later months
  // but not these.
  test("a wage with three decimals gets a rounding note", () => {
    expect(findingLines(outcome, 8)).toContain("WAGE_ROUNDED info");
  });

  test("a formula error and a broken name are row errors", () => {
    expect(findingLines(outcome, 6)).toEqual(["ID_ERROR_VALUE error"]);
    expect(findingLines(outcome, 7)).toEqual(["NAME_INVALID error"]);
  });

  test("an unpaid gap between two requested rows is warned", () => {
    expect(findingLines(outcome, 4)).toContain("EARLIER_UNPAID warning 2022-04..2022-06");
  });
});

describe("finding codes against the golden set", () => {
  const emitted = () => {
    const seen = new Map<string, Set<string>>();
    for (const outcome of [...outcomes.values(), run(DISCREPANCIES)]) {
      for (const row of outcome.result.rows) {
        for (const finding of row.findings) {
          const entry = seen.get(finding.code) ?? new Set<string>();
          entry.add(`${finding.severity} ${finding.key}`);
          seen.set(finding.code, entry);
        }
      }
      for (const problem of outcome.problems) seen.set(problem.key, new Set([`${problem.severity} ${problem.key}`]));
    }
    return seen;
  };

  test("emitted codes are registered", () => {
    for (const [code, uses] of emitted()) {
      const doc = FINDING_CODES.find((entry) => entry.code === code);
      expect(doc?.code).toBe(code);
      for (const use of uses) {
        const [severity, key] = use.split(" ");
        expect(`${code} ${severity}`).toBe(`${code} ${doc!.severity}`);
        expect(doc!.messageKeys).toContain(key);
      }
    }
  });

  test("registered codes occur in golden set", () => {
    const seen = emitted();
    const missing = FINDING_CODES.map((entry) => entry.code).filter((code) => !seen.has(code) && !UNREACHABLE_CODES.includes(code));
    expect(missing).toEqual([]);
  });
});
