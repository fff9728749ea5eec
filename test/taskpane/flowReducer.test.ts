// The pane's reducer: each step invalidates the steps after it, the handling date keeps a user's choice, and
// written results stay removable.

import { parseDay } from "../../src/core/parse";
import type { CheckResult, Roster } from "../../src/core/roster/types";
import { flowReducer, initialFlowState, PAGE_SIZE, type FlowState } from "../../src/taskpane/state/flowReducer";
import type { WorkbookFacts } from "../../src/taskpane/flow/workbookFacts";
import { beijingParameters } from "../../src/core/params/parameterSet";

const FACTS: WorkbookFacts = {
  params: beijingParameters,
  overrides: {},
  parameterRows: [],
  parameterProblems: [],
  unitFacts: [],
  unitProblems: [],
  historyProblems: [],
  sheets: {},
};

const SHEET = { name: "补缴名单", rows: [["姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资"]] };
const MAPPING = { headerRow: 1, columns: { name: 0, identityNumber: 1, startMonth: 2, endMonth: 3, wage: 4 } };
const RESULT: CheckResult = { handlingDay: parseDay("2026-03-15", "field.handlingDate"), sheetName: "补缴名单", rows: [], persons: [], problems: [] };
const ROSTER = { sheetName: "补缴名单", headerRow: 1, columns: MAPPING.columns, headers: [], rows: [] } as Roster;
const WRITTEN = { sheet: "补缴名单", headerRow: 1, column: 6, rows: [2, 3] };

/** Builds a state with a confirmed mapping, a finished check and results written. */
function checkedState(): FlowState {
  let state = initialFlowState("2026-01-01");
  state = flowReducer(state, { type: "workbookLoading", name: "" });
  state = flowReducer(state, { type: "workbookLoaded", name: "", sheets: ["补缴名单"], tables: [], facts: FACTS, source: { kind: "sheet", sheet: "补缴名单" } });
  state = flowReducer(state, { type: "rosterRead", sheet: SHEET, mapping: MAPPING, confirmed: false });
  state = flowReducer(state, { type: "mappingConfirmed" });
  state = flowReducer(state, { type: "checkStarted", total: 2 });
  state = flowReducer(state, { type: "checkFinished", result: RESULT, roster: ROSTER });
  state = flowReducer(state, { type: "writeBackDone", written: WRITTEN });
  return state;
}

test("a finished check is done with all rows", () => {
  const state = checkedState();
  expect(state.check).toEqual({ status: "done", done: 2, total: 2, result: RESULT, roster: ROSTER });
  expect(state.mappingConfirmed).toBe(true);
});

test("a new source drops mapping and check", () => {
  const state = flowReducer(checkedState(), { type: "sourceChosen", source: { kind: "table", table: "表1" } });
  expect(state.mapping).toBeUndefined();
  expect(state.mappingConfirmed).toBe(false);
  expect(state.check.status).toBe("idle");
  expect(state.roster.status).toBe("idle");
});

test("written results survive a new source", () => {
  const state = flowReducer(checkedState(), { type: "sourceChosen", source: { kind: "table", table: "表1" } });
  expect(state.writeBack).toEqual({ status: "on", written: WRITTEN });
});

test("changing a field unconfirms the mapping", () => {
  const state = flowReducer(checkedState(), { type: "fieldMapped", field: "hireDate", column: 4 });
  expect(state.mappingConfirmed).toBe(false);
  expect(state.mapping?.columns.hireDate).toBe(4);
  expect(state.mapping?.columns.wage).toBeUndefined();
  expect(state.check.result).toBeUndefined();
});

test("a new date drops the check", () => {
  const state = flowReducer(checkedState(), { type: "handlingDateChanged", date: "2026-04-01" });
  expect(state.handlingDate).toBe("2026-04-01");
  expect(state.dateSource).toBe("user");
  expect(state.check.status).toBe("idle");
});

test("单位信息 date replaces today", () => {
  const state = flowReducer(initialFlowState("2026-01-01"), { type: "workbookLoaded", name: "", sheets: [], tables: [], facts: FACTS, handlingDate: "2026-03-15" });
  expect(state.handlingDate).toBe("2026-03-15");
  expect(state.dateSource).toBe("unitSheet");
});

test("单位信息 date keeps the user's date", () => {
  let state = flowReducer(initialFlowState("2026-01-01"), { type: "handlingDateChanged", date: "2026-02-02" });
  state = flowReducer(state, { type: "workbookLoaded", name: "", sheets: [], tables: [], facts: FACTS, handlingDate: "2026-03-15" });
  expect(state.handlingDate).toBe("2026-02-02");
});

test("a failed clear keeps the written column", () => {
  let state = flowReducer(checkedState(), { type: "clearStarted" });
  state = flowReducer(state, { type: "writeBackFailed", error: "失败" });
  expect(state.writeBack).toEqual({ status: "on", written: WRITTEN, error: "失败" });
});

test("clearing turns write-back off", () => {
  let state = flowReducer(checkedState(), { type: "clearStarted" });
  state = flowReducer(state, { type: "clearDone" });
  expect(state.writeBack).toEqual({ status: "off" });
});

test("show more pages by fifty", () => {
  let state = flowReducer(checkedState(), { type: "showMore" });
  expect(state.visibleGroups).toBe(2 * PAGE_SIZE);
  state = flowReducer(state, { type: "filterChanged", filter: "errors" });
  expect(state.visibleGroups).toBe(PAGE_SIZE);
});

test("a new workbook starts over", () => {
  const state = flowReducer(checkedState(), { type: "workbookLoading", name: "b.xlsx" });
  expect(state.workbook).toEqual({ status: "loading", name: "b.xlsx", sheets: [], tables: [] });
  expect(state.check.status).toBe("idle");
  expect(state.writeBack.status).toBe("off");
});
