// Invariants of the calculations over the built-in Beijing parameters. The contribution base stays within its
// month's limits, and late days and late fees only grow as the declaration moves later. Every amount is a whole
// number of fen (at most two decimals), both from the core and as the number a cell receives.

import fc from "fast-check";
import Decimal from "decimal.js";
import { baseDifference, monthlyAmount } from "../../src/core/amount";
import { contributionBase } from "../../src/core/base";
import { dayFromParts, yearMonth, type Day, type YearMonth } from "../../src/core/calendar";
import { BujiaoError } from "../../src/core/errors";
import { lateDays, lateFee } from "../../src/core/lateFee";
import { Money, roundFen } from "../../src/core/money";
import { beijingParameters as params } from "../../src/core/params/parameterSet";
import { HUKOU_TYPES, INSURANCES, PARTIES, UNIT_SIZES } from "../../src/core/params/types";
import type { UnitFacts } from "../../src/core/unit";
import { evaluateFunction, findFunction, type FunctionContext } from "../../src/functions/registry";
import { fenAmount, runs } from "./support";

/** Every fee month the look-up tables can hold, including months no limit row covers. */
const anyMonth = fc.integer({ min: yearMonth(1990, 1), max: yearMonth(2099, 12) }).map((value) => value as YearMonth);
/** Fee months from the start of the Beijing scheme (1992-10) to the end of the newest tables. */
const schemeMonth = fc.integer({ min: yearMonth(1992, 10), max: yearMonth(2027, 6) }).map((value) => value as YearMonth);
/** Days from 1990-01-01 to 2099-12-31. */
const anyDay = fc.integer({ min: dayFromParts(1990, 1, 1)!, max: dayFromParts(2099, 12, 31)! }).map((value) => value as Day);
/** Handling days from 2012-01-01 to 2027-12-31, where the coefficient's wage series has figures or a stand-in. */
const handlingDay = fc.integer({ min: dayFromParts(2012, 1, 1)!, max: dayFromParts(2027, 12, 31)! }).map((value) => value as Day);

/** Wages in yuan: whole fen up to 100 000 yuan, or up to four decimals, as typed amounts may have. */
const wage = fc.oneof(
  fenAmount(10_000_000).map((text) => new Money(text)),
  fc.integer({ min: 0, max: 1_000_000_000 }).map((tenThousandths) => new Money(tenThousandths).dividedBy(10_000)),
);

/** Unit facts as 单位信息 may give them: size and work-injury rate each set or not. */
const unit: fc.Arbitrary<UnitFacts | undefined> = fc.option(
  fc.record(
    {
      size: fc.constantFrom(...UNIT_SIZES),
      workInjuryRate: fc.integer({ min: 1, max: 1000 }).map((tenThousandths) => new Money(tenThousandths).dividedBy(10_000)),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** Runs `compute`; a BujiaoError (#VALUE! or #N/A) is an allowed outcome and gives undefined. */
function unlessBujiaoError<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch (error) {
    if (error instanceof BujiaoError) return undefined;
    throw error;
  }
}

function decimalsOf(value: number): number {
  return new Decimal(String(value)).decimalPlaces();
}

describe("contributionBase", () => {
  test("stays within its month's limits", () => {
    fc.assert(
      fc.property(wage, anyMonth, fc.constantFrom(...INSURANCES), fc.constantFrom(...HUKOU_TYPES), (amount, month, insurance, hukou) => {
        let limits;
        try {
          limits = params.limits(month, insurance, hukou);
        } catch (error) {
          expect(error).toBeInstanceOf(BujiaoError);
          expect(() => contributionBase(params, amount, month, insurance, hukou)).toThrow(BujiaoError);
          return;
        }
        const base = contributionBase(params, amount, month, insurance, hukou);
        expect(base.greaterThanOrEqualTo(limits.lower)).toBe(true);
        expect(base.lessThanOrEqualTo(limits.upper)).toBe(true);
      }),
      runs(2000),
    );
  });

  test("equals the wage when the wage lies within the limits", () => {
    fc.assert(
      fc.property(
        schemeMonth,
        fc.constantFrom(...INSURANCES),
        fc.constantFrom(...HUKOU_TYPES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (month, insurance, hukou, position) => {
          const limits = unlessBujiaoError(() => params.limits(month, insurance, hukou));
          fc.pre(limits !== undefined);
          const span = limits!.upper.minus(limits!.lower);
          const inside = roundFen(limits!.lower.plus(span.times(position)));
          expect(contributionBase(params, inside, month, insurance, hukou).toFixed(2)).toBe(inside.toFixed(2));
        },
      ),
      runs(1000),
    );
  });

  test("a wage of 0 gives the lower limit", () => {
    fc.assert(
      fc.property(schemeMonth, fc.constantFrom(...INSURANCES), fc.constantFrom(...HUKOU_TYPES), (month, insurance, hukou) => {
        const limits = unlessBujiaoError(() => params.limits(month, insurance, hukou));
        fc.pre(limits !== undefined);
        expect(contributionBase(params, new Money(0), month, insurance, hukou).equals(limits!.lower)).toBe(true);
      }),
      runs(300),
    );
  });
});

describe("lateDays and lateFee", () => {
  const arrears = fenAmount(100_000_000).map((text) => new Money(text));

  test("late days are never negative", () => {
    fc.assert(
      fc.property(schemeMonth, anyDay, (month, day) => {
        expect(lateDays(params, month, day)).toBeGreaterThanOrEqual(0);
      }),
      runs(2000),
    );
  });

  test("late days and the fee never decrease as the declaration moves later", () => {
    fc.assert(
      fc.property(arrears, schemeMonth, anyDay, fc.integer({ min: 0, max: 5000 }), (amount, month, day, later) => {
        const laterDay = (day + later) as Day;
        expect(lateDays(params, month, laterDay)).toBeGreaterThanOrEqual(lateDays(params, month, day));
        const fee = lateFee(params, amount, month, day);
        const laterFee = lateFee(params, amount, month, laterDay);
        expect(laterFee.greaterThanOrEqualTo(fee)).toBe(true);
      }),
      runs(2000),
    );
  });

  test("the fee never decreases as the arrears grow", () => {
    fc.assert(
      fc.property(arrears, fc.integer({ min: 0, max: 1_000_000 }), schemeMonth, anyDay, (amount, extraFen, month, day) => {
        const more = amount.plus(new Money(extraFen).dividedBy(100));
        expect(lateFee(params, more, month, day).greaterThanOrEqualTo(lateFee(params, amount, month, day))).toBe(true);
      }),
      runs(1000),
    );
  });

  test("fee is arrears × rate × days", () => {
    fc.assert(
      fc.property(arrears, schemeMonth, anyDay, (amount, month, day) => {
        const regime = params.lateFeeRegime(month);
        const fee = lateFee(params, amount, month, day);
        const days = lateDays(params, month, day);
        const expected = regime.startOffsetMonths === null ? new Money(0) : roundFen(amount.times(regime.dailyRate).times(days));
        expect(fee.toFixed(2)).toBe(expected.toFixed(2));
        expect(fee.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
      runs(1000),
    );
  });
});

describe("amounts have at most two decimals", () => {
  test("monthlyAmount of every insurance, party, hukou type and unit", () => {
    let computed = 0;
    fc.assert(
      fc.property(
        wage,
        schemeMonth,
        fc.constantFrom(...INSURANCES),
        fc.constantFrom(...PARTIES),
        handlingDay,
        fc.constantFrom(...HUKOU_TYPES),
        unit,
        (amount, month, insurance, party, day, hukou, facts) => {
          const result = unlessBujiaoError(() => monthlyAmount(params, facts, amount, month, insurance, party, day, hukou));
          if (result === undefined) return;
          computed++;
          expect(result.amount.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(decimalsOf(result.amount.toNumber())).toBeLessThanOrEqual(2);
          if (result.base) expect(result.base.decimalPlaces()).toBeLessThanOrEqual(2);
          if (result.backPayBase) expect(result.backPayBase.decimalPlaces()).toBeLessThanOrEqual(2);
        },
      ),
      runs(3000),
    );
    // Most draws compute; #N/A for a missing unit size or work-injury rate must not hide the property.
    expect(computed).toBeGreaterThan(2000);
  });

  test("baseDifference is the difference of two rounded amounts", () => {
    let computed = 0;
    fc.assert(
      fc.property(
        wage,
        wage,
        schemeMonth,
        fc.constantFrom(...INSURANCES),
        fc.constantFrom(...PARTIES),
        handlingDay,
        unit,
        (correct, declared, month, insurance, party, day, facts) => {
          const result = unlessBujiaoError(() => baseDifference(params, facts, correct, declared, month, insurance, party, day));
          if (result === undefined) return;
          computed++;
          expect(result.difference.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(result.difference.equals(result.correct.amount.minus(result.declared.amount))).toBe(true);
        },
      ),
      runs(1000),
    );
    expect(computed).toBeGreaterThan(600);
  });

  test("AMOUNT returns a cell number with at most two decimals", () => {
    const spec = findFunction("AMOUNT")!;
    let computed = 0;
    fc.assert(
      fc.property(
        fenAmount(5_000_000),
        schemeMonth,
        fc.constantFrom("养老", "失业", "工伤", "医疗", "生育"),
        fc.constantFrom("单位", "个人"),
        handlingDay,
        unit,
        (typedWage, month, insurance, party, day, facts) => {
          const context: FunctionContext = { params, today: () => day, unit: facts };
          const feeMonth = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
          const outcome = evaluateFunction(spec, [Number(typedWage), feeMonth, insurance, party, null, null], context);
          if (Array.isArray(outcome) || "error" in outcome) return;
          computed++;
          expect(typeof outcome.value).toBe("number");
          expect(decimalsOf(outcome.value as number)).toBeLessThanOrEqual(2);
        },
      ),
      runs(1000),
    );
    expect(computed).toBeGreaterThan(600);
  });
});
