// Beijing's published figures for back-payment calculations, as built-in parameter rows.
//
// Compiled from official notices (often read through reposts or archived copies) and secondary tables; each row
// names its source and carries V (official text), S (secondary) or U (uncertain). Where two research rounds
// differ, the later correction is used. A workbook's 参数 sheet can replace any row.

import { yearMonth as ym } from "../calendar";
import { roundYuan, yuan } from "../money";
import { beijingRetirementSchedule } from "./retirement";
import type {
  AverageWageRow,
  BaseLimitRow,
  CoefficientScopeRow,
  CoefficientSeriesRow,
  Confidence,
  Insurance,
  InsuranceStartRow,
  LateFeeRegimeRow,
  LimitPeriodRow,
  ParameterTables,
} from "./types";
import { beijingRates, beijingReliefs } from "./rates";

const SOURCE = {
  historyTable: "北京市历年社会保险缴费基数及比例表（1992年10月—2009年3月，二手转录）",
  districtTable: "西城区政府公布的北京市基本养老保险历年缴费基数上下限（二手转录）",
  notice2008_237: "京劳社保发〔2008〕237号 第五条：2009缴费年度为2009年4月1日至2010年3月31日",
  notice2009_24: "京社保发〔2009〕24号《关于统一2009年度各项社会保险缴费工资基数和缴费金额的通知》",
  notice2019_67: "京人社养发〔2019〕67号《关于降低本市社会保险费率的通知》：自2019年7月起缴费年度为每年7月至次年6月",
  notice2020_7: "京人社养发〔2020〕7号：2020年7月起下限冻结为3613元",
  calculators: "带日期记录的北京社保计算器参数（二手）",
  notice2025: "北京市人社局 2025年9月18日公布的缴费基数上下限，追溯自2025年7月（经二手代码引用）",
  notice2026_7: "京人社发〔2026〕7号（2026年8月21日公布，自2026年7月1日起，经二手代码引用）",
  wageArchive: "北京市人社局《历年北京市职工年平均工资（已归档）》",
  wageTable2007_21: "京劳社养发〔2007〕21号 附表2（第三方转录）",
  fullWage: "北京市人社局《历年北京市全口径城镇单位就业人员平均工资》",
  lateFee2011: "北京市《关于对用人单位欠缴社会保险费加收滞纳金有关问题的通知》（2011年）：当月申报、次月收缴，自欠缴之日起至申报补缴成功的前一日止；2011年7月前的费款暂不加收滞纳金",
  collection2020: "市人社局、市税务局、市医保局《关于调整社会保险费征缴期的通知》（2020年9月17日，自2020年9月21日起执行）：上月21日至本月20日缴纳本月费款，未按时缴纳的自次月1日起加收",
  socialInsuranceLaw: "《中华人民共和国社会保险法》第八十六条：按日加收万分之五的滞纳金",
  coefficient2007_21: "京劳社养发〔2007〕21号 第六条（放大系数适用于补缴2011年7月前养老保险）",
  medicalRules: "《北京市基本医疗保险规定》（2001年4月1日起施行）第10、12条",
  unemploymentHistory: "北京市失业保险缴费表（1994年6月起，二手转录）",
  medicalDerived: "按《北京市基本医疗保险规定》第10条推算：下限为上年职工月平均工资的60%、上限为300%（月平均工资取养老上限÷3），四舍五入到元",
} as const;

// Limit periods. Calendar years 1993–2002 (the 2002 limits ran on to 2003-03), April–March years from 2003-04,
// July–June years from 2019-07. Parts of a year whose limits changed are periods of their own.
const periods: Array<[id: string, start: [number, number], confidence: Confidence, source: string, note?: string]> = [
  ["1992", [1992, 10], "S", SOURCE.historyTable, "首个缴费期间 1992年10月—12月"],
  ["1993", [1993, 1], "S", SOURCE.historyTable],
  ["1994", [1994, 1], "S", SOURCE.historyTable],
  ["1995", [1995, 1], "S", SOURCE.historyTable],
  ["1996-1", [1996, 1], "U", SOURCE.historyTable, "原表1996年两行顺序疑似颠倒，按推断取1996年1—3月一段"],
  ["1996-2", [1996, 4], "U", SOURCE.historyTable, "原表1996年两行顺序疑似颠倒，按推断取1996年4—12月一段"],
  ["1997", [1997, 1], "S", SOURCE.historyTable],
  ["1998-1", [1998, 1], "S", SOURCE.historyTable],
  ["1998-2", [1998, 7], "S", SOURCE.historyTable, "1998年7月起下限改为固定金额"],
  ["1999", [1999, 1], "S", SOURCE.historyTable],
  ["2000", [2000, 1], "S", SOURCE.historyTable],
  ["2001", [2001, 1], "S", SOURCE.historyTable],
  ["2002", [2002, 1], "S", SOURCE.historyTable],
  ["2002-2", [2003, 1], "S", SOURCE.historyTable, "2002年度上下限延续至2003年3月"],
  ["2003", [2003, 4], "S", SOURCE.historyTable, "自2003年4月起缴费年度为4月至次年3月"],
  ["2004", [2004, 4], "S", SOURCE.historyTable],
  ["2005", [2005, 4], "S", SOURCE.historyTable],
  ["2006", [2006, 4], "S", SOURCE.historyTable],
  ["2007", [2007, 4], "S", SOURCE.historyTable],
  ["2008", [2008, 4], "S", SOURCE.historyTable],
  ["2009", [2009, 4], "V", SOURCE.notice2008_237],
  ["2010", [2010, 4], "U", SOURCE.districtTable, "2010—2018年度的起止月份未找到来源：默认4月至次年3月"],
  ["2011", [2011, 4], "U", SOURCE.districtTable, "2010—2018年度的起止月份未找到来源：默认4月至次年3月"],
  ["2012", [2012, 4], "U", SOURCE.districtTable, "起止月份未找到来源：默认2012年4月至2013年6月"],
  ["2013", [2013, 7], "U", SOURCE.districtTable, "2013—2018年度的起止月份未找到来源：默认7月至次年6月"],
  ["2014", [2014, 7], "U", SOURCE.districtTable, "2013—2018年度的起止月份未找到来源：默认7月至次年6月"],
  ["2015", [2015, 7], "U", SOURCE.districtTable, "2013—2018年度的起止月份未找到来源：默认7月至次年6月"],
  ["2016", [2016, 7], "U", SOURCE.districtTable, "2013—2018年度的起止月份未找到来源：默认7月至次年6月"],
  ["2017", [2017, 7], "U", SOURCE.districtTable, "2013—2018年度的起止月份未找到来源：默认7月至次年6月"],
  ["2018", [2018, 7], "U", SOURCE.districtTable, "起始月份未找到来源：默认2018年7月；该年度上下限沿用至2019年6月"],
  ["2019", [2019, 7], "V", SOURCE.notice2019_67],
  ["2020", [2020, 7], "V", SOURCE.notice2019_67],
  ["2021", [2021, 7], "V", SOURCE.notice2019_67],
  ["2022", [2022, 7], "V", SOURCE.notice2019_67],
  ["2023", [2023, 7], "V", SOURCE.notice2019_67],
  ["2024", [2024, 7], "V", SOURCE.notice2019_67],
  ["2025", [2025, 7], "V", SOURCE.notice2019_67],
  ["2026", [2026, 7], "V", SOURCE.notice2019_67],
];

const LAST_PERIOD_END = ym(2027, 6);

const limitPeriods: LimitPeriodRow[] = periods.map(([id, [year, month], confidence, source, note], index) => ({
  id,
  start: ym(year, month),
  ...(index === periods.length - 1 ? { end: LAST_PERIOD_END } : {}),
  source,
  confidence,
  ...(note ? { note } : {}),
}));

// Pension limits per period: lower, upper, the wage year they derive from, confidence, source, note, and the
// rural workers' lower limit where one existed (2007–2009).
type PensionLimit = [
  period: string,
  lower: number,
  upper: number,
  wageYear: number,
  confidence: Confidence,
  source: string,
  note?: string,
  ruralLower?: number,
];

const pensionLimits: PensionLimit[] = [
  ["1992", 144, 480, 1991, "S", SOURCE.historyTable, "上限为1991年职工月平均工资的200%"],
  ["1993", 170, 567, 1992, "S", SOURCE.historyTable, "上限为1992年职工月平均工资的200%"],
  ["1994", 226, 1131, 1993, "S", SOURCE.historyTable],
  ["1995", 327, 1635, 1994, "S", SOURCE.historyTable],
  ["1996-1", 327, 1635, 1994, "U", SOURCE.historyTable, "原表两行顺序疑似颠倒：1996年1—3月取327/1635"],
  ["1996-2", 407, 2036, 1995, "U", SOURCE.historyTable, "原表两行顺序疑似颠倒：1996年4月起取407/2036"],
  ["1997", 407, 2036, 1995, "S", SOURCE.historyTable],
  ["1998-1", 479, 2395, 1996, "U", SOURCE.historyTable, "下限在养老表中为479、失业表中为497；479 = 60% × 798，取479"],
  ["1998-2", 290, 2395, 1996, "S", SOURCE.historyTable],
  ["1999", 310, 2755, 1997, "S", SOURCE.historyTable],
  ["2000", 400, 3071, 1998, "S", SOURCE.historyTable],
  ["2001", 412, 3444, 1999, "S", SOURCE.historyTable],
  ["2002", 435, 3932, 2000, "S", SOURCE.historyTable],
  ["2002-2", 435, 3932, 2000, "S", SOURCE.historyTable],
  ["2003", 465, 5182, 2002, "S", SOURCE.historyTable],
  ["2004", 465, 6011, 2003, "S", SOURCE.historyTable],
  ["2005", 545, 7087, 2004, "S", SOURCE.historyTable],
  ["2006", 580, 8202, 2005, "S", SOURCE.historyTable],
  ["2007", 1203, 9024, 2006, "S", SOURCE.historyTable, undefined, 640],
  ["2008", 1329, 9966, 2007, "S", SOURCE.historyTable, undefined, 730],
  ["2009", 1490, 11178, 2008, "S", SOURCE.notice2009_24, undefined, 800],
  ["2010", 1615, 12111, 2009, "S", SOURCE.districtTable],
  ["2011", 1680, 12603, 2010, "S", SOURCE.districtTable],
  ["2012", 1869, 14016, 2011, "S", SOURCE.districtTable],
  ["2013", 2089, 15669, 2012, "S", SOURCE.districtTable],
  ["2014", 2317, 17379, 2013, "S", SOURCE.districtTable],
  ["2015", 2585, 19389, 2014, "S", SOURCE.districtTable],
  ["2016", 2834, 21258, 2015, "S", SOURCE.districtTable],
  ["2017", 3082, 23118, 2016, "S", SOURCE.districtTable],
  ["2018", 3387, 25401, 2017, "S", SOURCE.districtTable],
  ["2019", 3613, 23565, 2018, "V", SOURCE.notice2019_67],
  ["2020", 3613, 26541, 2019, "S", SOURCE.notice2020_7],
  ["2021", 5360, 28221, 2020, "S", SOURCE.calculators],
  ["2022", 5869, 31884, 2021, "S", SOURCE.calculators],
  ["2023", 6326, 33891, 2022, "S", SOURCE.calculators],
  ["2024", 6821, 35283, 2023, "S", SOURCE.calculators],
  ["2025", 7162, 35811, 2024, "S", SOURCE.notice2025],
  ["2026", 7270, 36348, 2025, "S", SOURCE.notice2026_7],
];

/** The first limit period of unemployment insurance; earlier periods have no unemployment rows. */
const FIRST_UNEMPLOYMENT_PERIOD = "1994";
/** The first limit period with medical (and so maternity and work-injury) limits in these tables. */
const FIRST_MEDICAL_PERIOD = "2001";
/** From this period on the tables give medical, maternity and work-injury limits of their own. */
const FIRST_PERIOD_WITH_OWN_LIMITS = "2019";
/** Medical limits before 2019: 60 % and 300 % of the monthly average wage, i.e. 0.2 and 1 × the pension upper limit. */
const MEDICAL_LOWER_SHARE_OF_UPPER = "0.2";

function limitRow(
  period: string,
  insurance: Insurance,
  lower: number | string,
  upper: number | string,
  provenance: { source: string; confidence: Confidence; note?: string },
  wageYear?: number,
  ruralOnly = false,
): BaseLimitRow {
  return {
    period,
    insurance,
    ...(ruralOnly ? { ruralOnly } : {}),
    lower: String(lower),
    upper: String(upper),
    ...(wageYear !== undefined ? { wageYear } : {}),
    source: provenance.source,
    confidence: provenance.confidence,
    ...(provenance.note ? { note: provenance.note } : {}),
  };
}

function buildBaseLimits(): BaseLimitRow[] {
  const rows: BaseLimitRow[] = [];
  const periodIds = periods.map(([id]) => id);
  const index = (id: string) => periodIds.indexOf(id);

  for (const [period, lower, upper, wageYear, confidence, source, note, ruralLower] of pensionLimits) {
    const provenance = { source, confidence, note };
    const position = index(period);
    const insurances: Insurance[] = ["pension"];
    if (position >= index(FIRST_UNEMPLOYMENT_PERIOD)) insurances.push("unemployment");
    const sharesAll = position >= index("2021");
    if (sharesAll) insurances.push("workInjury", "medical", "maternity");

    for (const insurance of insurances) {
      const rowProvenance =
        insurance === "unemployment" && position < index("2019")
          ? { source: `${source}；${SOURCE.unemploymentHistory}`, confidence, note }
          : provenance;
      rows.push(limitRow(period, insurance, lower, upper, rowProvenance, wageYear));
      if (ruralLower !== undefined && (insurance === "pension" || insurance === "unemployment")) {
        rows.push(
          limitRow(period, insurance, ruralLower, upper, { source, confidence, note: "农民合同制工人（农村户口）的下限" }, wageYear, true),
        );
      }
    }

    // Medical, maternity and work-injury limits before 2019 derive from the medical rule.
    if (position >= index(FIRST_MEDICAL_PERIOD) && position < index(FIRST_PERIOD_WITH_OWN_LIMITS)) {
      const medicalLower = roundYuan(yuan(upper).times(MEDICAL_LOWER_SHARE_OF_UPPER)).toString();
      const derivedProvenance = {
        source: SOURCE.medicalDerived,
        confidence: "S" as const,
        note: `由养老上限 ${upper} 推算；医疗缴费周期在2012年前另有规定，月份按养老缴费年度计`,
      };
      const explicit = explicitOtherLimits.filter((row) => row.period === period);
      for (const insurance of ["medical", "maternity", "workInjury"] as const) {
        if (explicit.some((row) => row.insurance === insurance)) continue;
        rows.push(limitRow(period, insurance, medicalLower, upper, derivedProvenance, wageYear));
      }
    }
  }

  return [...rows, ...explicitOtherLimits];
}

// Medical, maternity and work-injury limits read in sources, where they differ from the pension limits.
const explicitOtherLimits: BaseLimitRow[] = [
  limitRow("2009", "medical", 2236, 11178, { source: SOURCE.notice2009_24, confidence: "S", note: "医疗缴费周期另行规定，月份按养老缴费年度计" }, 2008),
  limitRow("2018", "medical", 5080, 25401, { source: SOURCE.calculators, confidence: "S" }, 2017),
  limitRow("2018", "maternity", 5080, 25401, { source: SOURCE.calculators, confidence: "S" }, 2017),
  limitRow("2018", "workInjury", 5080, 25401, { source: SOURCE.calculators, confidence: "S" }, 2017),
  limitRow("2019", "workInjury", 4713, 23565, { source: SOURCE.calculators, confidence: "S" }, 2018),
  limitRow("2019", "medical", 5557, 27786, { source: SOURCE.calculators, confidence: "S" }),
  limitRow("2019", "maternity", 5557, 27786, { source: SOURCE.calculators, confidence: "S" }),
  limitRow("2020", "workInjury", 4713, 26541, { source: SOURCE.calculators, confidence: "S" }, 2019),
  limitRow("2020", "medical", 5360, 29732, { source: SOURCE.calculators, confidence: "U", note: "仅见于二手计算器" }),
  limitRow("2020", "maternity", 5360, 29732, {
    source: SOURCE.calculators,
    confidence: "U",
    note: "下限见于二手计算器，上限未找到，暂取医疗上限",
  }),
];

const oldSeries: Array<[year: number, annual: number, confidence: Confidence]> = [
  [1991, 2877, "S"],
  [1992, 3402, "S"],
  [1993, 4523, "S"],
  [1994, 6540, "S"],
  [1995, 8144, "V"],
  [1996, 9579, "V"],
  [1997, 11019, "V"],
  [1998, 12285, "V"],
  [1999, 13778, "V"],
  [2000, 15726, "V"],
  [2001, 18092, "V"],
  [2002, 20728, "V"],
  [2003, 24045, "V"],
  [2004, 28348, "V"],
  [2005, 32808, "V"],
  [2006, 36097, "V"],
  [2007, 39867, "V"],
  [2008, 44715, "V"],
  [2009, 48444, "V"],
  [2010, 50415, "V"],
  [2011, 56061, "V"],
  [2012, 62677, "V"],
  [2013, 69521, "V"],
  [2014, 77560, "V"],
  [2015, 85038, "V"],
  [2016, 92477, "V"],
  [2017, 101599, "V"],
];

const fullSeries: Array<[year: number, annual: number]> = [
  [2018, 94258],
  [2019, 106168],
  [2020, 112886],
  [2021, 127535],
  [2022, 135567],
  [2023, 141133],
  [2024, 143244],
  [2025, 145391],
];

const averageWages: AverageWageRow[] = [
  ...oldSeries.map(([year, annual, confidence]) => ({
    year,
    series: "old" as const,
    annual: String(annual),
    source: year < 1995 ? SOURCE.wageTable2007_21 : SOURCE.wageArchive,
    confidence,
  })),
  ...fullSeries.map(([year, annual]) => ({
    year,
    series: "full" as const,
    annual: String(annual),
    source: SOURCE.fullWage,
    confidence: "V" as const,
    note: "官方注明仅用于核定社保个人缴费基数上下限",
  })),
];

const coefficientSeries: CoefficientSeriesRow[] = [
  { fromYear: 1991, toYear: 2017, series: "old", source: SOURCE.coefficient2007_21, confidence: "S" },
  {
    fromYear: 2018,
    series: "full",
    source: SOURCE.coefficient2007_21,
    confidence: "U",
    note: "旧口径社平工资只公布到2017年；2018年起暂用全口径，未找到官方说明",
  },
];

const coefficientScope: CoefficientScopeRow[] = [
  { before: ym(2011, 7), source: `${SOURCE.coefficient2007_21}；${SOURCE.lateFee2011}`, confidence: "V" },
];

const lateFeeRegimes: LateFeeRegimeRow[] = [
  { from: ym(1992, 10), to: ym(2011, 6), startOffsetMonths: null, dailyRate: "0", source: SOURCE.lateFee2011, confidence: "V" },
  {
    from: ym(2011, 7),
    to: ym(2020, 9),
    startOffsetMonths: 2,
    dailyRate: "0.0005",
    source: `${SOURCE.lateFee2011}；${SOURCE.socialInsuranceLaw}`,
    confidence: "V",
  },
  {
    from: ym(2020, 10),
    to: ym(2023, 11),
    startOffsetMonths: 1,
    dailyRate: "0.0005",
    source: `${SOURCE.collection2020}；${SOURCE.socialInsuranceLaw}`,
    confidence: "V",
    note: "通知未写过渡规定：按推断，2020年10月是第一个完全适用新征缴期的费款所属期",
  },
  {
    from: ym(2023, 12),
    startOffsetMonths: 1,
    dailyRate: "0.0005",
    source: `${SOURCE.collection2020}；${SOURCE.socialInsuranceLaw}`,
    confidence: "U",
    note: "2023年12月起由税务部门征收，滞纳金起算规则未公布，暂沿用次月1日起算",
  },
];

const insuranceStarts: InsuranceStartRow[] = [
  { insurance: "pension", start: ym(1992, 10), source: SOURCE.historyTable, confidence: "S" },
  { insurance: "unemployment", start: ym(1994, 6), source: SOURCE.unemploymentHistory, confidence: "S" },
  { insurance: "medical", start: ym(2001, 4), source: SOURCE.medicalRules, confidence: "S" },
];

/** The built-in Beijing tables. */
export const beijingTables: ParameterTables = {
  retirementSchedule: beijingRetirementSchedule,
  limitPeriods,
  baseLimits: buildBaseLimits(),
  averageWages,
  coefficientSeries,
  coefficientScope,
  lateFeeRegimes,
  insuranceStarts,
  rates: beijingRates,
  reliefs: beijingReliefs,
};
