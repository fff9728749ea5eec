// The WorkbookHost over the workbook open in Excel, with the Excel JavaScript API. The pane's components receive
// it as a WorkbookHost and never touch Office globals; this module is the only one that calls Excel.
//
// Large ranges go in blocks of at most 5,000 rows and 50,000 cells, one context.sync per block, so that a
// 50,000-row roster stays under the payload limit of one request: 5 MB in Excel on the web, per Microsoft's
// "Resource limits and performance optimization for Office Add-ins". By estimate (about 25 bytes of JSON a cell)
// a block's values and value types take 1–2 MB.
//
// The Excel API this module uses, kept small so the stub host of the browser tests (test/browser/stubExcel)
// can implement exactly this surface:
//   Excel.run(batch); context.sync()
//   context.workbook: worksheets, tables, settings, getSelectedRange()
//   worksheets: load("items/name"), getItem(name), add(name)
//   worksheet: load("name"), activate(), getRangeByIndexes(row, column, rowCount, columnCount),
//     getUsedRangeOrNullObject(true)
//   tables: load("items/name, items/worksheet/name"), getItem(name); table: worksheet, getRange()
//   range: load("rowIndex, columnIndex, rowCount, columnCount" | "values, valueTypes"), isNullObject, worksheet,
//     set values and numberFormat, select(), clear("All"), format.fill.color, format.fill.clear(),
//     format.autofitColumns()
//   settings: getItemOrNullObject(key) with load("value") and isNullObject, add(key, value)
//   Office.context.diagnostics.platform

import type { CellValue } from "../../core/parse";
import type { SheetData } from "../../core/roster/types";
import { t } from "../../i18n";
import type { ExportOutcome, ReadProgress, RosterSource, RowMark, TableInfo, WorkbookHost } from "../host";
import { emptyGrid, placeBlock } from "./cellValues";
import { sheetNameForFile, uniqueSheetName } from "./sheetNames";
import { downloadInBrowser } from "../download";

/** Maximum rows one block reads or writes. */
export const BLOCK_MAX_ROWS = 5_000;
/** Maximum cells one block reads or writes, so wide ranges get fewer rows per block. */
export const BLOCK_MAX_CELLS = 50_000;

/** Fill colours of written-back rows: Excel's own light red, yellow, blue and green cell styles. */
export const SEVERITY_FILLS: Record<RowMark["severity"], string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
  ok: "#C6EFCE",
};

/** Platforms where a Blob download from the pane reaches the user: Excel on Windows and on the web. */
const DOWNLOAD_PLATFORMS = new Set(["PC", "OfficeOnline"]);
const TEXT_FORMAT = "@";
const GENERAL_FORMAT = "General";

/** A range's position in its sheet, 0-based as Excel's rowIndex and columnIndex. */
interface Bounds {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

const BOUNDS_PROPERTIES = "rowIndex, columnIndex, rowCount, columnCount";

function boundsOf(range: Excel.Range): Bounds {
  return { rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
}

/** Returns the part of `range` inside `limit`, or null when they do not overlap. */
function intersect(range: Bounds, limit: Bounds): Bounds | null {
  const rowIndex = Math.max(range.rowIndex, limit.rowIndex);
  const columnIndex = Math.max(range.columnIndex, limit.columnIndex);
  const rowEnd = Math.min(range.rowIndex + range.rowCount, limit.rowIndex + limit.rowCount);
  const columnEnd = Math.min(range.columnIndex + range.columnCount, limit.columnIndex + limit.columnCount);
  if (rowEnd <= rowIndex || columnEnd <= columnIndex) return null;
  return { rowIndex, columnIndex, rowCount: rowEnd - rowIndex, columnCount: columnEnd - columnIndex };
}

/** Rows per block for a range `columnCount` columns wide. */
export function blockRowCount(columnCount: number): number {
  return Math.max(1, Math.min(BLOCK_MAX_ROWS, Math.floor(BLOCK_MAX_CELLS / Math.max(1, columnCount))));
}

/** Splits sorted row numbers into blocks whose first and last rows are at most BLOCK_MAX_ROWS apart. */
function rowBlocks<T>(items: readonly T[], rowOf: (item: T) => number): T[][] {
  const blocks: T[][] = [];
  for (const item of items) {
    const current = blocks[blocks.length - 1];
    if (current && rowOf(item) - rowOf(current[0]) < BLOCK_MAX_ROWS) current.push(item);
    else blocks.push([item]);
  }
  return blocks;
}

/** Groups sorted row numbers into runs of consecutive rows with the same key. */
function runs<T>(items: readonly T[], rowOf: (item: T) => number, keyOf: (item: T) => string): Array<{ first: number; count: number; item: T }> {
  const result: Array<{ first: number; count: number; item: T }> = [];
  for (const item of items) {
    const last = result[result.length - 1];
    if (last && rowOf(item) === last.first + last.count && keyOf(item) === keyOf(last.item)) last.count++;
    else result.push({ first: rowOf(item), count: 1, item });
  }
  return result;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class ExcelHost implements WorkbookHost {
  readonly kind = "excel" as const;
  readonly displayName = "";

  async listSheets(): Promise<string[]> {
    return Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return worksheets.items.map((worksheet) => worksheet.name);
    });
  }

  async listTables(): Promise<TableInfo[]> {
    return Excel.run(async (context) => {
      const tables = context.workbook.tables.load("items/name, items/worksheet/name");
      await context.sync();
      return tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name }));
    });
  }

  async readSheet(name: string, onProgress?: (progress: ReadProgress) => void): Promise<SheetData> {
    return Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(name).load("name");
      const used = worksheet.getUsedRangeOrNullObject(true).load(BOUNDS_PROPERTIES);
      await context.sync();

      if (used.isNullObject) return { name: worksheet.name, rows: [] };
      return readBlocks(context, worksheet, boundsOf(used), onProgress);
    });
  }

  async readRosterSource(source: RosterSource, onProgress?: (progress: ReadProgress) => void): Promise<SheetData> {
    if (source.kind === "sheet") return this.readSheet(source.sheet, onProgress);

    return Excel.run(async (context) => {
      const range = source.kind === "table" ? context.workbook.tables.getItem(source.table).getRange() : context.workbook.getSelectedRange();
      range.load(BOUNDS_PROPERTIES);
      const worksheet = range.worksheet.load("name");
      // A whole-column selection (A:I) covers a million rows; only the part inside the used range is read.
      const used = worksheet.getUsedRangeOrNullObject(true).load(BOUNDS_PROPERTIES);
      await context.sync();

      const bounds = used.isNullObject ? null : intersect(boundsOf(range), boundsOf(used));
      if (!bounds) return { name: worksheet.name, rows: [] };
      return readBlocks(context, worksheet, bounds, onProgress);
    });
  }

  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRangeByIndexes(row - 1, column - 1, 1, 1).select();
      await context.sync();
    });
  }

  /**
   * Writes the 校验结果 header at (headerRow, column), each mark's text in its row of that column, and fills the
   * row from column A to the results column with the mark's colour. Rows and columns are 1-based. The results
   * column gets the text format, so a result is never read as a number or a formula.
   */
  async writeResults(sheet: string, headerRow: number, column: number, marks: RowMark[]): Promise<void> {
    const sorted = [...marks].sort((a, b) => a.sheetRow - b.sheetRow);
    const blocks = rowBlocks(sorted, (mark) => mark.sheetRow);

    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const header = worksheet.getRangeByIndexes(headerRow - 1, column - 1, 1, 1);
      header.numberFormat = [[TEXT_FORMAT]];
      header.values = [[t("excelHost.resultsHeader")]];
      if (blocks.length === 0) await context.sync();

      for (const block of blocks) {
        const first = block[0].sheetRow;
        const rowCount = block[block.length - 1].sheetRow - first + 1;
        // Rows between the marked ones (blank roster rows) get an empty result cell in the results column.
        const texts: string[][] = Array.from({ length: rowCount }, () => [""]);
        for (const mark of block) texts[mark.sheetRow - first] = [mark.text];

        const cells = worksheet.getRangeByIndexes(first - 1, column - 1, rowCount, 1);
        cells.numberFormat = texts.map(() => [TEXT_FORMAT]);
        cells.values = texts;

        for (const run of runs(block, (mark) => mark.sheetRow, (mark) => mark.severity)) {
          worksheet.getRangeByIndexes(run.first - 1, 0, run.count, column).format.fill.color = SEVERITY_FILLS[run.item.severity];
        }
        await context.sync();
      }
    });
  }

  /**
   * Removes what writeResults wrote: the header and results cells lose their values and formats, and the listed
   * rows lose their fill from column A to the column before the results.
   * NOTE: a fill the user had given those rows before the results were written is lost as well.
   */
  async clearResults(sheet: string, headerRow: number, column: number, rows: number[]): Promise<void> {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    const blocks = rowBlocks(sorted, (row) => row);

    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.getRangeByIndexes(headerRow - 1, column - 1, 1, 1).clear("All");
      if (blocks.length === 0) await context.sync();

      for (const block of blocks) {
        const first = block[0];
        const rowCount = block[block.length - 1] - first + 1;
        worksheet.getRangeByIndexes(first - 1, column - 1, rowCount, 1).clear("All");
        if (column > 1) {
          for (const run of runs(block, (row) => row, () => "")) {
            worksheet.getRangeByIndexes(run.first - 1, 0, run.count, column - 1).format.fill.clear();
          }
        }
        await context.sync();
      }
    });
  }

  async loadSetting(key: string): Promise<string | undefined> {
    return Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(key).load("value");
      await context.sync();
      if (setting.isNullObject || setting.value === null || setting.value === undefined) return undefined;
      return String(setting.value);
    });
  }

  async saveSetting(key: string, value: string): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.settings.add(key, value);
      await context.sync();
    });
  }

  /**
   * Downloads the file on Excel on Windows and on the web. Excel on Mac blocks downloads from add-ins, and other
   * platforms are not known to allow them, so there — and when the download fails to start — the rows go into a
   * new sheet named after the file instead.
   */
  async exportFile(fileName: string, bytes: Uint8Array, rows: Array<Array<string | number>>): Promise<ExportOutcome> {
    if (DOWNLOAD_PLATFORMS.has(String(Office.context.diagnostics?.platform))) {
      try {
        downloadInBrowser(fileName, bytes);
        return { kind: "downloaded", fileName };
      } catch (error) {
        console.warn("Download of the export failed; writing it to a new sheet instead", errorMessage(error));
      }
    }

    try {
      return { kind: "newSheet", sheet: await writeExportSheet(fileName, rows) };
    } catch (error) {
      return { kind: "failed", message: t("excelHost.exportFailed", { fileName, reason: errorMessage(error) }) };
    }
  }
}

export function createExcelHost(): WorkbookHost {
  return new ExcelHost();
}

/** Reads `bounds` of a worksheet block by block into a grid whose rows and columns are the sheet's from A1. */
async function readBlocks(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  bounds: Bounds,
  onProgress?: (progress: ReadProgress) => void,
): Promise<SheetData> {
  const grid: CellValue[][] = emptyGrid(bounds.rowIndex + bounds.rowCount, bounds.columnIndex + bounds.columnCount);
  const step = blockRowCount(bounds.columnCount);

  for (let offset = 0; offset < bounds.rowCount; offset += step) {
    const rowCount = Math.min(step, bounds.rowCount - offset);
    const range = worksheet.getRangeByIndexes(bounds.rowIndex + offset, bounds.columnIndex, rowCount, bounds.columnCount);
    range.load("values, valueTypes");
    await context.sync();

    placeBlock(grid, {
      rowIndex: bounds.rowIndex + offset,
      columnIndex: bounds.columnIndex,
      values: range.values,
      valueTypes: range.valueTypes as string[][],
    });
    onProgress?.({ rowsRead: offset + rowCount, totalRows: bounds.rowCount });
  }
  return { name: worksheet.name, rows: grid };
}

/**
 * Adds a sheet named after the file (unique and valid) and writes the rows from A1: text cells get the text
 * format before their values, so an identity number or a month such as 202308 stays text. One sync per block.
 * Returns the new sheet's name.
 */
async function writeExportSheet(fileName: string, rows: Array<Array<string | number>>): Promise<string> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets.load("items/name");
    await context.sync();

    const name = uniqueSheetName(
      sheetNameForFile(fileName),
      worksheets.items.map((worksheet) => worksheet.name),
    );
    const worksheet = worksheets.add(name);
    const width = Math.max(1, ...rows.map((row) => row.length));
    const step = blockRowCount(width);

    for (let offset = 0; offset < rows.length; offset += step) {
      const values = rows
        .slice(offset, offset + step)
        .map((row) => Array.from({ length: width }, (_, column) => row[column] ?? ""));
      const range = worksheet.getRangeByIndexes(offset, 0, values.length, width);
      range.numberFormat = values.map((row) => row.map((cell) => (typeof cell === "string" ? TEXT_FORMAT : GENERAL_FORMAT)));
      range.values = values;

      const lastBlock = offset + step >= rows.length;
      if (!lastBlock) await context.sync();
    }

    // The last block's batch also fits the columns and shows the new sheet.
    worksheet.getRangeByIndexes(0, 0, Math.max(1, rows.length), width).format.autofitColumns();
    worksheet.activate();
    await context.sync();
    return name;
  });
}
