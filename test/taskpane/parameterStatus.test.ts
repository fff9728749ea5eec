// summariseParameters: row counts, uncertain rows and the newest limit period of a parameter set.

import { yearMonth } from "../../src/core/calendar";
import { beijingTables } from "../../src/core/params/beijing";
import { ParameterSet, beijingParameters } from "../../src/core/params/parameterSet";
import type { ParameterTables } from "../../src/core/params/types";
import { summariseParameters } from "../../src/taskpane/parameterStatus";

const SOURCE = "测试来源";

/** Returns tables that are all empty, so a test lists exactly the rows it counts. */
function emptyTables(): ParameterTables {
  return Object.fromEntries(Object.keys(beijingTables).map((name) => [name, []])) as unknown as ParameterTables;
}

function smallSet(): ParameterSet {
  return new ParameterSet({
    ...emptyTables(),
    limitPeriods: [
      { id: "2023", start: yearMonth(2023, 7), source: SOURCE, confidence: "V" },
      { id: "2024", start: yearMonth(2024, 7), end: yearMonth(2025, 6), source: SOURCE, confidence: "U" },
    ],
    baseLimits: [{ period: "2023", insurance: "pension", lower: "6326", upper: "33891", source: SOURCE, confidence: "V" }],
    lateFeeRegimes: [{ from: yearMonth(2023, 12), startOffsetMonths: 1, dailyRate: "0.0005", source: SOURCE, confidence: "U" }],
  });
}

test("counts rows of every table", () => {
  expect(summariseParameters(smallSet()).rowCount).toBe(4);
});

test("counts rows marked U", () => {
  expect(summariseParameters(smallSet()).uncertainCount).toBe(2);
});

test("newest period with its end month", () => {
  expect(summariseParameters(smallSet()).newestPeriod).toEqual({ id: "2024", start: "2024-07", end: "2025-06" });
});

test("no periods gives null", () => {
  expect(summariseParameters(new ParameterSet(emptyTables())).newestPeriod).toBeNull();
});

test("workbook override adds its row", () => {
  const before = summariseParameters(beijingParameters);
  const overridden = beijingParameters.withOverrides({
    limitPeriods: [{ id: "2027", start: yearMonth(2027, 7), end: yearMonth(2028, 6), source: "参数!A2", confidence: "U" }],
  });
  const after = summariseParameters(overridden);

  expect(after.rowCount).toBe(before.rowCount + 1);
  expect(after.uncertainCount).toBe(before.uncertainCount + 1);
  expect(after.newestPeriod).toEqual({ id: "2027", start: "2027-07", end: "2028-06" });
});

test("built-in set ends with the 2026 period", () => {
  // The 2026 contribution year runs 2026-07 … 2027-06 (京人社养发〔2019〕67号: July to June).
  expect(summariseParameters(beijingParameters).newestPeriod).toEqual({ id: "2026", start: "2026-07", end: "2027-06" });
});
