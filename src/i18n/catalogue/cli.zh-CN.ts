export const cliZhCN = {} as const;
