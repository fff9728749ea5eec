// Debian's Chromium driven by playwright-core, offline: a fresh profile folder, flags that stop Chromium's own
// background requests, and a network guard. The guard fulfils requests for Microsoft's office.js CDN folder with
// the same files from the @microsoft/office-js package, lets loopback requests through and aborts everything else;
// tests assert that nothing was aborted. office.js itself loads o15apptofilemappingtable.js from its folder, even
// outside Office, which is why the whole folder is served and not office.js alone. With `officeJsStub` the
// office.js URL is answered with that file instead (the stub Excel host) and the rest of the folder is blocked.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Route } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const OFFICE_JS_CDN_FOLDER = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const OFFICE_JS_URL = `${OFFICE_JS_CDN_FOLDER}office.js`;
const OFFICE_JS_DIST = path.join(__dirname, "..", "..", "..", "node_modules", "@microsoft", "office-js", "dist");

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export interface OfflineBrowser {
  context: BrowserContext;
  /** Every non-loopback URL the pages tried to load, other than the office.js files served locally. */
  blockedRequests: string[];
  /** The office.js CDN URLs served locally, from the @microsoft/office-js package or the stub. */
  officeJsRequests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Browser language, e.g. zh-CN (default) or en-US; sets navigator.language. */
  locale?: string;
  viewport?: { width: number; height: number };
  /** A script served for the CDN office.js in place of the package's files, such as the stub Excel host. */
  officeJsStub?: string;
}

/** Throws with the install command when Debian's Chromium is missing. */
export function assertChromiumInstalled(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: run apt-get update && apt-get install -y chromium fonts-noto-cjk`);
  }
}

function isLoopback(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname) || url.hostname.startsWith("127.");
}

/** Returns the package file for a URL in the office.js CDN folder, or null when the package has no such file. */
function officeJsFile(url: URL): string | null {
  const href = `${url.origin}${url.pathname}`;
  if (!href.startsWith(OFFICE_JS_CDN_FOLDER)) return null;
  const file = path.resolve(OFFICE_JS_DIST, href.slice(OFFICE_JS_CDN_FOLDER.length));
  return file.startsWith(OFFICE_JS_DIST + path.sep) && fs.existsSync(file) ? file : null;
}

async function guard(route: Route, requests: Pick<OfflineBrowser, "blockedRequests" | "officeJsRequests">, officeJsStub?: string): Promise<void> {
  const url = route.request().url();
  const parsed = new URL(url);

  let localFile = officeJsFile(parsed);
  if (officeJsStub) localFile = `${parsed.origin}${parsed.pathname}` === OFFICE_JS_URL ? officeJsStub : null;
  if (localFile) {
    requests.officeJsRequests.push(url);
    await route.fulfill({ path: localFile, contentType: "text/javascript; charset=utf-8" });
    return;
  }

  if ((parsed.protocol === "http:" || parsed.protocol === "https:") && !isLoopback(parsed)) {
    requests.blockedRequests.push(url);
    await route.abort("blockedbyclient");
    return;
  }
  await route.continue();
}

/** Starts Chromium with a fresh profile in a temporary folder, removed again by close(). */
export async function launchOfflineBrowser(options: LaunchOptions = {}): Promise<OfflineBrowser> {
  assertChromiumInstalled();
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "bujiao-chromium-"));
  const requests = { blockedRequests: [] as string[], officeJsRequests: [] as string[] };

  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    locale: options.locale ?? "zh-CN",
    viewport: options.viewport ?? { width: 320, height: 640 },
    acceptDownloads: true,
  });
  await context.route("**/*", (route) => guard(route, requests, options.officeJsStub));

  return {
    context,
    ...requests,
    close: async () => {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
