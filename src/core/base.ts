// Contribution base (缴费基数): the contribution wage clamped to the lower and upper limits of the limit period
// that contains the fee month, per insurance (limits differed by insurance until the 2021-07 year) and, in
// 2007–2009, with a lower limit of their own for rural workers.

import Decimal from "decimal.js";
import type { YearMonth } from "./calendar";
import { roundFen } from "./money";
import type { ParameterSet } from "./params/parameterSet";
import type { HukouType, Insurance } from "./params/types";

/**
 * Returns the contribution base in yuan, rounded to the fen. A wage of 0 gives the lower limit.
 * Throws #N/A (BujiaoError "notAvailable") when no limit row covers the fee month.
 *
 * @example contributionBase(params, yuan(3000), yearMonth(2023, 8)) is 6326, the 2023-07..2024-06 lower limit.
 */
export function contributionBase(
  params: ParameterSet,
  wage: Decimal,
  feeMonth: YearMonth,
  insurance: Insurance = "pension",
  hukou: HukouType = "localUrban",
): Decimal {
  const { lower, upper } = params.limits(feeMonth, insurance, hukou);
  if (wage.lessThan(lower)) return lower;
  if (wage.greaterThan(upper)) return upper;
  return roundFen(wage);
}
