// The figures the pane shows about the parameter set in force: how many rows, how many are uncertain, and which
// limit period is the newest. Plain data, so components render it without touching the parameter set.

import { formatYearMonth } from "../core/calendar";
import type { ParameterSet } from "../core/params/parameterSet";
import type { ParameterTables, Provenance } from "../core/params/types";

export interface ParameterStatus {
  /** Rows across every parameter table, built-in rows and workbook overrides together. */
  rowCount: number;
  /** Rows whose confidence is U (uncertain or inferred). */
  uncertainCount: number;
  /** The limit period that starts last, or null when the set has none. */
  newestPeriod: { id: string; start: string; end: string } | null;
}

/** Summarises a parameter set; months are formatted as `2027-06`. */
export function summariseParameters(params: ParameterSet): ParameterStatus {
  const tables = params.tables;
  const rows: Provenance[] = [];
  for (const name of Object.keys(tables) as Array<keyof ParameterTables>) rows.push(...tables[name]);

  const periods = params.allPeriods();
  const newest = periods.length > 0 ? periods[periods.length - 1] : undefined;

  return {
    rowCount: rows.length,
    uncertainCount: rows.filter((row) => row.confidence === "U").length,
    newestPeriod: newest
      ? { id: newest.id, start: formatYearMonth(newest.start), end: formatYearMonth(newest.end) }
      : null,
  };
}
