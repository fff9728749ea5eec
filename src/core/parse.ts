// Reading what users type or paste into cells: fee months, dates, amounts and the Chinese words for insurances
// and hukou types. Each reader accepts a cell value as Excel delivers it (number, text, logical, empty or an
// error value) and throws a BujiaoError that names the field, shows the value and lists the accepted forms.
//
// Accepted beyond the plain forms, deliberately: full-width digits and punctuation (２０２３－０８, read through
// Unicode NFKC), spaces around separators, and for amounts thousands separators, a leading ¥/￥ and a trailing 元.

import Decimal from "decimal.js";
import { ref, type MessageKey } from "../i18n";
import {
  dayFromParts,
  serialToDay,
  yearMonth,
  yearMonthOfDay,
  type Day,
  type YearMonth,
} from "./calendar";
import { valueError } from "./errors";
import { maskIdentityRuns } from "./mask";
import { Money } from "./money";

/** An Excel error value in a cell, such as `#N/A`. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | undefined | CellError;

/**
 * A formula cell of a file that no spreadsheet program has calculated (written by another tool, never saved by
 * Excel), so it has no value to read. It is reported like an error value, with its own message.
 */
export const UNCALCULATED_FORMULA: CellError = Object.freeze({ error: "#UNCALCULATED" });

export type FieldKey = Extract<MessageKey, `field.${string}`>;

const MIN_YEAR = 1900;
const MAX_YEAR = 2099;
/** Excel serial of 2099-12-31, the last day a date input may have. */
const MAX_SERIAL = 73_050;

const EXAMPLES: Partial<Record<FieldKey, string>> = {
  "field.wage": "8000",
  "field.amount": "1000",
  "field.feeMonth": "2023-08",
  "field.startMonth": "2023-01",
  "field.endMonth": "2023-08",
  "field.handlingDate": "2026-12-04",
  "field.declarationDate": "2026-12-04",
};

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}

/** True for an omitted argument or an empty cell (null, undefined or text of spaces only). */
export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Messages quote at most this many characters of a cell, so a pasted paragraph cannot flood them. */
const MAX_QUOTED_LENGTH = 40;

/** Quotes a cell value for a message: identity-number-like digit runs masked, long text shortened. */
function display(value: CellValue): string {
  if (isCellError(value)) return value.error;
  const text = maskIdentityRuns(typeof value === "number" ? numberText(value) : String(value));
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text;
}

/** Writes a number as its digits, also where JavaScript would switch to exponent form (1.1e+17). */
function numberText(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
}

/** Normalises typed text: full-width forms to ASCII (NFKC) and surrounding spaces removed. */
export function normaliseText(text: string): string {
  return text.normalize("NFKC").trim();
}

type ValueKind = "valueKind.month" | "valueKind.date" | "valueKind.amount" | "valueKind.word";

function rejectNonValue(value: CellValue, field: FieldKey, kind: ValueKind, example: string): void {
  if (isBlank(value)) throw valueError("input.missing", { field: ref(field), example: EXAMPLES[field] ?? example });
  if (typeof value === "boolean") throw valueError("input.boolean", { field: ref(field), value: display(value), expected: ref(kind) });
  if (isCellError(value) && value.error === UNCALCULATED_FORMULA.error) throw valueError("input.uncalculated", { field: ref(field) });
  if (isCellError(value)) throw valueError("input.error", { field: ref(field), value: value.error });
}

function checkYear(year: number, field: FieldKey, value: CellValue, key: MessageKey): void {
  if (year < MIN_YEAR || year > MAX_YEAR) throw valueError(key, { field: ref(field), value: display(value) });
}

function monthFromParts(year: number, month: number, field: FieldKey, value: CellValue): YearMonth {
  if (month < 1 || month > 12) throw valueError("feeMonth.badMonth", { field: ref(field), value: display(value) });
  checkYear(year, field, value, "feeMonth.outOfRange");
  return yearMonth(year, month);
}

function dayFromTypedParts(year: number, month: number, dayOfMonth: number, field: FieldKey, value: CellValue): Day {
  checkYear(year, field, value, "date.outOfRange");
  const day = dayFromParts(year, month, dayOfMonth);
  if (day === null) throw valueError("date.notReal", { field: ref(field), value: display(value) });
  return day;
}

function dayFromSerial(serial: number, field: FieldKey, value: CellValue): Day {
  if (serial < 1 || serial > MAX_SERIAL) throw valueError("date.outOfRange", { field: ref(field), value: display(value) });
  const day = serialToDay(serial);
  if (day === null) throw valueError("date.phantom", { field: ref(field), value: display(value) });
  return day;
}

const MONTH_TEXT = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/;
const MONTH_COMPACT = /^(\d{4})(\d{2})$/;
const MONTH_CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月?$/;
const DATE_TEXT = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const DATE_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;

/** Reads text in one of the date forms, or returns null when it has none of them. */
function matchDateText(text: string): [number, number, number] | null {
  const match = DATE_TEXT.exec(text) ?? DATE_CHINESE.exec(text);
  if (match) {
    const parts = match.length === 5 ? [match[1], match[3], match[4]] : [match[1], match[2], match[3]];
    return [Number(parts[0]), Number(parts[1]), Number(parts[2])];
  }
  const compact = DATE_COMPACT.exec(text);
  return compact ? [Number(compact[1]), Number(compact[2]), Number(compact[3])] : null;
}

/**
 * Reads a fee month (费款所属期).
 *
 * Numbers: a six-digit integer is `YYYYMM` (202308), an eight-digit integer is `YYYYMMDD`, any other positive
 * integer is an Excel date serial. A number with decimals is rejected, because a cell that held "2023.10" as
 * a number shows 2023.1, so October and January look the same.
 * Text: `2023-08`, `2023/8`, `2023.08`, `202308`, `2023年8月`, and the date forms of `parseDay`.
 *
 * @example parseFeeMonth("2023年8月") === yearMonth(2023, 8)
 */
export function parseFeeMonth(value: CellValue, field: FieldKey = "field.feeMonth"): YearMonth {
  rejectNonValue(value, field, "valueKind.month", "2023-08");

  if (typeof value === "number") return feeMonthFromNumber(value, field);

  const text = normaliseText(String(value));
  const month = MONTH_TEXT.exec(text) ?? MONTH_COMPACT.exec(text) ?? MONTH_CHINESE.exec(text);
  if (month) return monthFromParts(Number(month[1]), Number(month[2]), field, value);

  const date = matchDateText(text);
  if (date) return yearMonthOfDay(dayFromTypedParts(date[0], date[1], date[2], field, value));

  throw valueError("feeMonth.invalid", { field: ref(field), value: display(value) });
}

function feeMonthFromNumber(value: number, field: FieldKey): YearMonth {
  if (!Number.isFinite(value) || value <= 0) throw valueError("feeMonth.invalid", { field: ref(field), value: display(value) });
  if (!Number.isInteger(value)) {
    const looksLikeYearDotMonth = value > MIN_YEAR && value < MAX_YEAR + 1;
    throw valueError(looksLikeYearDotMonth ? "feeMonth.fraction" : "feeMonth.notWhole", { field: ref(field), value: display(value) });
  }
  if (value >= 100_000 && value <= 999_999) return monthFromParts(Math.floor(value / 100), value % 100, field, value);
  if (value >= 10_000_000 && value <= 99_999_999) {
    const day = dayFromTypedParts(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100, field, value);
    return yearMonthOfDay(day);
  }
  return yearMonthOfDay(dayFromSerial(value, field, value));
}

/**
 * Reads a calendar date (办理日期, hire date, birth date …): an Excel serial (a fraction is a time of day and is
 * ignored), an eight-digit integer `YYYYMMDD`, or text `2026-12-04`, `2026/12/4`, `2026.12.4`, `20261204`,
 * `2026年12月4日`.
 */
export function parseDay(value: CellValue, field: FieldKey = "field.handlingDate"): Day {
  rejectNonValue(value, field, "valueKind.date", "2026-12-04");

  if (typeof value === "number") {
    if (!Number.isFinite(value) || value <= 0) throw valueError("date.invalid", { field: ref(field), value: display(value) });
    if (Number.isInteger(value) && value >= 10_000_000 && value <= 99_999_999) {
      return dayFromTypedParts(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100, field, value);
    }
    return dayFromSerial(Math.floor(value), field, value);
  }

  const text = normaliseText(String(value));
  const date = matchDateText(text);
  if (date) return dayFromTypedParts(date[0], date[1], date[2], field, value);
  throw valueError("date.invalid", { field: ref(field), value: display(value) });
}

const AMOUNT_TEXT = /^-?\d+(\.\d+)?$/;
const MAX_AMOUNT = new Money("1e12");
const MAX_AMOUNT_NUMBER = 1e12;
const GROUPED_AMOUNT_TEXT = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads an amount in yuan (a wage, a base or arrears) as a Decimal: a number, or text such as `8000.50`,
 * `8,000`, `¥8,000.50` or `8000元`. Negative amounts are rejected unless `allowNegative` is set.
 */
export function parseAmount(value: CellValue, field: FieldKey = "field.wage", allowNegative = false): Decimal {
  rejectNonValue(value, field, "valueKind.amount", "8000");

  let amount: Decimal;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw valueError("number.notFinite", { field: ref(field), value: display(value) });
    // A finite number below 1e12 in size, and not negative unless allowNegative is set, passes both checks
    // below, so it is returned without them. The Decimal of a number is its shortest round-trip decimal, which lies on the same side of
    // 1e12 and of 0 as the number itself (-0 included, which the checks accept).
    if (value < MAX_AMOUNT_NUMBER && (value >= 0 || (allowNegative && value > -MAX_AMOUNT_NUMBER))) return new Money(value);
    amount = new Money(value);
  } else {
    const text = normaliseText(String(value))
      .replace(/\s+/g, "")
      .replace(/^(?:¥|RMB|CNY)/i, "")
      .replace(/元$/, "");
    if (AMOUNT_TEXT.test(text)) amount = new Money(text);
    else if (GROUPED_AMOUNT_TEXT.test(text)) amount = new Money(text.replace(/,/g, ""));
    else throw valueError("number.invalid", { field: ref(field), value: display(value) });
  }

  // A monthly amount of a trillion yuan or more is another value in the wrong column, most often an identity
  // number, which a number cell cannot even hold exactly.
  if (amount.abs().greaterThanOrEqualTo(MAX_AMOUNT)) throw valueError("number.tooLarge", { field: ref(field), value: display(value) });
  if (!allowNegative && amount.isNegative() && !amount.isZero()) {
    throw valueError("number.negative", { field: ref(field), value: display(value) });
  }
  return amount;
}

/**
 * Reads one of a fixed set of words, in Chinese or as the English id, ignoring case, spaces and full-width
 * forms. `choices` maps every accepted spelling to its id; `shown` lists the spellings the message offers.
 */
export function parseWord<T extends string>(
  value: CellValue,
  field: FieldKey,
  choices: ReadonlyMap<string, T>,
  shown: string,
): T {
  if (typeof value === "string") {
    const known = knownSpellings(choices).get(value);
    if (known !== undefined) return known;
  }

  rejectNonValue(value, field, "valueKind.word", shown.split("、")[0]);
  const text = normaliseText(String(value)).replace(/\s+/g, "").toLowerCase();
  const id = choices.get(text);
  if (id === undefined) throw valueError("word.unknown", { field: ref(field), value: display(value), choices: shown });
  if (typeof value === "string") rememberSpelling(choices, value, id);
  return id;
}

/**
 * Texts exactly as typed that `parseWord` has already read, per set of choices, so a word that recurs down a
 * column skips the Unicode normalisation. Only texts that were read successfully are kept, at most
 * MAX_KNOWN_SPELLINGS per set.
 */
const spellingsByChoices = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();
const MAX_KNOWN_SPELLINGS = 1000;

function knownSpellings<T extends string>(choices: ReadonlyMap<string, T>): ReadonlyMap<string, T> {
  let known = spellingsByChoices.get(choices);
  if (known === undefined) {
    known = new Map();
    spellingsByChoices.set(choices, known);
  }
  return known as Map<string, T>;
}

function rememberSpelling<T extends string>(choices: ReadonlyMap<string, T>, text: string, id: T): void {
  const known = knownSpellings(choices) as Map<string, T>;
  if (known.size < MAX_KNOWN_SPELLINGS) known.set(text, id);
}
