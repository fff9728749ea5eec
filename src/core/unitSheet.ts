// The 单位信息 worksheet: facts about the unit as label/value pairs, the label in column A and the value in
// column B (单位名称, 统一社会信用代码, 办理日期, 单位规模, 工伤保险费率, 信用状况, 是否愿意承诺, 社保与税务是否同区).
// A blank value leaves the fact unset, and a calculation that needs it then reports it as missing. A malformed value is a
// problem at its cell address and leaves the fact unset too, never guessed.

import { ref, type MessageKey, type MessageParams } from "../i18n";
import { BujiaoError, valueError } from "./errors";
import { isBlank, normaliseText, parseDay, type CellValue, type FieldKey } from "./parse";
import { sheetPrefix } from "./params/sheetRows";
import { columnLetters } from "./roster/history";
import type { SheetData, SheetProblem } from "./roster/types";
import { parseWorkInjuryRate, type CreditStanding, type UnitFacts } from "./unit";
import { parseUnitSize } from "./words";

export const UNIT_SHEET_NAME = "单位信息";

type FactKey = keyof UnitFacts;

interface FactLayout {
  /** The label the template writes, then the other labels accepted. */
  labels: string[];
  read(value: CellValue): UnitFacts[FactKey];
}

const YES_WORDS = new Set(["是", "愿意", "同区", "能", "可以", "y", "yes", "true", "1"]);
const NO_WORDS = new Set(["否", "不愿意", "不同区", "不能", "不可以", "n", "no", "false", "0"]);
const GOOD_CREDIT_WORDS = new Set(["良好", "正常", "守信", "无不良记录", "无失信记录", "good"]);
const BAD_CREDIT_WORDS = new Set(["失信", "有失信记录", "严重失信", "有虚假承诺", "不良", "有不良记录", "bad"]);
/** Rows whose label is one of these are a header row of the label/value table. */
const HEADER_LABELS = new Set(["项目", "信息项"]);

/** GB 32100-2015: the characters of a 统一社会信用代码 (digits and capitals without I, O, S, V, Z), by value. */
const CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_CODE = /^[0-9A-HJ-NP-RTUWXY]{18}$/;

function words(value: CellValue): string {
  return normaliseText(String(value)).replace(/\s+/g, "").toLowerCase();
}

function readYesNo(field: FieldKey): (value: CellValue) => boolean {
  return (value) => {
    if (typeof value === "boolean") return value;
    const text = words(value);
    if (YES_WORDS.has(text)) return true;
    if (NO_WORDS.has(text)) return false;
    throw valueError("unitSheet.yesNo", { field: ref(field), value: String(value) });
  };
}

function readCreditStanding(value: CellValue): CreditStanding {
  const text = words(value);
  if (GOOD_CREDIT_WORDS.has(text)) return "good";
  if (BAD_CREDIT_WORDS.has(text)) return "bad";
  throw valueError("unitSheet.creditStanding", { value: String(value) });
}

function readCreditCode(value: CellValue): string {
  const code = normaliseText(String(value)).replace(/\s+/g, "").toUpperCase();
  if (!CREDIT_CODE.test(code)) throw valueError("unitSheet.creditCodeFormat", { value: String(value) });
  return code;
}

/**
 * Returns the GB 32100-2015 check character of the first 17 characters of a 统一社会信用代码: weights 3^i mod 31,
 * check value 31 − (sum mod 31), where 31 stands for 0.
 */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const character of first17) {
    sum += CREDIT_CODE_CHARACTERS.indexOf(character) * weight;
    weight = (weight * 3) % 31;
  }
  return CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31];
}

const FACTS: { [K in FactKey]-?: FactLayout } = {
  name: { labels: ["单位名称", "单位全称"], read: (value) => normaliseText(String(value)) },
  creditCode: { labels: ["统一社会信用代码", "社会信用代码", "信用代码"], read: readCreditCode },
  handlingDate: {
    labels: ["办理日期", "补缴办理日期", "申报日期"],
    read: (value) => parseDay(value, "field.handlingDate"),
  },
  size: { labels: ["单位规模", "企业规模"], read: parseUnitSize },
  workInjuryRate: {
    labels: ["工伤保险费率", "工伤费率", "工伤保险缴费比例"],
    read: (value) => parseWorkInjuryRate(value),
  },
  creditStanding: { labels: ["信用状况", "信用情况"], read: readCreditStanding },
  willingToPledge: {
    labels: ["是否愿意承诺", "愿意承诺", "是否承诺"],
    read: readYesNo("field.willingToPledge"),
  },
  sameDistrict: {
    labels: ["社保与税务是否同区", "社保和税务是否同区", "社保税务是否同区", "社保与税务同区"],
    read: readYesNo("field.sameDistrict"),
  },
};

const FACT_KEYS = Object.keys(FACTS) as FactKey[];

function normaliseLabel(value: CellValue): string {
  return normaliseText(String(value)).replace(/[\s*＊]/g, "").replace(/[:：]$/, "");
}

function factOfLabel(label: string): FactKey | undefined {
  return FACT_KEYS.find((key) => FACTS[key].labels.includes(label));
}

/** Returns the labels in template order, as column A of an empty 单位信息 sheet lists them. */
export function unitSheetLabels(): string[] {
  return FACT_KEYS.map((key) => FACTS[key].labels[0]);
}

export interface UnitSheetResult {
  facts: UnitFacts;
  problems: SheetProblem[];
}

/**
 * Reads the 单位信息 sheet into the unit's facts.
 *
 * @example rows [["单位规模", "中小微企业"], ["工伤保险费率", "0.4%"]] give { size: "smallMedium", workInjuryRate: 0.004 }.
 */
export function readUnitSheet(sheet: SheetData): UnitSheetResult {
  const facts: UnitFacts = {};
  const problems: SheetProblem[] = [];
  const seen = new Map<FactKey, number>();
  const address = (column: number, index: number) => `${sheetPrefix(sheet.name)}${columnLetters(column)}${index + 1}`;
  const report = (cell: string, key: MessageKey, params: MessageParams, severity: SheetProblem["severity"] = "error") =>
    problems.push({ cell, severity, key, params: { cell, ...params } });

  sheet.rows.forEach((cells, index) => {
    const [labelCell, value] = [cells?.[0], cells?.[1]];
    if (isBlank(labelCell)) return;
    const label = normaliseLabel(labelCell);
    if (HEADER_LABELS.has(label)) return;

    const key = factOfLabel(label);
    if (!key) {
      report(address(0, index), "unitSheet.labelUnknown", { label, labels: unitSheetLabels().join("、") }, "warning");
      return;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report(address(0, index), "unitSheet.duplicate", { label, row: earlier });
      return;
    }
    seen.set(key, index + 1);
    if (isBlank(value)) return;

    try {
      (facts as Record<FactKey, unknown>)[key] = FACTS[key].read(value as CellValue);
    } catch (error) {
      if (!(error instanceof BujiaoError)) throw error;
      report(address(1, index), "sheet.badCell", { detail: error.message });
      return;
    }

    if (key === "creditCode" && facts.creditCode) {
      const expected = creditCodeCheckCharacter(facts.creditCode.slice(0, 17));
      if (facts.creditCode[17] !== expected) {
        report(address(1, index), "unitSheet.creditCodeCheck", { value: facts.creditCode, expected }, "warning");
      }
    }
  });

  return { facts, problems };
}
