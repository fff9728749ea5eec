// The words users type for insurances, parties, hukou types and limit kinds, in Chinese and as English ids.

import type { CellValue } from "./parse";
import { isBlank, parseWord } from "./parse";
import type { HukouType, Insurance, WageSeries } from "./params/types";

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

const limitKindWords = choices<"lower" | "upper">([
  ["lower", ["下限", "min", "minimum"]],
  ["upper", ["上限", "max", "maximum"]],
]);

const seriesWords = choices<WageSeries>([
  ["old", ["旧口径", "本市职工平均工资", "职工平均工资"]],
  ["full", ["全口径", "全口径城镇单位就业人员平均工资"]],
]);

/** Reads an insurance; an omitted argument means pension. */
export function parseInsurance(value: CellValue): Insurance {
  if (isBlank(value)) return "pension";
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
