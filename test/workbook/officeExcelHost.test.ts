// The Office.js workbook adapter against office-addin-mock objects: block reads, typed values, positions kept
// from A1, write-back in one request per block, clearing, settings, and exports written to a new sheet.

import { setLocale } from "../../src/i18n";
import { BLOCK_MAX_ROWS, ExcelHost, SEVERITY_FILLS, blockRowCount } from "../../src/workbook/office/excelHost";
import type { RowMark } from "../../src/workbook/host";
import { installExcelMock, typedCells, type MockRequest, type RangeRecord } from "./officeMock";

const host = new ExcelHost();

beforeEach(() => setLocale("zh-CN"));

/** Builds a roster of `count` people below a header row, six columns wide. */
function rosterRows(count: number): unknown[][] {
  const rows: unknown[][] = [["姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资", "户口性质"]];
  for (let index = 1; index <= count; index++) rows.push([`员工${index}`, `1101011990010${String(index).padStart(5, "0")}`, "2023-01", "2023-06", 8000, "本市城镇"]);
  return rows;
}

function loadedRanges(request: MockRequest): RangeRecord[] {
  return request.ranges.filter((range) => range.loaded);
}

describe("ExcelHost.readSheet", () => {
  test("reads 12,000 rows in 3 blocks", async () => {
    const mock = installExcelMock({ sheets: [{ name: "补缴名单", ...typedCells(rosterRows(11_999)) }] });
    const progress: number[] = [];

    const sheet = await host.readSheet("补缴名单", (step) => progress.push(step.rowsRead));

    // One request for the used range, then one per block of 5,000 rows.
    expect(mock.requests).toHaveLength(4);
    const blocks = mock.requests.slice(1).map((request) => loadedRanges(request).map((range) => [range.rowIndex, range.rowCount]));
    expect(blocks).toEqual([[[0, 5000]], [[5000, 5000]], [[10_000, 2000]]]);
    expect(progress).toEqual([5000, 10_000, 12_000]);

    expect(sheet.name).toBe("补缴名单");
    expect(sheet.rows).toHaveLength(12_000);
    expect(sheet.rows[0][0]).toBe("姓名");
    expect(sheet.rows[11_999]).toEqual(["员工11999", "110101199001011999", "2023-01", "2023-06", 8000, "本市城镇"]);
  });

  test("wide ranges get fewer rows a block", () => {
    expect(blockRowCount(6)).toBe(BLOCK_MAX_ROWS);
    expect(blockRowCount(40)).toBe(1250);
    expect(blockRowCount(100_000)).toBe(1);
  });

  test("keeps date serials, text and errors typed", async () => {
    installExcelMock({
      sheets: [
        {
          name: "补缴名单",
          values: [["姓名", "开始年月", "终止年月", "缴费工资", "入职日期", "在职"], ["张敏", "201103", 45139, "#N/A", "", true]],
          valueTypes: [["String", "String", "String", "String", "String", "String"], ["String", "String", "Double", "Error", "Empty", "Boolean"]],
        },
      ],
    });

    const sheet = await host.readSheet("补缴名单");

    // 45139 is the serial of the date cell 2023-08-01; "201103" was typed as text and stays text.
    expect(sheet.rows[1]).toEqual(["张敏", "201103", 45139, { error: "#N/A" }, null, true]);
    expect(typeof sheet.rows[1][1]).toBe("string");
  });

  test("pads a used range starting at C3", async () => {
    installExcelMock({
      sheets: [{ name: "名单", rowIndex: 2, columnIndex: 2, ...typedCells([["姓名", "缴费工资"], ["李国强", 3000]]) }],
    });

    const sheet = await host.readSheet("名单");

    expect(sheet.rows).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, null, "姓名", "缴费工资"],
      [null, null, "李国强", 3000],
    ]);
  });

  test("empty sheet reads as no rows", async () => {
    const mock = installExcelMock({ sheets: [{ name: "空白" }] });
    await expect(host.readSheet("空白")).resolves.toEqual({ name: "空白", rows: [] });
    expect(mock.requests).toHaveLength(1);
  });
});

describe("ExcelHost.readRosterSource", () => {
  const sheet = { name: "数据", rowIndex: 1, columnIndex: 1, ...typedCells([["说明", "", ""], ["姓名", "缴费工资", "备注"], ["孙丽", 5000, "无"]]) };

  test("table keeps the sheet's positions", async () => {
    installExcelMock({
      sheets: [sheet],
      tables: [{ name: "名单表", sheet: "数据", rowIndex: 2, columnIndex: 1, rowCount: 2, columnCount: 2 }],
    });

    const data = await host.readRosterSource({ kind: "table", table: "名单表" });

    expect(data.name).toBe("数据");
    expect(data.rows).toEqual([
      [null, null, null],
      [null, null, null],
      [null, "姓名", "缴费工资"],
      [null, "孙丽", 5000],
    ]);
  });

  test("whole-column selection reads only the used rows", async () => {
    const mock = installExcelMock({
      sheets: [sheet],
      selection: { sheet: "数据", rowIndex: 0, columnIndex: 1, rowCount: 1_048_576, columnCount: 2 },
    });

    const data = await host.readRosterSource({ kind: "selection" });

    expect(data.rows).toHaveLength(4);
    expect(data.rows[3]).toEqual([null, "孙丽", 5000]);
    expect(loadedRanges(mock.requests[1])).toEqual([expect.objectContaining({ rowIndex: 1, rowCount: 3, columnIndex: 1, columnCount: 2 })]);
  });
});

describe("ExcelHost.selectCell", () => {
  test("activates the sheet and selects the cell", async () => {
    const mock = installExcelMock({ sheets: [{ name: "补缴名单", ...typedCells(rosterRows(3)) }] });

    await host.selectCell("补缴名单", 3, 2);

    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0].activated).toEqual(["补缴名单"]);
    expect(mock.requests[0].ranges).toEqual([expect.objectContaining({ rowIndex: 2, columnIndex: 1, rowCount: 1, columnCount: 1, selected: true })]);
  });
});

describe("ExcelHost.writeResults", () => {
  test("writes header, texts and fills in one request", async () => {
    const mock = installExcelMock({ sheets: [{ name: "补缴名单", ...typedCells(rosterRows(4)) }] });
    const marks: RowMark[] = [
      { sheetRow: 2, text: "错误：身份证号校验位不符", severity: "error" },
      { sheetRow: 3, text: "错误：开始年月无效", severity: "error" },
      { sheetRow: 5, text: "通过", severity: "ok" },
    ];

    await host.writeResults("补缴名单", 1, 7, marks);

    expect(mock.requests).toHaveLength(1);
    const [header, texts, ...fills] = mock.requests[0].ranges;
    expect(header).toMatchObject({ rowIndex: 0, columnIndex: 6, values: [["校验结果"]], numberFormat: [["@"]] });
    expect(texts).toMatchObject({
      rowIndex: 1,
      columnIndex: 6,
      rowCount: 4,
      values: [["错误：身份证号校验位不符"], ["错误：开始年月无效"], [""], ["通过"]],
      numberFormat: [["@"], ["@"], ["@"], ["@"]],
    });
    // Rows 2 and 3 share a severity, so one range colours both, from column A to the results column.
    expect(fills.map((fill) => [fill.rowIndex, fill.rowCount, fill.columnIndex, fill.columnCount, fill.fillColor])).toEqual([
      [1, 2, 0, 7, SEVERITY_FILLS.error],
      [4, 1, 0, 7, SEVERITY_FILLS.ok],
    ]);
  });

  test("7,000 marked rows take 2 requests", async () => {
    const mock = installExcelMock({ sheets: [{ name: "补缴名单", ...typedCells(rosterRows(7000)) }] });
    const marks: RowMark[] = Array.from({ length: 7000 }, (_, index) => ({
      sheetRow: index + 2,
      text: Math.floor(index / 100) % 2 === 0 ? "通过" : "警告：工资低于下限",
      severity: Math.floor(index / 100) % 2 === 0 ? "ok" : "warning",
    }));

    await host.writeResults("补缴名单", 1, 7, marks);

    expect(mock.requests).toHaveLength(2);
    const textRanges = mock.requests.map((request) => request.ranges.filter((range) => range.columnIndex === 6 && range.rowIndex > 0));
    expect(textRanges.map((ranges) => ranges.map((range) => [range.rowIndex, range.rowCount]))).toEqual([[[1, 5000]], [[5001, 2000]]]);
    // Severity changes every 100 rows, so the second block's 2,000 rows take 20 fills.
    expect(mock.requests[1].ranges.filter((range) => range.fillColor !== undefined)).toHaveLength(20);
  });

  test("english locale writes the english header", async () => {
    const mock = installExcelMock({ sheets: [{ name: "Roster", ...typedCells(rosterRows(1)) }] });
    setLocale("en");

    await host.writeResults("Roster", 1, 7, []);

    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0].ranges[0].values).toEqual([["Check result"]]);
  });
});

describe("ExcelHost.clearResults", () => {
  test("clears the results column and the fills", async () => {
    const mock = installExcelMock({ sheets: [{ name: "补缴名单", ...typedCells(rosterRows(6)) }] });

    await host.clearResults("补缴名单", 1, 7, [5, 2, 3, 3]);

    expect(mock.requests).toHaveLength(1);
    const ranges = mock.requests[0].ranges;
    expect(ranges.filter((range) => range.cleared === "All").map((range) => [range.rowIndex, range.rowCount, range.columnIndex])).toEqual([
      [0, 1, 6],
      [1, 4, 6],
    ]);
    expect(ranges.filter((range) => range.fillCleared).map((range) => [range.rowIndex, range.rowCount, range.columnIndex, range.columnCount])).toEqual([
      [1, 2, 0, 6],
      [4, 1, 0, 6],
    ]);
  });
});

describe("ExcelHost settings", () => {
  test("saved setting loads back", async () => {
    const mock = installExcelMock({ sheets: [{ name: "补缴名单" }] });

    await expect(host.loadSetting("bujiao.mapping")).resolves.toBeUndefined();
    await host.saveSetting("bujiao.mapping", '{"name":1}');

    expect(mock.settings.get("bujiao.mapping")).toBe('{"name":1}');
    await expect(host.loadSetting("bujiao.mapping")).resolves.toBe('{"name":1}');
  });
});

describe("ExcelHost.exportFile", () => {
  const rows = [
    ["序号", "社会保障号码", "姓名", "开始年月", "终止年月", "缴费工资"],
    [1, "130102199003152025", "王丽娟", "202301", "202306", 15000],
  ];
  const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);

  test("Mac writes a new sheet with text formats", async () => {
    const mock = installExcelMock({ sheets: [{ name: "补缴名单" }, { name: "个人补缴_批量申报" }], platform: "Mac" });

    const outcome = await host.exportFile("个人补缴_批量申报.xlsx", bytes, rows);

    expect(outcome).toEqual({ kind: "newSheet", sheet: "个人补缴_批量申报 (2)" });
    expect(mock.sheetNames()).toContain("个人补缴_批量申报 (2)");
    const written = mock.requests.flatMap((request) => request.ranges).find((range) => range.values !== undefined);
    expect(written).toMatchObject({ rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 6, values: rows });
    expect(written?.numberFormat).toEqual([
      ["@", "@", "@", "@", "@", "@"],
      ["General", "@", "@", "@", "@", "General"],
    ]);
    // One request for the sheet names, one that writes, fits the columns and shows the sheet.
    expect(mock.requests).toHaveLength(2);
    expect(mock.requests[1].addedSheets).toEqual(["个人补缴_批量申报 (2)"]);
    expect(mock.requests[1].activated).toEqual(["个人补缴_批量申报 (2)"]);
  });

  test("Windows falls back to a sheet when the download fails", async () => {
    // Node has no document, so starting the download throws, as a blocked download would.
    const mock = installExcelMock({ sheets: [{ name: "补缴名单" }], platform: "PC" });
    jest.spyOn(console, "warn").mockImplementation(() => undefined);

    const outcome = await host.exportFile("基数差_税务办理清单.xlsx", bytes, rows);

    expect(outcome).toEqual({ kind: "newSheet", sheet: "基数差_税务办理清单" });
    expect(mock.sheetNames()).toEqual(["补缴名单", "基数差_税务办理清单"]);
  });

  test("Windows downloads through a link", async () => {
    installExcelMock({ sheets: [{ name: "补缴名单" }], platform: "PC" });
    const clicked: string[] = [];
    const link = { href: "", download: "", style: { display: "" }, click: () => clicked.push(link.download), remove: () => undefined };
    const globals = globalThis as unknown as { document?: unknown };
    globals.document = { createElement: () => link, body: { appendChild: () => undefined } };
    jest.useFakeTimers();
    try {
      const outcome = await host.exportFile("个人补缴_批量申报.xlsx", bytes, rows);
      expect(outcome).toEqual({ kind: "downloaded", fileName: "个人补缴_批量申报.xlsx" });
      expect(clicked).toEqual(["个人补缴_批量申报.xlsx"]);
      expect(link.href).toMatch(/^blob:/);
    } finally {
      jest.useRealTimers();
      delete globals.document;
    }
  });

  test("unsafe file name gives a valid sheet name", async () => {
    installExcelMock({ sheets: [{ name: "补缴名单" }], platform: "Mac" });

    const outcome = await host.exportFile("北京某某科技有限公司/2026年[第一批]:补缴名单的个人补缴明细?.xlsx", bytes, rows);

    expect(outcome.kind).toBe("newSheet");
    const sheet = outcome.kind === "newSheet" ? outcome.sheet : "";
    expect(sheet.length).toBeLessThanOrEqual(31);
    expect(sheet).not.toMatch(/[\\/?*[\]:]/);
    expect(sheet).toBe("北京某某科技有限公司_2026年_第一批__补缴名单的个人补缴");
  });

  test("failed sheet write reports the reason", async () => {
    installExcelMock({ sheets: [{ name: "补缴名单" }], platform: "Mac" });
    const globals = globalThis as unknown as { Excel: { run: unknown } };
    globals.Excel.run = async () => {
      throw new Error("The workbook is protected");
    };

    const outcome = await host.exportFile("个人补缴_批量申报.xlsx", bytes, rows);

    expect(outcome).toEqual({
      kind: "failed",
      message: "无法导出“个人补缴_批量申报.xlsx”：The workbook is protected。请重试，或在浏览器中打开任务窗格导出文件。",
    });
  });
});
