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
  HUKOU_TYPES,
  INSURANCES,
  PARTIES,
} from "./types";

/** The months the look-up arrays cover; no Beijing figure exists outside them. */
const FIRST_MONTH = yearMonth(1990, 1);
const LAST_MONTH = yearMonth(2099, 12);
const MONTH_COUNT = LAST_MONTH - FIRST_MONTH + 1;

/** Position of each insurance, party and hukou type in the per-month caches; undefined for any other text. */
const INSURANCE_INDEX = indexOf(INSURANCES);
const PARTY_INDEX = indexOf(PARTIES);
const HUKOU_INDEX = indexOf(HUKOU_TYPES);

function indexOf<T extends string>(values: readonly T[]): Partial<Record<string, number>> {
  const index: Partial<Record<string, number>> = {};
  values.forEach((value, position) => (index[value] = position));
  return index;
}

/** The month's position in the per-month arrays, or -1 outside FIRST_MONTH … LAST_MONTH. */
function monthIndex(month: YearMonth): number {
  return month >= FIRST_MONTH && month <= LAST_MONTH ? month - FIRST_MONTH : -1;
}

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

/** A cached look-up result; `null` records that no row covers the month, so the look-up throws again. */
type Cached<T> = T | null | undefined;

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

// The look-ups that a formula makes on every call read arrays indexed by fee month. The limit indexes are built
// in the constructor. The late-fee regimes, rate rows and relief rows are resolved the first time a month is
// asked for and kept, and each decimal string of a row becomes a Decimal once, on first use, so an unreadable
// row of a workbook's 参数 sheet fails only the look-ups that reach it, as it did before these caches. The caches
// never change what a look-up returns, so the set stays immutable to its users.
export class ParameterSet {
  readonly tables: ParameterTables;
  private readonly periods: LimitPeriod[];
  private readonly periodByMonth: Int32Array;
  /** Limits by month, per insurance for all hukou types (index 2 × insurance) and for rural workers (+ 1). */
  private readonly limitByMonth: Array<Array<BaseLimits | undefined>> = [];
  private readonly startByInsurance = new Map<Insurance, YearMonth>();
  private readonly wageByYear = new Map<string, AverageWageRow>();
  private readonly decimals = new Map<string, Decimal>();
  private readonly regimeByMonth: Array<Cached<LateFeeRegime>> = new Array(MONTH_COUNT);
  /** Rate rows by month, per insurance, party and hukou type (see `rateKey`). */
  private readonly ratesByMonth: Array<Array<Cached<readonly RateRow[]>>> = [];
  /** Relief rows by month, per insurance and party (see `reliefKey`). */
  private readonly reliefsByMonth: Array<Array<readonly ReliefRow[] | undefined>> = [];

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
        this.limitByMonth[limitKey(insurance, rural)] = this.buildLimitIndex(insurance, rural);
      }
    }
    for (const row of tables.insuranceStarts) {
      if (!this.startByInsurance.has(row.insurance)) this.startByInsurance.set(row.insurance, row.start);
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

  /** Returns the limit period containing a fee month, or undefined when no period covers it. */
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
    const position = monthIndex(month);
    const found = position < 0 ? undefined : this.limitByMonth[limitKey(insurance, isRural(hukou))]![position];
    if (!found) {
      throw notAvailableError("param.noLimitRow", { month: formatYearMonth(month), insurance: ref(`insurance.${insurance}`) });
    }
    return found;
  }

  /** The first fee month of an insurance: the first row for it in the insurance start table. */
  insuranceStart(insurance: Insurance): YearMonth | undefined {
    return this.startByInsurance.get(insurance);
  }

  /** Returns the Decimal of a decimal string from a parameter row, built once per set. */
  decimal(text: string): Decimal {
    let value = this.decimals.get(text);
    if (value === undefined) {
      value = new Money(text);
      this.decimals.set(text, value);
    }
    return value;
  }

  averageWageRow(year: number, series: WageSeries): AverageWageRow | undefined {
    return this.wageByYear.get(`${year}|${series}`);
  }

  /** Returns the average-wage series that W(year) stands for in the amplification coefficient. */
  coefficientSeries(year: number): CoefficientSeriesRow | undefined {
    return this.tables.coefficientSeries
      .filter((row) => row.fromYear <= year && (row.toYear === undefined || year <= row.toYear))
      .sort((a, b) => b.fromYear - a.fromYear)[0];
  }

  /** Returns the first fee month that is no longer back-paid with the amplification coefficient (2011-07). */
  coefficientScopeEnd(): YearMonth {
    return this.tables.coefficientScope[0].before;
  }

  /**
   * Returns the rate rows in force for a fee month, insurance, party and hukou type: one row per component
   * (basic, majorMedical). Among the rows of a component that cover the month, a row limited to hukou types
   * beats a row for every hukou type, then the latest `from` wins. Throws #N/A when no row covers the month.
   */
  rateRows(month: YearMonth, insurance: Insurance, party: Party, hukou: HukouType = "localUrban"): RateRow[] {
    return [...this.rateRowsInForce(month, insurance, party, hukou)];
  }

  /** Like `rateRows`, but returns the cached array itself, which the caller must not change. */
  rateRowsInForce(month: YearMonth, insurance: Insurance, party: Party, hukou: HukouType = "localUrban"): readonly RateRow[] {
    const key = rateKey(insurance, party, hukou);
    const position = monthIndex(month);
    if (key === undefined || position < 0) return this.resolveRateRows(month, insurance, party, hukou) ?? this.throwNoRate(month, insurance, party);

    const byMonth = (this.ratesByMonth[key] ??= new Array(MONTH_COUNT));
    let rows = byMonth[position];
    if (rows === undefined) {
      rows = this.resolveRateRows(month, insurance, party, hukou);
      byMonth[position] = rows;
    }
    return rows ?? this.throwNoRate(month, insurance, party);
  }

  private resolveRateRows(month: YearMonth, insurance: Insurance, party: Party, hukou: HukouType): RateRow[] | null {
    const winners = new Map<RateComponent, RateRow>();
    for (const row of this.tables.rates) {
      if (row.insurance !== insurance || row.party !== party) continue;
      if (!covers(row.from, row.to, month)) continue;
      if (row.hukouTypes && !row.hukouTypes.includes(hukou)) continue;
      const current = winners.get(row.component);
      if (!current || ratePrecedes(row, current)) winners.set(row.component, row);
    }
    return winners.size === 0 ? null : Object.freeze([...winners.values()]) as RateRow[];
  }

  private throwNoRate(month: YearMonth, insurance: Insurance, party: Party): never {
    throw notAvailableError("param.noRateRow", {
      month: formatYearMonth(month),
      insurance: ref(`insurance.${insurance}`),
      party: ref(`party.${party}`),
    });
  }

  /** Returns the relief rows of an insurance and party that cover a fee month, for every unit size. */
  reliefRows(month: YearMonth, insurance: Insurance, party: Party): ReliefRow[] {
    return [...this.reliefRowsInForce(month, insurance, party)];
  }

  /** Like `reliefRows`, but returns the cached array itself, which the caller must not change. */
  reliefRowsInForce(month: YearMonth, insurance: Insurance, party: Party): readonly ReliefRow[] {
    const key = reliefKey(insurance, party);
    const position = monthIndex(month);
    if (key === undefined || position < 0) return this.resolveReliefRows(month, insurance, party);

    const byMonth = (this.reliefsByMonth[key] ??= new Array(MONTH_COUNT));
    let rows = byMonth[position];
    if (rows === undefined) {
      rows = this.resolveReliefRows(month, insurance, party);
      byMonth[position] = rows;
    }
    return rows;
  }

  private resolveReliefRows(month: YearMonth, insurance: Insurance, party: Party): readonly ReliefRow[] {
    return Object.freeze(
      this.tables.reliefs.filter((row) => row.insurance === insurance && row.party === party && covers(row.from, row.to, month)),
    );
  }

  /**
   * Returns the late-fee rule of a fee month; throws #N/A when no row covers it. Among the rows that cover the
   * month, the latest `from` wins. The result is shared between calls and frozen.
   */
  lateFeeRegime(month: YearMonth): LateFeeRegime {
    const position = monthIndex(month);
    if (position < 0) return this.resolveLateFeeRegime(month) ?? this.throwNoRegime(month);

    let regime = this.regimeByMonth[position];
    if (regime === undefined) {
      regime = this.resolveLateFeeRegime(month);
      this.regimeByMonth[position] = regime;
    }
    return regime ?? this.throwNoRegime(month);
  }

  private resolveLateFeeRegime(month: YearMonth): LateFeeRegime | null {
    const row = this.tables.lateFeeRegimes
      .filter((candidate) => candidate.from <= month && (candidate.to === undefined || month <= candidate.to))
      .sort((a, b) => b.from - a.from)[0];
    if (!row) return null;
    return Object.freeze({ startOffsetMonths: row.startOffsetMonths, dailyRate: this.decimal(row.dailyRate), row });
  }

  private throwNoRegime(month: YearMonth): never {
    throw notAvailableError("param.noLateFeeRegime", { month: formatYearMonth(month) });
  }
}

function limitKey(insurance: Insurance, rural: boolean): number {
  return 2 * (INSURANCE_INDEX[insurance] ?? -1) + (rural ? 1 : 0);
}

function rateKey(insurance: Insurance, party: Party, hukou: HukouType): number | undefined {
  const insuranceIndex = INSURANCE_INDEX[insurance];
  const partyIndex = PARTY_INDEX[party];
  const hukouIndex = HUKOU_INDEX[hukou];
  if (insuranceIndex === undefined || partyIndex === undefined || hukouIndex === undefined) return undefined;
  return (insuranceIndex * PARTIES.length + partyIndex) * HUKOU_TYPES.length + hukouIndex;
}

function reliefKey(insurance: Insurance, party: Party): number | undefined {
  const insuranceIndex = INSURANCE_INDEX[insurance];
  const partyIndex = PARTY_INDEX[party];
  if (insuranceIndex === undefined || partyIndex === undefined) return undefined;
  return insuranceIndex * PARTIES.length + partyIndex;
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
