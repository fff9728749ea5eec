// Generators and settings shared by the property and fuzz tests.
//
// Every property runs with a fixed seed so that a CI failure can be replayed. To explore other inputs locally,
// set PROPERTY_SEED to an integer, and PROPERTY_RUNS_FACTOR to multiply the number of runs (e.g. 10).
// fast-check prints the seed and the shrunk counterexample of a failure.

import fc from "fast-check";
import { dayFromParts, type Day } from "../../src/core/calendar";
import { checkCharacter } from "../../src/core/identity";
import type { CellValue } from "../../src/core/parse";

const DEFAULT_SEED = 20260113;

export const SEED = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : DEFAULT_SEED;
const RUNS_FACTOR = process.env.PROPERTY_RUNS_FACTOR ? Number(process.env.PROPERTY_RUNS_FACTOR) : 1;

/** Returns the parameters for fc.assert: the seed and `numRuns` runs times PROPERTY_RUNS_FACTOR. */
export function runs(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: Math.max(1, Math.round(numRuns * RUNS_FACTOR)) };
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Number of days in a calendar month (UTC, proleptic Gregorian). */
export function daysInMonth(year: number, month: number): number {
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return last.getUTCDate();
}

/** Generates a year and month from `minYear`-01 to `maxYear`-12. */
export function yearMonthParts(minYear = 1900, maxYear = 2099): fc.Arbitrary<{ year: number; month: number }> {
  return fc.record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }) });
}

/** Generates a real calendar date from `minYear`-01-01 to `maxYear`-12-31. */
export function dateParts(minYear = 1900, maxYear = 2099): fc.Arbitrary<DateParts> {
  return yearMonthParts(minYear, maxYear).chain(({ year, month }) =>
    fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })),
  );
}

export function dayOf(parts: DateParts): Day {
  const day = dayFromParts(parts.year, parts.month, parts.day);
  if (day === null) throw new Error(`not a real date: ${JSON.stringify(parts)}`);
  return day;
}

export function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

/** Rewrites ASCII digits and the separators - / . as their full-width forms (０-９, －, ／, ．). */
export function fullWidth(text: string): string {
  return text.replace(/[0-9\-/.]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0));
}

/** Fee-month forms users type or paste, each rendering a year and month as a cell value. */
export type MonthForm = [string, (year: number, month: number) => CellValue];

export const MONTH_FORMS: MonthForm[] = [
  ["2023-08", (y, m) => `${y}-${pad2(m)}`],
  ["2023-8", (y, m) => `${y}-${m}`],
  ["2023/8", (y, m) => `${y}/${m}`],
  ["2023/08", (y, m) => `${y}/${pad2(m)}`],
  ["2023.08", (y, m) => `${y}.${pad2(m)}`],
  ["202308 as text", (y, m) => `${y}${pad2(m)}`],
  ["202308 as a number", (y, m) => y * 100 + m],
  ["2023年8月", (y, m) => `${y}年${m}月`],
  ["2023年08月", (y, m) => `${y}年${pad2(m)}月`],
  ["2023 年 8 月", (y, m) => `${y} 年 ${m} 月`],
  ["２０２３－０８", (y, m) => fullWidth(`${y}-${pad2(m)}`)],
  ["２０２３／８", (y, m) => fullWidth(`${y}/${m}`)],
  ["２０２３．０８", (y, m) => fullWidth(`${y}.${pad2(m)}`)],
  ["２０２３０８", (y, m) => fullWidth(`${y}${pad2(m)}`)],
  ["２０２３年８月", (y, m) => fullWidth(`${y}年${m}月`)],
];

export type DateForm = [string, (date: DateParts) => CellValue];

/** Date forms. parseFeeMonth reads each as the month of the date, and parseDay as the date itself. */
export const DATE_FORMS: DateForm[] = [
  ["2023-08-15", ({ year, month, day }) => `${year}-${pad2(month)}-${pad2(day)}`],
  ["2023/8/15", ({ year, month, day }) => `${year}/${month}/${day}`],
  ["2023.8.15", ({ year, month, day }) => `${year}.${month}.${day}`],
  ["20230815 as text", ({ year, month, day }) => `${year}${pad2(month)}${pad2(day)}`],
  ["20230815 as a number", ({ year, month, day }) => year * 10_000 + month * 100 + day],
  ["2023年8月15日", ({ year, month, day }) => `${year}年${month}月${day}日`],
  ["２０２３－０８－１５", ({ year, month, day }) => fullWidth(`${year}-${pad2(month)}-${pad2(day)}`)],
  ["２０２３年８月１５日", ({ year, month, day }) => fullWidth(`${year}年${month}月${day}日`)],
];

/** Six-digit region codes (province, city, district) whose first two digits parseIdentityNumber accepts. */
const REGIONS = ["110105", "110108", "120101", "130102", "310104", "440305", "510107", "650102"];

/**
 * Generates a valid 18-character 居民身份证号码 born between the years given. The last digit of the sequence
 * decides the sex (odd male, even female).
 */
export function identityNumber(minBirthYear = 1950, maxBirthYear = 2005): fc.Arbitrary<string> {
  return fc
    .record({
      region: fc.constantFrom(...REGIONS),
      birth: dateParts(minBirthYear, maxBirthYear),
      sequence: fc.integer({ min: 0, max: 999 }),
      lowerCaseX: fc.boolean(),
    })
    .map(({ region, birth, sequence, lowerCaseX }) => {
      const first17 = `${region}${birth.year}${pad2(birth.month)}${pad2(birth.day)}${String(sequence).padStart(3, "0")}`;
      const check = checkCharacter(first17);
      return first17 + (lowerCaseX && check === "X" ? "x" : check);
    });
}

/** Generates an amount in yuan as text with two decimals, from 0 to `maxFen` / 100. */
export function fenAmount(maxFen: number): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: maxFen }).map((fen) => (fen / 100).toFixed(2));
}

/** True when the text contains a CJK ideograph (the messages are Simplified Chinese). */
export function hasChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}

/** A `{name}` placeholder left unreplaced in a rendered message. */
export const LEFTOVER_PLACEHOLDER = /\{\w+\}/;
