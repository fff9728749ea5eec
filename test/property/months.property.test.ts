// Round trips of fee months and dates. A real year-month or date, rendered in every form users type or paste,
// reads back as itself through parseFeeMonth and parseDay. Invalid months and dates are rejected with the
// catalogue key that names the problem.

import fc from "fast-check";
import { dayToSerial, partsOfDay, serialToDay, yearMonth, type Day } from "../../src/core/calendar";
import { BujiaoError } from "../../src/core/errors";
import { parseDay, parseFeeMonth } from "../../src/core/parse";
import { DATE_FORMS, dateParts, dayOf, daysInMonth, MONTH_FORMS, pad2, runs, yearMonthParts } from "./support";

/** Excel's 1900 date system maps serials to days one to one from 1900-03-01 on; dayToSerial covers those. */
const serialDate = dateParts(1900, 2099).filter(({ year, month }) => year > 1900 || month >= 3);

const MS_PER_DAY = 86_400_000;
/** A time of day to the millisecond, as Excel stores times: a fraction of a day below 1. */
const millisecondOfDay = fc.integer({ min: 0, max: MS_PER_DAY - 1 });

/** Spaces a user may leave around a value: ASCII, ideographic (U+3000) and a tab. */
const padding = fc.constantFrom("", " ", "  ", "\u3000", "\t");

function keyOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof BujiaoError) return error.key;
    throw error;
  }
  return "accepted";
}

describe("parseFeeMonth round trip", () => {
  test.each(MONTH_FORMS)("reads the month form %s", (_name, render) => {
    fc.assert(
      fc.property(yearMonthParts(), ({ year, month }) => {
        expect(parseFeeMonth(render(year, month))).toBe(yearMonth(year, month));
      }),
      runs(300),
    );
  });

  test.each(DATE_FORMS)("reads the date form %s as its month", (_name, render) => {
    fc.assert(
      fc.property(dateParts(), (date) => {
        expect(parseFeeMonth(render(date))).toBe(yearMonth(date.year, date.month));
      }),
      runs(300),
    );
  });

  test("reads an Excel serial of any day as its month", () => {
    fc.assert(
      fc.property(serialDate, (date) => {
        expect(parseFeeMonth(dayToSerial(dayOf(date)))).toBe(yearMonth(date.year, date.month));
      }),
      runs(500),
    );
  });

  test("ignores spaces around text forms", () => {
    fc.assert(
      fc.property(yearMonthParts(), fc.constantFrom(...MONTH_FORMS), padding, padding, ({ year, month }, [, render], before, after) => {
        const value = render(year, month);
        fc.pre(typeof value === "string");
        expect(parseFeeMonth(`${before}${value}${after}`)).toBe(yearMonth(year, month));
      }),
      runs(300),
    );
  });
});

describe("parseFeeMonth rejections", () => {
  test("month 0 or 13–99 is badMonth", () => {
    const badMonth = fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 }));
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), badMonth, (year, month) => {
        expect(keyOf(() => parseFeeMonth(`${year}-${pad2(month)}`))).toBe("feeMonth.badMonth");
        expect(keyOf(() => parseFeeMonth(`${year}年${month}月`))).toBe("feeMonth.badMonth");
        expect(keyOf(() => parseFeeMonth(year * 100 + month))).toBe("feeMonth.badMonth");
      }),
      runs(200),
    );
  });

  test("a year outside 1900–2099 is outOfRange", () => {
    const year = fc.oneof(fc.integer({ min: 1000, max: 1899 }), fc.integer({ min: 2100, max: 9999 }));
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(keyOf(() => parseFeeMonth(`${y}-${pad2(m)}`))).toBe("feeMonth.outOfRange");
        expect(keyOf(() => parseFeeMonth(y * 100 + m))).toBe("feeMonth.outOfRange");
      }),
      runs(200),
    );
  });

  test("YYYY.MM typed as a number is rejected as ambiguous", () => {
    fc.assert(
      fc.property(yearMonthParts(), ({ year, month }) => {
        expect(keyOf(() => parseFeeMonth(Number(`${year}.${pad2(month)}`)))).toBe("feeMonth.fraction");
      }),
      runs(200),
    );
  });

  test("a serial with a time of day is not a fee month", () => {
    fc.assert(
      fc.property(serialDate, fc.integer({ min: 1, max: 99 }), (date, hundredths) => {
        const value = dayToSerial(dayOf(date)) + hundredths / 100;
        // Serials 1901–2099 (dates in 1905) look like YYYY.M and get the message that requests text instead.
        const expected = value > 1900 && value < 2100 ? "feeMonth.fraction" : "feeMonth.notWhole";
        expect(keyOf(() => parseFeeMonth(value))).toBe(expected);
      }),
      runs(200),
    );
  });

  test("a day past the end of its month is notReal", () => {
    const pastEnd = yearMonthParts()
      .filter(({ year, month }) => daysInMonth(year, month) < 31)
      .chain(({ year, month }) => fc.integer({ min: daysInMonth(year, month) + 1, max: 31 }).map((day) => ({ year, month, day })));
    fc.assert(
      fc.property(pastEnd, (date) => {
        expect(keyOf(() => parseFeeMonth(`${date.year}-${pad2(date.month)}-${pad2(date.day)}`))).toBe("date.notReal");
        expect(keyOf(() => parseDay(date.year * 10_000 + date.month * 100 + date.day))).toBe("date.notReal");
      }),
      runs(200),
    );
  });
});

describe("parseDay round trip", () => {
  test.each(DATE_FORMS)("reads the date form %s", (_name, render) => {
    fc.assert(
      fc.property(dateParts(), (date) => {
        expect(partsOfDay(parseDay(render(date)))).toEqual(date);
      }),
      runs(300),
    );
  });

  test("reads an Excel serial, ignoring the time of day", () => {
    fc.assert(
      fc.property(serialDate, millisecondOfDay, (date, millisecond) => {
        const day: Day = dayOf(date);
        expect(parseDay(dayToSerial(day))).toBe(day);
        expect(parseDay(dayToSerial(day) + millisecond / MS_PER_DAY)).toBe(day);
      }),
      runs(500),
    );
  });

  test("serialToDay inverts dayToSerial from 1900-03-01", () => {
    fc.assert(
      fc.property(serialDate, (date) => {
        const day = dayOf(date);
        expect(serialToDay(dayToSerial(day))).toBe(day);
      }),
      runs(300),
    );
  });
});
