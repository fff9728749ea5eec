// Contribution wage (缴费工资) from a person's monthly payroll, 京劳社养发〔2007〕29号 第四条. A new hire's
// first month's wage in this unit is the base for every month of that year. From the second year on, the base
// is the average monthly wage this unit actually paid in the previous year.
//
// As implemented: for a fee month in contribution year Y the contribution wage is the monthly average of the
// wages this unit paid in calendar year Y − 1 over the full months worked, leaving out a partial first month (a
// hire date other than the 1st). Until the first contribution year whose previous calendar year holds such
// wages, it is the wage of the first full month (首个全月). Contribution years are the limit periods.

import Decimal from "decimal.js";
import {
  addMonths,
  formatDay,
  formatYearMonth,
  partsOfDay,
  yearMonthOfDay,
  yearOf,
  type Day,
  type YearMonth,
} from "./calendar";
import { notAvailableError, valueError } from "./errors";
import { Money, roundFen } from "./money";
import type { LimitPeriod, ParameterSet } from "./params/parameterSet";
import { isBlank, parseAmount, parseFeeMonth, type CellValue } from "./parse";

/** One month of a person's payroll in this unit. */
export interface PayrollEntry {
  month: YearMonth;
  /** The wage paid for the month, in yuan. */
  wage: Decimal;
}

export interface ContributionWage {
  /** The contribution wage in yuan, rounded half up to the fen. */
  wage: Decimal;
  /** firstFullMonth: the wage of the first full month; previousYearAverage: the average of `wageYear`. */
  basis: "firstFullMonth" | "previousYearAverage";
  /** The contribution year (named by the calendar year it starts in) that contains the fee month. */
  contributionYear: number;
  /** The calendar year whose wages were averaged (only for previousYearAverage). */
  wageYear?: number;
  /** The payroll months the wage was taken from. */
  months: YearMonth[];
}

/**
 * Returns the contribution wage of a fee month from the payroll of a person hired on `hireDay`.
 * Throws #VALUE! when the fee month precedes the hire month or the payroll lacks the wages the rule needs, and
 * #N/A when no limit period covers the fee month.
 *
 * @example hired 2023-03-15 with wages 2023-04..2023-12: the 2023-04 wage for fee months 2023-03..2024-06, and
 * the 2023-04..2023-12 average from 2024-07.
 */
export function contributionWage(
  params: ParameterSet,
  payroll: readonly PayrollEntry[],
  hireDay: Day,
  feeMonth: YearMonth,
): ContributionWage {
  const hireMonth = yearMonthOfDay(hireDay);
  const firstFullMonth = partsOfDay(hireDay).day === 1 ? hireMonth : addMonths(hireMonth, 1);
  if (feeMonth < hireMonth) {
    throw valueError("wageBase.beforeHire", { month: formatYearMonth(feeMonth), hireDate: formatDay(hireDay) });
  }
  const early = payroll.find((entry) => entry.month < hireMonth);
  if (early) {
    throw valueError("wageBase.wageBeforeHire", { month: formatYearMonth(early.month), hireDate: formatDay(hireDay) });
  }

  const period = params.periodOf(feeMonth);
  if (!period) throw notAvailableError("wageBase.noPeriod", { month: formatYearMonth(feeMonth) });
  const contributionYear = contributionYearOf(period);
  const wageYear = contributionYear - 1;

  if (wageYear < yearOf(firstFullMonth)) {
    const first = payroll.find((entry) => entry.month === firstFullMonth);
    if (!first) throw valueError("wageBase.noFirstMonthWage", { month: formatYearMonth(firstFullMonth) });
    return { wage: roundFen(first.wage), basis: "firstFullMonth", contributionYear, months: [firstFullMonth] };
  }

  const worked = payroll.filter((entry) => entry.month >= firstFullMonth && yearOf(entry.month) === wageYear);
  if (worked.length === 0) {
    throw valueError("wageBase.noYearWages", { year: wageYear, month: formatYearMonth(feeMonth) });
  }
  const total = worked.reduce((sum, entry) => sum.plus(entry.wage), new Money(0));
  return {
    wage: roundFen(total.dividedBy(worked.length)),
    basis: "previousYearAverage",
    contributionYear,
    wageYear,
    months: worked.map((entry) => entry.month),
  };
}

/**
 * Returns the contribution year a limit period belongs to: the year its id begins with (the built-in ids
 * "1996-2" and "2002-2" name parts of the 1996 and 2002 years), else the year the period starts in.
 */
export function contributionYearOf(period: LimitPeriod): number {
  const named = /^(\d{4})(?:$|-)/.exec(period.id);
  return named ? Number(named[1]) : yearOf(period.start);
}

/**
 * Reads a payroll from two ranges of the same number of cells, taken in reading order: wages and their months.
 * A position whose wage is blank is skipped, because no wage was paid that month. A wage without a month, or a
 * month listed twice, is a #VALUE! error.
 */
export function readPayroll(wages: readonly CellValue[], months: readonly CellValue[]): PayrollEntry[] {
  if (wages.length !== months.length) {
    throw valueError("wageBase.rangeSize", { wages: wages.length, months: months.length });
  }

  const entries: PayrollEntry[] = [];
  const seen = new Set<YearMonth>();
  for (let index = 0; index < wages.length; index++) {
    if (isBlank(wages[index])) continue;
    if (isBlank(months[index])) throw valueError("wageBase.monthMissing", { position: index + 1, wage: String(wages[index]) });

    const month = parseFeeMonth(months[index], "field.wageMonth");
    if (seen.has(month)) throw valueError("wageBase.duplicateMonth", { month: formatYearMonth(month) });
    seen.add(month);
    entries.push({ month, wage: parseAmount(wages[index], "field.paidWage") });
  }
  return entries.sort((a, b) => a.month - b.month);
}
