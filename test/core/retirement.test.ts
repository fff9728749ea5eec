// Statutory retirement months under the 2025 gradual schedule, from birth dates and from identity numbers.

import { formatYearMonth, yearMonth, yearMonthToSerial } from "../../src/core/calendar";
import { BujiaoError } from "../../src/core/errors";
import { beijingParameters } from "../../src/core/params/parameterSet";
import { beijingRetirementSchedule } from "../../src/core/params/retirement";
import {
  readRetirementInput,
  retirementDelay,
  retirementScheduleOf,
  statutoryRetirement,
  type RetirementInput,
} from "../../src/core/retirement";
import { evaluateFunction, findFunction, type FunctionContext } from "../../src/functions/registry";
import { dayFromParts, type Day } from "../../src/core/calendar";
import people from "../cases/people.json";

const schedule = beijingRetirementSchedule;

function monthOfText(text: string) {
  const [year, month] = text.split("-").map(Number);
  return yearMonth(year, month);
}

function retire(input: RetirementInput): string {
  return formatYearMonth(statutoryRetirement(schedule, input).month);
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

describe("statutoryRetirement worked cases", () => {
  for (const entry of people.retirementMonths) {
    const post = "post" in entry && entry.post ? (entry.post.startsWith("cadre") ? "cadre" : "worker") : undefined;
    test(`${entry.sex} ${post ?? ""} born ${entry.birth} retires ${entry.expected}`, () => {
      const input: RetirementInput = { birthMonth: monthOfText(entry.birth), sex: entry.sex as "male" | "female" };
      if (post) input.post = post;
      expect(retire(input)).toBe(entry.expected);
    });
  }
});

describe("statutoryRetirement schedule", () => {
  const male = schedule.find((row) => row.group === "male")!;
  const femaleWorker = schedule.find((row) => row.group === "femaleWorker")!;

  test("men's delay reaches 36 at 1976-09", () => {
    expect(retirementDelay(male, yearMonth(1964, 12))).toBe(0);
    expect(retirementDelay(male, yearMonth(1965, 4))).toBe(1);
    expect(retirementDelay(male, yearMonth(1965, 5))).toBe(2);
    expect(retirementDelay(male, yearMonth(1976, 8))).toBe(35);
    expect(retirementDelay(male, yearMonth(1976, 9))).toBe(36);
    expect(retirementDelay(male, yearMonth(1990, 1))).toBe(36);
  });

  test("women workers' delay steps every 2 months", () => {
    expect(retirementDelay(femaleWorker, yearMonth(1975, 2))).toBe(1);
    expect(retirementDelay(femaleWorker, yearMonth(1975, 3))).toBe(2);
    expect(retirementDelay(femaleWorker, yearMonth(1984, 9))).toBe(59);
    expect(retirementDelay(femaleWorker, yearMonth(1984, 10))).toBe(59);
    expect(retirementDelay(femaleWorker, yearMonth(1984, 11))).toBe(60);
  });

  test("woman cadre born 1975-01 retires 2031-05", () => {
    // 60 birth months after 1970-01 → floor(60 / 4) + 1 = 16 months on top of age 55.
    expect(retire({ birthMonth: yearMonth(1975, 1), sex: "female", post: "cadre" })).toBe("2031-05");
  });

  test("woman without post is flagged", () => {
    const result = statutoryRetirement(schedule, { birthMonth: yearMonth(1975, 1), sex: "female" });
    expect(result.group).toBe("femaleWorker");
    expect(result.postAssumed).toBe(true);
    expect(formatYearMonth(result.month)).toBe("2025-02");
  });

  test("man is never flagged for post", () => {
    expect(statutoryRetirement(schedule, { birthMonth: yearMonth(1965, 1), sex: "male" }).postAssumed).toBe(false);
  });

  test("missing group row is #N/A", () => {
    const error = thrown(() =>
      statutoryRetirement(
        schedule.filter((row) => row.group !== "femaleCadre"),
        { birthMonth: yearMonth(1970, 1), sex: "female", post: "cadre" },
      ),
    );
    expect(error.kind).toBe("notAvailable");
    expect(error.message).toBe(
      "参数表中没有女职工（干部、管理、技术岗位）的法定退休年龄行：请在「参数」工作表中添加「退休年龄」行",
    );
  });

  test("built-in set uses the built-in schedule", () => {
    expect(retirementScheduleOf(beijingParameters)).toHaveLength(3);
  });
});

describe("readRetirementInput", () => {
  test("man's birth and sex from identity number", () => {
    const input = readRetirementInput("110105196511150036", null, null);
    expect(input).toEqual({ birthMonth: yearMonth(1965, 11), sex: "male" });
    // The guidance's confirmation-form example: a man born 1965-11 has statutory retirement month 2026-02.
    expect(retire(input)).toBe("2026-02");
  });

  test("woman's identity number with post", () => {
    const input = readRetirementInput("11010519491231002x", null, "干部");
    expect(input).toEqual({ birthMonth: yearMonth(1949, 12), sex: "female", post: "cadre" });
    expect(retire(input)).toBe("2004-12");
  });

  test("post words and original ages", () => {
    expect(readRetirementInput("1975-01-20", "女", "工人").post).toBe("worker");
    expect(readRetirementInput("1975-01-20", "female", "worker").post).toBe("worker");
    expect(readRetirementInput("1975-01-20", "女", "管理岗位").post).toBe("cadre");
    expect(readRetirementInput("1975-01-20", "女", "技术").post).toBe("cadre");
    expect(readRetirementInput("1975-01-20", "女", 55).post).toBe("cadre");
    expect(readRetirementInput("1975-01-20", "女", 50).post).toBe("worker");
  });

  test("birth date without sex", () => {
    const error = thrown(() => readRetirementInput("1975-01-20", null, null));
    expect(error.kind).toBe("value");
    expect(error.message).toBe("按出生日期 1975-01 计算法定退休年月时需要性别：请填写男或女");
  });

  test("sex contradicting identity number", () => {
    const error = thrown(() => readRetirementInput("110105196511150036", "女", null));
    expect(error.message).toBe("性别 “女” 与社会保障号码中的性别（男）不一致：请核对号码，或省略性别");
  });

  test("unknown post word", () => {
    const error = thrown(() => readRetirementInput("1975-01-20", "女", "教师"));
    expect(error.message).toBe(
      "岗位 “教师” 无法识别：可填写 干部、管理、技术、工人，或原退休年龄 55、50（或 cadre、worker）",
    );
  });

  test("identity number stored as a number", () => {
    const error = thrown(() => readRetirementInput(110105196511150030, null, null));
    expect(error.key).toBe("id.numeric");
    expect(error.message).not.toContain("110105196511150030");
  });

  test("identity number with wrong check digit", () => {
    expect(thrown(() => readRetirementInput("110105196511150037", null, null)).key).toBe("id.checkDigit");
  });
});

describe("RETIRE function", () => {
  const context: FunctionContext = { params: beijingParameters, today: () => dayFromParts(2026, 12, 4) as Day };
  const spec = findFunction("BUJIAO.RETIRE")!;

  test("returns first day of retirement month", () => {
    expect(evaluateFunction(spec, ["110108197609010019"], context)).toEqual({
      value: yearMonthToSerial(yearMonth(2039, 9)),
    });
  });

  test("birth date serial with sex and post", () => {
    const birthSerial = yearMonthToSerial(yearMonth(1984, 11)) + 4;
    expect(evaluateFunction(spec, [birthSerial, "女", "工人"], context)).toEqual({
      value: yearMonthToSerial(yearMonth(2039, 11)),
    });
  });

  test("Chinese name finds the function", () => {
    expect(findFunction("法定退休年月")).toBe(spec);
  });

  test("range of identity numbers spills", () => {
    const result = evaluateFunction(spec, [[["110105196511150036"], ["110108197501200021"]]], context);
    expect(result).toEqual([
      [{ value: yearMonthToSerial(yearMonth(2026, 2)) }],
      [{ value: yearMonthToSerial(yearMonth(2025, 2)) }],
    ]);
  });
});
