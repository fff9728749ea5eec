// A stub Excel host for browser tests, served in place of Microsoft's CDN office.js. It defines Office (ready as
// Excel, with a display language, the platform, requirement sets and document settings), Excel.run over an
// in-memory workbook, and CustomFunctions.associate collecting the functions the page registers.
//
// The workbook comes from window.__stubExcelSeed, which the test injects before this script runs:
//   { platform: "PC" | "Mac", displayLanguage: "zh-CN",
//     sheets: [{ name, cells: [[{ value, type, format, fill }]] }]   (cells[r][c] is row r+1, column c+1),
//     tables: [{ name, sheet, rowIndex, columnIndex, rowCount, columnCount }],
//     selection: { sheet, rowIndex, columnIndex, rowCount, columnCount }, settings: { key: value } }
//
// It implements exactly the Excel API surface that src/workbook/office/excelHost.ts lists, with Office.js's
// batch semantics. Calls on proxy objects are queued and run in order at context.sync(). A property reads only
// after load() and sync(), and otherwise throws PropertyNotLoaded. Nothing queued after the last sync() is
// applied. Writing text to a cell that is not text-formatted turns numeric text into a number, as Excel does.
//
// window.__stubExcel exposes the workbook and a record of what the page did, for the test to read.

(function () {
  "use strict";

  const seed = window.__stubExcelSeed || { sheets: [] };
  const platform = seed.platform || "PC";
  const displayLanguage = seed.displayLanguage || "zh-CN";

  // ---------------------------------------------------------------- the in-memory workbook

  /** Creates a sheet whose cells are kept as rows of cells, where a missing cell is empty. */
  function makeSheet(name, cells) {
    const rows = [];
    (cells || []).forEach((row, r) => {
      rows[r] = [];
      (row || []).forEach((cell, c) => {
        if (cell) rows[r][c] = { value: cell.value, type: cell.type || typeOf(cell.value), format: cell.format || "General", fill: cell.fill };
      });
    });
    return { name, rows };
  }

  const workbook = {
    sheets: (seed.sheets || []).map((sheet) => makeSheet(sheet.name, sheet.cells)),
    tables: (seed.tables || []).map((table) => Object.assign({}, table)),
    selection: seed.selection || null,
    activeSheet: null,
    settings: Object.assign({}, seed.settings || {}),
  };
  workbook.activeSheet = workbook.sheets[0] ? workbook.sheets[0].name : null;
  if (!workbook.selection && workbook.activeSheet) {
    workbook.selection = { sheet: workbook.activeSheet, rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 };
  }

  const record = {
    syncs: 0,
    selections: [],
    activations: [],
    addedSheets: [],
    autofits: [],
    functions: {},
  };

  function typeOf(value) {
    if (value === null || value === undefined || value === "") return "Empty";
    if (typeof value === "number") return "Double";
    if (typeof value === "boolean") return "Boolean";
    return "String";
  }

  function officeError(code, message) {
    const error = new Error(message);
    error.code = code;
    error.name = "RichApi.Error";
    return error;
  }

  function findSheet(name, orNull) {
    const key = String(name).toLowerCase();
    const sheet = workbook.sheets.find((candidate) => candidate.name.toLowerCase() === key);
    if (!sheet && !orNull) throw officeError("ItemNotFound", `The requested resource doesn't exist: worksheet ${name}`);
    return sheet || null;
  }

  function cellAt(sheet, row, column) {
    const cells = sheet.rows[row];
    return cells ? cells[column] : undefined;
  }

  function ensureCell(sheet, row, column) {
    if (!sheet.rows[row]) sheet.rows[row] = [];
    if (!sheet.rows[row][column]) sheet.rows[row][column] = { value: "", type: "Empty", format: "General" };
    return sheet.rows[row][column];
  }

  /** Returns the bounds of the cells that contain a value, or null when the sheet has none. */
  function usedBounds(sheet) {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    sheet.rows.forEach((cells, r) => {
      (cells || []).forEach((cell, c) => {
        if (!cell || cell.type === "Empty") return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    if (bottom < 0) return null;
    return { sheet, rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  function eachCell(bounds, visit) {
    for (let r = 0; r < bounds.rowCount; r++) {
      for (let c = 0; c < bounds.columnCount; c++) visit(bounds.rowIndex + r, bounds.columnIndex + c, r, c);
    }
  }

  function grid(bounds, read) {
    const rows = [];
    for (let r = 0; r < bounds.rowCount; r++) {
      const cells = [];
      for (let c = 0; c < bounds.columnCount; c++) cells.push(read(cellAt(bounds.sheet, bounds.rowIndex + r, bounds.columnIndex + c)));
      rows.push(cells);
    }
    return rows;
  }

  function columnName(index) {
    let name = "";
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  }

  function addressOf(bounds) {
    const first = `${columnName(bounds.columnIndex)}${bounds.rowIndex + 1}`;
    const last = `${columnName(bounds.columnIndex + bounds.columnCount - 1)}${bounds.rowIndex + bounds.rowCount}`;
    const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(bounds.sheet.name) ? bounds.sheet.name : `'${bounds.sheet.name}'`;
    return first === last ? `${name}!${first}` : `${name}!${first}:${last}`;
  }

  function checkShape(bounds, array, propertyName) {
    const fits = Array.isArray(array) && array.length === bounds.rowCount && array.every((row) => Array.isArray(row) && row.length === bounds.columnCount);
    if (!fits) throw officeError("InvalidArgument", `The number of rows or columns in the ${propertyName} array doesn't match the size of the range.`);
  }

  const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

  /** Writes one value as Excel stores a value set through Range.values. */
  function writeValue(cell, value) {
    if (value === "") {
      cell.value = "";
      cell.type = "Empty";
    } else if (typeof value === "string" && cell.format !== "@" && NUMERIC_TEXT.test(value.trim())) {
      cell.value = Number(value);
      cell.type = "Double";
    } else if (typeof value === "string" && value.startsWith("=") && cell.format !== "@") {
      // The stub evaluates no formulas; a formula written by accident shows up as an error cell.
      cell.value = "#NAME?";
      cell.type = "Error";
    } else {
      cell.value = value;
      cell.type = typeOf(value);
    }
  }

  // ---------------------------------------------------------------- proxy objects and the request context

  function parseLoad(properties) {
    if (properties === undefined) return null;
    const list = Array.isArray(properties) ? properties : String(properties).split(",");
    return list.map((property) => property.trim()).filter((property) => property !== "");
  }

  /**
   * The base of every proxy: `resolve()` finds its target in the workbook when the batch runs, `scalars` names the
   * properties load() can fetch and `read(target, name)` fetches one.
   */
  class ClientObject {
    constructor(context, resolve) {
      this._context = context;
      this._resolve = resolve;
      this._values = {};
      this._loadedNull = undefined;
    }

    load(properties) {
      const names = parseLoad(properties);
      this._context._queue.push(() => this._capture(names));
      return this;
    }

    _capture(names) {
      const target = this._resolve();
      this._loadedNull = target === null;
      if (target === null) return;
      const requested = names || this._scalars();
      const direct = requested.filter((name) => !name.includes("/"));
      const nested = requested.filter((name) => name.includes("/"));
      for (const name of direct) {
        if (!this._scalars().includes(name) && !this._navigations().includes(name)) {
          throw officeError("PropertyNotLoaded", `The property '${name}' is not part of the stub's Excel API surface.`);
        }
        if (this._navigations().includes(name)) this[name]._capture(null);
        else this._values[name] = this._read(target, name);
      }
      const byNavigation = {};
      for (const path of nested) {
        const [head, ...rest] = path.split("/");
        (byNavigation[head] = byNavigation[head] || []).push(rest.join("/"));
      }
      for (const head of Object.keys(byNavigation)) this._loadNavigation(target, head, byNavigation[head]);
    }

    _loadNavigation(target, head, paths) {
      if (!this._navigations().includes(head)) throw officeError("PropertyNotLoaded", `The navigation '${head}' is not part of the stub's Excel API surface.`);
      this[head]._capture(paths);
    }

    _scalars() {
      return [];
    }

    _navigations() {
      return [];
    }

    _get(name) {
      if (!Object.prototype.hasOwnProperty.call(this._values, name)) {
        throw officeError(
          "PropertyNotLoaded",
          `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        );
      }
      return this._values[name];
    }

    _queue(operation) {
      this._context._queue.push(() => {
        const target = this._resolve();
        if (target === null) throw officeError("InvalidObjectPath", "The object is a null object.");
        operation(target);
      });
    }

    get isNullObject() {
      if (this._loadedNull === undefined) throw officeError("PropertyNotLoaded", "Load the object and sync before reading isNullObject.");
      return this._loadedNull;
    }
  }

  class RequestContext {
    constructor() {
      this._queue = [];
      this.workbook = new WorkbookProxy(this);
    }

    async sync() {
      const operations = this._queue;
      this._queue = [];
      record.syncs++;
      // Office.js completes a sync asynchronously, and so does the stub, which lets the pane render between batches.
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const operation of operations) operation();
    }
  }

  class WorkbookProxy extends ClientObject {
    constructor(context) {
      super(context, () => workbook);
      this.worksheets = new WorksheetCollection(context);
      this.tables = new TableCollection(context);
      this.settings = new SettingCollection(context);
    }

    getSelectedRange() {
      return new RangeProxy(this._context, () => {
        const selection = workbook.selection;
        if (!selection) throw officeError("InvalidSelection", "The current selection is invalid for this operation.");
        return Object.assign({}, selection, { sheet: findSheet(selection.sheet) });
      });
    }
  }

  class WorksheetCollection extends ClientObject {
    constructor(context) {
      super(context, () => workbook.sheets);
      this._items = undefined;
    }

    _capture(names) {
      const paths = (names || ["items"]).map((name) => (name === "items" ? "items/name" : name));
      const itemPaths = paths.filter((path) => path.startsWith("items/")).map((path) => path.slice("items/".length));
      this._items = workbook.sheets.map((sheet) => {
        const proxy = new WorksheetProxy(this._context, () => sheet);
        proxy._capture(itemPaths);
        return proxy;
      });
    }

    get items() {
      if (this._items === undefined) throw officeError("PropertyNotLoaded", "Load items and sync before reading them.");
      return this._items;
    }

    getItem(name) {
      return new WorksheetProxy(this._context, () => findSheet(name));
    }

    getItemOrNullObject(name) {
      return new WorksheetProxy(this._context, () => findSheet(name, true));
    }

    add(name) {
      let added = null;
      this._context._queue.push(() => {
        const text = String(name);
        if (text.length === 0 || text.length > 31 || /[\\/?*[\]:]/.test(text) || /^'|'$/.test(text) || text.toLowerCase() === "history") {
          throw officeError("InvalidArgument", `The worksheet name “${text}” is not valid.`);
        }
        if (findSheet(text, true)) throw officeError("ItemAlreadyExists", `A worksheet named “${text}” already exists.`);
        added = makeSheet(text, []);
        workbook.sheets.push(added);
        record.addedSheets.push(text);
      });
      return new WorksheetProxy(this._context, () => {
        if (!added) throw officeError("InvalidObjectPath", "The worksheet has not been added yet.");
        return added;
      });
    }
  }

  class WorksheetProxy extends ClientObject {
    _scalars() {
      return ["name"];
    }

    _read(sheet, name) {
      return sheet[name];
    }

    get name() {
      return this._get("name");
    }

    activate() {
      this._queue((sheet) => {
        workbook.activeSheet = sheet.name;
        record.activations.push(sheet.name);
      });
    }

    getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount) {
      return new RangeProxy(this._context, () => {
        const sheet = this._resolve();
        if (sheet === null) throw officeError("InvalidObjectPath", "The worksheet is a null object.");
        if (rowCount < 1 || columnCount < 1 || rowIndex < 0 || columnIndex < 0) throw officeError("InvalidArgument", "The range indexes are not valid.");
        return { sheet, rowIndex, columnIndex, rowCount, columnCount };
      });
    }

    getUsedRangeOrNullObject(valuesOnly) {
      if (valuesOnly !== true) throw officeError("InvalidArgument", "The stub supports getUsedRangeOrNullObject(true) only.");
      return new RangeProxy(this._context, () => {
        const sheet = this._resolve();
        if (sheet === null) throw officeError("InvalidObjectPath", "The worksheet is a null object.");
        return usedBounds(sheet);
      });
    }
  }

  class RangeFillProxy {
    constructor(range) {
      this._range = range;
    }

    set color(color) {
      this._range._queue((bounds) => eachCell(bounds, (r, c) => (ensureCell(bounds.sheet, r, c).fill = color)));
    }

    clear() {
      this._range._queue((bounds) =>
        eachCell(bounds, (r, c) => {
          const cell = cellAt(bounds.sheet, r, c);
          if (cell) delete cell.fill;
        }),
      );
    }
  }

  class RangeFormatProxy {
    constructor(range) {
      this.fill = new RangeFillProxy(range);
      this._range = range;
    }

    autofitColumns() {
      this._range._queue((bounds) => record.autofits.push(addressOf(bounds)));
    }
  }

  class RangeProxy extends ClientObject {
    constructor(context, resolve) {
      super(context, resolve);
      this.format = new RangeFormatProxy(this);
      this._worksheet = undefined;
    }

    _scalars() {
      return ["rowIndex", "columnIndex", "rowCount", "columnCount", "address", "values", "valueTypes", "numberFormat"];
    }

    _navigations() {
      return ["worksheet"];
    }

    _read(bounds, name) {
      switch (name) {
        case "address":
          return addressOf(bounds);
        case "values":
          return grid(bounds, (cell) => (cell ? cell.value : ""));
        case "valueTypes":
          return grid(bounds, (cell) => (cell ? cell.type : "Empty"));
        case "numberFormat":
          return grid(bounds, (cell) => (cell ? cell.format : "General"));
        default:
          return bounds[name];
      }
    }

    get worksheet() {
      if (!this._worksheet) {
        this._worksheet = new WorksheetProxy(this._context, () => {
          const bounds = this._resolve();
          if (bounds === null) throw officeError("InvalidObjectPath", "The range is a null object.");
          return bounds.sheet;
        });
      }
      return this._worksheet;
    }

    get rowIndex() {
      return this._get("rowIndex");
    }

    get columnIndex() {
      return this._get("columnIndex");
    }

    get rowCount() {
      return this._get("rowCount");
    }

    get columnCount() {
      return this._get("columnCount");
    }

    get address() {
      return this._get("address");
    }

    get values() {
      return this._get("values");
    }

    set values(values) {
      this._queue((bounds) => {
        checkShape(bounds, values, "values");
        eachCell(bounds, (r, c, dr, dc) => {
          const value = values[dr][dc];
          if (value !== null && value !== undefined) writeValue(ensureCell(bounds.sheet, r, c), value);
        });
      });
    }

    get valueTypes() {
      return this._get("valueTypes");
    }

    get numberFormat() {
      return this._get("numberFormat");
    }

    set numberFormat(formats) {
      this._queue((bounds) => {
        checkShape(bounds, formats, "numberFormat");
        eachCell(bounds, (r, c, dr, dc) => {
          const format = formats[dr][dc];
          if (format !== null && format !== undefined) ensureCell(bounds.sheet, r, c).format = format;
        });
      });
    }

    select() {
      this._queue((bounds) => {
        workbook.selection = { sheet: bounds.sheet.name, rowIndex: bounds.rowIndex, columnIndex: bounds.columnIndex, rowCount: bounds.rowCount, columnCount: bounds.columnCount };
        workbook.activeSheet = bounds.sheet.name;
        record.selections.push({ sheet: bounds.sheet.name, row: bounds.rowIndex + 1, column: bounds.columnIndex + 1, address: addressOf(bounds) });
      });
    }

    clear(applyTo) {
      const applyToOption = applyTo === undefined ? "All" : applyTo;
      this._queue((bounds) =>
        eachCell(bounds, (r, c) => {
          const cell = cellAt(bounds.sheet, r, c);
          if (!cell) return;
          if (applyToOption === "All") {
            delete bounds.sheet.rows[r][c];
            return;
          }
          if (applyToOption === "Contents") {
            cell.value = "";
            cell.type = "Empty";
          } else if (applyToOption === "Formats") {
            cell.format = "General";
            delete cell.fill;
          } else {
            throw officeError("InvalidArgument", `The stub does not support clear("${applyToOption}").`);
          }
        }),
      );
    }
  }

  class TableCollection extends ClientObject {
    constructor(context) {
      super(context, () => workbook.tables);
      this._items = undefined;
    }

    _capture(names) {
      const paths = (names || ["items"]).map((name) => (name === "items" ? "items/name" : name));
      const itemPaths = paths.filter((path) => path.startsWith("items/")).map((path) => path.slice("items/".length));
      this._items = workbook.tables.map((table) => {
        const proxy = new TableProxy(this._context, () => table);
        proxy._capture(itemPaths);
        return proxy;
      });
    }

    get items() {
      if (this._items === undefined) throw officeError("PropertyNotLoaded", "Load items and sync before reading them.");
      return this._items;
    }

    getItem(name) {
      return new TableProxy(this._context, () => {
        const table = workbook.tables.find((candidate) => candidate.name.toLowerCase() === String(name).toLowerCase());
        if (!table) throw officeError("ItemNotFound", `The requested resource doesn't exist: table ${name}`);
        return table;
      });
    }
  }

  class TableProxy extends ClientObject {
    constructor(context, resolve) {
      super(context, resolve);
      this.worksheet = new WorksheetProxy(context, () => findSheet(this._resolve().sheet));
    }

    _scalars() {
      return ["name"];
    }

    _navigations() {
      return ["worksheet"];
    }

    _read(table, name) {
      return table[name];
    }

    get name() {
      return this._get("name");
    }

    getRange() {
      return new RangeProxy(this._context, () => {
        const table = this._resolve();
        return { sheet: findSheet(table.sheet), rowIndex: table.rowIndex, columnIndex: table.columnIndex, rowCount: table.rowCount, columnCount: table.columnCount };
      });
    }
  }

  class SettingCollection extends ClientObject {
    constructor(context) {
      super(context, () => workbook.settings);
    }

    getItemOrNullObject(key) {
      return new SettingProxy(this._context, () =>
        Object.prototype.hasOwnProperty.call(workbook.settings, key) ? { key, value: workbook.settings[key] } : null,
      );
    }

    add(key, value) {
      this._context._queue.push(() => {
        // Excel keeps a setting as JSON, so what reads back is a copy.
        workbook.settings[key] = JSON.parse(JSON.stringify(value));
      });
      return new SettingProxy(this._context, () => ({ key, value: workbook.settings[key] }));
    }
  }

  class SettingProxy extends ClientObject {
    _scalars() {
      return ["key", "value"];
    }

    _read(setting, name) {
      return setting[name];
    }

    get key() {
      return this._get("key");
    }

    get value() {
      return this._get("value");
    }
  }

  // ---------------------------------------------------------------- globals

  window.Excel = {
    async run(batch) {
      // Like Office.js, nothing is flushed after the batch: what it queued without a sync is lost.
      return batch(new RequestContext());
    },
  };

  const SUPPORTED_EXCEL_API = 1.12;
  const documentSettings = {};

  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      diagnostics: { host: "Excel", platform, version: "16.0.0.0" },
      requirements: {
        isSetSupported(name, version) {
          if (name === "ExcelApi") return Number(version || "1.1") <= SUPPORTED_EXCEL_API;
          if (name === "CustomFunctionsRuntime" || name === "SharedRuntime") return Number(version || "1.1") <= 1.3;
          return false;
        },
      },
      document: {
        settings: {
          get: (key) => (Object.prototype.hasOwnProperty.call(documentSettings, key) ? documentSettings[key] : null),
          set: (key, value) => {
            documentSettings[key] = value;
          },
          remove: (key) => {
            delete documentSettings[key];
          },
          saveAsync: (callback) => callback && callback({ status: "succeeded" }),
        },
      },
    },
    onReady(callback) {
      const info = { host: "Excel", platform };
      return new Promise((resolve) => {
        setTimeout(() => {
          if (typeof callback === "function") callback(info);
          resolve(info);
        }, 0);
      });
    },
  };

  class CustomFunctionError extends Error {
    constructor(code, message) {
      super(message || "");
      this.code = code;
    }
  }

  window.CustomFunctions = {
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    Error: CustomFunctionError,
    associate(idOrMappings, handler) {
      if (typeof idOrMappings === "string") record.functions[idOrMappings.toUpperCase()] = handler;
      else for (const id of Object.keys(idOrMappings)) record.functions[id.toUpperCase()] = idOrMappings[id];
    },
  };

  // ---------------------------------------------------------------- what the test reads

  /** Returns the sheet's cells as rows of { value, type, format, fill }, from A1 to the last cell in use. */
  function snapshot(name) {
    const sheet = findSheet(name, true);
    if (!sheet) return null;
    const bounds = usedBoundsWithFormats(sheet);
    const rows = [];
    for (let r = 0; r < bounds.rows; r++) {
      const cells = [];
      for (let c = 0; c < bounds.columns; c++) {
        const cell = cellAt(sheet, r, c);
        cells.push(cell ? { value: cell.value, type: cell.type, format: cell.format, fill: cell.fill || null } : null);
      }
      rows.push(cells);
    }
    return rows;
  }

  /** Returns the extent from A1 of the cells that have a value, a format or a fill. */
  function usedBoundsWithFormats(sheet) {
    let rows = 0;
    let columns = 0;
    sheet.rows.forEach((cells, r) => {
      (cells || []).forEach((cell, c) => {
        if (!cell) return;
        rows = Math.max(rows, r + 1);
        columns = Math.max(columns, c + 1);
      });
    });
    return { rows, columns };
  }

  window.__stubExcel = {
    record,
    platform,
    sheetNames: () => workbook.sheets.map((sheet) => sheet.name),
    sheet: snapshot,
    activeSheet: () => workbook.activeSheet,
    selection: () => (workbook.selection ? Object.assign({}, workbook.selection) : null),
    settings: () => JSON.parse(JSON.stringify(workbook.settings)),
    /** Selects a range the way a user would, for the selection roster source. */
    select(sheet, rowIndex, columnIndex, rowCount, columnCount) {
      workbook.selection = { sheet, rowIndex, columnIndex, rowCount, columnCount };
    },
  };
})();
