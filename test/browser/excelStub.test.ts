// The task pane inside a stub Excel host: office.js is answered with test/browser/stubExcel/office.js over an
// in-memory workbook seeded from examples/补缴名单-示例.xlsx, with a 参数 sheet added and the handling date and
// work-injury rate set in its 单位信息 sheet. The suite walks the whole flow on the example roster: open,
// confirm the mapping, check, select a finding's cell, write back, clear and export. At each step it checks what
// the stub recorded and the page's accessibility (axe-core finds no serious or critical violation). At the end
// it checks that nothing left the machine. Screenshots of the steps go to test-output/screenshots/.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Download, Locator, Page } from "playwright-core";
import { PARAMETER_COLUMNS, rowCells } from "../../src/core/params/sheet";
import type { StaticServer } from "../../scripts/build/staticServer";
import { seriousViolations } from "./support/axe";
import { launchOfflineBrowser, OFFICE_JS_URL, type OfflineBrowser } from "./support/chromium";
import { startDistServer } from "./support/distServer";
import {
  EXAMPLE_ROSTER,
  UPLOAD_FILE_NAME,
  exampleIdentityNumbers,
  goldenUploadRows,
  readUploadFile,
  typed,
  type TypedCell,
} from "./support/examples";
import { messagesWithIdentityNumbers, recordPageLog, type PageLog } from "./support/pageLog";
import { screenshotPath } from "./support/screenshots";
import { STUB_OFFICE_JS, seedStubExcel, sheetFromRows, sheetsFromXlsx, withLabelValues, type StubSeed } from "./stubExcel/seed";

const PANE = { width: 320, height: 720 };
const ROSTER_SHEET = "补缴名单";
const HANDLING_DATE = "2026-12-04";
/** The example roster has 9 columns (A–I), so 校验结果 goes to column J. */
const RESULT_COLUMN = 10;

/** A 参数 row opening the 2027 contribution year, which the built-in tables do not have yet. */
const PARAMETER_ROWS = [
  PARAMETER_COLUMNS.map((column) => column.header),
  rowCells({ category: "缴费基数上下限", start: "2027-07", end: "2028-06", value: 7400, value2: 37000, source: "浏览器测试", confidence: "U" }),
];
/** Facts set in the example's 单位信息 sheet, replacing a value the example has. */
const UNIT_FACTS = [
  ["办理日期", HANDLING_DATE],
  ["工伤保险费率", "0.4%"],
];

interface StubCellSnapshot {
  value: string | number | boolean;
  type: string;
  format: string;
  fill: string | null;
}

interface StubRecord {
  syncs: number;
  selections: Array<{ sheet: string; row: number; column: number; address: string }>;
  addedSheets: string[];
}

async function seed(platform: StubSeed["platform"]): Promise<StubSeed> {
  const sheets = withLabelValues(await sheetsFromXlsx(EXAMPLE_ROSTER), "单位信息", UNIT_FACTS);
  // The test's 参数 sheet replaces one the example may have, so the workbook never has two sheets of that name.
  const others = sheets.filter((sheet) => sheet.name !== "参数");
  return { platform, displayLanguage: "zh-CN", sheets: [...others, sheetFromRows("参数", PARAMETER_ROWS)] };
}

function stubSheet(page: Page, name: string): Promise<Array<Array<StubCellSnapshot | null>> | null> {
  return page.evaluate((sheet) => (window as unknown as StubWindow).__stubExcel.sheet(sheet), name);
}

function stubRecord(page: Page): Promise<StubRecord> {
  return page.evaluate(() => (window as unknown as StubWindow).__stubExcel.record);
}

interface StubWindow {
  __stubExcel: {
    record: StubRecord & { functions: Record<string, (...args: unknown[]) => unknown> };
    sheet(name: string): Array<Array<StubCellSnapshot | null>> | null;
    sheetNames(): string[];
    selection(): { sheet: string; rowIndex: number; columnIndex: number } | null;
  };
}

/** Scrolls the element to the top (or the middle) of the pane and saves a screenshot named `name`. */
async function screenshotStep(page: Page, name: string, element: Locator, block: "start" | "center" = "start"): Promise<void> {
  // The pointer moves to the pane's edge first, so no hover highlight shows in the picture.
  await page.mouse.move(PANE.width - 1, 0);
  await element.first().evaluate((node, where) => node.scrollIntoView({ block: where }), block);
  await page.screenshot({ path: screenshotPath(name), animations: "disabled" });
}

async function openPane(browser: OfflineBrowser, server: StaticServer): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.context.newPage();
  const log = recordPageLog(page);
  await page.goto(`${server.url}taskpane.html`);
  await page.getByTestId("mapping-confirm").waitFor();
  return { page, log };
}

/** Confirms the mapping, checks with the handling date and waits for the results. */
async function checkRoster(page: Page): Promise<void> {
  await page.getByTestId("mapping-confirm").click();
  await page.getByTestId("handling-date").fill(HANDLING_DATE);
  await page.getByTestId("check-button").click();
  await page.getByTestId("results").waitFor();
}

/** Clicks export and waits until every exported file reports where it went. */
async function exportFiles(page: Page): Promise<void> {
  await page.getByTestId("export-button").click();
  await page.getByTestId("export-outcome").waitFor();
  await page.waitForFunction(() => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="export-button"]');
    return button !== null && !button.disabled;
  });
}

/** Converts a stub sheet's cells from A1 to typed cells, leaving out empty cells. */
function typedRows(cells: Array<Array<StubCellSnapshot | null>>): TypedCell[][] {
  return cells.map((row) => row.filter((cell): cell is StubCellSnapshot => cell !== null).map((cell) => typed(cell.value)));
}

let server: StaticServer;
let identityNumbers: string[];

beforeAll(async () => {
  server = await startDistServer();
  identityNumbers = await exampleIdentityNumbers();
});

afterAll(async () => {
  await server?.close();
});

describe("pane in stub Excel on Windows", () => {
  let browser: OfflineBrowser;
  let page: Page;
  let log: PageLog;
  const downloads: Download[] = [];

  beforeAll(async () => {
    browser = await launchOfflineBrowser({ locale: "zh-CN", viewport: PANE, officeJsStub: STUB_OFFICE_JS });
    await seedStubExcel(browser.context, await seed("PC"));
    ({ page, log } = await openPane(browser, server));
    page.on("download", (download) => downloads.push(download));
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("opens the roster sheet in Excel mode", async () => {
    await page.getByText("已连接 Excel", { exact: false }).waitFor();
    expect(browser.officeJsRequests).toEqual([OFFICE_JS_URL]);
    await expect(page.getByTestId("roster-source").inputValue()).resolves.toContain(ROSTER_SHEET);
    await screenshotStep(page, "01-open", page.locator("main"));
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("guesses the column mapping", async () => {
    await expect(page.getByTestId("mapping-field-identityNumber").inputValue()).resolves.not.toBe("");
    await expect(page.getByTestId("mapping-confirm").isEnabled()).resolves.toBe(true);
    await screenshotStep(page, "02-mapping", page.getByTestId("mapping"));
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("takes the handling date from 单位信息", async () => {
    await page.getByTestId("mapping-confirm").click();
    await expect(page.getByTestId("handling-date").inputValue()).resolves.toBe(HANDLING_DATE);
  });

  test("check groups findings by person", async () => {
    await page.getByTestId("check-button").click();
    await page.getByTestId("results").waitFor();

    // 9 roster rows of 8 people: 赵磊 has two rows.
    const groups = page.getByTestId("person-group");
    await expect(groups.count()).resolves.toBe(8);
    const rows = await groups.evaluateAll((items) => items.map((item) => item.getAttribute("data-rows")));
    expect(rows).toContain("7、8");
    await expect(page.getByTestId("finding").count()).resolves.toBeGreaterThan(0);

    await screenshotStep(page, "03-results", page.getByTestId("results"));
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("shows each person's month timeline", async () => {
    const timelines = page.getByTestId("timeline");
    await expect(timelines.count()).resolves.toBeGreaterThan(0);
    await expect(timelines.first().getAttribute("data-from")).resolves.toMatch(/^\d{4}-\d{2}$/);
    // 赵磊's group covers two roster rows, 7 and 8.
    await screenshotStep(page, "04-timeline", page.locator('[data-testid="person-group"][data-rows="7、8"]'), "center");
  });

  test("finding click selects its cell", async () => {
    const finding = page.getByTestId("finding").first();
    const row = Number(await finding.getAttribute("data-row"));
    await finding.click();

    await page.waitForFunction((count) => (window as unknown as StubWindow).__stubExcel.record.selections.length > count, 0);
    const record = await stubRecord(page);
    const selected = record.selections[record.selections.length - 1];
    expect(selected.sheet).toBe(ROSTER_SHEET);
    expect(selected.row).toBe(row);
    expect(selected.column).toBeGreaterThanOrEqual(1);
    expect(selected.column).toBeLessThan(RESULT_COLUMN);
  });

  test("write-back adds 校验结果 and fills", async () => {
    await page.getByTestId("writeback-toggle").check();
    await page.getByTestId("writeback-status").getByText("J", { exact: false }).waitFor();

    const cells = await stubSheet(page, ROSTER_SHEET);
    expect(cells?.[0][RESULT_COLUMN - 1]).toMatchObject({ value: "校验结果", type: "String" });
    for (let row = 2; row <= 10; row++) {
      const result = cells?.[row - 1][RESULT_COLUMN - 1];
      expect(result?.type).toBe("String");
      expect(String(result?.value)).not.toBe("");
      // The whole row, from column A to 校验结果, takes the row's colour.
      expect(cells?.[row - 1][0]?.fill).toBe(result?.fill);
      expect(result?.fill).toMatch(/^#[0-9A-F]{6}$/);
    }
    await screenshotStep(page, "05-writeback", page.getByTestId("writeback-toggle"), "center");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("clear removes 校验结果 and fills", async () => {
    await page.getByTestId("clear-results").click();
    await page.waitForFunction(
      ([sheet, column]) => {
        const cells = (window as unknown as StubWindow).__stubExcel.sheet(sheet as string) ?? [];
        return cells.every((row) => (row[(column as number) - 1] ?? null) === null);
      },
      [ROSTER_SHEET, RESULT_COLUMN],
    );

    const cells = (await stubSheet(page, ROSTER_SHEET)) ?? [];
    expect(cells.flat().filter((cell) => cell?.fill)).toEqual([]);
    expect(cells.every((row) => row.length < RESULT_COLUMN)).toBe(true);
    // The roster itself is untouched.
    expect(cells[1][2]?.value).toBe("130102199003152025");
  });

  test("export downloads the upload file", async () => {
    await exportFiles(page);
    await screenshotStep(page, "06-export", page.getByTestId("export-outcome"), "center");

    const upload = downloads.find((download) => download.suggestedFilename() === UPLOAD_FILE_NAME);
    expect(upload).toBeDefined();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "bujiao-download-"));
    const file = path.join(folder, UPLOAD_FILE_NAME);
    await upload?.saveAs(file);
    const read = await readUploadFile(file);
    fs.rmSync(folder, { recursive: true, force: true });
    expect(read.rows).toEqual(goldenUploadRows());
    expect(read.textFormats).toEqual(["@"]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("functions use the workbook's 参数 and 单位信息", async () => {
    const results = await page.evaluate(() => {
      const functions = (window as unknown as StubWindow).__stubExcel.record.functions;
      return {
        ids: Object.keys(functions).sort(),
        // 2027-08 has limits only through the 参数 sheet's row: 3000 is raised to its lower limit 7400.
        base: functions.BASE([[3000]], [["2027-08"]]),
        // Work injury needs the unit's rate from 单位信息: 10000 × 0.4 % = 40.
        amount: functions.AMOUNT([[10000]], [["2025-08"]], [["workInjury"]], [["单位"]], null, null),
      };
    });
    expect(results.ids).toEqual(["AMOUNT", "AVGWAGE", "BASE", "COEFF", "DIFF", "LATEDAYS", "LATEFEE", "LIMIT", "RATE", "RETIRE", "WAGEBASE"]);
    expect(results.base).toEqual([[7400]]);
    expect(results.amount).toEqual([[40]]);
  });

  test("no identity number in the console", () => {
    expect(messagesWithIdentityNumbers(log, identityNumbers)).toEqual([]);
  });

  test("runs without page errors", () => {
    expect(log.pageErrors).toEqual([]);
  });

  test("makes no request off the machine", () => {
    expect(browser.blockedRequests).toEqual([]);
  });
});

describe("pane in stub Excel on Mac", () => {
  let browser: OfflineBrowser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    browser = await launchOfflineBrowser({ locale: "zh-CN", viewport: PANE, officeJsStub: STUB_OFFICE_JS });
    await seedStubExcel(browser.context, await seed("Mac"));
    ({ page, log } = await openPane(browser, server));
    await checkRoster(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("export goes to a new sheet", async () => {
    await exportFiles(page);

    const outcomes = await page.getByTestId("export-outcome").locator("li").evaluateAll((items) => items.map((item) => item.getAttribute("data-outcome")));
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.every((outcome) => outcome === "newSheet")).toBe(true);
    const record = await stubRecord(page);
    expect(record.addedSheets).toContain("个人补缴_批量申报");
  });

  test("new sheet equals the golden upload file", async () => {
    const cells = (await stubSheet(page, "个人补缴_批量申报")) ?? [];
    expect(typedRows(cells)).toEqual(goldenUploadRows());

    // Text cells carry the text format, so the portal and a user editing them keep them text.
    const textFormats = new Set(cells.flat().filter((cell) => cell?.type === "String").map((cell) => cell?.format));
    expect([...textFormats]).toEqual(["@"]);
  });

  test("stub keeps Office.js batch semantics", async () => {
    const outcome = await page.evaluate(async () => {
      const run = (window as unknown as { Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> } }).Excel.run;
      return run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("个人补缴_批量申报");
        const header = sheet.getRangeByIndexes(0, 0, 1, 2).load("values");
        let beforeSync = "";
        try {
          void header.values;
        } catch (error) {
          beforeSync = (error as { code: string }).code;
        }
        await context.sync();

        // Numeric text in a General cell becomes a number, in a text cell it stays text.
        const general = sheet.getRangeByIndexes(50, 0, 1, 1);
        general.values = [["202308"]];
        const text = sheet.getRangeByIndexes(51, 0, 1, 1);
        text.numberFormat = [["@"]];
        text.values = [["202308"]];
        const written = sheet.getRangeByIndexes(50, 0, 2, 1).load("values, valueTypes");
        await context.sync();

        // Queued after the last sync, so never applied.
        sheet.getRangeByIndexes(52, 0, 1, 1).values = [["lost"]];
        return { beforeSync, header: header.values, values: written.values, types: written.valueTypes };
      });
    });

    expect(outcome.beforeSync).toBe("PropertyNotLoaded");
    expect(outcome.header).toEqual([["序号", "社会保障号码"]]);
    expect(outcome.values).toEqual([[202308], ["202308"]]);
    expect(outcome.types).toEqual([["Double"], ["String"]]);
    const cells = (await stubSheet(page, "个人补缴_批量申报")) ?? [];
    expect(cells.length).toBe(52);
  });

  test("no identity number in the console", () => {
    expect(messagesWithIdentityNumbers(log, identityNumbers)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  test("makes no request off the machine", () => {
    expect(browser.blockedRequests).toEqual([]);
  });
});
