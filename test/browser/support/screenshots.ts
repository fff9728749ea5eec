// Where browser tests save screenshots: test-output/screenshots/ (ignored by git).

import * as fs from "fs";
import * as path from "path";

export const SCREENSHOT_DIR = path.join(__dirname, "..", "..", "..", "test-output", "screenshots");

/** Returns the path for a screenshot named `name`.png, creating the folder. */
export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}
