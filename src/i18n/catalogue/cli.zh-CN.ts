// Messages of the `bujiao` command (src/cli) and of the .xlsx-file adapter (src/workbook).

export const cliZhCN = {
  // Reading and writing .xlsx files.
  "workbook.notFound": "找不到文件 “{path}”：请检查路径和文件名",
  "workbook.isFolder": "“{path}” 是文件夹，不是文件：请指定一个 .xlsx 工作簿",
  "workbook.noAccess": "没有权限读取文件 “{path}”：请检查文件权限",
  "workbook.busy": "文件 “{path}” 正被其他程序占用：请关闭后重试",
  "workbook.unreadable": "无法读取文件 “{path}”：请确认文件存在且可以打开",
  "workbook.oldFormat":
    "“{path}” 不是 .xlsx 工作簿：它是旧版 .xls 文件，或设置了打开密码。请在 Excel 中取消密码并另存为 .xlsx 后重试",
  "workbook.notXlsx": "“{path}” 不是 .xlsx 工作簿（例如是 CSV 或其他文件）：请在 Excel 中另存为 .xlsx 后重试",
  "workbook.damaged": "无法读取工作簿 “{path}”：文件可能已损坏。请在 Excel 中打开并另存为 .xlsx 后重试",
  "workbook.folderMissing": "无法写入 “{path}”：所在文件夹不存在",
  "workbook.writeLocked": "无法写入 “{path}”：文件可能正在 Excel 中打开，或没有写入权限。请关闭该文件后重试",
  "workbook.writeFailed": "无法写入 “{path}”：请检查磁盘空间和文件夹权限",

  // The command line in general.
  "cli.usage": [
    "用法：",
    "  bujiao fn 函数名 参数… [--date 日期] [--params 工作簿.xlsx]",
    "      计算一个 BUJIAO 函数，输出 Excel 单元格得到的值，例如 bujiao fn LATEFEE 1000 2011-07 2011-10-10",
    "      参数按在单元格中输入的方式读取：数字文本为数字，超过 15 位的数字（如身份证号码）保留为文本，",
    "      以 ' 开头强制为文本，\"\" 表示省略该参数，JSON 数组 [8000,8200] 为一行区域，TRUE/FALSE 为逻辑值。",
    "      --date        省略办理日期时使用的“今天”，默认为北京时间的今天",
    "      --params      工作簿的「参数」和「单位信息」工作表（暂未生效，目前只检查文件能否读取）",
    "  bujiao check 名单.xlsx [--date 日期] [--out 文件夹] [--json]",
    "      检查补缴名单（单位申报个人补缴），生成批量申报上传文件，并列出每一行的检查结果",
    "      --date        办理日期，例如 2026-12-04，默认为北京时间的今天",
    "      --out         上传文件写入的文件夹，默认为名单所在的文件夹",
    "      --json        以 JSON 输出检查结果",
    "  bujiao help      显示本说明",
    "",
    "退出码：0 成功且没有错误；1 公式结果为错误值，或名单中有行存在错误；2 命令本身失败（用法错误、文件无法读取等）",
    "输出语言：默认简体中文；设置环境变量 BUJIAO_LANG=en 时输出英文",
    "",
    "函数（名称可写 BUJIAO.LATEFEE、LATEFEE 或中文名）：",
  ].join("\n"),
  "cli.commandMissing": "缺少命令：请写 bujiao fn 或 bujiao check",
  "cli.unknownCommand": "无法识别的命令 “{command}”：可用的命令有 fn、check、help",
  "cli.unknownOption": "无法识别的选项 “{option}”：运行 bujiao help 查看用法",
  "cli.optionValueMissing": "选项 {option} 后面缺少取值：运行 bujiao help 查看用法",
  "cli.paramsNotApplied": "提示：工作表{sheets}暂不生效，本次按内置参数计算",
  "cli.internalError": "程序内部错误：{message}。请把所用的命令反馈给维护者（不要附带身份证号码等个人信息）",

  // bujiao fn
  "cli.fn.nameMissing": "缺少函数名：用法 bujiao fn 函数名 参数…，例如 bujiao fn LATEFEE 1000 2011-07 2011-10-10",
  "cli.fn.unknownFunction": "未知函数 “{name}”：可用的函数有 {functions}，运行 bujiao help 查看参数",
  "cli.fn.argumentCount": "函数 {name} 需要 {expected} 个参数，现有 {count} 个：用法 bujiao fn {signature}",
  "cli.fn.badRange":
    "参数 “{value}” 不是有效的区域：区域应写成 JSON 数组，例如 [8000,8200]（一行）或 [[8000],[8200]]（一列），各行的单元格数相同",
  "cli.fn.cellError": "第 {row} 行第 {column} 列：{code} {message}",

  // bujiao check
  "cli.check.fileMissing": "缺少名单文件：用法 bujiao check 名单.xlsx [--date 日期] [--out 文件夹] [--json]",
  "cli.check.tooManyFiles": "一次只能检查一个名单文件，现有：{files}",
  "cli.check.wouldOverwriteRoster": "上传文件 “{path}” 与名单文件同名，不能覆盖名单：请给名单改名，或用 --out 指定其他文件夹",
  "cli.check.outDirFailed": "无法创建输出文件夹 “{path}”：请检查路径和权限",
  "cli.check.progress": "已检查 {done}/{total} 行",
  "cli.check.heading": "名单 {file}：{roster}，共 {rows} 行，办理日期 {date}",
  "cli.check.rowHeading": "第 {row} 行 {name} {identity}：{outcome}",
  "cli.check.rowExported": "导出 {count} 行",
  "cli.check.rowReported": "未导出",
  "cli.check.noName": "（无姓名）",
  "cli.check.noIdentity": "（无号码）",
  "cli.check.findingMonths": "（{months}）",
  "cli.check.uploadRow": "    上传 {file}：{months}，缴费工资 {wage}",
  "cli.check.summary":
    "汇总：读取 {rows} 行，导出 {exported} 行，未导出 {reported} 行；错误 {errors} 条，警告 {warnings} 条，提示 {infos} 条",
  "cli.check.fixErrors": "有 {count} 行存在错误，未导出：请改正后重新运行",
  "cli.check.noFiles": "没有可导出的行，未生成上传文件",
  "cli.check.fileWritten": "已写入 {path}（{rows} 行）",
  "cli.check.staleFile": "注意：{path} 是以前生成的文件，本次没有更新，请勿上传",

  "cli.severity.error": "错误",
  "cli.severity.warning": "警告",
  "cli.severity.info": "提示",
} as const;
