// Turns what Excel returns for a block of cells (`values` and `valueTypes`, each a 2-D array) into the typed
// cell values the roster check reads, the way a custom function receives them: numbers stay numbers, a date cell
// is its serial number (Excel's `values` already holds the serial, whatever the cell's number format), text stays
// text, errors become { error: "#N/A" } and empty cells null.

import type { CellValue } from "../../core/parse";

/**
 * Converts one cell.
 * NOTE: a workbook in the 1904 date system gives serials 1462 days smaller than the 1900 system the core
 * expects. The released Excel API sets offer no way to tell the date system, so such dates are read 1462 days early.
 *
 * @example toCellValue(45139, "Double") === 45139   // a date cell showing 2023-08-01
 * @example toCellValue("#N/A", "Error") deep-equals { error: "#N/A" }
 */
export function toCellValue(value: unknown, valueType: string): CellValue {
  switch (valueType) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    default:
      // String, Double, Integer, Boolean, and the types Excel adds over time (Unknown, RichValue): keep what
      // `values` holds when it is a plain value.
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
      return null;
  }
}

/** One block of cells as Excel returns it, and where it sits in the sheet (0-based indexes). */
export interface CellBlock {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  valueTypes: string[][];
}

/**
 * Copies a block into `grid`, whose rows and columns are the sheet's from A1 (`grid[0][0]` is A1), so rows and
 * columns keep Excel's numbers even when the block does not start at A1.
 */
export function placeBlock(grid: CellValue[][], block: CellBlock): void {
  block.values.forEach((values, rowOffset) => {
    const row = grid[block.rowIndex + rowOffset];
    values.forEach((value, columnOffset) => {
      row[block.columnIndex + columnOffset] = toCellValue(value, block.valueTypes[rowOffset]?.[columnOffset] ?? "Unknown");
    });
  });
}

/** Creates a grid of `rowCount` rows by `columnCount` columns of empty cells. */
export function emptyGrid(rowCount: number, columnCount: number): CellValue[][] {
  const grid: CellValue[][] = new Array(rowCount);
  for (let row = 0; row < rowCount; row++) grid[row] = new Array<CellValue>(columnCount).fill(null);
  return grid;
}
