/**
 * @jest-environment jsdom
 */
// The whole pane under jsdom over an in-memory workbook: the workbook's 参数 and 单位信息 reach the shared
// runtime, the mapping is guessed, confirmed and remembered, the check runs, findings select their cell,
// results are written and cleared, and the exports say where each file went.

import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { yearMonth } from "../../src/core/calendar";
import type { ParameterSet } from "../../src/core/params/parameterSet";
import type { CellValue } from "../../src/core/parse";
import type { SheetData } from "../../src/core/roster/types";
import type { UnitFacts } from "../../src/core/unit";
import { App } from "../../src/taskpane/components/App";
import { MAPPING_SETTING_KEY } from "../../src/taskpane/flow/mapping";
import type { ParameterStatus } from "../../src/taskpane/parameterStatus";
import { MemoryHost } from "./memoryHost";

const STATUS: ParameterStatus = { rowCount: 293, uncertainCount: 30, newestPeriod: { id: "2026", start: "2026-07", end: "2027-06" } };

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).ResizeObserver = NoLayoutResizeObserver;
});

afterEach(cleanup);

const ROSTER: SheetData = {
  name: "补缴名单",
  rows: [
    ["序号", "姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资", "户口性质"],
    [1, "王丽娟", "130102199003152025", "2023-01", "2023-06", 15000, "外埠城镇"],
    [2, "李国强", "110105196511230319", "2005-07", "2006-12", 3000, "本市城镇"],
    [3, "冯超", "110108199401130950", "2023-13", "2024-02", 9000, "本市城镇"],
  ] as CellValue[][],
};

const UNIT: SheetData = {
  name: "单位信息",
  rows: [
    ["项目", "内容"],
    ["单位名称", "北京示例科技有限公司"],
    ["办理日期", "2026-03-15"],
    ["单位规模", "中小微企业"],
  ],
};

const PARAMETERS: SheetData = {
  name: "参数",
  rows: [
    ["类别", "编号", "开始年月", "终止年月", "险种", "对象", "户口性质", "单位规模", "数值", "数值2", "数值3", "来源", "可信度", "说明"],
    ["社平工资", null, 2027, null, null, "全口径", null, null, 150000, null, null, "测试来源", "U", "测试用的假设值"],
  ],
};

const HISTORY: SheetData = {
  name: "缴费记录",
  rows: [
    ["社会保障号码", "开始年月", "终止年月"],
    ["130102199003152025", "2023-01", "2023-02"],
  ],
};

interface Published {
  params: ParameterSet;
  unit: UnitFacts | undefined;
}

function renderPane(host: MemoryHost, published: Published[] = []) {
  return render(
    <App
      locale="zh-CN"
      host="excel"
      status={STATUS}
      workbook={host}
      flowOptions={{ today: () => "2026-01-01", publishParameters: (params, unit) => published.push({ params, unit }), chunkSize: 1 }}
    />,
  );
}

async function confirmedPane(host: MemoryHost, published: Published[] = []) {
  const view = renderPane(host, published);
  fireEvent.click(await screen.findByTestId("mapping-confirm"));
  await screen.findByTestId("check-button");
  return view;
}

async function checkedPane(host: MemoryHost) {
  await confirmedPane(host);
  await act(async () => {
    fireEvent.click(screen.getByTestId("check-button"));
  });
  await screen.findByTestId("results");
}

function sheets(): SheetData[] {
  return [ROSTER, UNIT, PARAMETERS, HISTORY];
}

describe("opening the workbook", () => {
  test("publishes 参数 and 单位信息 to the runtime", async () => {
    const published: Published[] = [];
    renderPane(new MemoryHost(sheets()), published);
    await screen.findByTestId("mapping");
    expect(published).toHaveLength(1);
    expect(published[0].unit?.name).toBe("北京示例科技有限公司");
    expect(published[0].params.averageWageRow(2027, "full")?.annual).toBe("150000");
  });

  test("defaults to the sheet 补缴名单", async () => {
    renderPane(new MemoryHost([UNIT, ROSTER]));
    const source = (await screen.findByTestId("roster-source")) as HTMLSelectElement;
    expect(source.value).toBe("sheet:补缴名单");
  });

  test("takes the handling date from 单位信息", async () => {
    await confirmedPane(new MemoryHost(sheets()));
    expect((screen.getByTestId("handling-date") as HTMLInputElement).value).toBe("2026-03-15");
  });

  test("without 单位信息 the date is today", async () => {
    await confirmedPane(new MemoryHost([ROSTER]));
    expect((screen.getByTestId("handling-date") as HTMLInputElement).value).toBe("2026-01-01");
  });

  test("lists workbook parameter rows with their cell", async () => {
    renderPane(new MemoryHost(sheets()));
    await screen.findByTestId("mapping");
    expect(screen.getByTestId("facts-summary").textContent).toBe("参数表：参数（1 行，其中不确定 1 行）；单位信息：单位信息（3 项）；缴费记录：缴费记录");
  });

  test("flags an uncertain 参数 row with its cell", async () => {
    renderPane(new MemoryHost(sheets()));
    await screen.findByTestId("mapping");
    fireEvent.click(screen.getByRole("button", { name: "“参数”工作表生效的行（1）" }));
    const row = await screen.findByTestId("parameter-row");
    expect(row.getAttribute("data-cell")).toBe("参数!A2");
    expect(row.getAttribute("data-confidence")).toBe("U");
    expect(row.textContent).toBe("参数!A2社平工资：2027 · 全口径 · 150000（来源：测试来源） 不确定");
  });

  test("lists unit facts with their cell", async () => {
    renderPane(new MemoryHost(sheets()));
    await screen.findByTestId("mapping");
    fireEvent.click(screen.getByRole("button", { name: "单位信息（3 项）" }));
    const facts = await screen.findAllByTestId("unit-fact");
    expect(facts.map((fact) => fact.textContent)).toEqual([
      "单位信息!B2单位名称：北京示例科技有限公司",
      "单位信息!B3办理日期：2026-03-15",
      "单位信息!B4单位规模：中小微企业",
    ]);
  });
});

describe("column mapping", () => {
  test("guesses every column of the header", async () => {
    renderPane(new MemoryHost(sheets()));
    await screen.findByTestId("mapping");
    expect((screen.getByTestId("mapping-field-name") as HTMLSelectElement).value).toBe("1");
    expect((screen.getByTestId("mapping-field-hukouType") as HTMLSelectElement).value).toBe("6");
    expect((screen.getByTestId("mapping-field-hireDate") as HTMLSelectElement).value).toBe("");
  });

  test("a missing required column blocks confirming", async () => {
    renderPane(new MemoryHost(sheets()));
    fireEvent.change(await screen.findByTestId("mapping-field-wage"), { target: { value: "" } });
    expect(screen.getByTestId("mapping-missing").textContent).toBe("还缺少必需列：缴费工资");
    expect((screen.getByTestId("mapping-confirm") as HTMLButtonElement).disabled).toBe(true);
  });

  test("confirming saves the mapping in the workbook", async () => {
    const host = new MemoryHost(sheets());
    await confirmedPane(host);
    const saved = JSON.parse(host.settings.get(MAPPING_SETTING_KEY)!);
    expect(saved.source).toEqual({ kind: "sheet", sheet: "补缴名单" });
    expect(saved.headers.identityNumber).toBe("社会保障号码");
  });

  test("a remembered mapping is confirmed at once", async () => {
    const host = new MemoryHost(sheets());
    await confirmedPane(host);
    cleanup();
    renderPane(host);
    expect(await screen.findByTestId("mapping-summary")).toBeTruthy();
    expect(screen.getByTestId("check-button")).toBeTruthy();
  });
});

describe("checking", () => {
  test("groups results by person with severities", async () => {
    await checkedPane(new MemoryHost(sheets()));
    const groups = screen.getAllByTestId("person-group");
    expect(groups.map((group) => group.getAttribute("data-severity"))).toEqual(["warning", "ok", "error"]);
    expect(screen.getByTestId("results-summary").textContent).toMatch(/^共 3 行、3 人：2 行可导出，1 行只列入报告/);
  });

  test("history months show on the strip", async () => {
    await checkedPane(new MemoryHost(sheets()));
    const wang = screen.getAllByTestId("person-group")[0];
    const cells = within(wang).getByTestId("timeline").querySelectorAll("[data-month]");
    expect(Array.from(cells).map((cell) => cell.getAttribute("data-state"))).toEqual(["paid", "paid", "payable", "payable", "payable", "payable"]);
    expect(cells[0].getAttribute("title")).toBe("2023-01 已缴费（第 2 行）");
    expect(within(wang).getByRole("img").getAttribute("aria-label")).toBe(
      "王丽娟 的月份：2023-01 至 2023-06，可补缴 4 个月，不可补缴 0 个月，已缴费 2 个月；分界月份：无",
    );
  });

  test("the 2011-07 boundary is marked", async () => {
    const host = new MemoryHost([
      { name: "补缴名单", rows: [ROSTER.rows[0], [1, "张敏", "110108198502170463", "201103", "201110", 4200, "本市城镇"]] },
    ]);
    await checkedPane(host);
    const boundary = screen.getByTestId("timeline").querySelector('[data-boundary="true"]');
    expect(boundary?.getAttribute("data-month")).toBe("2011-07");
    expect(yearMonth(2011, 7)).toBeGreaterThan(0);
  });

  test("clicking a finding selects its cell", async () => {
    const host = new MemoryHost(sheets());
    await checkedPane(host);
    const finding = screen.getAllByTestId("finding").find((item) => item.getAttribute("data-row") === "4")!;
    await act(async () => {
      fireEvent.click(finding);
    });
    // START_MONTH_INVALID is about 开始年月 in column D.
    expect(host.callsOf("selectCell")).toEqual([["补缴名单", 4, 4]]);
  });

  test("a bad handling date is an error", async () => {
    await confirmedPane(new MemoryHost(sheets()));
    fireEvent.change(screen.getByTestId("handling-date"), { target: { value: "" } });
    await act(async () => {
      fireEvent.click(screen.getByTestId("check-button"));
    });
    expect((await screen.findByTestId("check-error")).textContent).toMatch(/办理日期/);
  });
});

describe("write-back and export", () => {
  test("writes results right of the roster and clears them", async () => {
    const host = new MemoryHost(sheets());
    await checkedPane(host);
    await act(async () => {
      fireEvent.click(screen.getByTestId("writeback-toggle"));
    });
    const [[sheet, headerRow, column, marks]] = host.callsOf("writeResults") as Array<[string, number, number, Array<{ sheetRow: number; severity: string }>]>;
    expect([sheet, headerRow, column]).toEqual(["补缴名单", 1, 8]);
    expect(marks.map((mark) => `${mark.sheetRow} ${mark.severity}`)).toEqual(["2 warning", "3 ok", "4 error"]);
    expect(screen.getByTestId("writeback-status").textContent).toBe("已写入工作表“补缴名单”的 H 列（3 行）");

    await act(async () => {
      fireEvent.click(screen.getByTestId("clear-results"));
    });
    expect(host.callsOf("clearResults")).toEqual([["补缴名单", 1, 8, [2, 3, 4]]]);
  });

  test("exports upload files and the report", async () => {
    const host = new MemoryHost(sheets());
    host.exportOutcome = (fileName) => (fileName.startsWith("补缴测算") ? { kind: "newSheet", sheet: "补缴测算报告" } : { kind: "downloaded", fileName });
    await checkedPane(host);
    await act(async () => {
      fireEvent.click(screen.getByTestId("export-button"));
    });
    const outcome = await screen.findByTestId("export-outcome");
    expect(host.exported.map((file) => file.fileName)).toEqual(["个人补缴_批量申报.xlsx", "补缴测算报告.xlsx"]);
    expect(host.exported[0].rows[0]).toEqual(["序号", "社会保障号码", "姓名", "开始年月", "终止年月", "缴费工资"]);
    expect(Array.from(outcome.querySelectorAll("li")).map((item) => item.textContent)).toEqual([
      "个人补缴_批量申报.xlsx（3 行）：已下载，请在浏览器的下载文件夹中查看",
      "补缴测算报告.xlsx：已写入新工作表“补缴测算报告”",
    ]);
  });
});

test("renders English for en", async () => {
  render(<App locale="en" host="excel" status={STATUS} workbook={new MemoryHost(sheets())} flowOptions={{ publishParameters: () => {} }} />);
  expect((await screen.findByTestId("mapping-confirm")).textContent).toBe("Confirm columns");
});

test("waits for a workbook", () => {
  render(<App locale="zh-CN" host="excel" status={STATUS} flowOptions={{ publishParameters: () => {} }} />);
  expect(screen.queryByTestId("roster-source")).toBeNull();
  return waitFor(() => expect(screen.getByTestId("parameter-rows").textContent).toBe("293 行"));
});

describe("browser mode", () => {
  test("the example button opens a file", async () => {
    const file = new MemoryHost(sheets(), { kind: "file", displayName: "补缴名单-示例.xlsx" });
    const openers = { openFile: () => Promise.reject(new Error("not called")), openExample: async () => file };
    render(<App locale="zh-CN" host="none" status={STATUS} openers={openers} flowOptions={{ publishParameters: () => {} }} />);
    expect(screen.queryByTestId("roster-source")).toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByTestId("example-button"));
    });
    expect(await screen.findByTestId("mapping")).toBeTruthy();
    expect(screen.getByText("当前文件：补缴名单-示例.xlsx")).toBeTruthy();
    // A file has no selection to read the roster from.
    const options = Array.from((screen.getByTestId("roster-source") as HTMLSelectElement).options).map((option) => option.value);
    expect(options).toEqual(["sheet:补缴名单", "sheet:单位信息", "sheet:参数", "sheet:缴费记录"]);
  });

  test("a file that fails to open says why", async () => {
    const openers = { openFile: () => Promise.reject(new Error("not called")), openExample: () => Promise.reject(new Error("HTTP 404")) };
    render(<App locale="zh-CN" host="none" status={STATUS} openers={openers} flowOptions={{ publishParameters: () => {} }} />);
    await act(async () => {
      fireEvent.click(screen.getByTestId("example-button"));
    });
    expect((await screen.findByTestId("file-error")).textContent).toMatch(/^操作失败：HTTP 404。/);
  });
});
