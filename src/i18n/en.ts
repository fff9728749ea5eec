// The English catalogue. Its type makes the build fail when a Chinese message has no English text.

import type { zhCN } from "./zh-CN";
import { coreEn } from "./catalogue/core.en";
import { cliEn } from "./catalogue/cli.en";
import { paneEn } from "./catalogue/pane.en";
import { rosterEn } from "./catalogue/roster.en";
import { excelHostEn } from "./catalogue/excelHost.en";

export const en: Record<keyof typeof zhCN, string> = { ...coreEn, ...rosterEn, ...cliEn, ...paneEn, ...excelHostEn };
