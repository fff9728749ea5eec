import { baseDifference, contributionRate, monthlyAmount, reliefFor } from "../../src/core/amount";
import { dayFromParts, yearMonth, type Day } from "../../src/core/calendar";
import { BujiaoError } from "../../src/core/errors";
import { lateFee } from "../../src/core/lateFee";
import { Money, yuan } from "../../src/core/money";
import { beijingParameters as params } from "../../src/core/params/parameterSet";
import type { HukouType, Insurance, Party } from "../../src/core/params/types";
import type { UnitFacts } from "../../src/core/unit";

const day = (y: number, m: number, d: number) => dayFromParts(y, m, d) as Day;
const HANDLED = day(2023, 2, 11);

const large: UnitFacts = { size: "large", workInjuryRate: yuan("0.004") };
const small: UnitFacts = { size: "smallMedium", workInjuryRate: yuan("0.004") };

function amount(
  unit: UnitFacts | undefined,
  wage: number,
  [y, m]: [number, number],
  insurance: Insurance,
  party: Party,
  hukou: HukouType = "localUrban",
): string {
  return monthlyAmount(params, unit, yuan(wage), yearMonth(y, m), insurance, party, HANDLED, hukou).amount.toFixed(2);
}

function errorOf(read: () => unknown): BujiaoError {
  try {
    read();
  } catch (error) {
    if (error instanceof BujiaoError) return error;
    throw error;
  }
  throw new Error("expected a BujiaoError");
}

describe("pension before 2011-07", () => {
  // Wage 3000, fee month 2005-07, handled 2023-02-11.
  // Limit period 2005-04 … 2006-03: 545 / 7087, so the contribution base is 3000.
  // Coefficient W(2022) / W(2004) = 135567 / 28348 = 4.78224213…
  // Back-pay base = round(3000 × 135567 / 28348) = round(406701000 / 28348) = round(14346.7264…) = 14346.73.
  // Rates of 2005-07: employer 20 %, individual 8 %.
  // Total = round(14346.73 × 0.28) = round(4017.0844) = 4017.08.
  // Individual = round(3000 × 0.08) = 240.00; employer = 4017.08 − 240.00 = 3777.08.
  const employer = monthlyAmount(params, undefined, yuan(3000), yearMonth(2005, 7), "pension", "employer", HANDLED);
  const individual = monthlyAmount(params, undefined, yuan(3000), yearMonth(2005, 7), "pension", "individual", HANDLED);

  test("base and coefficient", () => {
    expect(employer.base?.toFixed(2)).toBe("3000.00");
    expect(employer.coefficient?.value.equals(new Money(135567).dividedBy(28348))).toBe(true);
    expect(employer.coefficient?.numerator?.annual).toBe("135567");
    expect(employer.coefficient?.denominator?.annual).toBe("28348");
  });

  test("back-pay base and total", () => {
    expect(employer.backPayBase?.toFixed(2)).toBe("14346.73");
    expect(employer.pensionTotal?.toFixed(2)).toBe("4017.08");
  });

  test("individual pays the unamplified base", () => {
    expect(individual.amount.toFixed(2)).toBe("240.00");
  });

  test("employer pays the rest", () => {
    expect(employer.amount.toFixed(2)).toBe("3777.08");
    expect(employer.rate?.fraction.toString()).toBe("0.2");
  });

  test("2011-07 is no longer amplified", () => {
    // 2011-07 lies in the 2011-04 … 2012-03 period (1680 / 12603): 3000 × 0.20 = 600.00.
    const result = monthlyAmount(params, undefined, yuan(3000), yearMonth(2011, 7), "pension", "employer", HANDLED);
    expect(result.amount.toFixed(2)).toBe("600.00");
    expect(result.coefficient).toBeUndefined();
  });

  test("other insurances are not amplified", () => {
    // Unemployment employer 2005-07: 1.5 % of 3000 = 45.00.
    expect(amount(undefined, 3000, [2005, 7], "unemployment", "employer")).toBe("45.00");
  });
});

describe("2020 reliefs", () => {
  // Wage 8000. Pension limits 2019-07 … 2020-06: 3613 / 23565; 2020-07 … 2021-06: 3613 / 26541.
  test("small unit pays no employer pension", () => {
    // 8000 × 0.16 × 0 = 0.00
    expect(amount(small, 8000, [2020, 3], "pension", "employer")).toBe("0.00");
    expect(amount(small, 8000, [2020, 12], "pension", "employer")).toBe("0.00");
  });

  test("small unit pays full from 2021-01", () => {
    // 8000 × 0.16 = 1280.00
    expect(amount(small, 8000, [2021, 1], "pension", "employer")).toBe("1280.00");
  });

  test("large unit pays half until 2020-06", () => {
    // 8000 × 0.16 × 0.5 = 640.00, then 8000 × 0.16 = 1280.00 from 2020-07.
    expect(amount(large, 8000, [2020, 3], "pension", "employer")).toBe("640.00");
    expect(amount(large, 8000, [2020, 6], "pension", "employer")).toBe("640.00");
    expect(amount(large, 8000, [2020, 7], "pension", "employer")).toBe("1280.00");
  });

  test("reliefs leave January 2020 alone", () => {
    expect(amount(large, 8000, [2020, 1], "pension", "employer")).toBe("1280.00");
  });

  test("individual share is never relieved", () => {
    // 8000 × 0.08 = 640.00 for either unit size.
    expect(amount(small, 8000, [2020, 3], "pension", "individual")).toBe("640.00");
    expect(amount(large, 8000, [2020, 3], "pension", "individual")).toBe("640.00");
  });

  test("large unit unemployment halved", () => {
    // Unemployment limits as pension; 8000 × 0.008 × 0.5 = 32.00.
    expect(amount(large, 8000, [2020, 4], "unemployment", "employer")).toBe("32.00");
  });

  test("work injury 2020-05 cut and halved", () => {
    // Work-injury limits 2019-07 … 2020-06: 4713 / 23565, base 8000.
    // Large unit: 8000 × 0.004 × 0.8 (20 % cut) × 0.5 (half relief) = 12.80.
    expect(amount(large, 8000, [2020, 5], "workInjury", "employer")).toBe("12.80");
    const relief = reliefFor(params, large, yearMonth(2020, 5), "workInjury", "employer");
    expect(relief.factor.toString()).toBe("0.4");
    expect(relief.rows.map((row) => row.id).sort()).toEqual(["2020-large-workInjury", "2020-workInjuryCut"]);
  });

  test("work injury 2020-05 small unit exempt", () => {
    // 8000 × 0.004 × 0.8 × 0 = 0.00
    expect(amount(small, 8000, [2020, 5], "workInjury", "employer")).toBe("0.00");
  });

  test("work injury cut alone after the reliefs", () => {
    // Large unit 2020-09: 8000 × 0.004 × 0.8 = 25.60; 2021-05: the cut has ended, 8000 × 0.004 = 32.00.
    expect(amount(large, 8000, [2020, 9], "workInjury", "employer")).toBe("25.60");
    expect(amount(large, 8000, [2021, 4], "workInjury", "employer")).toBe("25.60");
    expect(amount(large, 8000, [2021, 5], "workInjury", "employer")).toBe("32.00");
  });

  test("missing unit size is #N/A", () => {
    const error = errorOf(() => amount(undefined, 8000, [2020, 3], "pension", "employer"));
    expect(error.kind).toBe("notAvailable");
    expect(error.key).toBe("amount.unitSizeMissing");
    expect(error.message).toContain("2020-03");
    expect(error.message).toContain("单位规模");
  });

  test("missing unit size needed until 2020-12", () => {
    // A small unit would be exempt in 2020-12, so the size is needed although large units pay in full.
    const error = errorOf(() => amount({ workInjuryRate: yuan("0.004") }, 8000, [2020, 12], "workInjury", "employer"));
    expect(error.key).toBe("amount.unitSizeMissing");
  });

  test("unit size not needed outside 2020", () => {
    expect(amount(undefined, 8000, [2021, 1], "pension", "employer")).toBe("1280.00");
    expect(amount(undefined, 8000, [2020, 3], "pension", "individual")).toBe("640.00");
  });
});

describe("work-injury rate", () => {
  test("missing rate is #N/A", () => {
    const error = errorOf(() => amount({ size: "large" }, 8000, [2021, 6], "workInjury", "employer"));
    expect(error.kind).toBe("notAvailable");
    expect(error.key).toBe("amount.workInjuryRateMissing");
    expect(error.message).toContain("单位信息");
  });

  test("individual pays no work injury", () => {
    expect(amount(undefined, 8000, [2021, 6], "workInjury", "individual")).toBe("0.00");
  });

  test("before 2004 owes nothing", () => {
    // The rate rows record no work-injury contribution before 2004-01, so no unit rate is needed.
    expect(amount(undefined, 3000, [2003, 12], "workInjury", "employer")).toBe("0.00");
  });
});

describe("medical and maternity", () => {
  test("individual medical adds 3 yuan", () => {
    // Medical limits 2018-07 … 2019-06: 5080 / 25401. 8000 × 0.02 + 3 = 163.00.
    expect(amount(undefined, 8000, [2019, 3], "medical", "individual")).toBe("163.00");
    const rate = contributionRate(params, undefined, yearMonth(2019, 3), "medical", "individual");
    expect(rate.fraction.toString()).toBe("0.02");
    expect(rate.fixedAmount.toString()).toBe("3");
  });

  test("3 yuan at the lower limit", () => {
    // Wage 3000 is below the medical lower limit 5080: 5080 × 0.02 + 3 = 104.60.
    expect(amount(undefined, 3000, [2019, 3], "medical", "individual")).toBe("104.60");
  });

  test("employer medical 9 % plus 1 %", () => {
    // 8000 × (0.09 + 0.01) = 800.00; maternity 8000 × 0.008 = 64.00.
    expect(amount(undefined, 8000, [2019, 3], "medical", "employer")).toBe("800.00");
    expect(amount(undefined, 8000, [2019, 3], "maternity", "employer")).toBe("64.00");
  });

  test("merger keeps the 10.8 % total", () => {
    // Medical limits 2019-07 … 2020-06: 5557 / 27786. From 2020-01 medical carries
    // 8000 × (0.098 + 0.01) = 864.00 = 800.00 + 64.00, and maternity owes 0.
    expect(amount(undefined, 8000, [2020, 3], "medical", "employer")).toBe("864.00");
    expect(amount(undefined, 8000, [2020, 3], "maternity", "employer")).toBe("0.00");
  });

  test("non-Beijing maternity before 2012", () => {
    // Limit period 2011-04 … 2012-03, maternity derived from the medical rule: 2521 / 12603.
    // 外埠城镇 owes nothing in 2011-12 and 5000 × 0.008 = 40.00 from 2012-01; 本市城镇 owes 40.00 in both.
    expect(amount(undefined, 5000, [2011, 12], "maternity", "employer", "nonlocalUrban")).toBe("0.00");
    expect(amount(undefined, 5000, [2011, 12], "maternity", "employer", "nonlocalRural")).toBe("0.00");
    expect(amount(undefined, 5000, [2012, 1], "maternity", "employer", "nonlocalUrban")).toBe("40.00");
    expect(amount(undefined, 5000, [2011, 12], "maternity", "employer", "localUrban")).toBe("40.00");
  });

  test("maternity before 2005-07 owes nothing", () => {
    expect(amount(undefined, 3000, [2005, 6], "maternity", "employer")).toBe("0.00");
  });

  test("individual pays no maternity", () => {
    expect(amount(undefined, 8000, [2019, 3], "maternity", "individual")).toBe("0.00");
  });
});

describe("unemployment", () => {
  test("rural individual pays nothing before 2021-05", () => {
    // Limits 2014-07 … 2015-06: 2317 / 17379. 外埠农村 individual: 0; employer 5000 × 0.01 = 50.00;
    // a 本市城镇 individual pays 5000 × 0.002 = 10.00.
    expect(amount(undefined, 5000, [2015, 3], "unemployment", "individual", "nonlocalRural")).toBe("0.00");
    expect(amount(undefined, 5000, [2015, 3], "unemployment", "employer", "nonlocalRural")).toBe("50.00");
    expect(amount(undefined, 5000, [2015, 3], "unemployment", "individual", "localUrban")).toBe("10.00");
  });

  test("rural individual pays from 2021-05", () => {
    // Limits 2020-07 … 2021-06: 3613 / 26541. 5000 × 0.005 = 25.00 for every hukou type.
    expect(amount(undefined, 5000, [2021, 4], "unemployment", "individual", "localRural")).toBe("0.00");
    expect(amount(undefined, 5000, [2021, 6], "unemployment", "individual", "localRural")).toBe("25.00");
    expect(amount(undefined, 5000, [2021, 6], "unemployment", "employer", "localRural")).toBe("25.00");
  });

  test("2 yuan a month before 1999-11", () => {
    // Limit period 1996-04 … 1996-12: 407 / 2036. Employer 800 × 0.01 = 8.00; individual a fixed 2.00.
    expect(amount(undefined, 800, [1996, 5], "unemployment", "employer")).toBe("8.00");
    expect(amount(undefined, 800, [1996, 5], "unemployment", "individual")).toBe("2.00");
    expect(amount(undefined, 2000, [1996, 5], "unemployment", "individual")).toBe("2.00");
  });
});

describe("months before an insurance existed", () => {
  test("medical before 2001-04", () => {
    const result = monthlyAmount(params, undefined, yuan(3000), yearMonth(2001, 3), "medical", "individual", HANDLED);
    expect(result.amount.toFixed(2)).toBe("0.00");
    expect(result.insuranceStart).toBe(yearMonth(2001, 4));
    expect(result.base).toBeUndefined();
  });

  test("unemployment before 1994-06", () => {
    expect(amount(undefined, 500, [1994, 5], "unemployment", "employer")).toBe("0.00");
  });

  test("pension before 1992-10", () => {
    expect(amount(undefined, 300, [1992, 9], "pension", "employer")).toBe("0.00");
  });
});

describe("baseDifference", () => {
  const declared = day(2023, 2, 11);

  test("back-payment with late fee", () => {
    // Pension 2022-03, limits 2021-07 … 2022-06: 5360 / 28221.
    // Employer: 10000 × 0.16 − 8000 × 0.16 = 1600.00 − 1280.00 = 320.00.
    // Individual: 10000 × 0.08 − 8000 × 0.08 = 800.00 − 640.00 = 160.00.
    // Late fee: arrears start 2022-04-01 (fee month + 1), declared 2023-02-11: 316 days.
    // 320.00 × 0.0005 × 316 = 50.56; 160.00 × 0.0005 × 316 = 25.28.
    const employer = baseDifference(params, undefined, yuan(10000), yuan(8000), yearMonth(2022, 3), "pension", "employer", declared);
    const individual = baseDifference(params, undefined, yuan(10000), yuan(8000), yearMonth(2022, 3), "pension", "individual", declared);
    expect(employer.difference.toFixed(2)).toBe("320.00");
    expect(employer.correct.amount.toFixed(2)).toBe("1600.00");
    expect(employer.declared.amount.toFixed(2)).toBe("1280.00");
    expect(individual.difference.toFixed(2)).toBe("160.00");
    expect(lateFee(params, employer.difference, yearMonth(2022, 3), declared).toFixed(2)).toBe("50.56");
    expect(lateFee(params, individual.difference, yearMonth(2022, 3), declared).toFixed(2)).toBe("25.28");
  });

  test("refund is negative", () => {
    // Pension individual 2022-03: 6000 × 0.08 − 8000 × 0.08 = 480.00 − 640.00 = −160.00.
    // Medical individual: (6000 × 0.02 + 3) − (8000 × 0.02 + 3) = 123.00 − 163.00 = −40.00.
    const pension = baseDifference(params, undefined, yuan(6000), yuan(8000), yearMonth(2022, 3), "pension", "individual", declared);
    const medical = baseDifference(params, undefined, yuan(6000), yuan(8000), yearMonth(2022, 3), "medical", "individual", declared);
    expect(pension.difference.toFixed(2)).toBe("-160.00");
    expect(medical.difference.toFixed(2)).toBe("-40.00");
  });

  test("difference of rounded amounts", () => {
    // Unemployment individual 2022-03 at 0.5 %: round(8001.01 × 0.005) = round(40.00505) = 40.01,
    // round(8000.99 × 0.005) = round(40.00495) = 40.00; the difference is 0.01, not round(0.1 × 0.005) = 0.00.
    const result = baseDifference(params, undefined, yuan("8001.01"), yuan("8000.99"), yearMonth(2022, 3), "unemployment", "individual", declared);
    expect(result.difference.toFixed(2)).toBe("0.01");
  });

  test("pension before 2011-07", () => {
    // Fee month 2005-07 handled 2023-02-11, correct wage 4000, declared base 3000.
    // Back-pay base round(4000 × 135567 / 28348) = round(19128.9685…) = 19128.97;
    // total round(19128.97 × 0.28) = round(5356.1116) = 5356.11; individual 4000 × 0.08 = 320.00;
    // employer 5356.11 − 320.00 = 5036.11. At 3000 the employer pays 3777.08 (above).
    // Employer difference 5036.11 − 3777.08 = 1259.03; individual 320.00 − 240.00 = 80.00.
    const employer = baseDifference(params, undefined, yuan(4000), yuan(3000), yearMonth(2005, 7), "pension", "employer", HANDLED);
    const individual = baseDifference(params, undefined, yuan(4000), yuan(3000), yearMonth(2005, 7), "pension", "individual", HANDLED);
    expect(employer.correct.backPayBase?.toFixed(2)).toBe("19128.97");
    expect(employer.correct.amount.toFixed(2)).toBe("5036.11");
    expect(employer.difference.toFixed(2)).toBe("1259.03");
    expect(individual.difference.toFixed(2)).toBe("80.00");
  });
});
