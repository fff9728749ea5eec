// Reading the unit facts and words that amounts depend on.

import { BujiaoError } from "../../src/core/errors";
import { parseWorkInjuryRate } from "../../src/core/unit";
import { parseParty, parseUnitSize, parseYear } from "../../src/core/words";

function errorOf(read: () => unknown): BujiaoError {
  try {
    read();
  } catch (error) {
    if (error instanceof BujiaoError) return error;
    throw error;
  }
  throw new Error("expected a BujiaoError");
}

describe("parseWorkInjuryRate", () => {
  test("fraction and percentage", () => {
    expect(parseWorkInjuryRate(0.004).toString()).toBe("0.004");
    expect(parseWorkInjuryRate("0.4%").toString()).toBe("0.004");
    expect(parseWorkInjuryRate("０.４ %").toString()).toBe("0.004");
    expect(parseWorkInjuryRate("0.004").toString()).toBe("0.004");
  });

  test("percentage without sign", () => {
    const error = errorOf(() => parseWorkInjuryRate(0.4));
    expect(error.key).toBe("rate.tooLarge");
    expect(error.message).toBe("工伤保险费率 “0.4” 超过 10%：如果填的是百分数，请带上 % 号，例如 0.4%");
  });

  test("invalid text and negatives", () => {
    expect(errorOf(() => parseWorkInjuryRate("千分之四")).key).toBe("rate.invalid");
    expect(errorOf(() => parseWorkInjuryRate(-0.004)).key).toBe("rate.invalid");
    expect(errorOf(() => parseWorkInjuryRate(null)).key).toBe("rate.invalid");
  });
});

describe("words", () => {
  test("party in both languages", () => {
    expect(parseParty("单位")).toBe("employer");
    expect(parseParty("Employer")).toBe("employer");
    expect(parseParty("个人")).toBe("individual");
    expect(parseParty("individual")).toBe("individual");
  });

  test("unit size", () => {
    expect(parseUnitSize("大型企业")).toBe("large");
    expect(parseUnitSize("中小微企业")).toBe("smallMedium");
    expect(parseUnitSize("smallMedium")).toBe("smallMedium");
    expect(errorOf(() => parseUnitSize("机关")).key).toBe("word.unknown");
  });

  test("year", () => {
    expect(parseYear(2022)).toBe(2022);
    expect(parseYear("2022年")).toBe(2022);
    expect(errorOf(() => parseYear(2022.5)).key).toBe("year.invalid");
    expect(errorOf(() => parseYear("")).key).toBe("input.missing");
  });
});
