// The 参数 worksheet: how a workbook adds or replaces parameter rows without a new release.
//
// One header row (found within the first ten rows) names the columns below, in any order. Each later row is
// one parameter row whose 类别 names the table it belongs to. Rows whose 类别 starts with # are comments, and
// blank rows are skipped. A malformed row is reported with its cell address and not used, never guessed. Rows
// read from the sheet carry their origin (`参数!A7`) so the parameter table shows where a figure came from.
//
// The same layout renders the built-in tables as sheet rows, which gives the template's example rows, the
// generated parameter docs and a round-trip test that every table can be expressed in the sheet.

import { t, type MessageKey } from "../../i18n";
import { addMonths, formatYearMonth, type YearMonth } from "../calendar";
import { valueError } from "../errors";
import { isBlank, normaliseText, parseFeeMonth, type CellValue } from "../parse";
import type { SheetData, SheetProblem } from "../roster/types";
import { beijingParameters, type ParameterSet } from "./parameterSet";
import { beijingRetirementSchedule, type RetirementScheduleRow } from "./retirement";
import { readConfidence } from "./sheetCells";
import {
  CATEGORY_NAMES,
  CATEGORY_ORDER,
  COMMENT_MARK,
  GROUP_TEXT,
  PARAMETER_COLUMNS,
  PARAMETER_SHEET_NAME,
  SERIES_TEXT,
  categoryOfText,
  display,
  normaliseHeader,
  type Category,
  type Column,
  type ParameterOverrides,
  type SheetTables,
  type TableName,
} from "./sheetLayout";
import { CATEGORY_READERS, PeriodResolver, ROW_KEYS, RowReader, RowRejected, sheetPrefix, type ReadContext } from "./sheetRows";
import type { Confidence, Insurance, ParameterTables, Provenance, RateKind } from "./types";

export {
  CATEGORIES_OF_TABLE,
  CATEGORY_NAMES,
  PARAMETER_COLUMNS,
  PARAMETER_SHEET_NAME,
  type Category,
  type Column,
  type ParameterOverrides,
  type SheetTables,
} from "./sheetLayout";

const HEADER_SEARCH_ROWS = 10;
const REQUIRED_COLUMNS: readonly Column[] = ["category", "value", "source"];

export interface ParameterSheetResult {
  overrides: ParameterOverrides;
  problems: SheetProblem[];
}

// The sheet.

interface HeaderFound {
  index: number;
  columns: Map<Column, number>;
}

function findHeader(rows: CellValue[][]): HeaderFound | undefined {
  for (let index = 0; index < Math.min(HEADER_SEARCH_ROWS, rows.length); index++) {
    const columns = new Map<Column, number>();
    (rows[index] ?? []).forEach((cell, position) => {
      if (isBlank(cell)) return;
      const text = normaliseHeader(display(cell));
      const found = PARAMETER_COLUMNS.find((entry) => entry.header === text || entry.column === text);
      if (found && !columns.has(found.column)) columns.set(found.column, position);
    });
    if (columns.has("category")) return { index, columns };
  }
  return undefined;
}

/**
 * Reads a 参数 sheet into parameter rows that replace the built-in rows with the same key and add the others.
 * `base` is the parameter set the overrides will apply to; it decides which contribution years exist.
 *
 * @example a row 缴费基数上下限 | 开始年月 2027-07 | 终止年月 2028-06 | 数值 7400 | 数值2 37000 | 来源 … opens the
 * 2027 contribution year with those limits for every insurance.
 */
export function readParameterSheet(sheet: SheetData, base: ParameterSet = beijingParameters): ParameterSheetResult {
  const overrides: ParameterOverrides = {};
  const problems: SheetProblem[] = [];

  const header = findHeader(sheet.rows);
  if (!header) {
    const cell = `${sheetPrefix(sheet.name)}A1`;
    problems.push({ cell, severity: "error", key: "paramSheet.noHeader", params: { cell, sheet: sheet.name } });
    return { overrides, problems };
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !header.columns.has(column));
  if (missing.length > 0) {
    const cell = `${sheetPrefix(sheet.name)}A${header.index + 1}`;
    const columns = missing.map((column) => PARAMETER_COLUMNS.find((entry) => entry.column === column)!.header).join("、");
    problems.push({ cell, severity: "error", key: "paramSheet.missingColumns", params: { cell, columns } });
    return { overrides, problems };
  }

  const keyRows = new Map<string, number>();
  const context: ReadContext = {
    periods: new PeriodResolver(base),
    add(table, row, reader) {
      const key = `${table}|${(ROW_KEYS[table] as (row: unknown) => string)(row)}`;
      const earlier = keyRows.get(key);
      if (earlier !== undefined) reader.reject("category", "paramSheet.duplicate", { row: earlier });
      keyRows.set(key, reader.sheetRow);
      const rows = (overrides[table] ?? []) as Array<SheetTables[typeof table][number]>;
      rows.push(row);
      (overrides as Record<string, unknown>)[table] = rows;
    },
  };

  // Contribution years first, so that a limits row may name a year defined further down, and the latest year
  // first, so that an earlier year without an end month finds the year that follows it.
  const readers = rowReaders(sheet, header, problems);
  const years = readers
    .filter((entry) => entry.category === "contributionYear")
    .sort((a, b) => startForOrder(b.reader) - startForOrder(a.reader));
  const others = readers.filter((entry) => entry.category !== "contributionYear");
  for (const { reader, category } of [...years, ...others]) readRow(reader, category, context);

  // Rows and problems in sheet order, whatever order the rows were read in.
  for (const rows of Object.values(overrides) as Provenance[][]) rows.sort((a, b) => rowOf(a.origin ?? "") - rowOf(b.origin ?? ""));
  problems.sort((a, b) => rowOf(a.cell) - rowOf(b.cell));
  return { overrides, problems };
}

/** Returns a row's start month for ordering only. An unreadable one sorts last and is reported when the row is read. */
function startForOrder(reader: RowReader): number {
  try {
    return parseFeeMonth(reader.cell("start"), "field.startMonth");
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
}

function rowOf(cell: string): number {
  return Number(/(\d+)$/.exec(cell)?.[1] ?? 0);
}

function rowReaders(sheet: SheetData, header: HeaderFound, problems: SheetProblem[]): Array<{ reader: RowReader; category: Category }> {
  const result: Array<{ reader: RowReader; category: Category }> = [];
  for (let index = header.index + 1; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index] ?? [];
    if (cells.every((cell) => isBlank(cell))) continue;

    const reader: RowReader = new RowReader(sheet, index, header.columns, problems);
    const categoryCell = reader.cell("category");
    if (!isBlank(categoryCell) && normaliseText(display(categoryCell)).startsWith(COMMENT_MARK)) continue;
    try {
      if (isBlank(categoryCell)) reader.reject("category", "paramSheet.categoryMissing");
      const category = categoryOfText(display(categoryCell));
      if (!category) {
        reader.reject("category", "paramSheet.categoryUnknown", {
          value: display(categoryCell),
          choices: CATEGORY_ORDER.map((entry) => CATEGORY_NAMES[entry]).join("、"),
        });
      }
      result.push({ reader, category });
    } catch (error) {
      if (!(error instanceof RowRejected)) throw error;
    }
  }
  return result;
}

function readRow(reader: RowReader, category: Category, context: ReadContext): void {
  try {
    const source = reader.read("source", (value) => {
      if (isBlank(value)) throw valueError("paramSheet.sourceMissing");
      return display(value).trim();
    });
    const confidence = reader.read("confidence", readConfidence);
    // Free text keeps its full-width punctuation, so it is trimmed but not normalised.
    const note = reader.isBlank("note") ? undefined : display(reader.cell("note")).trim();
    const origin = reader.address("category");
    const provenance: Provenance = { source, confidence, ...(note ? { note } : {}), origin };
    CATEGORY_READERS[category](reader, provenance, context);
  } catch (error) {
    if (!(error instanceof RowRejected)) throw error;
  }
}

// Rendering rows of the tables as sheet rows: the template's examples and the generated docs.

export type SheetRowCells = Partial<Record<Column, CellValue>>;

export interface RenderedRow {
  category: Category;
  table: TableName;
  cells: SheetRowCells;
  confidence: Confidence;
}

function provenanceCells(row: Provenance): SheetRowCells {
  return { source: row.source, confidence: row.confidence, ...(row.note ? { note: row.note } : {}) };
}

function monthCell(month: YearMonth | undefined): CellValue {
  return month === undefined ? null : formatYearMonth(month);
}

function fractionCell(value: string): number {
  return Number(value);
}

function rateValueCell(kind: RateKind, value: string): CellValue {
  if (kind === "unitRate") return "单位费率";
  if (kind === "yuanPerMonth") return `${value}元`;
  return fractionCell(value);
}

function insuranceCell(insurance: Insurance): string {
  return t(`insurance.${insurance}`, {}, "zh-CN");
}

/** Renders every row of the tables as 参数 sheet cells, table by table in template order. */
export function renderParameterRows(tables: SheetTables): RenderedRow[] {
  const rendered: RenderedRow[] = [];
  const push = (category: Category, table: TableName, row: Provenance, cells: SheetRowCells) =>
    rendered.push({ category, table, cells: { category: CATEGORY_NAMES[category], ...cells, ...provenanceCells(row) }, confidence: row.confidence });
  const periodStarts = new Map(tables.limitPeriods.map((row) => [row.id, row.start]));

  for (const row of tables.limitPeriods) {
    push("contributionYear", "limitPeriods", row, { id: row.id, start: monthCell(row.start), end: monthCell(row.end) });
  }
  for (const row of tables.baseLimits) {
    push("limits", "baseLimits", row, {
      id: row.period,
      start: monthCell(periodStarts.get(row.period)),
      insurance: insuranceCell(row.insurance),
      hukou: row.ruralOnly ? "农村" : null,
      value: Number(row.lower),
      value2: Number(row.upper),
      value3: row.wageYear ?? null,
    });
  }
  for (const row of tables.averageWages) {
    push("averageWage", "averageWages", row, { start: row.year, target: SERIES_TEXT[row.series], value: Number(row.annual) });
  }
  for (const row of tables.coefficientSeries) {
    push("coefficientSeries", "coefficientSeries", row, { start: row.fromYear, end: row.toYear ?? null, target: SERIES_TEXT[row.series] });
  }
  for (const row of tables.coefficientScope) {
    push("coefficientScope", "coefficientScope", row, { end: monthCell(addMonths(row.before, -1)) });
  }
  for (const row of tables.lateFeeRegimes) {
    push("lateFee", "lateFeeRegimes", row, {
      start: monthCell(row.from),
      end: monthCell(row.to),
      value: row.startOffsetMonths ?? "不加收",
      value2: fractionCell(row.dailyRate),
    });
  }
  for (const row of tables.insuranceStarts) {
    push("insuranceStart", "insuranceStarts", row, { start: monthCell(row.start), insurance: insuranceCell(row.insurance) });
  }
  for (const row of tables.rates) {
    push(row.component === "majorMedical" ? "majorMedicalRate" : "rate", "rates", row, {
      start: monthCell(row.from),
      end: monthCell(row.to),
      insurance: insuranceCell(row.insurance),
      target: t(`party.${row.party}`, {}, "zh-CN"),
      hukou: row.hukouTypes ? row.hukouTypes.map((hukou) => t(`hukou.${hukou}`, {}, "zh-CN")).join("、") : null,
      value: rateValueCell(row.kind, row.value),
    });
  }
  for (const row of tables.reliefs) {
    push("relief", "reliefs", row, {
      id: row.id,
      start: monthCell(row.from),
      end: monthCell(row.to),
      insurance: insuranceCell(row.insurance),
      target: t(`party.${row.party}`, {}, "zh-CN"),
      unitSize: row.unitSizes ? row.unitSizes.map((size) => t(`unitSize.${size}`, {}, "zh-CN")).join("、") : null,
      value: fractionCell(row.factor),
    });
  }
  for (const row of tables.retirementSchedule) {
    push("retirement", "retirementSchedule", row, {
      target: GROUP_TEXT[row.group],
      start: monthCell(row.firstAffectedBirth),
      value: row.originalAge,
      value2: row.birthMonthsPerStep,
      value3: row.maxDelayMonths,
    });
  }
  return rendered;
}

/** Returns the tables of a parameter set, with the retirement schedule, as one SheetTables value. */
export function builtInSheetTables(params: ParameterSet = beijingParameters): SheetTables {
  const tables = params.tables as ParameterTables & { retirementSchedule?: RetirementScheduleRow[] };
  return { ...params.tables, retirementSchedule: tables.retirementSchedule ?? beijingRetirementSchedule };
}

/** Lays out rendered cells in column order. */
export function rowCells(cells: SheetRowCells): CellValue[] {
  return PARAMETER_COLUMNS.map(({ column }) => cells[column] ?? null);
}

// The template the command line writes (`bujiao params --template`).

export interface ParameterTemplate {
  sheetName: string;
  /** Header texts of row 1, in column order. */
  headers: string[];
  /** A note for each header cell, on what the column contains in each category. */
  comments: string[];
  /** Rows 2 onwards: an instruction line, then one commented-out example per category. */
  rows: CellValue[][];
}

const COLUMN_COMMENT_KEYS: Record<Column, MessageKey> = {
  category: "paramSheet.comment.category",
  id: "paramSheet.comment.id",
  start: "paramSheet.comment.start",
  end: "paramSheet.comment.end",
  insurance: "paramSheet.comment.insurance",
  target: "paramSheet.comment.target",
  hukou: "paramSheet.comment.hukou",
  unitSize: "paramSheet.comment.unitSize",
  value: "paramSheet.comment.value",
  value2: "paramSheet.comment.value2",
  value3: "paramSheet.comment.value3",
  source: "paramSheet.comment.source",
  confidence: "paramSheet.comment.confidence",
  note: "paramSheet.comment.note",
};

/**
 * Describes an empty 参数 sheet: the header with a comment per column, an instruction row and one example per
 * category taken from the built-in rows, each commented out with # so the template changes nothing until a row
 * is uncommented.
 */
export function parameterTemplateRows(): ParameterTemplate {
  const rendered = renderParameterRows(builtInSheetTables());
  const examples = CATEGORY_ORDER.map((category) => {
    const rows = rendered.filter((row) => row.category === category);
    const example = rows[rows.length - 1];
    return rowCells({ ...example.cells, category: `${COMMENT_MARK}${CATEGORY_NAMES[category]}` });
  });
  const instruction = rowCells({ category: `${COMMENT_MARK} ${t("paramSheet.template.instruction", {}, "zh-CN")}` });

  return {
    sheetName: PARAMETER_SHEET_NAME,
    headers: PARAMETER_COLUMNS.map((entry) => entry.header),
    comments: PARAMETER_COLUMNS.map((entry) => t(COLUMN_COMMENT_KEYS[entry.column], {}, "zh-CN")),
    rows: [instruction, ...examples],
  };
}
