// The shapes a roster check works on: sheets as plain cell grids, the roster found in them, the findings of
// each row, its payable and not-payable segments and the upload rows it produces.

import type Decimal from "decimal.js";
import type { MessageKey, MessageParams } from "../../i18n";
import type { Day, YearMonth } from "../calendar";
import type { CellValue } from "../parse";

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

/** The roster columns the checks read. Only the first five are required. */
export type RosterField = "name" | "identityNumber" | "startMonth" | "endMonth" | "wage";

export interface Roster {
  sheetName: string;
  /** Excel row number of the header row. */
  headerRow: number;
  /** Zero-based column of each field in the sheet. */
  columns: Record<RosterField, number>;
  /** Header text of every column, as found. */
  headers: string[];
  rows: RosterRowInput[];
}

export interface RosterRowInput {
  /** Excel row number. */
  sheetRow: number;
  cells: Record<RosterField, CellValue>;
}

/** A run of months of one row that is either payable or not, with the reason when it is not. */
export interface Segment extends MonthRange {
  payable: boolean;
  /** Finding code that made the months not payable. */
  reasonCode?: string;
}

/** One row of a batch upload file (批量申报). */
export interface UploadRow {
  identityNumber: string;
  name: string;
  start: YearMonth;
  end: YearMonth;
  /** The contribution wage as declared, rounded to the fen, not clamped to the limits. */
  wage: Decimal;
  /** Which upload file the row belongs to, e.g. missed-before-2023-12. */
  fileKey: string;
  sheetRow: number;
}

export interface RowResult {
  sheetRow: number;
  /** The name as typed, trimmed; empty when missing. */
  name: string;
  /** The identity number with the middle masked, for display and logs. */
  maskedIdentityNumber: string;
  findings: Finding[];
  segments: Segment[];
  uploadRows: UploadRow[];
  /** exported: at least one upload row; reported: no upload row, the findings say why. */
  outcome: "exported" | "reported";
}

export interface CheckOptions {
  handlingDay: Day;
}

export interface CheckResult {
  handlingDay: Day;
  sheetName: string;
  rows: RowResult[];
}
