// Sheet names for exports written into the open workbook: valid for Excel and unique among the sheets.

import { MAX_SHEET_NAME_LENGTH, sheetNameForFile, uniqueSheetName } from "../../src/workbook/office/sheetNames";

describe("sheetNameForFile", () => {
  test("drops the extension", () => {
    expect(sheetNameForFile("个人补缴_批量申报_2023年12月起.xlsx")).toBe("个人补缴_批量申报_2023年12月起");
  });

  test("replaces forbidden characters", () => {
    expect(sheetNameForFile("a\\b/c?d*e[f]g:h.xlsx")).toBe("a_b_c_d_e_f_g_h");
  });

  test("cuts to 31 characters", () => {
    const name = sheetNameForFile(`${"补".repeat(40)}.xlsx`);
    expect(name).toBe("补".repeat(MAX_SHEET_NAME_LENGTH));
  });

  test("keeps surrogate pairs whole", () => {
    const name = sheetNameForFile(`${"a".repeat(30)}𠀀.xlsx`);
    expect(name).toBe("a".repeat(30));
  });

  test("trims apostrophes at either end", () => {
    expect(sheetNameForFile("'名单'.xlsx")).toBe("名单");
  });

  test("avoids the reserved name History", () => {
    expect(sheetNameForFile("History.xlsx")).toBe("History_");
    expect(sheetNameForFile(".xlsx")).toBe("_");
  });
});

describe("uniqueSheetName", () => {
  test("free name stays", () => {
    expect(uniqueSheetName("批量申报", ["补缴名单"])).toBe("批量申报");
  });

  test("taken name gets the next number", () => {
    expect(uniqueSheetName("批量申报", ["批量申报", "批量申报 (2)"])).toBe("批量申报 (3)");
  });

  test("names compare without case", () => {
    expect(uniqueSheetName("Upload", ["UPLOAD"])).toBe("Upload (2)");
  });

  test("numbered long name stays within 31", () => {
    const base = "补".repeat(MAX_SHEET_NAME_LENGTH);
    const name = uniqueSheetName(base, [base]);
    expect(name).toBe(`${"补".repeat(27)} (2)`);
    expect(name.length).toBe(MAX_SHEET_NAME_LENGTH);
  });
});
