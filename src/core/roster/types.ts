// The shapes a roster check works on: sheets as plain cell grids, the roster found in them, the findings of
// each row, its payable and not-payable segments and the upload rows it produces.

import type Decimal from "decimal.js";
import type { MessageKey, MessageParams } from "../../i18n";
import type { Day, YearMonth } from "../calendar";
import type { CellValue } from "../parse";
import type { UnitFacts } from "../unit";
import type { HukouType } from "../params/types";

/** A worksheet's used range as values; `rows[0]` is Excel row 1 and `rows[r][0]` column A. */
export interface SheetData {
  name: string;
  rows: CellValue[][];
}

/** error: the row cannot be exported; warning: shown, the row's payable months are still exported; info: a note. */
export type Severity = "error" | "warning" | "info";

export interface MonthRange {
  from: YearMonth;
  to: YearMonth;
}

export interface Finding {
  /** A stable, documented code such as ID_CHECK_DIGIT. */
  code: string;
  severity: Severity;
  /** The months the finding concerns, when it concerns some and not the whole row. */
  months?: MonthRange;
  key: MessageKey;
  params: MessageParams;
}

/** The roster columns every row needs. */
export type RosterField = "name" | "identityNumber" | "startMonth" | "endMonth" | "wage";

/** Columns a roster may have; a check that needs a missing one warns that it could not be made. */
export type OptionalRosterField =
  | "kind"
  | "documentType"
  | "hukouType"
  | "sex"
  | "post"
  | "hireDate"
  | "leaveDate"
  | "injuryDate"
  | "temporaryAccount"
  | "earlierBaseDiff"
  | "declaredBase";

export type AnyRosterField = RosterField | OptionalRosterField;

export interface Roster {
  sheetName: string;
  /** Excel row number of the header row. */
  headerRow: number;
  /** Zero-based column of each field in the sheet; optional fields only when present. */
  columns: Record<RosterField, number> & Partial<Record<OptionalRosterField, number>>;
  /** Header text of every column, as found. */
  headers: string[];
  rows: RosterRowInput[];
}

export interface RosterRowInput {
  /** Excel row number. */
  sheetRow: number;
  /** Required fields always have a cell (null when empty); optional fields only when the column exists. */
  cells: Record<RosterField, CellValue> & Partial<Record<OptionalRosterField, CellValue>>;
}

/**
 * Who handles a payable segment: individual back-payment before 2023-12 on the 社保 portal, from 2023-12 on the
 * portal and then in the tax bureau's 社保费管理客户端; base difference before 2023-12 at 社保 (portal or counter),
 * from 2023-12 at the tax bureau alone.
 */
export type Route = "socialPortal" | "socialPortalThenTaxClient" | "socialPortalOrCounter" | "taxBureau";

/** A run of months of one row that is either payable or not, with the reason when it is not. */
export interface Segment extends MonthRange {
  payable: boolean;
  /** Finding code that made the months not payable. */
  reasonCode?: string;
  route?: Route;
}

/** One row of a batch upload file (批量申报). */
export interface UploadRow {
  identityNumber: string;
  name: string;
  start: YearMonth;
  end: YearMonth;
  /** The contribution wage as declared, rounded to the fen, not clamped to the limits. */
  wage: Decimal;
  kind: BackpayKind;
  /** The key of the upload file the row belongs to: missed, missed-from-2023-12, baseDiffTopUp, baseDiffRefund, baseDiff-tax. */
  fileKey: string;
  sheetRow: number;
}

export interface RowResult {
  sheetRow: number;
  kind: BackpayKind;
  /** The name as typed, trimmed; empty when missing. */
  name: string;
  /** The identity number with the middle masked, for display and logs. */
  maskedIdentityNumber: string;
  findings: Finding[];
  segments: Segment[];
  uploadRows: UploadRow[];
  /** The inputs the report needs to compute amounts; absent when the row has an error. */
  calculation?: RowCalculation;
  /** exported: at least one upload row; reported: no upload row, and the findings give the reason. */
  outcome: "exported" | "reported";
}

export type BackpayKind = "missed" | "baseDiffTopUp" | "baseDiffRefund";

export interface RowCalculation {
  /** The declared contribution wage (for a base difference: the correct one). */
  wage: Decimal;
  hukou?: HukouType;
  /** For a base difference: the base already declared. */
  declaredBase?: Decimal;
  identityNumber: string;
}

export interface CheckOptions {
  handlingDay: Day;
  /** The kind of rows without a 补缴类型 cell; default individual back-payment. */
  defaultKind?: BackpayKind;
  unit?: UnitFacts;
  /** Months already paid per normalised identity number, from the 缴费记录 sheet; absent when there is none. */
  history?: ContributionHistory;
}

/** Months with a contribution record per person. */
export type ContributionHistory = ReadonlyMap<string, ReadonlySet<YearMonth>>;

/** A problem with a cell outside the roster rows, such as a malformed row of the 缴费记录 sheet. */
export interface SheetProblem {
  /** The cell address, e.g. 缴费记录!C4. */
  cell: string;
  severity: Severity;
  key: MessageKey;
  params: MessageParams;
}

export type MaterialKey = Extract<MessageKey, `material.${string}`>;

export interface MaterialItem {
  key: MaterialKey;
  /** The reason the item applies, when only some people need it. */
  reason?: MessageKey;
  reasonParams?: MessageParams;
}

/** Whether the commitment procedure (承诺制) is open for a person's base difference, and why not. */
export interface CommitmentVerdict {
  /** unknown: a unit fact it depends on is not set in 单位信息. */
  status: "available" | "notAvailable" | "unknown";
  /** Finding codes of the reasons it is not available or unknown. */
  reasons: string[];
}

export interface PersonResult {
  identityNumber: string;
  maskedIdentityNumber: string;
  name: string;
  kind: BackpayKind;
  sheetRows: number[];
  payableMonths: number;
  retirementMonth?: YearMonth;
  materials: MaterialItem[];
  commitment?: CommitmentVerdict;
}

export interface CheckResult {
  handlingDay: Day;
  sheetName: string;
  rows: RowResult[];
  /** One entry per person and kind with payable or checked months, in roster order. */
  persons: PersonResult[];
  problems: SheetProblem[];
}
