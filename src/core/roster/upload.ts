// Batch upload files (批量申报) for the Beijing social insurance portal. Layouts are data: a profile lists the
// columns, their order, header text and cell kind. The defaults follow the portal pages: individual
// back-payment 序号, 社会保障号码, 姓名, 开始年月, 终止年月, 缴费工资; base difference with 姓名 before 社会保障号码.
// Months are six-digit text (YYYYMM) and identity numbers text, so Excel never turns them into numbers. The
// official templates are not public, so sheet name and month format are assumptions a user can replace.

import { formatYearMonthCompact } from "../calendar";
import type { CheckResult, UploadRow } from "./types";

export type UploadField = "serial" | "identityNumber" | "name" | "startMonth" | "endMonth" | "wage" | "diffType";

export interface UploadColumn {
  header: string;
  field: UploadField;
}

export interface UploadProfile {
  id: string;
  /** The file name for each upload file key the profile serves. */
  fileNames: Record<string, string>;
  sheetName: string;
  columns: UploadColumn[];
}

export type UploadCell = { kind: "text"; value: string } | { kind: "number"; value: number };

export interface UploadFile {
  /** Which rows it holds, e.g. missed-from-2023-12. */
  key: string;
  fileName: string;
  sheetName: string;
  header: string[];
  rows: UploadCell[][];
  /** The roster row each upload row came from, in the same order. */
  sourceRows: number[];
}

export const MISSED_PROFILE: UploadProfile = {
  id: "missed-default",
  fileNames: {
    missed: "个人补缴_批量申报.xlsx",
    "missed-from-2023-12": "个人补缴_批量申报_2023年12月起.xlsx",
  },
  sheetName: "批量申报",
  columns: [
    { header: "序号", field: "serial" },
    { header: "社会保障号码", field: "identityNumber" },
    { header: "姓名", field: "name" },
    { header: "开始年月", field: "startMonth" },
    { header: "终止年月", field: "endMonth" },
    { header: "缴费工资", field: "wage" },
  ],
};

export const BASE_DIFF_PROFILE: UploadProfile = {
  id: "base-diff-default",
  fileNames: {
    baseDiffTopUp: "基数差补缴_批量申报.xlsx",
    baseDiffRefund: "基数差退费_批量申报.xlsx",
  },
  sheetName: "批量申报",
  columns: [
    { header: "序号", field: "serial" },
    { header: "姓名", field: "name" },
    { header: "社会保障号码", field: "identityNumber" },
    { header: "开始年月", field: "startMonth" },
    { header: "终止年月", field: "endMonth" },
    { header: "缴费工资", field: "wage" },
  ],
};

/**
 * Base-difference months from 2023-12 go to the tax bureau, not to the portal: they are listed in a file of
 * their own with the 补退类型 of each row, for the unit to take to the tax side.
 */
export const TAX_LIST_PROFILE: UploadProfile = {
  id: "base-diff-tax-list",
  fileNames: { "baseDiff-tax": "基数差_税务办理清单.xlsx" },
  sheetName: "税务办理清单",
  columns: [
    { header: "序号", field: "serial" },
    { header: "姓名", field: "name" },
    { header: "社会保障号码", field: "identityNumber" },
    { header: "补退类型", field: "diffType" },
    { header: "开始年月", field: "startMonth" },
    { header: "终止年月", field: "endMonth" },
    { header: "缴费工资", field: "wage" },
  ],
};

export const DEFAULT_PROFILES: UploadProfile[] = [MISSED_PROFILE, BASE_DIFF_PROFILE, TAX_LIST_PROFILE];

/** The portal's names of the two base-difference declaration types (补退类型). */
const DIFF_TYPE_NAMES: Record<string, string> = {
  baseDiffTopUp: "单位申报基数差补缴",
  baseDiffRefund: "单位申报基数差退费",
};

function cellOf(field: UploadField, row: UploadRow, serial: number): UploadCell {
  switch (field) {
    case "serial":
      return { kind: "number", value: serial };
    case "identityNumber":
      return { kind: "text", value: row.identityNumber };
    case "name":
      return { kind: "text", value: row.name };
    case "startMonth":
      return { kind: "text", value: formatYearMonthCompact(row.start) };
    case "endMonth":
      return { kind: "text", value: formatYearMonthCompact(row.end) };
    case "wage":
      return { kind: "number", value: row.wage.toNumber() };
    case "diffType":
      return { kind: "text", value: DIFF_TYPE_NAMES[row.kind] ?? "" };
  }
}

/**
 * Lays out the upload rows of a check result into files, one per upload file key, in roster order; 序号 starts
 * at 1 in each file. Keys without rows produce no file.
 */
export function buildUploadFiles(result: CheckResult, profiles: UploadProfile[] = DEFAULT_PROFILES): UploadFile[] {
  const byKey = new Map<string, UploadRow[]>();
  for (const row of result.rows) {
    for (const uploadRow of row.uploadRows) {
      const list = byKey.get(uploadRow.fileKey) ?? [];
      list.push(uploadRow);
      byKey.set(uploadRow.fileKey, list);
    }
  }

  const files: UploadFile[] = [];
  for (const profile of profiles) {
    for (const [key, fileName] of Object.entries(profile.fileNames)) {
      const rows = byKey.get(key);
      if (!rows || rows.length === 0) continue;
      files.push({
        key,
        fileName,
        sheetName: profile.sheetName,
        header: profile.columns.map((column) => column.header),
        rows: rows.map((row, index) => profile.columns.map((column) => cellOf(column.field, row, index + 1))),
        sourceRows: rows.map((row) => row.sheetRow),
      });
    }
  }
  return files;
}
