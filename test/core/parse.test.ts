import { formatDay, formatYearMonth } from "../../src/core/calendar";
import { BujiaoError } from "../../src/core/errors";
import { parseAmount, parseDay, parseFeeMonth, UNCALCULATED_FORMULA, type CellValue } from "../../src/core/parse";
import { parseHukouType, parseInsurance, parseLimitKind } from "../../src/core/words";

function messageOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof BujiaoError) return error.message;
    throw error;
  }
  throw new Error("expected a BujiaoError");
}

describe("parseFeeMonth", () => {
  const accepted: Array<[CellValue, string]> = [
    ["2023-08", "2023-08"],
    ["2023/8", "2023-08"],
    ["2023.08", "2023-08"],
    ["2023.1", "2023-01"],
    ["202308", "2023-08"],
    [202308, "2023-08"],
    ["2023年8月", "2023-08"],
    ["2023 年 8 月", "2023-08"],
    ["２０２３－０８", "2023-08"],
    ["2023-08-15", "2023-08"],
    ["2023/8/15", "2023-08"],
    ["20230815", "2023-08"],
    [20230815, "2023-08"],
    ["2023年8月15日", "2023-08"],
    [45153, "2023-08"], // Excel serial of 2023-08-15
    ["  2011-07 ", "2011-07"],
  ];
  test.each(accepted)("reads %p as %s", (value, expected) => {
    expect(formatYearMonth(parseFeeMonth(value))).toBe(expected);
  });

  test("rejects month 13 with the accepted range", () => {
    expect(messageOf(() => parseFeeMonth("2023-13", "field.startMonth"))).toBe(
      "开始年月 “2023-13” 无效：月份应在 1–12 之间，例如 2023-08",
    );
    expect(messageOf(() => parseFeeMonth(202313))).toBe("费款所属期 “202313” 无效：月份应在 1–12 之间，例如 2023-08");
  });

  test("rejects a number with decimals as ambiguous", () => {
    expect(messageOf(() => parseFeeMonth(2023.1))).toBe(
      "费款所属期 “2023.1” 无法识别：带小数的数字无法区分 1 月和 10 月，请把单元格设为文本后输入，例如 2023-10",
    );
    expect(messageOf(() => parseFeeMonth(45153.5))).toBe("费款所属期 “45153.5” 无效：年月应为整数或文本，例如 202308 或 2023-08");
  });

  test("rejects text that is no month and lists the forms", () => {
    expect(messageOf(() => parseFeeMonth("八月"))).toBe(
      "费款所属期 “八月” 无效：应为年月，可写成 2023-08、2023/8、2023.08、202308、2023年8月，或日期单元格",
    );
  });

  test("rejects empty, logical and error cells", () => {
    expect(messageOf(() => parseFeeMonth(null))).toBe("费款所属期为空：请填写费款所属期，例如 2023-08");
    expect(messageOf(() => parseFeeMonth(true))).toBe("费款所属期 “true” 无效：应填写年月，而不是逻辑值");
    expect(messageOf(() => parseFeeMonth({ error: "#N/A" }))).toBe("费款所属期所在单元格是错误值 #N/A：请先修正该单元格的公式");
  });

  test("rejects a date that does not exist", () => {
    expect(messageOf(() => parseFeeMonth("2023-02-30"))).toBe("费款所属期 “2023-02-30” 不是真实存在的日期：请检查年、月、日");
  });

  test("English rendering of the same error", () => {
    try {
      parseFeeMonth("2023-13", "field.startMonth");
    } catch (error) {
      expect((error as BujiaoError).localized("en")).toBe(
        "The start month “2023-13” is invalid: the month must be 1–12, for example 2023-08",
      );
    }
  });
});

describe("parseDay", () => {
  const accepted: Array<[CellValue, string]> = [
    ["2026-12-04", "2026-12-04"],
    ["2026/12/4", "2026-12-04"],
    ["2026.12.4", "2026-12-04"],
    ["20261204", "2026-12-04"],
    [20261204, "2026-12-04"],
    ["2026年12月4日", "2026-12-04"],
    [46360, "2026-12-04"],
    [46360.75, "2026-12-04"],
    ["2024-02-29", "2024-02-29"],
  ];
  test.each(accepted)("reads %p as %s", (value, expected) => {
    expect(formatDay(parseDay(value))).toBe(expected);
  });

  test("rejects 2023-02-29 and Excel's 1900-02-29", () => {
    expect(messageOf(() => parseDay("2023-02-29"))).toBe("办理日期 “2023-02-29” 不是真实存在的日期：请检查年、月、日");
    expect(messageOf(() => parseDay(60))).toBe("办理日期 “60” 是 Excel 虚构的 1900年2月29日，该日期不存在：请改填正确日期");
  });

  test("rejects a month where a day is needed", () => {
    expect(messageOf(() => parseDay("2026-12", "field.declarationDate"))).toBe(
      "申报日期 “2026-12” 无效：应为日期，可写成 2026-12-04、2026/12/4、20261204、2026年12月4日，或日期单元格",
    );
  });
});

describe("parseAmount", () => {
  const accepted: Array<[CellValue, string]> = [
    [8000, "8000"],
    ["8000.50", "8000.5"],
    ["8,000", "8000"],
    ["¥8,000.25", "8000.25"],
    ["8000元", "8000"],
    ["８０００", "8000"],
    [0, "0"],
  ];
  test.each(accepted)("reads %p as %s", (value, expected) => {
    expect(parseAmount(value).toString()).toBe(expected);
  });

  test("rejects text that is no amount", () => {
    expect(messageOf(() => parseAmount("abc"))).toBe("缴费工资 “abc” 不是数字：请填写以元为单位的金额，例如 8000 或 8000.50");
    expect(messageOf(() => parseAmount("8,00"))).toBe("缴费工资 “8,00” 不是数字：请填写以元为单位的金额，例如 8000 或 8000.50");
  });

  test("rejects negative amounts unless allowed", () => {
    expect(messageOf(() => parseAmount(-1))).toBe("缴费工资 “-1” 不能为负数：请填写 0 或正数");
    expect(parseAmount(-1, "field.amount", true).toString()).toBe("-1");
  });
});

describe("words", () => {
  test("insurance in Chinese and English", () => {
    expect(parseInsurance("养老")).toBe("pension");
    expect(parseInsurance("医疗保险")).toBe("medical");
    expect(parseInsurance("workInjury")).toBe("workInjury");
    expect(parseInsurance("UNEMPLOYMENT")).toBe("unemployment");
    expect(parseInsurance(null)).toBe("pension");
    expect(messageOf(() => parseInsurance("住房公积金"))).toBe(
      "险种 “住房公积金” 无法识别：可填写 养老、失业、工伤、医疗、生育（或 pension、unemployment、workInjury、medical、maternity）",
    );
  });

  test("hukou type and limit kind", () => {
    expect(parseHukouType("外埠农村")).toBe("nonlocalRural");
    expect(parseHukouType("外地城镇")).toBe("nonlocalUrban");
    expect(parseHukouType("")).toBe("localUrban");
    expect(parseLimitKind("上限")).toBe("upper");
    expect(parseLimitKind("lower")).toBe("lower");
  });
});

describe("uncalculated formulas", () => {
  test("a formula without a result names the fix", () => {
    expect(messageOf(() => parseAmount(UNCALCULATED_FORMULA))).toBe(
      "缴费工资所在单元格是公式，但文件中没有它的计算结果（文件未经 Excel 保存）：请在 Excel 中打开该文件并保存后重试",
    );
    expect(messageOf(() => parseFeeMonth(UNCALCULATED_FORMULA, "field.startMonth"))).toBe(
      "开始年月所在单元格是公式，但文件中没有它的计算结果（文件未经 Excel 保存）：请在 Excel 中打开该文件并保存后重试",
    );
  });
});
