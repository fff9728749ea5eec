// Fuzz test of the roster check: workbooks of random cells go through findRoster, readHistorySheet and
// checkRoster with a fixed seed and a bounded number of runs, so CI time stays small.
//
// The cells are what the core receives after a workbook adapter has read a sheet: values only. Empty cells, error
// values ({error: "#N/A"}), the cached values of formulas (numbers with a time of day, text), text of 10 000
// characters, amounts with thousands separators or currency signs, full-width digits, dates and months as text
// in every form, logical values, huge numbers, NaN-like text, an 18-digit identity number stored as a number,
// blank header cells as merged headers leave them, title rows above the header, and blank rows (a hidden row
// is just a row here). Checked: nothing but a BujiaoError escapes findRoster, and nothing escapes the others;
// every non-blank roster row has exactly one result, exported or reported; a row with an error finding has no
// upload row; every message is Chinese with no {placeholder} left, and no message shows an identity number
// from the identity column whole.
//
// What the readers accept and reject (src/core/parse.ts, src/core/identity.ts). READER_TABLE below asserts
// examples of each line, and rejections by the catalogue key of their message.
//
// Fee months (parseFeeMonth)
//   accepted: text 2023-08, 2023-8, 2023/8, 2023.08 (spaces around the separator allowed), 202308, 2023年8月
//     (月 may be left out); the date texts below, read as their month; full-width forms of all of them (read
//     through NFKC); whole numbers 100000–999999 as YYYYMM, 10000000–99999999 as YYYYMMDD, and other whole
//     numbers from 1 to 73050 as Excel serials.
//   rejected: empty or spaces → input.missing; a logical value → input.boolean; an error value → input.error;
//     a number with a fraction → feeMonth.fraction between 1900 and 2100 (2023.1, which may have been
//     "2023.10"), else feeMonth.notWhole; 0, a negative number and any other text (八月, 二〇二三年八月,
//     202,308, 45153 as text, NaN) → feeMonth.invalid; month 0 or above 12 → feeMonth.badMonth; a year outside
//     1900–2099 → feeMonth.outOfRange; a date that does not exist → date.notReal; a serial above 73050
//     (2099-12-31), such as an identity number stored as a number → date.outOfRange; serial 60, Excel's
//     1900-02-29 → date.phantom.
// Dates (parseDay)
//   accepted: text 2026-12-04, 2026/12/4, 2026.12.4 (one separator throughout), 20261204, 2026年12月4日 (日
//     may be left out), full-width forms; a whole number 10000000–99999999 as YYYYMMDD; any other positive
//     number up to 73050 as an Excel serial, its fraction (the time of day) ignored.
//   rejected: empty, logical and error values as above; 0, negative numbers and other text (2026-12, 46360 as
//     text) → date.invalid; a date that does not exist → date.notReal; a year outside 1900–2099 or a serial
//     above 73050 → date.outOfRange; serial 60 → date.phantom.
// Amounts (parseAmount)
//   accepted: numbers; text of digits with an optional fraction, thousands separators in groups of three, a
//     leading ¥, ￥, RMB or CNY, a trailing 元, spaces anywhere and full-width forms (８，０００); -0.
//   rejected: empty, logical and error values as above; NaN or an infinite number → number.notFinite; other
//     text ($8000, 8,00, 1e5, NaN, -¥8000) → number.invalid; a negative amount → number.negative; an amount of
//     10^12 yuan or more, such as an identity number in the wage column → number.tooLarge.
// Identity numbers (parseIdentityNumber)
//   accepted: 18 characters, 17 digits and a check character (x read as X) whose first two digits are a
//     province, 81–83 or 9 and 1–6, with a real birth date from 1850 and the GB 11643 check character.
//   rejected: empty and logical values → id.missing; an error value → input.error; a number → id.numeric; 15 digits → id.oldFormat;
//     another length → id.length; other characters → id.characters; an unknown region → id.region; a birth
//     date that does not exist → id.birth; a wrong check character → id.checkDigit.

import fc from "fast-check";
import { dayFromParts, formatDay, formatYearMonth, type Day } from "../../src/core/calendar";
import { BujiaoError } from "../../src/core/errors";
import { checkCharacter, parseIdentityNumber } from "../../src/core/identity";
import { Money } from "../../src/core/money";
import { beijingParameters as params } from "../../src/core/params/parameterSet";
import { normaliseText, parseAmount, parseDay, parseFeeMonth, type CellValue } from "../../src/core/parse";
import {
  buildUploadFiles,
  checkRoster,
  findRoster,
  readHistorySheet,
  renderFinding,
  type CheckResult,
  type SheetData,
} from "../../src/core/roster";
import type { UnitFacts } from "../../src/core/unit";
import { t, type Locale, type MessageKey, type MessageParams } from "../../src/i18n";
import {
  DATE_FORMS,
  dateParts,
  fenAmount,
  fullWidth,
  hasChinese,
  identityNumber,
  LEFTOVER_PLACEHOLDER,
  MONTH_FORMS,
  runs,
  SEED,
  yearMonthParts,
} from "../property/support";

/** Completes a valid identity number from its first 17 characters. */
function withCheck(first17: string): string {
  return first17 + checkCharacter(first17);
}

type Reader = "feeMonth" | "day" | "amount" | "identity";

const READERS: Record<Reader, (value: CellValue) => string> = {
  feeMonth: (value) => formatYearMonth(parseFeeMonth(value)),
  day: (value) => formatDay(parseDay(value)),
  amount: (value) => parseAmount(value).toString(),
  identity: (value) => parseIdentityNumber(value).value,
};

/** [reader, cell value, what it reads as, or "✗ " and the catalogue key of the rejection]. */
const READER_TABLE: Array<[Reader, CellValue, string]> = [
  ["feeMonth", "2023-08", "2023-08"],
  ["feeMonth", "2023 - 8", "2023-08"],
  ["feeMonth", "2023/8", "2023-08"],
  ["feeMonth", "2023.10", "2023-10"],
  ["feeMonth", "2023.1", "2023-01"],
  ["feeMonth", "202308", "2023-08"],
  ["feeMonth", 202308, "2023-08"],
  ["feeMonth", "2023年8月", "2023-08"],
  ["feeMonth", "2023年8", "2023-08"],
  ["feeMonth", "２０２３－０８", "2023-08"],
  ["feeMonth", "２０２３年８月", "2023-08"],
  ["feeMonth", "2023-8-15", "2023-08"],
  ["feeMonth", 20230815, "2023-08"],
  ["feeMonth", 45153, "2023-08"],
  ["feeMonth", 73050, "2099-12"],
  ["feeMonth", null, "✗ input.missing"],
  ["feeMonth", " \u3000", "✗ input.missing"],
  ["feeMonth", true, "✗ input.boolean"],
  ["feeMonth", { error: "#N/A" }, "✗ input.error"],
  ["feeMonth", 2023.1, "✗ feeMonth.fraction"],
  ["feeMonth", 45153.5, "✗ feeMonth.notWhole"],
  ["feeMonth", 0, "✗ feeMonth.invalid"],
  ["feeMonth", -5, "✗ feeMonth.invalid"],
  ["feeMonth", "八月", "✗ feeMonth.invalid"],
  ["feeMonth", "二〇二三年八月", "✗ feeMonth.invalid"],
  ["feeMonth", "202,308", "✗ feeMonth.invalid"],
  ["feeMonth", "45153", "✗ feeMonth.invalid"],
  ["feeMonth", "2023/8-15", "✗ feeMonth.invalid"],
  ["feeMonth", "NaN", "✗ feeMonth.invalid"],
  ["feeMonth", "2023-13", "✗ feeMonth.badMonth"],
  ["feeMonth", 202300, "✗ feeMonth.badMonth"],
  ["feeMonth", "1899-12", "✗ feeMonth.outOfRange"],
  ["feeMonth", 210001, "✗ feeMonth.outOfRange"],
  ["feeMonth", "2023-02-30", "✗ date.notReal"],
  ["feeMonth", 20230230, "✗ date.notReal"],
  ["feeMonth", 73051, "✗ date.outOfRange"],
  ["feeMonth", 110105196511150012, "✗ date.outOfRange"],
  ["feeMonth", 1e308, "✗ date.outOfRange"],
  ["feeMonth", 60, "✗ date.phantom"],

  ["day", "2026-12-04", "2026-12-04"],
  ["day", "2026/12/4", "2026-12-04"],
  ["day", "2026.12.4", "2026-12-04"],
  ["day", "20261204", "2026-12-04"],
  ["day", 20261204, "2026-12-04"],
  ["day", "2026年12月4日", "2026-12-04"],
  ["day", "２０２６－１２－０４", "2026-12-04"],
  ["day", 46360, "2026-12-04"],
  ["day", 46360.75, "2026-12-04"],
  ["day", "", "✗ input.missing"],
  ["day", false, "✗ input.boolean"],
  ["day", { error: "#VALUE!" }, "✗ input.error"],
  ["day", 0, "✗ date.invalid"],
  ["day", "2026-12", "✗ date.invalid"],
  ["day", "46360", "✗ date.invalid"],
  ["day", "2026-02-29", "✗ date.notReal"],
  ["day", "2026-13-01", "✗ date.notReal"],
  ["day", "1899-12-31", "✗ date.outOfRange"],
  ["day", 73051, "✗ date.outOfRange"],
  ["day", 60, "✗ date.phantom"],

  ["amount", 8000, "8000"],
  ["amount", "8000.50", "8000.5"],
  ["amount", "8,000.50", "8000.5"],
  ["amount", "¥8,000.50", "8000.5"],
  ["amount", "￥8000", "8000"],
  ["amount", "RMB 8000", "8000"],
  ["amount", "8000元", "8000"],
  ["amount", "８，０００", "8000"],
  ["amount", "8 000", "8000"],
  ["amount", "-0", "0"],
  ["amount", 1e308, "✗ number.tooLarge"],
  ["amount", 110105198511150019, "✗ number.tooLarge"],
  ["amount", "110105198511150019", "✗ number.tooLarge"],
  ["amount", 999999999999, "999999999999"],
  ["amount", null, "✗ input.missing"],
  ["amount", true, "✗ input.boolean"],
  ["amount", { error: "#DIV/0!" }, "✗ input.error"],
  ["amount", Number.NaN, "✗ number.notFinite"],
  ["amount", Number.POSITIVE_INFINITY, "✗ number.notFinite"],
  ["amount", "$8000", "✗ number.invalid"],
  ["amount", "8,00", "✗ number.invalid"],
  ["amount", "1e5", "✗ number.invalid"],
  ["amount", "NaN", "✗ number.invalid"],
  ["amount", "-¥8000", "✗ number.invalid"],
  ["amount", -5, "✗ number.negative"],
  ["amount", "¥-8000", "✗ number.negative"],

  ["identity", withCheck("11010519491231002"), withCheck("11010519491231002")],
  ["identity", "11010519491231002x", "11010519491231002X"],
  ["identity", withCheck("81000019900101002"), withCheck("81000019900101002")],
  ["identity", null, "✗ id.missing"],
  ["identity", { error: "#N/A" }, "✗ input.error"],
  ["identity", 110105194912310020, "✗ id.numeric"],
  ["identity", "110105491231002", "✗ id.oldFormat"],
  ["identity", "1101051949123100", "✗ id.length"],
  ["identity", "11010519491231002Y", "✗ id.characters"],
  ["identity", withCheck("99010519491231002"), "✗ id.region"],
  ["identity", withCheck("11010519490231002"), "✗ id.birth"],
  ["identity", "110105194912310021", "✗ id.checkDigit"],
];

function readOrKey(reader: Reader, value: CellValue): string {
  try {
    return READERS[reader](value);
  } catch (error) {
    if (error instanceof BujiaoError) return `✗ ${error.key}`;
    throw error;
  }
}

describe("accepted and rejected forms", () => {
  test.each(READER_TABLE)("%s reads %p as %s", (reader, value, expected) => {
    expect(readOrKey(reader, value)).toBe(expected);
  });
});

// --- Random workbooks ---------------------------------------------------------------------------------------

const NAMES = ["王五", "李娜", "张伟", "欧阳明月", "Anna Müller"];
const ERROR_VALUES = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!"];

function monthText(minYear: number, maxYear: number): fc.Arbitrary<CellValue> {
  return fc
    .tuple(yearMonthParts(minYear, maxYear), fc.constantFrom(...MONTH_FORMS))
    .map(([{ year, month }, [, render]]) => render(year, month));
}
const anyMonthText = monthText(1985, 2030);
const dateText = fc.tuple(dateParts(1940, 2030), fc.constantFrom(...DATE_FORMS)).map(([date, [, render]]) => render(date));

/** Cells of every awkward kind. Any column can get one. */
const oddCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(null, undefined, "", "   ", "\u3000", "\t"),
  fc.constantFrom(...ERROR_VALUES).map((error): CellValue => ({ error })),
  fc.boolean(),
  // Huge numbers, an 18-digit identity number stored as a number, zero and negatives.
  fc.constantFrom<CellValue>(1e15, 1e21, 1e308, Number.MAX_SAFE_INTEGER, -1e20, 110105196511150012, 4.4e17, 0, -1),
  fc.constantFrom("NaN", "Infinity", "-Infinity", "undefined", "null", "#N/A", "1e5", "0x1F", "—", "？"),
  // Amounts as text with thousands separators, currency signs and full-width digits.
  fc.constantFrom("8,000", "¥8,000.50", "$8000", "8000元", "12,34", "￥ 12,345.6", "RMB8000", "８０００", "８，０００", "1,234,567.891"),
  fc.constantFrom("甲", "a", "9", "２").map((character) => character.repeat(10_000)),
  anyMonthText,
  dateText,
  anyMonthText.map((value) => fullWidth(String(value))),
  // Cached values of formulas: a serial with a time of day, a plain fraction, text built by a formula.
  fc.integer({ min: 1, max: 80_000 }).map((serial) => serial + 0.375),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.string({ unit: "grapheme", maxLength: 24 }),
  identityNumber(1900, 2020),
  fc.constantFrom("110105491231002", "11010519491231002Y", "1101051949123100"),
);

function mixed(valid: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue> {
  return fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: oddCell, weight: 1 });
}

interface Column {
  header: CellValue;
  cell: fc.Arbitrary<CellValue>;
  required?: string;
  identity?: boolean;
}

const REQUIRED_COLUMNS: Column[] = [
  { header: "姓名", cell: mixed(fc.constantFrom(...NAMES)), required: "name" },
  { header: "社会保障号码", cell: mixed(identityNumber(1955, 2008)), required: "identityNumber", identity: true },
  // Start months mostly before end months, so that many rows have months to check.
  { header: "开始年月", cell: mixed(monthText(2000, 2018)), required: "startMonth" },
  { header: "终止年月", cell: mixed(monthText(2016, 2026)), required: "endMonth" },
  { header: "缴费工资（元）", cell: mixed(fenAmount(5_000_000)), required: "wage" },
];

/** Other spellings of the required headers, as units write them. */
const HEADER_VARIANTS: Record<string, CellValue[]> = {
  name: ["姓名", "*姓名", "职工姓名", " 姓 名 "],
  identityNumber: ["社会保障号码", "身份证号", "证件号码", "*社会保障号码"],
  startMonth: ["开始年月", "起始年月", "开始年月(YYYYMM)"],
  endMonth: ["终止年月", "结束年月", "截止年月"],
  wage: ["缴费工资", "缴费工资（元）", "月缴费工资", "缴费工资(元/月)"],
};

const OPTIONAL_COLUMNS: Column[] = [
  { header: "序号", cell: fc.integer({ min: 1, max: 999 }) },
  { header: "户口性质", cell: mixed(fc.constantFrom("本市城镇", "外埠城镇", "本市农村", "外埠农村", "农民工")) },
  { header: "补缴类型", cell: mixed(fc.constantFrom("个人补缴", "基数差补缴", "基数差退费", "补差")) },
  { header: "证件类型", cell: mixed(fc.constantFrom("居民身份证", "护照", "港澳居民来往内地通行证")) },
  { header: "性别", cell: mixed(fc.constantFrom("男", "女")) },
  { header: "岗位", cell: mixed(fc.constantFrom("干部", "工人")) },
  { header: "入职日期", cell: mixed(dateText) },
  { header: "离职日期", cell: mixed(dateText) },
  { header: "受伤日期", cell: mixed(dateText) },
  { header: "临时缴费账户", cell: mixed(fc.constantFrom("是", "否", true, false)) },
  { header: "已补基数差", cell: mixed(fc.constantFrom("是", "否")) },
  { header: "原缴费基数", cell: mixed(fenAmount(3_000_000)) },
  // Blank header cells, as a merged header leaves them, with data under them.
  { header: null, cell: oddCell },
  { header: "", cell: oddCell },
  { header: "备注", cell: oddCell },
];

interface Layout {
  columns: Column[];
  /** A required column left out: no roster can be found. */
  missingRequired: boolean;
}

const layoutArbitrary: fc.Arbitrary<Layout> = fc
  .record({
    required: fc.tuple(
      ...REQUIRED_COLUMNS.map((column) => fc.constantFrom(...HEADER_VARIANTS[column.required!]).map((header) => ({ ...column, header }))),
    ),
    optional: fc.subarray(OPTIONAL_COLUMNS),
    dropOne: fc.oneof(
      { arbitrary: fc.constant(null), weight: 11 },
      { arbitrary: fc.integer({ min: 0, max: REQUIRED_COLUMNS.length - 1 }), weight: 1 },
    ),
  })
  .chain(({ required, optional, dropOne }) => {
    const kept = dropOne === null ? required : required.filter((_, index) => index !== dropOne);
    return fc
      .shuffledSubarray([...kept, ...optional], { minLength: kept.length + optional.length })
      .map((columns) => ({ columns, missingRequired: dropOne !== null }));
  });

type RowShape = "filled" | "blank" | "serialOnly";

/** Two thirds of the rows filled, the others blank or with only a 序号. */
const rowShape = fc.constantFrom<RowShape>("filled", "filled", "filled", "filled", "blank", "serialOnly");

interface Workbook {
  sheets: SheetData[];
  layout: Layout;
  rosterSheet: string;
  headerIndex: number;
  /** Excel row numbers of the rows whose required cells are not all blank. */
  nonBlankRows: number[];
}

/** Blank as Excel shows it: no value, or text of spaces only (String.prototype.trim removes U+3000 too). */
function looksBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

const historyCell = fc.oneof(identityNumber(1955, 2008), anyMonthText, oddCell);

const historySheet: fc.Arbitrary<SheetData> = fc
  .record({
    header: fc.constantFrom<CellValue[]>(
      ["社会保障号码", "开始年月", "终止年月"],
      ["身份证号码", "费款所属期"],
      ["姓名", "备注"],
    ),
    rows: fc.array(fc.array(historyCell, { minLength: 3, maxLength: 3 }), { maxLength: 15 }),
  })
  .map(({ header, rows }) => ({ name: "缴费记录", rows: [header, ...rows] }));

const workbookArbitrary: fc.Arbitrary<Workbook> = fc
  .record({
    layout: layoutArbitrary,
    titleRows: fc.integer({ min: 0, max: 3 }),
    rosterSheet: fc.constantFrom("补缴名单", "Sheet1"),
    shapes: fc.array(rowShape, { maxLength: 30, size: "max" }),
    history: fc.option(historySheet, { nil: undefined }),
  })
  .chain(({ layout, titleRows, rosterSheet, shapes, history }) => {
    const rowArbitraries = shapes.map((shape) =>
      fc.tuple(
        ...layout.columns.map((column): fc.Arbitrary<CellValue> => {
          if (shape === "filled") return column.cell;
          if (shape === "serialOnly" && column.header === "序号") return fc.integer({ min: 1, max: 99 });
          return column.required ? fc.constantFrom<CellValue>(null, "", " ") : fc.constant(null);
        }),
      ),
    );
    return fc.tuple(...rowArbitraries).map((dataRows): Workbook => {
      const width = layout.columns.length;
      const title: CellValue[][] = [];
      for (let index = 0; index < titleRows; index++) {
        title.push(index === 0 ? ["XX公司社保补缴名单", ...Array<CellValue>(width - 1).fill(null)] : []);
      }
      const header = layout.columns.map((column) => column.header);
      const headerIndex = title.length;
      const rows = [...title, header, ...(dataRows as CellValue[][])];

      const requiredIndexes = layout.columns.flatMap((column, index) => (column.required ? [index] : []));
      const nonBlankRows = (dataRows as CellValue[][]).flatMap((cells, index) =>
        requiredIndexes.every((column) => looksBlank(cells[column])) ? [] : [headerIndex + 2 + index],
      );

      const sheets: SheetData[] = [{ name: "说明", rows: [["填表说明：每人一行"]] }, { name: rosterSheet, rows }];
      if (history) sheets.push(history);
      return { sheets, layout, rosterSheet, headerIndex, nonBlankRows };
    });
  });

const unitArbitrary: fc.Arbitrary<UnitFacts | undefined> = fc.option(
  fc.record(
    {
      size: fc.constantFrom("large" as const, "smallMedium" as const),
      workInjuryRate: fc.constantFrom(new Money("0.002"), new Money("0.004")),
      creditStanding: fc.constantFrom("good" as const, "bad" as const),
      willingToPledge: fc.boolean(),
      sameDistrict: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** Handling days from 2024-01-01 to 2027-06-30. */
const handlingDay = fc.integer({ min: dayFromParts(2024, 1, 1)!, max: dayFromParts(2027, 6, 30)! }).map((value) => value as Day);

// --- Checks -------------------------------------------------------------------------------------------------

/** Identity numbers of the identity column that no other cell of the workbook repeats. */
function identityNumbersOf(workbook: Workbook): string[] {
  const column = workbook.layout.columns.findIndex((candidate) => candidate.identity);
  if (column < 0) return [];
  const rows = workbook.sheets.find((sheet) => sheet.name === workbook.rosterSheet)!.rows.slice(workbook.headerIndex + 1);
  const elsewhere = new Set<string>();
  for (const sheet of workbook.sheets) {
    sheet.rows.forEach((cells) =>
      cells.forEach((cell, index) => {
        const inIdentityColumn = sheet.name === workbook.rosterSheet && index === column;
        if (typeof cell === "string" && !inIdentityColumn) elsewhere.add(normaliseText(cell).toUpperCase());
      }),
    );
  }
  return rows
    .map((cells) => cells[column])
    .filter((cell): cell is string => typeof cell === "string")
    .map((cell) => normaliseText(cell).toUpperCase())
    .filter((text) => /^\d{17}[\dX]$/.test(text) && !elsewhere.has(text));
}

/**
 * Returns what is wrong with each message that is not plain Chinese: no CJK character, a placeholder left, or a
 * whole identity number. One assertion over the list keeps thousands of messages per run fast.
 */
function unreadable(messages: string[], identityNumbers: string[]): string[] {
  const problems: string[] = [];
  for (const message of messages) {
    const shown = message.slice(0, 200);
    if (!hasChinese(message)) problems.push(`not Chinese: ${shown}`);
    if (LEFTOVER_PLACEHOLDER.test(message)) problems.push(`placeholder left: ${shown}`);
    for (const number of identityNumbers) if (message.includes(number)) problems.push(`whole identity number: ${shown}`);
  }
  return problems;
}

function messagesOf(result: CheckResult, locale: Locale = "zh-CN"): string[] {
  const render = (key: MessageKey, values: MessageParams = {}) => t(key, values, locale);
  const messages: string[] = [];
  for (const row of result.rows) for (const finding of row.findings) messages.push(renderFinding(finding, locale));
  for (const problem of result.problems) messages.push(render(problem.key, problem.params));
  for (const person of result.persons) {
    for (const material of person.materials) {
      messages.push(render(material.key));
      if (material.reason) messages.push(render(material.reason, material.reasonParams));
    }
  }
  return messages;
}

describe("roster check on random workbooks", () => {
  test("never crashes and accounts for every row", () => {
    fc.assert(
      fc.property(workbookArbitrary, unitArbitrary, handlingDay, (workbook, unit, day) => {
        const identityNumbers = identityNumbersOf(workbook);

        const history = readHistorySheet(workbook.sheets);
        const historyMessages = (history?.problems ?? []).map((problem) => t(problem.key, problem.params, "zh-CN"));
        expect(unreadable(historyMessages, identityNumbers)).toEqual([]);

        let roster;
        try {
          roster = findRoster(workbook.sheets);
        } catch (error) {
          expect(error).toBeInstanceOf(BujiaoError);
          expect(workbook.layout.missingRequired).toBe(true);
          expect(unreadable([(error as BujiaoError).message], identityNumbers)).toEqual([]);
          return;
        }
        expect(workbook.layout.missingRequired).toBe(false);
        expect(roster.sheetName).toBe(workbook.rosterSheet);
        expect(roster.headerRow).toBe(workbook.headerIndex + 1);

        const result = checkRoster(roster, { handlingDay: day, unit, history: history?.history }, params);
        expect(result.rows.map((row) => row.sheetRow)).toEqual(workbook.nonBlankRows);

        for (const row of result.rows) {
          expect(row.outcome).toBe(row.uploadRows.length > 0 ? "exported" : "reported");
          if (row.outcome === "reported") expect(row.findings.length).toBeGreaterThan(0);
          if (row.findings.some((finding) => finding.severity === "error")) {
            expect(row.uploadRows).toEqual([]);
            expect(row.calculation).toBeUndefined();
          }
        }
        expect(unreadable(messagesOf(result), identityNumbers)).toEqual([]);
        expect(messagesOf(result, "en").filter((message) => LEFTOVER_PLACEHOLDER.test(message))).toEqual([]);

        const files = buildUploadFiles(result);
        const uploadRowCount = result.rows.reduce((sum, row) => sum + row.uploadRows.length, 0);
        expect(files.reduce((sum, file) => sum + file.rows.length, 0)).toBe(uploadRowCount);
      }),
      runs(200),
    );
  });

  test("the generator reaches exported rows, error rows and missing headers", () => {
    // Guards the test above against a generator that only ever makes one kind of workbook.
    const seen = { exported: 0, errorRows: 0, noRoster: 0 };
    for (const workbook of fc.sample(workbookArbitrary, { seed: SEED, numRuns: 200 })) {
      let result: CheckResult;
      try {
        result = checkRoster(findRoster(workbook.sheets), { handlingDay: dayFromParts(2026, 12, 4)! }, params);
      } catch {
        seen.noRoster++;
        continue;
      }
      seen.exported += result.rows.filter((row) => row.outcome === "exported").length;
      seen.errorRows += result.rows.filter((row) => row.findings.some((finding) => finding.severity === "error")).length;
    }
    expect(seen.exported).toBeGreaterThan(400);
    expect(seen.errorRows).toBeGreaterThan(400);
    expect(seen.noRoster).toBeGreaterThan(0);
  });
});

// Regressions: an identity number pasted into another column once appeared whole in a message and was
// exported as a wage.
describe("an identity number pasted into the wrong column", () => {
  const handling = dayFromParts(2026, 12, 4)!;
  const idNumber = withCheck("11010519851115001");
  const header = ["姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资", "户口性质"];

  function checkRows(rows: CellValue[][]): CheckResult {
    return checkRoster(findRoster([{ name: "补缴名单", rows: [header, ...rows] }]), { handlingDay: handling }, params);
  }

  // Messages quote cell values with identity-number-like digit runs masked.
  test("is masked in a month message", () => {
    const result = checkRows([["王五", idNumber, "2023-01", idNumber, 8000, "本市城镇"]]);
    const messages = result.rows[0].findings.map((finding) => renderFinding(finding));
    expect(messages.filter((message) => message.includes(idNumber))).toEqual([]);
  });

  // An 18-digit number in the 缴费工资 column is far too large for a monthly wage and is rejected.
  test("in the wage column is an error, not an exported wage", () => {
    const result = checkRows([["李娜", idNumber, "2023-01", "2023-03", idNumber, "本市城镇"]]);
    expect(result.rows[0].findings.map((finding) => finding.code)).toContain("WAGE_INVALID");
    expect(result.rows[0].uploadRows).toEqual([]);
  });
});
