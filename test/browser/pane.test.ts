// Smoke test of the built task pane in Debian's Chromium, outside Excel: the real office.js (from the
// @microsoft/office-js package) reports no host, and the pane must render its Chinese product name and the
// parameter status in a 320 px wide window without any request leaving the machine.

import type { Page } from "playwright-core";
import { launchOfflineBrowser, type OfflineBrowser } from "./support/chromium";
import { startDistServer } from "./support/distServer";
import { screenshotPath } from "./support/screenshots";
import type { StaticServer } from "../../scripts/build/staticServer";
import { t } from "../../src/i18n";

const PANE_WIDTH = 320;

let server: StaticServer;

beforeAll(async () => {
  server = await startDistServer();
});

afterAll(async () => {
  await server?.close();
});

interface PaneVisit {
  page: Page;
  pageErrors: string[];
}

async function openPane(browser: OfflineBrowser): Promise<PaneVisit> {
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}taskpane.html`);
  return { page, pageErrors };
}

describe("pane in zh-CN", () => {
  let browser: OfflineBrowser;
  let visit: PaneVisit;

  beforeAll(async () => {
    browser = await launchOfflineBrowser({ locale: "zh-CN", viewport: { width: PANE_WIDTH, height: 640 } });
    visit = await openPane(browser);
    await visit.page.getByRole("heading", { level: 1 }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("shows the product name in Chinese", async () => {
    await expect(visit.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("社保补缴助手");
    await expect(visit.page.title()).resolves.toBe("社保补缴助手");
  });

  test("reports browser mode once Office is ready", async () => {
    await visit.page.getByText(t("pane.host.browser", {}, "zh-CN")).waitFor();
    await expect(visit.page.evaluate(() => typeof Office)).resolves.toBe("object");
    expect(browser.officeJsRequests).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  test("shows the parameter status", async () => {
    await expect(visit.page.getByTestId("parameter-rows").textContent()).resolves.toMatch(/^\d+ 行$/);
    await expect(visit.page.getByTestId("parameter-uncertain").textContent()).resolves.toMatch(/^\d+ 行$/);
    await expect(visit.page.getByTestId("parameter-newest-period").textContent()).resolves.toBe("2026（2026-07 起）");
    await expect(visit.page.getByTestId("parameter-period-end").textContent()).resolves.toBe("2027-06");
  });

  test("functions bundle runs in the same page", async () => {
    // office.js keeps associated functions in CustomFunctions._association (an internal of @microsoft/office-js
    // 1.1), so this shows the shared runtime page registered them and that they compute.
    const result = await visit.page.evaluate(() => {
      const association = (CustomFunctions as unknown as { _association: { mappings: Record<string, (...args: unknown[]) => unknown> } })._association;
      return {
        ids: Object.keys(association.mappings).sort(),
        lateFee: association.mappings.LATEFEE([[1000]], [["2011-07"]], [[40826]]),
      };
    });
    expect(result.ids).toEqual(["AMOUNT", "AVGWAGE", "BASE", "COEFF", "DIFF", "LATEDAYS", "LATEFEE", "LIMIT", "RATE", "RETIRE", "WAGEBASE"]);
    expect(result.lateFee).toEqual([[19.5]]);
  });

  test("fits a 320 px pane", async () => {
    const scrollWidth = await visit.page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(PANE_WIDTH);
  });

  test("runs without page errors", () => {
    expect(visit.pageErrors).toEqual([]);
  });

  test("makes no request off the machine", async () => {
    await visit.page.screenshot({ path: screenshotPath("pane-zh-CN"), fullPage: true });
    expect(browser.blockedRequests).toEqual([]);
  });
});

describe("pane in en-US", () => {
  let browser: OfflineBrowser;
  let visit: PaneVisit;

  beforeAll(async () => {
    browser = await launchOfflineBrowser({ locale: "en-US", viewport: { width: PANE_WIDTH, height: 640 } });
    visit = await openPane(browser);
    await visit.page.getByText("Not running in Excel", { exact: false }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("shows the product name in English", async () => {
    await expect(visit.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Bujiao back-pay assistant");
    await visit.page.screenshot({ path: screenshotPath("pane-en-US"), fullPage: true });
  });

  test("makes no request off the machine", () => {
    expect(browser.blockedRequests).toEqual([]);
    expect(visit.pageErrors).toEqual([]);
  });
});
