// Beijing's contribution rates and rate reliefs by fee month, as built-in parameter rows.
//
// Each row names its notice or secondary source and carries V (official text, also through a repost), S
// (secondary) or U (uncertain). A U row keeps the best-supported value, and its note states what is uncertain.
// Work injury has no statutory rate here: each unit pays the rate of its industry class, a fact of 单位信息.
// The insurance-start rows mark the months before an insurance existed at all (pension 1992-10, unemployment
// 1994-06, medical 2001-04). The rows below cover every later month of every insurance and party.

import { yearMonth as ym, type YearMonth } from "../calendar";
import type { Confidence, HukouType, Insurance, Party, RateComponent, RateKind, RateRow, ReliefRow, UnitSize } from "./types";

const SOURCE = {
  historyTable: "北京市历年社会保险缴费基数及比例表（1992年10月—2009年3月，二手转录）",
  pensionRegulation: "《北京市基本养老保险规定》（市政府令第183号）；北京市历年社会保险缴费基数及比例表（二手转录）",
  notice2016_98:
    "京人社保发〔2016〕98号《关于阶段性降低本市社会保险费率的通知》：自2016年5月起企业养老保险单位缴费比例由20%降至19%、失业保险单位缴费比例由1%降至0.8%，期限暂按两年（二手报道）",
  notice2019_67: "京人社养发〔2019〕67号《关于降低本市社会保险费率的通知》：自2019年5月1日起养老保险单位缴费比例由20%降至16%",
  unemploymentTable: "北京市失业保险缴费表（1994年6月起，二手转录）：单位1%，个人每人每月2元",
  unemploymentRegulation:
    "《北京市失业保险规定》第七条（自1999年11月1日起）：单位1.5%，个人0.5%，农民合同制工人个人不缴纳",
  notice2008_237: "京劳社保发〔2008〕237号：自2009年1月1日起失业保险单位缴费比例为1%、个人为0.2%（文本转录）",
  unemployment2021:
    "市人社局、市财政局、市税务局《关于统一城乡劳动者失业保险政策的通知》（2021年4月19日）：自2021年5月1日起单位0.5%、个人0.5%，农民合同制工人与城镇职工同等缴纳",
  medicalRules:
    "《北京市基本医疗保险规定》（自2001年4月1日起施行）第10、12、38条：基本医疗单位9%、个人2%；大额医疗费用互助单位1%、个人每月3元",
  maternityRules: "《北京市企业职工生育保险规定》（2005年市政府令第154号，自2005年7月1日起，二手引用）：单位0.8%，个人不缴纳",
  maternity2012: "京人社医发〔2011〕334号：自2012年1月1日起外埠户口职工纳入本市生育保险",
  maternityMerger: "国办发〔2019〕10号：生育保险并入职工基本医疗保险后单位费率为两项之和，个人不缴纳生育保险费（北京的合并通知未找到）",
  workInjuryRules:
    "《北京市实施〈工伤保险条例〉办法》（市政府令第140号，自2004年1月1日起，二手引用）：工伤保险费由用人单位按行业费率缴纳，职工个人不缴纳",
  workInjuryCut2020: "市人社局、市财政局、市税务局：2020年5月1日至2021年4月30日本市工伤保险一至八类费率下调20%（二手转述）",
  relief2020:
    "京人社养发〔2020〕7号；新华社2020年3月8日：中小微企业2020年2月至12月免征单位养老、失业、工伤保险费，大型企业、民办非企业单位、社会团体2020年2月至6月减半征收",
} as const;

const NOTE = {
  pensionEmployerEarly: "原表按所有制列出多种单位比例（1992年10月起18%、14.5%、27%、16%，1994年1月起19%、19%、27%、17%），取第一列；本单位所有制不同时请在「参数」中修改",
  pensionIndividualEarly: "原表该列与个人账户记账比例相同，是否为个人缴费比例不确定",
  pension19: "阶段性降低费率，仅适用于企业；机关事业单位仍为20%",
  pension19Extended: "19%的期限原定两年（至2018年4月），延续至2019年4月未经确认；如当时恢复为20%，请在「参数」中修改",
  ruralUnemployment: "农民合同制工人（农村户口）个人不缴纳失业保险费",
  maternityBefore2005: "北京企业职工生育保险自2005年7月起缴费（起始月份仅见二手引用），此前月份不缴",
  maternityNonlocal: "外埠户口职工2012年1月前未纳入本市生育保险，不缴",
  merger: "生育保险并入医疗保险的日期未找到，暂取2020年1月；合并后单位合计10.8%不变，只是计入医疗保险",
  maternityMerged: "生育保险并入医疗保险（日期暂取2020年1月），单位0.8%改在医疗保险中缴纳",
  workInjuryBefore2004: "北京工伤保险自2004年1月起按行业费率缴纳（二手引用）；此前月份暂按不缴计，未核实",
  workInjuryUnitRate: "按本单位的行业工伤费率（在「单位信息」中填写），2020年5月至2021年4月另按降费率计算",
} as const;

const RURAL: HukouType[] = ["localRural", "nonlocalRural"];
const NONLOCAL: HukouType[] = ["nonlocalUrban", "nonlocalRural"];

interface RateSpec {
  insurance: Insurance;
  party: Party;
  component?: RateComponent;
  from: [number, number];
  to?: [number, number];
  hukouTypes?: HukouType[];
  kind?: RateKind;
  value: string;
  confidence: Confidence;
  source: string;
  note?: string;
}

function month([year, monthOfYear]: [number, number]): YearMonth {
  return ym(year, monthOfYear);
}

function rateRow(spec: RateSpec): RateRow {
  return {
    insurance: spec.insurance,
    party: spec.party,
    component: spec.component ?? "basic",
    from: month(spec.from),
    ...(spec.to ? { to: month(spec.to) } : {}),
    ...(spec.hukouTypes ? { hukouTypes: spec.hukouTypes } : {}),
    kind: spec.kind ?? "fraction",
    value: spec.value,
    source: spec.source,
    confidence: spec.confidence,
    ...(spec.note ? { note: spec.note } : {}),
  };
}

// Pension: employer 18 % → 19 % → 20 % → 19 % (enterprises) → 16 %; individual 2 % → 5 % … 8 %.
const pension: RateSpec[] = [
  { insurance: "pension", party: "employer", from: [1992, 10], to: [1993, 12], value: "0.18", confidence: "U", source: SOURCE.historyTable, note: NOTE.pensionEmployerEarly },
  { insurance: "pension", party: "employer", from: [1994, 1], to: [1998, 6], value: "0.19", confidence: "U", source: SOURCE.historyTable, note: NOTE.pensionEmployerEarly },
  { insurance: "pension", party: "employer", from: [1998, 7], to: [2002, 12], value: "0.19", confidence: "S", source: SOURCE.historyTable },
  { insurance: "pension", party: "employer", from: [2003, 1], to: [2016, 4], value: "0.2", confidence: "S", source: SOURCE.pensionRegulation },
  { insurance: "pension", party: "employer", from: [2016, 5], to: [2018, 4], value: "0.19", confidence: "S", source: SOURCE.notice2016_98, note: NOTE.pension19 },
  { insurance: "pension", party: "employer", from: [2018, 5], to: [2019, 4], value: "0.19", confidence: "U", source: SOURCE.notice2016_98, note: NOTE.pension19Extended },
  { insurance: "pension", party: "employer", from: [2019, 5], value: "0.16", confidence: "V", source: SOURCE.notice2019_67 },

  { insurance: "pension", party: "individual", from: [1992, 10], to: [1993, 12], value: "0.02", confidence: "U", source: SOURCE.historyTable, note: NOTE.pensionIndividualEarly },
  { insurance: "pension", party: "individual", from: [1994, 1], to: [1998, 6], value: "0.05", confidence: "U", source: SOURCE.historyTable, note: NOTE.pensionIndividualEarly },
  { insurance: "pension", party: "individual", from: [1998, 7], to: [1998, 12], value: "0.05", confidence: "S", source: SOURCE.historyTable },
  { insurance: "pension", party: "individual", from: [1999, 1], to: [2000, 12], value: "0.06", confidence: "S", source: SOURCE.historyTable },
  { insurance: "pension", party: "individual", from: [2001, 1], to: [2002, 12], value: "0.07", confidence: "S", source: SOURCE.historyTable },
  { insurance: "pension", party: "individual", from: [2003, 1], value: "0.08", confidence: "S", source: SOURCE.historyTable },
];

// Unemployment: rural-hukou workers (农民合同制工人) paid no individual share until 2021-04.
const unemployment: RateSpec[] = [
  { insurance: "unemployment", party: "employer", from: [1994, 6], to: [1999, 10], value: "0.01", confidence: "S", source: SOURCE.unemploymentTable },
  { insurance: "unemployment", party: "employer", from: [1999, 11], to: [2008, 12], value: "0.015", confidence: "V", source: SOURCE.unemploymentRegulation },
  { insurance: "unemployment", party: "employer", from: [2009, 1], to: [2016, 4], value: "0.01", confidence: "S", source: SOURCE.notice2008_237 },
  { insurance: "unemployment", party: "employer", from: [2016, 5], to: [2021, 4], value: "0.008", confidence: "S", source: SOURCE.notice2016_98 },
  { insurance: "unemployment", party: "employer", from: [2021, 5], value: "0.005", confidence: "V", source: SOURCE.unemployment2021 },

  { insurance: "unemployment", party: "individual", from: [1994, 6], to: [1999, 10], kind: "yuanPerMonth", value: "2", confidence: "S", source: SOURCE.unemploymentTable },
  { insurance: "unemployment", party: "individual", from: [1999, 11], to: [2008, 12], value: "0.005", confidence: "V", source: SOURCE.unemploymentRegulation },
  { insurance: "unemployment", party: "individual", from: [1999, 11], to: [2008, 12], hukouTypes: RURAL, value: "0", confidence: "V", source: SOURCE.unemploymentRegulation, note: NOTE.ruralUnemployment },
  { insurance: "unemployment", party: "individual", from: [2009, 1], to: [2016, 4], value: "0.002", confidence: "S", source: SOURCE.notice2008_237 },
  { insurance: "unemployment", party: "individual", from: [2009, 1], to: [2016, 4], hukouTypes: RURAL, value: "0", confidence: "S", source: SOURCE.notice2008_237, note: NOTE.ruralUnemployment },
  { insurance: "unemployment", party: "individual", from: [2016, 5], to: [2021, 4], value: "0.002", confidence: "S", source: SOURCE.notice2016_98 },
  { insurance: "unemployment", party: "individual", from: [2016, 5], to: [2021, 4], hukouTypes: RURAL, value: "0", confidence: "S", source: SOURCE.notice2016_98, note: NOTE.ruralUnemployment },
  { insurance: "unemployment", party: "individual", from: [2021, 5], value: "0.005", confidence: "V", source: SOURCE.unemployment2021 },
];

// NOTE: rural-hukou workers (农民工) had a medical scheme of their own: employer 2 %, 1 % from 2009-01 (a
// secondary copy of 京劳社保发〔2008〕237号). Its periods and individual share were not found, so these rows
// charge every hukou type the urban medical rates.
// Medical from 2001-04 and maternity from 2005-07. After the merger (default 2020-01) the employer's 0.8 %
// maternity share is paid in the medical line, so the employer's total stays 10.8 %.
const medicalAndMaternity: RateSpec[] = [
  { insurance: "medical", party: "employer", from: [2001, 4], to: [2019, 12], value: "0.09", confidence: "S", source: SOURCE.medicalRules },
  { insurance: "medical", party: "employer", from: [2020, 1], value: "0.098", confidence: "U", source: `${SOURCE.medicalRules}；${SOURCE.maternityMerger}`, note: NOTE.merger },
  { insurance: "medical", party: "employer", component: "majorMedical", from: [2001, 4], value: "0.01", confidence: "S", source: SOURCE.medicalRules },
  { insurance: "medical", party: "individual", from: [2001, 4], value: "0.02", confidence: "S", source: SOURCE.medicalRules },
  { insurance: "medical", party: "individual", component: "majorMedical", from: [2001, 4], kind: "yuanPerMonth", value: "3", confidence: "S", source: SOURCE.medicalRules },

  { insurance: "maternity", party: "employer", from: [1992, 10], to: [2005, 6], value: "0", confidence: "U", source: SOURCE.maternityRules, note: NOTE.maternityBefore2005 },
  { insurance: "maternity", party: "employer", from: [2005, 7], to: [2019, 12], value: "0.008", confidence: "S", source: SOURCE.maternityRules },
  { insurance: "maternity", party: "employer", from: [2005, 7], to: [2011, 12], hukouTypes: NONLOCAL, value: "0", confidence: "V", source: SOURCE.maternity2012, note: NOTE.maternityNonlocal },
  { insurance: "maternity", party: "employer", from: [2020, 1], value: "0", confidence: "U", source: SOURCE.maternityMerger, note: NOTE.maternityMerged },
  { insurance: "maternity", party: "individual", from: [1992, 10], value: "0", confidence: "S", source: SOURCE.maternityRules },
];

const workInjury: RateSpec[] = [
  { insurance: "workInjury", party: "employer", from: [1992, 10], to: [2003, 12], value: "0", confidence: "U", source: SOURCE.workInjuryRules, note: NOTE.workInjuryBefore2004 },
  { insurance: "workInjury", party: "employer", from: [2004, 1], kind: "unitRate", value: "", confidence: "S", source: SOURCE.workInjuryRules, note: NOTE.workInjuryUnitRate },
  { insurance: "workInjury", party: "individual", from: [1992, 10], value: "0", confidence: "S", source: SOURCE.workInjuryRules },
];

/** The built-in Beijing rate rows. */
export const beijingRates: RateRow[] = [...pension, ...unemployment, ...medicalAndMaternity, ...workInjury].map(rateRow);

function reliefRow(
  id: string,
  insurance: Insurance,
  from: [number, number],
  to: [number, number],
  factor: string,
  unitSizes: UnitSize[] | undefined,
  confidence: Confidence,
  source: string,
): ReliefRow {
  return {
    id,
    insurance,
    party: "employer",
    from: month(from),
    to: month(to),
    ...(unitSizes ? { unitSizes } : {}),
    factor,
    source,
    confidence,
  };
}

const RELIEVED_2020: Insurance[] = ["pension", "unemployment", "workInjury"];

/**
 * The built-in Beijing reliefs: the 2020 employer-share reliefs by unit size and the 2020-05 work-injury cut.
 * NOTE: 医保发〔2020〕6号 allowed halving the employer medical share for 2020-02 … 2020-06. No Beijing notice
 * doing so was found, so no row does it; a 参数 row can add it.
 */
export const beijingReliefs: ReliefRow[] = [
  ...RELIEVED_2020.map((insurance) =>
    reliefRow(`2020-smallMedium-${insurance}`, insurance, [2020, 2], [2020, 12], "0", ["smallMedium"], "V", SOURCE.relief2020),
  ),
  ...RELIEVED_2020.map((insurance) =>
    reliefRow(`2020-large-${insurance}`, insurance, [2020, 2], [2020, 6], "0.5", ["large"], "V", SOURCE.relief2020),
  ),
  reliefRow("2020-workInjuryCut", "workInjury", [2020, 5], [2021, 4], "0.8", undefined, "S", SOURCE.workInjuryCut2020),
];
