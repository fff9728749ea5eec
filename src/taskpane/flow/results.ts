// The check result as the pane shows it. Rows are grouped per person (all kinds and rows of one identity
// number together), and a row that cannot be tied to a person forms a group of its own; each group carries
// its worst severity. Also the text of the 校验结果 cell written beside every roster row.

import { formatYearMonth, type YearMonth } from "../../core/calendar";
import { personKey, renderFinding } from "../../core/roster";
import type { AnyRosterField, BackpayKind, CheckResult, Finding, PersonResult, Roster, RowResult, Severity } from "../../core/roster/types";
import { t, type Locale, type MessageKey } from "../../i18n";
import type { RowMark } from "../../workbook/host";

export type GroupSeverity = Severity | "ok";

const SEVERITY_RANK: Record<GroupSeverity, number> = { ok: 0, info: 1, warning: 2, error: 3 };

export function worstSeverity(findings: readonly Finding[]): GroupSeverity {
  let worst: GroupSeverity = "ok";
  for (const finding of findings) if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[worst]) worst = finding.severity;
  return worst;
}

export interface PersonGroup {
  /** A stable key: the person's position in the result, or the sheet row of a row without a person. */
  key: string;
  name: string;
  maskedIdentityNumber: string;
  /** The full identity number, only to look up the contribution history; never shown. */
  identityNumber?: string;
  kinds: BackpayKind[];
  rows: RowResult[];
  persons: PersonResult[];
  severity: GroupSeverity;
  payableMonths: number;
  findingCount: number;
}

/**
 * Groups the rows of a check by person in roster order. `identityOf` returns the identity number typed in a
 * roster row (upper case, no spaces), so a row with an error joins the person it names. A row without a
 * readable number forms a group of its own.
 */
export function groupResults(result: CheckResult, identityOf: (sheetRow: number) => string | undefined = () => undefined): PersonGroup[] {
  const rowsBySheetRow = new Map(result.rows.map((row) => [row.sheetRow, row]));
  const grouped = new Set<number>();
  const byIdentity = new Map<string, PersonGroup>();
  const groups: Array<{ first: number; group: PersonGroup }> = [];

  const newGroup = (key: string, first: number, fields: Pick<PersonGroup, "name" | "maskedIdentityNumber" | "identityNumber">) => {
    const group: PersonGroup = { key, ...fields, kinds: [], rows: [], persons: [], severity: "ok", payableMonths: 0, findingCount: 0 };
    groups.push({ first, group });
    return group;
  };
  const addRow = (group: PersonGroup, row: RowResult) => {
    grouped.add(row.sheetRow);
    group.rows.push(row);
    if (!group.kinds.includes(row.kind)) group.kinds.push(row.kind);
  };

  for (const person of result.persons) {
    let group = byIdentity.get(person.identityNumber);
    if (!group) {
      group = newGroup(`person:${groups.length}`, Math.min(...person.sheetRows), {
        name: person.name,
        maskedIdentityNumber: person.maskedIdentityNumber,
        identityNumber: person.identityNumber,
      });
      byIdentity.set(person.identityNumber, group);
    }
    group.persons.push(person);
    group.payableMonths += person.payableMonths;
    for (const sheetRow of person.sheetRows) {
      const row = rowsBySheetRow.get(sheetRow);
      if (row && !grouped.has(sheetRow)) addRow(group, row);
    }
  }

  for (const row of result.rows) {
    if (grouped.has(row.sheetRow)) continue;
    const identity = identityOf(row.sheetRow);
    let group = identity ? byIdentity.get(identity) : undefined;
    if (!group) {
      group = newGroup(`row:${row.sheetRow}`, row.sheetRow, { name: row.name, maskedIdentityNumber: row.maskedIdentityNumber });
      if (identity) byIdentity.set(identity, group);
    }
    addRow(group, row);
  }

  groups.sort((a, b) => a.first - b.first);
  for (const { group } of groups) {
    group.rows.sort((a, b) => a.sheetRow - b.sheetRow);
    const findings = group.rows.flatMap((row) => row.findings);
    group.severity = worstSeverity(findings);
    group.findingCount = findings.length;
  }
  return groups.map((entry) => entry.group);
}

/** Returns a lookup of the identity number typed in each roster row, in the form the check matches people by. */
export function identityLookup(roster: Roster): (sheetRow: number) => string | undefined {
  const bySheetRow = new Map<number, string>();
  for (const row of roster.rows) {
    const key = personKey(row.cells.identityNumber);
    if (key) bySheetRow.set(row.sheetRow, key);
  }
  return (sheetRow) => bySheetRow.get(sheetRow);
}

export type ResultFilter = "all" | "problems" | "errors";

/** Keeps the groups a filter shows: all, those with an error or warning, or those with an error. */
export function filterGroups(groups: readonly PersonGroup[], filter: ResultFilter): PersonGroup[] {
  if (filter === "all") return [...groups];
  const minimum = filter === "errors" ? SEVERITY_RANK.error : SEVERITY_RANK.warning;
  return groups.filter((group) => SEVERITY_RANK[group.severity] >= minimum);
}

export interface ResultSummary {
  rows: number;
  persons: number;
  exported: number;
  reported: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summariseResult(result: CheckResult, groups: readonly PersonGroup[]): ResultSummary {
  const summary: ResultSummary = { rows: result.rows.length, persons: groups.length, exported: 0, reported: 0, errors: 0, warnings: 0, infos: 0 };
  for (const row of result.rows) {
    if (row.outcome === "exported") summary.exported++;
    else summary.reported++;
    for (const finding of row.findings) {
      if (finding.severity === "error") summary.errors++;
      else if (finding.severity === "warning") summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

/** Formats a month range as `2023-01—2023-06`, or one month alone. */
export function formatMonthRange(from: YearMonth, to: YearMonth): string {
  const start = formatYearMonth(from);
  return from === to ? start : `${start}—${formatYearMonth(to)}`;
}

export const SEVERITY_KEYS: Record<GroupSeverity, MessageKey> = {
  error: "pane.severity.error",
  warning: "pane.severity.warning",
  info: "pane.severity.info",
  ok: "pane.severity.ok",
};

/** Excel takes at most 32,767 characters in a cell, so a long 校验结果 text is cut well below that. */
const MAX_MARK_LENGTH = 2000;

/**
 * Builds the 校验结果 cell of every roster row: each finding as `[警告] 2023-07—2023-08 message`, separated by
 * line breaks, or the number of upload rows for a row without findings.
 */
export function resultMarks(result: CheckResult, locale: Locale): RowMark[] {
  return result.rows.map((row) => {
    const severity = worstSeverity(row.findings);
    let text: string;
    if (row.findings.length === 0) {
      text = t("pane.writeBack.ok", { count: row.uploadRows.length }, locale);
    } else {
      text = row.findings
        .map((finding) => {
          const label = t(SEVERITY_KEYS[finding.severity], {}, locale);
          const months = finding.months ? `${formatMonthRange(finding.months.from, finding.months.to)} ` : "";
          return `[${label}] ${months}${renderFinding(finding, locale)}`;
        })
        .join("\n");
    }
    if (text.length > MAX_MARK_LENGTH) text = `${text.slice(0, MAX_MARK_LENGTH - 1)}…`;
    return { sheetRow: row.sheetRow, text, severity };
  });
}

/** The roster field whose cell a finding is about, by the code's prefix; the name cell for the others. */
const FIELD_OF_CODE: Array<[RegExp, AnyRosterField]> = [
  [/^ID_/, "identityNumber"],
  [/^DOCUMENT_TYPE/, "documentType"],
  [/^WAGE_/, "wage"],
  [/^START_MONTH|^MONTH_BEFORE_SCHEME|^MONTH_ORDER/, "startMonth"],
  [/^END_MONTH|^MONTH_AFTER_HANDLING/, "endMonth"],
  [/^HIRE_/, "hireDate"],
  [/^LEAVE_/, "leaveDate"],
  [/^INJURY_/, "injuryDate"],
  [/^HUKOU_|^PRE_2011/, "hukouType"],
  [/^SEX_/, "sex"],
  [/^POST_|^RETIREMENT_POST/, "post"],
  [/^KIND_/, "kind"],
  [/^DECLARED_BASE/, "declaredBase"],
];

/** Returns the 1-based sheet column to select for a finding: its field's column, else the name column. */
export function findingColumn(code: string | undefined, columns: Partial<Record<AnyRosterField, number>>): number {
  const field = code ? FIELD_OF_CODE.find(([pattern]) => pattern.test(code))?.[1] : undefined;
  const column = (field !== undefined ? columns[field] : undefined) ?? columns.name ?? 0;
  return column + 1;
}
