// localizeMetadata: the Chinese copy of functions.json and the problems that fail the build.

import { functionNameProblem, localizeMetadata, type FunctionsMetadata } from "../../src/functions/metadata/localize";
import type { FunctionSpec } from "../../src/functions/registry";

function metadata(): FunctionsMetadata {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: [
      {
        id: "LATEDAYS",
        name: "LATEDAYS",
        description: "Late days",
        options: { volatile: true },
        parameters: [
          { name: "feeMonth", description: "Fee month", type: "any", dimensionality: "matrix" },
          { name: "declarationDate", description: "Declaration date", type: "any", dimensionality: "matrix" },
        ],
        result: { dimensionality: "matrix" },
      },
    ],
  };
}

function spec(overrides: Partial<FunctionSpec> = {}): FunctionSpec {
  return {
    id: "LATEDAYS",
    zhName: "滞纳天数",
    zhDescription: "滞纳金的计算天数",
    enDescription: "Late days",
    args: [
      { id: "feeMonth", zhName: "费款所属期", zhDescription: "费款所属期，例如 2023-08", enDescription: "Fee month", optional: false },
      { id: "declarationDate", zhName: "申报日期", zhDescription: "补缴申报成功的日期", enDescription: "Declaration date", optional: false },
    ],
    evaluate: () => 0,
    ...overrides,
  };
}

test("copies everything but names and descriptions", () => {
  const { metadata: localized, errors, warnings } = localizeMetadata(metadata(), [spec()]);

  expect(errors).toEqual([]);
  expect(warnings).toEqual([]);
  expect(localized).toEqual({
    allowCustomDataForDataTypeAny: true,
    functions: [
      {
        id: "LATEDAYS",
        name: "滞纳天数",
        description: "滞纳金的计算天数",
        options: { volatile: true },
        parameters: [
          { name: "费款所属期", description: "费款所属期，例如 2023-08", type: "any", dimensionality: "matrix" },
          { name: "申报日期", description: "补缴申报成功的日期", type: "any", dimensionality: "matrix" },
        ],
        result: { dimensionality: "matrix" },
      },
    ],
  });
});

test("input metadata is left unchanged", () => {
  const input = metadata();
  localizeMetadata(input, [spec()]);
  expect(input).toEqual(metadata());
});

test("function without spec is an error", () => {
  const { errors } = localizeMetadata(metadata(), []);
  expect(errors).toEqual(["BUJIAO.LATEDAYS: no entry in FUNCTION_SPECS, so it has no Chinese name or description"]);
});

test("two-character Chinese name is an error", () => {
  const { errors } = localizeMetadata(metadata(), [spec({ zhName: "滞纳" })]);
  expect(errors).toEqual(['BUJIAO.LATEDAYS: Chinese name "滞纳" has fewer than 3 characters']);
});

test("missing Chinese description is an error", () => {
  const { errors } = localizeMetadata(metadata(), [spec({ zhDescription: " " })]);
  expect(errors).toEqual(["BUJIAO.LATEDAYS: Chinese description is missing"]);
});

test("parameter without Chinese text is an error", () => {
  const bare = spec();
  bare.args[1] = { ...bare.args[1], zhName: "", zhDescription: "" };
  const { errors } = localizeMetadata(metadata(), [bare]);
  expect(errors).toEqual([
    'BUJIAO.LATEDAYS: parameter "declarationDate" has no Chinese name',
    'BUJIAO.LATEDAYS: parameter "declarationDate" has no Chinese description',
  ]);
});

test("parameter mismatch is an error", () => {
  const swapped = spec();
  swapped.args = [swapped.args[1], swapped.args[0]];
  const { errors } = localizeMetadata(metadata(), [swapped]);
  expect(errors).toContain('BUJIAO.LATEDAYS: parameter 1 is "feeMonth" in functions.ts but "declarationDate" in FUNCTION_SPECS');
});

test("parameter count mismatch is an error", () => {
  const short = spec();
  short.args = [short.args[0]];
  const { errors } = localizeMetadata(metadata(), [short]);
  expect(errors).toEqual(["BUJIAO.LATEDAYS: functions.ts declares 2 parameters but FUNCTION_SPECS lists 1 arguments"]);
});

test("duplicate Chinese names are an error", () => {
  const twice = metadata();
  twice.functions.push({ ...twice.functions[0], id: "LATEDAYS2", name: "LATEDAYS2" });
  const { errors } = localizeMetadata(twice, [spec(), spec({ id: "LATEDAYS2" })]);
  expect(errors).toEqual(['BUJIAO.LATEDAYS2: Chinese name "滞纳天数" is also the name of BUJIAO.LATEDAYS']);
});

test("spec without function is a warning", () => {
  const { errors, warnings } = localizeMetadata(metadata(), [spec(), spec({ id: "RETIRE", zhName: "法定退休年月" })]);
  expect(errors).toEqual([]);
  expect(warnings).toEqual(["BUJIAO.RETIRE is in FUNCTION_SPECS but functions.ts has no custom function for it"]);
});

describe("functionNameProblem", () => {
  test.each(["缴费基数", "滞纳金", "BASE", "放大系数2", "补缴.基数"])("accepts %s", (name) => {
    expect(functionNameProblem(name)).toBeNull();
  });

  test.each(["", "基数", "2缴费基数", "缴费 基数", "缴费-基数"])("rejects %s", (name) => {
    expect(functionNameProblem(name)).not.toBeNull();
  });
});
