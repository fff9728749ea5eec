// The parameters a command evaluates with: the built-in Beijing tables, plus, in time, the rows of a workbook's
// 参数 sheet and the facts of its 单位信息 sheet.

import { beijingParameters, type ParameterSet } from "../core/params/parameterSet";
import type { SheetData } from "../core/roster";
import { t, type Locale } from "../i18n";

/** The sheets whose rows should change the parameters or the unit's facts. */
export const PARAMETER_SHEET_NAMES: readonly string[] = ["参数", "单位信息"];

export interface WorkbookParameters {
  params: ParameterSet;
  /** Parameter sheets of the workbook that were not applied, so the command can warn about them. */
  ignoredSheets: string[];
}

/**
 * Returns the parameter set for a workbook's sheets.
 *
 * TODO: apply the 参数 sheet's rows (through `withOverrides`) and the 单位信息 facts once their readers
 * exist. Until then the built-in tables are used and every such sheet is listed in `ignoredSheets`.
 */
export function parametersFromWorkbook(sheets: readonly SheetData[]): WorkbookParameters {
  const ignoredSheets = sheets.map((sheet) => sheet.name).filter((name) => PARAMETER_SHEET_NAMES.includes(name.trim()));
  return { params: beijingParameters, ignoredSheets };
}

/** Formats the note that names the parameter sheets a command did not apply, e.g. 「参数」、「单位信息」. */
export function ignoredSheetsNote(ignoredSheets: readonly string[], locale: Locale): string {
  const sheets = ignoredSheets.map((name) => (locale === "en" ? name : `「${name}」`)).join(locale === "en" ? ", " : "、");
  return t("cli.paramsNotApplied", { sheets }, locale);
}
