/**
 * @jest-environment jsdom
 */
// The pane's root component under jsdom: Chinese by default, English for the en locale, and the parameter
// status it is given. It receives everything through props, so no Office global is needed.

import { cleanup, render, screen } from "@testing-library/react";
import { App, type FileOpeners } from "../../src/taskpane/components/App";
import type { ParameterStatus } from "../../src/taskpane/parameterStatus";

const STATUS: ParameterStatus = {
  rowCount: 412,
  uncertainCount: 17,
  newestPeriod: { id: "2026", start: "2026-07", end: "2027-06" },
};

/** Openers that are never called: these tests only render. */
const NO_FILES: FileOpeners = {
  openFile: () => Promise.reject(new Error("not called")),
  openExample: () => Promise.reject(new Error("not called")),
};

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar only needs one to exist.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).ResizeObserver = NoLayoutResizeObserver;
});

afterEach(cleanup);

test("renders the product name in Chinese", () => {
  render(<App locale="zh-CN" host="none" status={STATUS} />);
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("社保补缴助手");
});

test("shows browser mode outside Excel", () => {
  render(<App locale="zh-CN" host="none" status={STATUS} />);
  expect(screen.getByText("未在 Excel 中运行：当前为浏览器模式，只能查看参数状态")).toBeTruthy();
});

test("offers files in browser mode", () => {
  render(<App locale="zh-CN" host="none" status={STATUS} openers={NO_FILES} />);
  expect(screen.getByText(/^未在 Excel 中运行：可打开 \.xlsx 名单文件检查/)).toBeTruthy();
  expect(screen.getByTestId("file-input").getAttribute("accept")).toContain(".xlsx");
  expect(screen.getByTestId("example-button").textContent).toBe("打开示例名单");
});

test("shows the Excel connection inside Excel", () => {
  render(<App locale="zh-CN" host="excel" status={STATUS} />);
  expect(screen.getByText("已连接 Excel：可在单元格中输入 =BUJIAO.缴费基数 等函数，并在下方检查补缴名单")).toBeTruthy();
  expect(screen.queryByTestId("file-input")).toBeNull();
});

test("shows the parameter status", () => {
  render(<App locale="zh-CN" host="none" status={STATUS} />);
  expect(screen.getByTestId("parameter-rows").textContent).toBe("412 行");
  expect(screen.getByTestId("parameter-uncertain").textContent).toBe("17 行");
  expect(screen.getByTestId("parameter-newest-period").textContent).toBe("2026（2026-07 起）");
  expect(screen.getByTestId("parameter-period-end").textContent).toBe("2027-06");
  expect(screen.getByText(/标为“不确定”的参数请核对原始通知/)).toBeTruthy();
});

test("no uncertain rows hides the hint", () => {
  render(<App locale="zh-CN" host="none" status={{ ...STATUS, uncertainCount: 0 }} />);
  expect(screen.queryByText(/标为“不确定”的参数请核对原始通知/)).toBeNull();
});

test("no period shows none", () => {
  render(<App locale="zh-CN" host="none" status={{ ...STATUS, newestPeriod: null }} />);
  expect(screen.getByTestId("parameter-newest-period").textContent).toBe("无");
  expect(screen.getByTestId("parameter-period-end").textContent).toBe("无");
});

test("renders English for en", () => {
  render(<App locale="en" host="none" status={STATUS} />);
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Bujiao back-pay assistant");
  expect(screen.getByTestId("parameter-rows").textContent).toBe("412 rows");
});
