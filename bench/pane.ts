// `npm run bench:pane` (after `npm run build`): times the task pane in headless Chromium, offline, with the
// browser-test support (test/browser/support) and the stub Excel host (test/browser/stubExcel):
//
// - time to interactive in the stub Excel host: from navigation to the roster-source control being enabled;
// - time to interactive outside Excel (the real office.js reports no host): from navigation to the
//   example-roster button being enabled, which is where a user starts there (there is no roster-source
//   control until a file is open);
// - checking a generated roster of 20,000 rows (bench/generateRoster.ts) through the stub host: from clicking
//   check-button to check-done appearing.
//
// Every run starts a fresh browser with an empty profile, so nothing is cached. The times to interactive come
// from the page's own clock, performance.now(), which counts from the start of navigation and is read on every
// animation frame. The check time is measured in Node, around the click.
// Options: --runs N (default 3), --rows N (default 20000).

import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { launchOfflineBrowser, type OfflineBrowser } from "../test/browser/support/chromium";
import { startDistServer } from "../test/browser/support/distServer";
import { EXAMPLE_ROSTER } from "../test/browser/support/examples";
import { STUB_OFFICE_JS, seedStubExcel, sheetsFromXlsx, withLabelValues, type StubSeed } from "../test/browser/stubExcel/seed";
import { writeRoster } from "./generateRoster";

const PANE = { width: 320, height: 720 };
const HANDLING_DATE = "2026-12-04";
const CHECK_TIMEOUT_MS = 15 * 60_000;

interface Options {
  runs: number;
  rows: number;
}

function readOptions(argv: string[]): Options {
  const options: Options = { runs: 3, rows: 20_000 };
  for (let index = 0; index < argv.length; index += 2) {
    const value = Number(argv[index + 1]);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${argv[index]} needs a positive whole number`);
    if (argv[index] === "--runs") options.runs = value;
    else if (argv[index] === "--rows") options.rows = value;
    else throw new Error(`unknown option ${argv[index]}`);
  }
  return options;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Waits until the element with `testId` exists and is enabled and returns performance.now() at that frame. */
async function enabledAt(page: Page, testId: string, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    (id) => {
      const element = document.querySelector<HTMLButtonElement | HTMLSelectElement>(`[data-testid="${id}"]`);
      return element !== null && !element.disabled ? performance.now() : false;
    },
    testId,
    { timeout },
  );
  return (await handle.jsonValue()) as number;
}

async function withBrowser<T>(seed: StubSeed | undefined, body: (browser: OfflineBrowser) => Promise<T>): Promise<T> {
  const browser = await launchOfflineBrowser({ locale: "zh-CN", viewport: PANE, ...(seed ? { officeJsStub: STUB_OFFICE_JS } : {}) });
  try {
    if (seed) await seedStubExcel(browser.context, seed);
    const result = await body(browser);
    if (browser.blockedRequests.length > 0) throw new Error(`the pane requested other hosts: ${browser.blockedRequests.join(", ")}`);
    return result;
  } finally {
    await browser.close();
  }
}

async function stubSeed(rosterFile: string): Promise<StubSeed> {
  const sheets = withLabelValues(await sheetsFromXlsx(rosterFile), "单位信息", [["办理日期", HANDLING_DATE]]);
  return { platform: "PC", displayLanguage: "zh-CN", sheets };
}

async function timeToInteractive(url: string, seed: StubSeed | undefined, testId: string): Promise<number> {
  return withBrowser(seed, async (browser) => {
    const page = await browser.context.newPage();
    await page.goto(url);
    return enabledAt(page, testId);
  });
}

/** Opens the pane on the seeded roster, confirms the mapping and times the check. */
async function timeCheck(url: string, seed: StubSeed, rows: number): Promise<{ readMs: number; checkMs: number; done: string }> {
  return withBrowser(seed, async (browser) => {
    const page = await browser.context.newPage();
    await page.goto(url);
    const readMs = await enabledAt(page, "mapping-confirm", CHECK_TIMEOUT_MS);
    await page.getByTestId("mapping-confirm").click();
    await page.getByTestId("handling-date").fill(HANDLING_DATE);

    const started = performance.now();
    await page.getByTestId("check-button").click();
    await page.getByTestId("check-done").waitFor({ timeout: CHECK_TIMEOUT_MS });
    const checkMs = performance.now() - started;

    const done = await page.getByTestId("check-done").innerText();
    if (!done.replace(/[,，]/g, "").includes(String(rows))) throw new Error(`check-done does not name ${rows} rows: ${done}`);
    return { readMs, checkMs, done };
  });
}

function report(name: string, values: number[]): void {
  const shown = values.map((value) => Math.round(value)).join(", ");
  console.log(`${name}: median ${Math.round(median(values))} ms (runs: ${shown}); load average ${os.loadavg().map((load) => load.toFixed(2)).join(" ")}`);
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const server = await startDistServer();
  const url = `${server.url}taskpane.html`;
  const folder = mkdtempSync(path.join(os.tmpdir(), "bujiao-bench-pane-"));
  try {
    const exampleSeed = await stubSeed(EXAMPLE_ROSTER);
    const excel: number[] = [];
    const outside: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      excel.push(await timeToInteractive(url, exampleSeed, "roster-source"));
      outside.push(await timeToInteractive(url, undefined, "example-button"));
    }
    report("time to interactive, stub Excel (roster-source enabled)", excel);
    report("time to interactive, outside Excel (example-button enabled)", outside);

    const rosterFile = path.join(folder, `roster-${options.rows}.xlsx`);
    await writeRoster(options.rows, rosterFile);
    const bigSeed = await stubSeed(rosterFile);
    const reads: number[] = [];
    const checks: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      const { readMs, checkMs, done } = await timeCheck(url, bigSeed, options.rows);
      reads.push(readMs);
      checks.push(checkMs);
      console.log(`  run ${run + 1}: opened in ${Math.round(readMs)} ms, checked in ${Math.round(checkMs)} ms (${done})`);
    }
    report(`${options.rows} rows, navigation to mapping-confirm enabled (read from the stub)`, reads);
    report(`${options.rows} rows, check-button click to check-done`, checks);
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
