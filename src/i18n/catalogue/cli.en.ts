import type { cliZhCN } from "./cli.zh-CN";

export const cliEn: Record<keyof typeof cliZhCN, string> = {};
