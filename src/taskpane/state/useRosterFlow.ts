// The pane's flow as a React hook: it runs the workbook calls of each step through a WorkbookHost and feeds
// their outcome to the reducer. Components get the state and these actions as props and call no host
// themselves.

import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { formatDay, todayInBeijing } from "../../core/calendar";
import { BujiaoError } from "../../core/errors";
import type { ParameterSet } from "../../core/params/parameterSet";
import { PARAMETER_SHEET_NAME } from "../../core/params/sheet";
import { parseDay } from "../../core/parse";
import { HISTORY_SHEET_NAME, ROSTER_SHEET_NAME } from "../../core/roster";
import type { AnyRosterField, BackpayKind, SheetData } from "../../core/roster/types";
import type { UnitFacts } from "../../core/unit";
import { UNIT_SHEET_NAME } from "../../core/unitSheet";
import { setActiveParameters } from "../../functions/runtimeParameters";
import { t, type Locale } from "../../i18n";
import type { RosterSource, TableInfo, WorkbookHost } from "../../workbook/host";
import { checkInChunks } from "../flow/checkInChunks";
import { exportCheck } from "../flow/exportFiles";
import {
  applySavedMapping,
  guessMapping,
  mappingForRow,
  MAPPING_SETTING_KEY,
  missingRequiredFields,
  parseSavedMapping,
  rosterFromMapping,
  sameSource,
  saveMapping,
} from "../flow/mapping";
import { filterGroups, findingColumn, groupResults, identityLookup, resultMarks, summariseResult } from "../flow/results";
import { readWorkbookFacts } from "../flow/workbookFacts";
import { flowReducer, initialFlowState, type FlowState, type WrittenResults } from "./flowReducer";

export interface RosterFlowOptions {
  /** Today's date; default: today in Beijing. */
  today?: () => string;
  /** Rows per check chunk. */
  chunkSize?: number;
  /** Receiver of the workbook's parameters; default: the shared runtime the custom functions read. */
  publishParameters?: (params: ParameterSet, unit: UnitFacts | undefined) => void;
}

/** Turns a thrown value into a message for the user: a BujiaoError's own message, else a generic one. */
export function errorMessage(error: unknown, locale: Locale): string {
  if (error instanceof BujiaoError) return error.localized(locale);
  const detail = error instanceof Error ? error.message : String(error);
  return t("pane.error.unexpected", { detail }, locale);
}

const NOT_ROSTER_SHEETS = new Set([PARAMETER_SHEET_NAME, UNIT_SHEET_NAME, HISTORY_SHEET_NAME]);

/** Returns the remembered source when it still exists, else the sheet 补缴名单, else the first other sheet. */
export function defaultSource(sheets: readonly string[], tables: readonly TableInfo[], host: WorkbookHost, remembered?: RosterSource): RosterSource | undefined {
  if (remembered?.kind === "sheet" && sheets.includes(remembered.sheet)) return remembered;
  if (remembered?.kind === "table" && tables.some((table) => table.name === remembered.table)) return remembered;
  if (remembered?.kind === "selection" && host.kind === "excel") return remembered;
  const named = sheets.find((sheet) => sheet.trim() === ROSTER_SHEET_NAME);
  if (named) return { kind: "sheet", sheet: named };
  const other = sheets.find((sheet) => !NOT_ROSTER_SHEETS.has(sheet.trim()));
  return other !== undefined ? { kind: "sheet", sheet: other } : sheets[0] !== undefined ? { kind: "sheet", sheet: sheets[0] } : undefined;
}

/** Returns the 1-based column for 校验结果: a column with that header already, else the first one right of the data. */
export function resultColumn(sheet: SheetData, headerRow: number): number {
  const headers = new Set([t("excelHost.resultsHeader", {}, "zh-CN"), t("excelHost.resultsHeader", {}, "en")]);
  const header = sheet.rows[headerRow - 1] ?? [];
  const existing = header.findIndex((cell) => typeof cell === "string" && headers.has(cell.trim()));
  if (existing >= 0) return existing + 1;
  return sheet.rows.reduce((width, cells) => Math.max(width, (cells ?? []).length), 0) + 1;
}

export interface RosterFlowActions {
  chooseSource(source: RosterSource): void;
  readRoster(): Promise<void>;
  chooseHeaderRow(headerRow: number): void;
  mapField(field: AnyRosterField, column: number | undefined): void;
  confirmMapping(): Promise<void>;
  reopenMapping(): void;
  setHandlingDate(date: string): void;
  setDefaultKind(kind: BackpayKind): void;
  runCheck(): Promise<void>;
  setWriteBack(on: boolean): Promise<void>;
  clearResults(): Promise<void>;
  exportFiles(): Promise<void>;
  exportWorkbook(): Promise<void>;
  selectRow(sheetRow: number, code?: string): Promise<void>;
  setFilter(filter: FlowState["filter"]): void;
  showMore(): void;
  reloadFacts(): Promise<void>;
}

export function useRosterFlow(host: WorkbookHost | undefined, locale: Locale, options: RosterFlowOptions = {}) {
  const today = options.today ?? (() => formatDay(todayInBeijing()));
  const publish = options.publishParameters ?? setActiveParameters;
  const [state, dispatch] = useReducer(flowReducer, undefined, () => initialFlowState(today()));

  // The state as of the last render, for actions that run after awaits.
  const stateRef = useRef(state);
  stateRef.current = state;
  // Bumped by every check, so a check that a newer one replaced does not report its result.
  const checkRun = useRef(0);

  const loadFacts = useCallback(
    async (workbookHost: WorkbookHost, sheets: readonly string[]) => {
      const facts = await readWorkbookFacts(workbookHost, sheets);
      publish(facts.params, facts.unit);
      return facts;
    },
    [publish],
  );

  const readSource = useCallback(
    async (workbookHost: WorkbookHost, source: RosterSource) => {
      dispatch({ type: "rosterReading" });
      try {
        const sheet = await workbookHost.readRosterSource(source, (progress) => dispatch({ type: "rosterProgress", progress }));
        const saved = parseSavedMapping(await workbookHost.loadSetting(MAPPING_SETTING_KEY).catch(() => undefined));
        const remembered = saved && sameSource(saved.source, source) ? applySavedMapping(sheet, saved) : undefined;
        const mapping = remembered ?? guessMapping(sheet);
        dispatch({ type: "rosterRead", sheet, mapping, confirmed: remembered !== undefined && missingRequiredFields(remembered).length === 0 });
      } catch (error) {
        dispatch({ type: "rosterFailed", error: errorMessage(error, locale) });
      }
    },
    [locale],
  );

  // Opening a workbook: its sheets, tables, parameters and unit facts, then the default roster source.
  useEffect(() => {
    if (!host) return;
    let cancelled = false;
    void (async () => {
      dispatch({ type: "workbookLoading", name: host.displayName });
      try {
        const sheets = await host.listSheets();
        const tables = await host.listTables().catch(() => [] as TableInfo[]);
        const facts = await loadFacts(host, sheets);
        const saved = parseSavedMapping(await host.loadSetting(MAPPING_SETTING_KEY).catch(() => undefined));
        const source = defaultSource(sheets, tables, host, saved?.source);
        if (cancelled) return;
        const handlingDate = facts.unit?.handlingDate !== undefined ? formatDay(facts.unit.handlingDate) : undefined;
        dispatch({ type: "workbookLoaded", name: host.displayName, sheets, tables, facts, source, handlingDate });
        if (source && source.kind !== "selection") await readSource(host, source);
      } catch (error) {
        if (!cancelled) dispatch({ type: "workbookFailed", error: errorMessage(error, locale) });
      }
    })();
    return () => {
      cancelled = true;
    };
    // Reopen only when the host changes; a language change re-renders without rereading.
  }, [host]);

  const writeMarks = useCallback(
    async (workbookHost: WorkbookHost, current: FlowState, previous?: WrittenResults): Promise<WrittenResults | undefined> => {
      const { result, roster } = current.check;
      const sheet = current.roster.sheet;
      if (!result || !roster || !sheet) return undefined;
      // A table or selection is part of its sheet: the column must clear every column of the whole sheet.
      const fullSheet = current.source?.kind === "sheet" ? sheet : await workbookHost.readSheet(roster.sheetName);
      const column = previous && previous.sheet === roster.sheetName ? previous.column : resultColumn(fullSheet, roster.headerRow);
      if (previous) await workbookHost.clearResults(previous.sheet, previous.headerRow, previous.column, previous.rows);
      const marks = resultMarks(result, locale);
      await workbookHost.writeResults(roster.sheetName, roster.headerRow, column, marks);
      return { sheet: roster.sheetName, headerRow: roster.headerRow, column, rows: marks.map((mark) => mark.sheetRow) };
    },
    [locale],
  );

  const actions: RosterFlowActions = {
    chooseSource(source) {
      dispatch({ type: "sourceChosen", source });
    },

    async readRoster() {
      const source = stateRef.current.source;
      if (host && source) await readSource(host, source);
    },

    chooseHeaderRow(headerRow) {
      const sheet = stateRef.current.roster.sheet;
      if (sheet) dispatch({ type: "headerRowChosen", mapping: mappingForRow(sheet, headerRow) });
    },

    mapField(field, column) {
      dispatch({ type: "fieldMapped", field, column });
    },

    async confirmMapping() {
      const { mapping, roster, source } = stateRef.current;
      if (!mapping || !roster.sheet || !source || missingRequiredFields(mapping).length > 0) return;
      dispatch({ type: "mappingConfirmed" });
      try {
        await host?.saveSetting(MAPPING_SETTING_KEY, saveMapping(source, roster.sheet, mapping));
      } catch (error) {
        // Not remembering the mapping only costs the user a click next time.
        console.warn("Saving the column mapping in the workbook failed", error);
      }
    },

    reopenMapping() {
      dispatch({ type: "mappingReopened" });
    },

    setHandlingDate(date) {
      dispatch({ type: "handlingDateChanged", date });
    },

    setDefaultKind(kind) {
      dispatch({ type: "defaultKindChanged", kind });
    },

    async runCheck() {
      const current = stateRef.current;
      const { mapping, roster: rosterState } = current;
      if (!host || !mapping || !rosterState.sheet || !current.mappingConfirmed) return;
      const run = ++checkRun.current;
      dispatch({ type: "checkStarted", total: 0 });
      try {
        const handlingDay = parseDay(current.handlingDate, "field.handlingDate");
        const roster = rosterFromMapping(rosterState.sheet, mapping);
        // The 参数 and 单位信息 sheets may have changed since the workbook was opened.
        const facts = await loadFacts(host, await host.listSheets());
        if (run !== checkRun.current) return;
        dispatch({ type: "factsLoaded", facts });
        dispatch({ type: "checkStarted", total: roster.rows.length });

        const checkOptions = {
          handlingDay,
          defaultKind: current.defaultKind,
          ...(facts.unit ? { unit: facts.unit } : {}),
          ...(facts.history ? { history: facts.history } : {}),
        };
        const onProgress = (done: number, total: number) => {
          if (run === checkRun.current) dispatch({ type: "checkProgress", done, total });
        };
        const result = await checkInChunks(roster, checkOptions, facts.params, { chunkSize: options.chunkSize, onProgress });
        if (run !== checkRun.current) return;
        result.problems.push(...facts.historyProblems);
        dispatch({ type: "checkFinished", result, roster });

        // Results already in the sheet are replaced by the new ones.
        const written = stateRef.current.writeBack.written;
        if (written && stateRef.current.writeBack.status === "on") {
          const next = { ...stateRef.current, check: { ...stateRef.current.check, result, roster } };
          dispatch({ type: "writeBackStarted" });
          try {
            const rewritten = await writeMarks(host, next, written);
            if (rewritten) dispatch({ type: "writeBackDone", written: rewritten });
          } catch (error) {
            dispatch({ type: "writeBackFailed", error: errorMessage(error, locale) });
          }
        }
      } catch (error) {
        if (run === checkRun.current) dispatch({ type: "checkFailed", error: errorMessage(error, locale) });
      }
    },

    async setWriteBack(on) {
      if (!on) return actions.clearResults();
      const current = stateRef.current;
      if (!host || !current.check.result) return;
      dispatch({ type: "writeBackStarted" });
      try {
        const written = await writeMarks(host, current, current.writeBack.written);
        if (written) dispatch({ type: "writeBackDone", written });
      } catch (error) {
        dispatch({ type: "writeBackFailed", error: errorMessage(error, locale) });
      }
    },

    async clearResults() {
      const written = stateRef.current.writeBack.written;
      if (!host || !written) return;
      dispatch({ type: "clearStarted" });
      try {
        await host.clearResults(written.sheet, written.headerRow, written.column, written.rows);
        dispatch({ type: "clearDone" });
      } catch (error) {
        dispatch({ type: "writeBackFailed", error: errorMessage(error, locale), written });
      }
    },

    async exportFiles() {
      const { check, facts } = stateRef.current;
      if (!host || !check.result || !facts) return;
      dispatch({ type: "exportStarted" });
      try {
        const records = await exportCheck(host, check.result, facts.params, facts.unit, locale);
        dispatch({ type: "exportFinished", records });
      } catch (error) {
        dispatch({ type: "exportFailed", error: errorMessage(error, locale) });
      }
    },

    async exportWorkbook() {
      if (!host?.exportWorkbook) return;
      const name = host.displayName.replace(/\.xlsx$/i, "");
      const fileName = t("pane.export.annotatedName", { name }, locale);
      dispatch({ type: "exportStarted" });
      try {
        const outcome = await host.exportWorkbook(fileName);
        dispatch({ type: "exportFinished", records: [{ fileName, role: "report", rows: 0, outcome }] });
      } catch (error) {
        dispatch({ type: "exportFailed", error: errorMessage(error, locale) });
      }
    },

    async selectRow(sheetRow, code) {
      dispatch({ type: "rowSelected", sheetRow });
      const roster = stateRef.current.check.roster;
      if (!host || !roster) return;
      try {
        await host.selectCell(roster.sheetName, sheetRow, findingColumn(code, roster.columns));
      } catch (error) {
        console.warn("Selecting the roster cell failed", error);
      }
    },

    setFilter(filter) {
      dispatch({ type: "filterChanged", filter });
    },

    showMore() {
      dispatch({ type: "showMore" });
    },

    async reloadFacts() {
      if (!host) return;
      try {
        const facts = await loadFacts(host, await host.listSheets());
        dispatch({ type: "factsLoaded", facts });
      } catch (error) {
        dispatch({ type: "factsFailed", error: errorMessage(error, locale) });
      }
    },
  };

  const { result, roster: checkedRoster } = state.check;
  const groups = useMemo(() => (result && checkedRoster ? groupResults(result, identityLookup(checkedRoster)) : []), [result, checkedRoster]);
  const filtered = useMemo(() => filterGroups(groups, state.filter), [groups, state.filter]);
  const summary = useMemo(() => (result ? summariseResult(result, groups) : undefined), [result, groups]);

  return { state, actions, groups, filtered, summary };
}

export type RosterFlow = ReturnType<typeof useRosterFlow>;
