// The roster check: find the roster, check every row, lay out the upload files.

import { t, type Locale } from "../../i18n";
import type { Finding } from "./types";

export * from "./types";
export { findRoster, describeRoster, matchHeaderRow, normaliseHeader, FIELD_HEADERS, OPTIONAL_FIELDS, REQUIRED_FIELDS, ROSTER_SHEET_NAME } from "./headers";
export { checkRoster, type CheckProgress } from "./check";
export { buildUploadFiles, DEFAULT_PROFILES, MISSED_PROFILE, BASE_DIFF_PROFILE, TAX_LIST_PROFILE } from "./upload";
export { readHistorySheet, HISTORY_SHEET_NAME, columnLetters, personKey } from "./history";
export type { UploadCell, UploadColumn, UploadField, UploadFile, UploadProfile } from "./upload";
export { TAX_COLLECTION_START, routeOf, uploadFileKey } from "./routing";

/** Renders a finding's message in `locale` (default: the current locale, Simplified Chinese unless changed). */
export function renderFinding(finding: Finding, locale?: Locale): string {
  return t(finding.key, finding.params, locale);
}
