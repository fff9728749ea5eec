// `bujiao fn`: values on stdout, formula errors on stderr with exit 1, command errors with exit 2, and the
// --params workbook's 参数 and 单位信息 sheets. A few cases run the real command as a child process; the others
// run in-process, which is the same code without the process start. Expected values come from the worked
// function cases and the official late-fee example.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import cases from "../cases/functions.json";
import { dayFromParts, dayToSerial, type Day } from "../../src/core/calendar";
import { runInProcess } from "./inProcess";
import { CJK, REPO_ROOT, runCli } from "./runCli";

jest.setTimeout(120_000);

const DATE = ["--date", "2026-12-04"];

interface FunctionCase {
  call: Array<string | number>;
  expected: number;
  source: string;
}

/** Turns an ISO date (2011-10-10) or month (2011-07, its first day) into an Excel serial. */
function isoToSerial(text: string): number {
  const [year, month, day] = text.split("-").map(Number);
  return dayToSerial(dayFromParts(year, month, day ?? 1) as Day);
}

function withSerialDates(call: Array<string | number>): string[] {
  return call.map((arg) => (typeof arg === "string" && /^\d{4}-\d{2}(-\d{2})?$/.test(arg) ? String(isoToSerial(arg)) : String(arg)));
}

describe("bujiao fn values", () => {
  test("LATEFEE of the official example prints 19.5", async () => {
    const run = await runCli(["fn", "LATEFEE", "1000", "2011-07", "2011-10-10", ...DATE]);
    expect(run.stdout).toBe("19.5\n");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  const functionCases = (cases as { cases: FunctionCase[] }).cases;

  test.concurrent.each(functionCases.map((item) => [item.call.join(" "), item] as const))(
    "case %s with dates as text",
    async (_label, item) => {
      const [name, ...args] = item.call.map(String);
      const run = await runInProcess(["fn", name, ...args, ...DATE]);
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe(`${String(item.expected)}\n`);
      expect(run.code).toBe(0);
    },
  );

  test.concurrent.each(functionCases.map((item) => [item.call.join(" "), item] as const))(
    "case %s with dates as serials",
    async (_label, item) => {
      const [name, ...args] = withSerialDates(item.call);
      const run = await runInProcess(["fn", name, ...args, ...DATE]);
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe(`${String(item.expected)}\n`);
      expect(run.code).toBe(0);
    },
  );

  test("COEFF prints the full-precision ratio", async () => {
    const run = await runInProcess(["fn", "COEFF", "2005-07", "2026-12-04"]);
    expect(run.stdout).toBe("5.128792154649358\n");
  });

  test("empty argument is an omitted one", async () => {
    // The omitted handling date is "today", which --date sets.
    const run = await runInProcess(["fn", "COEFF", "2005-07", "", ...DATE]);
    expect(run.stdout).toBe("5.128792154649358\n");
    expect(run.code).toBe(0);
  });

  test.concurrent.each([["滞纳金"], ["BUJIAO.LATEFEE"], ["bujiao.latefee"], ["latefee"]])("function named %s", async (name) => {
    const run = await runInProcess(["fn", name, "1000", "2011-07", "2011-10-10"]);
    expect(run.stdout).toBe("19.5\n");
    expect(run.code).toBe(0);
  });

  test("18-digit identity number stays text", async () => {
    // A man born 1965-11 retires in 2026-02 (60 years and 3 months); 46054 is the serial of 2026-02-01.
    const run = await runInProcess(["fn", "RETIRE", "110105196511230319"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("46054\n");
  });

  test("leading apostrophe forces text", async () => {
    const run = await runInProcess(["fn", "RETIRE", "'110105196511230319"]);
    expect(run.stdout).toBe("46054\n");
  });

  test("numeric text becomes a number", async () => {
    // 202308 typed into a cell is the number 202308, which the functions read as the fee month 2023-08.
    const run = await runInProcess(["fn", "BASE", "3000", "202308"]);
    expect(run.stdout).toBe("6326\n");
  });

  test("JSON array is a one-row range", async () => {
    const run = await runInProcess(["fn", "BASE", "[3000,50000]", "2023-08"]);
    expect(run.stdout).toBe("6326\t33891\n");
    expect(run.code).toBe(0);
  });

  test("nested JSON array is a column", async () => {
    const run = await runInProcess(["fn", "BASE", "[[3000],[50000]]", '[["2023-08"],["2024-07"]]']);
    expect(run.stdout).toBe("6326\n35283\n");
    expect(run.code).toBe(0);
  });
});

describe("bujiao fn formula errors", () => {
  test("bad month prints one #VALUE! line and exits 1", async () => {
    const run = await runCli(["fn", "LATEFEE", "1000", "2011-13", "2011-10-10"]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("#VALUE! 费款所属期 “2011-13” 无效：月份应在 1–12 之间，例如 2023-08\n");
    expect(run.code).toBe(1);
  });

  test("missing parameter row prints #N/A", async () => {
    const run = await runInProcess(["fn", "BASE", "8000", "1991-05"]);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")).toHaveLength(2);
    expect(run.stderr.startsWith("#N/A ")).toBe(true);
    expect(run.stderr).toMatch(CJK);
    expect(run.code).toBe(1);
  });

  test("TRUE is a logical, not text", async () => {
    const run = await runInProcess(["fn", "BASE", "TRUE", "2023-08"]);
    expect(run.stderr).toMatch(/^#VALUE! 缴费工资 .*逻辑值/);
    expect(run.code).toBe(1);
  });

  test("bad cell of a range shows its code in place", async () => {
    const run = await runInProcess(["fn", "BASE", '[3000,"abc"]', "2023-08"]);
    expect(run.stdout).toBe("6326\t#VALUE!\n");
    expect(run.stderr).toBe("第 1 行第 2 列：#VALUE! 缴费工资 “abc” 不是数字：请填写以元为单位的金额，例如 8000 或 8000.50\n");
    expect(run.code).toBe(1);
  });

  test("ranges of different shapes fail the whole call", async () => {
    const run = await runInProcess(["fn", "BASE", "[3000,50000]", '[["2023-08"],["2024-07"]]']);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^#VALUE! 各区域的大小不一致（1×2 与 2×1）/);
    expect(run.code).toBe(1);
  });

  test("English messages with BUJIAO_LANG=en", async () => {
    const run = await runCli(["fn", "LATEFEE", "1000", "2011-13", "2011-10-10"], { BUJIAO_LANG: "en" });
    expect(run.stderr.startsWith("#VALUE! ")).toBe(true);
    expect(run.stderr).not.toMatch(/无效/);
    expect(run.code).toBe(1);
  });
});

describe("bujiao fn command errors", () => {
  test("unknown function exits 2", async () => {
    const run = await runCli(["fn", "NOPE", "1"]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^未知函数 “NOPE”：可用的函数有 BASE（缴费基数）/);
    expect(run.code).toBe(2);
  });

  test("too few arguments exits 2", async () => {
    const run = await runInProcess(["fn", "LATEFEE", "1000", "2011-07"]);
    expect(run.stderr).toBe("函数 LATEFEE 需要 3 个参数，现有 2 个：用法 bujiao fn LATEFEE 欠缴金额 费款所属期 申报日期\n");
    expect(run.code).toBe(2);
  });

  test("too many arguments exits 2", async () => {
    const run = await runInProcess(["fn", "BASE", "3000", "2023-08", "养老", "本市城镇", "1"]);
    expect(run.stderr).toMatch(/^函数 BASE 需要 2–4 个参数，现有 5 个/);
    expect(run.code).toBe(2);
  });

  test("missing function name exits 2", async () => {
    const run = await runInProcess(["fn"]);
    expect(run.stderr).toMatch(/^缺少函数名/);
    expect(run.code).toBe(2);
  });

  test("invalid JSON range exits 2", async () => {
    const run = await runInProcess(["fn", "BASE", "[3000,", "2023-08"]);
    expect(run.stderr).toMatch(/^参数 “\[3000,” 不是有效的区域/);
    expect(run.code).toBe(2);
  });

  test("missing --params file exits 2", async () => {
    const missing = join(tmpdir(), "bujiao-no-such-file.xlsx");
    const run = await runInProcess(["fn", "BASE", "3000", "2023-08", "--params", missing]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`找不到文件 “${missing}”：请检查路径和文件名\n`);
    expect(run.code).toBe(2);
  });

  test("unreadable --params file exits 2", async () => {
    const folder = mkdtempSync(join(tmpdir(), "bujiao-fn-"));
    const text = join(folder, "参数.xlsx");
    writeFileSync(text, "年度,社平工资\n2024,100000\n");
    const run = await runInProcess(["fn", "BASE", "3000", "2023-08", "--params", text]);
    expect(run.stderr).toMatch(/不是 \.xlsx 工作簿/);
    expect(run.code).toBe(2);
  });

  test("readable --params file evaluates", async () => {
    const roster = join(REPO_ROOT, "examples", "补缴名单-示例.xlsx");
    const run = await runInProcess(["fn", "BASE", "3000", "2023-08", "--params", roster]);
    expect(run.stdout).toBe("6326\n");
    expect(run.code).toBe(0);
  });

  test("--params 参数 sheet without a header is reported", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "bujiao-fn-")), "参数.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("参数").addRow(["年度", "社平工资"]);
    await workbook.xlsx.writeFile(path);
    const run = await runInProcess(["fn", "BASE", "3000", "2023-08", "--params", path]);
    expect(run.stdout).toBe("6326\n");
    expect(run.stderr.split("\n")).toEqual([
      "[错误] 参数!A1：「参数」工作表前 10 行内没有表头：表头行应包含 类别、数值、来源 等列，可先生成参数模板（bujiao params --template）再填写",
      "「参数」工作表有 1 处错误：相应的行未采用，这些参数仍按内置表计算。请改正后重新运行",
      "",
    ]);
    expect(run.code).toBe(0);
  });

  test("bad --date exits 2", async () => {
    const run = await runInProcess(["fn", "COEFF", "2005-07", "--date", "2026-13-01"]);
    expect(run.stderr).toBe("办理日期 “2026-13-01” 不是真实存在的日期：请检查年、月、日\n");
    expect(run.code).toBe(2);
  });

  test("unknown option exits 2", async () => {
    const run = await runInProcess(["fn", "BASE", "3000", "2023-08", "--wage", "1"]);
    expect(run.stderr).toMatch(/^无法识别的选项 “--wage”/);
    expect(run.code).toBe(2);
  });
});

describe("bujiao usage", () => {
  test.concurrent.each([["help"], ["--help"], ["-h"]])("%s prints usage and exits 0", async (word) => {
    const run = await runCli([word]);
    expect(run.stdout).toMatch(/^用法：/);
    expect(run.stdout).toMatch(/bujiao check 名单\.xlsx/);
    expect(run.stdout).toMatch(/bujiao params --template 输出\.xlsx/);
    expect(run.stdout).toMatch(/LATEFEE 欠缴金额 费款所属期 申报日期/);
    expect(run.code).toBe(0);
  });

  test("unknown command prints usage and exits 2", async () => {
    const run = await runInProcess(["frobnicate"]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^无法识别的命令 “frobnicate”/);
    expect(run.stderr).toMatch(/用法：/);
    expect(run.code).toBe(2);
  });

  test("no command exits 2", async () => {
    const run = await runInProcess([]);
    expect(run.stderr).toMatch(/^缺少命令/);
    expect(run.code).toBe(2);
  });

  test("usage in English with BUJIAO_LANG=en", async () => {
    const run = await runInProcess(["help"], { BUJIAO_LANG: "en" });
    expect(run.stdout).toMatch(/^Usage:/);
  });
});

describe("bujiao fn --params", () => {
  const folder = mkdtempSync(join(tmpdir(), "bujiao-fn-params-"));
  const withLimits = join(folder, "参数-2027.xlsx");
  const withUnit = join(folder, "单位信息.xlsx");

  beforeAll(async () => {
    // Hypothetical 2027 limits: the figures are not published yet, so any pair shows the mechanism.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("参数").addRows([
      ["类别", "开始年月", "终止年月", "数值", "数值2", "来源", "可信度"],
      ["缴费基数上下限", "2027-07", "2028-06", 7400, 37000, "测试用来源", "U"],
      ["滞纳金规则", "2023-13", null, 1, "0.05%", "测试用来源", "U"],
    ]);
    await workbook.xlsx.writeFile(withLimits);

    const unitBook = new ExcelJS.Workbook();
    unitBook.addWorksheet("单位信息").addRows([
      ["单位规模", "大型企业"],
      ["工伤保险费率", "0.4%"],
      ["办理日期", "2026-12-04"],
    ]);
    await unitBook.xlsx.writeFile(withUnit);
  });

  test("2027 limits row gives the lower limit", async () => {
    const run = await runInProcess(["fn", "BASE", "3000", "2027-08", "--params", withLimits]);
    expect(run.stdout).toBe("7400\n");
    expect(run.code).toBe(0);
  });

  test("without the row 2027-08 is #N/A", async () => {
    const run = await runInProcess(["fn", "BASE", "3000", "2027-08"]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("#N/A 没有覆盖费款所属期 2027-08 的养老保险缴费基数上下限：请在「参数」工作表中添加该缴费年度的上下限行\n");
    expect(run.code).toBe(1);
  });

  test("bad month row is reported with its cell", async () => {
    const run = await runInProcess(["fn", "BASE", "3000", "2027-08", "--params", withLimits]);
    expect(run.stderr.split("\n")).toEqual([
      "[错误] 参数!B3：开始年月 “2023-13” 无效：月份应在 1–12 之间，例如 2023-08",
      "「参数」工作表有 1 处错误：相应的行未采用，这些参数仍按内置表计算。请改正后重新运行",
      "",
    ]);
  });

  test("unit size makes AMOUNT for 2020-03 work", async () => {
    // A large enterprise paid half the employer pension share in 2020-02..06: 8000 × 16 % × 0.5 = 640.
    const withSize = await runInProcess(["fn", "AMOUNT", "8000", "2020-03", "养老", "单位", "--params", withUnit]);
    expect(withSize.stderr).toBe("");
    expect(withSize.stdout).toBe("640\n");
    expect(withSize.code).toBe(0);

    const withoutSize = await runInProcess(["fn", "AMOUNT", "8000", "2020-03", "养老", "单位"]);
    expect(withoutSize.stderr).toMatch(/^#N\/A .*单位规模/);
    expect(withoutSize.code).toBe(1);
  });

  test("unit work-injury rate applies", async () => {
    // 8000 × 0.4 % = 32 in 2023-08, outside the 2020 reliefs.
    const run = await runInProcess(["fn", "AMOUNT", "8000", "2023-08", "工伤", "单位", "--params", withUnit]);
    expect(run.stdout).toBe("32\n");
  });

  test("--date overrides the 单位信息 handling date", async () => {
    // Pension before 2011-07 depends on the handling date through the amplification coefficient.
    const explicit = async (date: string) => (await runInProcess(["fn", "AMOUNT", "3000", "2005-07", "养老", "单位", date])).stdout;
    const fromSheet = await runInProcess(["fn", "AMOUNT", "3000", "2005-07", "养老", "单位", "--params", withUnit, "--date", "2023-02-11"]);
    const sheetOnly = await runInProcess(["fn", "AMOUNT", "3000", "2005-07", "养老", "单位", "--params", withUnit]);
    expect(sheetOnly.stdout).toBe(await explicit("2026-12-04"));
    expect(fromSheet.stdout).toBe(await explicit("2023-02-11"));
    expect(fromSheet.stdout).not.toBe(sheetOnly.stdout);
  });

  test("bad 单位信息 value is reported with its cell", async () => {
    const path = join(folder, "单位信息-有误.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("单位信息").addRows([["单位规模", "特大型"]]);
    await workbook.xlsx.writeFile(path);
    const run = await runInProcess(["fn", "AMOUNT", "8000", "2020-03", "养老", "单位", "--params", path]);
    expect(run.stderr.split("\n")[0]).toMatch(/^\[错误\] 单位信息!B1：单位规模 “特大型”/);
    expect(run.stderr).toMatch(/「单位信息」工作表有 1 处错误/);
    expect(run.code).toBe(1);
  });
});
