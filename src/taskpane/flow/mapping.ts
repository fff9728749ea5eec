// The column mapping of a roster: which sheet column contains each roster field. The pane guesses it from the
// header synonyms the command line uses (matchHeaderRow), lets the user change any field, remembers the result
// in the workbook by header text, and builds the Roster the check reads from it.

import { isBlank, type CellValue } from "../../core/parse";
import { columnLetters, matchHeaderRow, normaliseHeader, OPTIONAL_FIELDS, REQUIRED_FIELDS } from "../../core/roster";
import type { AnyRosterField, Roster, RosterField, RosterRowInput, SheetData } from "../../core/roster/types";
import type { RosterSource } from "../../workbook/host";

/** Every field the mapping editor lists, the required ones first, in the order the pane shows them. */
export const MAPPING_FIELDS: readonly AnyRosterField[] = [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS];

/** The header row is looked for in this many rows from the first row that has a value, as the command does. */
const HEADER_SEARCH_ROWS = 10;

export interface ColumnMapping {
  /** Excel row number of the header row. */
  headerRow: number;
  /** Zero-based sheet column of each mapped field. */
  columns: Partial<Record<AnyRosterField, number>>;
}

/** A column the user can map a field to. */
export interface ColumnChoice {
  /** Zero-based sheet column. */
  column: number;
  letter: string;
  /** The header text as found; empty when the header cell is blank. */
  header: string;
}

export function isRequiredField(field: AnyRosterField): field is RosterField {
  return (REQUIRED_FIELDS as readonly string[]).includes(field);
}

function firstFilledRow(sheet: SheetData): number {
  const index = sheet.rows.findIndex((cells) => (cells ?? []).some((cell) => !isBlank(cell)));
  return index < 0 ? 0 : index;
}

function requiredCount(columns: Partial<Record<AnyRosterField, number>>): number {
  return REQUIRED_FIELDS.filter((field) => columns[field] !== undefined).length;
}

/** Finds the rows the header may be in: ten rows from the first row with a value (tables may start low). */
export function headerRowCandidates(sheet: SheetData): number[] {
  const first = firstFilledRow(sheet);
  const last = Math.min(sheet.rows.length, first + HEADER_SEARCH_ROWS);
  const rows: number[] = [];
  for (let index = first; index < last; index++) rows.push(index + 1);
  return rows.length > 0 ? rows : [1];
}

/** Maps the fields of one header row by synonym. */
export function mappingForRow(sheet: SheetData, headerRow: number): ColumnMapping {
  return { headerRow, columns: matchHeaderRow(sheet.rows[headerRow - 1] ?? []) };
}

/**
 * Guesses the header row and the columns: the first candidate row that names every required field, else the
 * row that names most of them (the earliest on a tie), else the first row with a value and no columns.
 */
export function guessMapping(sheet: SheetData): ColumnMapping {
  let best: ColumnMapping | undefined;
  for (const headerRow of headerRowCandidates(sheet)) {
    const mapping = mappingForRow(sheet, headerRow);
    const found = requiredCount(mapping.columns);
    if (found === REQUIRED_FIELDS.length) return mapping;
    if (found > 0 && (!best || found > requiredCount(best.columns))) best = mapping;
  }
  return best ?? { headerRow: firstFilledRow(sheet) + 1, columns: {} };
}

/** Lists the columns a field can be mapped to: every column with a header or with values below it. */
export function columnChoices(sheet: SheetData, headerRow: number): ColumnChoice[] {
  const header = sheet.rows[headerRow - 1] ?? [];
  const width = sheet.rows.reduce((max, cells) => Math.max(max, (cells ?? []).length), 0);
  const choices: ColumnChoice[] = [];
  for (let column = 0; column < width; column++) {
    const hasHeader = !isBlank(header[column]);
    const hasValues = sheet.rows.slice(headerRow).some((cells) => !isBlank(cells?.[column]));
    if (!hasHeader && !hasValues) continue;
    choices.push({ column, letter: columnLetters(column), header: hasHeader ? String(header[column]).trim() : "" });
  }
  return choices;
}

/** Returns the required fields that have no column yet. */
export function missingRequiredFields(mapping: ColumnMapping): RosterField[] {
  return REQUIRED_FIELDS.filter((field) => mapping.columns[field] === undefined);
}

/** Maps `field` to `column` (or unmaps it). A column serves one field, so a field that had it loses it. */
export function assignColumn(mapping: ColumnMapping, field: AnyRosterField, column: number | undefined): ColumnMapping {
  const columns: Partial<Record<AnyRosterField, number>> = {};
  for (const [other, value] of Object.entries(mapping.columns) as Array<[AnyRosterField, number]>) {
    if (other !== field && value !== column) columns[other] = value;
  }
  if (column !== undefined) columns[field] = column;
  return { headerRow: mapping.headerRow, columns };
}

/**
 * Builds the roster of a confirmed mapping: the rows below the header row with Excel's row numbers, leaving
 * out rows whose required cells are all empty (a pre-filled 序号 beside them does not make a row).
 */
export function rosterFromMapping(sheet: SheetData, mapping: ColumnMapping): Roster {
  const missing = missingRequiredFields(mapping);
  if (missing.length > 0) throw new Error(`rosterFromMapping: required fields unmapped: ${missing.join(", ")}`);
  const columns = mapping.columns as Roster["columns"];

  const rows: RosterRowInput[] = [];
  for (let index = mapping.headerRow; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index] ?? [];
    const picked = {} as RosterRowInput["cells"];
    for (const field of REQUIRED_FIELDS) picked[field] = cells[columns[field]] ?? null;
    for (const field of OPTIONAL_FIELDS) {
      const column = columns[field];
      if (column !== undefined) picked[field] = cells[column] ?? null;
    }
    if (REQUIRED_FIELDS.every((field) => isBlank(picked[field]))) continue;
    rows.push({ sheetRow: index + 1, cells: picked });
  }

  const headerCells: CellValue[] = sheet.rows[mapping.headerRow - 1] ?? [];
  return {
    sheetName: sheet.name,
    headerRow: mapping.headerRow,
    columns,
    headers: headerCells.map((cell) => (isBlank(cell) ? "" : String(cell))),
    rows,
  };
}

// Remembering the mapping in the workbook.

/** The workbook setting that stores the remembered source and mapping. */
export const MAPPING_SETTING_KEY = "bujiao.rosterMapping";

/** The remembered mapping: the source and, per field, the header text of its column or null. */
export interface SavedMapping {
  version: 1;
  source: RosterSource;
  headerRow: number;
  headers: Partial<Record<AnyRosterField, string | null>>;
}

export function saveMapping(source: RosterSource, sheet: SheetData, mapping: ColumnMapping): string {
  const header = sheet.rows[mapping.headerRow - 1] ?? [];
  const headers: SavedMapping["headers"] = {};
  for (const field of MAPPING_FIELDS) {
    const column = mapping.columns[field];
    headers[field] = column === undefined ? null : String(header[column] ?? "");
  }
  const saved: SavedMapping = { version: 1, source, headerRow: mapping.headerRow, headers };
  return JSON.stringify(saved);
}

function isSource(value: unknown): value is RosterSource {
  if (typeof value !== "object" || value === null) return false;
  const source = value as Record<string, unknown>;
  if (source.kind === "selection") return true;
  if (source.kind === "sheet") return typeof source.sheet === "string";
  if (source.kind === "table") return typeof source.table === "string";
  return false;
}

/** Parses a remembered mapping; anything unreadable (an older or hand-edited value) gives undefined. */
export function parseSavedMapping(text: string | undefined): SavedMapping | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const saved = value as Partial<SavedMapping>;
  if (saved.version !== 1 || !isSource(saved.source) || typeof saved.headerRow !== "number" || typeof saved.headers !== "object" || saved.headers === null) {
    return undefined;
  }
  return saved as SavedMapping;
}

/**
 * Applies a remembered mapping to a sheet when its header row still names every remembered column (matched
 * after the same normalisation as synonyms). Fields the user had left unmapped stay unmapped; fields the
 * remembered mapping does not mention are guessed. Returns undefined when the sheet no longer fits it.
 */
export function applySavedMapping(sheet: SheetData, saved: SavedMapping): ColumnMapping | undefined {
  const header = sheet.rows[saved.headerRow - 1];
  if (!header) return undefined;
  const guessed = mappingForRow(sheet, saved.headerRow);
  const columns: Partial<Record<AnyRosterField, number>> = {};

  for (const field of MAPPING_FIELDS) {
    if (!(field in saved.headers)) {
      if (guessed.columns[field] !== undefined) columns[field] = guessed.columns[field];
      continue;
    }
    const text = saved.headers[field];
    if (text === null || text === undefined) continue;
    const expected = normaliseHeader(text);
    const column = header.findIndex((cell) => normaliseHeader(cell) === expected);
    if (column < 0) return undefined;
    columns[field] = column;
  }
  return { headerRow: saved.headerRow, columns };
}

export function sameSource(a: RosterSource | undefined, b: RosterSource | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === "sheet" && b.kind === "sheet") return a.sheet === b.sheet;
  if (a.kind === "table" && b.kind === "table") return a.table === b.table;
  return a.kind === "selection";
}
