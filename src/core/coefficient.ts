// Amplification coefficient (放大系数) for pension fee months before 2011-07, 京劳社养发〔2007〕21号 第六条: the
// back-pay base of a back-paid year is the contribution base times W(handling year − 1) / W(back-paid year − 1),
// where W is Beijing's annual average wage. Years are calendar years (fee month 2005-02 uses the 2004 wage).
// Later fee months have coefficient 1 and pay late fees instead.

import Decimal from "decimal.js";
import { ref, type MessageKey, type MessageParams } from "../i18n";
import { partsOfDay, yearOf, type Day, type YearMonth } from "./calendar";
import { notAvailableError } from "./errors";
import { Money } from "./money";
import type { ParameterSet } from "./params/parameterSet";
import type { AverageWageRow } from "./params/types";

export interface Warning {
  key: MessageKey;
  params: MessageParams;
}

export interface CoefficientResult {
  /** The ratio at full precision; it is not rounded (the back-pay base it scales is). */
  value: Decimal;
  numerator?: AverageWageRow;
  denominator?: AverageWageRow;
  /** Set when the handling year's wage is not in the tables yet and an earlier year stood in for it. */
  warnings: Warning[];
}

const ONE = new Money(1);

/**
 * Returns the amplification coefficient of a pension fee month declared on `handlingDay`.
 *
 * @example fee month 2005-02 handled 2026-12-04: W(2025) / W(2004) = 145391 / 28348 ≈ 5.1288.
 */
export function amplificationCoefficient(params: ParameterSet, feeMonth: YearMonth, handlingDay: Day): CoefficientResult {
  if (feeMonth >= params.coefficientScopeEnd()) return { value: ONE, warnings: [] };

  const denominator = wageFor(params, yearOf(feeMonth) - 1);
  if (!denominator) throw noWage(params, yearOf(feeMonth) - 1);

  const warnings: Warning[] = [];
  const wantedYear = partsOfDay(handlingDay).year - 1;
  let numerator = wageFor(params, wantedYear);
  if (!numerator) {
    numerator = newestWageBefore(params, wantedYear);
    if (!numerator) throw noWage(params, wantedYear);
    warnings.push({ key: "param.coeffWageFallback", params: { year: wantedYear, used: numerator.year } });
  }

  const value = new Money(numerator.annual).dividedBy(denominator.annual);
  return { value, numerator, denominator, warnings };
}

function wageFor(params: ParameterSet, year: number): AverageWageRow | undefined {
  const series = params.coefficientSeries(year);
  if (!series) throw notAvailableError("param.noCoeffSeries", { year });
  return params.averageWageRow(year, series.series);
}

function newestWageBefore(params: ParameterSet, year: number): AverageWageRow | undefined {
  for (let candidate = year - 1; candidate >= year - 10; candidate--) {
    const series = params.coefficientSeries(candidate);
    const row = series && params.averageWageRow(candidate, series.series);
    if (row) return row;
  }
  return undefined;
}

function noWage(params: ParameterSet, year: number) {
  const series = params.coefficientSeries(year)?.series ?? "old";
  return notAvailableError("param.noAverageWage", { year, series: ref(`series.${series}`) });
}
