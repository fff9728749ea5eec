// An Excel workbook for the Office.js adapter's unit tests, built from office-addin-mock objects: a property
// reads as an error text until it is loaded and the context synced, as in Excel. Every context.sync() is
// recorded as one request, with the ranges the batch created and what it wrote to them, so tests can count
// round trips and check each batch.

import { OfficeMockObject } from "office-addin-mock";

/** A worksheet's used range: its top-left cell (0-based) and its cells. */
export interface MockSheet {
  name: string;
  rowIndex?: number;
  columnIndex?: number;
  values?: unknown[][];
  valueTypes?: string[][];
}

export interface MockTable {
  name: string;
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface MockSelection {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** A range a batch asked for, and what the batch did with it. */
export interface RangeRecord {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  loaded: boolean;
  values?: unknown[][];
  numberFormat?: unknown[][];
  fillColor?: string;
  fillCleared?: boolean;
  cleared?: string;
  selected?: boolean;
  autofit?: boolean;
}

export interface MockRequest {
  ranges: RangeRecord[];
  activated: string[];
  addedSheets: string[];
}

export interface ExcelMock {
  requests: MockRequest[];
  settings: Map<string, unknown>;
  sheetNames(): string[];
}

/** office-addin-mock stores a property that was not loaded, or not synced, as one of these texts. */
function isMockError(value: unknown): boolean {
  return typeof value === "string" && value.startsWith("Error, ");
}

/**
 * Cuts a block out of a used range's grid, padding with `blank` outside it. Rows past the used range are left
 * out, so a whole-column range costs no more than the used rows.
 */
function slice<T>(grid: T[][] | undefined, rowOffset: number, columnOffset: number, rowCount: number, columnCount: number, blank: T): T[][] {
  const rowsWithData = Math.max(0, Math.min(rowCount, (grid?.length ?? 0) - rowOffset));
  return Array.from({ length: rowsWithData }, (_, row) =>
    Array.from({ length: columnCount }, (_, column) => grid?.[rowOffset + row]?.[columnOffset + column] ?? blank),
  );
}

/** Loads the properties and isNullObject, which Excel returns with any load of a *OrNullObject result. */
function loadWithNullFlag(this: OfficeMockObject, properties: string | string[]): OfficeMockObject {
  OfficeMockObject.prototype.load.call(this, [properties, "isNullObject"].flat());
  return this;
}

/** Loads a collection's "items/name" as "items", because the mock keeps the items as one plain property. */
function loadItems(this: OfficeMockObject): OfficeMockObject {
  OfficeMockObject.prototype.load.call(this, "items");
  return this;
}

/**
 * Installs globals Excel (its run calls the batch with a mock context) and Office (the diagnostics platform)
 * over the given sheets, tables, selection and settings, and returns the records.
 */
export function installExcelMock(options: {
  sheets: MockSheet[];
  tables?: MockTable[];
  selection?: MockSelection;
  settings?: Record<string, unknown>;
  platform?: string;
}): ExcelMock {
  const sheets = options.sheets.map((sheet) => ({ ...sheet }));
  const settings = new Map(Object.entries(options.settings ?? {}));
  const requests: MockRequest[] = [];
  let pending: Array<{ record: RangeRecord; mock: OfficeMockObject; original: unknown[][] }> = [];
  const created: OfficeMockObject[] = [];
  let activated: string[] = [];
  let addedSheets: string[] = [];

  function findSheet(name: string): MockSheet {
    const sheet = sheets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`ItemNotFound: no worksheet named ${name}`);
    return sheet;
  }

  function track<T extends OfficeMockObject>(mock: T): T {
    created.push(mock);
    return mock;
  }

  function range(sheet: MockSheet, rowIndex: number, columnIndex: number, rowCount: number, columnCount: number): OfficeMockObject {
    const top = sheet.rowIndex ?? 0;
    const left = sheet.columnIndex ?? 0;
    const values = slice(sheet.values, rowIndex - top, columnIndex - left, rowCount, columnCount, "" as unknown);
    const valueTypes = slice(sheet.valueTypes, rowIndex - top, columnIndex - left, rowCount, columnCount, "Empty");
    const record: RangeRecord = { sheet: sheet.name, rowIndex, columnIndex, rowCount, columnCount, loaded: false };

    const mock = track(
      new OfficeMockObject({
        rowIndex,
        columnIndex,
        rowCount,
        columnCount,
        values,
        valueTypes,
        isNullObject: false,
        format: {
          fill: {
            clear: () => {
              record.fillCleared = true;
            },
          },
          autofitColumns: () => {
            record.autofit = true;
          },
        },
        select: () => {
          record.selected = true;
        },
        clear: (applyTo: string) => {
          record.cleared = applyTo;
        },
        load: function (this: OfficeMockObject, properties: string) {
          record.loaded = true;
          return loadWithNullFlag.call(this, properties);
        },
      }),
    );
    withWorksheet(mock, sheet);
    pending.push({ record, mock, original: values });
    return mock;
  }

  function usedRange(sheet: MockSheet): OfficeMockObject {
    const rowCount = sheet.values?.length ?? 0;
    const columnCount = Math.max(0, ...(sheet.values ?? []).map((row) => row.length));
    if (rowCount === 0 || columnCount === 0) {
      return track(new OfficeMockObject({ rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0, isNullObject: true, load: loadWithNullFlag }));
    }
    const used = track(
      new OfficeMockObject({
        rowIndex: sheet.rowIndex ?? 0,
        columnIndex: sheet.columnIndex ?? 0,
        rowCount,
        columnCount,
        isNullObject: false,
        load: loadWithNullFlag,
      }),
    );
    return used;
  }

  function worksheet(sheet: MockSheet): OfficeMockObject {
    return track(
      new OfficeMockObject({
        name: sheet.name,
        activate: () => {
          activated.push(sheet.name);
        },
        getRangeByIndexes: (rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) =>
          range(sheet, rowIndex, columnIndex, rowCount, columnCount),
        getUsedRangeOrNullObject: () => usedRange(sheet),
      }),
    );
  }

  /** Gives a range or table its worksheet navigation property, created when first read. */
  function withWorksheet(mock: OfficeMockObject, sheet: MockSheet): void {
    let parent: OfficeMockObject | undefined;
    Object.defineProperty(mock, "worksheet", { get: () => (parent ??= worksheet(sheet)) });
  }

  function table(info: MockTable): OfficeMockObject {
    const sheet = findSheet(info.sheet);
    const mock = track(
      new OfficeMockObject({
        name: info.name,
        getRange: () => range(sheet, info.rowIndex, info.columnIndex, info.rowCount, info.columnCount),
      }),
    );
    withWorksheet(mock, sheet);
    return mock;
  }

  function snapshot(): MockRequest {
    const ranges = pending.map(({ record, mock, original }) => {
      const state = mock as unknown as { values: unknown; numberFormat: unknown; format: { fill: { color?: unknown } } };
      if (Array.isArray(state.values) && state.values !== original) record.values = state.values;
      if (Array.isArray(state.numberFormat)) record.numberFormat = state.numberFormat;
      const color = state.format.fill.color;
      if (typeof color === "string" && !isMockError(color)) record.fillColor = color;
      return record;
    });
    const request = { ranges, activated, addedSheets };
    pending = [];
    activated = [];
    addedSheets = [];
    return request;
  }

  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: sheets.map((sheet) => ({ name: sheet.name })),
        load: loadItems,
        getItem: (name: string) => worksheet(findSheet(name)),
        add: (name: string) => {
          const sheet: MockSheet = { name };
          findSheetless(name);
          sheets.push(sheet);
          addedSheets.push(name);
          return worksheet(sheet);
        },
      },
      tables: {
        getItem: (name: string) => {
          const info = (options.tables ?? []).find((candidate) => candidate.name === name);
          if (!info) throw new Error(`ItemNotFound: no table named ${name}`);
          return table(info);
        },
      },
      settings: {
        getItemOrNullObject: (key: string) =>
          track(new OfficeMockObject({ value: settings.get(key), isNullObject: !settings.has(key), load: loadWithNullFlag })),
        add: (key: string, value: unknown) => {
          settings.set(key, value);
        },
      },
      getSelectedRange: () => {
        const selection = options.selection;
        if (!selection) throw new Error("InvalidSelection: no selection");
        return range(findSheet(selection.sheet), selection.rowIndex, selection.columnIndex, selection.rowCount, selection.columnCount);
      },
    },
    sync: async function (this: OfficeMockObject) {
      await OfficeMockObject.prototype.sync.call(this);
      // Objects stay tracked: a batch may load an object that an earlier batch created.
      for (const mock of created) await mock.sync();
      requests.push(snapshot());
    },
  });

  function findSheetless(name: string): void {
    if (sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`ItemAlreadyExists: a worksheet named ${name} exists`);
    }
  }

  const globals = globalThis as unknown as { Excel: unknown; Office: unknown };
  globals.Excel = { run: async (batch: (context: unknown) => Promise<unknown>) => batch(context) };
  globals.Office = { context: { diagnostics: { platform: options.platform ?? "PC" } } };

  return { requests, settings, sheetNames: () => sheets.map((sheet) => sheet.name) };
}

/** Builds a used range's values and value types from plain cells: numbers Double, text String, null Empty. */
export function typedCells(rows: unknown[][]): Pick<MockSheet, "values" | "valueTypes"> {
  const valueTypes = rows.map((row) =>
    row.map((cell) => {
      if (cell === null || cell === "") return "Empty";
      if (typeof cell === "number") return "Double";
      if (typeof cell === "boolean") return "Boolean";
      if (typeof cell === "string" && /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/.test(cell)) return "Error";
      return "String";
    }),
  );
  return { values: rows.map((row) => row.map((cell) => cell ?? "")), valueTypes };
}
