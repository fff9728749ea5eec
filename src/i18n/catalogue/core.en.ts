import type { coreZhCN } from "./core.zh-CN";

export const coreEn: Record<keyof typeof coreZhCN, string> = {
  "field.wage": "contribution wage",
  "field.feeMonth": "fee month",
  "field.startMonth": "start month",
  "field.endMonth": "end month",
  "field.handlingDate": "handling date",
  "field.declarationDate": "declaration date",
  "field.amount": "arrears amount",
  "field.insurance": "insurance",
  "field.hukouType": "hukou type",
  "field.limitKind": "limit",
  "field.series": "average-wage series",
  "field.year": "year",
  "field.name": "name",
  "field.identityNumber": "social security number",
  "field.value": "parameter value",

  "insurance.pension": "pension",
  "insurance.unemployment": "unemployment",
  "insurance.workInjury": "work injury",
  "insurance.medical": "medical",
  "insurance.maternity": "maternity",

  "hukou.localUrban": "Beijing urban",
  "hukou.nonlocalUrban": "non-Beijing urban",
  "hukou.localRural": "Beijing rural",
  "hukou.nonlocalRural": "non-Beijing rural",

  "series.old": "Beijing average wage (old series)",
  "series.full": "all-employee urban average wage",

  "confidence.V": "verified",
  "confidence.S": "secondary source",
  "confidence.U": "uncertain",

  "input.missing": "The {field} is empty: enter a {field}, for example {example}",
  "input.boolean": "The {field} “{value}” is invalid: enter {expected}, not a logical value",
  "input.error": "The {field} cell holds the error {value}: fix that cell's formula first",
  "feeMonth.invalid":
    "The {field} “{value}” is invalid: enter a month such as 2023-08, 2023/8, 2023.08, 202308, 2023年8月, or a date cell",
  "feeMonth.badMonth": "The {field} “{value}” is invalid: the month must be 1–12, for example 2023-08",
  "feeMonth.fraction":
    "The {field} “{value}” is ambiguous: a number with decimals cannot tell January from October; format the cell as text and enter, for example, 2023-10",
  "feeMonth.notWhole": "The {field} “{value}” is invalid: a month must be a whole number or text, for example 202308 or 2023-08",
  "feeMonth.outOfRange": "The {field} “{value}” is out of range: the year must be 1900–2099",
  "date.invalid":
    "The {field} “{value}” is invalid: enter a date such as 2026-12-04, 2026/12/4, 20261204, 2026年12月4日, or a date cell",
  "date.notReal": "The {field} “{value}” is not a real date: check the year, month and day",
  "date.phantom": "The {field} “{value}” is Excel's fictitious 1900-02-29: enter the correct date",
  "date.outOfRange": "The {field} “{value}” is out of range: the year must be 1900–2099",
  "number.invalid": "The {field} “{value}” is not a number: enter an amount in yuan, for example 8000 or 8000.50",
  "number.negative": "The {field} “{value}” must not be negative: enter 0 or a positive amount",
  "number.notFinite": "The {field} “{value}” is not a valid number: enter an amount in yuan, for example 8000",
  "word.unknown": "The {field} “{value}” is not recognised: enter one of {choices}",

  "function.rangeShape": "The ranges differ in size ({expected} and {actual}): give every range the same rows and columns, or use a single cell",
  "param.noLimitRow":
    "No {insurance} base limits cover fee month {month}: add that contribution year's limit row to the 参数 sheet",
  "param.insuranceNotYet": "{insurance} contributions began in {from}; fee month {month} owes nothing for it",
  "param.noAverageWage": "The parameters have no {series} for {year}: add that year's average-wage row to the 参数 sheet",
  "param.noLateFeeRegime": "No late-fee rule covers fee month {month}: add a late-fee row to the 参数 sheet",
  "param.coeffWageFallback":
    "The parameters have no average wage for {year} yet, so the coefficient uses {used}: add the figure to the 参数 sheet once published",
  "param.noCoeffSeries": "No average-wage series is set for {year} in the coefficient: add a series row to the 参数 sheet",

  "lateFee.negativeAmount": "The arrears amount “{value}” is negative: late fees apply to arrears only, not to refunds",

  "id.missing": "The social security number is empty: enter the 18-character resident identity number",
  "id.numeric":
    "The social security number {value} is stored as a number, and Excel keeps only 15 significant digits: format the cell as text and enter the number again",
  "id.oldFormat": "The social security number “{value}” is an old 15-digit number: enter the 18-character number",
  "id.length": "The social security number “{value}” must have 18 characters (the last may be X); it has {length}",
  "id.characters":
    "The social security number “{value}” contains invalid characters: 17 digits then a digit or X",
  "id.region": "The social security number “{value}” starts with {code}, which is not a valid region code: check the number",
  "id.birth": "The birth date {birth} in the social security number “{value}” is invalid: check the number",
  "id.checkDigit":
    "The check digit of the social security number “{value}” is wrong: the first 17 digits give {expected}; check the number",
};
