// The BUJIAO custom functions. Their JSDoc generates dist/functions.json (custom-functions-metadata-plugin) and
// the plugin appends the CustomFunctions.associate calls at build time. Every parameter and result is typed
// `any[][]`, so each argument may be a single cell or a range and a range result spills. The work is done by
// the registry through toExcel.ts; this file only names the functions and connects them to Office.
//
// The descriptions here are the English ones of FUNCTION_SPECS (test/functions/metadata.test.ts checks that they
// match); the Chinese names and descriptions come from FUNCTION_SPECS into dist/functions.zh-CN.json.

/* eslint-disable @typescript-eslint/no-explicit-any -- Excel's metadata needs `any[][]` for range arguments. */

import { localeFromTag, type Locale } from "../i18n";
import { defaultContext } from "./registry";
import { getActiveParameters, getActiveUnit } from "./runtimeParameters";
import { evaluateForExcel, type ExcelErrorCode } from "./toExcel";

/** Office's display language once Office has initialised, else the browser's language. */
function displayLocale(): Locale {
  const officeLanguage = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  const browserLanguage = typeof navigator !== "undefined" ? navigator.language : undefined;
  return localeFromTag(officeLanguage ?? browserLanguage);
}

// CustomFunctions.Error with a message on #VALUE! and #N/A needs CustomFunctionsRuntime 1.3, which manifest.xml
// requires.
function makeExcelError(code: ExcelErrorCode, message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[code], message);
}

function run(id: string, args: unknown[]): any[][] {
  const context = { ...defaultContext(getActiveParameters()), unit: getActiveUnit() };
  return evaluateForExcel(id, args, context, displayLocale(), makeExcelError);
}

/**
 * Contribution base: the wage clamped to the limits of the fee month's contribution year (yuan per month)
 * @customfunction BASE
 * @param wage Contribution wage (yuan per month)
 * @param feeMonth Fee month, e.g. 2023-08, 202308, 2023年8月 or a date
 * @param [insurance] Insurance: pension, unemployment, workInjury, medical or maternity; default pension
 * @param [hukouType] Hukou type; default 本市城镇 (Beijing urban)
 * @returns Contribution base in yuan per month
 */
export function base(wage: any[][], feeMonth: any[][], insurance?: any[][], hukouType?: any[][]): any[][] {
  return run("BASE", [wage, feeMonth, insurance, hukouType]);
}

/**
 * Pension amplification coefficient for fee months before 2011-07; 1 for later months
 * @customfunction COEFF
 * @volatile
 * @param feeMonth Fee month, e.g. 2023-08, 202308, 2023年8月 or a date
 * @param [handlingDate] Handling date; omitted means today in Beijing, recalculated every time
 * @returns Amplification coefficient
 */
export function coeff(feeMonth: any[][], handlingDate?: any[][]): any[][] {
  return run("COEFF", [feeMonth, handlingDate]);
}

/**
 * Late days: from the start of the arrears to the day before the declaration; 0 before 2011-07
 * @customfunction LATEDAYS
 * @param feeMonth Fee month, e.g. 2023-08, 202308, 2023年8月 or a date
 * @param declarationDate Date the back-payment declaration succeeds
 * @returns Number of late days
 */
export function lateDays(feeMonth: any[][], declarationDate: any[][]): any[][] {
  return run("LATEDAYS", [feeMonth, declarationDate]);
}

/**
 * Late fee on an arrears amount: 0.05 % a day, rounded to the fen; none before 2011-07
 * @customfunction LATEFEE
 * @param amount Arrears amount (yuan)
 * @param feeMonth Fee month, e.g. 2023-08, 202308, 2023年8月 or a date
 * @param declarationDate Date the back-payment declaration succeeds
 * @returns Late fee in yuan
 */
export function lateFee(amount: any[][], feeMonth: any[][], declarationDate: any[][]): any[][] {
  return run("LATEFEE", [amount, feeMonth, declarationDate]);
}

/**
 * Amount one party owes for a fee month and insurance (yuan): base × rate with reliefs and the medical 3 yuan; pension before 2011-07 uses the amplification coefficient
 * @customfunction AMOUNT
 * @param wage Contribution wage (yuan per month)
 * @param feeMonth Fee month, e.g. 2023-08, 202308, 2023年8月 or a date
 * @param insurance Insurance: pension, unemployment, workInjury, medical or maternity
 * @param party Party: 单位/employer or 个人/individual
 * @param [handlingDate] Handling date; it only changes the amplification coefficient of pension before 2011-07. Omitted: the 单位信息 handling date, else today in Beijing
 * @param [hukouType] Hukou type; default 本市城镇 (Beijing urban)
 * @returns Amount in yuan
 */
export function amount(
  wage: any[][],
  feeMonth: any[][],
  insurance: any[][],
  party: any[][],
  handlingDate?: any[][],
  hukouType?: any[][],
): any[][] {
  return run("AMOUNT", [wage, feeMonth, insurance, party, handlingDate, hukouType]);
}

/**
 * Base difference: the amount at the correct wage less the amount at the declared base (yuan); negative is a refund
 * @customfunction DIFF
 * @param correctWage Correct contribution wage (yuan per month)
 * @param declaredBase Contribution base already declared for the month (yuan)
 * @param feeMonth Fee month, e.g. 2023-08, 202308, 2023年8月 or a date
 * @param insurance Insurance: pension, unemployment, workInjury, medical or maternity
 * @param party Party: 单位/employer or 个人/individual
 * @param [handlingDate] Handling date; it only changes the amplification coefficient of pension before 2011-07. Omitted: the 单位信息 handling date, else today in Beijing
 * @param [hukouType] Hukou type; default 本市城镇 (Beijing urban)
 * @returns Base difference in yuan
 */
export function diff(
  correctWage: any[][],
  declaredBase: any[][],
  feeMonth: any[][],
  insurance: any[][],
  party: any[][],
  handlingDate?: any[][],
  hukouType?: any[][],
): any[][] {
  return run("DIFF", [correctWage, declaredBase, feeMonth, insurance, party, handlingDate, hukouType]);
}

/**
 * Statutory contribution rate of the fee month as a fraction (0.16), without reliefs or the medical 3 yuan; work injury uses the unit's rate
 * @customfunction RATE
 * @param feeMonth Fee month, e.g. 2023-08, 202308, 2023年8月 or a date
 * @param insurance Insurance: pension, unemployment, workInjury, medical or maternity
 * @param party Party: 单位/employer or 个人/individual
 * @param [hukouType] Hukou type; default 本市城镇 (Beijing urban)
 * @returns Rate as a fraction
 */
export function rate(feeMonth: any[][], insurance: any[][], party: any[][], hukouType?: any[][]): any[][] {
  return run("RATE", [feeMonth, insurance, party, hukouType]);
}

/**
 * Beijing's annual average wage of a year (yuan per year); default series: old up to 2017, full from 2018
 * @customfunction AVGWAGE
 * @param year Year, e.g. 2022
 * @param [series] Series: 旧口径/old or 全口径/full; default the series the amplification coefficient uses
 * @returns Average wage in yuan per year
 */
export function avgWage(year: any[][], series?: any[][]): any[][] {
  return run("AVGWAGE", [year, series]);
}

/**
 * Lower or upper contribution-base limit of the fee month's contribution year (yuan per month)
 * @customfunction LIMIT
 * @param feeMonth Fee month, e.g. 2023-08, 202308, 2023年8月 or a date
 * @param kind 下限/lower or 上限/upper
 * @param [insurance] Insurance; default pension
 * @returns Limit in yuan per month
 */
export function limit(feeMonth: any[][], kind: any[][], insurance?: any[][]): any[][] {
  return run("LIMIT", [feeMonth, kind, insurance]);
}

/**
 * Statutory retirement month (with the gradual rise from 2025) as the date of its first day; a woman without a post is taken as a worker (the earlier age)
 * @customfunction RETIRE
 * @param identityNumberOrBirthDate 18-character identity number (birth date and sex are read from it), or a birth date
 * @param [sex] 男/male or 女/female; required with a birth date, optional with an identity number
 * @param [post] A woman's post: cadre (管理/技术, originally 55) or worker (工人, originally 50); default worker
 * @returns Date serial of the first day of the retirement month
 */
export function retire(identityNumberOrBirthDate: any[][], sex?: any[][], post?: any[][]): any[][] {
  return run("RETIRE", [identityNumberOrBirthDate, sex, post]);
}

/**
 * Contribution wage of a fee month from the payroll: the first full month's wage at first, then the monthly average of the previous calendar year's full months, rounded to the fen
 * @customfunction WAGEBASE
 * @param wages Range of the wages this unit paid the person, one per month (taken as one value)
 * @param wageMonths Range of the month of each wage, same size as the wages, e.g. 2023-04
 * @param hireDate Hire date in this unit; unless it is the 1st, the hire month is not a full month
 * @param feeMonth Fee month, e.g. 2024-08, 202408, 2024年8月 or a date
 * @returns Contribution wage in yuan per month
 */
export function wageBase(wages: any[][], wageMonths: any[][], hireDate: any[][], feeMonth: any[][]): any[][] {
  return run("WAGEBASE", [wages, wageMonths, hireDate, feeMonth]);
}
