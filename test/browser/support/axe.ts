// Accessibility checks with axe-core, run inside the page from the package's own file (no network): every
// violation of impact "serious" or "critical" on the current DOM is returned, described for a test failure.

import { readFileSync } from "fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = require.resolve("axe-core/axe.min.js");
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the elements that fail, with a part of their HTML. */
  nodes: string[];
}

interface AxeResults {
  violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[]; html: string }> }>;
}

/** Runs axe-core on the page, injecting it first when needed, and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  // Evaluated through the DevTools protocol rather than added as a script tag, which the page's content
  // security policy blocks as inline script.
  if (!loaded) await page.evaluate(readFileSync(AXE_SOURCE, "utf8"));

  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });

  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(" ")} ${node.html.slice(0, 120)}`),
    }));
}
