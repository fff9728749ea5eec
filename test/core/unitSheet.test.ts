// The 单位信息 sheet: label/value rows read into the unit's facts, with problems by cell address.

import { dayFromParts } from "../../src/core/calendar";
import type { CellValue } from "../../src/core/parse";
import type { SheetProblem } from "../../src/core/roster/types";
import { creditCodeCheckCharacter, readUnitSheet, unitSheetLabels } from "../../src/core/unitSheet";
import { t } from "../../src/i18n";

function sheetOf(rows: CellValue[][]) {
  return { name: "单位信息", rows };
}

function messages(problems: SheetProblem[]): string[] {
  return problems.map((problem) => t(problem.key, problem.params, "zh-CN"));
}

// A synthetic code whose check character follows GB 32100-2015.
const CREDIT_CODE = "91110108MA0000000A";

describe("readUnitSheet", () => {
  test("every fact", () => {
    const { facts, problems } = readUnitSheet(
      sheetOf([
        ["项目", "内容"],
        ["单位名称", "北京示例科技有限公司"],
        ["统一社会信用代码", CREDIT_CODE.toLowerCase()],
        ["办理日期", "2026-12-04"],
        ["单位规模", "中小微企业"],
        ["工伤保险费率", "0.4%"],
        ["信用状况", "良好"],
        ["是否愿意承诺", "是"],
        ["社保与税务是否同区", false],
      ]),
    );
    expect(problems).toEqual([]);
    expect(facts.name).toBe("北京示例科技有限公司");
    expect(facts.creditCode).toBe(CREDIT_CODE);
    expect(facts.handlingDate).toBe(dayFromParts(2026, 12, 4));
    expect(facts.size).toBe("smallMedium");
    expect(facts.workInjuryRate?.toString()).toBe("0.004");
    expect(facts.creditStanding).toBe("good");
    expect(facts.willingToPledge).toBe(true);
    expect(facts.sameDistrict).toBe(false);
  });

  test("labels with colon, spaces and star", () => {
    const { facts, problems } = readUnitSheet(sheetOf([["* 单位规模：", "大型企业"], ["工伤费率", 0.002]]));
    expect(problems).toEqual([]);
    expect(facts).toEqual({ size: "large", workInjuryRate: expect.anything() });
    expect(facts.workInjuryRate?.toString()).toBe("0.002");
  });

  test("blank values stay unset", () => {
    const { facts, problems } = readUnitSheet(sheetOf([["单位规模", null], ["信用状况", "  "], [], ["办理日期"]]));
    expect(problems).toEqual([]);
    expect(facts).toEqual({});
  });

  test("bad values by cell", () => {
    const { facts, problems } = readUnitSheet(
      sheetOf([
        ["单位名称", "北京示例科技有限公司"],
        ["单位规模", "小企业"],
        ["工伤保险费率", "4"],
        ["办理日期", "2026-13-01"],
        ["是否愿意承诺", "看情况"],
        ["信用状况", "一般"],
      ]),
    );
    expect(problems.map((problem) => problem.cell)).toEqual(["单位信息!B2", "单位信息!B3", "单位信息!B4", "单位信息!B5", "单位信息!B6"]);
    expect(messages(problems)).toEqual([
      "单位信息!B2：单位规模 “小企业” 无法识别：可填写 大型企业、中小微企业（或 large、smallMedium）",
      "单位信息!B3：工伤保险费率 “4” 超过 10%：如果填的是百分数，请带上 % 号，例如 0.4%",
      "单位信息!B4：办理日期 “2026-13-01” 不是真实存在的日期：请检查年、月、日",
      "单位信息!B5：是否愿意承诺 “看情况” 无法识别：请填写 是 或 否",
      "单位信息!B6：信用状况 “一般” 无法识别：请填写 良好，或 失信（有虚假承诺或尚未修复的严重失信记录）",
    ]);
    expect(facts).toEqual({ name: "北京示例科技有限公司" });
  });

  test("unknown and repeated labels", () => {
    const { facts, problems } = readUnitSheet(sheetOf([["单位规模", "大型企业"], ["联系人", "张三"], ["企业规模", "中小微企业"]]));
    expect(messages(problems)).toEqual([
      `单位信息!A2：“联系人” 不是可识别的项目，本行未读取：可填写 ${unitSheetLabels().join("、")}`,
      "单位信息!A3：“企业规模” 已在第 1 行填写：本行未采用",
    ]);
    expect(facts.size).toBe("large");
  });

  test("credit code with wrong check character is a warning", () => {
    const { facts, problems } = readUnitSheet(sheetOf([["统一社会信用代码", "91110108MA0000000B"]]));
    expect(problems).toHaveLength(1);
    expect(problems[0].severity).toBe("warning");
    expect(messages(problems)[0]).toBe(
      "单位信息!B1：统一社会信用代码 “91110108MA0000000B” 的校验码按国家标准应为 A：请核对（少数早期试点地区的代码不符合国家标准，确认无误可忽略此提示）",
    );
    expect(facts.creditCode).toBe("91110108MA0000000B");
  });

  test("credit code with forbidden letters", () => {
    const { problems } = readUnitSheet(sheetOf([["统一社会信用代码", "91110108MA000000OA"]]));
    expect(messages(problems)).toEqual([
      "单位信息!B1：统一社会信用代码 “91110108MA000000OA” 无效：应为 18 位数字或大写字母（不含 I、O、S、V、Z）",
    ]);
  });
});

describe("creditCodeCheckCharacter", () => {
  test("weights 3^i mod 31", () => {
    expect(creditCodeCheckCharacter("91110108MA0000000")).toBe("A");
    expect(creditCodeCheckCharacter("91110105MA1234567")).toBe("N");
  });
});
