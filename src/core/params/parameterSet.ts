// Look-ups over the parameter tables by fee month. A ParameterSet is immutable: `withOverrides` returns a new one
// whose rows replace the built-in rows with the same key, which is how a workbook's 参数 sheet takes effect.

import Decimal from "decimal.js";
import { ref } from "../../i18n";
import { addMonths, formatYearMonth, yearMonth, type YearMonth } from "../calendar";
import { notAvailableError } from "../errors";
import { Money } from "../money";
import { beijingTables } from "./beijing";
import {
  isRural,
  type AverageWageRow,
  type BaseLimitRow,
  type CoefficientSeriesRow,
  type HukouType,
  type Insurance,
  type LateFeeRegimeRow,
  type LimitPeriodRow,
  type ParameterTables,
  type Party,
  type RateComponent,
  type RateRow,
  type ReliefRow,
  type WageSeries,
  INSURANCES,
} from "./types";

/** The months the look-up arrays cover; no Beijing figure exists outside them. */
const FIRST_MONTH = yearMonth(1990, 1);
const LAST_MONTH = yearMonth(2099, 12);

export interface LimitPeriod {
  id: string;
  start: YearMonth;
  end: YearMonth;
  row: LimitPeriodRow;
}

export interface BaseLimits {
  lower: Decimal;
  upper: Decimal;
  period: LimitPeriod;
  row: BaseLimitRow;
}

export interface LateFeeRegime {
  startOffsetMonths: number | null;
  dailyRate: Decimal;
  row: LateFeeRegimeRow;
}

type Keyed<T> = (row: T) => string;

const tableKeys: { [K in keyof ParameterTables]: Keyed<ParameterTables[K][number]> } = {
  limitPeriods: (row) => row.id,
  baseLimits: (row) => `${row.period}|${row.insurance}|${row.ruralOnly ? "rural" : "all"}`,
  averageWages: (row) => `${row.year}|${row.series}`,
  coefficientSeries: (row) => String(row.fromYear),
  coefficientScope: () => "scope",
  lateFeeRegimes: (row) => String(row.from),
  insuranceStarts: (row) => row.insurance,
  retirementSchedule: (row) => row.group,
  rates: (row) =>
    `${row.insurance}|${row.party}|${row.component}|${row.hukouTypes ? [...row.hukouTypes].sort().join("+") : "all"}|${row.from}`,
  reliefs: (row) => row.id,
};

function mergeRows<T>(base: T[], overrides: T[] | undefined, key: Keyed<T>): T[] {
  if (!overrides || overrides.length === 0) return base;
  const merged = new Map<string, T>();
  for (const row of base) merged.set(key(row), row);
  for (const row of overrides) merged.set(key(row), row);
  return [...merged.values()];
}

export class ParameterSet {
  readonly tables: ParameterTables;
  private readonly periods: LimitPeriod[];
  private readonly periodByMonth: Int32Array;
  /** Per insurance, the index into `limitsByPeriod` of each month, for all hukou types and for rural workers. */
  private readonly limitByMonth = new Map<string, Array<BaseLimits | undefined>>();
  private readonly wageByYear = new Map<string, AverageWageRow>();

  constructor(tables: ParameterTables) {
    this.tables = tables;
    this.periods = resolvePeriods(tables.limitPeriods);
    this.periodByMonth = new Int32Array(LAST_MONTH - FIRST_MONTH + 1).fill(-1);
    this.periods.forEach((period, index) => {
      const from = Math.max(period.start, FIRST_MONTH);
      const to = Math.min(period.end, LAST_MONTH);
      for (let month = from; month <= to; month++) this.periodByMonth[month - FIRST_MONTH] = index;
    });

    for (const insurance of INSURANCES) {
      for (const rural of [false, true]) {
        this.limitByMonth.set(`${insurance}|${rural}`, this.buildLimitIndex(insurance, rural));
      }
    }
    for (const row of tables.averageWages) this.wageByYear.set(`${row.year}|${row.series}`, row);
  }

  /** Returns a new set in which the given rows replace the rows with the same key and add the others. */
  withOverrides(overrides: Partial<ParameterTables>): ParameterSet {
    const tables = { ...this.tables };
    for (const name of Object.keys(tableKeys) as Array<keyof ParameterTables>) {
      const key = tableKeys[name] as Keyed<unknown>;
      (tables as Record<string, unknown[]>)[name] = mergeRows(
        this.tables[name] as unknown[],
        overrides[name] as unknown[] | undefined,
        key,
      );
    }
    return new ParameterSet(tables);
  }

  private buildLimitIndex(insurance: Insurance, rural: boolean): Array<BaseLimits | undefined> {
    const byPeriod = new Map<string, BaseLimitRow>();
    for (const row of this.tables.baseLimits) {
      if (row.insurance !== insurance) continue;
      if (row.ruralOnly && !rural) continue;
      const existing = byPeriod.get(row.period);
      if (!existing || (row.ruralOnly && !existing.ruralOnly)) byPeriod.set(row.period, row);
    }

    const resolved = this.periods.map((period) => {
      const row = byPeriod.get(period.id);
      if (!row) return undefined;
      return { lower: new Money(row.lower), upper: new Money(row.upper), period, row };
    });

    const index = new Array<BaseLimits | undefined>(this.periodByMonth.length);
    for (let i = 0; i < this.periodByMonth.length; i++) {
      const period = this.periodByMonth[i];
      index[i] = period < 0 ? undefined : resolved[period];
    }
    return index;
  }

  /** The limit period containing a fee month, or undefined when no period covers it. */
  periodOf(month: YearMonth): LimitPeriod | undefined {
    if (month < FIRST_MONTH || month > LAST_MONTH) return undefined;
    const index = this.periodByMonth[month - FIRST_MONTH];
    return index < 0 ? undefined : this.periods[index];
  }

  allPeriods(): readonly LimitPeriod[] {
    return this.periods;
  }

  /**
   * Returns the base limits of a fee month for an insurance and hukou type.
   * Throws a notAvailable BujiaoError (#N/A) naming the month when no row covers it.
   */
  limits(month: YearMonth, insurance: Insurance = "pension", hukou: HukouType = "localUrban"): BaseLimits {
    const start = this.insuranceStart(insurance);
    if (start !== undefined && month < start) {
      throw notAvailableError("param.insuranceNotYet", {
        insurance: ref(`insurance.${insurance}`),
        from: formatYearMonth(start),
        month: formatYearMonth(month),
      });
    }
    const found =
      month >= FIRST_MONTH && month <= LAST_MONTH
        ? this.limitByMonth.get(`${insurance}|${isRural(hukou)}`)![month - FIRST_MONTH]
        : undefined;
    if (!found) {
      throw notAvailableError("param.noLimitRow", { month: formatYearMonth(month), insurance: ref(`insurance.${insurance}`) });
    }
    return found;
  }

  insuranceStart(insurance: Insurance): YearMonth | undefined {
    return this.tables.insuranceStarts.find((row) => row.insurance === insurance)?.start;
  }

  averageWageRow(year: number, series: WageSeries): AverageWageRow | undefined {
    return this.wageByYear.get(`${year}|${series}`);
  }

  /** The series W(year) means in the amplification coefficient. */
  coefficientSeries(year: number): CoefficientSeriesRow | undefined {
    return this.tables.coefficientSeries
      .filter((row) => row.fromYear <= year && (row.toYear === undefined || year <= row.toYear))
      .sort((a, b) => b.fromYear - a.fromYear)[0];
  }

  /** The first fee month that is no longer back-paid with the amplification coefficient (2011-07). */
  coefficientScopeEnd(): YearMonth {
    return this.tables.coefficientScope[0].before;
  }

  /**
   * Returns the rate rows in force for a fee month, insurance, party and hukou type: one row per component
   * (basic, majorMedical). Among the rows of a component that cover the month, a row limited to hukou types
   * beats a row for every hukou type, then the latest `from` wins. Throws #N/A when no row covers the month.
   */
  rateRows(month: YearMonth, insurance: Insurance, party: Party, hukou: HukouType = "localUrban"): RateRow[] {
    const winners = new Map<RateComponent, RateRow>();
    for (const row of this.tables.rates) {
      if (row.insurance !== insurance || row.party !== party) continue;
      if (!covers(row.from, row.to, month)) continue;
      if (row.hukouTypes && !row.hukouTypes.includes(hukou)) continue;
      const current = winners.get(row.component);
      if (!current || ratePrecedes(row, current)) winners.set(row.component, row);
    }
    if (winners.size === 0) {
      throw notAvailableError("param.noRateRow", {
        month: formatYearMonth(month),
        insurance: ref(`insurance.${insurance}`),
        party: ref(`party.${party}`),
      });
    }
    return [...winners.values()];
  }

  /** Returns the relief rows of an insurance and party that cover a fee month, for every unit size. */
  reliefRows(month: YearMonth, insurance: Insurance, party: Party): ReliefRow[] {
    return this.tables.reliefs.filter(
      (row) => row.insurance === insurance && row.party === party && covers(row.from, row.to, month),
    );
  }

  /** Returns the late-fee rule of a fee month; throws #N/A when no row covers it. */
  lateFeeRegime(month: YearMonth): LateFeeRegime {
    const row = this.tables.lateFeeRegimes
      .filter((candidate) => candidate.from <= month && (candidate.to === undefined || month <= candidate.to))
      .sort((a, b) => b.from - a.from)[0];
    if (!row) throw notAvailableError("param.noLateFeeRegime", { month: formatYearMonth(month) });
    return { startOffsetMonths: row.startOffsetMonths, dailyRate: new Money(row.dailyRate), row };
  }
}

function covers(from: YearMonth, to: YearMonth | undefined, month: YearMonth): boolean {
  return from <= month && (to === undefined || month <= to);
}

/** True when `row` takes precedence over `current` for the same component: hukou-limited first, then later start. */
function ratePrecedes(row: RateRow, current: RateRow): boolean {
  const limited = row.hukouTypes !== undefined;
  const currentLimited = current.hukouTypes !== undefined;
  if (limited !== currentLimited) return limited;
  return row.from > current.from;
}

/** Orders the periods by start and gives each its end: its own explicit end or the month before the next start. */
function resolvePeriods(rows: LimitPeriodRow[]): LimitPeriod[] {
  const sorted = [...rows].sort((a, b) => a.start - b.start);
  return sorted.map((row, index) => {
    const next = sorted[index + 1];
    const beforeNext = next ? addMonths(next.start, -1) : undefined;
    let end = row.end ?? beforeNext ?? row.start;
    if (beforeNext !== undefined && end > beforeNext) end = beforeNext;
    return { id: row.id, start: row.start, end, row };
  });
}

export const beijingParameters = new ParameterSet(beijingTables);
