// Contribution wage from a monthly payroll: the first full month's wage, then the previous calendar year's
// monthly average over full months, by contribution year.

import { dayFromParts, formatYearMonth, yearMonth, type Day, type YearMonth } from "../../src/core/calendar";
import { BujiaoError } from "../../src/core/errors";
import { yuan } from "../../src/core/money";
import { beijingParameters } from "../../src/core/params/parameterSet";
import { contributionWage, readPayroll, type PayrollEntry } from "../../src/core/wageBase";
import { evaluateFunction, findFunction, type FunctionContext } from "../../src/functions/registry";

function day(year: number, month: number, dayOfMonth: number): Day {
  return dayFromParts(year, month, dayOfMonth) as Day;
}

function payrollOf(entries: Array<[year: number, month: number, wage: string]>): PayrollEntry[] {
  return entries.map(([year, month, wage]) => ({ month: yearMonth(year, month), wage: yuan(wage) }));
}

function thrown(action: () => unknown): BujiaoError {
  try {
    action();
  } catch (error) {
    if (error instanceof BujiaoError) return error;
    throw error;
  }
  throw new Error("expected a BujiaoError");
}

// Hired 2023-03-15: 2023-03 is a partial month. Full months 2023-04..2023-06 at 10000 and 2023-07..2023-12 at
// 12000 average (3 × 10000 + 6 × 12000) / 9 = 11333.333… → 11333.33. All of 2024 at 13000.
const hiredMidMonth = day(2023, 3, 15);
const payroll = payrollOf([
  [2023, 3, "5200"],
  [2023, 4, "10000"],
  [2023, 5, "10000"],
  [2023, 6, "10000"],
  ...[7, 8, 9, 10, 11, 12].map((month): [number, number, string] => [2023, month, "12000"]),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month): [number, number, string] => [2024, month, "13000"]),
]);

function wageOf(month: YearMonth, entries = payroll, hireDay = hiredMidMonth): string {
  return contributionWage(beijingParameters, entries, hireDay, month).wage.toFixed(2);
}

describe("contributionWage hired 2023-03-15", () => {
  test("hire month takes first full month", () => {
    const result = contributionWage(beijingParameters, payroll, hiredMidMonth, yearMonth(2023, 3));
    expect(result.wage.toFixed(2)).toBe("10000.00");
    expect(result.basis).toBe("firstFullMonth");
    expect(result.months.map(formatYearMonth)).toEqual(["2023-04"]);
    expect(result.contributionYear).toBe(2022);
  });

  test("first full month through 2024-06", () => {
    expect(wageOf(yearMonth(2023, 6))).toBe("10000.00");
    expect(wageOf(yearMonth(2023, 7))).toBe("10000.00");
    expect(wageOf(yearMonth(2024, 1))).toBe("10000.00");
    expect(wageOf(yearMonth(2024, 6))).toBe("10000.00");
  });

  test("2023 full-month average from 2024-07", () => {
    const result = contributionWage(beijingParameters, payroll, hiredMidMonth, yearMonth(2024, 7));
    expect(result.wage.toFixed(2)).toBe("11333.33");
    expect(result.basis).toBe("previousYearAverage");
    expect(result.wageYear).toBe(2023);
    expect(result.months).toHaveLength(9);
    expect(wageOf(yearMonth(2025, 6))).toBe("11333.33");
  });

  test("2024 average from 2025-07", () => {
    expect(wageOf(yearMonth(2025, 7))).toBe("13000.00");
    expect(wageOf(yearMonth(2026, 6))).toBe("13000.00");
  });

  test("missing 2025 wages for 2026-07", () => {
    const error = thrown(() => wageOf(yearMonth(2026, 7)));
    expect(error.kind).toBe("value");
    expect(error.message).toBe(
      "工资表中没有 2025 年的全月工资：费款所属期 2026-07 的缴费工资是 2025 年全月工资的月平均，请补充该年工资",
    );
  });

  test("fee month before hire", () => {
    const error = thrown(() => wageOf(yearMonth(2023, 2)));
    expect(error.message).toBe(
      "费款所属期 2023-02 早于入职日期 2023-03-15：入职前的月份没有缴费工资，请核对入职日期或费款所属期",
    );
  });

  test("missing first full month", () => {
    const error = thrown(() => wageOf(yearMonth(2023, 8), payroll.filter((entry) => entry.month !== yearMonth(2023, 4))));
    expect(error.message).toBe("工资表中没有首个全月 2023-04 的工资：首个缴费年度按该月工资申报，请补充该月工资");
  });

  test("wage before hire month", () => {
    const early = [...payrollOf([[2023, 2, "9000"]]), ...payroll];
    expect(thrown(() => wageOf(yearMonth(2023, 8), early)).key).toBe("wageBase.wageBeforeHire");
  });

  test("no limit period is #N/A", () => {
    const error = thrown(() => wageOf(yearMonth(2027, 8)));
    expect(error.kind).toBe("notAvailable");
    expect(error.key).toBe("wageBase.noPeriod");
  });
});

describe("contributionWage hired on the 1st", () => {
  // Hired 2023-01-01: 2023-01 is a full month. Eleven months at 1000 and one at 1000.06 average 1000.005,
  // which rounds half up to 1000.01.
  const hiredFirst = day(2023, 1, 1);
  const entries = payrollOf([
    [2023, 1, "1000.06"],
    ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month): [number, number, string] => [2023, month, "1000"]),
  ]);

  test("hire month is the first full month", () => {
    expect(wageOf(yearMonth(2023, 1), entries, hiredFirst)).toBe("1000.06");
    expect(wageOf(yearMonth(2024, 6), entries, hiredFirst)).toBe("1000.06");
  });

  test("average includes hire month, half up", () => {
    expect(wageOf(yearMonth(2024, 7), entries, hiredFirst)).toBe("1000.01");
  });
});

describe("readPayroll", () => {
  test("skips blank wages and sorts", () => {
    const entries = readPayroll([8200, null, "8,000"], ["2023-05", "2023-06", 202304]);
    expect(entries.map((entry) => [formatYearMonth(entry.month), entry.wage.toString()])).toEqual([
      ["2023-04", "8000"],
      ["2023-05", "8200"],
    ]);
  });

  test("ranges of different sizes", () => {
    expect(thrown(() => readPayroll([1, 2], ["2023-04"])).message).toBe(
      "工资区域有 2 个单元格，工资月份区域有 1 个：两个区域的单元格数应相同",
    );
  });

  test("wage without month", () => {
    expect(thrown(() => readPayroll([8000, 8100], ["2023-04", null])).message).toBe(
      "第 2 个工资 8100 没有对应的月份：请在工资月份区域的同一位置填写月份",
    );
  });

  test("month listed twice", () => {
    expect(thrown(() => readPayroll([8000, 8100], ["2023-04", "2023/4"])).message).toBe(
      "工资月份 2023-04 出现了不止一次：请把同一月份的工资合计后只填一行",
    );
  });

  test("bad month names its field", () => {
    expect(thrown(() => readPayroll([8000], ["2023-13"])).message).toBe(
      "工资月份 “2023-13” 无效：月份应在 1–12 之间，例如 2023-08",
    );
  });
});

describe("WAGEBASE function", () => {
  const context: FunctionContext = { params: beijingParameters, today: () => day(2026, 12, 4) };
  const spec = findFunction("BUJIAO.WAGEBASE")!;
  const wages = [[5200], [10000], [10000], [10000], [12000], [12000], [12000], [12000], [12000], [12000]];
  const months = [["2023-03"], ["2023-04"], ["2023-05"], ["2023-06"], ["2023-07"], ["2023-08"], ["2023-09"], ["2023-10"], ["2023-11"], ["2023-12"]];

  test("whole ranges are one value", () => {
    expect(evaluateFunction(spec, [wages, months, "2023-03-15", "2024-07"], context)).toEqual({ value: 11333.33 });
  });

  test("fee months spill over a column", () => {
    const result = evaluateFunction(spec, [wages, months, "2023-03-15", [["2023-03"], ["2024-06"], ["2024-07"]]], context);
    expect(result).toEqual([[{ value: 10000 }], [{ value: 10000 }], [{ value: 11333.33 }]]);
  });

  test("one-row ranges as typed on the command line", () => {
    const result = evaluateFunction(spec, [[[8000, 8200]], [["2023-04", "2023-05"]], "2023-04-01", "2023-09"], context);
    expect(result).toEqual({ value: 8000 });
  });

  test("single-cell payroll", () => {
    expect(evaluateFunction(spec, [9000, "2023-04", "2023-04-01", "2023-09"], context)).toEqual({ value: 9000 });
  });

  test("bad payroll errors every position", () => {
    const result = evaluateFunction(spec, [[[8000, 8200]], [["2023-04"]], "2023-04-01", [["2023-09", "2023-10"]]], context);
    expect(result).toHaveLength(1);
    const [[first, second]] = result as Array<Array<{ error: BujiaoError }>>;
    expect(first.error.key).toBe("wageBase.rangeSize");
    expect(second.error.key).toBe("wageBase.rangeSize");
  });
});
