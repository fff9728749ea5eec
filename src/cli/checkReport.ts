// The report of `bujiao check`, as text for people or as JSON for other programs. It says what happened to
// every roster row and what to do for every person (months by route, documents, the commitment procedure). It
// lists the problems of the sheets read, the summary and the files written. Identity numbers appear masked only.

import { formatDay, formatYearMonth, type YearMonth } from "../core/calendar";
import { roundFen } from "../core/money";
import type { Report, ReportPerson } from "../core/report/model";
import {
  renderFinding,
  type BackpayKind,
  type CheckResult,
  type Finding,
  type PersonResult,
  type Roster,
  type Route,
  type RowResult,
  type Severity,
  type SheetProblem,
  type UploadRow,
} from "../core/roster";
import { t, type Locale, type MessageKey } from "../i18n";
import { commitmentText, kindText, materialTexts, ROUTE_KEYS } from "../workbook/personText";
import type { HandlingDaySource, WorkbookParameters } from "./parameters";
import { problemLine, problemMessage, unitFactsLine } from "./parameters";

/** An upload file the command wrote, with its path and number of rows. */
export interface WrittenFile {
  key: string;
  fileName: string;
  path: string;
  rows: number;
  /** True when the file is a filled copy of the --template file. */
  fromTemplate: boolean;
}

export interface CheckReport {
  file: string;
  roster: Roster;
  result: CheckResult;
  parameters: WorkbookParameters;
  handlingSource: HandlingDaySource;
  defaultKind?: BackpayKind;
  /** Problems of the 参数, 单位信息 and 缴费记录 sheets and of the roster as a whole, in that order. */
  problems: SheetProblem[];
  amounts: Report;
  files: WrittenFile[];
  /** The report workbook, unless --no-report. */
  reportPath?: string;
  /** Files in the output folder that an earlier run wrote and this run did not replace. */
  staleFiles: string[];
  /** Set when a report was requested but the roster has too many months for it: how many it has. */
  reportSkippedMonths?: number;
}

export interface Summary {
  rows: number;
  exported: number;
  reported: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Rows with at least one error finding. */
  rowsWithErrors: number;
  persons: number;
  /** Problems of the sheets read and of the roster as a whole, by severity. */
  sheetErrors: number;
  sheetWarnings: number;
}

const SEVERITY_KEYS: Record<Severity, MessageKey> = {
  error: "cli.severity.error",
  warning: "cli.severity.warning",
  info: "cli.severity.info",
};

const DATE_SOURCE_KEYS: Record<HandlingDaySource, MessageKey> = {
  option: "cli.check.dateFromOption",
  unitSheet: "cli.check.dateFromUnitSheet",
  today: "cli.check.dateToday",
};

export function summarise(report: CheckReport): Summary {
  const { result, problems } = report;
  const summary: Summary = {
    rows: result.rows.length,
    exported: 0,
    reported: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    rowsWithErrors: 0,
    persons: result.persons.length,
    sheetErrors: problems.filter((problem) => problem.severity === "error").length,
    sheetWarnings: problems.filter((problem) => problem.severity !== "error").length,
  };
  for (const row of result.rows) {
    if (row.outcome === "exported") summary.exported++;
    else summary.reported++;
    if (row.findings.some((finding) => finding.severity === "error")) summary.rowsWithErrors++;
    for (const finding of row.findings) {
      if (finding.severity === "error") summary.errors++;
      else if (finding.severity === "warning") summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

function monthRange(from: YearMonth, to: YearMonth): string {
  return from === to ? formatYearMonth(from) : `${formatYearMonth(from)}—${formatYearMonth(to)}`;
}

function fileNameOf(uploadRow: UploadRow, files: readonly WrittenFile[]): string {
  return files.find((file) => file.key === uploadRow.fileKey)?.fileName ?? uploadRow.fileKey;
}

function personLabel(name: string, maskedIdentityNumber: string, locale: Locale): string {
  const shownName = name === "" ? t("cli.check.noName", {}, locale) : name;
  const identity = maskedIdentityNumber === "" ? t("cli.check.noIdentity", {}, locale) : maskedIdentityNumber;
  return `${shownName} ${identity}`;
}

/** Counts the rows of the 参数 sheet that were applied: each row has one origin cell, whatever it expands to. */
function appliedParameterRows(parameters: WorkbookParameters): number {
  const origins = new Set<string>();
  for (const rows of Object.values(parameters.overrides) as Array<Array<{ origin?: string }>>) {
    for (const row of rows) if (row.origin) origins.add(row.origin);
  }
  return origins.size;
}

// Per row.

function findingLine(finding: Finding, locale: Locale): string {
  const severity = t(SEVERITY_KEYS[finding.severity], {}, locale);
  const months = finding.months ? t("cli.check.findingMonths", { months: monthRange(finding.months.from, finding.months.to) }, locale) : "";
  return `    [${severity}] ${finding.code}${months} ${renderFinding(finding, locale)}`;
}

function rowLines(row: RowResult, files: readonly WrittenFile[], locale: Locale): string[] {
  const outcome =
    row.outcome === "exported"
      ? t("cli.check.rowExported", { count: row.uploadRows.length }, locale)
      : t("cli.check.rowReported", {}, locale);

  const lines = [t("cli.check.rowHeading", { row: row.sheetRow, person: personLabel(row.name, row.maskedIdentityNumber, locale), outcome }, locale)];
  for (const finding of row.findings) lines.push(findingLine(finding, locale));
  for (const uploadRow of row.uploadRows) {
    lines.push(
      t(
        "cli.check.uploadRow",
        { file: fileNameOf(uploadRow, files), months: monthRange(uploadRow.start, uploadRow.end), wage: uploadRow.wage.toFixed(2) },
        locale,
      ),
    );
  }
  return lines;
}

// Per person.

interface PayableSegment {
  sheetRow: number;
  from: YearMonth;
  to: YearMonth;
  route: Route;
  file: string;
}

/**
 * The maximum number of person-months the report workbook is built for. Its 明细 sheet keeps every month in memory, and a
 * 20,000-row roster (about 240,000 months) ran out of Node's default heap; the upload files are still written.
 */
export const MAX_REPORT_MONTHS = 60_000;

/** Rows by sheet row and kind, built once per result, so per-person look-ups stay linear in the roster size. */
const rowIndexes = new WeakMap<CheckResult, Map<string, RowResult>>();

function rowsOf(person: PersonResult, result: CheckResult): RowResult[] {
  let index = rowIndexes.get(result);
  if (!index) {
    index = new Map(result.rows.map((row) => [`${row.sheetRow}|${row.kind}`, row]));
    rowIndexes.set(result, index);
  }
  const rows: RowResult[] = [];
  for (const sheetRow of person.sheetRows) {
    const row = index.get(`${sheetRow}|${person.kind}`);
    if (row) rows.push(row);
  }
  return rows;
}

const amountIndexes = new WeakMap<Report, Map<PersonResult, ReportPerson>>();

function amountsOf(person: PersonResult, report: CheckReport): ReportPerson | undefined {
  let index = amountIndexes.get(report.amounts);
  if (!index) {
    index = new Map(report.amounts.persons.map((entry) => [entry.person, entry]));
    amountIndexes.set(report.amounts, index);
  }
  return index.get(person);
}

function payableSegments(person: PersonResult, result: CheckResult, files: readonly WrittenFile[]): PayableSegment[] {
  const segments: PayableSegment[] = [];
  for (const row of rowsOf(person, result)) {
    for (const segment of row.segments) {
      if (!segment.payable || !segment.route) continue;
      const uploadRow = row.uploadRows.find((candidate) => candidate.start === segment.from);
      segments.push({ sheetRow: row.sheetRow, from: segment.from, to: segment.to, route: segment.route, file: uploadRow ? fileNameOf(uploadRow, files) : "" });
    }
  }
  return segments.sort((a, b) => a.from - b.from || a.sheetRow - b.sheetRow);
}

function monthsIn(segment: { from: YearMonth; to: YearMonth }): number {
  return segment.to - segment.from + 1;
}

function personHeading(person: PersonResult, locale: Locale): string {
  return t(
    person.kind === "baseDiffRefund" ? "cli.check.personHeadingRefund" : "cli.check.personHeading",
    {
      person: personLabel(person.name, person.maskedIdentityNumber, locale),
      kind: kindText(person.kind, locale),
      rows: person.sheetRows.join(t("cli.listSeparator", {}, locale)),
      months: person.payableMonths,
    },
    locale,
  );
}

/** Formats a person's totals in yuan with two decimals, the total including the late fee. */
function amountFigures(amounts: ReportPerson): { employer: string; individual: string; lateFee: string; total: string } {
  const total = amounts.employerTotal.plus(amounts.individualTotal).plus(amounts.lateFeeTotal);
  return {
    employer: roundFen(amounts.employerTotal).toFixed(2),
    individual: roundFen(amounts.individualTotal).toFixed(2),
    lateFee: roundFen(amounts.lateFeeTotal).toFixed(2),
    total: roundFen(total).toFixed(2),
  };
}

function personLines(person: PersonResult, report: CheckReport, locale: Locale): string[] {
  const lines = [personHeading(person, locale)];
  for (const segment of payableSegments(person, report.result, report.files)) {
    lines.push(t("cli.check.personSegment", { months: monthRange(segment.from, segment.to), route: t(ROUTE_KEYS[segment.route], {}, locale), file: segment.file }, locale));
  }

  const amounts = amountsOf(person, report);
  if (amounts && person.payableMonths > 0) {
    lines.push(t("cli.check.personAmounts", { ...amountFigures(amounts) }, locale));
    if (amounts.incomplete) lines.push(t("cli.check.personAmountsIncomplete", {}, locale));
    if (amounts.lateFeeAbovePrincipal) lines.push(t("cli.check.personLateFeeAbovePrincipal", {}, locale));
  }

  const materials = materialTexts(person, locale);
  if (materials.length > 0) lines.push(t("cli.check.materialsHeading", {}, locale));
  materials.forEach((item, index) => {
    const reason = item.reason ? t("cli.check.materialReason", { reason: item.reason }, locale) : "";
    lines.push(`      ${index + 1}. ${item.text}${reason}`);
  });

  const commitment = commitmentText(person, report.result, locale);
  if (commitment) {
    lines.push(t("cli.check.commitment", { verdict: commitment.text }, locale));
    for (const reason of commitment.reasons) lines.push(`      - ${reason.message}`);
  }
  return lines;
}

/** Lists per person what to do: months and files per route, the documents, the commitment verdict. */
function todoLines(report: CheckReport, locale: Locale): string[] {
  const lines: string[] = [];
  for (const person of report.result.persons) {
    const label = t("cli.check.todoPerson", { person: personLabel(person.name, person.maskedIdentityNumber, locale), kind: kindText(person.kind, locale) }, locale);
    if (person.payableMonths === 0) {
      lines.push(`  ${label}${t("cli.check.todoNothing", {}, locale)}`);
      continue;
    }

    const byRoute = new Map<Route, { months: number; files: Set<string> }>();
    for (const segment of payableSegments(person, report.result, report.files)) {
      const entry = byRoute.get(segment.route) ?? { months: 0, files: new Set<string>() };
      entry.months += monthsIn(segment);
      if (segment.file) entry.files.add(segment.file);
      byRoute.set(segment.route, entry);
    }
    const actions = [...byRoute].map(([route, entry]) =>
      t("cli.check.todoRoute", { route: t(ROUTE_KEYS[route], {}, locale), months: entry.months, files: [...entry.files].join(t("cli.listSeparator", {}, locale)) }, locale),
    );
    actions.push(t("cli.check.todoMaterials", { count: person.materials.length }, locale));
    const commitment = commitmentText(person, report.result, locale);
    if (commitment) actions.push(commitment.text);
    lines.push(`  ${label}${actions.join(t("cli.actionSeparator", {}, locale))}`);
  }

  for (const row of report.result.rows) {
    if (!row.findings.some((finding) => finding.severity === "error")) continue;
    lines.push(`  ${t("cli.check.todoFixRow", { row: row.sheetRow, person: personLabel(row.name, row.maskedIdentityNumber, locale) }, locale)}`);
  }
  return lines;
}

// The whole report.

function headingLines(report: CheckReport, summary: Summary, locale: Locale): string[] {
  const { result, parameters } = report;
  const lines = [
    t(
      "cli.check.heading",
      {
        file: report.file,
        roster: t("roster.where", { sheet: report.roster.sheetName, row: report.roster.headerRow }, locale),
        rows: summary.rows,
        date: formatDay(result.handlingDay),
        source: t(DATE_SOURCE_KEYS[report.handlingSource], {}, locale),
      },
      locale,
    ),
  ];

  lines.push(
    parameters.parameterSheet === undefined
      ? t("cli.check.builtInParameters", {}, locale)
      : t("cli.check.sheetParameters", { sheet: parameters.parameterSheet, rows: appliedParameterRows(parameters) }, locale),
  );
  if (parameters.unit) lines.push(unitFactsLine(parameters.unit, locale));
  if (report.defaultKind) lines.push(t("cli.check.defaultKind", { kind: kindText(report.defaultKind, locale) }, locale));
  return lines;
}

/** Formats the report as lines of text in `locale`. */
export function formatTextReport(report: CheckReport, locale: Locale): string[] {
  const { result, files } = report;
  const summary = summarise(report);
  const lines = [...headingLines(report, summary, locale), ""];

  for (const row of result.rows) lines.push(...rowLines(row, files, locale));

  if (result.persons.length > 0) {
    lines.push("", t("cli.check.personsHeading", {}, locale));
    for (const person of result.persons) lines.push(...personLines(person, report, locale));
  }

  if (report.problems.length > 0) {
    lines.push("", t("cli.check.problemsHeading", {}, locale));
    for (const problem of report.problems) lines.push(`    ${problemLine(problem, locale)}`);
  }

  lines.push("", t("cli.check.summary", { ...summary }, locale));
  if (summary.sheetErrors + summary.sheetWarnings > 0) lines.push(t("cli.check.sheetSummary", { ...summary }, locale));
  if (summary.rowsWithErrors > 0) lines.push(t("cli.check.fixErrors", { count: summary.rowsWithErrors }, locale));
  if (summary.sheetErrors > 0) lines.push(t("cli.check.fixSheetErrors", { count: summary.sheetErrors }, locale));

  const todo = todoLines(report, locale);
  if (todo.length > 0) lines.push(t("cli.check.todoHeading", {}, locale), ...todo);

  if (files.length === 0) lines.push(t("cli.check.noFiles", {}, locale));
  for (const file of files) lines.push(t(file.fromTemplate ? "cli.check.fileFromTemplate" : "cli.check.fileWritten", { path: file.path, rows: file.rows }, locale));
  if (report.reportPath) lines.push(t("cli.check.reportWritten", { path: report.reportPath }, locale));
  if (report.reportSkippedMonths !== undefined) {
    lines.push(t("cli.check.reportSkipped", { months: report.reportSkippedMonths, max: MAX_REPORT_MONTHS }, locale));
  }
  for (const path of report.staleFiles) lines.push(t("cli.check.staleFile", { path }, locale));
  return lines;
}

// JSON.

function personJson(person: PersonResult, report: CheckReport, locale: Locale) {
  const commitment = commitmentText(person, report.result, locale);
  const amounts = amountsOf(person, report);
  return {
    name: person.name,
    identityNumber: person.maskedIdentityNumber,
    kind: person.kind,
    sheetRows: person.sheetRows,
    payableMonths: person.payableMonths,
    ...(person.retirementMonth !== undefined ? { retirementMonth: formatYearMonth(person.retirementMonth) } : {}),
    segments: payableSegments(person, report.result, report.files).map((segment) => ({
      sheetRow: segment.sheetRow,
      from: formatYearMonth(segment.from),
      to: formatYearMonth(segment.to),
      route: segment.route,
      routeText: t(ROUTE_KEYS[segment.route], {}, locale),
      file: segment.file,
    })),
    ...(amounts ? { amounts: { ...amountFigures(amounts), incomplete: amounts.incomplete, lateFeeAbovePrincipal: amounts.lateFeeAbovePrincipal } } : {}),
    materials: materialTexts(person, locale),
    ...(commitment ? { commitment } : {}),
  };
}

/** Formats the report as one JSON document: months as YYYY-MM, wages as text with two decimals. */
export function formatJsonReport(report: CheckReport, locale: Locale): string {
  const { result, files, parameters } = report;
  const document = {
    file: report.file,
    sheet: report.roster.sheetName,
    headerRow: report.roster.headerRow,
    handlingDate: formatDay(result.handlingDay),
    handlingDateSource: report.handlingSource,
    ...(report.defaultKind ? { defaultKind: report.defaultKind } : {}),
    parameters: {
      parameterSheet: parameters.parameterSheet ?? null,
      appliedRows: appliedParameterRows(parameters),
      unitSheet: parameters.unitSheet ?? null,
    },
    rows: result.rows.map((row) => ({
      sheetRow: row.sheetRow,
      kind: row.kind,
      name: row.name,
      identityNumber: row.maskedIdentityNumber,
      outcome: row.outcome,
      findings: row.findings.map((finding) => ({
        code: finding.code,
        severity: finding.severity,
        message: renderFinding(finding, locale),
        ...(finding.months ? { months: { from: formatYearMonth(finding.months.from), to: formatYearMonth(finding.months.to) } } : {}),
      })),
      segments: row.segments.map((segment) => ({
        from: formatYearMonth(segment.from),
        to: formatYearMonth(segment.to),
        payable: segment.payable,
        ...(segment.route ? { route: segment.route } : {}),
        ...(segment.reasonCode ? { reasonCode: segment.reasonCode } : {}),
      })),
      uploadRows: row.uploadRows.map((uploadRow) => ({
        file: fileNameOf(uploadRow, files),
        start: formatYearMonth(uploadRow.start),
        end: formatYearMonth(uploadRow.end),
        wage: uploadRow.wage.toFixed(2),
      })),
    })),
    persons: result.persons.map((person) => personJson(person, report, locale)),
    problems: report.problems.map((problem) => ({
      cell: problem.cell,
      severity: problem.severity,
      key: problem.key,
      message: problemMessage(problem, locale),
    })),
    summary: summarise(report),
    files: files.map((file) => ({ fileName: file.fileName, path: file.path, rows: file.rows, fromTemplate: file.fromTemplate })),
    report: report.reportPath ?? null,
    staleFiles: report.staleFiles,
  };
  return JSON.stringify(document, null, 2);
}
