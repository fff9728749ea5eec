import type { excelHostZhCN } from "./excelHost.zh-CN";

export const excelHostEn: Record<keyof typeof excelHostZhCN, string> = {
  "excelHost.resultsHeader": "Check result",
  "excelHost.exportFailed": "Could not export “{fileName}”: {reason}. Try again, or open the task pane in a browser to export the file.",
};
