// The finding codes of the roster check, one entry per code: its severity, the message keys its findings
// carry, what it means and how to fix it (catalogue keys findingDoc.<code>.meaning and .fix), the back-payment
// kinds it concerns, and an example message. Problems of a whole sheet, which have no code, are listed by
// their message key. scripts/gen-finding-docs.ts renders docs/zh-CN/findings.md and docs/en/findings.md from
// this table, and the golden roster test checks it against the codes the engine emits.

import { t, ref, type Locale, type MessageKey, type MessageRef } from "../../i18n";
import { maskIdentityNumber } from "../identity";
import { HISTORY_SHEET_NAME } from "./history";
import type { BackpayKind, Severity } from "./types";

/** The place of a finding: one roster row, a person's first row, or a whole sheet. */
export type FindingScope = "row" | "person" | "sheet";

/** A parameter of an example message: a value, a catalogue entry, or a nested message, all in one locale. */
export type ExampleParam = string | number | MessageRef | ExampleMessage;

export interface ExampleMessage {
  key: MessageKey;
  params: Record<string, ExampleParam>;
}

type CodeWithKey<Suffix extends string> = MessageKey extends infer Key
  ? Key extends `findingDoc.${infer Code}.${Suffix}`
    ? Code
    : never
  : never;

/** A code whose meaning and fix are in the catalogue, so the type check fails for an undocumented code. */
export type DocumentedCode = CodeWithKey<"meaning"> & CodeWithKey<"fix">;

export interface FindingCodeDoc {
  /** The finding code, or the message key of a sheet problem. */
  code: DocumentedCode;
  severity: Severity;
  scope: FindingScope;
  /** Every message key a finding with this code can carry. */
  messageKeys: readonly MessageKey[];
  kinds: readonly BackpayKind[];
  example: ExampleMessage;
}

const ALL_KINDS: readonly BackpayKind[] = ["missed", "baseDiffTopUp", "baseDiffRefund"];
const MISSED: readonly BackpayKind[] = ["missed"];
const BASE_DIFF: readonly BackpayKind[] = ["baseDiffTopUp", "baseDiffRefund"];
const TOP_UP: readonly BackpayKind[] = ["baseDiffTopUp"];

/** Message keys parseFeeMonth can raise for a start or end month. */
const MONTH_KEYS: readonly MessageKey[] = [
  "input.missing",
  "input.boolean",
  "input.error",
  "input.uncalculated",
  "feeMonth.invalid",
  "feeMonth.badMonth",
  "feeMonth.fraction",
  "feeMonth.notWhole",
  "feeMonth.outOfRange",
  "date.notReal",
  "date.phantom",
  "date.outOfRange",
];

const IDENTITY_KEYS: readonly MessageKey[] = [
  "id.missing",
  "id.numeric",
  "id.oldFormat",
  "id.length",
  "id.characters",
  "id.region",
  "id.birth",
  "id.checkDigit",
];

const UNREADABLE: readonly MessageKey[] = ["roster.optionalUnreadable"];

function message(key: MessageKey, params: Record<string, ExampleParam> = {}): ExampleMessage {
  return { key, params };
}

/** roster.optionalUnreadable wraps the message of the parser that rejected the cell. */
function unreadable(inner: ExampleMessage): ExampleMessage {
  return message("roster.optionalUnreadable", { message: inner });
}

const masked = (number: string) => maskIdentityNumber(number);

function row(code: DocumentedCode, severity: Severity, messageKeys: readonly MessageKey[], kinds: readonly BackpayKind[], exampleMessage: ExampleMessage): FindingCodeDoc {
  return { code, severity, scope: "row", messageKeys, kinds, example: exampleMessage };
}

function person(code: DocumentedCode, severity: Severity, key: MessageKey, kinds: readonly BackpayKind[], exampleMessage: ExampleMessage): FindingCodeDoc {
  return { code, severity, scope: "person", messageKeys: [key], kinds, example: exampleMessage };
}

function sheet(key: DocumentedCode & MessageKey, exampleMessage: ExampleMessage): FindingCodeDoc {
  return { code: key, severity: "warning", scope: "sheet", messageKeys: [key], kinds: ALL_KINDS, example: exampleMessage };
}

/** Every code the roster check can emit, errors first, grouped by the module that emits them. */
export const FINDING_CODES: readonly FindingCodeDoc[] = [
  // Errors: the row cannot be read or trusted and is never exported (rowFacts.ts).
  row("NAME_MISSING", "error", ["roster.nameMissing"], ALL_KINDS, message("roster.nameMissing")),
  row("NAME_INVALID", "error", ["roster.nameInvalid"], ALL_KINDS, message("roster.nameInvalid", { value: "张 三", max: 50 })),
  row("KIND_INVALID", "error", ["word.unknown", "input.boolean", "input.error"], ALL_KINDS,
    message("word.unknown", { field: ref("field.backpayKind"), value: ref("findingDoc.example.kindValue"), choices: ref("findingDoc.example.kindChoices") })),
  row("ID_MISSING", "error", ["id.missing", "roster.documentNumberMissing"], ALL_KINDS, message("id.missing")),
  row("ID_STORED_AS_NUMBER", "error", ["id.numeric"], ALL_KINDS, message("id.numeric", { value: masked("110105196511150020") })),
  row("ID_OLD_FORMAT", "error", ["id.oldFormat"], ALL_KINDS, message("id.oldFormat", { value: masked("110105491231002") })),
  row("ID_LENGTH", "error", ["id.length"], ALL_KINDS, message("id.length", { value: masked("11010519491231002"), length: 17 })),
  row("ID_CHARACTERS", "error", ["id.characters"], ALL_KINDS, message("id.characters", { value: masked("11010519491231O02X") })),
  row("ID_REGION", "error", ["id.region"], ALL_KINDS, message("id.region", { value: masked("19010519491231002X"), code: "19" })),
  row("ID_BIRTH_DATE", "error", ["id.birth"], ALL_KINDS, message("id.birth", { value: masked("110105194913310021"), birth: "1949-13-31" })),
  row("ID_CHECK_DIGIT", "error", ["id.checkDigit"], ALL_KINDS, message("id.checkDigit", { value: masked("110105194912310021"), expected: "X" })),
  row("ID_ERROR_VALUE", "error", ["input.error", "input.uncalculated"], ALL_KINDS, message("input.error", { field: ref("field.identityNumber"), value: "#REF!" })),
  // The fallback for an identity error key the code table lacks; parseIdentityNumber raises none today.
  row("ID_INVALID", "error", IDENTITY_KEYS, ALL_KINDS, message("id.length", { value: masked("1101051949123100"), length: 16 })),
  row("START_MONTH_INVALID", "error", MONTH_KEYS, ALL_KINDS, message("feeMonth.badMonth", { field: ref("field.startMonth"), value: "2023-13" })),
  row("END_MONTH_INVALID", "error", MONTH_KEYS, ALL_KINDS, message("feeMonth.fraction", { field: ref("field.endMonth"), value: 2023.1 })),
  row("WAGE_MISSING", "error", ["input.missing"], ALL_KINDS, message("input.missing", { field: ref("field.wage"), example: "8000" })),
  row("WAGE_NEGATIVE", "error", ["number.negative"], ALL_KINDS, message("number.negative", { field: ref("field.wage"), value: "-100" })),
  row("WAGE_ROUNDED", "info", ["roster.wageRounded"], ALL_KINDS, message("roster.wageRounded", { wage: "8000.555", rounded: "8000.56" })),
  row("WAGE_INVALID", "error", ["number.invalid", "number.notFinite", "number.tooLarge", "input.boolean", "input.error", "input.uncalculated"], ALL_KINDS,
    message("number.invalid", { field: ref("field.wage"), value: ref("findingDoc.example.amountText") })),
  row("MONTH_ORDER", "error", ["roster.monthOrder"], ALL_KINDS, message("roster.monthOrder", { start: "2023-05", end: "2023-02" })),
  row("MONTH_BEFORE_SCHEME", "error", ["roster.monthBeforeScheme"], ALL_KINDS, message("roster.monthBeforeScheme", { start: "1992-01", first: "1992-10" })),
  row("MONTH_AFTER_HANDLING", "error", ["roster.monthAfterHandling"], ALL_KINDS, message("roster.monthAfterHandling", { end: "2027-01", handling: "2026-12" })),

  // Warnings on optional cells that cannot be read: the check that needs the cell is not made (rowFacts.ts).
  row("DOCUMENT_TYPE_INVALID", "warning", UNREADABLE, ALL_KINDS,
    unreadable(message("word.unknown", { field: ref("field.documentType"), value: ref("findingDoc.example.documentValue"), choices: ref("findingDoc.example.documentChoices") }))),
  row("SEX_INVALID", "warning", UNREADABLE, ALL_KINDS,
    unreadable(message("word.unknown", { field: ref("field.sex"), value: ref("findingDoc.example.sexValue"), choices: ref("retire.sexChoices") }))),
  row("POST_INVALID", "warning", UNREADABLE, ALL_KINDS,
    unreadable(message("word.unknown", { field: ref("field.post"), value: ref("findingDoc.example.postValue"), choices: ref("retire.postChoices") }))),
  row("HUKOU_INVALID", "warning", UNREADABLE, ALL_KINDS,
    unreadable(message("word.unknown", { field: ref("field.hukouType"), value: ref("findingDoc.example.hukouValue"), choices: ref("findingDoc.example.hukouChoices") }))),
  row("HIRE_DATE_INVALID", "warning", UNREADABLE, ALL_KINDS, unreadable(message("date.notReal", { field: ref("field.hireDate"), value: "2023-02-30" }))),
  row("LEAVE_DATE_INVALID", "warning", UNREADABLE, ALL_KINDS, unreadable(message("date.notReal", { field: ref("field.leaveDate"), value: "2023-09-31" }))),
  row("INJURY_DATE_INVALID", "warning", UNREADABLE, ALL_KINDS,
    unreadable(message("date.invalid", { field: ref("field.injuryDate"), value: ref("findingDoc.example.dateText") }))),
  row("FLAG_INVALID", "warning", UNREADABLE, ALL_KINDS,
    unreadable(message("word.unknown", { field: ref("field.temporaryAccount"), value: ref("findingDoc.example.flagValue"), choices: ref("findingDoc.example.flagChoices") }))),
  row("DECLARED_BASE_INVALID", "warning", UNREADABLE, ALL_KINDS,
    unreadable(message("number.invalid", { field: ref("field.declaredBase"), value: ref("findingDoc.example.amountText") }))),
  row("SEX_MISMATCH", "warning", ["roster.sexMismatch"], ALL_KINDS, message("roster.sexMismatch", { sex: ref("retire.sex.female"), identitySex: ref("retire.sex.male") })),
  row("LEAVE_BEFORE_HIRE", "warning", ["roster.leaveBeforeHire"], ALL_KINDS, message("roster.leaveBeforeHire", { hire: "2023-05", leave: "2023-03" })),

  // Warnings on not-payable segments, in the order check.ts tests a month (check.ts).
  row("MONTH_HANDLING", "warning", ["roster.handlingMonth"], ALL_KINDS, message("roster.handlingMonth", { month: "2026-12" })),
  row("BEFORE_WORKING_AGE", "warning", ["roster.beforeWorkingAge"], ALL_KINDS, message("roster.beforeWorkingAge", { from: "2025-01", to: "2025-05" })),
  row("RETIREMENT_POST_MISSING", "warning", ["roster.retirementPostMissing"], ALL_KINDS,
    message("roster.retirementPostMissing", { from: "2025-02", to: "2025-05", retirement: "2025-02" })),
  row("RETIREMENT_MONTH", "warning", ["roster.retirementMonth"], ALL_KINDS, message("roster.retirementMonth", { month: "2024-06" })),
  row("AFTER_RETIREMENT", "warning", ["roster.afterRetirement"], ALL_KINDS, message("roster.afterRetirement", { from: "2024-07", to: "2024-08", retirement: "2024-06" })),
  row("OUTSIDE_EMPLOYMENT", "warning", ["roster.beforeHire", "roster.afterLeave"], ALL_KINDS,
    message("roster.beforeHire", { from: "2023-01", to: "2023-02", hire: "2023-03" })),
  row("ALREADY_PAID", "warning", ["roster.alreadyPaid"], MISSED, message("roster.alreadyPaid", { from: "2023-01", to: "2023-06" })),
  row("NOT_PAID", "warning", ["roster.notPaid"], BASE_DIFF, message("roster.notPaid", { from: "2022-10", to: "2022-12" })),
  row("PRE_2011_HUKOU_MISSING", "warning", ["roster.pre2011HukouMissing"], MISSED, message("roster.pre2011HukouMissing", { from: "2009-01", to: "2009-03" })),
  row("PRE_2011_RURAL", "warning", ["roster.pre2011Rural"], MISSED, message("roster.pre2011Rural", { from: "2010-10", to: "2011-03" })),
  row("MONTH_OVERLAP", "warning", ["roster.overlap"], ALL_KINDS, message("roster.overlap", { from: "2022-05", to: "2022-06", row: 37 })),

  // Warnings on facts a check needed and did not have; the months stay payable (check.ts).
  row("BIRTH_UNKNOWN", "warning", ["roster.birthUnknown"], ALL_KINDS, message("roster.birthUnknown")),
  // Needs a birth date without a retirement month, which the built-in retirement schedule never gives.
  row("RETIREMENT_UNKNOWN", "warning", ["roster.retirementUnknown"], ALL_KINDS, message("roster.retirementUnknown")),
  row("HIRE_DATE_MISSING", "warning", ["roster.hireDateMissing"], ALL_KINDS, message("roster.hireDateMissing")),
  row("WAGE_ZERO", "warning", ["roster.wageZero"], ALL_KINDS, message("roster.wageZero")),
  row("WAGE_BELOW_LOWER", "info", ["roster.wageBelowLower"], ALL_KINDS,
    message("roster.wageBelowLower", { wage: "3000.00", from: "2023-07", to: "2024-06", limit: "6326" })),
  row("WAGE_ABOVE_UPPER", "info", ["roster.wageAboveUpper"], ALL_KINDS,
    message("roster.wageAboveUpper", { wage: "40000.00", from: "2024-07", to: "2025-06", limit: "35283" })),
  row("NO_PAYABLE_MONTHS", "warning", ["roster.noPayableMonths"], ALL_KINDS, message("roster.noPayableMonths")),

  // Findings about a person, on the person's first row of each kind, or on the later row (person.ts).
  row("NAME_MISMATCH", "warning", ["roster.nameMismatch"], ALL_KINDS,
    message("roster.nameMismatch", { name: ref("findingDoc.example.otherName"), other: ref("findingDoc.example.name"), row: 39 })),
  person("LONG_BACKPAY", "info", "roster.longBackpay", MISSED, message("roster.longBackpay", { months: 36 })),
  person("CONTINUITY_NOTICE", "warning", "roster.continuity", MISSED, message("roster.continuity", { months: 7 })),
  person("EARLIER_UNPAID", "warning", "roster.earlierUnpaid", MISSED, message("roster.earlierUnpaid", { from: "2022-04", to: "2022-06", months: 3 })),
  person("TAX_BUREAU_MONTHS", "info", "roster.taxBureauMonths", BASE_DIFF, message("roster.taxBureauMonths", { months: 4 })),
  person("COMMIT_PRE_2011", "info", "commitment.pre2011", TOP_UP, message("commitment.pre2011")),
  person("COMMIT_BAD_CREDIT", "info", "commitment.badCredit", TOP_UP, message("commitment.badCredit")),
  person("COMMIT_CREDIT_UNKNOWN", "warning", "commitment.creditUnknown", TOP_UP, message("commitment.creditUnknown")),
  person("COMMIT_NO_PLEDGE", "info", "commitment.noPledge", TOP_UP, message("commitment.noPledge")),
  person("COMMIT_PLEDGE_UNKNOWN", "warning", "commitment.pledgeUnknown", TOP_UP, message("commitment.pledgeUnknown")),
  person("COMMIT_ALREADY_DIFF", "info", "commitment.alreadyDiff", TOP_UP, message("commitment.alreadyDiff")),
  person("COMMIT_TOO_LONG", "info", "commitment.tooLong", TOP_UP, message("commitment.tooLong", { months: 36 })),
  person("COMMIT_INJURY", "info", "commitment.injury", TOP_UP, message("commitment.injury", { injury: "2024-05", from: "2023-05", to: "2024-04" })),
  person("COMMIT_NEAR_RETIREMENT", "info", "commitment.nearRetirement", TOP_UP, message("commitment.nearRetirement", { retirement: "2027-03" })),
  person("COMMIT_POST_ASSUMED", "warning", "commitment.postAssumed", TOP_UP, message("commitment.postAssumed", { retirement: "2027-06" })),
  person("COMMITMENT_AVAILABLE", "info", "commitment.available", TOP_UP, message("commitment.available")),
  person("COMMITMENT_NOT_AVAILABLE", "info", "commitment.notAvailable", TOP_UP, message("commitment.notAvailable")),
  person("COMMITMENT_UNKNOWN", "info", "commitment.unknown", TOP_UP, message("commitment.unknown")),

  // Problems of a sheet (check.ts and history.ts), identified by their message key.
  sheet("roster.historyMissing", message("roster.historyMissing")),
  sheet("roster.hireColumnMissing", message("roster.hireColumnMissing")),
  sheet("history.noHeader", message("history.noHeader", { sheet: HISTORY_SHEET_NAME })),
  sheet("history.badIdentity", message("history.badIdentity", { cell: `${HISTORY_SHEET_NAME}!A17` })),
  sheet("history.monthOrder", message("history.monthOrder", { cell: `${HISTORY_SHEET_NAME}!D19` })),
  sheet("history.badMonth",
    message("history.badMonth", { cell: `${HISTORY_SHEET_NAME}!C18`, message: message("feeMonth.badMonth", { field: ref("field.startMonth"), value: "2024-13" }) })),
];

/** Codes no roster input produces today; they stay registered because the engine has a path that emits them. */
export const UNREACHABLE_CODES: readonly DocumentedCode[] = ["ID_INVALID", "RETIREMENT_UNKNOWN"];

/** Returns the registry entry of a code or sheet-problem key, or undefined for an unknown one. */
export function findingCodeDoc(code: string): FindingCodeDoc | undefined {
  return FINDING_CODES.find((entry) => entry.code === code);
}

export function meaningKey(entry: FindingCodeDoc): MessageKey {
  return `findingDoc.${entry.code}.meaning` as MessageKey;
}

export function fixKey(entry: FindingCodeDoc): MessageKey {
  return `findingDoc.${entry.code}.fix` as MessageKey;
}

/** Renders an example message in `locale`, nested messages included. */
export function renderExample(exampleMessage: ExampleMessage, locale: Locale): string {
  const params: Record<string, string | number | MessageRef> = {};
  for (const [name, value] of Object.entries(exampleMessage.params)) {
    params[name] = typeof value === "object" && "params" in value ? renderExample(value as ExampleMessage, locale) : value;
  }
  return t(exampleMessage.key, params, locale);
}
