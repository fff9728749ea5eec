// Checks across the rows of one person: a long back-payment, the effect on continuous-contribution records,
// an earlier unpaid month the roster skips, the commitment procedure (承诺制) for a base difference, and the
// materials to bring. The rules follow the Beijing 人社 guidance 《规范缴纳社保，保障职工权益》 (2026-01-13) and
// the 2011 late-fee notice (须从最早欠缴月依次补缴).

import { addMonths, formatYearMonth, type YearMonth } from "../calendar";
import { maskIdentityNumber } from "../identity";
import type { ParameterSet } from "../params/parameterSet";
import type { CheckedRow } from "./check";
import { materialsFor } from "./materials";
import type { RowFacts } from "./rowFacts";
import { TAX_COLLECTION_START } from "./routing";
import type { CheckOptions, CommitmentVerdict, Finding, PersonResult } from "./types";

/** A one-time pension back-payment of three years or more needs a legal document (补缴超过3年（含）). */
const LONG_BACKPAY_MONTHS = 36;
/** Months before the handling month whose back-payment may affect continuous-contribution requirements. */
const CONTINUITY_WINDOW_MONTHS = 60;
/** A base difference of the 12 fee months before a work injury is outside the commitment procedure. */
const INJURY_WINDOW_MONTHS = 12;
/** Less than 12 months to the statutory retirement month rules out the commitment procedure. */
const RETIREMENT_WINDOW_MONTHS = 12;

/** The finding that states each verdict. */
const VERDICT_FINDINGS = {
  available: { code: "COMMITMENT_AVAILABLE", key: "commitment.available" },
  notAvailable: { code: "COMMITMENT_NOT_AVAILABLE", key: "commitment.notAvailable" },
  unknown: { code: "COMMITMENT_UNKNOWN", key: "commitment.unknown" },
} as const;

interface Group {
  entries: Array<CheckedRow & { facts: RowFacts }>;
  payable: Set<YearMonth>;
}

function groupRows(checked: CheckedRow[]): Group[] {
  const groups = new Map<string, Group>();
  for (const entry of checked) {
    if (!entry.facts) continue;
    const key = `${entry.facts.personKey}|${entry.facts.kind}`;
    const group = groups.get(key) ?? { entries: [], payable: new Set<YearMonth>() };
    group.entries.push(entry as CheckedRow & { facts: RowFacts });
    for (const segment of entry.result.segments) {
      if (!segment.payable) continue;
      for (let month = segment.from; month <= segment.to; month = addMonths(month, 1)) group.payable.add(month);
    }
    groups.set(key, group);
  }
  return [...groups.values()];
}

function rangeOf(months: Iterable<YearMonth>): { from: YearMonth; to: YearMonth } | undefined {
  let from: YearMonth | undefined;
  let to: YearMonth | undefined;
  for (const month of months) {
    if (from === undefined || month < from) from = month;
    if (to === undefined || month > to) to = month;
  }
  return from === undefined || to === undefined ? undefined : { from, to };
}

function firstFact<K extends keyof RowFacts>(group: Group, key: K): RowFacts[K] | undefined {
  for (const entry of group.entries) if (entry.facts[key] !== undefined) return entry.facts[key];
  return undefined;
}

/**
 * Months of the labour relationship before the last requested month that the history shows unpaid and that no
 * row of the person requests: back-payments go from the earliest unpaid month on, so a skipped month is a gap.
 */
function earlierUnpaid(group: Group, options: CheckOptions, params: ParameterSet): YearMonth[] {
  const history = options.history;
  const hireMonth = firstFact(group, "hireMonth");
  if (!history || hireMonth === undefined) return [];
  const paid = history.get(group.entries[0].facts.personKey);
  const requested = new Set<YearMonth>();
  for (const entry of group.entries) {
    for (let month = entry.facts.start; month <= entry.facts.end; month = addMonths(month, 1)) requested.add(month);
  }
  const lastRequested = Math.max(...requested) as YearMonth;
  const schemeStart = params.insuranceStart("pension") ?? hireMonth;
  const workingAgeStart = group.entries[0].age?.workingAgeStart ?? hireMonth;
  const from = Math.max(hireMonth, schemeStart, workingAgeStart) as YearMonth;

  const unpaid: YearMonth[] = [];
  for (let month = from; month < lastRequested; month = addMonths(month, 1)) {
    if (!paid?.has(month) && !requested.has(month)) unpaid.push(month);
  }
  return unpaid;
}

function commitmentVerdict(group: Group, handlingMonth: YearMonth, options: CheckOptions, params: ParameterSet, findings: Finding[]) {
  const reasons: string[] = [];
  const unknown: string[] = [];
  const unit = options.unit ?? {};
  const payable = [...group.payable];
  const note = (code: string, key: Finding["key"], params: Finding["params"] = {}) =>
    findings.push({ code, severity: "info", key, params });

  if (payable.some((month) => month < params.coefficientScopeEnd())) {
    reasons.push("COMMIT_PRE_2011");
    note("COMMIT_PRE_2011", "commitment.pre2011");
  }
  if (unit.creditStanding === "bad") {
    reasons.push("COMMIT_BAD_CREDIT");
    note("COMMIT_BAD_CREDIT", "commitment.badCredit");
  } else if (unit.creditStanding === undefined) {
    unknown.push("COMMIT_CREDIT_UNKNOWN");
    findings.push({ code: "COMMIT_CREDIT_UNKNOWN", severity: "warning", key: "commitment.creditUnknown", params: {} });
  }
  if (unit.willingToPledge === false) {
    reasons.push("COMMIT_NO_PLEDGE");
    note("COMMIT_NO_PLEDGE", "commitment.noPledge");
  } else if (unit.willingToPledge === undefined) {
    unknown.push("COMMIT_PLEDGE_UNKNOWN");
    findings.push({ code: "COMMIT_PLEDGE_UNKNOWN", severity: "warning", key: "commitment.pledgeUnknown", params: {} });
  }
  if (group.entries.some((entry) => entry.facts.earlierBaseDiff === true)) {
    reasons.push("COMMIT_ALREADY_DIFF");
    note("COMMIT_ALREADY_DIFF", "commitment.alreadyDiff");
  }
  if (group.payable.size >= LONG_BACKPAY_MONTHS) {
    reasons.push("COMMIT_TOO_LONG");
    note("COMMIT_TOO_LONG", "commitment.tooLong", { months: group.payable.size });
  }
  const injuryMonth = firstFact(group, "injuryMonth");
  if (injuryMonth !== undefined) {
    const windowStart = addMonths(injuryMonth, -INJURY_WINDOW_MONTHS);
    if (payable.some((month) => month >= windowStart && month < injuryMonth)) {
      reasons.push("COMMIT_INJURY");
      note("COMMIT_INJURY", "commitment.injury", { injury: formatYearMonth(injuryMonth), from: formatYearMonth(windowStart), to: formatYearMonth(addMonths(injuryMonth, -1)) });
    }
  }
  const age = group.entries[0].age;
  const retirementMonth = age?.retirementMonth;
  if (retirementMonth !== undefined && retirementMonth - handlingMonth < RETIREMENT_WINDOW_MONTHS) {
    reasons.push("COMMIT_NEAR_RETIREMENT");
    note("COMMIT_NEAR_RETIREMENT", "commitment.nearRetirement", { retirement: formatYearMonth(retirementMonth) });
    const cadreMonth = age?.cadreRetirementMonth;
    if (age?.postAssumed && cadreMonth !== undefined && cadreMonth - handlingMonth >= RETIREMENT_WINDOW_MONTHS) {
      findings.push({
        code: "COMMIT_POST_ASSUMED",
        severity: "warning",
        key: "commitment.postAssumed",
        params: { retirement: formatYearMonth(retirementMonth) },
      });
    }
  }

  const verdict: CommitmentVerdict =
    reasons.length > 0
      ? { status: "notAvailable", reasons }
      : unknown.length > 0
        ? { status: "unknown", reasons: unknown }
        : { status: "available", reasons: [] };
  findings.push({ ...VERDICT_FINDINGS[verdict.status], severity: "info", params: {} });
  return verdict;
}

/**
 * Adds the findings that concern a person rather than one row (on the person's first row of each kind) and
 * returns one PersonResult per person and kind, in roster order.
 */
export function judgePersons(checked: CheckedRow[], handlingMonth: YearMonth, params: ParameterSet, options: CheckOptions): PersonResult[] {
  const persons: PersonResult[] = [];

  for (const group of groupRows(checked)) {
    const first = group.entries[0];
    const facts = first.facts;
    const findings = first.result.findings;

    const names = new Set(group.entries.map((entry) => entry.facts.name));
    if (names.size > 1) {
      for (const entry of group.entries.slice(1)) {
        if (entry.facts.name !== facts.name) {
          entry.result.findings.push({
            code: "NAME_MISMATCH",
            severity: "warning",
            key: "roster.nameMismatch",
            params: { name: entry.facts.name, other: facts.name, row: first.result.sheetRow },
          });
        }
      }
    }

    let commitment: CommitmentVerdict | undefined;
    if (facts.kind === "missed" && group.payable.size > 0) {
      if (group.payable.size >= LONG_BACKPAY_MONTHS) {
        findings.push({ code: "LONG_BACKPAY", severity: "info", key: "roster.longBackpay", params: { months: group.payable.size } });
      }
      const windowStart = addMonths(handlingMonth, -CONTINUITY_WINDOW_MONTHS);
      const recent = [...group.payable].filter((month) => month >= windowStart && month < handlingMonth).length;
      if (recent > 0) findings.push({ code: "CONTINUITY_NOTICE", severity: "warning", key: "roster.continuity", params: { months: recent } });

      const unpaid = earlierUnpaid(group, options, params);
      const range = rangeOf(unpaid);
      if (range) {
        findings.push({
          code: "EARLIER_UNPAID",
          severity: "warning",
          months: range,
          key: "roster.earlierUnpaid",
          params: { from: formatYearMonth(range.from), to: formatYearMonth(range.to), months: unpaid.length },
        });
      }
    } else if (group.payable.size > 0) {
      const taxSide = [...group.payable].filter((month) => month >= TAX_COLLECTION_START).length;
      if (taxSide > 0) findings.push({ code: "TAX_BUREAU_MONTHS", severity: "info", key: "roster.taxBureauMonths", params: { months: taxSide } });
      if (facts.kind === "baseDiffTopUp") commitment = commitmentVerdict(group, handlingMonth, options, params, findings);
    }

    persons.push({
      identityNumber: facts.personKey,
      maskedIdentityNumber: maskIdentityNumber(facts.personKey),
      name: facts.name,
      kind: facts.kind,
      sheetRows: group.entries.map((entry) => entry.result.sheetRow),
      payableMonths: group.payable.size,
      ...(first.age?.retirementMonth !== undefined ? { retirementMonth: first.age.retirementMonth } : {}),
      materials: group.payable.size > 0 ? materialsFor(group.entries.map((entry) => entry.facts), group.payable, commitment, options) : [],
      ...(commitment ? { commitment } : {}),
    });
  }
  return persons;
}

