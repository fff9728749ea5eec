// The layout of the 参数 worksheet: its columns, the 类别 values that name the parameter table a row fills,
// and the words the sheet writes for series and retirement groups.

import type { CellValue } from "../parse";
import { normaliseText } from "../parse";
import type { RetirementGroup, RetirementScheduleRow } from "./retirement";
import type { ParameterTables, WageSeries } from "./types";

export const PARAMETER_SHEET_NAME = "参数";
export const COMMENT_MARK = "#";

/** Every table a 参数 sheet can fill: the parameter tables and the retirement schedule. */
export type SheetTables = ParameterTables & { retirementSchedule: RetirementScheduleRow[] };
export type ParameterOverrides = Partial<SheetTables>;
export type TableName = keyof SheetTables;

// Columns.

export type Column =
  | "category"
  | "id"
  | "start"
  | "end"
  | "insurance"
  | "target"
  | "hukou"
  | "unitSize"
  | "value"
  | "value2"
  | "value3"
  | "source"
  | "confidence"
  | "note";

/** The columns in template order, with the header text the sheet uses. */
export const PARAMETER_COLUMNS: ReadonlyArray<{ column: Column; header: string }> = [
  { column: "category", header: "类别" },
  { column: "id", header: "编号" },
  { column: "start", header: "开始年月" },
  { column: "end", header: "终止年月" },
  { column: "insurance", header: "险种" },
  { column: "target", header: "对象" },
  { column: "hukou", header: "户口性质" },
  { column: "unitSize", header: "单位规模" },
  { column: "value", header: "数值" },
  { column: "value2", header: "数值2" },
  { column: "value3", header: "数值3" },
  { column: "source", header: "来源" },
  { column: "confidence", header: "可信度" },
  { column: "note", header: "说明" },
];

// Categories: the 类别 values, each filling one table.

export type Category =
  | "contributionYear"
  | "limits"
  | "averageWage"
  | "coefficientSeries"
  | "coefficientScope"
  | "lateFee"
  | "insuranceStart"
  | "rate"
  | "majorMedicalRate"
  | "relief"
  | "retirement";

/** The 类别 text of each category, in template order. */
export const CATEGORY_NAMES: Record<Category, string> = {
  contributionYear: "缴费年度",
  limits: "缴费基数上下限",
  averageWage: "社平工资",
  coefficientSeries: "放大系数口径",
  coefficientScope: "放大系数适用期",
  lateFee: "滞纳金规则",
  insuranceStart: "险种起始月",
  rate: "费率",
  majorMedicalRate: "大额互助费率",
  relief: "减免",
  retirement: "退休年龄",
};

/**
 * The categories that fill each table. The type lists every table, so a table added to ParameterTables fails
 * to compile here until the sheet can express it.
 */
export const CATEGORIES_OF_TABLE: { [K in TableName]-?: readonly Category[] } = {
  limitPeriods: ["contributionYear"],
  baseLimits: ["limits"],
  averageWages: ["averageWage"],
  coefficientSeries: ["coefficientSeries"],
  coefficientScope: ["coefficientScope"],
  lateFeeRegimes: ["lateFee"],
  insuranceStarts: ["insuranceStart"],
  rates: ["rate", "majorMedicalRate"],
  reliefs: ["relief"],
  retirementSchedule: ["retirement"],
};

export const CATEGORY_ORDER = Object.keys(CATEGORY_NAMES) as Category[];

export function categoryOfText(text: string): Category | undefined {
  const normalised = normaliseHeader(text);
  return CATEGORY_ORDER.find(
    (category) => CATEGORY_NAMES[category] === normalised || category.toLowerCase() === normalised.toLowerCase(),
  );
}

export function normaliseHeader(text: string): string {
  return normaliseText(text).replace(/\s+/g, "");
}

/** How the sheet writes each average-wage series. */
export const SERIES_TEXT: Record<WageSeries, string> = { old: "旧口径", full: "全口径" };

/** How the sheet writes each retirement group. */
export const GROUP_TEXT: Record<RetirementGroup, string> = { male: "男", femaleCadre: "女干部", femaleWorker: "女工人" };

/** The text of a cell, or the code of an error value. */
export function display(value: CellValue): string {
  return typeof value === "object" && value !== null ? value.error : String(value);
}
