// The BUJIAO functions as plain TypeScript, free of Office: their ids, Chinese names and descriptions, argument
// lists and scalar implementations. The Excel custom functions (functions.ts) and `bujiao fn` both evaluate
// through `evaluateFunction`, so a cell and the command line compute the same value.

import { todayInBeijing, type Day } from "../core/calendar";
import { clampWageNumberToLimits, contributionBase } from "../core/base";
import { amplificationCoefficient } from "../core/coefficient";
import { BujiaoError, valueError } from "../core/errors";
import { lateDays, lateFee } from "../core/lateFee";
import { toCellNumber } from "../core/money";
import type { ParameterSet } from "../core/params/parameterSet";
import { isBlank, parseAmount, parseDay, parseFeeMonth, type CellValue } from "../core/parse";
import { parseHukouType, parseInsurance } from "../core/words";
import type { UnitFacts } from "../core/unit";
import { amountSpecs } from "./specs/amounts";
import { personSpecs } from "./specs/people";

export interface FunctionContext {
  params: ParameterSet;
  /** Today's date in Beijing; tests pass a fixed day. */
  today: () => Day;
  /** The unit's facts from the 单位信息 sheet (size, work-injury rate, handling date), when the workbook has them. */
  unit?: UnitFacts;
}

export interface ArgumentSpec {
  /** The JavaScript parameter name in functions.ts. */
  id: string;
  zhName: string;
  zhDescription: string;
  enDescription: string;
  optional: boolean;
  /** Taken as one value however many cells it has (WAGEBASE's payroll), never broadcast over. */
  wholeRange?: boolean;
}

export interface FunctionSpec {
  /** The id after the BUJIAO namespace, e.g. BASE. */
  id: string;
  /** The Chinese function name, at least three characters, e.g. 缴费基数. */
  zhName: string;
  zhDescription: string;
  enDescription: string;
  args: ArgumentSpec[];
  /**
   * Evaluates one position: every argument is a single cell value, except that each `wholeRange` argument
   * arrives whole in `wholeRanges` (in argument order, a single value as a 1×1 grid) and as null in `args`.
   * Throws BujiaoError on bad input.
   */
  evaluate(args: CellValue[], context: FunctionContext, wholeRanges: Grid[]): CellValue;
}

const feeMonthArg: ArgumentSpec = {
  id: "feeMonth",
  zhName: "费款所属期",
  zhDescription: "费款所属期，例如 2023-08、202308、2023年8月或日期",
  enDescription: "Fee month, e.g. 2023-08, 202308, 2023年8月 or a date",
  optional: false,
};

const baseSpecs: FunctionSpec[] = [
  {
    id: "BASE",
    zhName: "缴费基数",
    zhDescription: "按费款所属期所在缴费年度的上下限计算缴费基数（元/月）",
    enDescription: "Contribution base: the wage clamped to the limits of the fee month's contribution year (yuan per month)",
    args: [
      { id: "wage", zhName: "缴费工资", zhDescription: "申报的月缴费工资（元）", enDescription: "Contribution wage (yuan per month)", optional: false },
      feeMonthArg,
      {
        id: "insurance",
        zhName: "险种",
        zhDescription: "养老、失业、工伤、医疗或生育；省略为养老",
        enDescription: "Insurance: pension, unemployment, workInjury, medical or maternity; default pension",
        optional: true,
      },
      {
        id: "hukouType",
        zhName: "户口性质",
        zhDescription: "本市城镇、外埠城镇、本市农村或外埠农村；省略为本市城镇",
        enDescription: "Hukou type; default 本市城镇 (Beijing urban)",
        optional: true,
      },
    ],
    evaluate([wage, feeMonth, insurance, hukouType], { params }) {
      const month = parseFeeMonth(feeMonth);
      // A number wage that parseAmount accepts as it is: clamp it without building Decimals where possible.
      if (typeof wage === "number" && wage >= 0 && wage < 1e12) {
        return clampWageNumberToLimits(wage, params.limits(month, parseInsurance(insurance), parseHukouType(hukouType)));
      }
      const base = contributionBase(params, parseAmount(wage, "field.wage"), month, parseInsurance(insurance), parseHukouType(hukouType));
      return toCellNumber(base);
    },
  },
  {
    id: "COEFF",
    zhName: "放大系数",
    zhDescription: "2011年7月前养老保险补缴的放大系数：办理补缴时上一年社平工资 ÷ 补缴年度上一年社平工资；之后的月份为 1",
    enDescription: "Pension amplification coefficient for fee months before 2011-07; 1 for later months",
    args: [
      feeMonthArg,
      {
        id: "handlingDate",
        zhName: "办理日期",
        zhDescription: "办理补缴的日期；省略为今天（北京时间），公式每次重算都会更新",
        enDescription: "Handling date; omitted means today in Beijing, recalculated every time",
        optional: true,
      },
    ],
    evaluate([feeMonth, handlingDate], { params, today }) {
      const month = parseFeeMonth(feeMonth);
      const day = isBlank(handlingDate) ? today() : parseDay(handlingDate, "field.handlingDate");
      return amplificationCoefficient(params, month, day).value.toNumber();
    },
  },
  {
    id: "LATEDAYS",
    zhName: "滞纳天数",
    zhDescription: "滞纳金的计算天数：自欠缴之日起至申报成功的前一日止；2011年7月前的费款为 0",
    enDescription: "Late days: from the start of the arrears to the day before the declaration; 0 before 2011-07",
    args: [
      feeMonthArg,
      {
        id: "declarationDate",
        zhName: "申报日期",
        zhDescription: "补缴申报成功的日期",
        enDescription: "Date the back-payment declaration succeeds",
        optional: false,
      },
    ],
    evaluate([feeMonth, declarationDate], { params }) {
      return lateDays(params, parseFeeMonth(feeMonth), parseDay(declarationDate, "field.declarationDate"));
    },
  },
  {
    id: "LATEFEE",
    zhName: "滞纳金",
    zhDescription: "欠缴金额的滞纳金：按日万分之五，四舍五入到分；2011年7月前的费款不加收",
    enDescription: "Late fee on an arrears amount: 0.05 % a day, rounded to the fen; none before 2011-07",
    args: [
      { id: "amount", zhName: "欠缴金额", zhDescription: "欠缴的金额（元）", enDescription: "Arrears amount (yuan)", optional: false },
      feeMonthArg,
      {
        id: "declarationDate",
        zhName: "申报日期",
        zhDescription: "补缴申报成功的日期",
        enDescription: "Date the back-payment declaration succeeds",
        optional: false,
      },
    ],
    evaluate([amount, feeMonth, declarationDate], { params }) {
      const arrears = parseAmount(amount, "field.amount", true);
      const fee = lateFee(params, arrears, parseFeeMonth(feeMonth), parseDay(declarationDate, "field.declarationDate"));
      return toCellNumber(fee);
    },
  },
];

/** Every BUJIAO function, in the order the docs list them. */
export const FUNCTION_SPECS: FunctionSpec[] = [...baseSpecs, ...amountSpecs, ...personSpecs];

/** Finds a function by id, with or without the BUJIAO. prefix, in any case, or by its Chinese name. */
export function findFunction(name: string): FunctionSpec | undefined {
  const bare = name.trim().replace(/^bujiao\./i, "");
  return FUNCTION_SPECS.find((spec) => spec.id === bare.toUpperCase() || spec.zhName === bare);
}

/** A two-dimensional range as Excel passes it: rows of cells. */
export type Grid = CellValue[][];
export type Argument = CellValue | Grid;
export type Outcome = { value: CellValue } | { error: BujiaoError };

export function isGrid(value: Argument): value is Grid {
  return Array.isArray(value);
}

/**
 * Evaluates a function over single values and ranges. Ranges must share one shape, or be a single cell that
 * applies to every position; the result has that shape, and a bad cell gives an error in its own position.
 * A call on single values returns a single outcome. Ranges of different shapes throw a
 * #VALUE! BujiaoError for the whole call. Arguments marked `wholeRange` take no part in the broadcast.
 */
export function evaluateFunction(spec: FunctionSpec, args: Argument[], context: FunctionContext): Outcome | Outcome[][] {
  if (isScalarCall(spec, args)) return evaluateOne(spec, args.slice() as CellValue[], context, []);

  const isWhole = (index: number) => spec.args[index]?.wholeRange === true;
  const wholeRanges = args.filter((_, index) => isWhole(index)).map((arg) => (isGrid(arg) ? arg : [[arg]]));
  const broadcast = args.map((arg, index) => (isWhole(index) ? null : arg));

  const grids = broadcast.filter(isGrid);
  if (grids.length === 0) return evaluateOne(spec, broadcast as CellValue[], context, wholeRanges);

  let rows = 1;
  let columns = 1;
  for (const grid of grids) {
    const gridRows = grid.length;
    const gridColumns = grid[0]?.length ?? 0;
    if (gridRows === 1 && gridColumns === 1) continue;
    if (rows === 1 && columns === 1) {
      rows = gridRows;
      columns = gridColumns;
    } else if (rows !== gridRows || columns !== gridColumns) {
      throw valueError("function.rangeShape", { expected: `${rows}×${columns}`, actual: `${gridRows}×${gridColumns}` });
    }
  }

  const result: Outcome[][] = [];
  for (let row = 0; row < rows; row++) {
    const line: Outcome[] = [];
    for (let column = 0; column < columns; column++) {
      const cellArgs = broadcast.map((arg) => (isGrid(arg) ? cellAt(arg, row, column) : arg));
      line.push(evaluateOne(spec, cellArgs, context, wholeRanges));
    }
    result.push(line);
  }
  return result;
}

/**
 * True when no argument is a range and the function takes no whole-range argument, the common case of one
 * cell's formula. Such a call needs no broadcast, so it skips building one (and the closures that takes).
 */
function isScalarCall(spec: FunctionSpec, args: Argument[]): boolean {
  for (let index = 0; index < args.length; index++) {
    if (isGrid(args[index])) return false;
  }
  const specArgs = spec.args;
  for (let index = 0; index < specArgs.length; index++) {
    if (specArgs[index].wholeRange === true) return false;
  }
  return true;
}

function cellAt(grid: Grid, row: number, column: number): CellValue {
  if (grid.length === 1 && grid[0].length === 1) return grid[0][0];
  return grid[row][column];
}

function evaluateOne(spec: FunctionSpec, args: CellValue[], context: FunctionContext, wholeRanges: Grid[]): Outcome {
  try {
    return { value: spec.evaluate(args, context, wholeRanges) };
  } catch (error) {
    if (error instanceof BujiaoError) return { error };
    throw error;
  }
}

export function defaultContext(params: ParameterSet): FunctionContext {
  return { params, today: () => todayInBeijing() };
}
