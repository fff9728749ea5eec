// The optional 缴费记录 sheet: months already paid per person, as the unit exports them from the portal's
// 权益及人员信息查询 or types them. Each row names a person by 社会保障号码 and a run of months (开始年月 and 终止年月,
// or one 费款所属期). Individual back-payment is not possible for those months (存在缴费记录，不能进行个人补缴);
// a base difference needs them.

import { BujiaoError } from "../errors";
import { isBlank, normaliseText, parseFeeMonth, type CellValue, type FieldKey } from "../parse";
import type { YearMonth } from "../calendar";
import { columnLetters } from "./columns";
import { normaliseHeader } from "./headers";
import type { ContributionHistory, SheetData, SheetProblem } from "./types";

export const HISTORY_SHEET_NAME = "缴费记录";
const HEADER_SEARCH_ROWS = 10;

const ID_HEADERS = new Set(["社会保障号码", "社会保障号", "社保号码", "身份证号码", "身份证号", "证件号码", "公民身份号码"]);
const START_HEADERS = new Set(["开始年月", "起始年月", "缴费开始年月"]);
const END_HEADERS = new Set(["终止年月", "结束年月", "截止年月", "缴费终止年月"]);
const MONTH_HEADERS = new Set(["费款所属期", "缴费年月", "所属期", "年月"]);

export { columnLetters };

/** Returns the key a person is matched by across sheets: the identity number in upper case without spaces. */
export function personKey(value: CellValue): string | undefined {
  if (isBlank(value) || typeof value !== "string") return undefined;
  const key = normaliseText(value).replace(/\s+/g, "").toUpperCase();
  return key === "" ? undefined : key;
}

export interface HistoryReadResult {
  /** Absent when the sheet's header could not be found, so no month counts as paid or unpaid. */
  history?: ContributionHistory;
  problems: SheetProblem[];
}

interface HistoryColumns {
  id: number;
  start?: number;
  end?: number;
  month?: number;
}

function findColumns(rows: CellValue[][]): { headerIndex: number; columns: HistoryColumns } | undefined {
  for (let index = 0; index < Math.min(HEADER_SEARCH_ROWS, rows.length); index++) {
    const columns: Partial<HistoryColumns> = {};
    (rows[index] ?? []).forEach((cell, column) => {
      const header = normaliseHeader(cell);
      if (ID_HEADERS.has(header) && columns.id === undefined) columns.id = column;
      else if (START_HEADERS.has(header) && columns.start === undefined) columns.start = column;
      else if (END_HEADERS.has(header) && columns.end === undefined) columns.end = column;
      else if (MONTH_HEADERS.has(header) && columns.month === undefined) columns.month = column;
    });
    const hasMonths = (columns.start !== undefined && columns.end !== undefined) || columns.month !== undefined;
    if (columns.id !== undefined && hasMonths) return { headerIndex: index, columns: columns as HistoryColumns };
  }
  return undefined;
}

/**
 * Reads the 缴费记录 sheet. Returns undefined when the workbook has no sheet of that name; a sheet without the
 * needed header is one problem, and each unreadable row is a problem with its cell address, never guessed.
 */
export function readHistorySheet(sheets: SheetData[]): HistoryReadResult | undefined {
  const sheet = sheets.find((candidate) => candidate.name.trim() === HISTORY_SHEET_NAME);
  if (!sheet) return undefined;

  const history = new Map<string, Set<YearMonth>>();
  const problems: SheetProblem[] = [];
  const found = findColumns(sheet.rows);
  if (!found) {
    problems.push({ cell: `${sheet.name}!A1`, severity: "warning", key: "history.noHeader", params: { sheet: sheet.name } });
    return { problems };
  }

  const { headerIndex, columns } = found;
  for (let index = headerIndex + 1; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index] ?? [];
    if (cells.every((cell) => isBlank(cell))) continue;
    const address = (column: number) => `${sheet.name}!${columnLetters(column)}${index + 1}`;

    const key = personKey(cells[columns.id]);
    if (!key) {
      problems.push({ cell: address(columns.id), severity: "warning", key: "history.badIdentity", params: { cell: address(columns.id) } });
      continue;
    }

    const startColumn = columns.start ?? columns.month!;
    const endColumn = columns.end ?? columns.month!;
    const start = readMonth(cells[startColumn], address(startColumn), "field.startMonth", problems);
    const end = endColumn === startColumn ? start : readMonth(cells[endColumn], address(endColumn), "field.endMonth", problems);
    if (start === undefined || end === undefined) continue;
    if (end < start) {
      problems.push({ cell: address(endColumn), severity: "warning", key: "history.monthOrder", params: { cell: address(endColumn) } });
      continue;
    }

    const months = history.get(key) ?? new Set<YearMonth>();
    for (let month = start; month <= end; month = (month + 1) as YearMonth) months.add(month);
    history.set(key, months);
  }
  return { history, problems };
}

function readMonth(value: CellValue, cell: string, field: FieldKey, problems: SheetProblem[]): YearMonth | undefined {
  try {
    return parseFeeMonth(value, field);
  } catch (error) {
    if (!(error instanceof BujiaoError)) throw error;
    problems.push({ cell, severity: "warning", key: "history.badMonth", params: { cell, message: { key: error.key, params: error.params } } });
    return undefined;
  }
}
