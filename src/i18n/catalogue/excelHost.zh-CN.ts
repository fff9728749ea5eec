// Messages of the Office.js workbook adapter (src/workbook/office): what it writes into the user's workbook and
// the reasons it gives when it cannot.

export const excelHostZhCN = {
  "excelHost.resultsHeader": "校验结果",
  "excelHost.exportFailed": "无法导出“{fileName}”：{reason}。请重试，或在浏览器中打开任务窗格导出文件。",
} as const;
