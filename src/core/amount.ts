// Monthly contribution amounts (应缴金额) per fee month, insurance and party, and base differences (基数差).
//
// amount = round(contribution base × rate × reliefs + fixed yuan per month), to the fen, half up. Rates and
// reliefs are parameter rows; work injury uses the unit's own rate. Pension fee months before 2011-07 follow
// 京劳社养发〔2007〕21号 第六条: the total is round(back-pay base × (employer rate + individual rate)) with
// back-pay base = round(contribution base × amplification coefficient); the individual pays
// round(contribution base × individual rate) and the employer pays the rest. A fee month before an insurance
// existed owes 0.

import Decimal from "decimal.js";
import { ref } from "../i18n";
import { formatYearMonth, type Day, type YearMonth } from "./calendar";
import { clampToLimits } from "./base";
import { amplificationCoefficient, type CoefficientResult, type Warning } from "./coefficient";
import { notAvailableError } from "./errors";
import { Money, roundFen, ZERO } from "./money";
import type { BaseLimits, ParameterSet } from "./params/parameterSet";
import type { HukouType, Insurance, Party, RateRow, ReliefRow } from "./params/types";
import type { UnitFacts } from "./unit";

/** The statutory rate of a fee month, insurance and party, before reliefs. */
export interface ContributionRate {
  /** The sum of the components that are a share of the base (medical employer 0.09 + 0.01 = 0.1). */
  fraction: Decimal;
  /** The sum of the fixed components in yuan per month (medical individual 3). */
  fixedAmount: Decimal;
  /** The rate row in force for each component. */
  rows: RateRow[];
}

export interface Relief {
  /** The product of the factors of every relief that applies (1 when none does). */
  factor: Decimal;
  rows: ReliefRow[];
}

export interface AmountResult {
  /** The amount owed by the party, rounded to the fen. */
  amount: Decimal;
  /** Set when the fee month is before the insurance's first month: nothing is owed and nothing else is set. */
  insuranceStart?: YearMonth;
  /** The contribution base; absent when the statutory rate is 0 and no base was needed. */
  base?: Decimal;
  limits?: BaseLimits;
  rate?: ContributionRate;
  relief?: Relief;
  /** Pension fee months before 2011-07 only: the coefficient, back-pay base and both parties' total. */
  coefficient?: CoefficientResult;
  backPayBase?: Decimal;
  pensionTotal?: Decimal;
  warnings: Warning[];
}

export interface BaseDifferenceResult {
  /** Amount at the correct base − amount at the declared base; negative means a refund (退基数差). */
  difference: Decimal;
  correct: AmountResult;
  declared: AmountResult;
}

const ONE = new Money(1);

/**
 * Returns the statutory rate of a fee month, insurance, party and hukou type, without reliefs.
 * Throws #N/A when no rate row covers the month, or when work injury needs the unit's rate and it is not set.
 *
 * @example pension employer 2019-05: fraction 0.16; medical individual 2019-03: fraction 0.02, fixed 3 yuan.
 */
export function contributionRate(
  params: ParameterSet,
  unit: UnitFacts | undefined,
  feeMonth: YearMonth,
  insurance: Insurance,
  party: Party,
  hukou: HukouType = "localUrban",
): ContributionRate {
  const rows = params.rateRowsInForce(feeMonth, insurance, party, hukou);
  let fraction: Decimal = ZERO;
  let fixedAmount: Decimal = ZERO;

  for (const row of rows) {
    if (row.kind === "yuanPerMonth") {
      fixedAmount = fixedAmount.plus(params.decimal(row.value));
    } else if (row.kind === "unitRate") {
      if (!unit?.workInjuryRate) throw notAvailableError("amount.workInjuryRateMissing");
      fraction = fraction.plus(unit.workInjuryRate);
    } else {
      fraction = fraction.plus(params.decimal(row.value));
    }
  }
  return { fraction, fixedAmount, rows: [...rows] };
}

/**
 * Returns the relief factor of a fee month, insurance and party for this unit: the product of every relief
 * that covers the month and applies to the unit's size. Throws #N/A when a relief depends on the unit's size
 * and the size is not set.
 *
 * @example a large unit's work injury in 2020-05: 0.8 (the 20 % cut) × 0.5 (the half relief) = 0.4.
 */
export function reliefFor(
  params: ParameterSet,
  unit: UnitFacts | undefined,
  feeMonth: YearMonth,
  insurance: Insurance,
  party: Party,
): Relief {
  let factor: Decimal = ONE;
  const rows: ReliefRow[] = [];

  for (const row of params.reliefRowsInForce(feeMonth, insurance, party)) {
    if (row.unitSizes) {
      if (!unit?.size) {
        throw notAvailableError("amount.unitSizeMissing", {
          month: formatYearMonth(feeMonth),
          party: ref(`party.${party}`),
          insurance: ref(`insurance.${insurance}`),
        });
      }
      if (!row.unitSizes.includes(unit.size)) continue;
    }
    factor = factor.times(params.decimal(row.factor));
    rows.push(row);
  }
  return { factor, rows };
}

/**
 * Returns the amount one party owes for one fee month and insurance on a contribution wage, with the pieces
 * a report shows (base, coefficient, rate, reliefs). `handlingDay` matters only for pension fee months before
 * 2011-07, whose coefficient depends on the handling year. Throws #N/A when a parameter row or a unit fact it
 * needs is missing.
 *
 * @example wage 3000, pension, fee month 2005-07, handled 2023-02-11: base 3000, coefficient
 * 135567 / 28348, back-pay base 14346.73, total round(14346.73 × 0.28) = 4017.08, individual
 * round(3000 × 0.08) = 240.00, employer 4017.08 − 240.00 = 3777.08.
 */
export function monthlyAmount(
  params: ParameterSet,
  unit: UnitFacts | undefined,
  wage: Decimal,
  feeMonth: YearMonth,
  insurance: Insurance,
  party: Party,
  handlingDay: Day,
  hukou: HukouType = "localUrban",
): AmountResult {
  const start = params.insuranceStart(insurance);
  if (start !== undefined && feeMonth < start) return { amount: ZERO, insuranceStart: start, warnings: [] };

  const rate = contributionRate(params, unit, feeMonth, insurance, party, hukou);
  const relief = reliefFor(params, unit, feeMonth, insurance, party);
  if (rate.fraction.isZero() && rate.fixedAmount.isZero()) return { amount: ZERO, rate, relief, warnings: [] };

  const limits = params.limits(feeMonth, insurance, hukou);
  const base = clampToLimits(wage, limits);

  if (insurance === "pension" && feeMonth < params.coefficientScopeEnd()) {
    return amplifiedPension(params, unit, base, limits, feeMonth, party, handlingDay, hukou, rate, relief);
  }

  const amount = roundFen(base.times(rate.fraction).times(relief.factor).plus(rate.fixedAmount));
  return { amount, base, limits, rate, relief, warnings: [] };
}

/** The pension rule for fee months before 2011-07: the employer pays the amplified total less the individual. */
function amplifiedPension(
  params: ParameterSet,
  unit: UnitFacts | undefined,
  base: Decimal,
  limits: BaseLimits,
  feeMonth: YearMonth,
  party: Party,
  handlingDay: Day,
  hukou: HukouType,
  rate: ContributionRate,
  relief: Relief,
): AmountResult {
  const coefficient = amplificationCoefficient(params, feeMonth, handlingDay);
  const backPayBase = roundFen(base.times(coefficient.value));

  const otherParty: Party = party === "employer" ? "individual" : "employer";
  const other = contributionRate(params, unit, feeMonth, "pension", otherParty, hukou);
  const individualRate = party === "individual" ? rate : other;
  const pensionTotal = roundFen(backPayBase.times(rate.fraction.plus(other.fraction)));
  const individualShare = roundFen(base.times(individualRate.fraction));

  let amount: Decimal;
  if (party === "individual") {
    amount = individualShare.plus(rate.fixedAmount);
  } else {
    const employerShare = pensionTotal.minus(individualShare);
    amount = (relief.factor.equals(ONE) ? employerShare : roundFen(employerShare.times(relief.factor))).plus(rate.fixedAmount);
  }

  return { amount, base, limits, rate, relief, coefficient, backPayBase, pensionTotal, warnings: [...coefficient.warnings] };
}

/**
 * Returns the base difference of one fee month, insurance and party: the amount at the correct contribution
 * wage less the amount at the base already declared, each rounded to the fen first. Negative is a refund.
 *
 * @example pension employer 2022-03, correct wage 10000, declared base 8000: 1600.00 − 1280.00 = 320.00.
 */
export function baseDifference(
  params: ParameterSet,
  unit: UnitFacts | undefined,
  correctWage: Decimal,
  declaredBase: Decimal,
  feeMonth: YearMonth,
  insurance: Insurance,
  party: Party,
  handlingDay: Day,
  hukou: HukouType = "localUrban",
): BaseDifferenceResult {
  const correct = monthlyAmount(params, unit, correctWage, feeMonth, insurance, party, handlingDay, hukou);
  const declared = monthlyAmount(params, unit, declaredBase, feeMonth, insurance, party, handlingDay, hukou);
  return { difference: correct.amount.minus(declared.amount), correct, declared };
}
