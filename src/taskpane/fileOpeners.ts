// Opening a workbook outside Excel: a file the user picks, or the example roster the build copies into
// dist/assets/examples/. The example is fetched from the pane's own origin; nothing else is requested.

import { openFileHost } from "../workbook/fileHost";
import type { WorkbookHost } from "../workbook/host";
import type { FileOpeners } from "./components/App";

export const EXAMPLE_FILE_NAME = "补缴名单-示例.xlsx";
/** Relative to taskpane.html, so the pane works under any base URL. */
export const EXAMPLE_PATH = `assets/examples/${EXAMPLE_FILE_NAME}`;

async function exampleBytes(): Promise<ArrayBuffer> {
  const response = await fetch(EXAMPLE_PATH);
  if (!response.ok) throw new Error(`GET ${EXAMPLE_PATH} returned HTTP ${response.status}`);
  return response.arrayBuffer();
}

export function browserFileOpeners(): FileOpeners {
  return {
    async openFile(file: File): Promise<WorkbookHost> {
      return openFileHost(await file.arrayBuffer(), file.name);
    },
    async openExample(): Promise<WorkbookHost> {
      return openFileHost(await exampleBytes(), EXAMPLE_FILE_NAME);
    },
  };
}
