// Every worked case for the custom functions, evaluated through the registry that both Excel and `bujiao fn`
// use, with dates as text and as Excel serial numbers.

import { dayFromParts, dayToSerial, type Day } from "../../src/core/calendar";
import { beijingParameters } from "../../src/core/params/parameterSet";
import { evaluateFunction, findFunction, type FunctionContext, type Outcome } from "../../src/functions/registry";
import cases from "../cases/functions.json";

const context: FunctionContext = { params: beijingParameters, today: () => dayFromParts(2026, 12, 4) as Day };

function serialOf(text: string): number | string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) return dayToSerial(dayFromParts(Number(date[1]), Number(date[2]), Number(date[3])) as Day);
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) return dayToSerial(dayFromParts(Number(month[1]), Number(month[2]), 1) as Day);
  return text;
}

function evaluate(call: Array<string | number>): Outcome {
  const spec = findFunction(String(call[0]));
  if (!spec) throw new Error(`unknown function ${call[0]}`);
  return evaluateFunction(spec, call.slice(1), context) as Outcome;
}

describe("worked cases", () => {
  for (const entry of cases.cases) {
    const label = entry.call.join(" ");
    test(`${label} as text`, () => {
      expect(evaluate(entry.call)).toEqual({ value: entry.expected });
    });
    test(`${label} with serial dates`, () => {
      const call = [entry.call[0], ...entry.call.slice(1).map((arg) => (typeof arg === "string" ? serialOf(arg) : arg))];
      expect(evaluate(call)).toEqual({ value: entry.expected });
    });
  }
});

describe("evaluateFunction over ranges", () => {
  const base = findFunction("BUJIAO.BASE")!;

  test("a column of wages spills with an error in its own cell", () => {
    const result = evaluateFunction(base, [[[8000], [3000], ["abc"]], "2023-08"], context) as Outcome[][];
    expect(result[0][0]).toEqual({ value: 8000 });
    expect(result[1][0]).toEqual({ value: 6326 });
    expect("error" in result[2][0] && result[2][0].error.key).toBe("number.invalid");
  });

  test("ranges of different shapes fail the whole call", () => {
    expect(() => evaluateFunction(base, [[[8000], [3000]], [["2023-08", "2023-09", "2023-10"]]], context)).toThrow(
      "各区域的大小不一致（2×1 与 1×3）：请让各区域的行数和列数相同，或改用单个单元格",
    );
  });

  test("a single-cell range applies to every position", () => {
    const result = evaluateFunction(base, [[[3000, 50000]], [["2023-08"]]], context) as Outcome[][];
    expect(result).toEqual([[{ value: 6326 }, { value: 33891 }]]);
  });

  test("Chinese names and omitted handling date", () => {
    expect(evaluateFunction(findFunction("缴费基数")!, [3000, "2023-08"], context)).toEqual({ value: 6326 });
    expect(evaluateFunction(findFunction("COEFF")!, ["2005-02", null], context)).toEqual({ value: 5.128792154649358 });
  });
});
