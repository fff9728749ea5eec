// The parameters and unit facts a command works with: the built-in Beijing tables with the rows of a
// workbook's 参数 sheet applied, and the facts of its 单位信息 sheet. A malformed row is reported with its cell
// address and left out, never guessed, so the command still runs on the rows it could read.

import { todayInBeijing, type Day } from "../core/calendar";
import { parseDay } from "../core/parse";
import { beijingParameters, type ParameterSet } from "../core/params/parameterSet";
import { PARAMETER_SHEET_NAME, readParameterSheet, type ParameterOverrides } from "../core/params/sheet";
import type { SheetData, SheetProblem } from "../core/roster";
import type { UnitFacts } from "../core/unit";
import { readUnitSheet, UNIT_SHEET_NAME } from "../core/unitSheet";
import { t, type Locale, type MessageKey } from "../i18n";
import type { CliIo } from "./io";

export interface WorkbookParameters {
  params: ParameterSet;
  /** The rows the 参数 sheet added or replaced, by table; empty without the sheet. */
  overrides: ParameterOverrides;
  /** The facts of the 单位信息 sheet; undefined when the workbook has no such sheet. */
  unit?: UnitFacts;
  /** Problems of the 参数 sheet, each with its cell address, in sheet order; a row with an error was left out. */
  parameterProblems: SheetProblem[];
  /** Problems of the 单位信息 sheet; a fact with an error was left unset. */
  unitProblems: SheetProblem[];
  /** Names of the sheets that were read, as the workbook spells them. */
  parameterSheet?: string;
  unitSheet?: string;
}

function sheetNamed(sheets: readonly SheetData[], name: string): SheetData | undefined {
  return sheets.find((sheet) => sheet.name.trim() === name);
}

/**
 * Applies a workbook's 参数 sheet to `base` and reads its 单位信息 sheet. A workbook without these sheets gives
 * `base` and no unit facts.
 */
export function parametersFromWorkbook(sheets: readonly SheetData[], base: ParameterSet = beijingParameters): WorkbookParameters {
  const result: WorkbookParameters = { params: base, overrides: {}, parameterProblems: [], unitProblems: [] };

  const parameterSheet = sheetNamed(sheets, PARAMETER_SHEET_NAME);
  if (parameterSheet) {
    const { overrides, problems } = readParameterSheet(parameterSheet, base);
    result.params = base.withOverrides(overrides);
    result.overrides = overrides;
    result.parameterProblems = problems;
    result.parameterSheet = parameterSheet.name;
  }

  const unitSheet = sheetNamed(sheets, UNIT_SHEET_NAME);
  if (unitSheet) {
    const { facts, problems } = readUnitSheet(unitSheet);
    result.unit = facts;
    result.unitProblems = problems;
    result.unitSheet = unitSheet.name;
  }
  return result;
}

/** The source of a run's handling date: the --date option, the 单位信息 sheet or today. */
export type HandlingDaySource = "option" | "unitSheet" | "today";

/**
 * Decides the handling date: the --date option, else the 单位信息 办理日期, else today in Beijing.
 * Throws a BujiaoError when --date is not a date.
 */
export function resolveHandlingDay(dateOption: string | undefined, unit: UnitFacts | undefined, io: CliIo): { day: Day; source: HandlingDaySource } {
  if (dateOption !== undefined) return { day: parseDay(dateOption, "field.handlingDate"), source: "option" };
  if (unit?.handlingDate !== undefined) return { day: unit.handlingDate, source: "unitSheet" };
  return { day: todayInBeijing(io.now()), source: "today" };
}

const SEVERITY_KEYS: Record<SheetProblem["severity"], MessageKey> = {
  error: "cli.severity.error",
  warning: "cli.severity.warning",
  info: "cli.severity.info",
};

/** Renders a sheet problem's message, led by its cell address when the message does not already name it. */
export function problemMessage(problem: SheetProblem, locale: Locale): string {
  const message = t(problem.key, problem.params, locale);
  return message.includes(problem.cell) ? message : `${problem.cell}${t("cli.problemCellSeparator", {}, locale)}${message}`;
}

/** Formats a sheet problem as one line, e.g. `[错误] 参数!C3：开始年月 “2023-13” 无效…`. */
export function problemLine(problem: SheetProblem, locale: Locale): string {
  return `[${t(SEVERITY_KEYS[problem.severity], {}, locale)}] ${problemMessage(problem, locale)}`;
}

/** Lines that tell what the problems of the 参数 and 单位信息 sheets mean for the run; none without problems. */
export function parameterProblemLines(parameters: WorkbookParameters, locale: Locale): string[] {
  const { parameterProblems, unitProblems } = parameters;
  const lines = [...parameterProblems, ...unitProblems].map((problem) => problemLine(problem, locale));
  const errors = (problems: SheetProblem[]) => problems.filter((problem) => problem.severity === "error").length;
  if (errors(parameterProblems) > 0) lines.push(t("cli.params.rowsLeftOut", { count: errors(parameterProblems) }, locale));
  if (errors(unitProblems) > 0) lines.push(t("cli.params.unitFactsLeftOut", { count: errors(unitProblems) }, locale));
  return lines;
}

const UNIT_FACT_FIELDS: Record<Exclude<keyof UnitFacts, "handlingDate">, MessageKey> = {
  name: "field.unitName",
  creditCode: "field.creditCode",
  size: "field.unitSize",
  workInjuryRate: "field.workInjuryRate",
  creditStanding: "field.creditStanding",
  willingToPledge: "field.willingToPledge",
  sameDistrict: "field.sameDistrict",
};

/**
 * Names the 单位信息 facts that are filled in and those that are not, e.g. `单位信息：已填写 单位规模、工伤保险费率；
 * 未填写 信用状况`. The handling date is left out: the command shows the date it used and where it came from.
 */
export function unitFactsLine(unit: UnitFacts, locale: Locale): string {
  const separator = t("cli.listSeparator", {}, locale);
  const keys = Object.keys(UNIT_FACT_FIELDS) as Array<keyof typeof UNIT_FACT_FIELDS>;
  const names = (filled: boolean) =>
    keys.filter((key) => (unit[key] !== undefined) === filled).map((key) => t(UNIT_FACT_FIELDS[key], {}, locale)).join(separator);
  return t("cli.unitFacts", { set: names(true) || "—", unset: names(false) || "—" }, locale);
}

/** Returns the problems of both sheets, 参数 first. */
export function allParameterProblems(parameters: WorkbookParameters): SheetProblem[] {
  return [...parameters.parameterProblems, ...parameters.unitProblems];
}
