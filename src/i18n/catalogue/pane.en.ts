import type { paneZhCN } from "./pane.zh-CN";

export const paneEn: Record<keyof typeof paneZhCN, string> = {};
