// The workbook `bujiao params --template` writes: an empty 参数 sheet whose header cells carry a note on what
// each column holds, with one commented-out example row per category, and a 单位信息 sheet with its labels.
// Both sheets are in Chinese in every language, because their labels are what the readers match.

import { open } from "node:fs/promises";
import type ExcelJS from "exceljs";
import { valueError } from "../core/errors";
import { parameterTemplateRows } from "../core/params/sheet";
import { UNIT_SHEET_NAME, unitSheetLabels } from "../core/unitSheet";
import { t, type MessageKey } from "../i18n";
import { displayWidth, excel } from "./xlsxFile";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const COMMENT_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF808080" } };

/** A hint beside each 单位信息 label on what to fill in, by the label the template writes. */
const UNIT_HINTS: Record<string, MessageKey> = {
  单位名称: "unitTemplate.hint.name",
  统一社会信用代码: "unitTemplate.hint.creditCode",
  办理日期: "unitTemplate.hint.handlingDate",
  单位规模: "unitTemplate.hint.size",
  工伤保险费率: "unitTemplate.hint.workInjuryRate",
  信用状况: "unitTemplate.hint.creditStanding",
  是否愿意承诺: "unitTemplate.hint.willingToPledge",
  社保与税务是否同区: "unitTemplate.hint.sameDistrict",
};

function addParameterSheet(workbook: ExcelJS.Workbook): void {
  const template = parameterTemplateRows();
  const worksheet = workbook.addWorksheet(template.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });

  const header = worksheet.addRow(template.headers);
  header.font = { bold: true };
  header.eachCell((cell, columnNumber) => {
    cell.fill = HEADER_FILL;
    cell.note = template.comments[columnNumber - 1];
  });

  for (const cells of template.rows) {
    const row = worksheet.addRow(cells.map((cell) => (typeof cell === "object" && cell !== null ? cell.error : cell ?? null)));
    row.font = COMMENT_FONT;
  }

  template.headers.forEach((text, index) => {
    const widest = Math.max(displayWidth(text), ...template.rows.slice(1).map((row) => displayWidth(String(row[index] ?? ""))));
    worksheet.getColumn(index + 1).width = Math.min(40, Math.max(8, widest + 2));
  });
}

function addUnitSheet(workbook: ExcelJS.Workbook): void {
  const worksheet = workbook.addWorksheet(UNIT_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  const header = worksheet.addRow([
    t("unitTemplate.column.label", {}, "zh-CN"),
    t("unitTemplate.column.value", {}, "zh-CN"),
    t("unitTemplate.column.hint", {}, "zh-CN"),
  ]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });

  for (const label of unitSheetLabels()) {
    const hint = UNIT_HINTS[label];
    const row = worksheet.addRow([label, null, hint ? t(hint, {}, "zh-CN") : null]);
    row.getCell(3).font = COMMENT_FONT;
    // A credit code or a date typed as text stays as typed.
    row.getCell(2).numFmt = "@";
  }
  worksheet.getColumn(1).width = 22;
  worksheet.getColumn(2).width = 26;
  worksheet.getColumn(3).width = 60;
}

/** Builds the template workbook: the 参数 sheet, then the 单位信息 sheet. */
export function buildParameterTemplate(): ExcelJS.Workbook {
  const workbook = new (excel().Workbook)();
  workbook.creator = "bujiao";
  addParameterSheet(workbook);
  addUnitSheet(workbook);
  return workbook;
}

/**
 * Writes the template to `path`, which must not exist yet: the file is created exclusively, so an existing
 * file is never overwritten. Throws a BujiaoError naming the path when it exists or cannot be written.
 */
export async function writeParameterTemplate(path: string): Promise<void> {
  const buffer = Buffer.from(await buildParameterTemplate().xlsx.writeBuffer());
  let handle;
  try {
    handle = await open(path, "wx");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw valueError("cli.params.templateExists", { path });
    if (code === "ENOENT") throw valueError("workbook.folderMissing", { path });
    if (code === "EACCES" || code === "EPERM") throw valueError("workbook.writeLocked", { path });
    throw valueError("workbook.writeFailed", { path });
  }
  try {
    await handle.writeFile(buffer);
  } catch {
    throw valueError("workbook.writeFailed", { path });
  } finally {
    await handle.close();
  }
}
