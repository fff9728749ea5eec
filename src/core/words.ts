// The words users type for insurances, parties, hukou types, unit sizes and limit kinds, in Chinese and as
// English ids, and the year of an average wage.

import { ref } from "../i18n";
import { valueError } from "./errors";
import type { CellValue } from "./parse";
import { isBlank, isCellError, normaliseText, parseWord } from "./parse";
import type { HukouType, Insurance, Party, UnitSize, WageSeries } from "./params/types";

function choices<T extends string>(entries: Array<[T, string[]]>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [id, words] of entries) {
    map.set(id.toLowerCase(), id);
    for (const word of words) map.set(word.toLowerCase(), id);
  }
  return map;
}

const insuranceWords = choices<Insurance>([
  ["pension", ["养老", "养老保险", "基本养老保险", "养老金"]],
  ["unemployment", ["失业", "失业保险"]],
  ["workInjury", ["工伤", "工伤保险", "work-injury", "work_injury", "workinjury"]],
  ["medical", ["医疗", "医疗保险", "基本医疗保险", "医保"]],
  ["maternity", ["生育", "生育保险"]],
]);

const hukouWords = choices<HukouType>([
  ["localUrban", ["本市城镇", "北京城镇", "本市非农业", "本市非农业户口", "本地城镇", "城镇", "local-urban"]],
  ["nonlocalUrban", ["外埠城镇", "外地城镇", "外埠非农业", "外地非农业户口", "外地非农业户口(外地城镇)", "nonlocal-urban"]],
  ["localRural", ["本市农村", "北京农村", "本市农业", "本市农业户口", "本地农村", "local-rural"]],
  ["nonlocalRural", ["外埠农村", "外地农村", "外埠农业", "外地农业户口", "农民工", "农民合同制工人", "nonlocal-rural"]],
]);

const partyWords = choices<Party>([
  ["employer", ["单位", "单位缴费", "单位部分", "企业", "company"]],
  ["individual", ["个人", "个人缴费", "个人部分", "职工", "employee", "personal"]],
]);

const unitSizeWords = choices<UnitSize>([
  ["large", ["大型企业", "大型", "大企业", "large-enterprise"]],
  ["smallMedium", ["中小微企业", "中小微", "中小企业", "小微企业", "中型企业", "小型企业", "微型企业", "small-medium", "sme"]],
]);

const limitKindWords = choices<"lower" | "upper">([
  ["lower", ["下限", "min", "minimum"]],
  ["upper", ["上限", "max", "maximum"]],
]);

const seriesWords = choices<WageSeries>([
  ["old", ["旧口径", "本市职工平均工资", "职工平均工资"]],
  ["full", ["全口径", "全口径城镇单位就业人员平均工资"]],
]);

/** Reads an insurance; an omitted argument means pension unless `required` is set. */
export function parseInsurance(value: CellValue, required = false): Insurance {
  if (isBlank(value) && !required) return "pension";
  return parseWord(value, "field.insurance", insuranceWords, "养老、失业、工伤、医疗、生育（或 pension、unemployment、workInjury、medical、maternity）");
}

/** Reads a hukou type (户口性质); an omitted argument means 本市城镇. */
export function parseHukouType(value: CellValue): HukouType {
  if (isBlank(value)) return "localUrban";
  return parseWord(value, "field.hukouType", hukouWords, "本市城镇、外埠城镇、本市农村、外埠农村");
}

export function parseLimitKind(value: CellValue): "lower" | "upper" {
  return parseWord(value, "field.limitKind", limitKindWords, "下限、上限（或 lower、upper）");
}

export function parseWageSeries(value: CellValue): WageSeries | undefined {
  if (isBlank(value)) return undefined;
  return parseWord(value, "field.series", seriesWords, "旧口径、全口径（或 old、full）");
}

/** Reads who owes a share: 单位 (employer) or 个人 (individual). */
export function parseParty(value: CellValue): Party {
  return parseWord(value, "field.party", partyWords, "单位、个人（或 employer、individual）");
}

/** Reads a unit size for the 2020 reliefs: 大型企业 or 中小微企业. */
export function parseUnitSize(value: CellValue): UnitSize {
  return parseWord(value, "field.unitSize", unitSizeWords, "大型企业、中小微企业（或 large、smallMedium）");
}

const YEAR_TEXT = /^(\d{4})\s*年?$/;

/**
 * Reads a calendar year from 1900 to 2099: a whole number (2022) or text (`2022`, `2022年`). A date cell is
 * rejected, because its serial number is not a year.
 */
export function parseYear(value: CellValue, field: "field.year" = "field.year"): number {
  if (isBlank(value)) throw valueError("input.missing", { field: ref(field), example: "2022" });

  let year = Number.NaN;
  if (typeof value === "number") {
    year = value;
  } else if (typeof value === "string") {
    const match = YEAR_TEXT.exec(normaliseText(value));
    if (match) year = Number(match[1]);
  }

  if (!Number.isInteger(year) || year < 1900 || year > 2099) {
    const displayed = isCellError(value) ? value.error : String(value);
    throw valueError("year.invalid", { field: ref(field), value: displayed });
  }
  return year;
}
