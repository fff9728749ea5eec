// `bujiao fn NAME ARG... [--params FILE] [--date DATE]`: evaluates one BUJIAO function as a cell would and
// prints exactly the value Excel would receive.

import { todayInBeijing, type Day } from "../core/calendar";
import { BujiaoError, valueError } from "../core/errors";
import { isCellError, parseDay, type CellValue } from "../core/parse";
import { beijingParameters } from "../core/params/parameterSet";
import { t, type Locale } from "../i18n";
import {
  evaluateFunction,
  findFunction,
  FUNCTION_SPECS,
  type Argument,
  type FunctionContext,
  type FunctionSpec,
  type Outcome,
} from "../functions/registry";
import { readWorkbookFile } from "../workbook/xlsxFile";
import { EXIT_COMMAND_FAILED, EXIT_INPUT_ERROR, EXIT_OK } from "./exitCodes";
import type { CliIo } from "./io";
import { optionValue, parseArguments } from "./options";
import { parameterProblemLines, parametersFromWorkbook } from "./parameters";
import { readArgument } from "./typedArgument";

/** Returns the Excel error code a BujiaoError shows in a cell. */
export function errorCode(error: BujiaoError): string {
  return error.kind === "notAvailable" ? "#N/A" : "#VALUE!";
}

/** Formats a cell value as Excel receives it: numbers in JavaScript's shortest form, logicals as TRUE/FALSE. */
export function formatCellValue(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Formats the call as users write it, e.g. `BASE 缴费工资 费款所属期 [险种] [户口性质]`. */
export function functionSignature(spec: FunctionSpec): string {
  const args = spec.args.map((arg) => (arg.optional ? `[${arg.zhName}]` : arg.zhName));
  return [spec.id, ...args].join(" ");
}

/** Lists every function with its arguments and description, for the usage text. */
export function functionList(locale: Locale): string[] {
  return FUNCTION_SPECS.map((spec) => {
    const description = locale === "en" ? spec.enDescription : spec.zhDescription;
    return `  ${functionSignature(spec)}\n      ${spec.zhName}：${description}`;
  });
}

function checkArgumentCount(spec: FunctionSpec, count: number): void {
  const required = spec.args.filter((arg) => !arg.optional).length;
  const maximum = spec.args.length;
  if (count >= required && count <= maximum) return;

  const expected = required === maximum ? String(required) : `${required}–${maximum}`;
  throw valueError("cli.fn.argumentCount", {
    name: spec.id,
    expected,
    count,
    signature: functionSignature(spec),
  });
}

/** Writes a whole-call error as one line on standard error: the code, then the message. */
function reportFormulaError(error: BujiaoError, io: CliIo, locale: Locale): number {
  io.err(`${errorCode(error)} ${error.localized(locale)}`);
  return EXIT_INPUT_ERROR;
}

/**
 * Prints a range result as tab-separated rows with an error's code in its cell, and each error's message on
 * standard error with its position. Returns exit code 1 when any cell is an error.
 */
function printRange(outcomes: Outcome[][], io: CliIo, locale: Locale): number {
  let failed = false;
  outcomes.forEach((row, rowIndex) => {
    const cells = row.map((outcome, columnIndex) => {
      if ("value" in outcome) return formatCellValue(outcome.value);

      failed = true;
      const message = outcome.error.localized(locale);
      io.err(t("cli.fn.cellError", { row: rowIndex + 1, column: columnIndex + 1, code: errorCode(outcome.error), message }, locale));
      return errorCode(outcome.error);
    });
    io.out(cells.join("\t"));
  });
  return failed ? EXIT_INPUT_ERROR : EXIT_OK;
}

interface PreparedCall {
  spec: FunctionSpec;
  args: Argument[];
  paramsFile?: string;
  /** The day --date gives, which is also the handling date when an argument omits it. */
  dateOption?: Day;
  today: Day;
}

/** Reads the command line of `fn`. Every problem found here is the command's, not the formula's, so it exits 2. */
function prepareCall(argv: readonly string[], io: CliIo): PreparedCall {
  const parsed = parseArguments(argv, ["params", "date"], []);
  const [name, ...texts] = parsed.positionals;
  if (name === undefined || name.trim() === "") throw valueError("cli.fn.nameMissing");

  const spec = findFunction(name);
  if (spec === undefined) {
    const functions = FUNCTION_SPECS.map((candidate) => `${candidate.id}（${candidate.zhName}）`).join("、");
    throw valueError("cli.fn.unknownFunction", { name, functions });
  }
  checkArgumentCount(spec, texts.length);

  const args = texts.map(readArgument);
  while (args.length < spec.args.length) args.push(null);
  const dateText = optionValue(parsed, "date");
  const dateOption = dateText === undefined ? undefined : parseDay(dateText, "field.handlingDate");
  return { spec, args, paramsFile: optionValue(parsed, "params"), dateOption, today: dateOption ?? todayInBeijing(io.now()) };
}

/**
 * Builds the context a cell of the --params workbook would see. As in Excel, COEFF with an omitted date uses
 * today and AMOUNT and DIFF use the 单位信息 办理日期 first; --date replaces both, so one run has one date.
 * Problems of the 参数 and 单位信息 sheets are written to standard error and do not stop the evaluation.
 */
async function prepareContext(call: PreparedCall, io: CliIo, locale: Locale): Promise<FunctionContext> {
  const today = call.today;
  if (call.paramsFile === undefined) return { params: beijingParameters, today: () => today };

  const parameters = parametersFromWorkbook(await readWorkbookFile(call.paramsFile));
  for (const line of parameterProblemLines(parameters, locale)) io.err(line);

  let unit = parameters.unit;
  if (unit !== undefined && call.dateOption !== undefined) unit = { ...unit, handlingDate: call.dateOption };
  return { params: parameters.params, today: () => today, ...(unit ? { unit } : {}) };
}

export async function runFn(argv: readonly string[], io: CliIo, locale: Locale): Promise<number> {
  let call: PreparedCall;
  let context: FunctionContext;
  try {
    call = prepareCall(argv, io);
    context = await prepareContext(call, io, locale);
  } catch (error) {
    if (!(error instanceof BujiaoError)) throw error;
    io.err(error.localized(locale));
    return EXIT_COMMAND_FAILED;
  }

  let result: Outcome | Outcome[][];
  try {
    result = evaluateFunction(call.spec, call.args, context);
  } catch (error) {
    if (!(error instanceof BujiaoError)) throw error;
    return reportFormulaError(error, io, locale);
  }

  if (Array.isArray(result)) return printRange(result, io, locale);
  if ("error" in result) return reportFormulaError(result.error, io, locale);
  io.out(formatCellValue(result.value));
  return EXIT_OK;
}
