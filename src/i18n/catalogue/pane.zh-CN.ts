export const paneZhCN = {} as const;
