// `bujiao params`: the effective parameter tables (built-in rows and a workbook's 参数 rows with their cell of
// origin, uncertain rows marked) as text and JSON, and the template it writes with --template.

import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parametersFromWorkbook } from "../../src/cli/parameters";
import { parameterTemplateRows } from "../../src/core/params/sheet";
import { unitSheetLabels } from "../../src/core/unitSheet";
import { readWorkbookFile } from "../../src/workbook/xlsxFile";
import { runInProcess } from "./inProcess";
import { REPO_ROOT } from "./runCli";

interface JsonParams {
  file: string | null;
  parameterSheet: string | null;
  rows: Array<{
    category: string;
    categoryName: string;
    table: string;
    period: string;
    cells: Record<string, string | number>;
    confidence: "V" | "S" | "U";
    uncertain: boolean;
    source: string;
    note?: string;
    origin: string | null;
  }>;
  problems: Array<{ cell: string; severity: string; message: string }>;
}

const folder = mkdtempSync(join(tmpdir(), "bujiao-params-"));

async function jsonOf(args: string[]): Promise<{ code: number; document: JsonParams }> {
  const run = await runInProcess(["params", ...args, "--json"]);
  return { code: run.code, document: JSON.parse(run.stdout) as JsonParams };
}

describe("bujiao params listing", () => {
  let builtIn: JsonParams;
  let text: string;

  beforeAll(async () => {
    builtIn = (await jsonOf([])).document;
    text = (await runInProcess(["params"])).stdout;
  });

  test("lists every built-in row with its source", () => {
    expect(builtIn.file).toBeNull();
    expect(builtIn.rows.length).toBeGreaterThan(200);
    for (const row of builtIn.rows) {
      expect(row.source).not.toBe("");
      expect(row.origin).toBeNull();
      expect(row.uncertain).toBe(row.confidence === "U");
    }
    const uncertain = builtIn.rows.filter((row) => row.uncertain).length;
    expect(uncertain).toBeGreaterThan(0);
    expect(text.split("\n")[0]).toBe(`参数表：内置北京参数，共 ${builtIn.rows.length} 行，其中不确定（U）${uncertain} 行`);
  });

  test("uncertain rows are marked in the text", () => {
    const uncertain = builtIn.rows.filter((row) => row.uncertain).length;
    const marked = text.split("\n").filter((line) => line.startsWith("  【不确定】"));
    expect(marked).toHaveLength(uncertain);
    // The 1996 limits are read from a table whose rows look swapped: uncertain.
    expect(text).toContain("  【不确定】 1996-01—1996-03  编号 1996-1  险种 养老保险  数值 327  数值2 1635");
  });

  test("contribution years show their resolved months", () => {
    const year = builtIn.rows.find((row) => row.table === "limitPeriods" && row.cells.id === "2026")!;
    expect(year.period).toBe("2026-07—2027-06");
    expect(year.confidence).toBe("V");
    expect(text).toContain("缴费年度（");
    expect(text).toMatch(/\n {2}2026-07—2027-06 {2}编号 2026 {2}可信度 V（已核实） {2}来源：/);
  });

  test("workbook rows carry their cell", async () => {
    const path = join(folder, "参数.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("参数").addRows([
      ["类别", "开始年月", "终止年月", "对象", "数值", "数值2", "来源", "可信度"],
      ["缴费基数上下限", "2027-07", "2028-06", null, 7400, 37000, "测试用来源", "U"],
      ["社平工资", 2024, null, "全口径", 150000, null, "测试用来源", "S"],
    ]);
    await workbook.xlsx.writeFile(path);

    const { code, document } = await jsonOf([path]);
    expect(code).toBe(0);
    expect(document.parameterSheet).toBe("参数");
    // The 2024 average wage replaces the built-in row; the 2027 year and its five limits are new.
    expect(document.rows.length).toBe(builtIn.rows.length + 6);
    const wage2024 = document.rows.filter((row) => row.table === "averageWages" && row.cells.start === 2024 && row.cells.target === "全口径");
    expect(wage2024).toEqual([expect.objectContaining({ origin: "参数!A3", confidence: "S", period: "2024 年" })]);
    expect(wage2024[0].cells.value).toBe(150000);
    const limits = document.rows.filter((row) => row.origin === "参数!A2");
    expect(limits.map((row) => row.table)).toEqual(["limitPeriods", "baseLimits", "baseLimits", "baseLimits", "baseLimits", "baseLimits"]);

    const run = await runInProcess(["params", path]);
    expect(run.stdout).toContain("来自工作簿 7 行");
    expect(run.stdout).toContain("  【不确定】 【工作簿 参数!A2】 2027-07—2028-06  编号 2027  险种 养老保险  数值 7400  数值2 37000");
    expect(run.stdout).toContain("  【工作簿 参数!A3】 2024 年  对象 全口径  数值 150000  可信度 S（二手来源）  来源：测试用来源");
  });

  test("bad row exits 1 with its cell", async () => {
    const path = join(folder, "参数-有误.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("参数").addRows([
      ["类别", "开始年月", "终止年月", "数值", "数值2", "来源"],
      ["滞纳金规则", "2023-13", null, 1, "0.05%", "测试用来源"],
    ]);
    workbook.addWorksheet("单位信息").addRows([["单位规模", "中小微企业"]]);
    await workbook.xlsx.writeFile(path);

    const run = await runInProcess(["params", path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("单位信息：已填写 单位规模；未填写 单位名称、统一社会信用代码、工伤保险费率、信用状况、是否愿意承诺、社保与税务是否同区");
    expect(run.stdout).toContain("工作表问题（有错误的行未采用）：\n  [错误] 参数!B2：开始年月 “2023-13” 无效：月份应在 1–12 之间，例如 2023-08\n");
    const { document } = await jsonOf([path]);
    expect(document.problems).toEqual([
      { cell: "参数!B2", severity: "error", key: "sheet.badCell", message: "参数!B2：开始年月 “2023-13” 无效：月份应在 1–12 之间，例如 2023-08" },
    ]);
  });

  test("workbook without a 参数 sheet says so", async () => {
    const roster = join(REPO_ROOT, "examples", "补缴名单-示例.xlsx");
    const run = await runInProcess(["params", roster]);
    expect(run.stdout.split("\n")[0]).toMatch(new RegExp(`^参数表：工作簿 ${roster} 没有「参数」工作表，按内置北京参数`));
    expect(run.code).toBe(0);
  });

  test("missing file exits 2", async () => {
    const missing = join(folder, "没有这个文件.xlsx");
    const run = await runInProcess(["params", missing]);
    expect(run.stderr).toBe(`找不到文件 “${missing}”：请检查路径和文件名\n`);
    expect(run.code).toBe(2);
  });

  test("English listing with BUJIAO_LANG=en", async () => {
    const run = await runInProcess(["params"], { BUJIAO_LANG: "en" });
    expect(run.stdout).toMatch(/^Parameters: the built-in Beijing tables, \d+ rows, \d+ of them uncertain \(U\)/);
    expect(run.stdout).toContain("[uncertain]");
  });
});

describe("bujiao params --template", () => {
  const path = join(folder, "参数模板.xlsx");
  let run: Awaited<ReturnType<typeof runInProcess>>;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    run = await runInProcess(["params", "--template", path]);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
  });

  test("writes both sheets", () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^已写入参数模板 ${path}`));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["参数", "单位信息"]);
  });

  test("header cells carry the column notes", () => {
    const template = parameterTemplateRows();
    const header = workbook.getWorksheet("参数")!.getRow(1);
    template.headers.forEach((text, index) => {
      const cell = header.getCell(index + 1);
      expect(cell.value).toBe(text);
      expect(cell.note).toBe(template.comments[index]);
    });
  });

  test("unit sheet lists every label with a hint", () => {
    const sheet = workbook.getWorksheet("单位信息")!;
    const labels = unitSheetLabels();
    labels.forEach((label, index) => {
      const row = sheet.getRow(index + 2);
      expect(row.getCell(1).value).toBe(label);
      expect(row.getCell(2).value).toBeNull();
      expect(String(row.getCell(3).value ?? "")).not.toBe("");
    });
  });

  test("reads back as empty", async () => {
    // Every example row is commented out and every unit value blank: nothing changes and nothing is wrong.
    const parameters = parametersFromWorkbook(await readWorkbookFile(path));
    expect(parameters.parameterProblems).toEqual([]);
    expect(parameters.unitProblems).toEqual([]);
    expect(parameters.overrides).toEqual({});
    expect(parameters.unit).toEqual({});
  });

  test("refuses to overwrite", async () => {
    const before = readFileSync(path);
    const again = await runInProcess(["params", "--template", path]);
    expect(again.stderr).toBe(`文件 “${path}” 已存在，不会覆盖：请换一个文件名，或先删除该文件\n`);
    expect(again.code).toBe(2);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test("--template with a workbook exits 2", async () => {
    const other = join(folder, "另一个模板.xlsx");
    const both = await runInProcess(["params", "名单.xlsx", "--template", other]);
    expect(both.stderr).toMatch(/^--template 生成空白模板，不读取工作簿/);
    expect(both.code).toBe(2);
    expect(existsSync(other)).toBe(false);
  });
});
