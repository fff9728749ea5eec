// Parameter tables: every published figure the calculations use, as dated rows with a source and a confidence
// mark. A workbook's 参数 sheet adds or replaces rows by their key; nothing here is written into logic.

import type { YearMonth } from "../calendar";

export type Insurance = "pension" | "unemployment" | "workInjury" | "medical" | "maternity";
export const INSURANCES: readonly Insurance[] = ["pension", "unemployment", "workInjury", "medical", "maternity"];

export type HukouType = "localUrban" | "nonlocalUrban" | "localRural" | "nonlocalRural";
export const HUKOU_TYPES: readonly HukouType[] = ["localUrban", "nonlocalUrban", "localRural", "nonlocalRural"];

export function isRural(hukou: HukouType): boolean {
  return hukou === "localRural" || hukou === "nonlocalRural";
}

/** V: official text (also through a repost or archive); S: secondary source; U: uncertain or inferred. */
export type Confidence = "V" | "S" | "U";

export interface Provenance {
  /** The notice's name and number, or the secondary source, in Chinese. */
  source: string;
  confidence: Confidence;
  /** What is uncertain or derived about the row, in Chinese, shown to users beside the value. */
  note?: string;
  /** Where the row came from: the built-in tables or a cell of the workbook's 参数 sheet, e.g. `参数!A12`. */
  origin?: string;
}

/**
 * A limit period (缴费年度 or a part of one): the months one set of base limits applies to. A period ends the
 * month before the next period starts; the last period carries an explicit end.
 */
export interface LimitPeriodRow extends Provenance {
  id: string;
  start: YearMonth;
  end?: YearMonth;
}

/** Lower and upper contribution-base limits of one period and insurance, in yuan per month. */
export interface BaseLimitRow extends Provenance {
  period: string;
  insurance: Insurance;
  /** Rural workers (农民合同制工人) had their own lower limit in 2007–2009; absent means every hukou type. */
  ruralOnly?: boolean;
  lower: string;
  upper: string;
  /** The calendar year whose average wage the limits were derived from. */
  wageYear?: number;
}

export type WageSeries = "old" | "full";

/** An annual average wage (社平工资) in yuan per year. */
export interface AverageWageRow extends Provenance {
  year: number;
  series: WageSeries;
  annual: string;
}

/** Which series W(year) means in the amplification coefficient for the years `fromYear` … `toYear`. */
export interface CoefficientSeriesRow extends Provenance {
  fromYear: number;
  toYear?: number;
  series: WageSeries;
}

/**
 * How late fees run for fee months `from` … `to`: from the 1st day of the fee month plus `startOffsetMonths`,
 * at `dailyRate` a day, up to the day before the declaration. A null offset means no late fee for those months.
 */
export interface LateFeeRegimeRow extends Provenance {
  from: YearMonth;
  to?: YearMonth;
  startOffsetMonths: number | null;
  dailyRate: string;
}

/** The first fee month an insurance was contributed to; earlier months owe nothing for it. */
export interface InsuranceStartRow extends Provenance {
  insurance: Insurance;
  start: YearMonth;
}

/** The fee months before which pension is back-paid with the amplification coefficient (and no late fee). */
export interface CoefficientScopeRow extends Provenance {
  before: YearMonth;
}

export interface ParameterTables {
  limitPeriods: LimitPeriodRow[];
  baseLimits: BaseLimitRow[];
  averageWages: AverageWageRow[];
  coefficientSeries: CoefficientSeriesRow[];
  coefficientScope: CoefficientScopeRow[];
  lateFeeRegimes: LateFeeRegimeRow[];
  insuranceStarts: InsuranceStartRow[];
}
