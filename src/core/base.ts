// Contribution base (缴费基数): the contribution wage clamped to the lower and upper limits of the limit period
// that contains the fee month, per insurance (limits differed by insurance until the 2021-07 year) and, in
// 2007–2009, with a lower limit of their own for rural workers.

import Decimal from "decimal.js";
import type { YearMonth } from "./calendar";
import { Money, roundFen, toCellNumber } from "./money";
import type { BaseLimits, ParameterSet } from "./params/parameterSet";
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
  return clampToLimits(wage, params.limits(feeMonth, insurance, hukou));
}

/** Returns the wage clamped to limits already looked up, rounded to the fen. */
export function clampToLimits(wage: Decimal, limits: BaseLimits): Decimal {
  if (wage.lessThan(limits.lower)) return limits.lower;
  if (wage.greaterThan(limits.upper)) return limits.upper;
  return roundFen(wage);
}

/** The limits as the numbers Excel receives, or null when a comparison on numbers could disagree (see below). */
const cellLimitsCache = new WeakMap<BaseLimits, { lower: number; upper: number } | null>();

/**
 * Returns what `toCellNumber(clampToLimits(new Money(wage), limits))` returns, for a number wage from a cell,
 * mostly without Decimal arithmetic. The Decimal of a number is its shortest round-trip decimal, so comparing
 * the wage with a limit as numbers gives the same answer as comparing the Decimals whenever the limit is the
 * shortest round-trip decimal of its own number (6326 is, a limit with 18 significant digits is not). Limits
 * that are not take the Decimal path.
 */
export function clampWageNumberToLimits(wage: number, limits: BaseLimits): number {
  let cellLimits = cellLimitsCache.get(limits);
  if (cellLimits === undefined) {
    cellLimits = numbersOf(limits);
    cellLimitsCache.set(limits, cellLimits);
  }

  if (cellLimits !== null && Number.isFinite(wage)) {
    if (wage < cellLimits.lower) return cellLimits.lower;
    if (wage > cellLimits.upper) return cellLimits.upper;
    // A whole number below 2^53 keeps its value through rounding to the fen and the conversion back.
    if (Number.isInteger(wage) && Math.abs(wage) <= Number.MAX_SAFE_INTEGER) return wage;
  }
  return toCellNumber(clampToLimits(new Money(wage), limits));
}

function numbersOf(limits: BaseLimits): { lower: number; upper: number } | null {
  const lower = toCellNumber(limits.lower);
  const upper = toCellNumber(limits.upper);
  const exact = (value: number, limit: Decimal) => Number.isFinite(value) && new Money(value).equals(limit);
  return exact(lower, limits.lower) && exact(upper, limits.upper) ? { lower, upper } : null;
}
