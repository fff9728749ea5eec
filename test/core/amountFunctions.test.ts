// AMOUNT, DIFF, RATE, AVGWAGE and LIMIT through the registry that Excel and `bujiao fn` both use.

import { dayFromParts, dayToSerial, type Day } from "../../src/core/calendar";
import { yuan } from "../../src/core/money";
import { beijingParameters } from "../../src/core/params/parameterSet";
import type { UnitFacts } from "../../src/core/unit";
import { evaluateFunction, findFunction, type Argument, type FunctionContext, type Outcome } from "../../src/functions/registry";

const TODAY = dayFromParts(2026, 12, 4) as Day;
const largeUnit: UnitFacts = { size: "large", workInjuryRate: yuan("0.004") };

function contextWith(unit?: UnitFacts): FunctionContext {
  return { params: beijingParameters, today: () => TODAY, ...(unit ? { unit } : {}) };
}

function call(name: string, args: Argument[], unit?: UnitFacts): Outcome {
  const spec = findFunction(name);
  if (!spec) throw new Error(`unknown function ${name}`);
  return evaluateFunction(spec, args, contextWith(unit)) as Outcome;
}

function valueOf(name: string, args: Argument[], unit?: UnitFacts): unknown {
  const outcome = call(name, args, unit);
  if ("error" in outcome) throw new Error(`${name} failed: ${outcome.error.message}`);
  return outcome.value;
}

function errorOf(name: string, args: Argument[], unit?: UnitFacts) {
  const outcome = call(name, args, unit);
  if (!("error" in outcome)) throw new Error(`${name} returned ${String(outcome.value)}`);
  return outcome.error;
}

describe("AMOUNT", () => {
  test("pension before 2011-07", () => {
    // 3000, 2005-07, handled 2023-02-11: employer 4017.08 − 240.00 = 3777.08, individual 240.00.
    expect(valueOf("AMOUNT", [3000, "2005-07", "养老", "单位", "2023-02-11"])).toBe(3777.08);
    expect(valueOf("AMOUNT", [3000, "2005-07", "pension", "individual", "2023-02-11"])).toBe(240);
  });

  test("handling date as a serial", () => {
    const serial = dayToSerial(dayFromParts(2023, 2, 11) as Day);
    expect(valueOf("应缴金额", [3000, 200507, "养老", "单位", serial])).toBe(3777.08);
  });

  test("handling date from the unit", () => {
    const unit: UnitFacts = { handlingDate: dayFromParts(2023, 2, 11) as Day };
    expect(valueOf("AMOUNT", [3000, "2005-07", "养老", "单位"], unit)).toBe(3777.08);
  });

  test("handling date defaults to today", () => {
    // Handled 2026-12-04: W(2025) / W(2004) = 145391 / 28348. Back-pay base round(3000 × 145391 / 28348) =
    // round(15386.3764…) = 15386.38; total round(15386.38 × 0.28) = round(4308.1864) = 4308.19;
    // employer 4308.19 − 240.00 = 4068.19.
    expect(valueOf("AMOUNT", [3000, "2005-07", "养老", "单位"])).toBe(4068.19);
  });

  test("medical individual with 3 yuan", () => {
    // 8000 × 0.02 + 3 = 163.00
    expect(valueOf("AMOUNT", [8000, "2019-03", "医疗", "个人"])).toBe(163);
  });

  test("rural unemployment", () => {
    expect(valueOf("AMOUNT", [5000, "2015-03", "失业", "个人", null, "外埠农村"])).toBe(0);
    expect(valueOf("AMOUNT", [5000, "2015-03", "失业", "个人", null, "本市城镇"])).toBe(10);
  });

  test("work injury with the unit", () => {
    // 8000 × 0.004 × 0.8 × 0.5 = 12.80
    expect(valueOf("AMOUNT", [8000, "2020-05", "工伤", "单位"], largeUnit)).toBe(12.8);
  });

  test("a column of fee months spills", () => {
    // Large unit, pension employer, 8000: 2020-01 full 1280.00, 2020-02 half 640.00, 2020-07 full 1280.00.
    const result = evaluateFunction(
      findFunction("AMOUNT")!,
      [8000, [["2020-01"], ["2020-02"], ["2020-07"]], "养老", "单位"],
      contextWith(largeUnit),
    ) as Outcome[][];
    expect(result).toEqual([[{ value: 1280 }], [{ value: 640 }], [{ value: 1280 }]]);
  });

  test("missing unit size", () => {
    const error = errorOf("AMOUNT", [8000, "2020-03", "养老", "单位"]);
    expect(error.kind).toBe("notAvailable");
    expect(error.message).toBe(
      "费款所属期 2020-03 的单位养老保险缴费按单位规模减免：请在「单位信息」工作表中填写单位规模（大型企业或中小微企业）",
    );
  });

  test("missing work-injury rate", () => {
    const error = errorOf("AMOUNT", [8000, "2021-06", "工伤", "单位"], { size: "large" });
    expect(error.kind).toBe("notAvailable");
    expect(error.key).toBe("amount.workInjuryRateMissing");
  });

  test("insurance is required", () => {
    const error = errorOf("AMOUNT", [8000, "2021-06", null, "单位"]);
    expect(error.kind).toBe("value");
    expect(error.key).toBe("input.missing");
  });

  test("unknown party", () => {
    const error = errorOf("AMOUNT", [8000, "2021-06", "养老", "公司"]);
    expect(error.key).toBe("word.unknown");
    expect(error.message).toContain("单位、个人");
  });
});

describe("DIFF", () => {
  test("back-payment", () => {
    // 10000 × 0.16 − 8000 × 0.16 = 320.00
    expect(valueOf("DIFF", [10000, 8000, "2022-03", "养老", "单位"])).toBe(320);
    expect(valueOf("基数差额", [10000, 8000, "2022-03", "养老", "个人"])).toBe(160);
  });

  test("refund is negative", () => {
    // (6000 × 0.02 + 3) − (8000 × 0.02 + 3) = −40.00
    expect(valueOf("DIFF", [6000, 8000, "2022-03", "医疗", "个人"])).toBe(-40);
  });

  test("pension before 2011-07", () => {
    // 5036.11 − 3777.08 = 1259.03
    expect(valueOf("DIFF", [4000, 3000, "2005-07", "养老", "单位", "2023-02-11"])).toBe(1259.03);
  });
});

describe("RATE", () => {
  const cases: Array<[Argument[], number]> = [
    [["2019-05", "养老", "单位"], 0.16],
    [["2019-04", "养老", "单位"], 0.19],
    [["2016-04", "养老", "单位"], 0.2],
    [["2020-03", "养老", "单位"], 0.16],
    [["1993-06", "养老", "个人"], 0.02],
    [["2005-07", "养老", "个人"], 0.08],
    [["2021-04", "失业", "个人", "外埠农村"], 0],
    [["2021-05", "失业", "个人", "外埠农村"], 0.005],
    [["2008-12", "失业", "单位"], 0.015],
    [["2019-03", "医疗", "单位"], 0.1],
    [["2020-03", "医疗", "单位"], 0.108],
    [["2019-03", "医疗", "个人"], 0.02],
    [["2019-12", "生育", "单位"], 0.008],
    [["2000-12", "医疗", "单位"], 0],
  ];
  test.each(cases)("RATE %j is %s", (args, expected) => {
    expect(valueOf("RATE", args)).toBe(expected);
  });

  test("work injury is the unit's rate", () => {
    // The statutory rate: no 20 % cut and no relief in 2020-05.
    expect(valueOf("缴费比例", ["2020-05", "工伤", "单位"], largeUnit)).toBe(0.004);
  });

  test("work injury without the unit", () => {
    expect(errorOf("RATE", ["2020-05", "工伤", "单位"]).key).toBe("amount.workInjuryRateMissing");
  });
});

describe("AVGWAGE", () => {
  test("default series by year", () => {
    expect(valueOf("AVGWAGE", [2022])).toBe(135567);
    expect(valueOf("AVGWAGE", [2004])).toBe(28348);
    expect(valueOf("AVGWAGE", ["2017年"])).toBe(101599);
    expect(valueOf("社平工资", [2018])).toBe(94258);
  });

  test("series asked for", () => {
    expect(valueOf("AVGWAGE", [2018, "全口径"])).toBe(94258);
    expect(valueOf("AVGWAGE", [2017, "旧口径"])).toBe(101599);
  });

  test("missing year is #N/A", () => {
    const error = errorOf("AVGWAGE", [2018, "旧口径"]);
    expect(error.kind).toBe("notAvailable");
    expect(error.key).toBe("param.noAverageWage");
  });

  test("a date serial is not a year", () => {
    const error = errorOf("AVGWAGE", [45000]);
    expect(error.kind).toBe("value");
    expect(error.key).toBe("year.invalid");
  });
});

describe("LIMIT", () => {
  test("pension limits", () => {
    expect(valueOf("LIMIT", ["2023-08", "下限"])).toBe(6326);
    expect(valueOf("基数上下限", ["2023-08", "upper"])).toBe(33891);
  });

  test("other insurances", () => {
    expect(valueOf("LIMIT", ["2019-03", "lower", "医疗"])).toBe(5080);
    expect(valueOf("LIMIT", ["2020-03", "下限", "工伤"])).toBe(4713);
  });

  test("unknown kind", () => {
    expect(errorOf("LIMIT", ["2023-08", "中间"]).key).toBe("word.unknown");
  });
});
