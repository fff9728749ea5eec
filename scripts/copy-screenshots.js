#!/usr/bin/env node
// Copies the task pane screenshots that the browser tests take (test/browser/excelStub.test.ts saves them in
// test-output/screenshots/) into docs/images/ as pane-01-open.png … pane-06-export.png for the user guide.
// Run it after `npx jest --selectProjects browser`: `node scripts/copy-screenshots.js`. It copies nothing and
// exits 1 when a screenshot is missing, so the guide never mixes shots of two runs.

"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const SOURCE_DIR = path.join(ROOT, "test-output", "screenshots");
const TARGET_DIR = path.join(ROOT, "docs", "images");

/** The steps of the roster check in the order the guide shows them. */
const STEPS = ["01-open", "02-mapping", "03-results", "04-timeline", "05-writeback", "06-export"];

function main() {
  const missing = STEPS.filter((step) => !fs.existsSync(path.join(SOURCE_DIR, `${step}.png`)));
  if (missing.length > 0) {
    console.error(`Missing screenshots in ${SOURCE_DIR}: ${missing.join(", ")}. Run npm run build, then npx jest --selectProjects browser.`);
    process.exitCode = 1;
    return;
  }

  fs.mkdirSync(TARGET_DIR, { recursive: true });
  for (const step of STEPS) {
    const target = path.join(TARGET_DIR, `pane-${step}.png`);
    fs.copyFileSync(path.join(SOURCE_DIR, `${step}.png`), target);
    console.log(`Copied ${path.relative(ROOT, target)}`);
  }
}

main();
