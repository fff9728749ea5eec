// Writes docs/zh-CN/parameters.md and docs/en/parameters.md from the built-in parameter tables: every row with
// its months, values, source and confidence, in the columns of the 参数 sheet, so a row can be copied into a
// workbook and changed. Rows marked U are flagged. A test compares the committed pages with a fresh rendering.
// Run with `npx tsx scripts/gen-param-docs.ts`.

import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  CATEGORY_NAMES,
  PARAMETER_COLUMNS,
  builtInSheetTables,
  renderParameterRows,
  type Category,
  type Column,
  type RenderedRow,
} from "../src/core/params/sheet";
import { formatYearMonth } from "../src/core/calendar";
import { beijingParameters } from "../src/core/params/parameterSet";
import type { CellValue } from "../src/core/parse";

export type DocsLocale = "zh-CN" | "en";

const DOCS_DIR = resolve(__dirname, "..", "docs");

const UNCERTAIN_MARK = "**⚠ U**";

const INTRO: Record<DocsLocale, (total: number, uncertain: number) => string> = {
  "zh-CN": (total, uncertain) =>
    [
      "# 内置参数表",
      "",
      "<!-- 本页由 scripts/gen-param-docs.ts 根据内置参数生成，请勿手工修改：运行 npx tsx scripts/gen-param-docs.ts 重新生成。 -->",
      "",
      "计算所用的每一个数值（缴费基数上下限、社平工资、费率、减免、滞纳金规则、法定退休年龄等）都是下面的一行，",
      "注明适用月份、来源和可信度。各表的列与「参数」工作表相同：把一行抄到工作簿的「参数」工作表并修改数值，",
      "即可替换或补充内置参数，见[参数工作表](parameter-sheet.md)。",
      "",
      "可信度：V 为已核实（官方文本，含转载）；S 为二手来源；U 为不确定（推断或未找到来源）。",
      `标为 ${UNCERTAIN_MARK} 的行请在使用前核对，必要时在「参数」工作表中替换。`,
      "",
      `共 ${total} 行，其中 ${uncertain} 行标为 U。`,
    ].join("\n"),
  en: (total, uncertain) =>
    [
      "# Built-in parameter tables",
      "",
      "<!-- Generated from the built-in parameters by scripts/gen-param-docs.ts; do not edit by hand: run npx tsx scripts/gen-param-docs.ts. -->",
      "",
      "Every figure the calculations use (base limits, average wages, rates, reliefs, late-fee rules, statutory",
      "retirement ages and more) is one row below, with the months it applies to, its source and its confidence.",
      "The columns are those of the 参数 sheet: copy a row into a workbook's 参数 sheet and change its figures to",
      "replace or extend the built-in parameters; see [the parameter sheet](parameter-sheet.md). Cell values stay in",
      "Chinese, as the sheet reads them.",
      "",
      "Confidence: V verified (official text, also through a repost); S secondary source; U uncertain (inferred, or",
      `no source found). Check rows marked ${UNCERTAIN_MARK} before relying on them, and replace them in the 参数`,
      "sheet where needed.",
      "",
      `${total} rows, ${uncertain} of them marked U.`,
    ].join("\n"),
};

const CATEGORY_TITLES_EN: Record<Category, string> = {
  contributionYear: "Contribution years (limit periods)",
  limits: "Contribution base limits",
  averageWage: "Average wages",
  coefficientSeries: "Average-wage series of the amplification coefficient",
  coefficientScope: "Scope of the amplification coefficient",
  lateFee: "Late-fee rules",
  insuranceStart: "First month of each insurance",
  rate: "Contribution rates",
  majorMedicalRate: "Major medical mutual aid (大额互助) rates",
  relief: "Reliefs and rate cuts",
  retirement: "Statutory retirement ages",
};

/** Descriptions of each category's columns, shown under its heading. */
const CATEGORY_COLUMNS: Record<DocsLocale, Record<Category, string>> = {
  "zh-CN": {
    contributionYear: "一个缴费年度（上下限适用的期间）；终止年月留空时到下一个缴费年度开始前为止，本页列出推算出的终止年月。",
    limits: "数值为下限、数值2为上限（元/月），数值3为核定依据的社平工资年度；户口性质“农村”为农民合同制工人的下限。",
    averageWage: "开始年月一列为年度，对象为口径，数值为年平均工资（元/年）。",
    coefficientSeries: "开始年月、终止年月两列为年度，对象为放大系数所用社平工资的口径。",
    coefficientScope: "终止年月为最后一个按放大系数补缴养老保险的费款所属期。",
    lateFee: "数值：欠费自费款所属期后第几个月的1日起算滞纳金（“不加收”表示不收滞纳金）；数值2为日费率。",
    insuranceStart: "险种开始缴费的第一个费款所属期，此前的月份该险种应缴为 0。",
    rate: "对象为缴费方；数值为费率（小数，0.16 即 16%），“元”结尾为每人每月固定金额，“单位费率”表示按「单位信息」中本单位的工伤费率。",
    majorMedicalRate: "大额医疗费用互助：单位按费率，个人按每月固定金额。",
    relief: "数值为费率乘数：0 为免征，0.5 为减半，0.8 为下调 20%；同一月份的多项减免相乘。",
    retirement: "开始年月为首个延迟退休的出生年月；数值为原法定退休年龄（周岁），数值2为每几个出生月延迟 1 个月，数值3为最多延迟的月数。",
  },
  en: {
    contributionYear: "One contribution year (the months one set of limits applies to); a blank end runs to the month before the next year starts, and this page shows that end.",
    limits: "Value is the lower and Value 2 the upper limit (yuan per month); Value 3 is the year of the average wage they derive from; hukou type 农村 marks the rural workers' lower limit.",
    averageWage: "Start holds the year, Target the series, Value the annual average wage (yuan per year).",
    coefficientSeries: "Start and End hold years; Target is the series of average wage the amplification coefficient uses.",
    coefficientScope: "End is the last fee month whose pension is back-paid with the amplification coefficient.",
    lateFee: "Value: the month after the fee month on whose 1st late fees start (不加收: no late fee); Value 2 is the daily rate.",
    insuranceStart: "The first fee month of each insurance; earlier months owe nothing for it.",
    rate: "Target is the party; Value is the rate as a fraction (0.16 is 16 %), a value ending in 元 is a fixed amount per person and month, and 单位费率 means the unit's own work-injury rate from 单位信息.",
    majorMedicalRate: "Major medical mutual aid: the employer pays a rate, the individual a fixed monthly amount.",
    relief: "Value multiplies the rate: 0 exempts, 0.5 halves, 0.8 cuts by 20 %; reliefs covering the same month multiply.",
    retirement: "Start is the first birth month whose retirement is delayed; Value is the original statutory age in years, Value 2 the birth months per month of delay, Value 3 the maximum delay in months.",
  },
};

const COLUMN_HEADERS_EN: Record<Column, string> = {
  category: "Category",
  id: "Id",
  start: "Start",
  end: "End",
  insurance: "Insurance",
  target: "Target",
  hukou: "Hukou type",
  unitSize: "Unit size",
  value: "Value",
  value2: "Value 2",
  value3: "Value 3",
  source: "Source",
  confidence: "Confidence",
  note: "Note",
};

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Fills in a contribution year's end month, which the sheet leaves blank when the next year's start implies it. */
function withResolvedEnd(row: RenderedRow): RenderedRow {
  if (row.category !== "contributionYear") return row;
  const period = beijingParameters.allPeriods().find((candidate) => candidate.id === row.cells.id);
  return period ? { ...row, cells: { ...row.cells, end: formatYearMonth(period.end) } } : row;
}

function renderSection(category: Category, rows: RenderedRow[], locale: DocsLocale): string {
  const columns = PARAMETER_COLUMNS.filter(
    ({ column }) => column !== "category" && rows.some((row) => cellText(row.cells[column] ?? null) !== ""),
  );
  const title = locale === "zh-CN" ? CATEGORY_NAMES[category] : `${CATEGORY_TITLES_EN[category]} (${CATEGORY_NAMES[category]})`;
  const headers = columns.map(({ column, header }) => (locale === "zh-CN" ? header : COLUMN_HEADERS_EN[column]));

  const lines = [`## ${title}`, "", CATEGORY_COLUMNS[locale][category], "", `| ${headers.join(" | ")} |`, `|${headers.map(() => "---").join("|")}|`];
  for (const row of rows) {
    const cells = columns.map(({ column }) =>
      column === "confidence" && row.confidence === "U" ? UNCERTAIN_MARK : cellText(row.cells[column] ?? null),
    );
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

/** Renders the parameter page of a locale from the built-in tables. */
export function renderParameterDocs(locale: DocsLocale): string {
  const rendered = renderParameterRows(builtInSheetTables()).map(withResolvedEnd);
  const uncertain = rendered.filter((row) => row.confidence === "U").length;
  const categories = Object.keys(CATEGORY_NAMES) as Category[];
  const sections = categories
    .map((category) => ({ category, rows: rendered.filter((row) => row.category === category) }))
    .filter((section) => section.rows.length > 0)
    .map((section) => renderSection(section.category, section.rows, locale));
  return [INTRO[locale](rendered.length, uncertain), ...sections].join("\n\n") + "\n";
}

export function parameterDocsPath(locale: DocsLocale): string {
  return resolve(DOCS_DIR, locale, "parameters.md");
}

if (require.main === module) {
  for (const locale of ["zh-CN", "en"] as const) {
    writeFileSync(parameterDocsPath(locale), renderParameterDocs(locale), "utf8");
    console.log(`wrote ${parameterDocsPath(locale)}`);
  }
}
