// The custom functions as Excel calls them, with a stand-in for Office's CustomFunctions global: each returns a
// spilled any[][] result, throws CustomFunctions.Error with the right code and a Chinese message, and accepts
// omitted optional arguments as null or as missing.

import { base, coeff, lateDays, lateFee } from "../../src/functions/functions";

class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const globals = globalThis as Record<string, unknown>;

beforeAll(() => {
  globals.CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate: jest.fn(),
  };
});

afterEach(() => {
  delete globals.Office;
});

afterAll(() => {
  delete globals.CustomFunctions;
});

function thrown(action: () => unknown): FakeCustomFunctionsError {
  try {
    action();
  } catch (error) {
    if (error instanceof FakeCustomFunctionsError) return error;
    throw error;
  }
  throw new Error("expected CustomFunctions.Error to be thrown");
}

test("LATEFEE of 1000 for 2011-07", () => {
  expect(lateFee([[1000]], [["2011-07"]], [[40826]])).toEqual([[19.5]]);
});

test("LATEDAYS spills a column", () => {
  // 2011-07 declared 2011-10-10: 39 days; 2023-05 declared 2023-05-25: 0 days (arrears start 2023-06-01).
  expect(lateDays([["2011-07"], ["2023-05"]], [["2011-10-10"], ["2023-05-25"]])).toEqual([[39], [0]]);
});

test("BASE with omitted optionals as null", () => {
  expect(base([[3000]], [["2019-07"]], null as unknown as undefined, null as unknown as undefined)).toEqual([[3613]]);
});

test("BASE with omitted optionals missing", () => {
  expect(base([[3000]], [["2023-08"]])).toEqual([[6326]]);
});

test("COEFF without handling date", () => {
  // Fee months from 2011-07 on have coefficient 1 whatever the handling date.
  expect(coeff([["2011-07"]])).toEqual([[1]]);
});

test("bad fee month is #VALUE! in Chinese", () => {
  const error = thrown(() => lateDays([["2023-13"]], [[46360]]));
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toBe("费款所属期 “2023-13” 无效：月份应在 1–12 之间，例如 2023-08");
});

test("month before pension began is #N/A", () => {
  const error = thrown(() => base([[3000]], [["1980-01"]]));
  expect(error.code).toBe("#N/A");
  expect(error.message).toContain("1980-01");
});

test("bad cell keeps its own position", () => {
  const result = base([[3000], [3000]], [["2023-08"], ["2023-13"]]);
  expect(result[0]).toEqual([6326]);
  expect(result[1][0]).toBeInstanceOf(FakeCustomFunctionsError);
  expect((result[1][0] as FakeCustomFunctionsError).code).toBe("#VALUE!");
});

test("English Office gives English messages", () => {
  globals.Office = { context: { displayLanguage: "en-US" } };
  const error = thrown(() => lateDays([["2023-13"]], [[46360]]));
  expect(error.message).toBe("The fee month “2023-13” is invalid: the month must be 1–12, for example 2023-08");
});
