import type { paneZhCN } from "./pane.zh-CN";

export const paneEn: Record<keyof typeof paneZhCN, string> = {
  "pane.productName": "Bujiao back-pay assistant",
  "pane.tagline": "Beijing social insurance back-payment: contribution bases, amplification coefficient, late fees",

  "pane.host.excel": "Connected to Excel: type functions such as =BUJIAO.BASE in a cell",
  "pane.host.browser": "Not running in Excel: in browser mode only the parameter status is shown",

  "pane.params.title": "Parameter status",
  "pane.params.rows": "Parameter rows in force",
  "pane.params.rowsValue": "{count} rows",
  "pane.params.uncertain": "Rows marked uncertain (U)",
  "pane.params.newestPeriod": "Newest limit period",
  "pane.params.newestPeriodValue": "{period} (from {start})",
  "pane.params.periodEnd": "Limits valid until",
  "pane.params.none": "none",
  "pane.params.uncertainHint":
    "Check parameters marked uncertain against the original notice; the workbook's 参数 sheet can replace them.",

  "pane.start.noExcel": "This machine ({platform}) has no Excel: building and serving the task pane for a browser instead (browser mode has no BUJIAO functions).",
  "pane.start.building": "Building the add-in (webpack production mode); this takes about a minute…",
  "pane.start.buildFailed": "The build failed (exit code {code}): see the webpack output above.",
  "pane.start.portBusy": "Port {port} is in use; using port {actual} instead.",
  "pane.start.badPort": "Port \"{value}\" is invalid: give a whole number from 1 to 65535, e.g. --port 3000",
  "pane.start.ready": "The task pane is running: open {url} in a browser",
  "pane.start.stop": "Press Ctrl+C to stop.",
  "pane.start.certificates": "Checking this machine's development certificates (office-addin-dev-certs)…",
  "pane.start.sideload": "Starting the development server and loading the add-in in Excel (office-addin-debugging)…",
  "pane.start.stepFailed": "{step} failed (exit code {code}): see the output above.",
};
