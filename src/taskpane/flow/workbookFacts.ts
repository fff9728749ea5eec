// The workbook's sheets the pane reads besides the roster: the 参数 sheet applied to the built-in Beijing
// tables, the unit's facts from 单位信息 and the contribution history from 缴费记录. The parameters and unit facts
// go into the shared runtime (setActiveParameters), so =BUJIAO formulas compute with the same figures the pane
// checks with. Each row taken from the workbook keeps its cell address for the parameters panel.

import { formatDay } from "../../core/calendar";
import { beijingParameters, type ParameterSet } from "../../core/params/parameterSet";
import {
  CATEGORIES_OF_TABLE,
  CATEGORY_NAMES,
  PARAMETER_SHEET_NAME,
  readParameterSheet,
  renderParameterRows,
  type ParameterOverrides,
  type SheetTables,
} from "../../core/params/sheet";
import { sheetPrefix } from "../../core/params/sheetRows";
import type { Confidence, Provenance } from "../../core/params/types";
import { HISTORY_SHEET_NAME, readHistorySheet } from "../../core/roster";
import type { ContributionHistory, SheetData, SheetProblem } from "../../core/roster/types";
import type { UnitFacts } from "../../core/unit";
import { readUnitSheet, UNIT_SHEET_NAME } from "../../core/unitSheet";
import { t, type Locale, type MessageKey } from "../../i18n";
import type { WorkbookHost } from "../../workbook/host";

/** One row of the 参数 sheet in force, as the parameters panel lists it. */
export interface ParameterRowView {
  /** The cell of the row's 类别, e.g. 参数!A7. */
  origin: string;
  category: string;
  /** The row's key cells and values joined, e.g. `2027 · 2027-07 · 7400 · 37000`. */
  summary: string;
  source: string;
  confidence: Confidence;
  note?: string;
}

/** One fact read from the 单位信息 sheet. */
export interface UnitFactView {
  /** The value's cell, e.g. 单位信息!B3. */
  cell: string;
  fact: keyof UnitFacts;
}

export interface WorkbookFacts {
  params: ParameterSet;
  overrides: ParameterOverrides;
  parameterRows: ParameterRowView[];
  parameterProblems: SheetProblem[];
  unit?: UnitFacts;
  unitFacts: UnitFactView[];
  unitProblems: SheetProblem[];
  history?: ContributionHistory;
  historyProblems: SheetProblem[];
  /** The names of the sheets read, as the workbook spells them; absent when the workbook has none. */
  sheets: { parameters?: string; unit?: string; history?: string };
}

function named(sheetNames: readonly string[], name: string): string | undefined {
  return sheetNames.find((sheet) => sheet.trim() === name);
}

function emptyTables(): SheetTables {
  const tables = {} as Record<keyof SheetTables, unknown[]>;
  for (const name of Object.keys(CATEGORIES_OF_TABLE) as Array<keyof SheetTables>) tables[name] = [];
  return tables as SheetTables;
}

const SUMMARY_COLUMNS = ["id", "start", "end", "insurance", "target", "hukou", "unitSize", "value", "value2", "value3"] as const;

/** Describes each row the 参数 sheet added or replaced, in sheet order. */
export function parameterRowViews(overrides: ParameterOverrides): ParameterRowView[] {
  const views: ParameterRowView[] = [];
  for (const [table, rows] of Object.entries(overrides) as Array<[keyof SheetTables, Provenance[]]>) {
    for (const row of rows ?? []) {
      // Rendering one row at a time ties each rendered row to its origin.
      const [rendered] = renderParameterRows({ ...emptyTables(), [table]: [row] });
      if (!rendered) continue;
      const summary = SUMMARY_COLUMNS.map((column) => rendered.cells[column])
        .filter((value) => value !== null && value !== undefined && value !== "")
        .map((value) => String(value))
        .join(" · ");
      views.push({
        origin: row.origin ?? "",
        category: CATEGORY_NAMES[rendered.category],
        summary,
        source: row.source,
        confidence: row.confidence,
        ...(row.note ? { note: row.note } : {}),
      });
    }
  }
  const rowNumber = (origin: string) => Number(/(\d+)$/.exec(origin)?.[1] ?? 0);
  return views.sort((a, b) => rowNumber(a.origin) - rowNumber(b.origin));
}

/** Finds the cell each unit fact was read from, by reading the sheet one row at a time. */
function unitFactViews(sheet: SheetData): UnitFactView[] {
  const views: UnitFactView[] = [];
  sheet.rows.forEach((_cells, index) => {
    const single: SheetData = { name: sheet.name, rows: sheet.rows.map((row, other) => (other === index ? row : [])) };
    const fact = Object.keys(readUnitSheet(single).facts)[0] as keyof UnitFacts | undefined;
    // A repeated label is a problem of the full read; the first row with the fact is the one in force.
    if (fact && !views.some((view) => view.fact === fact)) views.push({ cell: `${sheetPrefix(sheet.name)}B${index + 1}`, fact });
  });
  return views;
}

/**
 * Reads 参数, 单位信息 and 缴费记录 when the workbook has them. A workbook without them gives the built-in
 * parameters, no unit facts and no history.
 */
export async function readWorkbookFacts(host: WorkbookHost, sheetNames: readonly string[], base: ParameterSet = beijingParameters): Promise<WorkbookFacts> {
  const facts: WorkbookFacts = {
    params: base,
    overrides: {},
    parameterRows: [],
    parameterProblems: [],
    unitFacts: [],
    unitProblems: [],
    historyProblems: [],
    sheets: {},
  };

  const parameterName = named(sheetNames, PARAMETER_SHEET_NAME);
  if (parameterName) {
    const { overrides, problems } = readParameterSheet(await host.readSheet(parameterName), base);
    facts.params = base.withOverrides(overrides);
    facts.overrides = overrides;
    facts.parameterRows = parameterRowViews(overrides);
    facts.parameterProblems = problems;
    facts.sheets.parameters = parameterName;
  }

  const unitName = named(sheetNames, UNIT_SHEET_NAME);
  if (unitName) {
    const sheet = await host.readSheet(unitName);
    const { facts: unit, problems } = readUnitSheet(sheet);
    facts.unit = unit;
    facts.unitFacts = unitFactViews(sheet).filter((view) => unit[view.fact] !== undefined);
    facts.unitProblems = problems;
    facts.sheets.unit = unitName;
  }

  const historyName = named(sheetNames, HISTORY_SHEET_NAME);
  if (historyName) {
    const read = readHistorySheet([await host.readSheet(historyName)]);
    if (read) {
      facts.history = read.history;
      facts.historyProblems = read.problems;
    }
    facts.sheets.history = historyName;
  }
  return facts;
}

const FACT_LABELS: Record<keyof UnitFacts, MessageKey> = {
  name: "field.unitName",
  creditCode: "field.creditCode",
  handlingDate: "field.handlingDate",
  size: "field.unitSize",
  workInjuryRate: "field.workInjuryRate",
  creditStanding: "field.creditStanding",
  willingToPledge: "field.willingToPledge",
  sameDistrict: "field.sameDistrict",
};

export function unitFactLabel(fact: keyof UnitFacts, locale: Locale): string {
  return t(FACT_LABELS[fact], {}, locale);
}

/** Formats a unit fact for display: dates as 2026-03-15, rates as percentages, yes/no in words. */
export function unitFactValue(unit: UnitFacts, fact: keyof UnitFacts, locale: Locale): string {
  switch (fact) {
    case "name":
    case "creditCode":
      return unit[fact] ?? "";
    case "handlingDate":
      return unit.handlingDate === undefined ? "" : formatDay(unit.handlingDate);
    case "size":
      return unit.size === undefined ? "" : t(`unitSize.${unit.size}`, {}, locale);
    case "workInjuryRate":
      return unit.workInjuryRate === undefined ? "" : `${unit.workInjuryRate.times(100).toString()}%`;
    case "creditStanding":
      return unit.creditStanding === undefined ? "" : t(`pane.unit.credit.${unit.creditStanding}`, {}, locale);
    case "willingToPledge":
    case "sameDistrict": {
      const value = unit[fact];
      return value === undefined ? "" : t(value ? "pane.yes" : "pane.no", {}, locale);
    }
  }
}
