// The rate and relief tables: coverage, provenance, precedence and overrides from a 参数 sheet.

import { contributionRate, monthlyAmount } from "../../src/core/amount";
import { addMonths, dayFromParts, formatYearMonth, yearMonth, type Day, type YearMonth } from "../../src/core/calendar";
import { yuan } from "../../src/core/money";
import { beijingParameters as params, ParameterSet } from "../../src/core/params/parameterSet";
import { beijingRates, beijingReliefs } from "../../src/core/params/rates";
import {
  HUKOU_TYPES,
  INSURANCES,
  PARTIES,
  type HukouType,
  type Insurance,
  type Party,
  type RateRow,
} from "../../src/core/params/types";
import type { UnitFacts } from "../../src/core/unit";

const unit: UnitFacts = { size: "large", workInjuryRate: yuan("0.004") };
const HANDLED = dayFromParts(2026, 12, 4) as Day;

function rateOf(month: YearMonth, insurance: Insurance, party: Party, hukou: HukouType = "localUrban"): string {
  return contributionRate(params, unit, month, insurance, party, hukou).fraction.toString();
}

describe("rate table", () => {
  test("every row names its source", () => {
    for (const row of [...beijingRates, ...beijingReliefs]) {
      expect(row.source.length).toBeGreaterThan(10);
      expect(["V", "S", "U"]).toContain(row.confidence);
    }
  });

  test("uncertain rows explain themselves", () => {
    for (const row of beijingRates.filter((candidate) => candidate.confidence === "U")) {
      expect(row.note ?? "").not.toBe("");
    }
  });

  test("rows of one scope never overlap", () => {
    // Within one insurance, party, component and hukou scope, each row ends the month before the next starts.
    // An overlap would let the start month alone decide the winner.
    const scopes = new Map<string, RateRow[]>();
    for (const row of beijingRates) {
      const scope = `${row.insurance}|${row.party}|${row.component}|${row.hukouTypes?.join("+") ?? "all"}`;
      scopes.set(scope, [...(scopes.get(scope) ?? []), row]);
    }
    for (const [scope, rows] of scopes) {
      const sorted = [...rows].sort((a, b) => a.from - b.from);
      for (let i = 1; i < sorted.length; i++) {
        const previousEnd = sorted[i - 1].to;
        expect({ scope, previousEnd: previousEnd === undefined ? "open" : formatYearMonth(previousEnd) }).toEqual({
          scope,
          previousEnd: formatYearMonth(addMonths(sorted[i].from, -1)),
        });
      }
    }
  });

  test("every month has a rate", () => {
    // From each insurance's first month to the end of the last limit period, every party and hukou type
    // resolves to at least one row, so no month falls into a gap.
    for (const insurance of INSURANCES) {
      const first = params.insuranceStart(insurance) ?? yearMonth(1992, 10);
      for (let month = first; month <= yearMonth(2027, 6); month = addMonths(month, 1)) {
        for (const party of PARTIES) {
          for (const hukou of HUKOU_TYPES) {
            expect(() => params.rateRows(month, insurance, party, hukou)).not.toThrow();
          }
        }
      }
    }
  });

  test("employer medical and maternity total 10.8 %", () => {
    // Before the merger 9 % + 1 % + 0.8 %; after it 9.8 % + 1 % + 0.
    for (const month of [yearMonth(2005, 7), yearMonth(2019, 12), yearMonth(2020, 1), yearMonth(2026, 1)]) {
      const medical = contributionRate(params, unit, month, "medical", "employer").fraction;
      const maternity = contributionRate(params, unit, month, "maternity", "employer").fraction;
      expect(medical.plus(maternity).toString()).toBe("0.108");
    }
  });
});

describe("rate periods", () => {
  const cases: Array<[string, Insurance, Party, HukouType, string]> = [
    ["1992-10", "pension", "employer", "localUrban", "0.18"],
    ["1994-01", "pension", "employer", "localUrban", "0.19"],
    ["1998-07", "pension", "employer", "localUrban", "0.19"],
    ["2003-01", "pension", "employer", "localUrban", "0.2"],
    ["2016-05", "pension", "employer", "localUrban", "0.19"],
    ["2018-05", "pension", "employer", "localUrban", "0.19"],
    ["2019-05", "pension", "employer", "localUrban", "0.16"],
    ["1993-12", "pension", "individual", "localUrban", "0.02"],
    ["1998-06", "pension", "individual", "localUrban", "0.05"],
    ["1999-01", "pension", "individual", "localUrban", "0.06"],
    ["2001-01", "pension", "individual", "localUrban", "0.07"],
    ["2003-01", "pension", "individual", "localUrban", "0.08"],
    ["1999-10", "unemployment", "employer", "localUrban", "0.01"],
    ["1999-11", "unemployment", "employer", "localUrban", "0.015"],
    ["1999-11", "unemployment", "individual", "localRural", "0"],
    ["2009-01", "unemployment", "employer", "localUrban", "0.01"],
    ["2009-01", "unemployment", "individual", "nonlocalUrban", "0.002"],
    ["2016-05", "unemployment", "employer", "localUrban", "0.008"],
    ["2021-05", "unemployment", "employer", "localUrban", "0.005"],
    ["2021-05", "unemployment", "individual", "nonlocalRural", "0.005"],
  ];
  test.each(cases)("%s %s %s %s is %s", (month, insurance, party, hukou, expected) => {
    const [year, monthOfYear] = month.split("-").map(Number);
    expect(rateOf(yearMonth(year, monthOfYear), insurance, party, hukou)).toBe(expected);
  });

  test("uncertain 19 % carries its note", () => {
    const rows = params.rateRows(yearMonth(2018, 5), "pension", "employer");
    expect(rows).toHaveLength(1);
    expect(rows[0].confidence).toBe("U");
    expect(rows[0].note).toContain("2019年4月");
  });
});

describe("overrides", () => {
  test("a 参数 row replaces the uncertain 19 %", () => {
    // Same insurance, party, component, hukou scope and start as the built-in row, so it replaces it.
    const overridden = params.withOverrides({
      rates: [
        {
          insurance: "pension",
          party: "employer",
          component: "basic",
          from: yearMonth(2018, 5),
          to: yearMonth(2019, 4),
          kind: "fraction",
          value: "0.2",
          source: "单位核对的缴费记录",
          confidence: "S",
          origin: "参数!A12",
        },
      ],
    });
    expect(contributionRate(overridden, unit, yearMonth(2018, 5), "pension", "employer").fraction.toString()).toBe("0.2");
    expect(contributionRate(overridden, unit, yearMonth(2018, 4), "pension", "employer").fraction.toString()).toBe("0.19");
    expect(overridden.tables.rates).toHaveLength(beijingRates.length);
  });

  test("a hukou-limited row beats a general one", () => {
    // A later general row does not displace an earlier row limited to the hukou type.
    const overridden = params.withOverrides({
      rates: [
        {
          insurance: "unemployment",
          party: "individual",
          component: "basic",
          from: yearMonth(2021, 5),
          hukouTypes: ["localRural"],
          kind: "fraction",
          value: "0",
          source: "测试",
          confidence: "U",
          note: "测试行",
        },
      ],
    });
    expect(contributionRate(overridden, unit, yearMonth(2022, 1), "unemployment", "individual", "localRural").fraction.toString()).toBe("0");
    expect(contributionRate(overridden, unit, yearMonth(2022, 1), "unemployment", "individual", "nonlocalRural").fraction.toString()).toBe("0.005");
  });

  test("a 参数 relief adds a medical halving", () => {
    // Medical employer 2020-03 for a large unit: 8000 × 0.108 = 864.00, halved by an added relief = 432.00.
    const overridden = params.withOverrides({
      reliefs: [
        {
          id: "2020-medical-half",
          insurance: "medical",
          party: "employer",
          from: yearMonth(2020, 2),
          to: yearMonth(2020, 6),
          factor: "0.5",
          source: "医保发〔2020〕6号",
          confidence: "U",
        },
      ],
    });
    const halved = monthlyAmount(overridden, unit, yuan(8000), yearMonth(2020, 3), "medical", "employer", HANDLED);
    expect(halved.amount.toFixed(2)).toBe("432.00");
    const unchanged = monthlyAmount(params, unit, yuan(8000), yearMonth(2020, 3), "medical", "employer", HANDLED);
    expect(unchanged.amount.toFixed(2)).toBe("864.00");
  });

  test("no rate row is #N/A", () => {
    const bare = new ParameterSet({ ...params.tables, rates: [] });
    expect(() => bare.rateRows(yearMonth(2022, 1), "pension", "employer")).toThrow(
      "没有覆盖费款所属期 2022-01 的养老保险单位缴费比例：请在「参数」工作表中添加该期间的费率行",
    );
  });
});
