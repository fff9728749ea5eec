import {
  addMonths,
  dayFromParts,
  dayToSerial,
  firstDayOf,
  formatDay,
  formatYearMonth,
  formatYearMonthChinese,
  formatYearMonthCompact,
  monthsInclusive,
  serialToDay,
  todayInBeijing,
  yearMonth,
  yearMonthToSerial,
  type Day,
} from "../../src/core/calendar";

describe("calendar", () => {
  test("year-month arithmetic crosses years", () => {
    expect(formatYearMonth(addMonths(yearMonth(2011, 11), 2))).toBe("2012-01");
    expect(formatYearMonth(addMonths(yearMonth(2011, 1), -1))).toBe("2010-12");
    expect(monthsInclusive(yearMonth(2023, 1), yearMonth(2023, 8))).toBe(8);
    expect(monthsInclusive(yearMonth(2023, 8), yearMonth(2023, 1))).toBe(0);
  });

  test("formats months three ways", () => {
    const month = yearMonth(2023, 8);
    expect(formatYearMonth(month)).toBe("2023-08");
    expect(formatYearMonthCompact(month)).toBe("202308");
    expect(formatYearMonthChinese(month)).toBe("2023年8月");
  });

  test("leap days exist only in leap years", () => {
    expect(dayFromParts(2024, 2, 29)).not.toBeNull();
    expect(dayFromParts(2023, 2, 29)).toBeNull();
    expect(dayFromParts(2000, 2, 29)).not.toBeNull();
    expect(dayFromParts(1900, 2, 29)).toBeNull();
    expect(dayFromParts(2023, 4, 31)).toBeNull();
    expect(dayFromParts(2023, 13, 1)).toBeNull();
  });

  test("Excel serials use the 1900 date system", () => {
    expect(formatDay(serialToDay(1)!)).toBe("1900-01-01");
    expect(formatDay(serialToDay(59)!)).toBe("1900-02-28");
    expect(serialToDay(60)).toBeNull();
    expect(formatDay(serialToDay(61)!)).toBe("1900-03-01");
    expect(formatDay(serialToDay(40826)!)).toBe("2011-10-10");
    expect(formatDay(serialToDay(46360)!)).toBe("2026-12-04");
    expect(dayToSerial(dayFromParts(2026, 12, 4)!)).toBe(46360);
    expect(yearMonthToSerial(yearMonth(2011, 7))).toBe(40725);
  });

  test("first day of a month", () => {
    expect(formatDay(firstDayOf(yearMonth(2024, 2)))).toBe("2024-02-01");
  });

  test("today is the date in Beijing", () => {
    // 2026-12-03 16:30 UTC is 2026-12-04 00:30 in Beijing.
    expect(formatDay(todayInBeijing(Date.UTC(2026, 11, 3, 16, 30)))).toBe("2026-12-04");
    expect(formatDay(todayInBeijing(Date.UTC(2026, 11, 3, 15, 59)))).toBe("2026-12-03");
    const sample: Day = todayInBeijing(Date.UTC(2026, 11, 4, 12, 0));
    expect(formatDay(sample)).toBe("2026-12-04");
  });
});
