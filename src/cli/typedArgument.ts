// Reading a command-line argument of `bujiao fn` the way Excel reads what is typed into a cell, so that the
// command computes the value a formula would for the same input.

import Decimal from "decimal.js";
import { valueError } from "../core/errors";
import type { CellValue } from "../core/parse";
import type { Argument } from "../functions/registry";

/** Excel keeps 15 significant digits, so a longer run of digits (an identity number) is kept as text. */
const MAX_NUMBER_DIGITS = 15;

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const ERROR_VALUES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

function digitCount(text: string): number {
  return text.replace(/\D/g, "").length;
}

/**
 * Reads typed text as a cell value: a number where Excel would see one (`19.5`, `-3`, `1e3`, `8,000`, `16%`),
 * TRUE or FALSE as a logical, an error literal such as `#N/A` as that error, anything else as text.
 * A leading `'` forces text, and a number of more than 15 digits stays text because Excel cannot hold it.
 * Empty text is an omitted argument (null).
 *
 * @example readTypedText("110105194912310021") === "110105194912310021"
 */
export function readTypedText(text: string): CellValue {
  if (text === "") return null;
  if (text.startsWith("'")) return text.slice(1);

  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  if (ERROR_VALUES.has(upper)) return { error: upper };

  if (digitCount(trimmed) > MAX_NUMBER_DIGITS) return text;
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  if (GROUPED_NUMBER.test(trimmed)) return Number(trimmed.replace(/,/g, ""));

  const percent = PERCENT.exec(trimmed);
  if (percent) return new Decimal(percent[1]).dividedBy(100).toNumber();

  return text;
}

function readJsonCell(value: unknown, argument: string): CellValue {
  if (value === null) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return readTypedText(value);
  throw valueError("cli.fn.badRange", { value: argument });
}

/**
 * Reads a JSON array argument as a range: `[8000,8200]` is one row, `[[8000],[8200]]` is one column. Every
 * row must have the same number of cells; a string inside is read like typed text.
 */
function readRange(argument: string): Argument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(argument);
  } catch {
    throw valueError("cli.fn.badRange", { value: argument });
  }
  if (!Array.isArray(parsed) || parsed.length === 0) throw valueError("cli.fn.badRange", { value: argument });

  const rows = parsed.every(Array.isArray) ? (parsed as unknown[][]) : [parsed];
  const width = rows[0].length;
  if (width === 0 || rows.some((row) => !Array.isArray(row) || row.length !== width)) {
    throw valueError("cli.fn.badRange", { value: argument });
  }
  return rows.map((row) => row.map((cell) => readJsonCell(cell, argument)));
}

/**
 * Reads one argument of `bujiao fn`: typed text (see `readTypedText`), or a range when it starts with `[`.
 * Throws a BujiaoError when a range is not a rectangular JSON array of numbers, text, logicals and nulls.
 */
export function readArgument(argument: string): Argument {
  if (argument.trimStart().startsWith("[")) return readRange(argument);
  return readTypedText(argument);
}
