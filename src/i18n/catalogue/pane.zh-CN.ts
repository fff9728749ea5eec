// Messages of the task pane (src/taskpane), which also runs in a plain browser outside Excel.

export const paneZhCN = {
  "pane.productName": "社保补缴助手",
  "pane.tagline": "北京社保补缴：缴费基数、放大系数、滞纳金",

  "pane.host.excel": "已连接 Excel：可在单元格中输入 =BUJIAO.缴费基数 等函数",
  "pane.host.browser": "未在 Excel 中运行：当前为浏览器模式，只能查看参数状态",

  "pane.params.title": "参数状态",
  "pane.params.rows": "生效的参数行",
  "pane.params.rowsValue": "{count} 行",
  "pane.params.uncertain": "不确定（U）的行",
  "pane.params.newestPeriod": "最新的上下限期间",
  "pane.params.newestPeriodValue": "{period}（{start} 起）",
  "pane.params.periodEnd": "上下限有效至",
  "pane.params.none": "无",
  "pane.params.uncertainHint": "标为“不确定”的参数请核对原始通知；可在工作簿的“参数”工作表中替换。",

  // `npm start`, which serves the pane.
  "pane.start.noExcel": "本机（{platform}）没有 Excel：改为构建后在浏览器中打开任务窗格（浏览器模式不含 BUJIAO 函数）。",
  "pane.start.building": "正在构建加载项（webpack 生产模式），约需一分钟……",
  "pane.start.buildFailed": "构建失败（退出码 {code}）：请查看上面的 webpack 输出。",
  "pane.start.portBusy": "端口 {port} 已被占用，改用端口 {actual}。",
  "pane.start.badPort": "端口 “{value}” 无效：请填写 1–65535 之间的整数，例如 --port 3000",
  "pane.start.ready": "任务窗格已启动：请在浏览器中打开 {url}",
  "pane.start.stop": "按 Ctrl+C 停止。",
  "pane.start.certificates": "正在检查本机开发证书（office-addin-dev-certs）……",
  "pane.start.sideload": "正在启动开发服务器，并在 Excel 中加载加载项（office-addin-debugging）……",
  "pane.start.stepFailed": "{step} 失败（退出码 {code}）：请查看上面的输出。",
} as const;
