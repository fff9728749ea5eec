// The Excel mapping without Office: errors become the right Excel error code with the message in the display
// locale, range results keep each cell's error in its own position, and omitted arguments arrive as null.

import type { Day } from "../../src/core/calendar";
import { valueError, notAvailableError } from "../../src/core/errors";
import { beijingParameters } from "../../src/core/params/parameterSet";
import type { FunctionContext } from "../../src/functions/registry";
import {
  evaluateForExcel,
  toArguments,
  toExcelResult,
  type ExcelErrorCode,
} from "../../src/functions/toExcel";

/** Stands in for CustomFunctions.Error. */
class FakeExcelError {
  constructor(
    readonly code: ExcelErrorCode,
    readonly message: string,
  ) {}
}

const makeError = (code: ExcelErrorCode, message: string) => new FakeExcelError(code, message);

/** 2026-12-04, Excel serial 46360. */
const HANDLING_DAY = 20_791 as Day;

function context(): FunctionContext & { today: jest.Mock } {
  return { params: beijingParameters, today: jest.fn(() => HANDLING_DAY) };
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error to be thrown");
}

describe("toArguments", () => {
  test("omitted arguments become null", () => {
    expect(toArguments([[[1]], undefined], 4)).toEqual([[[1]], null, null, null]);
  });

  test("null stays null", () => {
    expect(toArguments([[[1]], null], 2)).toEqual([[[1]], null]);
  });
});

describe("evaluateForExcel", () => {
  test("LATEFEE of a single cell", () => {
    // 1000 × 0.05 % × 39 days = 19.50; 40826 is 2011-10-10.
    expect(evaluateForExcel("LATEFEE", [[[1000]], [["2011-07"]], [[40826]]], context(), "zh-CN", makeError)).toEqual([[19.5]]);
  });

  test("LATEDAYS counts 39 days for 2011-07", () => {
    expect(evaluateForExcel("LATEDAYS", [[["2011-07"]], [["2011-10-10"]]], context(), "zh-CN", makeError)).toEqual([[39]]);
  });

  test("BASE spills with an error in its own cell", () => {
    const result = evaluateForExcel(
      "BASE",
      [[[3000], [50000], [8000]], [["2023-08"], ["2024-07"], ["2023-13"]], null, null],
      context(),
      "zh-CN",
      makeError,
    );

    expect(result).toHaveLength(3);
    expect(result[0]).toEqual([6326]);
    expect(result[1]).toEqual([35283]);
    expect(result[2][0]).toEqual(new FakeExcelError("invalidValue", "费款所属期 “2023-13” 无效：月份应在 1–12 之间，例如 2023-08"));
  });

  test("single cell applies to every row", () => {
    const result = evaluateForExcel("BASE", [[[3000, 10000, 50000]], [["2025-07"]]], context(), "zh-CN", makeError);
    // 2025-07..2026-06 limits are 7162..35811.
    expect(result).toEqual([[7162, 10000, 35811]]);
  });

  test("single-cell error is thrown as #VALUE!", () => {
    const error = thrown(() => evaluateForExcel("LATEFEE", [[[-5]], [["2011-07"]], [[40826]]], context(), "zh-CN", makeError));
    expect(error).toBeInstanceOf(FakeExcelError);
    expect((error as FakeExcelError).code).toBe("invalidValue");
    expect((error as FakeExcelError).message).toBe("欠缴金额 “-5” 为负数：滞纳金只按欠缴金额计算，退费不计滞纳金");
  });

  test("missing parameter row is #N/A", () => {
    const error = thrown(() => evaluateForExcel("BASE", [[[3000]], [["1980-01"]]], context(), "zh-CN", makeError));
    expect((error as FakeExcelError).code).toBe("notAvailable");
    expect((error as FakeExcelError).message).toContain("1980-01");
  });

  test("ranges of different shapes fail the whole call", () => {
    const error = thrown(() =>
      evaluateForExcel("BASE", [[[3000, 4000]], [["2023-08"], ["2023-09"]]], context(), "zh-CN", makeError),
    );
    expect(error).toEqual(
      new FakeExcelError("invalidValue", "各区域的大小不一致（1×2 与 2×1）：请让各区域的行数和列数相同，或改用单个单元格"),
    );
  });

  test("English display locale gives English messages", () => {
    const error = thrown(() => evaluateForExcel("LATEDAYS", [[["2023-13"]], [[46360]]], context(), "en", makeError));
    expect((error as FakeExcelError).message).toBe("The fee month “2023-13” is invalid: the month must be 1–12, for example 2023-08");
  });

  test("COEFF without handling date uses today", () => {
    const omitted = context();
    const explicit = context();
    const withToday = evaluateForExcel("COEFF", [[["2005-03"]]], omitted, "zh-CN", makeError);
    const withDate = evaluateForExcel("COEFF", [[["2005-03"]], [[46360]]], explicit, "zh-CN", makeError);

    expect(withToday).toEqual(withDate);
    expect(withToday[0][0]).toBeCloseTo(5.1288, 4);
    expect(omitted.today).toHaveBeenCalledTimes(1);
    expect(explicit.today).not.toHaveBeenCalled();
  });

  test("unknown id is a program error", () => {
    expect(() => evaluateForExcel("NOPE", [], context(), "zh-CN", makeError)).toThrow("BUJIAO.NOPE is not in FUNCTION_SPECS");
  });
});

describe("toExcelResult", () => {
  test("notAvailable maps to notAvailable in a range", () => {
    const missing = notAvailableError("param.noLateFeeRegime", { month: "1980-01" });
    const result = toExcelResult([[{ value: 1 }, { error: missing }]], "zh-CN", makeError);
    expect(result[0][0]).toBe(1);
    expect(result[0][1]).toEqual(new FakeExcelError("notAvailable", missing.message));
  });

  test("single outcome value is a 1×1 result", () => {
    expect(toExcelResult({ value: 6326 }, "zh-CN", makeError)).toEqual([[6326]]);
  });

  test("single outcome error is thrown", () => {
    const bad = valueError("function.rangeShape", { expected: "1×2", actual: "2×1" });
    expect(() => toExcelResult({ error: bad }, "zh-CN", makeError)).toThrow(FakeExcelError);
  });

  test("undefined value becomes null", () => {
    expect(toExcelResult([[{ value: undefined }, { value: 2 }]], "zh-CN", makeError)).toEqual([[null, 2]]);
  });
});
