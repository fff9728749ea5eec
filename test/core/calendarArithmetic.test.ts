// The integer calendar arithmetic in calendar.ts checked against JavaScript's own Date, which the module used
// before: every day from 1700-01-01 to 2300-12-31, whole years around the ends of the Date range, and the
// invalid parts that must give null.

import { dayFromParts, partsOfDay, type Day } from "../../src/core/calendar";

const MS_PER_DAY = 86_400_000;

function dateFromParts(year: number, month: number, dayOfMonth: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return null;
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth) return null;
  return Math.floor(date.getTime() / MS_PER_DAY);
}

function dateParts(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

describe("calendar arithmetic", () => {
  it("partsOfDay matches Date from 1700 to 2300", () => {
    const first = dayFromParts(1700, 1, 1)!;
    const last = dayFromParts(2300, 12, 31)!;
    let mismatches = 0;
    for (let day = first; day <= last; day++) {
      const parts = partsOfDay(day as Day);
      const expected = dateParts(day);
      if (parts.year !== expected.year || parts.month !== expected.month || parts.day !== expected.day) mismatches++;
    }
    expect(last - first + 1).toBe(219_510);
    expect(mismatches).toBe(0);
  });

  it("dayFromParts matches Date on every month end", () => {
    let mismatches = 0;
    for (let year = 1600; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const dayOfMonth of [1, 28, 29, 30, 31]) {
          if (dayFromParts(year, month, dayOfMonth) !== dateFromParts(year, month, dayOfMonth)) mismatches++;
        }
      }
    }
    expect(mismatches).toBe(0);
  });

  it("dayFromParts gives known days", () => {
    expect(dayFromParts(1970, 1, 1)).toBe(0);
    expect(dayFromParts(2011, 10, 10)).toBe(15_257);
    expect(dayFromParts(2000, 2, 29)).toBe(11_016);
    expect(dayFromParts(1900, 2, 29)).toBeNull();
    expect(dayFromParts(2023, 2, 29)).toBeNull();
    expect(dayFromParts(2023, 4, 31)).toBeNull();
  });

  it("dayFromParts rejects what Date rejects", () => {
    const cases: Array<[number, number, number]> = [
      [275_760, 9, 13],
      [275_760, 9, 14],
      [-271_821, 4, 20],
      [-271_821, 4, 19],
      [0, 2, 29],
      [-1, 3, 1],
      [2023.5, 1, 1],
      [2023, 0, 1],
      [2023, 13, 1],
      [2023, 1, 0],
      [2023, 1, 32],
      [1e20, 1, 1],
      [Number.NaN, 1, 1],
    ];
    for (const [year, month, dayOfMonth] of cases) {
      expect([year, month, dayOfMonth, dayFromParts(year, month, dayOfMonth)]).toEqual([
        year,
        month,
        dayOfMonth,
        dateFromParts(year, month, dayOfMonth),
      ]);
    }
  });

  it("partsOfDay matches Date at the ends of its range", () => {
    for (const day of [-100_000_001, -100_000_000, -99_999_999, 99_999_999, 100_000_000, 100_000_001, 0.5, -0.5]) {
      expect([day, partsOfDay(day as Day)]).toEqual([day, dateParts(day)]);
    }
  });
});
