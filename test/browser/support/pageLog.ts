// Collects what a page writes to its console and the errors it throws, so tests can check that no identity
// number is logged whole and that the page ran without errors.

import type { Page } from "playwright-core";

export interface PageLog {
  /** Console messages as "type: text". */
  console: string[];
  pageErrors: string[];
}

export function recordPageLog(page: Page): PageLog {
  const log: PageLog = { console: [], pageErrors: [] };
  page.on("console", (message) => log.console.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => log.pageErrors.push(`${error.message}\n${error.stack ?? ""}`));
  return log;
}

/** Returns the messages of the log that contain any of the identity numbers whole. */
export function messagesWithIdentityNumbers(log: PageLog, identityNumbers: readonly string[]): string[] {
  return [...log.console, ...log.pageErrors].filter((message) => identityNumbers.some((number) => message.includes(number)));
}
