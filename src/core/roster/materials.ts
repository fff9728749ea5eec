// The documents a unit brings for each person (材料要求), per the Beijing 人社 guidance 《规范缴纳社保，保障职工
// 权益》 (2026-01-13): for individual back-payment the always-needed forms, then payroll or tax records by the
// months' side of 2019-01, the extras for foreigners, 港澳台 residents, three years or more, months before
// 2011-07 and 临时缴费账户; for a base difference the commitment or non-commitment lists.

import { yearMonth, type YearMonth } from "../calendar";
import type { RowFacts } from "./rowFacts";
import type { CheckOptions, CommitmentVerdict, MaterialItem } from "./types";

/** Months up to 2018-12 need the original payroll and contract; from 2019-01 the individual income tax records. */
const TAX_RECORDS_FROM = yearMonth(2019, 1);
/** 港澳台 residents need the 港澳台人员就业证 for months up to 2018-06. */
const HMT_PERMIT_UNTIL = yearMonth(2018, 6);
const PRE_2011_UNTIL = yearMonth(2011, 6);
const LONG_BACKPAY_MONTHS = 36;
/** Non-commitment reasons 4–7 need bank statements or tax records besides the payroll. */
const EVIDENCE_REASONS = new Set(["COMMIT_ALREADY_DIFF", "COMMIT_TOO_LONG", "COMMIT_INJURY", "COMMIT_NEAR_RETIREMENT"]);

function missedMaterials(facts: RowFacts[], months: YearMonth[], options: CheckOptions): MaterialItem[] {
  const items: MaterialItem[] = [
    { key: "material.applicationForm" },
    { key: "material.confirmationForm" },
    { key: "material.electronicData" },
  ];
  if (months.some((month) => month < TAX_RECORDS_FROM)) items.push({ key: "material.payrollAndContract", reason: "material.reason.upTo2018" });
  if (months.some((month) => month >= TAX_RECORDS_FROM)) {
    items.push({ key: "material.taxRecords", reason: "material.reason.from2019" });
    if (options.unit?.sameDistrict !== true) {
      items.push({
        key: "material.eTaxScreenshot",
        reason: options.unit?.sameDistrict === false ? "material.reason.otherDistrict" : "material.reason.districtUnknown",
      });
    }
  }
  items.push({ key: "material.medicalPrintoutTwo" });
  if (facts.some((fact) => fact.documentType === "passport")) items.push({ key: "material.workPermit", reason: "material.reason.passport" });
  if (facts.some((fact) => fact.hongKongMacaoTaiwan) && months.some((month) => month <= HMT_PERMIT_UNTIL)) {
    items.push({ key: "material.hmtEmploymentPermit", reason: "material.reason.hmtUntil2018" });
  }
  if (months.length >= LONG_BACKPAY_MONTHS) {
    items.push({ key: "material.legalDocument", reason: "material.reason.threeYears", reasonParams: { months: months.length } });
  }
  if (months.some((month) => month <= PRE_2011_UNTIL)) {
    for (const key of ["material.pre2011Application", "material.laborContract", "material.wageVouchers", "material.householdRegister"] as const) {
      items.push({ key, reason: "material.reason.pre2011" });
    }
  }
  if (facts.some((fact) => fact.temporaryAccount === true)) items.push({ key: "material.temporaryAccountNotice", reason: "material.reason.temporaryAccount" });
  return items;
}

function baseDiffMaterials(months: YearMonth[], commitment: CommitmentVerdict | undefined): MaterialItem[] {
  if (commitment?.status === "available") {
    return [
      { key: "material.applicationForm" },
      { key: "material.diffApplication" },
      { key: "material.electronicDataOptional" },
      { key: "material.medicalPrintoutOne" },
    ];
  }
  const items: MaterialItem[] = [
    { key: "material.applicationForm" },
    { key: "material.diffConfirmation" },
    { key: "material.electronicDataOptional" },
    { key: "material.medicalPrintoutOne" },
    { key: "material.previousYearPayroll" },
  ];
  if (commitment?.reasons.some((reason) => EVIDENCE_REASONS.has(reason))) {
    const fromTax = months.some((month) => month >= TAX_RECORDS_FROM);
    items.push({ key: fromTax ? "material.bankStatementsOrTax" : "material.bankStatements", reason: "material.reason.nonCommitmentEvidence" });
  }
  return items;
}

/** Lists the documents for one person and kind, given the payable months of all his rows. */
export function materialsFor(
  facts: RowFacts[],
  payable: ReadonlySet<YearMonth>,
  commitment: CommitmentVerdict | undefined,
  options: CheckOptions,
): MaterialItem[] {
  const months = [...payable].sort((a, b) => a - b);
  const kind = facts[0].kind;
  if (kind === "missed") return missedMaterials(facts, months, options);
  if (kind === "baseDiffTopUp") return baseDiffMaterials(months, commitment);
  return [{ key: "material.applicationForm" }, { key: "material.electronicDataOptional" }];
}
