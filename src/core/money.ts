// Money in yuan as decimal.js values. Every amount is rounded half up to the fen (0.01 yuan), half away from zero
// for negative amounts (四舍五入到分), per fee month, insurance and party; binary floats never carry money.

import Decimal from "decimal.js";

/** The project's one Decimal constructor: 40 significant digits, ROUND_HALF_UP (away from zero on a tie). */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

export const ZERO: Decimal = new Money(0);

export function yuan(value: Decimal.Value): Decimal {
  return new Money(value);
}

/** Rounds to 0.01 yuan, half away from zero. */
export function roundFen(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Rounds to whole yuan, half away from zero (how Beijing derived limits from average wages). */
export function roundYuan(value: Decimal): Decimal {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/**
 * Returns the number Excel receives for an amount. A value rounded to the fen converts exactly to the
 * nearest double, which is what Excel itself stores for the same typed amount.
 */
export function toCellNumber(value: Decimal): number {
  return value.toNumber();
}
