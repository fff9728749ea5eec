// Throughput of the BUJIAO functions BASE, LATEDAYS, COEFF, LATEFEE and AMOUNT, each measured three ways:
//   plain             the same formula on plain numbers with every parameter looked up beforehand (the speed
//                     limit: what the arithmetic alone costs);
//   core              the core function on inputs already read (Decimal wages, YearMonth and Day integers);
//   evaluateFunction  the path a cell and `bujiao fn` take: cell values in, argument reading, the core function,
//                     the Excel number out.
// Each case cycles through 64 inputs so that no single value is cached. Cell values are what Excel passes for a
// date cell (a serial number) and a number cell. The insurance and party are the Chinese words.

import Decimal from "decimal.js";
import { contributionRate, monthlyAmount, reliefFor } from "../src/core/amount";
import { contributionBase } from "../src/core/base";
import {
  addMonths,
  dayFromParts,
  dayToSerial,
  firstDayOf,
  yearMonth,
  yearMonthToSerial,
  type Day,
  type YearMonth,
} from "../src/core/calendar";
import { amplificationCoefficient } from "../src/core/coefficient";
import { lateDays, lateFee } from "../src/core/lateFee";
import { Money } from "../src/core/money";
import { beijingParameters as params } from "../src/core/params/parameterSet";
import type { UnitFacts } from "../src/core/unit";
import { evaluateFunction, findFunction, type Argument, type FunctionContext, type FunctionSpec } from "../src/functions/registry";
import type { BenchCase } from "./harness";

const INPUTS = 64;
const MASK = INPUTS - 1;

/** Fee months 2012-01 … 2025-12, spread by a stride that is prime to the 168 months. */
const feeMonths: YearMonth[] = Array.from({ length: INPUTS }, (_, i) => (yearMonth(2012, 1) + ((i * 37) % 168)) as YearMonth);
/** Fee months 1993-01 … 2011-06, where the coefficient is not 1, by a stride prime to the 222 months. */
const coefficientMonths: YearMonth[] = Array.from({ length: INPUTS }, (_, i) => (yearMonth(1993, 1) + ((i * 41) % 222)) as YearMonth);

const HANDLING_DAY = dayFromParts(2026, 12, 4) as Day;
/** Declaration days 2026-12-04 … about 2027-06, a different one per input. */
const declarationDays: Day[] = Array.from({ length: INPUTS }, (_, i) => (HANDLING_DAY + ((i * 13) % 200)) as Day);
/** Wages 3000 … 43000 yuan: below the lower limit, inside and above the upper limit. */
const wages: number[] = Array.from({ length: INPUTS }, (_, i) => 3000 + ((i * 977) % 40_000));
/** Arrears 100.00 … 5100.00 yuan with fen. */
const arrears: number[] = Array.from({ length: INPUTS }, (_, i) => (10_000 + ((i * 31_337) % 500_000)) / 100);

const wageDecimals = wages.map((wage) => new Money(wage));
const arrearDecimals = arrears.map((amount) => new Money(amount));
const monthSerials = feeMonths.map(yearMonthToSerial);
const coefficientSerials = coefficientMonths.map(yearMonthToSerial);
const declarationSerials = declarationDays.map(dayToSerial);
const handlingSerial = dayToSerial(HANDLING_DAY);

/** A unit with every fact AMOUNT may need, so no input ends in #N/A. */
const unit: UnitFacts = { size: "smallMedium", workInjuryRate: new Money("0.004"), handlingDate: HANDLING_DAY };

/** Parameters looked up once for the plain versions. */
const lowerLimits = feeMonths.map((month) => params.limits(month).lower.toNumber());
const upperLimits = feeMonths.map((month) => params.limits(month).upper.toNumber());
const arrearsStarts = feeMonths.map((month) => firstDayOf(addMonths(month, params.lateFeeRegime(month).startOffsetMonths ?? 0)));
/** The pension employer rate times the unit's reliefs (0 for a small unit in 2020-02 … 2020-12). */
const employerRates = feeMonths.map(
  (month) =>
    contributionRate(params, unit, month, "pension", "employer").fraction.toNumber() *
    reliefFor(params, unit, month, "pension", "employer").factor.toNumber(),
);
const coefficients = coefficientMonths.map((month) => amplificationCoefficient(params, month, HANDLING_DAY));
const coefficientNumerators = coefficients.map((coefficient) => Number(coefficient.numerator!.annual));
const coefficientDenominators = coefficients.map((coefficient) => Number(coefficient.denominator!.annual));

const context: FunctionContext = { params, today: () => HANDLING_DAY, unit };

function spec(id: string): FunctionSpec {
  const found = findFunction(id);
  if (!found) throw new Error(`no function ${id}`);
  return found;
}

/** Returns a cheap checksum of a Decimal that does not convert it: its exponent plus its sign. */
function decimalSum(value: Decimal): number {
  return value.e + value.s;
}

/** Returns the number in an outcome, or 0 for an error (which the inputs above never give). */
function outcomeSum(outcome: ReturnType<typeof evaluateFunction>): number {
  return !Array.isArray(outcome) && "value" in outcome && typeof outcome.value === "number" ? outcome.value : 0;
}

const BASE = spec("BASE");
const LATEDAYS = spec("LATEDAYS");
const COEFF = spec("COEFF");
const LATEFEE = spec("LATEFEE");
const AMOUNT = spec("AMOUNT");

export const FUNCTION_CASES: BenchCase[] = [
  {
    name: "BASE plain",
    group: "BASE",
    variant: "plain",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        sum += Math.min(Math.max(wages[k], lowerLimits[k]), upperLimits[k]);
      }
      return sum;
    },
  },
  {
    name: "BASE core",
    group: "BASE",
    variant: "core",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        sum += decimalSum(contributionBase(params, wageDecimals[k], feeMonths[k]));
      }
      return sum;
    },
  },
  {
    name: "BASE evaluateFunction",
    group: "BASE",
    variant: "evaluateFunction",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        const args: Argument[] = [wages[k], monthSerials[k]];
        sum += outcomeSum(evaluateFunction(BASE, args, context));
      }
      return sum;
    },
  },
  {
    name: "LATEDAYS plain",
    group: "LATEDAYS",
    variant: "plain",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        sum += Math.max(0, declarationDays[k] - arrearsStarts[k]);
      }
      return sum;
    },
  },
  {
    name: "LATEDAYS core",
    group: "LATEDAYS",
    variant: "core",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        sum += lateDays(params, feeMonths[k], declarationDays[k]);
      }
      return sum;
    },
  },
  {
    name: "LATEDAYS evaluateFunction",
    group: "LATEDAYS",
    variant: "evaluateFunction",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        const args: Argument[] = [monthSerials[k], declarationSerials[k]];
        sum += outcomeSum(evaluateFunction(LATEDAYS, args, context));
      }
      return sum;
    },
  },
  {
    name: "COEFF plain",
    group: "COEFF",
    variant: "plain",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        sum += coefficientNumerators[k] / coefficientDenominators[k];
      }
      return sum;
    },
  },
  {
    name: "COEFF core",
    group: "COEFF",
    variant: "core",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        sum += decimalSum(amplificationCoefficient(params, coefficientMonths[k], HANDLING_DAY).value);
      }
      return sum;
    },
  },
  {
    name: "COEFF evaluateFunction",
    group: "COEFF",
    variant: "evaluateFunction",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        const args: Argument[] = [coefficientSerials[k], handlingSerial];
        sum += outcomeSum(evaluateFunction(COEFF, args, context));
      }
      return sum;
    },
  },
  {
    name: "LATEFEE plain",
    group: "LATEFEE",
    variant: "plain",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        const days = Math.max(0, declarationDays[k] - arrearsStarts[k]);
        sum += Math.round(arrears[k] * 0.0005 * days * 100) / 100;
      }
      return sum;
    },
  },
  {
    name: "LATEFEE core",
    group: "LATEFEE",
    variant: "core",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        sum += decimalSum(lateFee(params, arrearDecimals[k], feeMonths[k], declarationDays[k]));
      }
      return sum;
    },
  },
  {
    name: "LATEFEE evaluateFunction",
    group: "LATEFEE",
    variant: "evaluateFunction",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        const args: Argument[] = [arrears[k], monthSerials[k], declarationSerials[k]];
        sum += outcomeSum(evaluateFunction(LATEFEE, args, context));
      }
      return sum;
    },
  },
  {
    name: "AMOUNT plain",
    group: "AMOUNT",
    variant: "plain",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        const base = Math.min(Math.max(wages[k], lowerLimits[k]), upperLimits[k]);
        sum += Math.round(base * employerRates[k] * 100) / 100;
      }
      return sum;
    },
  },
  {
    name: "AMOUNT core",
    group: "AMOUNT",
    variant: "core",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        sum += decimalSum(monthlyAmount(params, unit, wageDecimals[k], feeMonths[k], "pension", "employer", HANDLING_DAY).amount);
      }
      return sum;
    },
  },
  {
    name: "AMOUNT evaluateFunction",
    group: "AMOUNT",
    variant: "evaluateFunction",
    loop(iterations) {
      let sum = 0;
      for (let i = 0; i < iterations; i++) {
        const k = i & MASK;
        const args: Argument[] = [wages[k], monthSerials[k], "养老", "单位", null, null];
        sum += outcomeSum(evaluateFunction(AMOUNT, args, context));
      }
      return sum;
    },
  },
];

/** Throughput targets in calls per second on a 2-core machine, for the core and the evaluateFunction path. */
export const TARGETS: Record<string, number> = {
  BASE: 1_000_000,
  LATEDAYS: 1_000_000,
  LATEFEE: 200_000,
  AMOUNT: 200_000,
};

/**
 * Checks that every input of every evaluateFunction case gives a number equal to its plain version, so that
 * the loops measure the successful path and not an error. Returns a description of each mismatch.
 */
export function checkInputs(): string[] {
  const problems: string[] = [];
  const compare = (name: string, k: number, outcome: ReturnType<typeof evaluateFunction>, expected: number) => {
    const value = !Array.isArray(outcome) && "value" in outcome ? outcome.value : outcome;
    if (typeof value !== "number" || Math.abs(value - expected) > 0.005 + Math.abs(expected) * 1e-9) {
      problems.push(`${name} input ${k}: got ${JSON.stringify(value)}, plain ${expected}`);
    }
  };
  for (let k = 0; k < INPUTS; k++) {
    const base = Math.min(Math.max(wages[k], lowerLimits[k]), upperLimits[k]);
    const days = Math.max(0, declarationDays[k] - arrearsStarts[k]);
    const coefficient = coefficientNumerators[k] / coefficientDenominators[k];
    const fee = Math.round(arrears[k] * 0.0005 * days * 100) / 100;
    const amount = Math.round(base * employerRates[k] * 100) / 100;

    compare("BASE", k, evaluateFunction(BASE, [wages[k], monthSerials[k]], context), base);
    compare("LATEDAYS", k, evaluateFunction(LATEDAYS, [monthSerials[k], declarationSerials[k]], context), days);
    compare("COEFF", k, evaluateFunction(COEFF, [coefficientSerials[k], handlingSerial], context), coefficient);
    compare("LATEFEE", k, evaluateFunction(LATEFEE, [arrears[k], monthSerials[k], declarationSerials[k]], context), fee);
    compare("AMOUNT", k, evaluateFunction(AMOUNT, [wages[k], monthSerials[k], "养老", "单位", null, null], context), amount);
  }
  return problems;
}
