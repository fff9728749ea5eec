// One interface for "a workbook" as the task pane uses it. Two implementations: the Office.js adapter
// (src/workbook/office/) over the open Excel workbook, and the file host over an .xlsx file the user picks in a
// browser. Components receive a WorkbookHost and never touch Office globals.

import type { SheetData } from "../core/roster/types";

/** The origin of a roster: a whole sheet's used range, a named table, or the current selection. */
export type RosterSource = { kind: "sheet"; sheet: string } | { kind: "table"; table: string } | { kind: "selection" };

export interface TableInfo {
  name: string;
  sheet: string;
}

/** One row's result written back beside the roster: the text of the 校验结果 cell and its severity colour. */
export interface RowMark {
  /** Excel row number (1-based) in the roster's sheet. */
  sheetRow: number;
  text: string;
  severity: "error" | "warning" | "info" | "ok";
}

/** The place an exported file went, which the pane reports to the user. */
export type ExportOutcome =
  | { kind: "downloaded"; fileName: string }
  | { kind: "newSheet"; sheet: string }
  | { kind: "failed"; message: string };

export interface ReadProgress {
  rowsRead: number;
  totalRows: number;
}

export interface WorkbookHost {
  kind: "excel" | "file";
  /** A name to show: the file name, or empty for the open Excel workbook. */
  displayName: string;
  listSheets(): Promise<string[]>;
  listTables(): Promise<TableInfo[]>;
  /**
   * Reads a sheet's used range (from A1, so row and column indexes are Excel's) as typed values: date cells as
   * serial numbers, text as text, errors as {error}. Large ranges are read in blocks and report progress.
   */
  readSheet(name: string, onProgress?: (progress: ReadProgress) => void): Promise<SheetData>;
  /** Reads the roster from a source as a SheetData whose rows keep Excel's row numbers of that sheet. */
  readRosterSource(source: RosterSource, onProgress?: (progress: ReadProgress) => void): Promise<SheetData>;
  /** Selects a cell (row and column 1-based) and shows its sheet. */
  selectCell(sheet: string, row: number, column: number): Promise<void>;
  /**
   * Writes a 校验结果 column right of the roster's last column (header in the header row) and colours each marked
   * row; writes in one batch per block of rows.
   */
  writeResults(sheet: string, headerRow: number, column: number, marks: RowMark[]): Promise<void>;
  /** Removes what writeResults wrote: the column's values and the row colours. */
  clearResults(sheet: string, headerRow: number, column: number, rows: number[]): Promise<void>;
  /** Reads and saves a small text setting in the workbook (the remembered column mapping). */
  loadSetting(key: string): Promise<string | undefined>;
  saveSetting(key: string, value: string): Promise<void>;
  /**
   * Hands an exported .xlsx to the user: a browser download where the host allows it, else a new sheet (or
   * workbook) holding the file's first sheet.
   */
  exportFile(fileName: string, bytes: Uint8Array, rows: Array<Array<string | number>>): Promise<ExportOutcome>;
  /**
   * Hands the whole workbook, with any 校验结果 written, back to the user as a file. Only a host over a file
   * has it; in Excel the user saves the open workbook.
   */
  exportWorkbook?(fileName: string): Promise<ExportOutcome>;
}
