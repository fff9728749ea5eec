export const OUTPUTS: {
  readonly taskpaneHtml: string;
  readonly functionsScript: string;
  readonly functionsMetadata: string;
  readonly functionsMetadataZhCN: string;
  readonly manifest: string;
  readonly assetsDir: string;
};
