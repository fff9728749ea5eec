// Reading `bujiao fn` arguments the way Excel reads typed cells, and splitting command-line options.

import { BujiaoError } from "../../src/core/errors";
import { parseArguments } from "../../src/cli/options";
import { readArgument, readTypedText } from "../../src/cli/typedArgument";

describe("readTypedText", () => {
  test.each([
    ["19.5", 19.5],
    ["1000", 1000],
    ["-3", -3],
    ["+7", 7],
    [".5", 0.5],
    ["1e3", 1000],
    ["8,000", 8000],
    ["1,234,567.5", 1234567.5],
    ["16%", 0.16],
    ["0.5%", 0.005],
    [" 42 ", 42],
    ["202308", 202308],
    ["20111010", 20111010],
    ["123456789012345", 123456789012345],
  ])("%s is the number %p", (text, expected) => {
    expect(readTypedText(text)).toBe(expected);
  });

  test.each([
    ["2023-08"],
    ["2011-10-10"],
    ["2023年8月"],
    ["养老"],
    ["11010519491231002X"],
    ["1234567890123456"],
    ["110105194912310021"],
    ["8,00"],
    ["1.2.3"],
  ])("%s stays text", (text) => {
    expect(readTypedText(text)).toBe(text);
  });

  test("leading apostrophe forces text", () => {
    expect(readTypedText("'202308")).toBe("202308");
    expect(readTypedText("'TRUE")).toBe("TRUE");
  });

  test("empty text is an omitted argument", () => {
    expect(readTypedText("")).toBeNull();
  });

  test("TRUE and FALSE are logicals in any case", () => {
    expect(readTypedText("TRUE")).toBe(true);
    expect(readTypedText("false")).toBe(false);
  });

  test("error literal is an error value", () => {
    expect(readTypedText("#N/A")).toEqual({ error: "#N/A" });
    expect(readTypedText("#value!")).toEqual({ error: "#VALUE!" });
  });
});

describe("readArgument", () => {
  test("JSON array is a one-row range", () => {
    expect(readArgument("[8000,8200]")).toEqual([[8000, 8200]]);
  });

  test("nested JSON array is rows", () => {
    expect(readArgument('[["2023-07"],["2023-08"]]')).toEqual([["2023-07"], ["2023-08"]]);
  });

  test("strings in a range are read as typed text", () => {
    expect(readArgument('["8000","",null,true,"\'1"]')).toEqual([[8000, null, null, true, "1"]]);
  });

  test.each([["[8000,"], ["[]"], ["[[1,2],[3]]"], ["[[1],2]"], ['[{"a":1}]']])("%s is rejected", (text) => {
    expect(() => readArgument(text)).toThrow(BujiaoError);
    expect(() => readArgument(text)).toThrow(/不是有效的区域/);
  });

  test("plain text is not a range", () => {
    expect(readArgument("2023-08")).toBe("2023-08");
  });
});

describe("parseArguments", () => {
  test("splits options from positionals", () => {
    const parsed = parseArguments(["LATEFEE", "-5", "--date", "2026-12-04", "2011-07", "--json"], ["date"], ["json"]);
    expect(parsed.positionals).toEqual(["LATEFEE", "-5", "2011-07"]);
    expect(parsed.options.get("date")).toBe("2026-12-04");
    expect(parsed.options.get("json")).toBe(true);
  });

  test("accepts --name=value", () => {
    expect(parseArguments(["--out=/tmp/x"], ["out"], []).options.get("out")).toBe("/tmp/x");
  });

  test("double dash ends the options", () => {
    expect(parseArguments(["--", "--date"], ["date"], []).positionals).toEqual(["--date"]);
  });

  test("keeps empty positionals", () => {
    expect(parseArguments(["COEFF", "2005-07", ""], [], []).positionals).toEqual(["COEFF", "2005-07", ""]);
  });

  test("rejects an unknown option", () => {
    expect(() => parseArguments(["--wage"], ["date"], [])).toThrow("无法识别的选项 “--wage”：运行 bujiao help 查看用法");
  });

  test("rejects an option without its value", () => {
    expect(() => parseArguments(["--date"], ["date"], [])).toThrow("选项 --date 后面缺少取值：运行 bujiao help 查看用法");
  });
});
