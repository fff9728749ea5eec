import { dayFromParts, formatYearMonth, type Day } from "../../src/core/calendar";
import { BujiaoError } from "../../src/core/errors";
import { checkCharacter } from "../../src/core/identity";
import { beijingParameters as params } from "../../src/core/params/parameterSet";
import type { CellValue } from "../../src/core/parse";
import { buildUploadFiles, checkRoster, findRoster, renderFinding, type CheckResult, type SheetData } from "../../src/core/roster";

const HANDLING: Day = dayFromParts(2026, 12, 4) as Day;

/** A valid identity number with the given first 17 digits' birth date. */
function idNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + checkCharacter(first17);
}

const WANG = idNumber("110105", "19651115", "001");
const LI = idNumber("110108", "19900305", "002");
const ZHAO = idNumber("130102", "19880720", "004");

const HEADER = ["序号", "姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资", "户口性质"];

/** Rows without a hukou cell get 本市城镇, so months before 2011-07 stay payable. */
function sheet(rows: CellValue[][], name = "补缴名单"): SheetData {
  return { name, rows: [HEADER, ...rows.map((row) => (row.length === 6 ? [...row, "本市城镇"] : row))] };
}

function check(rows: CellValue[][], handling: Day = HANDLING): CheckResult {
  return checkRoster(findRoster([sheet(rows)]), { handlingDay: handling }, params);
}

/** Codes of a row's warnings and errors; info notes such as CONTINUITY_NOTICE are left out. */
function codes(result: CheckResult, index: number): string[] {
  return result.rows[index].findings.filter((finding) => finding.severity !== "info").map((finding) => finding.code);
}

describe("findRoster", () => {
  test("finds a header below a title row, with synonyms", () => {
    const roster = findRoster([
      { name: "说明", rows: [["这是说明"]] },
      {
        name: "Sheet2",
        rows: [["XX公司补缴名单"], [], ["姓名", "身份证号", "起始年月", "结束年月", "缴费工资（元）"], ["王五", WANG, "2023-01", "2023-02", 8000]],
      },
    ]);
    expect(roster.sheetName).toBe("Sheet2");
    expect(roster.headerRow).toBe(3);
    expect(roster.rows).toHaveLength(1);
    expect(roster.rows[0].sheetRow).toBe(4);
    expect(roster.columns).toEqual({ name: 0, identityNumber: 1, startMonth: 2, endMonth: 3, wage: 4 });
  });

  test("a 补缴名单 sheet without required columns is one message", () => {
    let error: BujiaoError | undefined;
    try {
      findRoster([{ name: "补缴名单", rows: [["姓名", "身份证号码", "开始年月"]] }]);
    } catch (caught) {
      error = caught as BujiaoError;
    }
    expect(error?.message).toBe(
      "工作表「补缴名单」前 10 行内的表头缺少这些列：终止年月、缴费工资。请补上这些列的表头；如果表头在第 10 行以下，请删除表头上方的行后重试",
    );
  });

  test("no roster anywhere", () => {
    expect(() => findRoster([{ name: "Sheet1", rows: [["a", "b"]] }])).toThrow(
      "没有找到补缴名单：请把名单放在名为「补缴名单」的工作表中，前 10 行内要有表头，包含这些列：姓名、社会保障号码、开始年月、终止年月、缴费工资。如果表头在第 10 行以下，请删除表头上方的行",
    );
  });

  test("two columns for one field are rejected", () => {
    expect(() => findRoster([{ name: "补缴名单", rows: [["姓名", "身份证号", "开始年月", "终止年月", "缴费工资", "缴费工资"]] }])).toThrow(
      "工作表「补缴名单」的表头中第 E 列和第 F 列都是「缴费工资」：无法确定使用哪一列，请删除或改名其中一列",
    );
  });

  test("blank rows and rows with only a 序号 are skipped", () => {
    const roster = findRoster([sheet([[1, "王五", WANG, "2023-01", "2023-02", 8000], [], [2, null, null, "", null, null]])]);
    expect(roster.rows).toHaveLength(1);
  });
});

describe("checkRoster segments and upload rows", () => {
  test("a row crossing 2011-07 is split there and at the limit-period boundary", () => {
    const result = check([[1, "王五", WANG, "2011-02", "2011-09", 5000]]);
    const segments = result.rows[0].segments.map((s) => `${formatYearMonth(s.from)}..${formatYearMonth(s.to)}`);
    // 2011-04 starts the 2011 limit period (April–March at that time), 2011-07 ends the coefficient.
    expect(segments).toEqual(["2011-02..2011-03", "2011-04..2011-06", "2011-07..2011-09"]);
    expect(result.rows[0].outcome).toBe("exported");
    expect(codes(result, 0)).toEqual([]);
  });

  test("a row crossing 2023-12 goes to two files", () => {
    const result = check([[1, "李四", LI, "2023-05", "2024-02", "12000"]]);
    const files = buildUploadFiles(result);
    expect(files.map((file) => file.fileName)).toEqual(["个人补缴_批量申报.xlsx", "个人补缴_批量申报_2023年12月起.xlsx"]);
    expect(files[0].header).toEqual(["序号", "社会保障号码", "姓名", "开始年月", "终止年月", "缴费工资"]);
    expect(files[0].rows).toEqual([
      [
        { kind: "number", value: 1 },
        { kind: "text", value: LI },
        { kind: "text", value: "李四" },
        { kind: "text", value: "202305" },
        { kind: "text", value: "202306" },
        { kind: "number", value: 12000 },
      ],
      [
        { kind: "number", value: 2 },
        { kind: "text", value: LI },
        { kind: "text", value: "李四" },
        { kind: "text", value: "202307" },
        { kind: "text", value: "202311" },
        { kind: "number", value: 12000 },
      ],
    ]);
    expect(files[1].rows.map((row) => [row[0].value, row[3].value, row[4].value])).toEqual([[1, "202312", "202402"]]);
    expect(files[1].sourceRows).toEqual([2]);
  });

  test("the handling month is not payable, with a warning", () => {
    const result = check([[1, "李四", LI, "2026-10", "2026-12", 12000]]);
    // The two payable months lie within the 60 months before handling, hence the continuity warning.
    expect(codes(result, 0)).toEqual(["MONTH_HANDLING", "CONTINUITY_NOTICE"]);
    const warning = result.rows[0].findings.find((finding) => finding.code === "MONTH_HANDLING")!;
    expect(warning.severity).toBe("warning");
    expect(renderFinding(warning)).toBe("办理当月 2026-12 不能补缴：当月费款请通过单位月报正常缴纳");
    expect(result.rows[0].uploadRows.map((row) => formatYearMonth(row.end))).toEqual(["2026-11"]);
  });

  test("overlapping rows of one person: the later row's months are not payable", () => {
    const result = check([
      [1, "赵六", ZHAO, "2022-01", "2022-06", 9000],
      [2, "赵六", ZHAO, "2022-05", "2022-08", 9000],
    ]);
    expect(codes(result, 1)).toEqual(["MONTH_OVERLAP"]);
    expect(renderFinding(result.rows[1].findings.find((finding) => finding.code === "MONTH_OVERLAP")!)).toBe("2022-05—2022-06 已在第 2 行申报：重复的月份不再补缴，请删除或改正其中一行");
    expect(result.rows[1].uploadRows.map((row) => `${formatYearMonth(row.start)}..${formatYearMonth(row.end)}`)).toEqual([
      "2022-07..2022-08",
    ]);
  });

  test("wage notes for the lower limit", () => {
    const result = check([[1, "赵六", ZHAO, "2023-07", "2023-08", 3000]]);
    const note = result.rows[0].findings.find((finding) => finding.code === "WAGE_BELOW_LOWER")!;
    expect(note.severity).toBe("info");
    expect(renderFinding(note)).toBe("缴费工资 3000.00 低于 2023-07—2024-06 缴费年度的养老下限 6326：经办时将按下限缴费");
    expect(result.rows[0].uploadRows[0].wage.toNumber()).toBe(3000);
  });
});

describe("checkRoster errors", () => {
  const rows: CellValue[][] = [
    [1, "错位", "110105194912310021", "2023-01", "2023-02", 8000],
    [2, "十三月", LI, "2023-13", "2023-02", 8000],
    [3, "颠倒", LI, "2023-05", "2023-02", 8000],
    [4, "文字工资", ZHAO, "2023-01", "2023-02", "abc"],
    [5, "数字号码", 110105196511150010, "2023-01", "2023-02", 8000],
    [6, null, WANG, "2023-01", "2023-02", 8000],
    [7, "未来", WANG, "2026-11", "2027-01", 8000],
    [8, "太早", WANG, "1990-01", "1992-12", 8000],
    [9, "错误值", { error: "#REF!" }, "2023-01", "2023-02", 8000],
    [10, "王\n五", WANG, "2023-01", "2023-02", 8000],
  ];
  const result = check(rows);

  test("each mistake has its code", () => {
    expect(result.rows.map((row) => row.findings.map((f) => f.code))).toEqual([
      ["ID_CHECK_DIGIT"],
      ["START_MONTH_INVALID"],
      ["MONTH_ORDER"],
      ["WAGE_INVALID"],
      ["ID_STORED_AS_NUMBER"],
      ["NAME_MISSING"],
      ["MONTH_AFTER_HANDLING"],
      ["MONTH_BEFORE_SCHEME"],
      ["ID_ERROR_VALUE"],
      ["NAME_INVALID"],
    ]);
  });

  test("no row with an error is exported, and every row is accounted for", () => {
    expect(result.rows).toHaveLength(rows.length);
    for (const row of result.rows) {
      expect(row.outcome).toBe("reported");
      expect(row.uploadRows).toEqual([]);
      expect(row.findings.some((f) => f.severity === "error")).toBe(true);
    }
    expect(buildUploadFiles(result)).toEqual([]);
  });

  test("messages are Chinese and name the value", () => {
    const messages = result.rows.map((row) => renderFinding(row.findings[0]));
    expect(messages[1]).toBe("开始年月 “2023-13” 无效：月份应在 1–12 之间，例如 2023-08");
    expect(messages[2]).toBe("开始年月 2023-05 晚于终止年月 2023-02：请改正，使开始年月不晚于终止年月");
    expect(messages[3]).toBe("缴费工资 “abc” 不是数字：请填写以元为单位的金额，例如 8000 或 8000.50");
    expect(messages[5]).toBe("姓名为空：请填写职工姓名");
    expect(messages[6]).toBe("终止年月 2027-01 晚于办理月份 2026-12：未来的月份不能补缴，请把终止年月改为 2026-12 或更早");
    expect(messages[7]).toBe("开始年月 1990-01 早于 1992-10：北京社会保险自 1992-10 起缴费，请改正开始年月");
    expect(messages[8]).toBe("社会保障号码所在单元格是错误值 #REF!：请先修正该单元格的公式");
    expect(messages[9]).toBe("姓名 “王 五” 含有换行等控制字符或超过 50 个字：请改正后重试");
  });

  test("identity numbers are masked in results", () => {
    expect(result.rows[0].maskedIdentityNumber).toBe("110105********0021");
  });
});

describe("worked roster cases", () => {
  test("portal example: months with a contribution record are not payable", () => {
    const person = idNumber("410102", "19900214", "003");
    const roster = findRoster([
      {
        name: "补缴名单",
        rows: [
          ["姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资", "户口性质", "入职日期"],
          ["张三", person, "2023-01", "2023-08", 15000, "外埠城镇", "2022-06-01"],
        ],
      },
    ]);
    const history = new Map([[person, new Set(Array.from({ length: 7 }, (_, i) => (2023 * 12 + i) as never))]]);
    const result = checkRoster(roster, { handlingDay: dayFromParts(2023, 9, 20) as Day, history }, params);
    const row = result.rows[0];

    const notPayable = row.findings.filter((finding) => finding.code === "ALREADY_PAID");
    expect(notPayable.map((finding) => renderFinding(finding))).toEqual([
      "2023-01—2023-06 存在缴费记录，不能进行个人补缴",
      "2023-07—2023-07 存在缴费记录，不能进行个人补缴",
    ]);
    expect(notPayable.every((finding) => finding.severity === "warning")).toBe(true);
    expect(row.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(row.segments.map((s) => [formatYearMonth(s.from), formatYearMonth(s.to), s.payable])).toEqual([
      ["2023-01", "2023-06", false],
      ["2023-07", "2023-07", false],
      ["2023-08", "2023-08", true],
    ]);
    const files = buildUploadFiles(result);
    expect(files).toHaveLength(1);
    expect(files[0].rows[0].map((cell) => cell.value)).toEqual([1, person, "张三", "202308", "202308", 15000]);
  });

  test("confirmation-form example: a man born 1965-11 back-pays 2005-07..2006-12", () => {
    const result = checkRoster(
      findRoster([
        {
          name: "补缴名单",
          rows: [
            ["姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资", "户口性质"],
            ["王小二", WANG, "2005-07", "2006-12", 3000, "本市城镇"],
          ],
        },
      ]),
      { handlingDay: dayFromParts(2023, 2, 11) as Day },
      params,
    );
    const person = result.persons[0];
    expect(formatYearMonth(person.retirementMonth!)).toBe("2026-02");
    expect(person.payableMonths).toBe(18);
    expect(result.rows[0].findings.filter((finding) => finding.severity === "error")).toEqual([]);
    const materials = person.materials.map((item) => item.key);
    expect(materials).toEqual(
      expect.arrayContaining(["material.pre2011Application", "material.laborContract", "material.wageVouchers", "material.householdRegister"]),
    );
    expect(materials).not.toContain("material.legalDocument");
    // Every month lies before 2011-07, the coefficient's scope, and the row splits at the 2006-04 period start.
    expect(result.rows[0].segments.map((s) => [formatYearMonth(s.from), formatYearMonth(s.to)])).toEqual([
      ["2005-07", "2006-03"],
      ["2006-04", "2006-12"],
    ]);
  });
});
