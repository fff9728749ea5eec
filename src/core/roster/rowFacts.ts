// Reading one roster row into facts. The five required cells decide whether the row can be trusted: a bad
// one is an error and the row is never exported. An optional cell that cannot be read is a warning, and the
// check that needed it is not made.

import type Decimal from "decimal.js";
import { ref, type MessageKey } from "../../i18n";
import { formatYearMonth, yearMonthOfDay, type YearMonth } from "../calendar";
import { BujiaoError } from "../errors";
import { parseIdentityNumber, type IdentityNumber } from "../identity";
import { isBlank, normaliseText, parseAmount, parseDay, parseFeeMonth, parseWord, type CellValue, type FieldKey } from "../parse";
import type { ParameterSet } from "../params/parameterSet";
import type { HukouType } from "../params/types";
import { parsePost, parseSex, type Post, type Sex } from "../retirement";
import { parseHukouType } from "../words";
import { personKey } from "./history";
import type { BackpayKind, Finding, OptionalRosterField, RosterRowInput } from "./types";

/** idCard: 18-character numbers that carry a check digit; passport and travelPermit numbers are not checked. */
export type DocumentType = "idCard" | "passport" | "travelPermit";

export interface RowFacts {
  kind: BackpayKind;
  documentType: DocumentType;
  /** The matching key across rows and sheets: the number in upper case. */
  personKey: string;
  identity?: IdentityNumber;
  name: string;
  start: YearMonth;
  end: YearMonth;
  wage: Decimal;
  birthMonth?: YearMonth;
  sex?: Sex;
  post?: Post;
  hukou?: HukouType;
  hireMonth?: YearMonth;
  leaveMonth?: YearMonth;
  injuryMonth?: YearMonth;
  temporaryAccount?: boolean;
  earlierBaseDiff?: boolean;
  declaredBase?: Decimal;
  /** 港澳台 residents, by a 居住证 number (81–83) or a travel permit. */
  hongKongMacaoTaiwan: boolean;
}

const ID_CODES: Record<string, string> = {
  "id.missing": "ID_MISSING",
  "id.numeric": "ID_STORED_AS_NUMBER",
  "id.oldFormat": "ID_OLD_FORMAT",
  "id.length": "ID_LENGTH",
  "id.characters": "ID_CHARACTERS",
  "id.region": "ID_REGION",
  "id.birth": "ID_BIRTH_DATE",
  "id.checkDigit": "ID_CHECK_DIGIT",
  "input.error": "ID_ERROR_VALUE",
  "input.uncalculated": "ID_ERROR_VALUE",
};

/** Names longer than this are rejected; long transliterated foreign names still fit. */
const MAX_NAME_LENGTH = 50;

/** Finding codes of wage errors by the message key the parser raised; any other key is WAGE_INVALID. */
const WAGE_CODES: Record<string, string> = {
  "input.missing": "WAGE_MISSING",
  "number.negative": "WAGE_NEGATIVE",
};

function words<T extends string>(entries: Array<[T, string[]]>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [id, list] of entries) {
    map.set(id.toLowerCase(), id);
    for (const word of list) map.set(word.toLowerCase(), id);
  }
  return map;
}

const KIND_WORDS = words<BackpayKind>([
  ["missed", ["个人补缴", "单位申报个人补缴", "补缴", "未按时缴纳"]],
  ["baseDiffTopUp", ["基数差补缴", "单位申报基数差补缴", "补基数差", "补差", "基数差", "未足额缴纳"]],
  ["baseDiffRefund", ["基数差退费", "单位申报基数差退费", "退基数差", "退差"]],
]);

const DOCUMENT_WORDS = words<DocumentType>([
  ["idCard", ["居民身份证", "身份证", "港澳台居民居住证", "外国人永久居留身份证", "永久居留身份证", "社会保障号码"]],
  ["passport", ["护照", "外国护照"]],
  ["travelPermit", ["港澳居民来往内地通行证", "台湾居民来往大陆通行证", "回乡证", "台胞证", "通行证"]],
]);

const FLAG_WORDS = words<"yes" | "no">([
  ["yes", ["是", "有", "y", "true", "1", "√", "✓"]],
  ["no", ["否", "无", "n", "false", "0", "×"]],
]);

function errorFinding(code: string, error: BujiaoError): Finding {
  return { code, severity: "error", key: error.key, params: error.params };
}

function attempt<T>(read: () => T, onError: (error: BujiaoError) => void): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof BujiaoError)) throw error;
    onError(error);
    return undefined;
  }
}

export function cellText(value: CellValue): string {
  if (isBlank(value) || typeof value === "object") return "";
  return normaliseText(String(value));
}

/** Reads an optional cell; a value that cannot be read becomes a warning naming it, and the fact stays unknown. */
function optional<T>(
  row: RosterRowInput,
  field: OptionalRosterField,
  code: string,
  findings: Finding[],
  read: (value: CellValue) => T,
): T | undefined {
  const value = row.cells[field];
  if (value === undefined || isBlank(value)) return undefined;
  return attempt(
    () => read(value),
    (error) => findings.push({ code, severity: "warning", key: "roster.optionalUnreadable", params: { message: { key: error.key, params: error.params } } }),
  );
}

function readFlag(field: FieldKey) {
  return (value: CellValue): boolean => {
    if (typeof value === "boolean") return value;
    return parseWord(value, field, FLAG_WORDS, "是、否") === "yes";
  };
}

/**
 * Reads a roster row. Returns undefined when a required cell has an error finding; optional cells that cannot
 * be read add warnings and are left out.
 */
export function readRowFacts(
  row: RosterRowInput,
  params: ParameterSet,
  handlingMonth: YearMonth,
  defaultKind: BackpayKind,
  findings: Finding[],
): RowFacts | undefined {
  const name = cellText(row.cells.name);
  if (name === "") findings.push({ code: "NAME_MISSING", severity: "error", key: "roster.nameMissing", params: {} });
  // The portal takes a name on one line; a control character or a paragraph is a paste gone wrong.
  if (/[\u0000-\u001f\u007f]/.test(name) || [...name].length > MAX_NAME_LENGTH) {
    const shown = [...name.replace(/[\u0000-\u001f\u007f]/g, " ")].slice(0, 20).join("");
    findings.push({ code: "NAME_INVALID", severity: "error", key: "roster.nameInvalid", params: { value: shown, max: MAX_NAME_LENGTH } });
  }

  const kindCell = row.cells.kind;
  const kind =
    kindCell === undefined || isBlank(kindCell)
      ? defaultKind
      : attempt(
          () => parseWord(kindCell, "field.backpayKind", KIND_WORDS, "个人补缴、基数差补缴、基数差退费"),
          (error) => findings.push(errorFinding("KIND_INVALID", error)),
        );

  const documentType =
    optional(row, "documentType", "DOCUMENT_TYPE_INVALID", findings, (value) =>
      parseWord(value, "field.documentType", DOCUMENT_WORDS, "居民身份证、护照、港澳居民来往内地通行证、台湾居民来往大陆通行证"),
    ) ?? "idCard";

  let identity: IdentityNumber | undefined;
  let key: string | undefined;
  if (documentType === "idCard") {
    identity = attempt(
      () => parseIdentityNumber(row.cells.identityNumber),
      (error) => findings.push(errorFinding(ID_CODES[error.key] ?? "ID_INVALID", error)),
    );
    key = identity?.value;
  } else {
    key = personKey(row.cells.identityNumber);
    if (!key) findings.push({ code: "ID_MISSING", severity: "error", key: "roster.documentNumberMissing", params: {} });
  }

  const start = attempt(
    () => parseFeeMonth(row.cells.startMonth, "field.startMonth"),
    (error) => findings.push(errorFinding("START_MONTH_INVALID", error)),
  );
  const end = attempt(
    () => parseFeeMonth(row.cells.endMonth, "field.endMonth"),
    (error) => findings.push(errorFinding("END_MONTH_INVALID", error)),
  );
  const wage = attempt(
    () => parseAmount(row.cells.wage, "field.wage"),
    (error) => findings.push(errorFinding(WAGE_CODES[error.key] ?? "WAGE_INVALID", error)),
  );
  if (start !== undefined && end !== undefined) checkMonthRange(start, end, params, handlingMonth, findings);

  const sexCell = optional(row, "sex", "SEX_INVALID", findings, parseSex);
  if (identity && sexCell !== undefined && sexCell !== identity.sex) {
    findings.push({
      code: "SEX_MISMATCH",
      severity: "warning",
      key: "roster.sexMismatch",
      params: { sex: ref(`retire.sex.${sexCell}`), identitySex: ref(`retire.sex.${identity.sex}`) },
    });
  }
  const monthOf = (value: CellValue, field: FieldKey) => yearMonthOfDay(parseDay(value, field));
  const facts: Omit<RowFacts, "kind" | "personKey" | "start" | "end" | "wage"> = {
    documentType,
    identity,
    name,
    birthMonth: identity ? yearMonthOfDay(identity.birth) : undefined,
    sex: identity?.sex ?? sexCell,
    post: optional(row, "post", "POST_INVALID", findings, parsePost),
    hukou: optional(row, "hukouType", "HUKOU_INVALID", findings, parseHukouType),
    hireMonth: optional(row, "hireDate", "HIRE_DATE_INVALID", findings, (value) => monthOf(value, "field.hireDate")),
    leaveMonth: optional(row, "leaveDate", "LEAVE_DATE_INVALID", findings, (value) => monthOf(value, "field.leaveDate")),
    injuryMonth: optional(row, "injuryDate", "INJURY_DATE_INVALID", findings, (value) => monthOf(value, "field.injuryDate")),
    temporaryAccount: optional(row, "temporaryAccount", "FLAG_INVALID", findings, readFlag("field.temporaryAccount")),
    earlierBaseDiff: optional(row, "earlierBaseDiff", "FLAG_INVALID", findings, readFlag("field.earlierBaseDiff")),
    declaredBase: optional(row, "declaredBase", "DECLARED_BASE_INVALID", findings, (value) => parseAmount(value, "field.declaredBase")),
    hongKongMacaoTaiwan: identity?.kind === "hkMacaoTaiwan" || documentType === "travelPermit",
  };

  if (facts.hireMonth !== undefined && facts.leaveMonth !== undefined && facts.leaveMonth < facts.hireMonth) {
    findings.push({
      code: "LEAVE_BEFORE_HIRE",
      severity: "warning",
      key: "roster.leaveBeforeHire",
      params: { hire: formatYearMonth(facts.hireMonth), leave: formatYearMonth(facts.leaveMonth) },
    });
    facts.leaveMonth = undefined;
  }

  if (findings.some((finding) => finding.severity === "error")) return undefined;
  return { ...facts, kind: kind!, personKey: key!, start: start!, end: end!, wage: wage! };
}

function checkMonthRange(start: YearMonth, end: YearMonth, params: ParameterSet, handlingMonth: YearMonth, findings: Finding[]): void {
  const months = { from: start, to: end };
  const firstMonth = params.insuranceStart("pension");
  const push = (code: string, key: MessageKey, values: Record<string, string>) =>
    findings.push({ code, severity: "error", months, key, params: values });

  if (start > end) {
    findings.push({ code: "MONTH_ORDER", severity: "error", key: "roster.monthOrder", params: { start: formatYearMonth(start), end: formatYearMonth(end) } });
    return;
  }
  if (firstMonth !== undefined && start < firstMonth) {
    push("MONTH_BEFORE_SCHEME", "roster.monthBeforeScheme", { start: formatYearMonth(start), first: formatYearMonth(firstMonth) });
  }
  if (end > handlingMonth) {
    push("MONTH_AFTER_HANDLING", "roster.monthAfterHandling", { end: formatYearMonth(end), handling: formatYearMonth(handlingMonth) });
  }
}
