// Finding the roster in a workbook: the sheet named 补缴名单, else the first sheet with the required columns,
// whose header row is the first of the first ten rows that names them all. Headers match by synonyms after
// removing spaces, full-width forms, required-field marks (*) and a trailing unit such as （元）.

import { t } from "../../i18n";
import { valueError } from "../errors";
import { columnLetters } from "./columns";
import { isBlank, normaliseText, type CellValue } from "../parse";
import type { AnyRosterField, OptionalRosterField, Roster, RosterField, RosterRowInput, SheetData } from "./types";

export const ROSTER_SHEET_NAME = "补缴名单";
const HEADER_SEARCH_ROWS = 10;

export const REQUIRED_FIELDS: readonly RosterField[] = ["name", "identityNumber", "startMonth", "endMonth", "wage"];

/** The header each required field is shown by in messages. */
export const FIELD_HEADERS: Record<RosterField, string> = {
  name: "姓名",
  identityNumber: "社会保障号码",
  startMonth: "开始年月",
  endMonth: "终止年月",
  wage: "缴费工资",
};

export const OPTIONAL_FIELDS: readonly OptionalRosterField[] = [
  "kind",
  "documentType",
  "hukouType",
  "sex",
  "post",
  "hireDate",
  "leaveDate",
  "injuryDate",
  "temporaryAccount",
  "earlierBaseDiff",
  "declaredBase",
];

const SYNONYMS: Record<AnyRosterField, string[]> = {
  name: ["姓名", "职工姓名", "员工姓名", "人员姓名", "参保人姓名", "名字"],
  identityNumber: [
    "社会保障号码",
    "社会保障号",
    "社保号码",
    "社保号",
    "身份证号码",
    "身份证号",
    "身份证",
    "公民身份号码",
    "证件号码",
    "证件号",
  ],
  startMonth: ["开始年月", "起始年月", "补缴开始年月", "补缴起始年月", "开始月份", "起始月份", "开始时间", "起始时间", "补缴开始时间"],
  endMonth: ["终止年月", "结束年月", "截止年月", "补缴终止年月", "补缴结束年月", "终止月份", "结束月份", "结束时间", "终止时间", "截止时间"],
  wage: ["缴费工资", "月缴费工资", "缴费工资基数", "申报工资", "申报缴费工资", "应申报缴费工资", "工资", "月工资"],
  kind: ["补缴类型", "补退类型", "业务类型", "补缴种类", "类型"],
  documentType: ["证件类型", "身份证件类型", "证件种类"],
  hukouType: ["户口性质", "户籍性质", "户口类型", "户籍类型", "人员类别"],
  sex: ["性别"],
  post: ["岗位", "岗位类别", "岗位类型", "人员身份", "干部工人", "身份"],
  hireDate: ["入职日期", "入职时间", "入职年月", "劳动合同开始日期", "用工开始日期"],
  leaveDate: ["离职日期", "离职时间", "离职年月", "劳动合同终止日期", "用工结束日期"],
  injuryDate: ["受伤日期", "工伤日期", "工伤发生日期", "受伤时间"],
  temporaryAccount: ["临时缴费账户", "临时账户", "养老保险临时缴费账户"],
  earlierBaseDiff: ["已补基数差", "曾补基数差", "已办理基数差补缴", "该期间已补过基数差"],
  declaredBase: ["原缴费基数", "已申报基数", "原申报基数", "已缴费基数", "已申报缴费基数"],
};

/** Reduces a header cell to the form the synonyms are written in. */
export function normaliseHeader(value: CellValue): string {
  if (isBlank(value) || typeof value === "object" || typeof value === "boolean") return "";
  return normaliseText(String(value))
    .replace(/\s+/g, "")
    .replace(/^\*+|\*+$/g, "")
    .replace(/[(（](元|元\/月|yyyymm|年月)[)）]$/i, "");
}

const FIELD_BY_HEADER = new Map<string, AnyRosterField>();
for (const field of [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS]) for (const word of SYNONYMS[field]) FIELD_BY_HEADER.set(word, field);

/** Maps each roster field to its column in a header row, leaving out fields that have none. */
export function matchHeaderRow(cells: CellValue[]): Partial<Record<AnyRosterField, number>> {
  const columns: Partial<Record<AnyRosterField, number>> = {};
  cells.forEach((cell, column) => {
    const field = FIELD_BY_HEADER.get(normaliseHeader(cell));
    if (field && columns[field] === undefined) columns[field] = column;
  });
  return columns;
}

type RosterColumns = Roster["columns"];

/** Throws when two columns of a header row name the same required field, since either could be meant. */
function rejectDuplicateColumns(sheet: SheetData, cells: CellValue[]): void {
  const seen = new Map<AnyRosterField, number>();
  cells.forEach((cell, column) => {
    const field = FIELD_BY_HEADER.get(normaliseHeader(cell));
    if (!field || !(REQUIRED_FIELDS as readonly string[]).includes(field)) return;
    const first = seen.get(field);
    if (first === undefined) {
      seen.set(field, column);
      return;
    }
    throw valueError("roster.duplicateColumn", {
      sheet: sheet.name,
      field: FIELD_HEADERS[field as RosterField],
      first: columnLetters(first),
      second: columnLetters(column),
    });
  });
}

function findHeaderRow(sheet: SheetData): { row: number; columns: RosterColumns } | { missing: RosterField[] } {
  let best: RosterField[] = [...REQUIRED_FIELDS];
  for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); row++) {
    const columns = matchHeaderRow(sheet.rows[row] ?? []);
    const missing = REQUIRED_FIELDS.filter((field) => columns[field] === undefined);
    if (missing.length === 0) {
      rejectDuplicateColumns(sheet, sheet.rows[row] ?? []);
      return { row, columns: columns as RosterColumns };
    }
    if (missing.length < best.length) best = missing;
  }
  return { missing: best };
}

/**
 * Finds the roster among a workbook's sheets and returns its rows with Excel row numbers, leaving out rows
 * whose required cells are all empty.
 * Throws a BujiaoError naming the missing columns when the 补缴名单 sheet lacks some, or when no sheet has them.
 */
export function findRoster(sheets: SheetData[]): Roster {
  const named = sheets.find((sheet) => sheet.name.trim() === ROSTER_SHEET_NAME);
  const candidates = named ? [named] : sheets;

  for (const sheet of candidates) {
    const header = findHeaderRow(sheet);
    if ("missing" in header) {
      if (named) {
        throw valueError("roster.missingColumns", {
          sheet: sheet.name,
          columns: header.missing.map((field) => FIELD_HEADERS[field]).join("、"),
        });
      }
      continue;
    }
    return buildRoster(sheet, header.row, header.columns);
  }

  throw valueError("roster.notFound", {
    sheet: ROSTER_SHEET_NAME,
    columns: REQUIRED_FIELDS.map((field) => FIELD_HEADERS[field]).join("、"),
  });
}

function buildRoster(sheet: SheetData, headerIndex: number, columns: RosterColumns): Roster {
  const headerCells = sheet.rows[headerIndex] ?? [];
  const rows: RosterRowInput[] = [];
  for (let index = headerIndex + 1; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index] ?? [];
    const picked = {} as RosterRowInput["cells"];
    for (const field of REQUIRED_FIELDS) picked[field] = cells[columns[field]] ?? null;
    for (const field of OPTIONAL_FIELDS) {
      const column = columns[field];
      if (column !== undefined) picked[field] = cells[column] ?? null;
    }
    // A row whose required cells are all empty is blank, even when a pre-filled 序号 is beside them.
    if (REQUIRED_FIELDS.every((field) => isBlank(picked[field]))) continue;
    rows.push({ sheetRow: index + 1, cells: picked });
  }
  return {
    sheetName: sheet.name,
    headerRow: headerIndex + 1,
    columns,
    headers: headerCells.map((cell) => (isBlank(cell) ? "" : String(cell))),
    rows,
  };
}

/** Describes where the roster is, for messages: e.g. 工作表「补缴名单」（表头在第 1 行）. */
export function describeRoster(roster: Roster): string {
  return t("roster.where", { sheet: roster.sheetName, row: roster.headerRow });
}
