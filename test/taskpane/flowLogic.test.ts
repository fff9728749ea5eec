// The pane's flow logic without React: the column mapping guess and its memory, the chunked check (equal to
// one checkRoster call), grouping results by person, the 校验结果 texts and the month strip.

import { formatYearMonth, yearMonth, type YearMonth } from "../../src/core/calendar";
import { beijingParameters } from "../../src/core/params/parameterSet";
import { parseDay, type CellValue } from "../../src/core/parse";
import { checkRoster, TAX_COLLECTION_START } from "../../src/core/roster";
import type { CheckResult, Roster, SheetData } from "../../src/core/roster/types";
import { checkInChunks, chunkRows } from "../../src/taskpane/flow/checkInChunks";
import {
  applySavedMapping,
  assignColumn,
  columnChoices,
  guessMapping,
  missingRequiredFields,
  parseSavedMapping,
  rosterFromMapping,
  saveMapping,
} from "../../src/taskpane/flow/mapping";
import { filterGroups, findingColumn, groupResults, identityLookup, resultMarks } from "../../src/taskpane/flow/results";
import { buildTimeline } from "../../src/taskpane/flow/timeline";

const HANDLING_DAY = parseDay("2026-03-15", "field.handlingDate");
const WANG = "130102199003152025";
const LI = "110105196511230319";
const ZHANG = "110108198502170463";

const HEADER: CellValue[] = ["序号", "姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资", "户口性质"];

function sheetOf(rows: CellValue[][], name = "补缴名单"): SheetData {
  return { name, rows };
}

/** A roster whose people are split over non-adjacent rows, with one unreadable row. */
const ROSTER_SHEET = sheetOf([
  HEADER,
  [1, "王丽娟", WANG, "2023-01", "2023-06", 15000, "外埠城镇"],
  [2, "李国强", LI, "2005-07", "2006-12", 3000, "本市城镇"],
  [3, "王丽娟", WANG, "2023-04", "2023-09", 15000, "外埠城镇"],
  [4, "张敏", ZHANG, "2011-03", "2011-10", 4200, "本市城镇"],
  [5, "冯超", "110108199401130950", "2023-13", "2024-02", 9000, "本市城镇"],
  [6, "李国强", LI, "2007-01", "2007-03", 3200, "本市城镇"],
  [7, "冯超", "110108199401130950", "2023-01", "2023-02", 9000, "本市城镇"],
]);

function checkedExample(): { roster: Roster; result: CheckResult } {
  const roster = rosterFromMapping(ROSTER_SHEET, guessMapping(ROSTER_SHEET));
  return { roster, result: checkRoster(roster, { handlingDay: HANDLING_DAY }, beijingParameters) };
}

describe("mapping guess", () => {
  test("finds the header in row 1", () => {
    const mapping = guessMapping(ROSTER_SHEET);
    expect(mapping.headerRow).toBe(1);
    expect(mapping.columns).toEqual({ name: 1, identityNumber: 2, startMonth: 3, endMonth: 4, wage: 5, hukouType: 6 });
  });

  test("finds a header below title rows", () => {
    const sheet = sheetOf([[null], ["2026年补缴名单"], [], ["职工姓名", "身份证号码", "起始年月", "截止年月", "申报工资", "入职日期"], ["王丽娟", WANG, "2023-01", "2023-02", 8000, 44713]]);
    const mapping = guessMapping(sheet);
    expect(mapping.headerRow).toBe(4);
    expect(mapping.columns).toEqual({ name: 0, identityNumber: 1, startMonth: 2, endMonth: 3, wage: 4, hireDate: 5 });
  });

  test("takes the row with most required fields", () => {
    const sheet = sheetOf([["名单"], ["姓名", "证件", "开始年月", "终止年月", "金额"], ["王丽娟", WANG, "2023-01", "2023-02", 8000]]);
    const mapping = guessMapping(sheet);
    expect(mapping.headerRow).toBe(2);
    expect(missingRequiredFields(mapping)).toEqual(["identityNumber", "wage"]);
  });

  test("finds a table's header below row ten", () => {
    const rows: CellValue[][] = Array.from({ length: 14 }, () => []);
    rows.push(["姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资"]);
    expect(guessMapping(sheetOf(rows)).headerRow).toBe(15);
  });

  test("an empty sheet maps nothing", () => {
    expect(guessMapping(sheetOf([]))).toEqual({ headerRow: 1, columns: {} });
  });

  test("column choices name each column", () => {
    const choices = columnChoices(sheetOf([["姓名", null, "工资"], ["王", "备注", 1]]), 1);
    expect(choices).toEqual([
      { column: 0, letter: "A", header: "姓名" },
      { column: 1, letter: "B", header: "" },
      { column: 2, letter: "C", header: "工资" },
    ]);
  });

  test("assigning a used column moves it", () => {
    const mapping = assignColumn(guessMapping(ROSTER_SHEET), "hireDate", 6);
    expect(mapping.columns.hireDate).toBe(6);
    expect(mapping.columns.hukouType).toBeUndefined();
  });

  test("unassigning a field removes it", () => {
    const mapping = assignColumn(guessMapping(ROSTER_SHEET), "hukouType", undefined);
    expect(mapping.columns.hukouType).toBeUndefined();
    expect(mapping.columns.name).toBe(1);
  });

  test("roster keeps Excel row numbers and skips blank rows", () => {
    const sheet = sheetOf([HEADER, [1, "王丽娟", WANG, "2023-01", "2023-06", 15000], [2, null, null, null, null, null], [3, "李国强", LI, "2005-07", "2006-12", 3000]]);
    const roster = rosterFromMapping(sheet, guessMapping(sheet));
    expect(roster.rows.map((row) => row.sheetRow)).toEqual([2, 4]);
    expect(roster.rows[1].cells.identityNumber).toBe(LI);
    expect(roster.columns.wage).toBe(5);
  });
});

describe("remembered mapping", () => {
  const source = { kind: "sheet", sheet: "补缴名单" } as const;

  test("round-trips by header text", () => {
    const edited = assignColumn(guessMapping(ROSTER_SHEET), "hukouType", undefined);
    const saved = parseSavedMapping(saveMapping(source, ROSTER_SHEET, edited));
    expect(saved?.source).toEqual(source);
    expect(applySavedMapping(ROSTER_SHEET, saved!)).toEqual(edited);
  });

  test("follows moved columns", () => {
    const saved = parseSavedMapping(saveMapping(source, ROSTER_SHEET, guessMapping(ROSTER_SHEET)))!;
    const moved = sheetOf([["姓名", "序号", "缴费工资", "社会保障号码", "开始年月", "终止年月", "户口性质"]]);
    expect(applySavedMapping(moved, saved)?.columns).toEqual({ name: 0, wage: 2, identityNumber: 3, startMonth: 4, endMonth: 5, hukouType: 6 });
  });

  test("a missing header drops the memory", () => {
    const saved = parseSavedMapping(saveMapping(source, ROSTER_SHEET, guessMapping(ROSTER_SHEET)))!;
    expect(applySavedMapping(sheetOf([["姓名", "社会保障号码"]]), saved)).toBeUndefined();
  });

  test("unreadable settings are ignored", () => {
    expect(parseSavedMapping(undefined)).toBeUndefined();
    expect(parseSavedMapping("not json")).toBeUndefined();
    expect(parseSavedMapping('{"version":2}')).toBeUndefined();
    expect(parseSavedMapping('{"version":1,"source":{"kind":"sheet"},"headerRow":1,"headers":{}}')).toBeUndefined();
  });
});

describe("checkInChunks", () => {
  test("keeps each person in one chunk", () => {
    const roster = rosterFromMapping(ROSTER_SHEET, guessMapping(ROSTER_SHEET));
    const chunks = chunkRows(roster.rows, 2);
    expect(chunks.map((chunk) => chunk.map((row) => row.sheetRow))).toEqual([[2, 4], [3, 7], [5], [6, 8]]);
  });

  test("equals one checkRoster call", async () => {
    const { roster, result } = checkedExample();
    const progress: string[] = [];
    const chunked = await checkInChunks(roster, { handlingDay: HANDLING_DAY }, beijingParameters, {
      chunkSize: 1,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
      pause: async () => {},
    });
    expect(chunked).toEqual(result);
    expect(progress).toEqual(["2/7", "4/7", "5/7", "7/7"]);
  });

  test("overlap is found across chunks", async () => {
    const { roster } = checkedExample();
    const chunked = await checkInChunks(roster, { handlingDay: HANDLING_DAY }, beijingParameters, { chunkSize: 1, pause: async () => {} });
    const row4 = chunked.rows.find((row) => row.sheetRow === 4)!;
    expect(row4.findings.map((finding) => finding.code)).toContain("MONTH_OVERLAP");
  });

  test("an empty roster still gets sheet problems", async () => {
    const roster = rosterFromMapping(sheetOf([HEADER]), guessMapping(sheetOf([HEADER])));
    const chunked = await checkInChunks(roster, { handlingDay: HANDLING_DAY }, beijingParameters);
    expect(chunked.rows).toEqual([]);
    expect(chunked.problems).toEqual(checkRoster(roster, { handlingDay: HANDLING_DAY }, beijingParameters).problems);
  });
});

describe("grouping results", () => {
  test("groups rows of one person", () => {
    const { roster, result } = checkedExample();
    const groups = groupResults(result, identityLookup(roster));
    expect(groups.map((group) => group.rows.map((row) => row.sheetRow))).toEqual([[2, 4], [3, 7], [5], [6, 8]]);
    expect(groups.map((group) => group.name)).toEqual(["王丽娟", "李国强", "张敏", "冯超"]);
  });

  test("an error row joins its person", () => {
    const { roster, result } = checkedExample();
    const feng = groupResults(result, identityLookup(roster))[3];
    expect(feng.severity).toBe("error");
    expect(feng.persons).toHaveLength(1);
    expect(feng.maskedIdentityNumber).toBe("110108********0950");
  });

  test("without a lookup an error row stands alone", () => {
    const { result } = checkedExample();
    expect(groupResults(result).map((group) => group.key)).toEqual(["person:0", "person:1", "person:2", "row:6", "person:3"]);
  });

  test("payable months add up per person", () => {
    const { roster, result } = checkedExample();
    const [wang, li, zhang] = groupResults(result, identityLookup(roster));
    // Rows 2 and 4 ask for 2023-01…2023-09; the three months of row 4 inside row 2 overlap and are not payable.
    expect(wang.payableMonths).toBe(9);
    // 2005-07…2006-12 is 18 months, 2007-01…2007-03 three more.
    expect(li.payableMonths).toBe(21);
    expect(zhang.payableMonths).toBe(8);
  });

  test("filters keep the worst severities", () => {
    const { roster, result } = checkedExample();
    const groups = groupResults(result, identityLookup(roster));
    expect(filterGroups(groups, "all")).toHaveLength(4);
    expect(filterGroups(groups, "errors").map((group) => group.name)).toEqual(["冯超"]);
    expect(filterGroups(groups, "problems").every((group) => group.severity === "error" || group.severity === "warning")).toBe(true);
  });

  test("finding column follows the code", () => {
    const columns = { name: 1, identityNumber: 2, startMonth: 3, endMonth: 4, wage: 5 };
    expect(findingColumn("ID_CHECK_DIGIT", columns)).toBe(3);
    expect(findingColumn("END_MONTH_INVALID", columns)).toBe(5);
    expect(findingColumn("HIRE_DATE_INVALID", columns)).toBe(2);
    expect(findingColumn(undefined, columns)).toBe(2);
  });
});

describe("校验结果 texts", () => {
  test("an error row lists its finding", () => {
    const { result } = checkedExample();
    const mark = resultMarks(result, "zh-CN").find((entry) => entry.sheetRow === 6)!;
    expect(mark.severity).toBe("error");
    expect(mark.text).toMatch(/^\[错误\] 开始年月 “2023-13” 无效/);
  });

  test("a clean row counts its upload rows", () => {
    const { result } = checkedExample();
    const row3 = result.rows.find((row) => row.sheetRow === 3)!;
    expect(row3.findings).toEqual([]);
    const mark = resultMarks(result, "zh-CN").find((entry) => entry.sheetRow === 3)!;
    expect(mark).toEqual({ sheetRow: 3, severity: "ok", text: `通过：可导出 ${row3.uploadRows.length} 段` });
  });

  test("months lead a warning", () => {
    const { result } = checkedExample();
    const mark = resultMarks(result, "en").find((entry) => entry.sheetRow === 4)!;
    expect(mark.text).toContain("[Warning] 2023-04—2023-06 ");
  });
});

describe("month strip", () => {
  const boundaries = [yearMonth(2011, 7), TAX_COLLECTION_START];

  test("marks overlap, payable and boundaries", () => {
    const { roster, result } = checkedExample();
    const wang = groupResults(result, identityLookup(roster))[0];
    const timeline = buildTimeline(wang.rows, undefined, boundaries)!;
    expect(formatYearMonth(timeline.from)).toBe("2023-01");
    expect(formatYearMonth(timeline.to)).toBe("2023-09");
    // Every month is payable through one of the two rows: the overlap of row 4 loses to row 2.
    expect(timeline.counts).toEqual({ paid: 0, payable: 9, notPayable: 0, notRequested: 0 });
    expect(timeline.boundaries).toEqual([]);
  });

  test("marks 2011-07 inside the strip", () => {
    const { roster, result } = checkedExample();
    const zhang = groupResults(result, identityLookup(roster))[2];
    const timeline = buildTimeline(zhang.rows, undefined, boundaries)!;
    expect(timeline.runs.map((run) => `${formatYearMonth(run.from)}—${formatYearMonth(run.to)} ${run.state}`)).toEqual(["2011-03—2011-10 payable"]);
    expect(timeline.boundaries.map(formatYearMonth)).toEqual(["2011-07"]);
  });

  test("a payable month stays payable", () => {
    const { roster, result } = checkedExample();
    const li = groupResults(result, identityLookup(roster))[1];
    // The check ran without this history, so it found 2006-12 payable; the strip shows what the check found.
    const timeline = buildTimeline(li.rows, new Set<YearMonth>([yearMonth(2006, 12)]), boundaries)!;
    expect(timeline.counts).toEqual({ paid: 0, payable: 21, notPayable: 0, notRequested: 0 });
  });

  test("not payable months carry the reason", () => {
    const sheet = sheetOf([HEADER, [1, "李国强", LI, "2005-07", "2005-09", 3000], [2, "李国强", LI, "2005-11", "2005-12", 3000, "本市城镇"]]);
    const roster = rosterFromMapping(sheet, guessMapping(sheet));
    const result = checkRoster(roster, { handlingDay: HANDLING_DAY }, beijingParameters);
    const timeline = buildTimeline(result.rows, undefined, boundaries)!;
    expect(timeline.runs.map((run) => `${formatYearMonth(run.from)}—${formatYearMonth(run.to)} ${run.state} ${run.reasonCode ?? ""}`.trim())).toEqual([
      "2005-07—2005-09 notPayable PRE_2011_HUKOU_MISSING",
      "2005-10—2005-10 notRequested",
      "2005-11—2005-12 payable",
    ]);
  });

  test("a month between rows in the history is paid", () => {
    const sheet = sheetOf([HEADER, [1, "李国强", LI, "2005-07", "2005-09", 3000, "本市城镇"], [2, "李国强", LI, "2005-11", "2005-12", 3000, "本市城镇"]]);
    const roster = rosterFromMapping(sheet, guessMapping(sheet));
    const result = checkRoster(roster, { handlingDay: HANDLING_DAY }, beijingParameters);
    const timeline = buildTimeline(result.rows, new Set<YearMonth>([yearMonth(2005, 10)]), boundaries)!;
    expect(timeline.months.map((month) => month.state)).toEqual(["payable", "payable", "payable", "paid", "payable", "payable"]);
  });

  test("rows without months give no strip", () => {
    const { result } = checkedExample();
    const errorRow = result.rows.find((row) => row.sheetRow === 6)!;
    expect(buildTimeline([errorRow], undefined, boundaries)).toBeUndefined();
  });
});
