// The Simplified Chinese catalogue: the product's primary language. Each area of the code owns one part file.

import { coreZhCN } from "./catalogue/core.zh-CN";
import { cliZhCN } from "./catalogue/cli.zh-CN";
import { paneZhCN } from "./catalogue/pane.zh-CN";
import { rosterZhCN } from "./catalogue/roster.zh-CN";
import { excelHostZhCN } from "./catalogue/excelHost.zh-CN";

export const zhCN = { ...coreZhCN, ...rosterZhCN, ...cliZhCN, ...paneZhCN, ...excelHostZhCN };
