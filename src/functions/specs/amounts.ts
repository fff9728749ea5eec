// AMOUNT, DIFF, RATE, AVGWAGE and LIMIT: contribution amounts, base differences and the figures behind them.
// AMOUNT and DIFF take the unit's size and work-injury rate from the context (the 单位信息 sheet), never from a
// default, and report #N/A asking for them when a fee month needs them.

import type { Day } from "../../core/calendar";
import { baseDifference, contributionRate, monthlyAmount } from "../../core/amount";
import { toCellNumber } from "../../core/money";
import { isBlank, parseAmount, parseDay, parseFeeMonth, type CellValue } from "../../core/parse";
import { notAvailableError } from "../../core/errors";
import { ref } from "../../i18n";
import { parseHukouType, parseInsurance, parseLimitKind, parseParty, parseWageSeries, parseYear } from "../../core/words";
import type { ArgumentSpec, FunctionContext, FunctionSpec } from "../registry";

const feeMonthArg: ArgumentSpec = {
  id: "feeMonth",
  zhName: "费款所属期",
  zhDescription: "费款所属期，例如 2023-08、202308、2023年8月或日期",
  enDescription: "Fee month, e.g. 2023-08, 202308, 2023年8月 or a date",
  optional: false,
};

const insuranceArg: ArgumentSpec = {
  id: "insurance",
  zhName: "险种",
  zhDescription: "养老、失业、工伤、医疗或生育",
  enDescription: "Insurance: pension, unemployment, workInjury, medical or maternity",
  optional: false,
};

const partyArg: ArgumentSpec = {
  id: "party",
  zhName: "缴费方",
  zhDescription: "单位或个人",
  enDescription: "Party: 单位/employer or 个人/individual",
  optional: false,
};

const handlingDateArg: ArgumentSpec = {
  id: "handlingDate",
  zhName: "办理日期",
  zhDescription: "办理补缴的日期，只影响2011年7月前养老保险的放大系数；省略时取「单位信息」中的办理日期，没有则为今天（北京时间）",
  enDescription:
    "Handling date; it only changes the amplification coefficient of pension before 2011-07. Omitted: the 单位信息 handling date, else today in Beijing",
  optional: true,
};

const hukouTypeArg: ArgumentSpec = {
  id: "hukouType",
  zhName: "户口性质",
  zhDescription: "本市城镇、外埠城镇、本市农村或外埠农村；省略为本市城镇",
  enDescription: "Hukou type; default 本市城镇 (Beijing urban)",
  optional: true,
};

/** Resolves the handling day: the argument, else the unit's handling date, else today in Beijing. */
function handlingDayOf(value: CellValue, context: FunctionContext): Day {
  if (!isBlank(value)) return parseDay(value, "field.handlingDate");
  return context.unit?.handlingDate ?? context.today();
}

/** AMOUNT, DIFF, RATE, AVGWAGE and LIMIT. */
export const amountSpecs: FunctionSpec[] = [
  {
    id: "AMOUNT",
    zhName: "应缴金额",
    zhDescription:
      "一个费款所属期某险种单位或个人的应缴金额（元）：缴费基数 × 费率，含阶段性减免、医疗个人每月3元；2011年7月前的养老保险按放大系数计算",
    enDescription:
      "Amount one party owes for a fee month and insurance (yuan): base × rate with reliefs and the medical 3 yuan; pension before 2011-07 uses the amplification coefficient",
    args: [
      { id: "wage", zhName: "缴费工资", zhDescription: "申报的月缴费工资（元）", enDescription: "Contribution wage (yuan per month)", optional: false },
      feeMonthArg,
      insuranceArg,
      partyArg,
      handlingDateArg,
      hukouTypeArg,
    ],
    evaluate([wage, feeMonth, insurance, party, handlingDate, hukouType], context) {
      const result = monthlyAmount(
        context.params,
        context.unit,
        parseAmount(wage, "field.wage"),
        parseFeeMonth(feeMonth),
        parseInsurance(insurance, true),
        parseParty(party),
        handlingDayOf(handlingDate, context),
        parseHukouType(hukouType),
      );
      return toCellNumber(result.amount);
    },
  },
  {
    id: "DIFF",
    zhName: "基数差额",
    zhDescription: "补缴基数差：按应申报工资计算的应缴金额 − 按已申报基数计算的应缴金额（元）；负数为应退金额",
    enDescription:
      "Base difference: the amount at the correct wage less the amount at the declared base (yuan); negative is a refund",
    args: [
      {
        id: "correctWage",
        zhName: "应申报工资",
        zhDescription: "应当申报的月缴费工资（元）",
        enDescription: "Correct contribution wage (yuan per month)",
        optional: false,
      },
      {
        id: "declaredBase",
        zhName: "已申报基数",
        zhDescription: "该月已经申报的缴费基数（元）",
        enDescription: "Contribution base already declared for the month (yuan)",
        optional: false,
      },
      feeMonthArg,
      insuranceArg,
      partyArg,
      handlingDateArg,
      hukouTypeArg,
    ],
    evaluate([correctWage, declaredBase, feeMonth, insurance, party, handlingDate, hukouType], context) {
      const result = baseDifference(
        context.params,
        context.unit,
        parseAmount(correctWage, "field.correctWage"),
        parseAmount(declaredBase, "field.declaredBase"),
        parseFeeMonth(feeMonth),
        parseInsurance(insurance, true),
        parseParty(party),
        handlingDayOf(handlingDate, context),
        parseHukouType(hukouType),
      );
      return toCellNumber(result.difference);
    },
  },
  {
    id: "RATE",
    zhName: "缴费比例",
    zhDescription: "费款所属期的法定缴费比例（小数，16% 返回 0.16），不含阶段性减免和医疗个人每月3元；工伤取「单位信息」中的费率",
    enDescription:
      "Statutory contribution rate of the fee month as a fraction (0.16), without reliefs or the medical 3 yuan; work injury uses the unit's rate",
    args: [feeMonthArg, insuranceArg, partyArg, hukouTypeArg],
    evaluate([feeMonth, insurance, party, hukouType], context) {
      const month = parseFeeMonth(feeMonth);
      const insuranceId = parseInsurance(insurance, true);
      const start = context.params.insuranceStart(insuranceId);
      if (start !== undefined && month < start) return 0;
      const rate = contributionRate(context.params, context.unit, month, insuranceId, parseParty(party), parseHukouType(hukouType));
      return rate.fraction.toNumber();
    },
  },
  {
    id: "AVGWAGE",
    zhName: "社平工资",
    zhDescription: "北京市某年的职工年平均工资（元/年）；省略口径时2017年及以前为旧口径、2018年起为全口径",
    enDescription: "Beijing's annual average wage of a year (yuan per year); default series: old up to 2017, full from 2018",
    args: [
      { id: "year", zhName: "年度", zhDescription: "年份，例如 2022", enDescription: "Year, e.g. 2022", optional: false },
      {
        id: "series",
        zhName: "口径",
        zhDescription: "旧口径（本市职工平均工资）或全口径；省略时按放大系数使用的口径",
        enDescription: "Series: 旧口径/old or 全口径/full; default the series the amplification coefficient uses",
        optional: true,
      },
    ],
    evaluate([year, series], { params }) {
      const calendarYear = parseYear(year);
      const seriesId = parseWageSeries(series) ?? params.coefficientSeries(calendarYear)?.series ?? "old";
      const row = params.averageWageRow(calendarYear, seriesId);
      if (!row) throw notAvailableError("param.noAverageWage", { year: calendarYear, series: ref(`series.${seriesId}`) });
      return Number(row.annual);
    },
  },
  {
    id: "LIMIT",
    zhName: "基数上下限",
    zhDescription: "费款所属期所在缴费年度的缴费基数下限或上限（元/月）",
    enDescription: "Lower or upper contribution-base limit of the fee month's contribution year (yuan per month)",
    args: [
      feeMonthArg,
      {
        id: "kind",
        zhName: "上下限",
        zhDescription: "下限或上限（lower 或 upper）",
        enDescription: "下限/lower or 上限/upper",
        optional: false,
      },
      { ...insuranceArg, optional: true, zhDescription: "养老、失业、工伤、医疗或生育；省略为养老", enDescription: "Insurance; default pension" },
    ],
    evaluate([feeMonth, kind, insurance], { params }) {
      const limits = params.limits(parseFeeMonth(feeMonth), parseInsurance(insurance));
      return toCellNumber(parseLimitKind(kind) === "lower" ? limits.lower : limits.upper);
    },
  },
];
