// Loads exceljs on first use. In the pane's bundle this is a chunk of its own (about 1 MB), fetched from the
// add-in's own origin only when a file is opened or an export is built, so the pane starts without it.

import type ExcelJS from "exceljs";

let loading: Promise<typeof ExcelJS> | undefined;

export function loadExcelJs(): Promise<typeof ExcelJS> {
  loading ??= import(/* webpackChunkName: "exceljs" */ "exceljs").then(
    (module) => {
      // The browser build of exceljs is a CommonJS bundle, so webpack puts its exports under `default`.
      const loaded = module as typeof ExcelJS & { default?: typeof ExcelJS };
      return loaded.default ?? loaded;
    },
    (error: unknown) => {
      // A failed chunk load is not cached, so the next attempt fetches it again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
