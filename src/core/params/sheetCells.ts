// Reading the cells of a 参数 sheet row: months, years, yuan, fractions, whole numbers, rates and the sheet's
// own words. Each reader throws a BujiaoError that names the column's field and shows the value.

import { ref } from "../../i18n";
import type { YearMonth } from "../calendar";
import { valueError } from "../errors";
import { Money } from "../money";
import { isBlank, normaliseText, parseAmount, parseFeeMonth, type CellValue, type FieldKey } from "../parse";
import type { RetirementGroup } from "./retirement";
import { parseHukouType, parseUnitSize, parseWageSeries } from "../words";
import { display, GROUP_TEXT, normaliseHeader, SERIES_TEXT } from "./sheetLayout";
import { isRural, type Confidence, type HukouType, type RateKind, type UnitSize, type WageSeries } from "./types";

const NO_LATE_FEE_WORDS = new Set(["不加收", "无", "none"]);
const UNIT_RATE_WORDS = new Set(["单位费率", "按单位费率", "unitrate"]);
const RURAL_LIMIT_WORDS = new Set(["农村", "农民合同制工人", "rural"]);
const YUAN_PER_MONTH = /^(\d+(?:\.\d+)?)\s*元(?:\/月|每月)?$/;
const PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;
const INTEGER = /^-?\d+$/;
const LIST_SEPARATORS = /[、,，;；/]/;

const confidenceWords = new Map<string, Confidence>([
  ["v", "V"],
  ["s", "S"],
  ["u", "U"],
  ["已核实", "V"],
  ["核实", "V"],
  ["二手来源", "S"],
  ["二手", "S"],
  ["不确定", "U"],
]);

const groupWords = new Map<string, RetirementGroup>([
  ["男", "male"],
  ["男职工", "male"],
  ["male", "male"],
  ["女干部", "femaleCadre"],
  ["女职工55", "femaleCadre"],
  ["femalecadre", "femaleCadre"],
  ["女工人", "femaleWorker"],
  ["女职工50", "femaleWorker"],
  ["femaleworker", "femaleWorker"],
]);

export function requireValue(value: CellValue, field: FieldKey, example: string): void {
  if (isBlank(value)) throw valueError("input.missing", { field: ref(field), example });
}

export function readText(value: CellValue, field: FieldKey, example: string): string {
  requireValue(value, field, example);
  return normaliseText(display(value));
}

export function readInteger(value: CellValue, field: FieldKey, example: string, min: number, max: number): number {
  requireValue(value, field, example);
  const text = typeof value === "number" ? String(value) : normaliseText(display(value));
  const number = INTEGER.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(number)) throw valueError("paramSheet.notInteger", { field: ref(field), value: display(value), example });
  if (number < min || number > max) {
    throw valueError("paramSheet.integerRange", { field: ref(field), value: display(value), min, max });
  }
  return number;
}

/** Reads a fraction from 0 to 1: a number (0.16, or a cell formatted as 16 %) or text `16%` or `0.16`. */
export function readFraction(value: CellValue, field: FieldKey, example: string): string {
  requireValue(value, field, example);
  let fraction: Money | undefined;
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= 0) fraction = new Money(value);
  } else if (typeof value === "string") {
    const text = normaliseText(value).replace(/\s+/g, "");
    const percent = PERCENT.exec(text);
    if (percent) fraction = new Money(percent[1]).dividedBy(100);
    else if (DECIMAL.test(text)) fraction = new Money(text);
  }
  if (!fraction) throw valueError("paramSheet.notFraction", { field: ref(field), value: display(value), example });
  if (fraction.greaterThan(1)) throw valueError("paramSheet.fractionAboveOne", { field: ref(field), value: display(value), example });
  return fraction.toString();
}

export function readYuan(value: CellValue, field: FieldKey): string {
  return parseAmount(value, field).toString();
}

export function readMonth(value: CellValue, field: FieldKey): YearMonth {
  return parseFeeMonth(value, field);
}

function splitList(value: CellValue): CellValue[] {
  return normaliseText(display(value))
    .split(LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export function readRateValue(value: CellValue, field: FieldKey): { kind: RateKind; value: string } {
  requireValue(value, field, "16%");
  if (typeof value === "string") {
    const text = normaliseText(value).replace(/\s+/g, "");
    if (UNIT_RATE_WORDS.has(text.toLowerCase())) return { kind: "unitRate", value: "" };
    const yuan = YUAN_PER_MONTH.exec(text);
    if (yuan) return { kind: "yuanPerMonth", value: new Money(yuan[1]).toString() };
    if (!PERCENT.test(text) && !DECIMAL.test(text)) {
      throw valueError("paramSheet.rateValue", { field: ref(field), value: display(value) });
    }
  }
  return { kind: "fraction", value: readFraction(value, field, "16%") };
}

export function readConfidence(value: CellValue): Confidence {
  if (isBlank(value)) return "U";
  const confidence = confidenceWords.get(normaliseHeader(display(value)).toLowerCase());
  if (!confidence) throw valueError("paramSheet.confidenceUnknown", { value: display(value) });
  return confidence;
}

export function readGroup(value: CellValue): RetirementGroup {
  requireValue(value, "field.paramTarget", GROUP_TEXT.male);
  const group = groupWords.get(normaliseHeader(display(value)).toLowerCase());
  if (!group) {
    throw valueError("word.unknown", { field: ref("field.paramTarget"), value: display(value), choices: Object.values(GROUP_TEXT).join("、") });
  }
  return group;
}

export function readSeries(value: CellValue): WageSeries {
  requireValue(value, "field.paramTarget", SERIES_TEXT.full);
  return parseWageSeries(value) as WageSeries;
}

export function readHukouList(value: CellValue): HukouType[] {
  return splitList(value).map((part) => parseHukouType(part));
}

export function readUnitSizeList(value: CellValue): UnitSize[] {
  return splitList(value).map((part) => parseUnitSize(part));
}

export function readRuralOnly(value: CellValue): boolean {
  if (RURAL_LIMIT_WORDS.has(normaliseHeader(display(value)).toLowerCase())) return true;
  if (isRural(parseHukouType(value))) return true;
  throw valueError("paramSheet.limitHukou", { value: display(value) });
}

/** Reads the month offset at whose 1st late fees start, or null for 不加收 (no late fee). */
export function readLateFeeOffset(value: CellValue): number | null {
  if (typeof value === "string" && NO_LATE_FEE_WORDS.has(normaliseHeader(value).toLowerCase())) return null;
  return readInteger(value, "field.paramValue", "1", 0, 12);
}
