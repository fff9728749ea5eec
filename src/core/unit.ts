// Facts about the unit (用人单位) that back-payment amounts and checks depend on, as the 单位信息 sheet or the
// command line gives them. None has a default: a calculation that needs a missing fact reports #N/A asking for it.

import Decimal from "decimal.js";
import { ref } from "../i18n";
import type { Day } from "./calendar";
import { valueError } from "./errors";
import { Money } from "./money";
import { isBlank, isCellError, normaliseText, type CellValue, type FieldKey } from "./parse";
import type { UnitSize } from "./params/types";

export type { UnitSize } from "./params/types";

/** `bad`: a false pledge or a serious bad-credit record not yet repaired, which rules out 承诺制. */
export type CreditStanding = "good" | "bad";

export interface UnitFacts {
  name?: string;
  /** 统一社会信用代码. */
  creditCode?: string;
  /** The day the back-payment is declared; a command-line --date overrides it, and without either it is today. */
  handlingDate?: Day;
  /** 大型企业 or 中小微企业, which decides the 2020 employer-share reliefs. */
  size?: UnitSize;
  /**
   * The unit's work-injury rate as a fraction (0.4 % is 0.004), the approved rate before any temporary cut:
   * the 20 % cut of 2020-05 … 2021-04 is a relief row that the amount applies on top.
   */
  workInjuryRate?: Decimal;
  creditStanding?: CreditStanding;
  /** Whether the unit will sign the written pledge of the commitment procedure (承诺制). */
  willingToPledge?: boolean;
  /** Whether the unit's social insurance and tax are registered in the same district. */
  sameDistrict?: boolean;
}

/** Work-injury rates stay well under this; a larger fraction is almost surely a percentage typed without `%`. */
const MAX_WORK_INJURY_RATE = new Money("0.1");
const RATE_TEXT = /^(\d+(?:\.\d+)?)\s*(%?)$/;

/**
 * Reads a work-injury rate: a number as a fraction (0.004, or a cell formatted as 0.4 %), or text `0.4%` or
 * `0.004`. Rejects negative rates and fractions above 10 %, which are most likely a percentage without `%`.
 *
 * @example parseWorkInjuryRate("0.4%") equals 0.004
 */
export function parseWorkInjuryRate(value: CellValue, field: FieldKey = "field.workInjuryRate"): Decimal {
  const displayed = isCellError(value) ? value.error : String(value);
  if (isBlank(value) || typeof value === "boolean" || isCellError(value)) {
    throw valueError("rate.invalid", { field: ref(field), value: displayed });
  }

  let rate: Decimal;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) throw valueError("rate.invalid", { field: ref(field), value: displayed });
    rate = new Money(value);
  } else {
    const match = RATE_TEXT.exec(normaliseText(String(value)));
    if (!match) throw valueError("rate.invalid", { field: ref(field), value: displayed });
    rate = new Money(match[1]);
    if (match[2] === "%") rate = rate.dividedBy(100);
  }

  if (rate.greaterThan(MAX_WORK_INJURY_RATE)) throw valueError("rate.tooLarge", { field: ref(field), value: displayed });
  return rate;
}
