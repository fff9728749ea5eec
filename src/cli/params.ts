// `bujiao params [WORKBOOK.xlsx] [--json]` lists the parameter rows a calculation uses: the built-in Beijing
// tables with the workbook's 参数 rows applied, each with its period, values, source, confidence and origin.
// `bujiao params --template OUT.xlsx` writes an empty, commented 参数 sheet and a 单位信息 sheet to fill in.

import { BujiaoError, valueError } from "../core/errors";
import { formatYearMonth } from "../core/calendar";
import type { CellValue } from "../core/parse";
import { beijingParameters, type ParameterSet } from "../core/params/parameterSet";
import {
  CATEGORIES_OF_TABLE,
  CATEGORY_NAMES,
  PARAMETER_COLUMNS,
  builtInSheetTables,
  renderParameterRows,
  type Category,
  type Column,
  type SheetTables,
} from "../core/params/sheet";
import type { Confidence, Provenance } from "../core/params/types";
import { t, type Locale } from "../i18n";
import { writeParameterTemplate } from "../workbook/parameterTemplate";
import { readWorkbookFile } from "../workbook/xlsxFile";
import { EXIT_COMMAND_FAILED, EXIT_INPUT_ERROR, EXIT_OK } from "./exitCodes";
import type { CliIo } from "./io";
import { optionValue, parseArguments } from "./options";
import { allParameterProblems, parametersFromWorkbook, problemLine, problemMessage, unitFactsLine, type WorkbookParameters } from "./parameters";

/** One row of the effective tables as the 参数 sheet would write it, with where it came from. */
export interface ListedRow {
  category: Category;
  table: keyof SheetTables;
  cells: Partial<Record<Column, CellValue>>;
  confidence: Confidence;
  source: string;
  note?: string;
  /** The 参数 cell the row came from; absent for a built-in row. */
  origin?: string;
  /** The months of a contribution year or of its limits, with the end resolved from the next year's start. */
  months?: { start: string; end: string };
}

const TABLE_ORDER = Object.keys(CATEGORIES_OF_TABLE) as Array<keyof SheetTables>;
/** Columns shown as "header value" pairs; period, source, confidence and note are shown on their own. */
const VALUE_COLUMNS: readonly Column[] = ["id", "insurance", "target", "hukou", "unitSize", "value", "value2", "value3"];

/**
 * Lists every row of a parameter set in table order. Each table is rendered on its own with the limit
 * periods beside it (a limits row shows its period's start month), so the rendered rows line up one to one
 * with the table's rows and their provenance.
 */
export function listParameterRows(params: ParameterSet): ListedRow[] {
  const tables = builtInSheetTables(params);
  const periods = new Map(params.allPeriods().map((period) => [period.id, { start: formatYearMonth(period.start), end: formatYearMonth(period.end) }]));
  const empty = Object.fromEntries(TABLE_ORDER.map((name) => [name, []])) as unknown as SheetTables;
  const listed: ListedRow[] = [];

  for (const name of TABLE_ORDER) {
    const rows = tables[name] as Provenance[];
    const rendered = renderParameterRows({ ...empty, limitPeriods: tables.limitPeriods, [name]: rows }).filter((row) => row.table === name);
    if (rendered.length !== rows.length) throw new Error(`rendering table ${name} gave ${rendered.length} rows for ${rows.length}`);
    rendered.forEach((row, index) => {
      const provenance = rows[index];
      const periodId = name === "limitPeriods" || name === "baseLimits" ? cellText(row.cells.id) : "";
      const months = periods.get(periodId);
      listed.push({
        category: row.category,
        table: name,
        cells: row.cells,
        confidence: provenance.confidence,
        source: provenance.source,
        ...(provenance.note ? { note: provenance.note } : {}),
        ...(provenance.origin ? { origin: provenance.origin } : {}),
        ...(months ? { months } : {}),
      });
    });
  }
  return listed;
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.error;
  return String(value);
}

function periodText(row: ListedRow, locale: Locale): string {
  if (row.months) return `${row.months.start}—${row.months.end}`;
  // An average wage is one calendar year's; a retirement row's start is the first affected birth month.
  if (row.category === "averageWage") return t("cli.params.periodYear", { year: cellText(row.cells.start) }, locale);
  if (row.category === "retirement") return t("cli.params.periodAll", {}, locale);
  const start = cellText(row.cells.start);
  const end = cellText(row.cells.end);
  if (start !== "" && end !== "") return start === end ? start : `${start}—${end}`;
  if (start !== "") return t("cli.params.periodFrom", { start }, locale);
  if (end !== "") return t("cli.params.periodTo", { end }, locale);
  return t("cli.params.periodAll", {}, locale);
}

function rowLine(row: ListedRow, locale: Locale): string {
  const headers = new Map(PARAMETER_COLUMNS.map((entry) => [entry.column, entry.header]));
  const parts = [periodText(row, locale)];
  const columns = row.category === "retirement" ? ["start" as const, ...VALUE_COLUMNS] : VALUE_COLUMNS;
  for (const column of columns) {
    const text = cellText(row.cells[column]);
    if (text !== "") parts.push(`${headers.get(column)} ${text}`);
  }
  parts.push(t("cli.params.confidence", { mark: row.confidence, meaning: t(`confidence.${row.confidence}`, {}, locale) }, locale));
  parts.push(t("cli.params.source", { source: row.source }, locale));
  if (row.note) parts.push(t("cli.params.note", { note: row.note }, locale));

  const marks: string[] = [];
  if (row.confidence === "U") marks.push(t("cli.params.uncertainMark", {}, locale));
  if (row.origin) marks.push(t("cli.params.originMark", { cell: row.origin }, locale));
  return `  ${marks.length > 0 ? `${marks.join(" ")} ` : ""}${parts.join("  ")}`;
}

function textLines(file: string | undefined, parameters: WorkbookParameters, rows: ListedRow[], locale: Locale): string[] {
  const uncertain = rows.filter((row) => row.confidence === "U").length;
  const fromWorkbook = rows.filter((row) => row.origin !== undefined).length;
  const lines: string[] = [];
  if (file === undefined) lines.push(t("cli.params.headingBuiltIn", { rows: rows.length, uncertain }, locale));
  else if (parameters.parameterSheet === undefined) lines.push(t("cli.params.headingNoSheet", { file, rows: rows.length, uncertain }, locale));
  else lines.push(t("cli.params.headingWorkbook", { file, sheet: parameters.parameterSheet, rows: rows.length, uncertain, fromWorkbook }, locale));
  lines.push(t("cli.params.legend", {}, locale));

  for (const category of Object.keys(CATEGORY_NAMES) as Category[]) {
    const inCategory = rows.filter((row) => row.category === category);
    if (inCategory.length === 0) continue;
    lines.push("", t("cli.params.categoryHeading", { category: CATEGORY_NAMES[category], count: inCategory.length }, locale));
    for (const row of inCategory) lines.push(rowLine(row, locale));
  }

  if (parameters.unit) lines.push("", unitFactsLine(parameters.unit, locale));
  const problems = allParameterProblems(parameters);
  if (problems.length > 0) {
    lines.push("", t("cli.params.problemsHeading", {}, locale));
    for (const problem of problems) lines.push(`  ${problemLine(problem, locale)}`);
  }
  return lines;
}

function jsonDocument(file: string | undefined, parameters: WorkbookParameters, rows: ListedRow[], locale: Locale): string {
  const document = {
    file: file ?? null,
    parameterSheet: parameters.parameterSheet ?? null,
    unitSheet: parameters.unitSheet ?? null,
    rows: rows.map((row) => ({
      category: row.category,
      categoryName: CATEGORY_NAMES[row.category],
      table: row.table,
      period: periodText(row, locale),
      cells: Object.fromEntries(Object.entries(row.cells).filter(([, value]) => value !== null && value !== undefined)),
      confidence: row.confidence,
      uncertain: row.confidence === "U",
      source: row.source,
      ...(row.note ? { note: row.note } : {}),
      origin: row.origin ?? null,
    })),
    problems: allParameterProblems(parameters).map((problem) => ({
      cell: problem.cell,
      severity: problem.severity,
      key: problem.key,
      message: problemMessage(problem, locale),
    })),
  };
  return JSON.stringify(document, null, 2);
}

/**
 * Runs `bujiao params`. Exit code 0: the tables were listed or the template written. Exit code 1: the 参数 or
 * 单位信息 sheet has a row with an error, which was left out. Exit code 2: the command failed, for example bad
 * usage, an unreadable file or a template path that exists.
 */
export async function runParams(argv: readonly string[], io: CliIo, locale: Locale): Promise<number> {
  try {
    const parsed = parseArguments(argv, ["template"], ["json"]);
    const template = optionValue(parsed, "template");
    if (parsed.positionals.length > 1) throw valueError("cli.params.tooManyFiles", { files: parsed.positionals.join(" ") });

    if (template !== undefined) {
      if (parsed.positionals.length > 0) throw valueError("cli.params.templateWithFile");
      await writeParameterTemplate(template);
      io.out(t("cli.params.templateWritten", { path: template }, locale));
      return EXIT_OK;
    }

    const file = parsed.positionals[0];
    const parameters = file === undefined ? parametersFromWorkbook([], beijingParameters) : parametersFromWorkbook(await readWorkbookFile(file));
    const rows = listParameterRows(parameters.params);
    if (parsed.options.get("json") === true) io.out(jsonDocument(file, parameters, rows, locale));
    else for (const line of textLines(file, parameters, rows, locale)) io.out(line);

    const hasErrors = allParameterProblems(parameters).some((problem) => problem.severity === "error");
    return hasErrors ? EXIT_INPUT_ERROR : EXIT_OK;
  } catch (error) {
    if (!(error instanceof BujiaoError)) throw error;
    io.err(error.localized(locale));
    return EXIT_COMMAND_FAILED;
  }
}
