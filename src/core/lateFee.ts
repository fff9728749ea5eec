// Late fee (滞纳金), 《社会保险法》第八十六条: 0.05 % of the arrears per day, charged to the unit. In Beijing the
// arrears of fee month M start on the 1st of M+2 for M from 2011-07 to 2020-09 (当月申报、次月收缴, 2011 notice)
// and on the 1st of M+1 from 2020-10 (征缴期 21st of M−1 to 20th of M, 2020-09-17 notice). The fee runs to the day
// before the declaration succeeds, so days = declaration date − start date. Months before 2011-07 pay none.
// The regimes are parameter rows; this module only applies them.

import Decimal from "decimal.js";
import { addMonths, firstDayOf, type Day, type YearMonth } from "./calendar";
import { valueError } from "./errors";
import { roundFen, ZERO } from "./money";
import type { LateFeeRegime, ParameterSet } from "./params/parameterSet";

/**
 * Returns the number of late days of a fee month declared on `declarationDay`, never below 0.
 *
 * @example fee month 2011-07 declared 2011-10-10 runs 2011-09-01 … 2011-10-09: 39 days.
 */
export function lateDays(params: ParameterSet, feeMonth: YearMonth, declarationDay: Day): number {
  return lateDaysUnder(params.lateFeeRegime(feeMonth), feeMonth, declarationDay);
}

function lateDaysUnder(regime: LateFeeRegime, feeMonth: YearMonth, declarationDay: Day): number {
  if (regime.startOffsetMonths === null) return 0;
  const start = firstDayOf(addMonths(feeMonth, regime.startOffsetMonths));
  return Math.max(0, declarationDay - start);
}

/**
 * Returns the late fee on `arrears` yuan, rounded half up to the fen. Negative arrears are a #VALUE! error.
 *
 * @example 1000 yuan of fee month 2011-07 declared 2011-10-10: 1000 × 0.0005 × 39 = 19.50.
 */
export function lateFee(params: ParameterSet, arrears: Decimal, feeMonth: YearMonth, declarationDay: Day): Decimal {
  if (arrears.isNegative() && !arrears.isZero()) throw valueError("lateFee.negativeAmount", { value: arrears.toString() });
  const regime = params.lateFeeRegime(feeMonth);
  if (regime.startOffsetMonths === null) return ZERO;
  const days = lateDaysUnder(regime, feeMonth, declarationDay);
  return roundFen(arrears.times(regime.dailyRate).times(days));
}
