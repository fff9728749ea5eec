// Social security numbers (社会保障号码): for citizens the 18-character 居民身份证号码 of GB 11643-1999, whose last
// character is a check digit (ISO 7064 MOD 11-2). The same layout, with a birth date in characters 7–14 and
// the sex in character 17, is used by the 港澳台居民居住证 (first digits 81, 82, 83) and by the 2023
// 外国人永久居留身份证 (9 followed by a region digit 1–6).

import { dayFromParts, type Day } from "./calendar";
import { ref } from "../i18n";
import { BujiaoError, valueError } from "./errors";
import { maskIdentityNumber } from "./mask";
import type { CellValue } from "./parse";
import { isBlank, isCellError, normaliseText, UNCALCULATED_FORMULA } from "./parse";

export type IdentityDocumentKind = "resident" | "hkMacaoTaiwan" | "foreignPermanent";

export interface IdentityNumber {
  /** The number with a lower-case x normalised to X. */
  value: string;
  kind: IdentityDocumentKind;
  birth: Day;
  sex: "male" | "female";
}

/** Province-level region codes (the first two digits) of a 居民身份证号码, 71 being Taiwan. */
const REGION_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64,
  65, 71,
]);
const HK_MACAO_TAIWAN_CODES = new Set([81, 82, 83]);
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = "10X98765432";

/** Returns the GB 11643 check character of the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

export { maskIdentityNumber } from "./mask";

/**
 * Validates a social security number and returns it normalised with its birth date and sex.
 * Throws a BujiaoError whose message shows the number masked (first 6 and last 4 characters).
 *
 * @example parseIdentityNumber("11010519491231002x").value === "11010519491231002X"
 */
export function parseIdentityNumber(value: CellValue): IdentityNumber {
  if (value === UNCALCULATED_FORMULA) throw valueError("input.uncalculated", { field: ref("field.identityNumber") });
  if (isCellError(value)) throw valueError("input.error", { field: ref("field.identityNumber"), value: value.error });
  if (isBlank(value) || typeof value === "boolean") throw valueError("id.missing");
  if (typeof value === "number") {
    throw valueError("id.numeric", { value: maskIdentityNumber(String(value)) });
  }

  const text = normaliseText(String(value)).replace(/\s+/g, "").toUpperCase();
  const shown = maskIdentityNumber(text);
  if (/^\d{15}$/.test(text)) throw valueError("id.oldFormat", { value: shown });
  if (text.length !== 18) throw valueError("id.length", { value: shown, length: text.length });
  if (!/^\d{17}[\dX]$/.test(text)) throw valueError("id.characters", { value: shown });

  const prefix = Number(text.slice(0, 2));
  let kind: IdentityDocumentKind;
  if (REGION_CODES.has(prefix)) kind = "resident";
  else if (HK_MACAO_TAIWAN_CODES.has(prefix)) kind = "hkMacaoTaiwan";
  else if (text[0] === "9" && Number(text[1]) >= 1 && Number(text[1]) <= 6) kind = "foreignPermanent";
  else throw valueError("id.region", { value: shown, code: text.slice(0, 2) });

  const birthText = text.slice(6, 14);
  const birth = dayFromParts(Number(birthText.slice(0, 4)), Number(birthText.slice(4, 6)), Number(birthText.slice(6, 8)));
  if (birth === null || Number(birthText.slice(0, 4)) < 1850) {
    throw valueError("id.birth", { value: shown, birth: `${birthText.slice(0, 4)}-${birthText.slice(4, 6)}-${birthText.slice(6, 8)}` });
  }

  const expected = checkCharacter(text.slice(0, 17));
  if (text[17] !== expected) throw valueError("id.checkDigit", { value: shown, expected });

  return { value: text, kind, birth, sex: Number(text[16]) % 2 === 1 ? "male" : "female" };
}

/** Like parseIdentityNumber, but returns the error instead of throwing it. */
export function tryParseIdentityNumber(value: CellValue): IdentityNumber | BujiaoError {
  try {
    return parseIdentityNumber(value);
  } catch (error) {
    if (error instanceof BujiaoError) return error;
    throw error;
  }
}

