// Serves the built dist/ on 127.0.0.1 at a free port for browser tests.

import * as fs from "fs";
import * as path from "path";
import { startStaticServer, type StaticServer } from "../../../scripts/build/staticServer";

export const DIST = path.join(__dirname, "..", "..", "..", "dist");

/** Starts the server; throws, naming the command to run, when dist/ has not been built. */
export async function startDistServer(): Promise<StaticServer> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(`${DIST}/taskpane.html is missing: run npm run build before the browser tests`);
  }
  return startStaticServer(DIST, 0);
}
