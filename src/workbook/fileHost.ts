// The file side of WorkbookHost for the pane opened in a browser outside Excel: an .xlsx workbook the user
// picked (or the bundled example) held in memory by exceljs. Reading gives the same typed values as the
// Office.js adapter and the command line. Writing 校验结果 changes only the copy in memory, which the user can
// download again. Exports are browser downloads.

import type ExcelJS from "exceljs";
import { valueError } from "../core/errors";
import { t } from "../i18n";
import type { SheetData } from "../core/roster/types";
import { cropSheet, parseRange, readWorksheet } from "./cells";
import type { ExportOutcome, ReadProgress, RosterSource, RowMark, TableInfo, WorkbookHost } from "./host";
import { loadExcelJs } from "./loadExcelJs";
import { downloadInBrowser } from "./download";

export { downloadInBrowser };

/** Hands a file to the user. */
export type DownloadFile = (fileName: string, bytes: Uint8Array) => void;

export interface FileHostOptions {
  /** Default: a browser download through a Blob URL and an `<a download>` link. */
  download?: DownloadFile;
  /** Settings the host starts with, such as a column mapping remembered elsewhere. */
  settings?: Record<string, string>;
}

/** The first bytes of a zip file (.xlsx) and of an OLE compound file (.xls, or an .xlsx with a password). */
const ZIP_SIGNATURE = [0x50, 0x4b];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

/** Fills of the 校验结果 cells, in ARGB: light red, light yellow, light blue and light green. */
const MARK_FILLS: Record<RowMark["severity"], string> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
  ok: "FFC6EFCE",
};

/** A WorkbookHost over a workbook file, which can also hand the whole workbook back to the user. */
export interface FileWorkbookHost extends WorkbookHost {
  kind: "file";
  exportWorkbook(fileName: string): Promise<ExportOutcome>;
}

/**
 * Opens an .xlsx file's bytes as a WorkbookHost. Throws a BujiaoError naming the file when the bytes are an
 * .xls file, a password-protected workbook or not a workbook at all.
 */
export async function openFileHost(bytes: ArrayBuffer | Uint8Array, fileName: string, options: FileHostOptions = {}): Promise<FileWorkbookHost> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (startsWith(data, OLE_SIGNATURE)) throw valueError("workbook.oldFormat", { path: fileName });
  if (!startsWith(data, ZIP_SIGNATURE)) throw valueError("workbook.notXlsx", { path: fileName });

  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  try {
    // exceljs types the argument as a Node Buffer, but in the browser build it takes an ArrayBuffer.
    await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw valueError("workbook.damaged", { path: fileName });
  }
  return new FileHost(workbook, excel, fileName, options);
}

class FileHost implements FileWorkbookHost {
  readonly kind = "file" as const;
  private readonly settings: Map<string, string>;
  private readonly download: DownloadFile;

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly excel: typeof ExcelJS,
    readonly displayName: string,
    options: FileHostOptions,
  ) {
    this.settings = new Map(Object.entries(options.settings ?? {}));
    this.download = options.download ?? downloadInBrowser;
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.map((worksheet) => worksheet.name);
  }

  async listTables(): Promise<TableInfo[]> {
    const tables: TableInfo[] = [];
    for (const worksheet of this.workbook.worksheets) {
      for (const table of worksheet.getTables() as unknown as ExcelJS.Table[]) tables.push({ name: tableName(table), sheet: worksheet.name });
    }
    return tables;
  }

  async readSheet(name: string, onProgress?: (progress: ReadProgress) => void): Promise<SheetData> {
    const sheet = readWorksheet(this.worksheet(name), this.excel.ValueType);
    onProgress?.({ rowsRead: sheet.rows.length, totalRows: sheet.rows.length });
    return sheet;
  }

  async readRosterSource(source: RosterSource, onProgress?: (progress: ReadProgress) => void): Promise<SheetData> {
    if (source.kind === "sheet") return this.readSheet(source.sheet, onProgress);
    // A file has no selection; the pane offers only sheets and tables in file mode.
    if (source.kind === "selection") throw valueError("pane.file.noSelection");

    for (const worksheet of this.workbook.worksheets) {
      const table = (worksheet.getTables() as unknown as ExcelJS.Table[]).find((candidate) => tableName(candidate) === source.table);
      const range = table ? parseRange(tableReference(table)) : undefined;
      if (range) return cropSheet(await this.readSheet(worksheet.name, onProgress), range);
    }
    throw valueError("pane.file.tableNotFound", { table: source.table });
  }

  /** A file shown in a browser has no cell cursor; the pane shows the row number instead. */
  async selectCell(): Promise<void> {}

  async writeResults(sheet: string, headerRow: number, column: number, marks: RowMark[]): Promise<void> {
    const worksheet = this.worksheet(sheet);
    worksheet.getCell(headerRow, column).value = t("excelHost.resultsHeader");
    for (const mark of marks) {
      const cell = worksheet.getCell(mark.sheetRow, column);
      cell.value = mark.text;
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: MARK_FILLS[mark.severity] } };
    }
  }

  async clearResults(sheet: string, headerRow: number, column: number, rows: number[]): Promise<void> {
    const worksheet = this.worksheet(sheet);
    for (const row of [headerRow, ...rows]) {
      const cell = worksheet.getCell(row, column);
      cell.value = null;
      cell.style = {};
    }
  }

  // NOTE: settings live only as long as the page; they are not written into the file, so a column mapping
  // confirmed in browser mode is not remembered the next time the file is opened.
  async loadSetting(key: string): Promise<string | undefined> {
    return this.settings.get(key);
  }

  async saveSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  async exportFile(fileName: string, bytes: Uint8Array): Promise<ExportOutcome> {
    try {
      this.download(fileName, bytes);
      return { kind: "downloaded", fileName };
    } catch (error) {
      return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
    }
  }

  async exportWorkbook(fileName: string): Promise<ExportOutcome> {
    const buffer = await this.workbook.xlsx.writeBuffer();
    return this.exportFile(fileName, new Uint8Array(buffer as ArrayBuffer));
  }

  private worksheet(name: string): ExcelJS.Worksheet {
    const worksheet = this.workbook.getWorksheet(name);
    if (!worksheet) throw valueError("pane.file.sheetNotFound", { sheet: name });
    return worksheet;
  }
}

// exceljs 4.4 keeps a loaded table's name and range in `table.table` and types neither.
interface LoadedTable {
  name?: string;
  table?: { name?: string; tableRef?: string; ref?: string };
}

function tableName(table: ExcelJS.Table): string {
  const loaded = table as unknown as LoadedTable;
  return loaded.table?.name ?? loaded.name ?? "";
}

function tableReference(table: ExcelJS.Table): string {
  const loaded = table as unknown as LoadedTable;
  return loaded.table?.tableRef ?? loaded.table?.ref ?? "";
}
