// Splitting roster rows into upload rows and joining them back. The rosters contain valid people with random
// month ranges, wages, hukou types, kinds, labour relationships and contribution histories. Every row's months
// are covered by its segments exactly once, and its payable months are exactly the months its upload rows (and
// the upload files' cells) name. No month is exported twice, and the wage is exported as typed, rounded to the fen.

import fc from "fast-check";
import { addMonths, dayFromParts, formatYearMonth, yearMonth, yearMonthOfDay, type Day, type YearMonth } from "../../src/core/calendar";
import { Money, roundFen } from "../../src/core/money";
import { beijingParameters as params } from "../../src/core/params/parameterSet";
import { parseFeeMonth, type CellValue } from "../../src/core/parse";
import {
  buildUploadFiles,
  checkRoster,
  findRoster,
  TAX_COLLECTION_START,
  uploadFileKey,
  type BackpayKind,
  type CheckResult,
  type ContributionHistory,
  type RowResult,
  type SheetData,
} from "../../src/core/roster";
import { fenAmount, identityNumber, pad2, runs } from "./support";

const HEADER = ["序号", "姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资", "户口性质", "补缴类型", "入职日期", "离职日期"];

const NAMES = ["王五", "李娜", "张伟", "刘洋", "陈静", "赵磊"];
const HUKOU_CELLS = [null, "本市城镇", "外埠城镇", "本市农村", "外埠农村", "城镇"];
const KIND_CELLS: Array<[CellValue, BackpayKind]> = [
  [null, "missed"],
  ["个人补缴", "missed"],
  ["基数差补缴", "baseDiffTopUp"],
  ["基数差退费", "baseDiffRefund"],
];

interface GeneratedRow {
  person: number;
  name: string;
  start: YearMonth;
  end: YearMonth;
  startForm: number;
  endForm: number;
  wage: string;
  hukou: CellValue;
  kind: [CellValue, BackpayKind];
  hireOffset: number | null;
  leaveOffset: number | null;
}

interface GeneratedRoster {
  handlingDay: Day;
  people: string[];
  rows: GeneratedRow[];
  /** Per person, runs of paid months; absent: the workbook has no 缴费记录 sheet. */
  paid?: Array<Array<[YearMonth, YearMonth]>>;
}

/** Handling days from 2024-01-01 to 2027-06-30. */
const handlingDay = fc.integer({ min: dayFromParts(2024, 1, 1)!, max: dayFromParts(2027, 6, 30)! }).map((value) => value as Day);

/** Renders a month cell in one of the three most common forms. */
function monthCell(month: YearMonth, form: number): CellValue {
  const year = Math.floor(month / 12);
  const monthOfYear = (month % 12) + 1;
  if (form === 0) return `${year}-${pad2(monthOfYear)}`;
  if (form === 1) return year * 100 + monthOfYear;
  return `${year}年${monthOfYear}月`;
}

function rowArbitrary(personCount: number, handlingMonth: YearMonth): fc.Arbitrary<GeneratedRow> {
  const firstMonth = yearMonth(1992, 10);
  return fc
    .record({
      person: fc.integer({ min: 0, max: personCount - 1 }),
      name: fc.constantFrom(...NAMES),
      // Mostly recent months, where people of working age and histories are, sometimes any month of the scheme.
      start: fc.oneof(
        { arbitrary: fc.integer({ min: firstMonth, max: handlingMonth }), weight: 1 },
        { arbitrary: fc.integer({ min: yearMonth(2008, 1), max: handlingMonth }), weight: 3 },
      ),
      length: fc.integer({ min: 1, max: 72 }),
      startForm: fc.integer({ min: 0, max: 2 }),
      endForm: fc.integer({ min: 0, max: 2 }),
      wage: fc.oneof(fenAmount(6_000_000), fc.integer({ min: 0, max: 600_000_000 }).map((value) => (value / 10_000).toString())),
      hukou: fc.constantFrom(...HUKOU_CELLS),
      kind: fc.constantFrom(...KIND_CELLS),
      hireOffset: fc.option(fc.integer({ min: -24, max: 12 }), { freq: 2 }),
      leaveOffset: fc.option(fc.integer({ min: 0, max: 84 }), { freq: 2 }),
    })
    .map(({ start, length, ...rest }) => ({
      ...rest,
      start: start as YearMonth,
      // An end month up to two months after the handling month makes an error row now and then.
      end: Math.min(start + length - 1, handlingMonth + 2) as YearMonth,
    }));
}

const rosterArbitrary: fc.Arbitrary<GeneratedRoster> = fc
  .record({ handlingDay, people: fc.array(identityNumber(1962, 1992), { minLength: 1, maxLength: 6 }) })
  .chain(({ handlingDay: day, people }) => {
    const handlingMonth = yearMonthOfDay(day);
    const paidRun = fc
      .tuple(fc.integer({ min: yearMonth(1992, 10), max: handlingMonth }), fc.integer({ min: 0, max: 120 }))
      .map(([from, length]): [YearMonth, YearMonth] => [from as YearMonth, (from + length) as YearMonth]);
    return fc.record({
      handlingDay: fc.constant(day),
      people: fc.constant(people),
      rows: fc.array(rowArbitrary(people.length, handlingMonth), { minLength: 1, maxLength: 20 }),
      paid: fc.option(fc.array(fc.array(paidRun, { maxLength: 3 }), { minLength: people.length, maxLength: people.length }), {
        nil: undefined,
      }),
    });
  });

function dateCell(month: YearMonth, day: number): string {
  return `${Math.floor(month / 12)}-${pad2((month % 12) + 1)}-${pad2(day)}`;
}

function sheetsOf(roster: GeneratedRoster): SheetData[] {
  const rows: CellValue[][] = roster.rows.map((row, index) => [
    index + 1,
    row.name,
    roster.people[row.person],
    monthCell(row.start, row.startForm),
    monthCell(row.end, row.endForm),
    row.wage,
    row.hukou,
    row.kind[0],
    row.hireOffset === null ? null : dateCell(addMonths(row.start, row.hireOffset), 15),
    row.leaveOffset === null ? null : dateCell(addMonths(row.start, row.leaveOffset), 10),
  ]);
  const sheets: SheetData[] = [{ name: "补缴名单", rows: [HEADER, ...rows] }];
  if (roster.paid) {
    const history: CellValue[][] = [["社会保障号码", "开始年月", "终止年月"]];
    roster.paid.forEach((runs, person) => {
      for (const [from, to] of runs) history.push([roster.people[person], formatYearMonth(from), formatYearMonth(to)]);
    });
    sheets.push({ name: "缴费记录", rows: history });
  }
  return sheets;
}

function historyOf(roster: GeneratedRoster): ContributionHistory | undefined {
  if (!roster.paid) return undefined;
  const history = new Map<string, Set<YearMonth>>();
  roster.paid.forEach((runs, person) => {
    const key = roster.people[person].toUpperCase();
    const months = history.get(key) ?? new Set<YearMonth>();
    for (const [from, to] of runs) for (let month = from; month <= to; month = addMonths(month, 1)) months.add(month);
    history.set(key, months);
  });
  return history;
}

function check(roster: GeneratedRoster): CheckResult {
  return checkRoster(findRoster(sheetsOf(roster)), { handlingDay: roster.handlingDay, history: historyOf(roster) }, params);
}

function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  const months: YearMonth[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

function payableMonths(row: RowResult): YearMonth[] {
  return row.segments.filter((segment) => segment.payable).flatMap((segment) => monthsBetween(segment.from, segment.to));
}

function sorted(months: Iterable<YearMonth>): number[] {
  return [...months].sort((a, b) => a - b);
}

/** True when a run of months from `from` to `to` crosses 2011-07, 2023-12 or the start of a limit period. */
function crossesBoundary(from: YearMonth, to: YearMonth): boolean {
  for (let month = addMonths(from, 1); month <= to; month = addMonths(month, 1)) {
    if (month === params.coefficientScopeEnd() || month === TAX_COLLECTION_START) return true;
    if (params.periodOf(month)?.start === month) return true;
  }
  return false;
}

const RUNS = runs(120);

describe("roster rows split into upload rows", () => {
  test("every input row has one result, in order", () => {
    fc.assert(
      fc.property(rosterArbitrary, (roster) => {
        const result = check(roster);
        expect(result.rows.map((row) => row.sheetRow)).toEqual(roster.rows.map((_, index) => index + 2));
        for (const row of result.rows) {
          expect(row.outcome).toBe(row.uploadRows.length > 0 ? "exported" : "reported");
          if (row.outcome === "reported") expect(row.findings.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  test("segments cover the row's months once, in order", () => {
    fc.assert(
      fc.property(rosterArbitrary, (roster) => {
        const result = check(roster);
        result.rows.forEach((row, index) => {
          if (row.findings.some((finding) => finding.severity === "error")) {
            expect(row.segments).toEqual([]);
            expect(row.uploadRows).toEqual([]);
            return;
          }
          const input = roster.rows[index];
          const covered = row.segments.flatMap((segment) => monthsBetween(segment.from, segment.to));
          expect(covered).toEqual(monthsBetween(input.start, input.end));
        });
      }),
      RUNS,
    );
  });

  test("upload rows re-join to the payable months with the wage unchanged", () => {
    fc.assert(
      fc.property(rosterArbitrary, (roster) => {
        const result = check(roster);
        result.rows.forEach((row, index) => {
          const input = roster.rows[index];
          const exported = row.uploadRows.flatMap((upload) => monthsBetween(upload.start, upload.end));
          expect(new Set(exported).size).toBe(exported.length);
          expect(sorted(exported)).toEqual(sorted(payableMonths(row)));

          for (const upload of row.uploadRows) {
            expect(upload.wage.toFixed(2)).toBe(roundFen(new Money(input.wage)).toFixed(2));
            expect(upload.identityNumber).toBe(roster.people[input.person].toUpperCase());
            expect(upload.name).toBe(input.name);
            expect(upload.kind).toBe(input.kind[1]);
            expect(upload.sheetRow).toBe(row.sheetRow);
            expect(upload.fileKey).toBe(uploadFileKey(upload.kind, upload.start));
            expect(upload.fileKey).toBe(uploadFileKey(upload.kind, upload.end));
            expect(crossesBoundary(upload.start, upload.end)).toBe(false);
          }
        });
      }),
      RUNS,
    );
  });

  test("no month of a person is payable twice for one kind group", () => {
    fc.assert(
      fc.property(rosterArbitrary, (roster) => {
        const result = check(roster);
        const claimed = new Map<string, Set<YearMonth>>();
        result.rows.forEach((row, index) => {
          const group = row.kind === "missed" ? "missed" : "baseDiff";
          const key = `${roster.people[roster.rows[index].person].toUpperCase()}|${group}`;
          const months = claimed.get(key) ?? new Set<YearMonth>();
          for (const month of payableMonths(row)) {
            expect(months.has(month)).toBe(false);
            months.add(month);
          }
          claimed.set(key, months);
        });
      }),
      RUNS,
    );
  });

  test("payable months respect the contribution history", () => {
    fc.assert(
      fc.property(rosterArbitrary, (roster) => {
        const history = historyOf(roster);
        fc.pre(history !== undefined);
        const result = check(roster);
        result.rows.forEach((row, index) => {
          const paid = history!.get(roster.people[roster.rows[index].person].toUpperCase());
          for (const month of payableMonths(row)) {
            expect(paid?.has(month) ?? false).toBe(row.kind !== "missed");
          }
        });
      }),
      RUNS,
    );
  });

  test("upload files name every payable month once, with the wage as typed", () => {
    fc.assert(
      fc.property(rosterArbitrary, (roster) => {
        const result = check(roster);
        const months = new Map<number, YearMonth[]>();
        const files = buildUploadFiles(result);

        for (const file of files) {
          const column = (header: string) => file.header.indexOf(header);
          const headers = ["序号", "社会保障号码", "开始年月", "终止年月", "缴费工资"];
          const [serial, id, start, end, wage] = headers.map(column);
          file.rows.forEach((cells, index) => {
            const sheetRow = file.sourceRows[index];
            const input = roster.rows[sheetRow - 2];
            expect(cells[serial]).toEqual({ kind: "number", value: index + 1 });
            expect(cells[id]).toEqual({ kind: "text", value: roster.people[input.person].toUpperCase() });
            expect(cells[wage]).toEqual({ kind: "number", value: roundFen(new Money(input.wage)).toNumber() });
            expect(cells[start].kind).toBe("text");
            expect(cells[end].kind).toBe("text");
            const from = parseFeeMonth(cells[start].value);
            const to = parseFeeMonth(cells[end].value);
            months.set(sheetRow, [...(months.get(sheetRow) ?? []), ...monthsBetween(from, to)]);
          });
        }

        for (const row of result.rows) {
          expect(months.get(row.sheetRow) ?? []).toEqual(payableMonths(row));
        }
      }),
      RUNS,
    );
  });
});
