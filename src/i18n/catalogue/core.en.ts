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

  "valueKind.month": "a month",
  "valueKind.date": "a date",
  "valueKind.amount": "an amount",
  "valueKind.word": "a word",

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
  "input.uncalculated": "The {field} cell holds a formula without a calculated result (the file was never saved by Excel): open it in Excel, save it and try again",
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
  "number.tooLarge": "The {field} “{value}” is too large to be an amount: check whether another value, such as an identity number, was entered here",
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

  "roster.where": "sheet “{sheet}” (header in row {row})",
  "roster.duplicateColumn": "In sheet “{sheet}” both column {first} and column {second} are headed “{field}”: it is unclear which to use; remove or rename one",
  "roster.nameInvalid": "The name “{value}” contains line breaks or other control characters, or is longer than {max} characters: correct it",
  "roster.notFound":
    "No roster found: put it in a sheet named “{sheet}” with a header within the first 10 rows that has these columns: {columns}. If the header is below row 10, delete the rows above it",
  "roster.missingColumns":
    "The header of sheet “{sheet}” (first 10 rows) lacks these columns: {columns}. Add them; if the header is below row 10, delete the rows above it and try again",
  "roster.nameMissing": "The name is empty: enter the employee's name",
  "roster.monthOrder": "The start month {start} is after the end month {end}: correct them so the start is not after the end",
  "roster.monthBeforeScheme": "The start month {start} is before {first}, when Beijing's contributions began: correct the start month",
  "roster.monthAfterHandling":
    "The end month {end} is after the handling month {handling}: future months cannot be back-paid; set the end month to {handling} or earlier",
  "roster.handlingMonth": "The handling month {month} cannot be back-paid: pay it through the unit's monthly declaration",
  "roster.overlap": "{from}–{to} are already declared in row {row}: repeated months are not back-paid again; remove or correct one of the rows",
  "roster.wageZero": "The contribution wage is 0: the lower limit will be applied; check whether the wage is missing",
  "roster.wageBelowLower": "The wage {wage} is below the {from}–{to} pension lower limit {limit}: the lower limit will be applied",
  "roster.wageAboveUpper": "The wage {wage} is above the {from}–{to} pension upper limit {limit}: the upper limit will be applied",
  "roster.noPayableMonths": "No month can be back-paid: the row is not exported",

  "field.sex": "sex",
  "field.post": "post",
  "field.birthDate": "birth date",
  "field.hireDate": "hire date",
  "field.wageMonth": "wage month",
  "field.paidWage": "wage",
  "retire.sex.male": "male",
  "retire.sex.female": "female",
  "retire.group.male": "men",
  "retire.group.femaleCadre": "women in cadre, management or technical posts",
  "retire.group.femaleWorker": "women in worker posts",
  "retire.sexChoices": "男, 女 (or male, female)",
  "retire.postChoices": "干部, 管理, 技术, 工人, or the original age 55 or 50 (or cadre, worker)",
  "retire.sexConflict": "The sex “{sex}” differs from the sex in the social security number ({identitySex}): check the number, or omit the sex",
  "retire.sexMissing": "The statutory retirement month from the birth date {birth} needs the sex: enter male or female",
  "retire.noScheduleRow": "The parameters have no statutory retirement row for {group}: add a 退休年龄 row in the 参数 sheet",
  "retire.postAssumed":
    "The woman's post is not given, so her statutory retirement month {month} assumes a worker post (originally 50): enter the post if she is a cadre, manager or technician",
  "wageBase.beforeHire": "The fee month {month} is before the hire date {hireDate}: there is no contribution wage before hiring; check the hire date or the fee month",
  "wageBase.wageBeforeHire": "The wage month {month} is before the hire date {hireDate}: check the hire date, or remove the wages before it",
  "wageBase.noPeriod": "No contribution year covers the fee month {month}: add that year's limit rows in the 参数 sheet",
  "wageBase.noFirstMonthWage": "The payroll has no wage for the first full month {month}, which is the contribution wage of the first contribution year: add it",
  "wageBase.noYearWages":
    "The payroll has no full-month wages of {year}: the contribution wage of the fee month {month} is their monthly average; add that year's wages",
  "wageBase.rangeSize": "The wage range has {wages} cells and the wage-month range {months}: the two ranges need the same number of cells",
  "wageBase.monthMissing": "Wage number {position} ({wage}) has no month: enter its month in the same position of the wage-month range",
  "wageBase.duplicateMonth": "The wage month {month} appears more than once: add up that month's wages and enter them in one row",

  // Contribution rates and amounts (AMOUNT, DIFF, RATE, AVGWAGE, LIMIT).
  "field.party": "party",
  "field.unitSize": "unit size",
  "field.workInjuryRate": "work-injury rate",
  "field.correctWage": "correct contribution wage",
  "field.declaredBase": "declared contribution base",
  "party.employer": "employer",
  "party.individual": "individual",
  "unitSize.large": "large enterprise",
  "unitSize.smallMedium": "small, medium or micro enterprise",
  "rateComponent.basic": "basic contribution",
  "rateComponent.majorMedical": "major medical expense mutual aid",
  "param.noRateRow": "No {party} {insurance} rate covers fee month {month}: add a rate row for that period in the 参数 sheet",
  "amount.unitSizeMissing":
    "The {party} {insurance} share of fee month {month} has a relief that depends on the unit's size: enter the unit size (大型企业 or 中小微企业) in the 单位信息 sheet",
  "amount.workInjuryRateMissing":
    "Work-injury rates are set per unit by its industry class, so there is no common rate: enter the unit's work-injury rate in the 单位信息 sheet, e.g. 0.4%",
  "rate.invalid": "{field} “{value}” is invalid: write a rate as a percentage or a fraction, e.g. 0.4% or 0.004",
  "rate.tooLarge": "{field} “{value}” is above 10%: if you meant a percentage, add the % sign, e.g. 0.4%",
  "year.invalid": "{field} “{value}” is invalid: enter a four-digit year from 1900 to 2099, e.g. 2022",

  "field.paramCategory": "category",
  "field.paramId": "id",
  "field.paramTarget": "target",
  "field.paramValue": "value",
  "field.paramValue2": "value 2",
  "field.paramValue3": "value 3",
  "field.paramSource": "source",
  "field.paramConfidence": "confidence",
  "field.paramNote": "note",
  "field.unitName": "unit name",
  "field.creditCode": "unified social credit code",
  "field.creditStanding": "credit standing",
  "field.willingToPledge": "willing to pledge",
  "field.sameDistrict": "social insurance and tax in the same district",
  "sheet.badCell": "{cell}: {detail}",
  "paramSheet.noHeader":
    "{cell}: the sheet “{sheet}” has no header within its first 10 rows: the header needs columns such as 类别, 数值 and 来源; generate the template (bujiao params --template) and fill it in",
  "paramSheet.missingColumns": "{cell}: the header lacks these columns: {columns}. Add them and try again",
  "paramSheet.categoryMissing": "{cell}: the category is empty: enter one, e.g. 缴费基数上下限; delete unused rows or start them with # to make them comments",
  "paramSheet.categoryUnknown": "{cell}: the category “{value}” is unknown: use one of {choices}",
  "paramSheet.duplicate": "{cell}: the same parameter as row {row}: each parameter may have one row only, so this row is not used",
  "paramSheet.endBeforeStart": "{cell}: the end {end} is before the start {start}: correct it",
  "paramSheet.periodStartMismatch":
    "{cell}: the start month {month} differs from the first month {start} of contribution year {id}: change it to {start}, or change the year's months with a 缴费年度 row",
  "paramSheet.periodEndMismatch":
    "{cell}: the end month {month} differs from the last month {end} of contribution year {id}: change it to {end}, or change the year's months with a 缴费年度 row",
  "paramSheet.periodUnknownId": "{cell}: no contribution year has the id {id}: for a new contribution year enter both its start and end months",
  "paramSheet.periodNotStart":
    "{cell}: the start month {month} is not the first month of a contribution year: it belongs to year {id} ({start}–{end}); enter {start}",
  "paramSheet.periodEndMissing": "{cell}: the new contribution year starting {start} needs an end month: enter one, e.g. {example}",
  "paramSheet.periodIdTaken": "{cell}: the id {id} already names the contribution year starting {start}: give the new year another id",
  "paramSheet.upperBelowLower": "{cell}: the upper limit {upper} is below the lower limit {lower}: 数值 is the lower limit and 数值2 the upper",
  "paramSheet.notInteger": "The {field} “{value}” is not a whole number, e.g. {example}",
  "paramSheet.integerRange": "The {field} “{value}” is out of range: it must be from {min} to {max}",
  "paramSheet.notFraction": "The {field} “{value}” is not a fraction: write a percentage or a decimal, e.g. {example}",
  "paramSheet.fractionAboveOne": "The {field} “{value}” is above 1: write the percent sign or a decimal, e.g. {example}",
  "paramSheet.rateValue":
    "The {field} “{value}” is not a rate: write 16% or 0.16, a fixed monthly amount as 3元, or 单位费率 for the unit's own work-injury rate",
  "paramSheet.confidenceUnknown": "The confidence “{value}” is unknown: use V (verified), S (secondary) or U (uncertain); blank means U",
  "paramSheet.sourceMissing": "The source is empty: enter the name and number of the notice the figure comes from",
  "paramSheet.limitHukou":
    "The hukou type “{value}” does not apply to limits: leave it blank for everyone, or enter 农村 for the rural workers' lower limit",
  "paramSheet.comment.category":
    "Parameter category: 缴费年度, 缴费基数上下限, 社平工资, 放大系数口径, 放大系数适用期, 滞纳金规则, 险种起始月, 费率, 大额互助费率, 减免, 退休年龄. Rows starting with # are comments and are skipped",
  "paramSheet.comment.id":
    "Id: the name of a contribution year (e.g. 2027; blank takes the start month's year); a limits row may name its year by it; a relief row replaces the built-in relief with the same id",
  "paramSheet.comment.start":
    "Start month, e.g. 2027-07. Average wages and coefficient series take a year (e.g. 2025); the retirement schedule takes the first affected birth month (e.g. 1965-01)",
  "paramSheet.comment.end":
    "End month, e.g. 2028-06; blank means open-ended. Coefficient series take the last year; the coefficient scope takes the last month with the coefficient (e.g. 2011-06)",
  "paramSheet.comment.insurance": "Insurance: 养老, 失业, 工伤, 医疗, 生育. Blank on a limits row means the same limits for all five",
  "paramSheet.comment.target":
    "Target: 单位 or 个人 for rates and reliefs; 旧口径 or 全口径 for average wages and coefficient series; 男, 女干部 or 女工人 for the retirement schedule",
  "paramSheet.comment.hukou":
    "Hukou type: for a rate that applies to some hukou types only, separated by 、 (e.g. 本市农村、外埠农村); 农村 on a limits row means the rural workers' lower limit; blank means everyone",
  "paramSheet.comment.unitSize": "Unit size: for a relief that applies to some units only, 大型企业 or 中小微企业, separated by 、; blank means every unit",
  "paramSheet.comment.value":
    "Value: the lower limit (yuan per month); the annual average wage (yuan per year); a rate as 16% or 0.16, a fixed monthly amount as 3元, or 单位费率; a relief's multiplier (exempt 0, half 50%); for late fees, the month after the fee month whose 1st starts the arrears (2 for 2011-07 to 2020-09, 1 from 2020-10), or 不加收; the original retirement age in years",
  "paramSheet.comment.value2": "Value 2: the upper limit (yuan per month); the late fee's daily rate (e.g. 0.05%); birth months per month of delay",
  "paramSheet.comment.value3": "Value 3: the year of the average wage the limits derive from (optional); the maximum delay in months",
  "paramSheet.comment.source": "Source: the name and number of the notice the figure comes from; required",
  "paramSheet.comment.confidence": "Confidence: V (verified), S (secondary) or U (uncertain); blank means U",
  "paramSheet.comment.note": "Note: what is uncertain or how the figure was derived; shown in the parameter table",
  "paramSheet.template.instruction":
    "Rows starting with # are comments. Remove the # of an example row and change its figures to use it: a row for the same parameter as a built-in row replaces it, other rows are added",
  "unitSheet.labelUnknown": "{cell}: “{label}” is not a known item, so the row is not read: use one of {labels}",
  "unitSheet.duplicate": "{cell}: “{label}” is already given in row {row}: this row is not used",
  "unitSheet.creditCodeCheck":
    "{cell}: by the national standard the check character of the unified social credit code “{value}” should be {expected}: check it (a few early pilot codes do not follow the standard; ignore this if the code is right)",
  "unitSheet.creditCodeFormat":
    "The unified social credit code “{value}” is invalid: it has 18 digits or capital letters (without I, O, S, V, Z)",
  "unitSheet.yesNo": "The {field} “{value}” is unknown: enter 是 (yes) or 否 (no)",
  "unitSheet.creditStanding":
    "The credit standing “{value}” is unknown: enter 良好 (good), or 失信 (a false pledge or an unrepaired serious bad-credit record)",
};
