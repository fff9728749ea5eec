// The pane's state and its transitions, as a pure reducer: open a workbook, pick the roster, confirm the column
// mapping, choose the handling date and default kind, check, write results back, export. A step that changes
// invalidates the steps after it, so results never show for a roster or mapping they were not made from.

import type { BackpayKind, CheckResult, Roster, SheetData } from "../../core/roster/types";
import type { AnyRosterField } from "../../core/roster/types";
import type { ReadProgress, RosterSource, TableInfo } from "../../workbook/host";
import type { ExportRecord } from "../flow/exportFiles";
import { assignColumn, type ColumnMapping } from "../flow/mapping";
import type { ResultFilter } from "../flow/results";
import type { WorkbookFacts } from "../flow/workbookFacts";

type Status = "idle" | "running" | "done" | "failed";

/** Origin of the handling date. */
export type DateSource = "unitSheet" | "today" | "user";

/** The 校验结果 column as written: enough to remove it again. */
export interface WrittenResults {
  sheet: string;
  headerRow: number;
  /** 1-based column. */
  column: number;
  rows: number[];
}

/** How many person groups the results list shows before "show more". */
export const PAGE_SIZE = 50;

export interface FlowState {
  workbook: { status: "none" | "loading" | "ready" | "failed"; name: string; sheets: string[]; tables: TableInfo[]; error?: string };
  facts?: WorkbookFacts;
  factsError?: string;
  source?: RosterSource;
  roster: { status: Status; sheet?: SheetData; progress?: ReadProgress; error?: string };
  mapping?: ColumnMapping;
  mappingConfirmed: boolean;
  /** The handling date as `YYYY-MM-DD`, the value of the date input. */
  handlingDate: string;
  dateSource: DateSource;
  defaultKind: BackpayKind;
  check: { status: Status; done: number; total: number; result?: CheckResult; roster?: Roster; error?: string };
  writeBack: { status: "off" | "writing" | "on" | "clearing"; written?: WrittenResults; error?: string };
  exports: { status: Status; records: ExportRecord[]; error?: string };
  filter: ResultFilter;
  visibleGroups: number;
  /** The sheet row of the finding the user clicked last. */
  selectedRow?: number;
}

export function initialFlowState(today: string): FlowState {
  return {
    workbook: { status: "none", name: "", sheets: [], tables: [] },
    roster: { status: "idle" },
    mappingConfirmed: false,
    handlingDate: today,
    dateSource: "today",
    defaultKind: "missed",
    check: { status: "idle", done: 0, total: 0 },
    writeBack: { status: "off" },
    exports: { status: "idle", records: [] },
    filter: "all",
    visibleGroups: PAGE_SIZE,
  };
}

export type FlowAction =
  | { type: "workbookLoading"; name: string }
  | { type: "workbookLoaded"; name: string; sheets: string[]; tables: TableInfo[]; facts: WorkbookFacts; source?: RosterSource; handlingDate?: string }
  | { type: "workbookFailed"; error: string }
  | { type: "factsLoaded"; facts: WorkbookFacts }
  | { type: "factsFailed"; error: string }
  | { type: "sourceChosen"; source: RosterSource }
  | { type: "rosterReading" }
  | { type: "rosterProgress"; progress: ReadProgress }
  | { type: "rosterRead"; sheet: SheetData; mapping: ColumnMapping; confirmed: boolean }
  | { type: "rosterFailed"; error: string }
  | { type: "headerRowChosen"; mapping: ColumnMapping }
  | { type: "fieldMapped"; field: AnyRosterField; column: number | undefined }
  | { type: "mappingConfirmed" }
  | { type: "mappingReopened" }
  | { type: "handlingDateChanged"; date: string }
  | { type: "defaultKindChanged"; kind: BackpayKind }
  | { type: "checkStarted"; total: number }
  | { type: "checkProgress"; done: number; total: number }
  | { type: "checkFinished"; result: CheckResult; roster: Roster }
  | { type: "checkFailed"; error: string }
  | { type: "writeBackStarted" }
  | { type: "writeBackDone"; written: WrittenResults }
  | { type: "clearStarted" }
  | { type: "clearDone" }
  | { type: "writeBackFailed"; error: string; written?: WrittenResults }
  | { type: "exportStarted" }
  | { type: "exportFinished"; records: ExportRecord[] }
  | { type: "exportFailed"; error: string }
  | { type: "filterChanged"; filter: ResultFilter }
  | { type: "showMore" }
  | { type: "rowSelected"; sheetRow: number };

/** Drops what a new roster or mapping makes stale: the check, its export and the list position. */
function withoutCheck(state: FlowState): FlowState {
  return {
    ...state,
    check: { status: "idle", done: 0, total: 0 },
    exports: { status: "idle", records: [] },
    visibleGroups: PAGE_SIZE,
    selectedRow: undefined,
  };
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case "workbookLoading":
      return {
        ...initialFlowState(state.handlingDate),
        workbook: { status: "loading", name: action.name, sheets: [], tables: [] },
        defaultKind: state.defaultKind,
      };
    case "workbookLoaded":
      return {
        ...state,
        workbook: { status: "ready", name: action.name, sheets: action.sheets, tables: action.tables },
        facts: action.facts,
        factsError: undefined,
        source: action.source,
        ...(action.handlingDate && state.dateSource !== "user" ? { handlingDate: action.handlingDate, dateSource: "unitSheet" as const } : {}),
      };
    case "workbookFailed":
      return { ...state, workbook: { ...state.workbook, status: "failed", error: action.error } };
    case "factsLoaded":
      return { ...state, facts: action.facts, factsError: undefined };
    case "factsFailed":
      return { ...state, factsError: action.error };

    case "sourceChosen":
      return { ...withoutCheck(state), source: action.source, roster: { status: "idle" }, mapping: undefined, mappingConfirmed: false };
    case "rosterReading":
      return { ...withoutCheck(state), roster: { status: "running" }, mapping: undefined, mappingConfirmed: false };
    case "rosterProgress":
      return { ...state, roster: { ...state.roster, progress: action.progress } };
    case "rosterRead":
      return { ...state, roster: { status: "done", sheet: action.sheet }, mapping: action.mapping, mappingConfirmed: action.confirmed };
    case "rosterFailed":
      return { ...state, roster: { status: "failed", error: action.error } };

    case "headerRowChosen":
      return { ...withoutCheck(state), mapping: action.mapping, mappingConfirmed: false };
    case "fieldMapped":
      if (!state.mapping) return state;
      return { ...withoutCheck(state), mapping: assignColumn(state.mapping, action.field, action.column), mappingConfirmed: false };
    case "mappingConfirmed":
      return { ...state, mappingConfirmed: true };
    case "mappingReopened":
      return { ...state, mappingConfirmed: false };

    case "handlingDateChanged":
      return { ...withoutCheck(state), handlingDate: action.date, dateSource: "user" };
    case "defaultKindChanged":
      return { ...withoutCheck(state), defaultKind: action.kind };

    case "checkStarted":
      return { ...withoutCheck(state), check: { status: "running", done: 0, total: action.total } };
    case "checkProgress":
      return { ...state, check: { ...state.check, done: action.done, total: action.total } };
    case "checkFinished":
      return { ...state, check: { status: "done", done: state.check.total, total: state.check.total, result: action.result, roster: action.roster } };
    case "checkFailed":
      return { ...state, check: { ...state.check, status: "failed", error: action.error } };

    case "writeBackStarted":
      return { ...state, writeBack: { ...state.writeBack, status: "writing", error: undefined } };
    case "writeBackDone":
      return { ...state, writeBack: { status: "on", written: action.written } };
    case "clearStarted":
      return { ...state, writeBack: { ...state.writeBack, status: "clearing", error: undefined } };
    case "clearDone":
      return { ...state, writeBack: { status: "off" } };
    case "writeBackFailed": {
      const written = action.written ?? state.writeBack.written;
      return { ...state, writeBack: { status: written ? "on" : "off", written, error: action.error } };
    }

    case "exportStarted":
      return { ...state, exports: { status: "running", records: [] } };
    case "exportFinished":
      return { ...state, exports: { status: "done", records: action.records } };
    case "exportFailed":
      return { ...state, exports: { status: "failed", records: [], error: action.error } };

    case "filterChanged":
      return { ...state, filter: action.filter, visibleGroups: PAGE_SIZE };
    case "showMore":
      return { ...state, visibleGroups: state.visibleGroups + PAGE_SIZE };
    case "rowSelected":
      return { ...state, selectedRow: action.sheetRow };
  }
}
