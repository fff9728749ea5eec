// Parameter tables: every published figure the calculations use, as dated rows with a source and a confidence
// mark. A workbook's 参数 sheet adds or replaces rows by their key; nothing here is written into logic.

import type { YearMonth } from "../calendar";
import type { RetirementScheduleRow } from "./retirement";

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
  /** The uncertain or derived part of the row, in Chinese, shown to users beside the value. */
  note?: string;
  /** The row's origin: the built-in tables or a cell of the workbook's 参数 sheet, e.g. `参数!A12`. */
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

/** The series that W(year) stands for in the amplification coefficient for the years `fromYear` … `toYear`. */
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

/** The party that owes a share of a contribution: the unit (单位) or the insured person (个人). */
export type Party = "employer" | "individual";
export const PARTIES: readonly Party[] = ["employer", "individual"];

/** A unit's size class for the 2020 reliefs: 大型企业 (large) or 中小微企业 (small, medium or micro). */
export type UnitSize = "large" | "smallMedium";
export const UNIT_SIZES: readonly UnitSize[] = ["large", "smallMedium"];

/** A part of one insurance's contribution: the basic contribution or medical 大额医疗费用互助 (majorMedical). */
export type RateComponent = "basic" | "majorMedical";
export const RATE_COMPONENTS: readonly RateComponent[] = ["basic", "majorMedical"];

/**
 * The reading of a rate row's value: `fraction` is a share of the contribution base ("0.16"), `yuanPerMonth` a fixed
 * amount per person and month ("3"), and `unitRate` means the unit's own rate from 单位信息 (work injury).
 */
export type RateKind = "fraction" | "yuanPerMonth" | "unitRate";
export const RATE_KINDS: readonly RateKind[] = ["fraction", "yuanPerMonth", "unitRate"];

/**
 * A statutory contribution rate of one insurance, party and component for the fee months `from` … `to`.
 * Where several rows of the same insurance, party and component cover a month, a row limited to hukou types
 * takes precedence over a row for every hukou type, and then the row with the latest `from` wins. A rate of 0
 * records a period in which nothing was owed (maternity for non-Beijing hukou before 2012-01).
 */
export interface RateRow extends Provenance {
  insurance: Insurance;
  party: Party;
  component: RateComponent;
  from: YearMonth;
  to?: YearMonth;
  /** The hukou types the row is limited to; absent means every hukou type. */
  hukouTypes?: HukouType[];
  kind: RateKind;
  /** A decimal string: the fraction ("0.16") or yuan per month ("3"); empty for `unitRate`. */
  value: string;
}

/**
 * A relief or cut of the rate (阶段性减免、降费率) for the fee months `from` … `to`: the rate is multiplied by
 * `factor`, and reliefs that cover the same month multiply with each other.
 */
export interface ReliefRow extends Provenance {
  /** A stable key, e.g. `2020-smallMedium-pension`, by which a 参数 row replaces a built-in one. */
  id: string;
  insurance: Insurance;
  party: Party;
  from: YearMonth;
  to: YearMonth;
  /** The unit sizes the relief applies to; absent means every unit. */
  unitSizes?: UnitSize[];
  /** A decimal string: "0" exempts, "0.5" halves, "0.8" cuts by 20 %. */
  factor: string;
}

export interface ParameterTables {
  limitPeriods: LimitPeriodRow[];
  baseLimits: BaseLimitRow[];
  averageWages: AverageWageRow[];
  coefficientSeries: CoefficientSeriesRow[];
  coefficientScope: CoefficientScopeRow[];
  lateFeeRegimes: LateFeeRegimeRow[];
  insuranceStarts: InsuranceStartRow[];
  rates: RateRow[];
  reliefs: ReliefRow[];
  retirementSchedule: RetirementScheduleRow[];
}
