import { contributionBase } from "../../src/core/base";
import { dayFromParts, formatYearMonth, yearMonth, type Day } from "../../src/core/calendar";
import { amplificationCoefficient } from "../../src/core/coefficient";
import { BujiaoError } from "../../src/core/errors";
import { lateDays, lateFee } from "../../src/core/lateFee";
import { yuan } from "../../src/core/money";
import { beijingParameters as params } from "../../src/core/params/parameterSet";
import type { HukouType, Insurance } from "../../src/core/params/types";

const day = (y: number, m: number, d: number) => dayFromParts(y, m, d) as Day;
const base = (wage: number, y: number, m: number, insurance?: Insurance, hukou?: HukouType) =>
  contributionBase(params, yuan(wage), yearMonth(y, m), insurance, hukou).toNumber();

function errorOf(read: () => unknown): BujiaoError {
  try {
    read();
  } catch (error) {
    if (error instanceof BujiaoError) return error;
    throw error;
  }
  throw new Error("expected a BujiaoError");
}

describe("limit periods", () => {
  // Every period boundary: the last month of one period and the first of the next.
  const boundaries: Array<[string, string, string]> = [
    ["1992-12", "1993-01", "1993"],
    ["1995-12", "1996-01", "1996-1"],
    ["1996-03", "1996-04", "1996-2"],
    ["1998-06", "1998-07", "1998-2"],
    ["2002-12", "2003-01", "2002-2"],
    ["2003-03", "2003-04", "2003"],
    ["2009-03", "2009-04", "2009"],
    ["2012-03", "2012-04", "2012"],
    ["2013-06", "2013-07", "2013"],
    ["2019-06", "2019-07", "2019"],
    ["2026-06", "2026-07", "2026"],
  ];
  test.each(boundaries)("%s and %s lie in different periods", (before, after, id) => {
    const [y1, m1] = before.split("-").map(Number);
    const [y2, m2] = after.split("-").map(Number);
    expect(params.periodOf(yearMonth(y2, m2))?.id).toBe(id);
    expect(params.periodOf(yearMonth(y1, m1))?.id).not.toBe(id);
    expect(params.periodOf(yearMonth(y1, m1))?.end).toBe(yearMonth(y2, m2) - 1);
  });

  test("first and last months covered", () => {
    expect(params.periodOf(yearMonth(1992, 10))?.id).toBe("1992");
    expect(params.periodOf(yearMonth(1992, 9))).toBeUndefined();
    expect(formatYearMonth(params.periodOf(yearMonth(2027, 6))!.end)).toBe("2027-06");
    expect(params.periodOf(yearMonth(2027, 7))).toBeUndefined();
  });
});

describe("contributionBase", () => {
  test("clamps to each contribution year's limits", () => {
    expect(base(3000, 2023, 8)).toBe(6326);
    expect(base(3000, 2023, 6)).toBe(5869);
    expect(base(50000, 2024, 7)).toBe(35283);
    expect(base(50000, 2024, 6)).toBe(33891);
    expect(base(10000, 2025, 7)).toBe(10000);
    expect(base(3000, 2019, 7)).toBe(3613);
    expect(base(3000, 2019, 6)).toBe(3387);
  });

  test("zero wage and fen rounding", () => {
    expect(base(0, 2023, 8)).toBe(6326);
    expect(base(8000.125, 2023, 8)).toBe(8000.13);
  });

  test("1996 and 1998 parts of a year", () => {
    expect(base(100, 1996, 3)).toBe(327);
    expect(base(100, 1996, 4)).toBe(407);
    expect(base(100, 1998, 6)).toBe(479);
    expect(base(100, 1998, 7)).toBe(290);
    expect(base(99999, 2003, 3)).toBe(3932);
    expect(base(99999, 2003, 4)).toBe(5182);
  });

  test("rural workers' lower limit 2007-2009", () => {
    expect(base(500, 2008, 5, "pension", "nonlocalRural")).toBe(730);
    expect(base(500, 2008, 5, "pension", "localUrban")).toBe(1329);
    expect(base(500, 2010, 5, "pension", "nonlocalRural")).toBe(1615);
  });

  test("medical limits derive from the medical rule before 2019", () => {
    // 2009-04..2010-03: round(0.6 × 3726) = 2236, upper 11178.
    expect(base(100, 2009, 5, "medical")).toBe(2236);
    // 2015-07..2016-06: round(0.2 × 19389) = round(3877.8) = 3878.
    expect(base(100, 2015, 8, "medical")).toBe(3878);
    expect(base(100, 2019, 8, "medical")).toBe(5557);
    expect(base(100, 2019, 8, "workInjury")).toBe(4713);
    expect(base(100, 2021, 8, "medical")).toBe(5360);
  });

  test("no row for a month is #N/A naming the month", () => {
    const error = errorOf(() => base(3000, 2027, 8));
    expect(error.kind).toBe("notAvailable");
    expect(error.message).toBe("没有覆盖费款所属期 2027-08 的养老保险缴费基数上下限：请在「参数」工作表中添加该缴费年度的上下限行");
    expect(errorOf(() => base(3000, 1992, 9)).kind).toBe("notAvailable");
  });

  test("an insurance before it existed is #N/A", () => {
    const error = errorOf(() => base(3000, 2000, 1, "medical"));
    expect(error.message).toBe("医疗保险自 2001-04 起缴费，费款所属期 2000-01 尚无该险种：该月应缴为 0");
  });

  test("a 参数 row for 2027-07..2028-06 makes 2027-08 work", () => {
    const withNewYear = params.withOverrides({
      limitPeriods: [{ id: "2027", start: yearMonth(2027, 7), end: yearMonth(2028, 6), source: "测试", confidence: "U" }],
      baseLimits: [{ period: "2027", insurance: "pension", lower: "7400", upper: "37000", source: "测试", confidence: "U" }],
    });
    expect(contributionBase(withNewYear, yuan(3000), yearMonth(2027, 8)).toNumber()).toBe(7400);
    expect(contributionBase(withNewYear, yuan(3000), yearMonth(2027, 6)).toNumber()).toBe(7270);
  });
});

describe("amplificationCoefficient", () => {
  test("W(handling year − 1) / W(fee year − 1)", () => {
    // 2005-02 handled 2026-12-04: 145391 / 28348.
    expect(amplificationCoefficient(params, yearMonth(2005, 2), day(2026, 12, 4)).value.toNumber()).toBe(5.128792154649358);
    // 2011-06 handled 2023-02-11: W(2022) / W(2010) = 135567 / 50415.
    expect(amplificationCoefficient(params, yearMonth(2011, 6), day(2023, 2, 11)).value.toNumber()).toBe(135567 / 50415);
    // 1992-10 handled 2018-03-01: old series W(2017) / W(1991) = 101599 / 2877.
    expect(amplificationCoefficient(params, yearMonth(1992, 10), day(2018, 3, 1)).value.toNumber()).toBe(101599 / 2877);
  });

  test("1 from 2011-07 on", () => {
    expect(amplificationCoefficient(params, yearMonth(2011, 7), day(2026, 12, 4)).value.toNumber()).toBe(1);
  });

  test("falls back to the newest wage with a warning", () => {
    // Handling in 2028 needs W(2027), which is not published, so the 2025 wage is used.
    const result = amplificationCoefficient(params, yearMonth(2005, 2), day(2028, 1, 15));
    expect(result.value.toNumber()).toBe(145391 / 28348);
    expect(result.warnings).toEqual([{ key: "param.coeffWageFallback", params: { year: 2027, used: 2025 } }]);
  });
});

describe("late fee", () => {
  test("official example: 2011-07 declared 2011-10-10 is 39 days", () => {
    expect(lateDays(params, yearMonth(2011, 7), day(2011, 10, 10))).toBe(39);
    expect(lateFee(params, yuan(1000), yearMonth(2011, 7), day(2011, 10, 10)).toNumber()).toBe(19.5);
  });

  test("2011-06 owes none, 2011-07 does", () => {
    expect(lateDays(params, yearMonth(2011, 6), day(2026, 12, 4))).toBe(0);
    expect(lateFee(params, yuan(1000), yearMonth(2011, 6), day(2026, 12, 4)).toNumber()).toBe(0);
  });

  test("2020-09 starts at M+2, 2020-10 at M+1", () => {
    // 2020-09: 2020-11-01 … 2020-12-09 = 39 days; 2020-10: 2020-11-01 … 2020-12-09 = 39 days too.
    expect(lateDays(params, yearMonth(2020, 9), day(2020, 12, 10))).toBe(39);
    expect(lateDays(params, yearMonth(2020, 10), day(2020, 12, 10))).toBe(39);
    // Declared 2020-11-15: 2020-09 runs from 2020-11-01 (14 days), 2020-10 from 2020-11-01 (14 days),
    // 2020-08 from 2020-10-01 (45 days).
    expect(lateDays(params, yearMonth(2020, 8), day(2020, 11, 15))).toBe(45);
    expect(lateDays(params, yearMonth(2020, 10), day(2020, 10, 25))).toBe(0);
  });

  test("a leap day counts", () => {
    // 2024-01 from 2024-02-01 to 2024-03-01: 29 days.
    expect(lateDays(params, yearMonth(2024, 1), day(2024, 3, 1))).toBe(29);
  });

  test("rounds half up to the fen", () => {
    // 333.33 × 0.0005 × 3 = 0.499995 → 0.50; 10 × 0.0005 × 1 = 0.005 → 0.01.
    expect(lateFee(params, yuan("333.33"), yearMonth(2024, 1), day(2024, 2, 4)).toNumber()).toBe(0.5);
    expect(lateFee(params, yuan(10), yearMonth(2024, 1), day(2024, 2, 2)).toNumber()).toBe(0.01);
  });

  test("negative arrears are #VALUE!", () => {
    const error = errorOf(() => lateFee(params, yuan(-5), yearMonth(2024, 1), day(2024, 3, 1)));
    expect(error.kind).toBe("value");
    expect(error.message).toBe("欠缴金额 “-5” 为负数：滞纳金只按欠缴金额计算，退费不计滞纳金");
  });
});
