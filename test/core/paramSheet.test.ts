// The 参数 sheet: rows that add or replace parameters, problems with their cell addresses, the template, and a
// round trip of every built-in table through the sheet layout.

import { yearMonth, formatYearMonth } from "../../src/core/calendar";
import { contributionBase } from "../../src/core/base";
import { BujiaoError } from "../../src/core/errors";
import { yuan } from "../../src/core/money";
import { beijingParameters } from "../../src/core/params/parameterSet";
import {
  CATEGORY_NAMES,
  PARAMETER_COLUMNS,
  builtInSheetTables,
  parameterTemplateRows,
  readParameterSheet,
  renderParameterRows,
  rowCells,
  type SheetRowCells,
} from "../../src/core/params/sheet";
import type { CellValue } from "../../src/core/parse";
import type { SheetProblem } from "../../src/core/roster/types";
import { t } from "../../src/i18n";

const HEADER = PARAMETER_COLUMNS.map((entry) => entry.header);
const SOURCE = "测试用来源";

function sheetOf(...rows: SheetRowCells[]) {
  return { name: "参数", rows: [HEADER as CellValue[], ...rows.map(rowCells)] };
}

function messages(problems: SheetProblem[]): string[] {
  return problems.map((problem) => t(problem.key, problem.params, "zh-CN"));
}

function thrown(action: () => unknown): BujiaoError {
  try {
    action();
  } catch (error) {
    if (error instanceof BujiaoError) return error;
    throw error;
  }
  throw new Error("expected a BujiaoError");
}

// Hypothetical figures: the 2027-07..2028-06 limits are not published yet, so any pair shows the mechanism.
const limits2027: SheetRowCells = {
  category: "缴费基数上下限",
  start: "2027-07",
  end: "2028-06",
  value: 7400,
  value2: 37000,
  source: SOURCE,
  confidence: "U",
};

describe("readParameterSheet acceptance", () => {
  test("2027-08 has no limits built in", () => {
    const error = thrown(() => contributionBase(beijingParameters, yuan(3000), yearMonth(2027, 8)));
    expect(error.kind).toBe("notAvailable");
    expect(error.message).toBe(
      "没有覆盖费款所属期 2027-08 的养老保险缴费基数上下限：请在「参数」工作表中添加该缴费年度的上下限行",
    );
  });

  test("sheet row opens the 2027 year", () => {
    const { overrides, problems } = readParameterSheet(sheetOf(limits2027));
    expect(problems).toEqual([]);
    const params = beijingParameters.withOverrides(overrides);

    expect(contributionBase(params, yuan(3000), yearMonth(2027, 8)).toFixed(2)).toBe("7400.00");
    expect(contributionBase(params, yuan(50000), yearMonth(2028, 6), "medical").toFixed(2)).toBe("37000.00");
    expect(params.periodOf(yearMonth(2028, 6))?.id).toBe("2027");
    expect(params.periodOf(yearMonth(2028, 7))).toBeUndefined();
    // The 2026 year keeps its own limits.
    expect(contributionBase(params, yuan(3000), yearMonth(2027, 6)).toFixed(2)).toBe("7270.00");
  });

  test("rows carry their origin", () => {
    const { overrides } = readParameterSheet(sheetOf(limits2027));
    expect(overrides.limitPeriods).toEqual([
      { id: "2027", start: yearMonth(2027, 7), end: yearMonth(2028, 6), source: SOURCE, confidence: "U", origin: "参数!A2" },
    ]);
    expect(overrides.baseLimits).toHaveLength(5);
    expect(overrides.baseLimits![0]).toEqual({
      period: "2027",
      insurance: "pension",
      lower: "7400",
      upper: "37000",
      source: SOURCE,
      confidence: "U",
      origin: "参数!A2",
    });
  });
});

describe("readParameterSheet malformed rows", () => {
  const sheet = sheetOf(
    limits2027,
    { category: "滞纳金规则", start: "2023-13", value: 1, value2: "0.05%", source: SOURCE },
    { category: "缴费基数", start: "2026-07", value: 7270, value2: 36348, source: SOURCE },
    { category: "缴费基数上下限", start: "2026-07", insurance: "养老", value: "七千", value2: 36348, source: SOURCE },
    { category: "社平工资", start: 2026, target: "全口径", source: SOURCE },
    { category: "社平工资", start: 2026, target: "全口径", value: 150000 },
  );
  const { overrides, problems } = readParameterSheet(sheet);

  test("each problem names its cell", () => {
    expect(problems.map((problem) => problem.cell)).toEqual(["参数!C3", "参数!A4", "参数!I5", "参数!I6", "参数!L7"]);
    expect(problems.every((problem) => problem.severity === "error")).toBe(true);
  });

  test("bad month", () => {
    expect(messages(problems)[0]).toBe("参数!C3：开始年月 “2023-13” 无效：月份应在 1–12 之间，例如 2023-08");
  });

  test("unknown category", () => {
    expect(messages(problems)[1]).toBe(
      "参数!A4：类别 “缴费基数” 无法识别：可填写 缴费年度、缴费基数上下限、社平工资、放大系数口径、放大系数适用期、滞纳金规则、险种起始月、费率、大额互助费率、减免、退休年龄",
    );
  });

  test("text in a number column", () => {
    expect(messages(problems)[2]).toBe("参数!I5：数值 “七千” 不是数字：请填写以元为单位的金额，例如 8000 或 8000.50");
  });

  test("missing value", () => {
    expect(messages(problems)[3]).toBe("参数!I6：数值为空：请填写数值，例如 8000");
  });

  test("missing source", () => {
    expect(messages(problems)[4]).toBe("参数!L7：来源为空：请填写该数值所依据的文件名称和文号");
  });

  test("bad rows are left out", () => {
    expect(overrides.lateFeeRegimes).toBeUndefined();
    expect(overrides.averageWages).toBeUndefined();
    expect(overrides.baseLimits).toHaveLength(5);
  });
});

describe("readParameterSheet contribution years", () => {
  test("start inside an existing year", () => {
    const { problems } = readParameterSheet(sheetOf({ ...limits2027, start: "2026-08", end: null }));
    expect(messages(problems)).toEqual([
      "参数!C2：开始年月 2026-08 不是缴费年度的起始月：该月属于缴费年度 2026（2026-07—2027-06），请填写 2026-07",
    ]);
  });

  test("new year without end month", () => {
    const { problems } = readParameterSheet(sheetOf({ ...limits2027, end: null }));
    expect(messages(problems)).toEqual([
      "参数!D2：新的缴费年度（自 2027-07 起）需要终止年月：请填写，例如 2028-06",
    ]);
  });

  test("end contradicting an existing year", () => {
    const { problems } = readParameterSheet(sheetOf({ ...limits2027, start: "2026-07", end: "2027-12" }));
    expect(problems.map((problem) => problem.cell)).toEqual(["参数!D2"]);
    expect(problems[0].key).toBe("paramSheet.periodEndMismatch");
  });

  test("year defined by its own row, further down", () => {
    const { overrides, problems } = readParameterSheet(
      sheetOf(
        { category: "缴费基数上下限", id: "2027", insurance: "养老", value: 7400, value2: 37000, source: SOURCE },
        { category: "缴费年度", id: "2027", start: "2027-07", end: "2028-06", source: SOURCE, confidence: "V" },
      ),
    );
    expect(problems).toEqual([]);
    const params = beijingParameters.withOverrides(overrides);
    expect(contributionBase(params, yuan(3000), yearMonth(2028, 1)).toFixed(2)).toBe("7400.00");
    expect(overrides.limitPeriods![0].origin).toBe("参数!A3");
  });

  test("moving an uncertain start month", () => {
    // The 2013 year's start month is unsourced (default 2013-07); a unit with a source moves it to 2013-04.
    const { overrides, problems } = readParameterSheet(
      sheetOf({ category: "缴费年度", id: "2013", start: "2013-04", source: SOURCE, confidence: "S" }),
    );
    expect(problems).toEqual([]);
    const params = beijingParameters.withOverrides(overrides);
    expect(params.periodOf(yearMonth(2013, 4))?.id).toBe("2013");
    expect(formatYearMonth(params.periodOf(yearMonth(2013, 3))!.end)).toBe("2013-03");
  });

  test("rural lower limit", () => {
    const { overrides, problems } = readParameterSheet(
      sheetOf({ category: "缴费基数上下限", start: "2009-04", insurance: "养老", hukou: "农村", value: 800, value2: 11178, source: SOURCE }),
    );
    expect(problems).toEqual([]);
    expect(overrides.baseLimits).toEqual([
      expect.objectContaining({ period: "2009", insurance: "pension", ruralOnly: true, lower: "800" }),
    ]);
  });

  test("urban hukou on a limits row", () => {
    const { problems } = readParameterSheet(
      sheetOf({ category: "缴费基数上下限", start: "2009-04", hukou: "本市城镇", value: 800, value2: 11178, source: SOURCE }),
    );
    expect(messages(problems)).toEqual([
      "参数!G2：户口性质 “本市城镇” 不适用于上下限：留空表示所有户口，填 农村 表示农民合同制工人的下限",
    ]);
  });

  test("upper below lower", () => {
    const { problems } = readParameterSheet(sheetOf({ ...limits2027, value: 37000, value2: 7400 }));
    expect(messages(problems)).toEqual(["参数!J2：上限 7400 低于下限 37000：数值填下限，数值2填上限"]);
  });
});

describe("readParameterSheet rates and other tables", () => {
  test("rate value forms", () => {
    const { overrides, problems } = readParameterSheet(
      sheetOf(
        { category: "费率", start: "2027-01", insurance: "养老", target: "单位", value: "15%", source: SOURCE },
        { category: "大额互助费率", start: "2027-01", insurance: "医疗", target: "个人", value: "5元", source: SOURCE },
        { category: "费率", start: "2027-01", insurance: "工伤", target: "单位", value: "单位费率", source: SOURCE },
        { category: "费率", start: "2027-01", insurance: "失业", target: "个人", hukou: "本市农村、外埠农村", value: 0, source: SOURCE },
      ),
    );
    expect(problems).toEqual([]);
    expect(overrides.rates!.map((row) => [row.insurance, row.party, row.component, row.kind, row.value])).toEqual([
      ["pension", "employer", "basic", "fraction", "0.15"],
      ["medical", "individual", "majorMedical", "yuanPerMonth", "5"],
      ["workInjury", "employer", "basic", "unitRate", ""],
      ["unemployment", "individual", "basic", "fraction", "0"],
    ]);
    expect(overrides.rates![3].hukouTypes).toEqual(["localRural", "nonlocalRural"]);
  });

  test("rate typed as a percentage without %", () => {
    const { problems } = readParameterSheet(
      sheetOf({ category: "费率", start: "2027-01", insurance: "养老", target: "单位", value: 16, source: SOURCE }),
    );
    expect(messages(problems)).toEqual(["参数!I2：数值 “16” 大于 1：比例请带上 % 号或写成小数，例如 16%"]);
  });

  test("relief with unit sizes", () => {
    const { overrides, problems } = readParameterSheet(
      sheetOf({
        category: "减免",
        id: "2020-large-pension",
        start: "2020-02",
        end: "2020-06",
        insurance: "养老",
        target: "单位",
        unitSize: "大型企业",
        value: "50%",
        source: SOURCE,
        confidence: "V",
      }),
    );
    expect(problems).toEqual([]);
    expect(overrides.reliefs).toEqual([
      expect.objectContaining({ id: "2020-large-pension", unitSizes: ["large"], factor: "0.5", party: "employer" }),
    ]);
  });

  test("late fee without charge", () => {
    const { overrides, problems } = readParameterSheet(
      sheetOf({ category: "滞纳金规则", start: "1992-10", end: "2011-06", value: "不加收", source: SOURCE }),
    );
    expect(problems).toEqual([]);
    expect(overrides.lateFeeRegimes).toEqual([
      expect.objectContaining({ from: yearMonth(1992, 10), to: yearMonth(2011, 6), startOffsetMonths: null, dailyRate: "0" }),
    ]);
  });

  test("average wage and retirement rows", () => {
    const { overrides, problems } = readParameterSheet(
      sheetOf(
        { category: "社平工资", start: "2026年", target: "全口径", value: "150,000", source: SOURCE },
        { category: "退休年龄", target: "女工人", start: "1975-01", value: 50, value2: 2, value3: 60, source: SOURCE, confidence: "V" },
      ),
    );
    expect(problems).toEqual([]);
    expect(overrides.averageWages).toEqual([expect.objectContaining({ year: 2026, series: "full", annual: "150000" })]);
    expect(overrides.retirementSchedule).toEqual([
      expect.objectContaining({ group: "femaleWorker", originalAge: 50, firstAffectedBirth: yearMonth(1975, 1), birthMonthsPerStep: 2, maxDelayMonths: 60 }),
    ]);
  });

  test("duplicate rows", () => {
    const row = { category: "社平工资", start: 2026, target: "全口径", value: 150000, source: SOURCE };
    const { overrides, problems } = readParameterSheet(sheetOf(row, { ...row, value: 151000 }));
    expect(messages(problems)).toEqual(["参数!A3：与第 2 行是同一项参数：同一参数只能填写一行，本行未采用"]);
    expect(overrides.averageWages!.map((entry) => entry.annual)).toEqual(["150000"]);
  });

  test("unknown confidence", () => {
    const { problems } = readParameterSheet(sheetOf({ ...limits2027, confidence: "高" }));
    expect(messages(problems)).toEqual([
      "参数!M2：可信度 “高” 无法识别：可填写 V（已核实）、S（二手来源）、U（不确定），留空按 U",
    ]);
  });
});

describe("readParameterSheet layout", () => {
  test("header below a title, comments and blank rows", () => {
    const sheet = {
      name: "参数",
      rows: [
        ["本单位参数"],
        [],
        HEADER as CellValue[],
        ["# 说明行"],
        [],
        rowCells(limits2027),
      ],
    };
    const { overrides, problems } = readParameterSheet(sheet);
    expect(problems).toEqual([]);
    expect(overrides.limitPeriods![0].origin).toBe("参数!A6");
  });

  test("columns in another order", () => {
    const { overrides, problems } = readParameterSheet({
      name: "参数",
      rows: [
        ["来源", "数值2", "数值", "终止年月", "开始年月", "类别"],
        [SOURCE, 37000, 7400, "2028-06", "2027-07", "缴费基数上下限"],
      ],
    });
    expect(problems).toEqual([]);
    expect(overrides.limitPeriods![0].origin).toBe("参数!F2");
  });

  test("sheet without header", () => {
    const { problems } = readParameterSheet({ name: "参数", rows: [["缴费基数上下限", "2027-07"]] });
    expect(messages(problems)).toEqual([
      "参数!A1：「参数」工作表前 10 行内没有表头：表头行应包含 类别、数值、来源 等列，可先生成参数模板（bujiao params --template）再填写",
    ]);
  });

  test("header lacking required columns", () => {
    const { problems } = readParameterSheet({ name: "参数", rows: [["类别", "开始年月"]] });
    expect(messages(problems)).toEqual(["参数!A1：表头缺少这些列：数值、来源。请补上后重试"]);
  });
});

describe("parameter sheet round trip", () => {
  const tables = builtInSheetTables();
  const rendered = renderParameterRows(tables);
  const { overrides, problems } = readParameterSheet({
    name: "参数",
    rows: [HEADER as CellValue[], ...rendered.map((row) => rowCells(row.cells))],
  });

  function withoutOrigin<T extends { origin?: string }>(rows: T[] | undefined): T[] {
    return (rows ?? []).map(({ origin: _origin, ...rest }) => rest as T);
  }

  test("built-in rows read back without problems", () => {
    expect(messages(problems)).toEqual([]);
  });

  for (const table of Object.keys(tables) as Array<keyof typeof tables>) {
    test(`${table} reads back unchanged`, () => {
      expect(withoutOrigin(overrides[table] as Array<{ origin?: string }>)).toEqual(tables[table]);
    });
  }
});

describe("parameterTemplateRows", () => {
  const template = parameterTemplateRows();

  test("header and comment per column", () => {
    expect(template.sheetName).toBe("参数");
    expect(template.headers).toEqual(HEADER);
    expect(template.comments).toHaveLength(HEADER.length);
    expect(template.comments.every((comment) => comment.length > 0)).toBe(true);
  });

  test("one commented example per category", () => {
    const categories = template.rows.slice(1).map((row) => row[0]);
    expect(categories).toEqual(Object.values(CATEGORY_NAMES).map((name) => `#${name}`));
    expect(String(template.rows[0][0])).toMatch(/^# /);
  });

  test("template as written changes nothing", () => {
    const result = readParameterSheet({ name: "参数", rows: [template.headers, ...template.rows] });
    expect(result).toEqual({ overrides: {}, problems: [] });
  });

  test("uncommented examples read cleanly", () => {
    const rows = template.rows.slice(1).map((row) => [String(row[0]).slice(1), ...row.slice(1)]);
    const result = readParameterSheet({ name: "参数", rows: [template.headers, ...rows] });
    expect(messages(result.problems)).toEqual([]);
    expect(Object.keys(result.overrides).sort()).toEqual(Object.keys(builtInSheetTables()).sort());
  });
});

describe("readParameterSheet contribution-year rows", () => {
  test("newest year needs an end month", () => {
    const { problems } = readParameterSheet(sheetOf({ category: "缴费年度", start: "2027-07", source: SOURCE }));
    expect(messages(problems)).toEqual(["参数!D2：新的缴费年度（自 2027-07 起）需要终止年月：请填写，例如 2028-06"]);
  });

  test("year followed by a later sheet year", () => {
    const { overrides, problems } = readParameterSheet(
      sheetOf(
        { category: "缴费年度", start: "2027-07", source: SOURCE },
        { category: "缴费年度", start: "2028-07", end: "2029-06", source: SOURCE },
      ),
    );
    expect(problems).toEqual([]);
    const params = beijingParameters.withOverrides(overrides);
    expect(formatYearMonth(params.periodOf(yearMonth(2027, 7))!.end)).toBe("2028-06");
    expect(params.periodOf(yearMonth(2029, 6))?.id).toBe("2028");
  });
});
