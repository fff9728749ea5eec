// The conversion of a BUJIAO function's outcome for Excel, free of Office so it can be unit-tested: omitted arguments
// become null, a range result keeps each cell's error in its own position, and a BujiaoError becomes an Excel
// error (#VALUE! for bad input, #N/A for a missing parameter row) with its message in the display locale.

import { BujiaoError } from "../core/errors";
import type { CellValue } from "../core/parse";
import type { Locale } from "../i18n";
import { evaluateFunction, findFunction, type Argument, type FunctionContext, type Outcome } from "./registry";

/** The members of CustomFunctions.ErrorCode that BUJIAO functions return. */
export type ExcelErrorCode = "invalidValue" | "notAvailable";

/** Builds the host's error object; functions.ts passes one that creates CustomFunctions.Error. */
export type ExcelErrorFactory<E> = (code: ExcelErrorCode, message: string) => E;

/** A result as Excel receives it from a function whose result is typed `any[][]`. */
export type ExcelResult<E> = Array<Array<CellValue | E>>;

export function excelErrorCode(error: BujiaoError): ExcelErrorCode {
  return error.kind === "notAvailable" ? "notAvailable" : "invalidValue";
}

export function toExcelError<E>(error: BujiaoError, locale: Locale, makeError: ExcelErrorFactory<E>): E {
  return makeError(excelErrorCode(error), error.localized(locale));
}

/**
 * Reads the raw arguments of a custom function. Excel passes an omitted optional argument as null; JavaScript
 * leaves trailing ones undefined. Both become null, the registry's omitted value.
 */
export function toArguments(raw: readonly unknown[], count: number): Argument[] {
  const args: Argument[] = [];
  for (let index = 0; index < count; index++) {
    const value = raw[index];
    args.push(value === undefined ? null : (value as Argument));
  }
  return args;
}

/**
 * Converts an outcome to the `any[][]` result Excel expects. A single cell's error is thrown, so the whole formula
 * shows it; in a larger result each bad cell contains its own error object and the other cells keep their values.
 */
export function toExcelResult<E>(outcome: Outcome | Outcome[][], locale: Locale, makeError: ExcelErrorFactory<E>): ExcelResult<E> {
  const grid = Array.isArray(outcome) ? outcome : [[outcome]];

  if (grid.length === 1 && grid[0].length === 1) {
    const only = grid[0][0];
    if ("error" in only) throw toExcelError(only.error, locale, makeError);
    return [[cellOf(only.value)]];
  }

  return grid.map((row) =>
    row.map((cell) => ("error" in cell ? toExcelError(cell.error, locale, makeError) : cellOf(cell.value))),
  );
}

function cellOf(value: CellValue): CellValue {
  return value === undefined ? null : value;
}

/**
 * Evaluates the BUJIAO function `id` for Excel. Throws the host error for a whole-call failure, such as ranges of
 * different shapes; other exceptions are program errors and pass through unchanged.
 */
export function evaluateForExcel<E>(
  id: string,
  raw: readonly unknown[],
  context: FunctionContext,
  locale: Locale,
  makeError: ExcelErrorFactory<E>,
): ExcelResult<E> {
  const spec = findFunction(id);
  if (!spec) throw new Error(`BUJIAO.${id} is not in FUNCTION_SPECS`);

  let outcome: Outcome | Outcome[][];
  try {
    outcome = evaluateFunction(spec, toArguments(raw, spec.args.length), context);
  } catch (error) {
    if (error instanceof BujiaoError) throw toExcelError(error, locale, makeError);
    throw error;
  }
  return toExcelResult(outcome, locale, makeError);
}
