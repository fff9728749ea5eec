// `bujiao fn` run as a child process: values on stdout, formula errors on stderr with exit 1, command errors
// with exit 2. Expected values come from the worked function cases and the official late-fee example.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import cases from "../cases/functions.json";
import { dayFromParts, dayToSerial, type Day } from "../../src/core/calendar";
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
      const run = await runCli(["fn", name, ...args, ...DATE]);
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe(`${String(item.expected)}\n`);
      expect(run.code).toBe(0);
    },
  );

  test.concurrent.each(functionCases.map((item) => [item.call.join(" "), item] as const))(
    "case %s with dates as serials",
    async (_label, item) => {
      const [name, ...args] = withSerialDates(item.call);
      const run = await runCli(["fn", name, ...args, ...DATE]);
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe(`${String(item.expected)}\n`);
      expect(run.code).toBe(0);
    },
  );

  test("COEFF prints the full-precision ratio", async () => {
    const run = await runCli(["fn", "COEFF", "2005-07", "2026-12-04"]);
    expect(run.stdout).toBe("5.128792154649358\n");
  });

  test("empty argument is an omitted one", async () => {
    // The omitted handling date is "today", which --date sets.
    const run = await runCli(["fn", "COEFF", "2005-07", "", ...DATE]);
    expect(run.stdout).toBe("5.128792154649358\n");
    expect(run.code).toBe(0);
  });

  test.concurrent.each([["滞纳金"], ["BUJIAO.LATEFEE"], ["bujiao.latefee"], ["latefee"]])("function named %s", async (name) => {
    const run = await runCli(["fn", name, "1000", "2011-07", "2011-10-10"]);
    expect(run.stdout).toBe("19.5\n");
    expect(run.code).toBe(0);
  });

  test("18-digit identity number stays text", async () => {
    // A man born 1965-11 retires in 2026-02 (60 years and 3 months); 46054 is the serial of 2026-02-01.
    const run = await runCli(["fn", "RETIRE", "110105196511230319"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("46054\n");
  });

  test("leading apostrophe forces text", async () => {
    const run = await runCli(["fn", "RETIRE", "'110105196511230319"]);
    expect(run.stdout).toBe("46054\n");
  });

  test("numeric text becomes a number", async () => {
    // 202308 typed into a cell is the number 202308, which the functions read as the fee month 2023-08.
    const run = await runCli(["fn", "BASE", "3000", "202308"]);
    expect(run.stdout).toBe("6326\n");
  });

  test("JSON array is a one-row range", async () => {
    const run = await runCli(["fn", "BASE", "[3000,50000]", "2023-08"]);
    expect(run.stdout).toBe("6326\t33891\n");
    expect(run.code).toBe(0);
  });

  test("nested JSON array is a column", async () => {
    const run = await runCli(["fn", "BASE", "[[3000],[50000]]", '[["2023-08"],["2024-07"]]']);
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
    const run = await runCli(["fn", "BASE", "8000", "1991-05"]);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")).toHaveLength(2);
    expect(run.stderr.startsWith("#N/A ")).toBe(true);
    expect(run.stderr).toMatch(CJK);
    expect(run.code).toBe(1);
  });

  test("TRUE is a logical, not text", async () => {
    const run = await runCli(["fn", "BASE", "TRUE", "2023-08"]);
    expect(run.stderr).toMatch(/^#VALUE! 缴费工资 .*逻辑值/);
    expect(run.code).toBe(1);
  });

  test("bad cell of a range shows its code in place", async () => {
    const run = await runCli(["fn", "BASE", '[3000,"abc"]', "2023-08"]);
    expect(run.stdout).toBe("6326\t#VALUE!\n");
    expect(run.stderr).toBe("第 1 行第 2 列：#VALUE! 缴费工资 “abc” 不是数字：请填写以元为单位的金额，例如 8000 或 8000.50\n");
    expect(run.code).toBe(1);
  });

  test("ranges of different shapes fail the whole call", async () => {
    const run = await runCli(["fn", "BASE", "[3000,50000]", '[["2023-08"],["2024-07"]]']);
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
    const run = await runCli(["fn", "LATEFEE", "1000", "2011-07"]);
    expect(run.stderr).toBe("函数 LATEFEE 需要 3 个参数，现有 2 个：用法 bujiao fn LATEFEE 欠缴金额 费款所属期 申报日期\n");
    expect(run.code).toBe(2);
  });

  test("too many arguments exits 2", async () => {
    const run = await runCli(["fn", "BASE", "3000", "2023-08", "养老", "本市城镇", "1"]);
    expect(run.stderr).toMatch(/^函数 BASE 需要 2–4 个参数，现有 5 个/);
    expect(run.code).toBe(2);
  });

  test("missing function name exits 2", async () => {
    const run = await runCli(["fn"]);
    expect(run.stderr).toMatch(/^缺少函数名/);
    expect(run.code).toBe(2);
  });

  test("invalid JSON range exits 2", async () => {
    const run = await runCli(["fn", "BASE", "[3000,", "2023-08"]);
    expect(run.stderr).toMatch(/^参数 “\[3000,” 不是有效的区域/);
    expect(run.code).toBe(2);
  });

  test("missing --params file exits 2", async () => {
    const missing = join(tmpdir(), "bujiao-no-such-file.xlsx");
    const run = await runCli(["fn", "BASE", "3000", "2023-08", "--params", missing]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`找不到文件 “${missing}”：请检查路径和文件名\n`);
    expect(run.code).toBe(2);
  });

  test("unreadable --params file exits 2", async () => {
    const folder = mkdtempSync(join(tmpdir(), "bujiao-fn-"));
    const text = join(folder, "参数.xlsx");
    writeFileSync(text, "年度,社平工资\n2024,100000\n");
    const run = await runCli(["fn", "BASE", "3000", "2023-08", "--params", text]);
    expect(run.stderr).toMatch(/不是 \.xlsx 工作簿/);
    expect(run.code).toBe(2);
  });

  test("readable --params file evaluates", async () => {
    const roster = join(REPO_ROOT, "examples", "补缴名单-示例.xlsx");
    const run = await runCli(["fn", "BASE", "3000", "2023-08", "--params", roster]);
    expect(run.stdout).toBe("6326\n");
    expect(run.code).toBe(0);
  });

  test("--params notes a 参数 sheet it ignores", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "bujiao-fn-")), "参数.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("参数").addRow(["年度", "社平工资"]);
    await workbook.xlsx.writeFile(path);
    const run = await runCli(["fn", "BASE", "3000", "2023-08", "--params", path]);
    expect(run.stdout).toBe("6326\n");
    expect(run.stderr).toBe("提示：工作表「参数」暂不生效，本次按内置参数计算\n");
    expect(run.code).toBe(0);
  });

  test("bad --date exits 2", async () => {
    const run = await runCli(["fn", "COEFF", "2005-07", "--date", "2026-13-01"]);
    expect(run.stderr).toBe("办理日期 “2026-13-01” 不是真实存在的日期：请检查年、月、日\n");
    expect(run.code).toBe(2);
  });

  test("unknown option exits 2", async () => {
    const run = await runCli(["fn", "BASE", "3000", "2023-08", "--wage", "1"]);
    expect(run.stderr).toMatch(/^无法识别的选项 “--wage”/);
    expect(run.code).toBe(2);
  });
});

describe("bujiao usage", () => {
  test.concurrent.each([["help"], ["--help"], ["-h"]])("%s prints usage and exits 0", async (word) => {
    const run = await runCli([word]);
    expect(run.stdout).toMatch(/^用法：/);
    expect(run.stdout).toMatch(/bujiao check 名单\.xlsx/);
    expect(run.stdout).toMatch(/LATEFEE 欠缴金额 费款所属期 申报日期/);
    expect(run.code).toBe(0);
  });

  test("unknown command prints usage and exits 2", async () => {
    const run = await runCli(["frobnicate"]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^无法识别的命令 “frobnicate”/);
    expect(run.stderr).toMatch(/用法：/);
    expect(run.code).toBe(2);
  });

  test("no command exits 2", async () => {
    const run = await runCli([]);
    expect(run.stderr).toMatch(/^缺少命令/);
    expect(run.code).toBe(2);
  });

  test("usage in English with BUJIAO_LANG=en", async () => {
    const run = await runCli(["help"], { BUJIAO_LANG: "en" });
    expect(run.stdout).toMatch(/^Usage:/);
  });
});
