// RETIRE and WAGEBASE: the functions about one person rather than one fee month's parameters.

import { yearMonthToSerial } from "../../core/calendar";
import { toCellNumber } from "../../core/money";
import type { CellValue } from "../../core/parse";
import { parseDay, parseFeeMonth } from "../../core/parse";
import { readRetirementInput, retirementScheduleOf, statutoryRetirement } from "../../core/retirement";
import { contributionWage, readPayroll } from "../../core/wageBase";
import type { FunctionSpec, Grid } from "../registry";

function cellsOf(grid: Grid): CellValue[] {
  return grid.flat();
}

/** RETIRE and WAGEBASE. */
export const personSpecs: FunctionSpec[] = [
  {
    id: "RETIRE",
    zhName: "法定退休年月",
    zhDescription:
      "法定退休年龄所在月份（含2025年起渐进式延迟）：返回该月1日的日期；女职工未填岗位时按工人（较早的年龄）计算",
    enDescription:
      "Statutory retirement month (with the gradual rise from 2025) as the date of its first day; a woman without a post is taken as a worker (the earlier age)",
    args: [
      {
        id: "identityNumberOrBirthDate",
        zhName: "身份证号或出生日期",
        zhDescription: "18 位居民身份证号码（出生日期和性别取自号码），或出生日期",
        enDescription: "18-character identity number (birth date and sex are read from it), or a birth date",
        optional: false,
      },
      {
        id: "sex",
        zhName: "性别",
        zhDescription: "男或女；填写出生日期时必填，填写身份证号码时可省略",
        enDescription: "男/male or 女/female; required with a birth date, optional with an identity number",
        optional: true,
      },
      {
        id: "post",
        zhName: "岗位",
        zhDescription: "女职工的岗位：干部（管理、技术岗位，原55周岁）或工人（原50周岁）；省略按工人",
        enDescription: "A woman's post: cadre (管理/技术, originally 55) or worker (工人, originally 50); default worker",
        optional: true,
      },
    ],
    evaluate([identityOrBirth, sex, post], { params }) {
      const person = readRetirementInput(identityOrBirth, sex, post);
      return yearMonthToSerial(statutoryRetirement(retirementScheduleOf(params), person).month);
    },
  },
  {
    id: "WAGEBASE",
    zhName: "缴费工资",
    zhDescription:
      "按工资表计算费款所属期的缴费工资：首个缴费年度取首个全月工资，以后取上一自然年度全月工资的月平均，四舍五入到分",
    enDescription:
      "Contribution wage of a fee month from the payroll: the first full month's wage at first, then the monthly average of the previous calendar year's full months, rounded to the fen",
    args: [
      {
        id: "wages",
        zhName: "工资",
        zhDescription: "该职工在本单位各月实发工资的区域（整列作为一个值）",
        enDescription: "Range of the wages this unit paid the person, one per month (taken as one value)",
        optional: false,
        wholeRange: true,
      },
      {
        id: "wageMonths",
        zhName: "工资月份",
        zhDescription: "与工资区域一一对应的月份区域，例如 2023-04",
        enDescription: "Range of the month of each wage, same size as the wages, e.g. 2023-04",
        optional: false,
        wholeRange: true,
      },
      {
        id: "hireDate",
        zhName: "入职日期",
        zhDescription: "在本单位的入职日期；不是1日入职时，入职当月不计入全月",
        enDescription: "Hire date in this unit; unless it is the 1st, the hire month is not a full month",
        optional: false,
      },
      {
        id: "feeMonth",
        zhName: "费款所属期",
        zhDescription: "费款所属期，例如 2024-08、202408、2024年8月或日期",
        enDescription: "Fee month, e.g. 2024-08, 202408, 2024年8月 or a date",
        optional: false,
      },
    ],
    evaluate([, , hireDate, feeMonth], { params }, [wages, wageMonths]) {
      const payroll = readPayroll(cellsOf(wages), cellsOf(wageMonths));
      const hireDay = parseDay(hireDate, "field.hireDate");
      return toCellNumber(contributionWage(params, payroll, hireDay, parseFeeMonth(feeMonth)).wage);
    },
  },
];
