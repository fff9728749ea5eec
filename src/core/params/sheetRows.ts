// Reading the rows of a 参数 sheet: one reader per 类别 turns a row's cells into parameter rows, rejecting the
// row at its first malformed cell with a problem at that cell's address. Limits rows name their contribution
// year by 编号 or by its start month, and a limits row for months no year covers opens a new year.

import { ref, type MessageKey, type MessageParams } from "../../i18n";
import { addMonths, formatYearMonth, yearOf, type YearMonth } from "../calendar";
import { BujiaoError, valueError } from "../errors";
import { Money } from "../money";
import { isBlank, type CellValue } from "../parse";
import { columnLetters } from "../roster/history";
import type { SheetData, SheetProblem } from "../roster/types";
import { parseInsurance, parseParty, parseYear } from "../words";
import type { LimitPeriod, ParameterSet } from "./parameterSet";
import {
  readFraction,
  readGroup,
  readHukouList,
  readInteger,
  readLateFeeOffset,
  readMonth,
  readRateValue,
  readRuralOnly,
  readSeries,
  readText,
  readUnitSizeList,
  readYuan,
} from "./sheetCells";
import { display, type Category, type Column, type SheetTables, type TableName } from "./sheetLayout";
import { INSURANCES, type LimitPeriodRow, type Provenance, type RateComponent } from "./types";

/** Thrown inside a row reader once the row has a problem; the row is then skipped. */
export class RowRejected extends Error {}

export class RowReader {
  constructor(
    private readonly sheet: SheetData,
    private readonly index: number,
    private readonly columns: ReadonlyMap<Column, number>,
    private readonly problems: SheetProblem[],
  ) {}

  /** The Excel row number. */
  get sheetRow(): number {
    return this.index + 1;
  }

  cell(column: Column): CellValue {
    const position = this.columns.get(column);
    return position === undefined ? undefined : this.sheet.rows[this.index]?.[position];
  }

  isBlank(column: Column): boolean {
    return isBlank(this.cell(column));
  }

  /** Returns the address of a cell. A column the sheet lacks is reported at the row's 类别 cell. */
  address(column: Column): string {
    const position = this.columns.get(column) ?? this.columns.get("category")!;
    return `${sheetPrefix(this.sheet.name)}${columnLetters(position)}${this.sheetRow}`;
  }

  /** Parses a cell; a BujiaoError becomes a problem at that cell and rejects the row. */
  read<T>(column: Column, parse: (value: CellValue) => T): T {
    try {
      return parse(this.cell(column));
    } catch (error) {
      if (!(error instanceof BujiaoError)) throw error;
      return this.reject(column, "sheet.badCell", { detail: error.message });
    }
  }

  /** Like `read`, but a blank cell gives undefined. */
  optional<T>(column: Column, parse: (value: CellValue) => T): T | undefined {
    return this.isBlank(column) ? undefined : this.read(column, parse);
  }

  reject(column: Column, key: MessageKey, params: MessageParams = {}): never {
    const cell = this.address(column);
    this.problems.push({ cell, severity: "error", key, params: { cell, ...params } });
    throw new RowRejected();
  }
}

export function sheetPrefix(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

// Limit periods: a limits row names its contribution year by 编号 or by its start month, and may open a new one.

export class PeriodResolver {
  private readonly added: LimitPeriodRow[] = [];
  private resolved: readonly LimitPeriod[];

  constructor(private readonly base: ParameterSet) {
    this.resolved = base.allPeriods();
  }

  add(row: LimitPeriodRow): void {
    this.added.push(row);
    this.resolved = this.base.withOverrides({ limitPeriods: this.added }).allPeriods();
  }

  byId(id: string): LimitPeriod | undefined {
    return this.resolved.find((period) => period.id === id);
  }

  byStart(month: YearMonth): LimitPeriod | undefined {
    return this.resolved.find((period) => period.start === month);
  }

  covering(month: YearMonth): LimitPeriod | undefined {
    return this.resolved.find((period) => period.start <= month && month <= period.end);
  }

  /** True when a year other than `id` starts after `month`. */
  startsAfter(month: YearMonth, id: string): boolean {
    return this.resolved.some((period) => period.start > month && period.id !== id);
  }
}

export interface ReadContext {
  periods: PeriodResolver;
  add<K extends TableName>(table: K, row: SheetTables[K][number], reader: RowReader): void;
}

/**
 * Finds the contribution year a limits row belongs to, or describes the new one the row opens. Rejects a start
 * month inside an existing year and months that contradict the year's own.
 */
function resolveLimitPeriod(row: RowReader, context: ReadContext): { id: string; opens?: LimitPeriodRow } {
  const id = row.optional("id", (value) => readText(value, "field.paramId", "2027"));
  const start = row.optional("start", (value) => readMonth(value, "field.startMonth"));
  const end = row.optional("end", (value) => readMonth(value, "field.endMonth"));
  if (start !== undefined && end !== undefined && end < start) {
    row.reject("end", "paramSheet.endBeforeStart", { start: formatYearMonth(start), end: formatYearMonth(end) });
  }

  let existing: LimitPeriod | undefined;
  if (id !== undefined) existing = context.periods.byId(id);
  else if (start !== undefined) existing = context.periods.byStart(start);
  if (existing) {
    const existingMonths = { id: existing.id, start: formatYearMonth(existing.start), end: formatYearMonth(existing.end) };
    if (start !== undefined && start !== existing.start) {
      row.reject("start", "paramSheet.periodStartMismatch", { month: formatYearMonth(start), ...existingMonths });
    }
    if (end !== undefined && end !== existing.end) {
      row.reject("end", "paramSheet.periodEndMismatch", { month: formatYearMonth(end), ...existingMonths });
    }
    return { id: existing.id };
  }

  if (start === undefined) {
    if (id !== undefined) row.reject("id", "paramSheet.periodUnknownId", { id });
    return row.read("start", (value) => {
      throw valueError("input.missing", { field: ref("field.startMonth"), example: display(value ?? "2027-07") });
    });
  }
  const covering = context.periods.covering(start);
  if (covering) {
    row.reject("start", "paramSheet.periodNotStart", {
      month: formatYearMonth(start),
      id: covering.id,
      start: formatYearMonth(covering.start),
      end: formatYearMonth(covering.end),
    });
  }
  if (end === undefined) {
    row.reject("end", "paramSheet.periodEndMissing", { start: formatYearMonth(start), example: formatYearMonth(addMonths(start, 11)) });
  }
  const newId = id ?? String(yearOf(start));
  const sameId = context.periods.byId(newId);
  if (sameId) row.reject("id", "paramSheet.periodIdTaken", { id: newId, start: formatYearMonth(sameId.start) });
  return { id: newId, opens: { id: newId, start, end, source: "", confidence: "U" } };
}

// One reader per category. Each reads the row's cells, rejecting the row at the first malformed cell, then adds
// its parameter rows.

type CategoryReader = (row: RowReader, provenance: Provenance, context: ReadContext) => void;

function readOptionalEnd(row: RowReader, start: YearMonth): YearMonth | undefined {
  const end = row.optional("end", (value) => readMonth(value, "field.endMonth"));
  if (end !== undefined && end < start) {
    row.reject("end", "paramSheet.endBeforeStart", { start: formatYearMonth(start), end: formatYearMonth(end) });
  }
  return end;
}

function rateReader(component: RateComponent): CategoryReader {
  return (row, provenance, context) => {
    const insurance = row.read("insurance", (value) => parseInsurance(value, true));
    const party = row.read("target", parseParty);
    const from = row.read("start", (value) => readMonth(value, "field.startMonth"));
    const to = readOptionalEnd(row, from);
    const hukouTypes = row.optional("hukou", readHukouList);
    const rate = row.read("value", (value) => readRateValue(value, "field.paramValue"));
    context.add(
      "rates",
      {
        insurance,
        party,
        component,
        from,
        ...(to !== undefined ? { to } : {}),
        ...(hukouTypes ? { hukouTypes } : {}),
        kind: rate.kind,
        value: rate.value,
        ...provenance,
      },
      row,
    );
  };
}

export const CATEGORY_READERS: Record<Category, CategoryReader> = {
  contributionYear(row, provenance, context) {
    const start = row.read("start", (value) => readMonth(value, "field.startMonth"));
    const end = readOptionalEnd(row, start);
    const id = row.optional("id", (value) => readText(value, "field.paramId", "2027")) ?? String(yearOf(start));
    // Only a year followed by another may leave its end to the next year's start.
    if (end === undefined && !context.periods.startsAfter(start, id)) {
      row.reject("end", "paramSheet.periodEndMissing", { start: formatYearMonth(start), example: formatYearMonth(addMonths(start, 11)) });
    }
    const period: LimitPeriodRow = { id, start, ...(end !== undefined ? { end } : {}), ...provenance };
    context.add("limitPeriods", period, row);
    context.periods.add(period);
  },

  limits(row, provenance, context) {
    const period = resolveLimitPeriod(row, context);
    const insurances = row.isBlank("insurance") ? INSURANCES : [row.read("insurance", (value) => parseInsurance(value, true))];
    const ruralOnly = row.optional("hukou", readRuralOnly) ?? false;
    const lower = row.read("value", (value) => readYuan(value, "field.paramValue"));
    const upper = row.read("value2", (value) => readYuan(value, "field.paramValue2"));
    if (new Money(upper).lessThan(lower)) row.reject("value2", "paramSheet.upperBelowLower", { lower, upper });
    const wageYear = row.optional("value3", (value) => parseYear(value));

    if (period.opens) {
      const opened = { ...period.opens, ...provenance };
      context.add("limitPeriods", opened, row);
      context.periods.add(opened);
    }
    for (const insurance of insurances) {
      context.add(
        "baseLimits",
        {
          period: period.id,
          insurance,
          ...(ruralOnly ? { ruralOnly } : {}),
          lower,
          upper,
          ...(wageYear !== undefined ? { wageYear } : {}),
          ...provenance,
        },
        row,
      );
    }
  },

  averageWage(row, provenance, context) {
    const year = row.read("start", (value) => parseYear(value));
    const series = row.read("target", readSeries);
    const annual = row.read("value", (value) => readYuan(value, "field.paramValue"));
    context.add("averageWages", { year, series, annual, ...provenance }, row);
  },

  coefficientSeries(row, provenance, context) {
    const fromYear = row.read("start", (value) => parseYear(value));
    const toYear = row.optional("end", (value) => parseYear(value));
    if (toYear !== undefined && toYear < fromYear) {
      row.reject("end", "paramSheet.endBeforeStart", { start: fromYear, end: toYear });
    }
    const series = row.read("target", readSeries);
    context.add("coefficientSeries", { fromYear, ...(toYear !== undefined ? { toYear } : {}), series, ...provenance }, row);
  },

  coefficientScope(row, provenance, context) {
    const last = row.read("end", (value) => readMonth(value, "field.endMonth"));
    context.add("coefficientScope", { before: addMonths(last, 1), ...provenance }, row);
  },

  lateFee(row, provenance, context) {
    const from = row.read("start", (value) => readMonth(value, "field.startMonth"));
    const to = readOptionalEnd(row, from);
    const startOffsetMonths = row.read("value", readLateFeeOffset);
    const dailyRate =
      startOffsetMonths === null && row.isBlank("value2")
        ? "0"
        : row.read("value2", (value) => readFraction(value, "field.paramValue2", "0.05%"));
    context.add("lateFeeRegimes", { from, ...(to !== undefined ? { to } : {}), startOffsetMonths, dailyRate, ...provenance }, row);
  },

  insuranceStart(row, provenance, context) {
    const insurance = row.read("insurance", (value) => parseInsurance(value, true));
    const start = row.read("start", (value) => readMonth(value, "field.startMonth"));
    context.add("insuranceStarts", { insurance, start, ...provenance }, row);
  },

  rate: rateReader("basic"),
  majorMedicalRate: rateReader("majorMedical"),

  relief(row, provenance, context) {
    const insurance = row.read("insurance", (value) => parseInsurance(value, true));
    const party = row.read("target", parseParty);
    const from = row.read("start", (value) => readMonth(value, "field.startMonth"));
    const to = row.read("end", (value) => readMonth(value, "field.endMonth"));
    if (to < from) row.reject("end", "paramSheet.endBeforeStart", { start: formatYearMonth(from), end: formatYearMonth(to) });
    const unitSizes = row.optional("unitSize", readUnitSizeList);
    const factor = row.read("value", (value) => readFraction(value, "field.paramValue", "50%"));
    const id =
      row.optional("id", (value) => readText(value, "field.paramId", "2020-smallMedium-pension")) ??
      `${formatYearMonth(from)}-${unitSizes ? unitSizes.join("+") : "all"}-${insurance}-${party}`;
    context.add(
      "reliefs",
      { id, insurance, party, from, to, ...(unitSizes ? { unitSizes } : {}), factor, ...provenance },
      row,
    );
  },

  retirement(row, provenance, context) {
    const group = row.read("target", readGroup);
    const firstAffectedBirth = row.read("start", (value) => readMonth(value, "field.startMonth"));
    const originalAge = row.read("value", (value) => readInteger(value, "field.paramValue", "60", 40, 70));
    const birthMonthsPerStep = row.read("value2", (value) => readInteger(value, "field.paramValue2", "4", 1, 120));
    const maxDelayMonths = row.read("value3", (value) => readInteger(value, "field.paramValue3", "36", 0, 120));
    context.add(
      "retirementSchedule",
      { group, originalAge, firstAffectedBirth, birthMonthsPerStep, maxDelayMonths, ...provenance },
      row,
    );
  },
};

/** The key by which a row replaces a built-in row; two sheet rows with one key are a problem. */
export const ROW_KEYS: { [K in TableName]: (row: SheetTables[K][number]) => string } = {
  limitPeriods: (row) => row.id,
  baseLimits: (row) => `${row.period}|${row.insurance}|${row.ruralOnly ? "rural" : "all"}`,
  averageWages: (row) => `${row.year}|${row.series}`,
  coefficientSeries: (row) => String(row.fromYear),
  coefficientScope: () => "scope",
  lateFeeRegimes: (row) => String(row.from),
  insuranceStarts: (row) => row.insurance,
  rates: (row) =>
    `${row.insurance}|${row.party}|${row.component}|${row.hukouTypes ? [...row.hukouTypes].sort().join("+") : "all"}|${row.from}`,
  reliefs: (row) => row.id,
  retirementSchedule: (row) => row.group,
};
