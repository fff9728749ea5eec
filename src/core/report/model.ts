// The report behind the report workbook: per person and fee month the contribution base, the amplification
// coefficient where it applies, the amount per insurance and party, the late fee, and totals. Amounts are
// rounded to the fen per fee month, insurance and party (rules of 京劳社养发〔2007〕21号 第六条 for pension
// before 2011-07, 《社会保险法》第八十六条 for late fees); a late fee is the unit's alone, also on the
// individual's share. A figure that cannot be computed (a missing unit fact or parameter row) is kept as a
// problem with its message, never as a guessed number.

import type Decimal from "decimal.js";
import { monthlyAmount, baseDifference } from "../amount";
import { addMonths, type Day, type YearMonth } from "../calendar";
import { BujiaoError } from "../errors";
import { lateFee } from "../lateFee";
import { ZERO } from "../money";
import type { ParameterSet } from "../params/parameterSet";
import { INSURANCES, type Insurance, type Party } from "../params/types";
import type { CheckResult, PersonResult, RowResult } from "../roster/types";
import type { UnitFacts } from "../unit";

export const PARTIES: readonly Party[] = ["employer", "individual"];

function addToTotals(entry: ReportPerson, month: ReportMonth): void {
  entry.employerTotal = entry.employerTotal.plus(month.employerTotal);
  entry.individualTotal = entry.individualTotal.plus(month.individualTotal);
  entry.lateFeeTotal = entry.lateFeeTotal.plus(month.lateFeeTotal);
  if (month.incomplete) entry.incomplete = true;
  const feeAbovePrincipal = month.lines.some(
    (line) => line.amount && line.lateFee && line.amount.isPositive() && line.lateFee.greaterThan(line.amount),
  );
  if (feeAbovePrincipal) entry.lateFeeAbovePrincipal = true;
}

export interface ReportLine {
  insurance: Insurance;
  party: Party;
  /** The amount owed (for a base difference: the difference; negative is a refund). Absent with a problem. */
  amount?: Decimal;
  lateFee?: Decimal;
  /** The reason the amount could not be computed, as a BujiaoError whose message names the missing fact. */
  problem?: BujiaoError;
}

export interface ReportMonth {
  month: YearMonth;
  sheetRow: number;
  /** The pension contribution base of the month (the correct one for a base difference). */
  pensionBase?: Decimal;
  /** Pension months before 2011-07: the amplification coefficient at full precision and the back-pay base. */
  coefficient?: Decimal;
  backPayBase?: Decimal;
  lines: ReportLine[];
  employerTotal: Decimal;
  individualTotal: Decimal;
  lateFeeTotal: Decimal;
  /** True when some line of the month has a problem, so the totals are incomplete. */
  incomplete: boolean;
}

export interface ReportPerson {
  person: PersonResult;
  months: ReportMonth[];
  employerTotal: Decimal;
  individualTotal: Decimal;
  lateFeeTotal: Decimal;
  incomplete: boolean;
  /** A late fee larger than its principal for some month and line (flagged, not capped). */
  lateFeeAbovePrincipal: boolean;
}

export interface Report {
  handlingDay: Day;
  persons: ReportPerson[];
  employerTotal: Decimal;
  individualTotal: Decimal;
  lateFeeTotal: Decimal;
}

function computeLine(
  row: RowResult,
  month: YearMonth,
  insurance: Insurance,
  party: Party,
  params: ParameterSet,
  unit: UnitFacts | undefined,
  handlingDay: Day,
): { line: ReportLine; detail?: ReturnType<typeof monthlyAmount> } {
  const calculation = row.calculation!;
  try {
    if (row.kind === "missed") {
      const result = monthlyAmount(params, unit, calculation.wage, month, insurance, party, handlingDay, calculation.hukou);
      const fee = lateFee(params, result.amount, month, handlingDay);
      return { line: { insurance, party, amount: result.amount, lateFee: fee }, detail: result };
    }
    if (!calculation.declaredBase) {
      throw new BujiaoError("notAvailable", "report.declaredBaseMissing", {});
    }
    const result = baseDifference(params, unit, calculation.wage, calculation.declaredBase, month, insurance, party, handlingDay, calculation.hukou);
    const fee = result.difference.isNegative() ? ZERO : lateFee(params, result.difference, month, handlingDay);
    return { line: { insurance, party, amount: result.difference, lateFee: fee }, detail: result.correct };
  } catch (error) {
    if (!(error instanceof BujiaoError)) throw error;
    return { line: { insurance, party, problem: error } };
  }
}

function reportMonth(row: RowResult, month: YearMonth, params: ParameterSet, unit: UnitFacts | undefined, handlingDay: Day): ReportMonth {
  const lines: ReportLine[] = [];
  let pensionBase: Decimal | undefined;
  let coefficient: Decimal | undefined;
  let backPayBase: Decimal | undefined;
  let employerTotal = ZERO;
  let individualTotal = ZERO;
  let lateFeeTotal = ZERO;
  let incomplete = false;

  for (const insurance of INSURANCES) {
    for (const party of PARTIES) {
      const { line, detail } = computeLine(row, month, insurance, party, params, unit, handlingDay);
      lines.push(line);
      if (insurance === "pension" && detail) {
        pensionBase ??= detail.base;
        if (detail.coefficient && !detail.coefficient.value.equals(1)) coefficient ??= detail.coefficient.value;
        backPayBase ??= detail.backPayBase;
      }
      if (line.problem || !line.amount) {
        incomplete = true;
        continue;
      }
      if (party === "employer") employerTotal = employerTotal.plus(line.amount);
      else individualTotal = individualTotal.plus(line.amount);
      lateFeeTotal = lateFeeTotal.plus(line.lateFee ?? ZERO);
    }
  }

  return {
    month,
    sheetRow: row.sheetRow,
    ...(pensionBase ? { pensionBase } : {}),
    ...(coefficient ? { coefficient } : {}),
    ...(backPayBase ? { backPayBase } : {}),
    lines,
    employerTotal,
    individualTotal,
    lateFeeTotal,
    incomplete,
  };
}

export interface ReportOptions {
  /**
   * Keep each person's months and lines (the report workbook needs them). Without them only the totals and
   * flags are kept, which keeps a large roster's memory flat when no report workbook is written.
   */
  keepMonths?: boolean;
}

/**
 * Computes the report of a check result: every payable month of every exported row, grouped by person and
 * kind in roster order.
 */
export function buildReport(result: CheckResult, params: ParameterSet, unit: UnitFacts | undefined, options: ReportOptions = {}): Report {
  const keepMonths = options.keepMonths ?? true;
  const rowsBySheetRow = new Map(result.rows.map((row) => [row.sheetRow, row]));
  const persons: ReportPerson[] = [];
  let employerTotal = ZERO;
  let individualTotal = ZERO;
  let lateFeeTotal = ZERO;

  for (const person of result.persons) {
    const months: ReportMonth[] = [];
    const entry: ReportPerson = {
      person,
      months,
      employerTotal: ZERO,
      individualTotal: ZERO,
      lateFeeTotal: ZERO,
      incomplete: false,
      lateFeeAbovePrincipal: false,
    };
    for (const sheetRow of person.sheetRows) {
      const row = rowsBySheetRow.get(sheetRow);
      if (!row || !row.calculation) continue;
      for (const segment of row.segments) {
        if (!segment.payable) continue;
        for (let month = segment.from; month <= segment.to; month = addMonths(month, 1)) {
          const computed = reportMonth(row, month, params, unit, result.handlingDay);
          addToTotals(entry, computed);
          if (keepMonths) months.push(computed);
        }
      }
    }
    months.sort((a, b) => a.month - b.month || a.sheetRow - b.sheetRow);

    persons.push(entry);
    employerTotal = employerTotal.plus(entry.employerTotal);
    individualTotal = individualTotal.plus(entry.individualTotal);
    lateFeeTotal = lateFeeTotal.plus(entry.lateFeeTotal);
  }

  return { handlingDay: result.handlingDay, persons, employerTotal, individualTotal, lateFeeTotal };
}
