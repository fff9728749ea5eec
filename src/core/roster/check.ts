// Checks of a back-payment roster (单位申报个人补缴 and 单位申报补退基数差), per the Beijing 人社 guidance
// 《规范缴纳社保，保障职工权益》 (2026-01-13). A row that cannot be read or trusted gets an error and is never
// exported. Months that cannot be back-paid are warnings on their own segment, and the row's payable months
// are still exported. Segments never cross a limit-period boundary, 2011-07 (the end of the amplification
// coefficient) or 2023-12 (from when the tax bureau collects), as the portal's 可补缴时间段 do.

import { addMonths, formatYearMonth, yearMonthOfDay, type YearMonth } from "../calendar";
import { maskIdentityNumber } from "../identity";
import { roundFen } from "../money";
import { normaliseText, type CellValue } from "../parse";
import type { ParameterSet } from "../params/parameterSet";
import { isRural } from "../params/types";
import { retirementScheduleOf, statutoryRetirement } from "../retirement";
import { judgePersons } from "./person";
import { cellText, readRowFacts, type RowFacts } from "./rowFacts";
import { routeOf, TAX_COLLECTION_START, uploadFileKey } from "./routing";
import type {
  BackpayKind,
  CheckOptions,
  CheckResult,
  Finding,
  Roster,
  RosterRowInput,
  RowResult,
  Segment,
  SheetProblem,
  UploadRow,
} from "./types";

export interface CheckProgress {
  /** Called after every `every` rows with the number of rows done and the total. */
  onProgress?: (done: number, total: number) => void;
  every?: number;
}

/** The working age starts with the month of the 16th birthday. */
const MINIMUM_WORKING_AGE_MONTHS = 16 * 12;

/** The reason one month of a row is not payable. */
interface MonthStatus {
  code: string;
  otherRow?: number;
}

/** Facts about a person's working age that the month rules need, computed once per row. */
interface AgeFacts {
  workingAgeStart?: YearMonth;
  retirementMonth?: YearMonth;
  /** True when a woman's post is missing, so the worker age was assumed. */
  postAssumed: boolean;
  /** With an assumed post: the retirement month she would have as a cadre, the later of the two. */
  cadreRetirementMonth?: YearMonth;
}

function ageFacts(facts: RowFacts, params: ParameterSet): AgeFacts {
  if (facts.birthMonth === undefined) return { postAssumed: false };
  const workingAgeStart = addMonths(facts.birthMonth, MINIMUM_WORKING_AGE_MONTHS);
  if (facts.sex === undefined) return { workingAgeStart, postAssumed: false };
  try {
    const schedule = retirementScheduleOf(params);
    const retirement = statutoryRetirement(schedule, { birthMonth: facts.birthMonth, sex: facts.sex, post: facts.post });
    if (!retirement.postAssumed) return { workingAgeStart, retirementMonth: retirement.month, postAssumed: false };
    const asCadre = statutoryRetirement(schedule, { birthMonth: facts.birthMonth, sex: facts.sex, post: "cadre" });
    return { workingAgeStart, retirementMonth: retirement.month, postAssumed: true, cadreRetirementMonth: asCadre.month };
  } catch {
    return { workingAgeStart, postAssumed: false };
  }
}

/** Kinds whose rows compete for the same months of a person. */
function kindGroup(kind: BackpayKind): string {
  return kind === "missed" ? "missed" : "baseDiff";
}

interface RowContext {
  params: ParameterSet;
  options: CheckOptions;
  handlingMonth: YearMonth;
  /** Months already claimed by an earlier row, per person and kind group: month → sheet row. */
  claimed: Map<string, Map<YearMonth, number>>;
}

function monthStatus(facts: RowFacts, age: AgeFacts, context: RowContext, claimed: Map<YearMonth, number>) {
  const paid = context.options.history?.get(facts.personKey);
  const hasHistory = context.options.history !== undefined;
  const coefficientEnd = context.params.coefficientScopeEnd();

  return (month: YearMonth): MonthStatus | undefined => {
    if (month === context.handlingMonth) return { code: "MONTH_HANDLING" };
    if (age.workingAgeStart !== undefined && month < age.workingAgeStart) return { code: "BEFORE_WORKING_AGE" };
    if (age.retirementMonth !== undefined && month >= age.retirementMonth) {
      // Without a post, months up to her cadre retirement month might still be payable; later ones are not.
      if (age.postAssumed && age.cadreRetirementMonth !== undefined) {
        return { code: month < age.cadreRetirementMonth ? "RETIREMENT_POST_MISSING" : "AFTER_RETIREMENT" };
      }
      return { code: month === age.retirementMonth ? "RETIREMENT_MONTH" : "AFTER_RETIREMENT" };
    }
    if (facts.hireMonth !== undefined && month < facts.hireMonth) return { code: "OUTSIDE_EMPLOYMENT" };
    if (facts.leaveMonth !== undefined && month > facts.leaveMonth) return { code: "OUTSIDE_EMPLOYMENT" };
    if (facts.kind === "missed" && paid?.has(month)) return { code: "ALREADY_PAID" };
    if (facts.kind !== "missed" && hasHistory && !paid?.has(month)) return { code: "NOT_PAID" };
    if (facts.kind === "missed" && month < coefficientEnd) {
      if (facts.hukou === undefined) return { code: "PRE_2011_HUKOU_MISSING" };
      if (isRural(facts.hukou)) return { code: "PRE_2011_RURAL" };
    }
    const otherRow = claimed.get(month);
    if (otherRow !== undefined) return { code: "MONTH_OVERLAP", otherRow };
    return undefined;
  };
}

/**
 * Splits the months of a row into runs of equal status that never cross a limit-period boundary, the end of
 * the amplification coefficient or the start of tax collection.
 */
function buildSegments(facts: RowFacts, params: ParameterSet, statusOf: (month: YearMonth) => MonthStatus | undefined) {
  const segments: Array<Segment & { otherRow?: number }> = [];
  const coefficientEnd = params.coefficientScopeEnd();
  let current: (Segment & { otherRow?: number }) | undefined;

  for (let month = facts.start; month <= facts.end; month = addMonths(month, 1)) {
    const status = statusOf(month);
    const boundary = month === coefficientEnd || month === TAX_COLLECTION_START || params.periodOf(month)?.start === month;
    const same =
      current !== undefined &&
      !boundary &&
      current.payable === (status === undefined) &&
      current.reasonCode === status?.code &&
      current.otherRow === status?.otherRow;
    if (same) {
      current!.to = month;
      continue;
    }
    current = { from: month, to: month, payable: status === undefined };
    if (status) current.reasonCode = status.code;
    if (status?.otherRow !== undefined) current.otherRow = status.otherRow;
    if (!status) current.route = routeOf(facts.kind, month);
    segments.push(current);
  }
  return segments;
}

/** Message keys of the not-payable reasons; each becomes a warning on its segment. */
const REASON_KEYS = {
  MONTH_HANDLING: "roster.handlingMonth",
  BEFORE_WORKING_AGE: "roster.beforeWorkingAge",
  RETIREMENT_MONTH: "roster.retirementMonth",
  AFTER_RETIREMENT: "roster.afterRetirement",
  RETIREMENT_POST_MISSING: "roster.retirementPostMissing",
  OUTSIDE_EMPLOYMENT: "roster.beforeHire",
  ALREADY_PAID: "roster.alreadyPaid",
  NOT_PAID: "roster.notPaid",
  PRE_2011_HUKOU_MISSING: "roster.pre2011HukouMissing",
  PRE_2011_RURAL: "roster.pre2011Rural",
  MONTH_OVERLAP: "roster.overlap",
} as const;

function reasonFindings(segments: Array<Segment & { otherRow?: number }>, facts: RowFacts, age: AgeFacts, findings: Finding[]) {
  for (const segment of segments) {
    if (segment.payable || !segment.reasonCode) continue;
    let key: Finding["key"] = REASON_KEYS[segment.reasonCode as keyof typeof REASON_KEYS];
    if (segment.reasonCode === "OUTSIDE_EMPLOYMENT" && facts.leaveMonth !== undefined && segment.from > facts.leaveMonth) {
      key = "roster.afterLeave";
    }
    findings.push({
      code: segment.reasonCode,
      severity: "warning",
      months: { from: segment.from, to: segment.to },
      key,
      params: {
        from: formatYearMonth(segment.from),
        to: formatYearMonth(segment.to),
        month: formatYearMonth(segment.from),
        row: segment.otherRow ?? "",
        retirement: age.retirementMonth !== undefined ? formatYearMonth(age.retirementMonth) : "",
        hire: facts.hireMonth !== undefined ? formatYearMonth(facts.hireMonth) : "",
        leave: facts.leaveMonth !== undefined ? formatYearMonth(facts.leaveMonth) : "",
      },
    });
  }
}

/** Warns once per row about checks that could not be made for lack of a fact. */
function missingFactFindings(row: RosterRowInput, facts: RowFacts, age: AgeFacts, findings: Finding[]) {
  if (facts.birthMonth === undefined) {
    findings.push({ code: "BIRTH_UNKNOWN", severity: "warning", key: "roster.birthUnknown", params: {} });
  } else if (age.retirementMonth === undefined) {
    findings.push({ code: "RETIREMENT_UNKNOWN", severity: "warning", key: "roster.retirementUnknown", params: {} });
  }
  if (row.cells.hireDate !== undefined && facts.hireMonth === undefined && !findings.some((f) => f.code === "HIRE_DATE_INVALID")) {
    findings.push({ code: "HIRE_DATE_MISSING", severity: "warning", key: "roster.hireDateMissing", params: {} });
  }
}

/** Notes where the declared wage lies outside a period's pension limits: the portal will clamp it. */
function wageNotes(facts: RowFacts, segments: Segment[], params: ParameterSet, findings: Finding[]) {
  if (facts.wage.decimalPlaces() > 2) {
    findings.push({
      code: "WAGE_ROUNDED",
      severity: "info",
      key: "roster.wageRounded",
      params: { wage: facts.wage.toString(), rounded: roundFen(facts.wage).toFixed(2) },
    });
  }
  if (facts.wage.isZero()) {
    findings.push({ code: "WAGE_ZERO", severity: "warning", key: "roster.wageZero", params: {} });
    return;
  }
  const noted = new Set<string>();
  for (const segment of segments) {
    if (!segment.payable) continue;
    const period = params.periodOf(segment.from);
    if (!period || noted.has(period.id)) continue;
    noted.add(period.id);
    let limits;
    try {
      limits = params.limits(segment.from, "pension", facts.hukou);
    } catch {
      continue;
    }
    const common = { wage: roundFen(facts.wage).toFixed(2), from: formatYearMonth(period.start), to: formatYearMonth(period.end) };
    const months = { from: segment.from, to: segment.to };
    if (facts.wage.lessThan(limits.lower)) {
      findings.push({ code: "WAGE_BELOW_LOWER", severity: "info", months, key: "roster.wageBelowLower", params: { ...common, limit: limits.lower.toString() } });
    } else if (facts.wage.greaterThan(limits.upper)) {
      findings.push({ code: "WAGE_ABOVE_UPPER", severity: "info", months, key: "roster.wageAboveUpper", params: { ...common, limit: limits.upper.toString() } });
    }
  }
}

function uploadRowsOf(row: RosterRowInput, facts: RowFacts, segments: Segment[]): UploadRow[] {
  return segments
    .filter((segment) => segment.payable)
    .map((segment) => ({
      identityNumber: facts.personKey,
      name: facts.name,
      start: segment.from,
      end: segment.to,
      wage: roundFen(facts.wage),
      kind: facts.kind,
      fileKey: uploadFileKey(facts.kind, segment.from),
      sheetRow: row.sheetRow,
    }));
}

export interface CheckedRow {
  result: RowResult;
  facts?: RowFacts;
  age?: AgeFacts;
}

function checkRow(row: RosterRowInput, context: RowContext): CheckedRow {
  const findings: Finding[] = [];
  const facts = readRowFacts(row, context.params, context.handlingMonth, context.options.defaultKind ?? "missed", findings);
  const rawIdentity: CellValue = row.cells.identityNumber;
  const shownIdentity = facts?.personKey ?? (typeof rawIdentity === "string" || typeof rawIdentity === "number" ? normaliseText(String(rawIdentity)) : "");
  const base: RowResult = {
    sheetRow: row.sheetRow,
    kind: facts?.kind ?? context.options.defaultKind ?? "missed",
    name: cellText(row.cells.name),
    maskedIdentityNumber: maskIdentityNumber(shownIdentity),
    findings,
    segments: [],
    uploadRows: [],
    outcome: "reported",
  };
  if (!facts) return { result: base };

  const age = ageFacts(facts, context.params);
  const claimKey = `${facts.personKey}|${kindGroup(facts.kind)}`;
  const claimed = context.claimed.get(claimKey) ?? new Map<YearMonth, number>();
  context.claimed.set(claimKey, claimed);

  const segments = buildSegments(facts, context.params, monthStatus(facts, age, context, claimed));
  reasonFindings(segments, facts, age, findings);
  missingFactFindings(row, facts, age, findings);
  wageNotes(facts, segments, context.params, findings);

  for (const segment of segments) {
    if (!segment.payable) continue;
    for (let month = segment.from; month <= segment.to; month = addMonths(month, 1)) claimed.set(month, row.sheetRow);
  }

  const uploadRows = uploadRowsOf(row, facts, segments);
  if (uploadRows.length === 0) findings.push({ code: "NO_PAYABLE_MONTHS", severity: "warning", key: "roster.noPayableMonths", params: {} });

  const result: RowResult = {
    ...base,
    kind: facts.kind,
    segments: segments.map(({ otherRow: _otherRow, ...segment }) => segment),
    uploadRows,
    outcome: uploadRows.length > 0 ? "exported" : "reported",
    calculation: {
      wage: facts.wage,
      identityNumber: facts.personKey,
      ...(facts.hukou ? { hukou: facts.hukou } : {}),
      ...(facts.declaredBase ? { declaredBase: facts.declaredBase } : {}),
    },
  };
  return { result, facts, age };
}

/**
 * Checks every roster row declared on `options.handlingDay` and returns, for each input row in order, its
 * findings, segments and upload rows, and per person the materials and, for a base difference, whether the
 * commitment procedure is open. Every row ends exported or reported.
 */
export function checkRoster(roster: Roster, options: CheckOptions, params: ParameterSet, progress: CheckProgress = {}): CheckResult {
  const context: RowContext = { params, options, handlingMonth: yearMonthOfDay(options.handlingDay), claimed: new Map() };
  const every = progress.every ?? 1000;
  const checked: CheckedRow[] = [];

  roster.rows.forEach((row, index) => {
    checked.push(checkRow(row, context));
    if (progress.onProgress && (index + 1) % every === 0) progress.onProgress(index + 1, roster.rows.length);
  });

  const problems: SheetProblem[] = [];
  if (!options.history) {
    problems.push({ cell: `${roster.sheetName}`, severity: "warning", key: "roster.historyMissing", params: {} });
  }
  if (roster.columns.hireDate === undefined) {
    problems.push({ cell: `${roster.sheetName}`, severity: "warning", key: "roster.hireColumnMissing", params: {} });
  }

  const persons = judgePersons(checked, context.handlingMonth, params, options);
  return { handlingDay: options.handlingDay, sheetName: roster.sheetName, rows: checked.map((entry) => entry.result), persons, problems };
}

export type { AgeFacts };
