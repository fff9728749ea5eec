// A WorkbookHost over sheets held in memory, recording every call, for the pane's jsdom tests.

import type { SheetData } from "../../src/core/roster/types";
import type { ExportOutcome, RosterSource, RowMark, TableInfo, WorkbookHost } from "../../src/workbook/host";

export interface HostCall {
  method: string;
  args: unknown[];
}

export class MemoryHost implements WorkbookHost {
  readonly kind: "excel" | "file";
  readonly displayName: string;
  readonly calls: HostCall[] = [];
  readonly settings = new Map<string, string>();
  readonly exported: Array<{ fileName: string; bytes: Uint8Array; rows: Array<Array<string | number>> }> = [];
  /** The outcome exportFile reports; default a download. */
  exportOutcome: (fileName: string) => ExportOutcome = (fileName) => ({ kind: "downloaded", fileName });

  constructor(
    private readonly sheets: SheetData[],
    options: { kind?: "excel" | "file"; displayName?: string; tables?: TableInfo[] } = {},
  ) {
    this.kind = options.kind ?? "excel";
    this.displayName = options.displayName ?? "";
    this.tables = options.tables ?? [];
  }

  private readonly tables: TableInfo[];

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  async listSheets(): Promise<string[]> {
    this.record("listSheets");
    return this.sheets.map((sheet) => sheet.name);
  }

  async listTables(): Promise<TableInfo[]> {
    this.record("listTables");
    return this.tables;
  }

  async readSheet(name: string): Promise<SheetData> {
    this.record("readSheet", name);
    const sheet = this.sheets.find((entry) => entry.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  async readRosterSource(source: RosterSource, onProgress?: (progress: { rowsRead: number; totalRows: number }) => void): Promise<SheetData> {
    this.record("readRosterSource", source);
    if (source.kind !== "sheet") throw new Error("only sheets in memory");
    const sheet = await this.readSheet(source.sheet);
    onProgress?.({ rowsRead: sheet.rows.length, totalRows: sheet.rows.length });
    return sheet;
  }

  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    this.record("selectCell", sheet, row, column);
  }

  async writeResults(sheet: string, headerRow: number, column: number, marks: RowMark[]): Promise<void> {
    this.record("writeResults", sheet, headerRow, column, marks);
  }

  async clearResults(sheet: string, headerRow: number, column: number, rows: number[]): Promise<void> {
    this.record("clearResults", sheet, headerRow, column, rows);
  }

  async loadSetting(key: string): Promise<string | undefined> {
    this.record("loadSetting", key);
    return this.settings.get(key);
  }

  async saveSetting(key: string, value: string): Promise<void> {
    this.record("saveSetting", key, value);
    this.settings.set(key, value);
  }

  async exportFile(fileName: string, bytes: Uint8Array, rows: Array<Array<string | number>>): Promise<ExportOutcome> {
    this.record("exportFile", fileName);
    this.exported.push({ fileName, bytes, rows });
    return this.exportOutcome(fileName);
  }
}
