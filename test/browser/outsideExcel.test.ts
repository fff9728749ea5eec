// The task pane in a plain browser: the real office.js (from the @microsoft/office-js package) reports no host, so
// the user opens an .xlsx file or the bundled example. The suite uploads examples/补缴名单-示例.xlsx, runs the
// check, downloads the upload file and compares it with the golden file, and opens the example from its button.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Download, Page } from "playwright-core";
import type { StaticServer } from "../../scripts/build/staticServer";
import { seriousViolations } from "./support/axe";
import { launchOfflineBrowser, type OfflineBrowser } from "./support/chromium";
import { startDistServer } from "./support/distServer";
import { EXAMPLE_ROSTER, UPLOAD_FILE_NAME, exampleIdentityNumbers, goldenUploadRows, readUploadFile } from "./support/examples";
import { messagesWithIdentityNumbers, recordPageLog, type PageLog } from "./support/pageLog";

const PANE = { width: 320, height: 720 };
const HANDLING_DATE = "2026-12-04";

let server: StaticServer;
let identityNumbers: string[];

beforeAll(async () => {
  server = await startDistServer();
  identityNumbers = await exampleIdentityNumbers();
});

afterAll(async () => {
  await server?.close();
});

async function openPane(browser: OfflineBrowser): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.context.newPage();
  const log = recordPageLog(page);
  await page.goto(`${server.url}taskpane.html`);
  await page.getByTestId("file-input").waitFor({ state: "attached" });
  return { page, log };
}

async function checkRoster(page: Page): Promise<void> {
  await page.getByTestId("mapping-confirm").click();
  await page.getByTestId("handling-date").fill(HANDLING_DATE);
  await page.getByTestId("check-button").click();
  await page.getByTestId("results").waitFor();
}

describe("pane outside Excel, uploaded file", () => {
  let browser: OfflineBrowser;
  let page: Page;
  let log: PageLog;
  const downloads: Download[] = [];

  beforeAll(async () => {
    browser = await launchOfflineBrowser({ locale: "zh-CN", viewport: PANE });
    ({ page, log } = await openPane(browser));
    page.on("download", (download) => downloads.push(download));
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("opens the picked file", async () => {
    await page.getByTestId("file-input").setInputFiles(EXAMPLE_ROSTER);
    await page.getByTestId("mapping-confirm").waitFor();
    await page.getByText("补缴名单-示例.xlsx", { exact: false }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("checks the roster", async () => {
    await checkRoster(page);
    await expect(page.getByTestId("person-group").count()).resolves.toBe(8);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("downloads the golden upload file", async () => {
    const uploadDownload = page.waitForEvent("download", (download) => download.suggestedFilename() === UPLOAD_FILE_NAME);
    await page.getByTestId("export-button").click();
    const download = await uploadDownload;
    await page.getByTestId("export-outcome").waitFor();

    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "bujiao-download-"));
    const file = path.join(folder, UPLOAD_FILE_NAME);
    await download.saveAs(file);
    const read = await readUploadFile(file);
    fs.rmSync(folder, { recursive: true, force: true });
    expect(read.sheetName).toBe("批量申报");
    expect(read.rows).toEqual(goldenUploadRows());
    expect(read.textFormats).toEqual(["@"]);
    expect(downloads.map((item) => item.suggestedFilename())).toContain(UPLOAD_FILE_NAME);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("no identity number in the console", () => {
    expect(messagesWithIdentityNumbers(log, identityNumbers)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  test("makes no request off the machine", () => {
    expect(browser.blockedRequests).toEqual([]);
  });
});

describe("pane outside Excel, example button", () => {
  let browser: OfflineBrowser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    browser = await launchOfflineBrowser({ locale: "zh-CN", viewport: PANE });
    ({ page, log } = await openPane(browser));
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("opens and checks the example", async () => {
    await page.getByTestId("example-button").click();
    await page.getByTestId("mapping-confirm").waitFor();
    await checkRoster(page);
    await expect(page.getByTestId("person-group").count()).resolves.toBe(8);
  });

  test("no identity number in the console", () => {
    expect(messagesWithIdentityNumbers(log, identityNumbers)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  test("makes no request off the machine", () => {
    expect(browser.blockedRequests).toEqual([]);
  });
});
