/** The development server's URL, which manifest.xml in the repository uses. */
export const DEV_BASE_URL: string;

/** Returns the base URL with a trailing slash; throws unless it is an https URL without query or fragment. */
export function resolveBaseUrl(value: string | undefined): string;

/** Rewrites the development URLs of manifest.xml to `baseUrl`. */
export function rewriteManifest(xml: string, baseUrl: string): string;
