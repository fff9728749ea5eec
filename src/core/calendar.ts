// Fee months (费款所属期) and calendar dates as plain integers, with UTC arithmetic only.
//
// A YearMonth is `year * 12 + (month - 1)`, so consecutive months are consecutive integers and a range is
// inclusive at both ends. A Day is the number of days since 1970-01-01. Excel serials use the 1900 date system:
// serial 1 is 1900-01-01 and serial 60 is Excel's fictitious 1900-02-29, so serials from 61 on are
// `Day + 25569`.

export type YearMonth = number & { readonly __yearMonth: unique symbol };
export type Day = number & { readonly __day: unique symbol };

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 (from serial 61 on, where the fictitious 1900-02-29 lies behind). */
const EXCEL_SERIAL_OF_EPOCH = 25_569;
/** Beijing is UTC+8 all year (no daylight saving since 1991). */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

export function yearMonth(year: number, month: number): YearMonth {
  return (year * 12 + (month - 1)) as YearMonth;
}

export function yearOf(ym: YearMonth): number {
  return Math.floor(ym / 12);
}

export function monthOf(ym: YearMonth): number {
  return (ym % 12) + 1;
}

export function addMonths(ym: YearMonth, months: number): YearMonth {
  return (ym + months) as YearMonth;
}

/** Number of months from `from` to `to` inclusive (0 when `to` is before `from`). */
export function monthsInclusive(from: YearMonth, to: YearMonth): number {
  return to < from ? 0 : to - from + 1;
}

/** Formats as `2023-08`. */
export function formatYearMonth(ym: YearMonth): string {
  return `${yearOf(ym)}-${String(monthOf(ym)).padStart(2, "0")}`;
}

/** Formats as the portal's six-digit `202308`. */
export function formatYearMonthCompact(ym: YearMonth): string {
  return `${yearOf(ym)}${String(monthOf(ym)).padStart(2, "0")}`;
}

/** Formats as `2023年8月`. */
export function formatYearMonthChinese(ym: YearMonth): string {
  return `${yearOf(ym)}年${monthOf(ym)}月`;
}

/** The largest distance from 1970-01-01, in days, that a JavaScript `Date` can hold (±8.64e15 ms). */
const MAX_DATE_DAYS = 100_000_000;
/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const DAYS_BEFORE_EPOCH = 719_468;
/** Days in one 400-year Gregorian cycle. */
const DAYS_PER_ERA = 146_097;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Returns the Day of a calendar date, or null when the parts are not a real date or lie outside the range a
 * `Date` can hold. Integer arithmetic on the proleptic Gregorian calendar: years are counted from March, so
 * the leap day ends a year, and split into 400-year eras of 146097 days.
 *
 * @example dayFromParts(2011, 10, 10) is 15257; dayFromParts(2023, 2, 29) is null.
 */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return null;
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return null;

  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const day = era * DAYS_PER_ERA + dayOfEra - DAYS_BEFORE_EPOCH;

  if (day < -MAX_DATE_DAYS || day > MAX_DATE_DAYS) return null;
  return (day + 0) as Day;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Splits a Day into year, month and day of month, the inverse of `dayFromParts`. A Day that is not a whole
 * number within the range of a `Date` goes through a `Date` object, which keeps its result for such input
 * (the date containing the instant, or NaN parts).
 */
export function partsOfDay(day: Day): DateParts {
  if (!Number.isInteger(day) || day < -MAX_DATE_DAYS || day > MAX_DATE_DAYS) {
    const date = new Date(day * MS_PER_DAY);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }

  const shifted = day + DAYS_BEFORE_EPOCH;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year: year + 0, month, day: dayOfMonth };
}

export function yearMonthOfDay(day: Day): YearMonth {
  const parts = partsOfDay(day);
  return yearMonth(parts.year, parts.month);
}

/** The first day of a fee month. */
export function firstDayOf(ym: YearMonth): Day {
  return dayFromParts(yearOf(ym), monthOf(ym), 1) as Day;
}

/** Formats as `2026-12-04`. */
export function formatDay(day: Day): string {
  const { year, month, day: dayOfMonth } = partsOfDay(day);
  return `${year}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
}

/** Returns the Excel serial (1900 date system) of a Day; valid for days from 1900-03-01 on. */
export function dayToSerial(day: Day): number {
  return day + EXCEL_SERIAL_OF_EPOCH;
}

/**
 * Returns the Day of a whole Excel serial, or null for serial 60, Excel's fictitious 1900-02-29.
 * Serials 1–59 are 1900-01-01 … 1900-02-28.
 */
export function serialToDay(serial: number): Day | null {
  if (serial === 60) return null;
  if (serial < 60) return (serial - EXCEL_SERIAL_OF_EPOCH + 1) as Day;
  return (serial - EXCEL_SERIAL_OF_EPOCH) as Day;
}

/** The date serial of the first day of a fee month, which is how functions return months. */
export function yearMonthToSerial(ym: YearMonth): number {
  return dayToSerial(firstDayOf(ym));
}

/** Today's date in Beijing (UTC+8), whatever the machine's time zone. */
export function todayInBeijing(now: number = Date.now()): Day {
  return Math.floor((now + BEIJING_OFFSET_MS) / MS_PER_DAY) as Day;
}
