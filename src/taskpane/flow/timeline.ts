// A person's months as one strip, from the first to the last month any of the person's rows requests. Each
// month is already paid (the 缴费记录 sheet), payable, not payable with the reason, or not requested. The strip
// marks 2011-07 (the first month without the amplification coefficient) and 2023-12 (the first month the tax
// bureau collects), where segments are split.

import { addMonths, type YearMonth } from "../../core/calendar";
import type { RowResult } from "../../core/roster/types";

export type MonthState = "paid" | "payable" | "notPayable" | "notRequested";

export interface TimelineMonth {
  month: YearMonth;
  state: MonthState;
  /** The finding code that made the month not payable. */
  reasonCode?: string;
  /** The roster row the month's state comes from. */
  sheetRow?: number;
}

/** Consecutive months with the same state and reason. */
export interface TimelineRun {
  from: YearMonth;
  to: YearMonth;
  state: MonthState;
  reasonCode?: string;
}

export interface Timeline {
  from: YearMonth;
  to: YearMonth;
  months: TimelineMonth[];
  runs: TimelineRun[];
  /** The boundary months inside the strip (after its first month). */
  boundaries: YearMonth[];
  counts: Record<MonthState, number>;
}

/** Precedence of the states when rows of one person disagree on a month: a payable row, then history, then a reason. */
const PRECEDENCE: Record<MonthState, number> = { notRequested: 0, notPayable: 1, paid: 2, payable: 3 };

/**
 * Builds the strip of one person's rows. `paid` contains the person's months in the contribution history.
 * A month that no row asks for but the history has reads as paid. Returns undefined when no row has months
 * (every row had an error).
 */
export function buildTimeline(rows: readonly RowResult[], paid: ReadonlySet<YearMonth> | undefined, boundaries: readonly YearMonth[]): Timeline | undefined {
  const segments = rows.flatMap((row) => row.segments.map((segment) => ({ ...segment, sheetRow: row.sheetRow })));
  if (segments.length === 0) return undefined;

  const from = Math.min(...segments.map((segment) => segment.from)) as YearMonth;
  const to = Math.max(...segments.map((segment) => segment.to)) as YearMonth;
  const byMonth = new Map<YearMonth, TimelineMonth>();
  for (let month = from; month <= to; month = addMonths(month, 1)) {
    byMonth.set(month, paid?.has(month) ? { month, state: "paid" } : { month, state: "notRequested" });
  }

  for (const segment of segments) {
    for (let month = segment.from; month <= segment.to; month = addMonths(month, 1)) {
      let candidate: TimelineMonth;
      if (segment.payable) candidate = { month, state: "payable", sheetRow: segment.sheetRow };
      else if (segment.reasonCode === "ALREADY_PAID") candidate = { month, state: "paid", reasonCode: segment.reasonCode, sheetRow: segment.sheetRow };
      else candidate = { month, state: "notPayable", reasonCode: segment.reasonCode, sheetRow: segment.sheetRow };
      const current = byMonth.get(month)!;
      // A row's own state also replaces the same state taken from the history, so the month names its row.
      const replaces = PRECEDENCE[candidate.state] > PRECEDENCE[current.state] || (candidate.state === current.state && current.sheetRow === undefined);
      if (replaces) byMonth.set(month, candidate);
    }
  }

  const months = [...byMonth.values()];
  const counts: Record<MonthState, number> = { paid: 0, payable: 0, notPayable: 0, notRequested: 0 };
  const runs: TimelineRun[] = [];
  for (const entry of months) {
    counts[entry.state]++;
    const last = runs[runs.length - 1];
    if (last && last.state === entry.state && last.reasonCode === entry.reasonCode) last.to = entry.month;
    else runs.push({ from: entry.month, to: entry.month, state: entry.state, ...(entry.reasonCode ? { reasonCode: entry.reasonCode } : {}) });
  }

  return { from, to, months, runs, boundaries: boundaries.filter((month) => month > from && month <= to), counts };
}
