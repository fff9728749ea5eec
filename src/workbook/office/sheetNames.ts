// Worksheet names for exports written into the open workbook. Excel rejects a name longer than 31 characters, one
// with any of \ / ? * [ ] :, one that starts or ends with an apostrophe, the reserved name History, and a name
// another sheet already has (compared without regard to case).

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_CHARACTERS = /[\\/?*[\]:]/g;
const RESERVED_NAME = "history";

/**
 * Derives a valid sheet name from a file name: the extension is dropped, forbidden characters become "_", and
 * the name is cut to 31 UTF-16 code units.
 *
 * @example sheetNameForFile("个人补缴_批量申报.xlsx") === "个人补缴_批量申报"
 */
export function sheetNameForFile(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, "");
  let name = stem.replace(FORBIDDEN_CHARACTERS, "_").replace(/^'+|'+$/g, "").trim();
  if (name === "" || name.toLowerCase() === RESERVED_NAME) name = `${name}_`;
  return cutName(name, MAX_SHEET_NAME_LENGTH);
}

/**
 * Returns `base`, or when a sheet of `existing` has that name, `base (2)`, `base (3)` … with the base cut so the
 * whole name stays within 31 characters.
 *
 * @example uniqueSheetName("批量申报", ["批量申报", "批量申报 (2)"]) === "批量申报 (3)"
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const existingNames = new Set(existing.map((name) => name.toLowerCase()));
  if (!existingNames.has(base.toLowerCase())) return base;

  for (let number = 2; ; number++) {
    const suffix = ` (${number})`;
    const candidate = cutName(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!existingNames.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Cuts a name to at most `length` UTF-16 code units, the unit Excel's limit is safe to count in, without
 * splitting a surrogate pair, and drops apostrophes and spaces the cut leaves at the end.
 */
function cutName(name: string, length: number): string {
  let cut = "";
  for (const character of name) {
    if (cut.length + character.length > length) break;
    cut += character;
  }
  return cut.length === name.length ? name : cut.replace(/['\s]+$/, "");
}
