// The worked examples in the function pages are evaluated here, so a page cannot show a figure the functions
// do not compute. Each example line reads `=BUJIAO.NAME(args)  → result  （note）`.

import { readdirSync, readFileSync } from "fs";
import path from "path";
import { dayFromParts, type Day } from "../../src/core/calendar";
import { Money } from "../../src/core/money";
import { beijingParameters } from "../../src/core/params/parameterSet";
import { evaluateFunction, findFunction, type FunctionContext, type Outcome } from "../../src/functions/registry";

const EXAMPLE = /^=BUJIAO\.(\w+)\((.*)\)\s+→\s+(#N\/A|#VALUE!|-?\d+(?:\.\d+)?)(?=\s|$)/;

/** The unit the pages assume where a month needs unit facts: a large enterprise with a 0.4 % work-injury rate. */
const context: FunctionContext = {
  params: beijingParameters,
  today: () => dayFromParts(2026, 12, 4) as Day,
  unit: { size: "large", workInjuryRate: new Money("0.004") },
};

function parseArguments(text: string): Array<string | number> {
  return text.split(",").map((part) => {
    const trimmed = part.trim();
    const quoted = /^"(.*)"$/.exec(trimmed);
    return quoted ? quoted[1] : Number(trimmed);
  });
}

const folder = path.join(__dirname, "../../docs/zh-CN/functions");
const examples = readdirSync(folder)
  .filter((file) => file.endsWith(".md"))
  .flatMap((file) =>
    readFileSync(path.join(folder, file), "utf8")
      .split("\n")
      .map((line) => EXAMPLE.exec(line.trim()))
      .filter((match): match is RegExpExecArray => match !== null && !match[2].includes(":"))
      .map((match) => ({ file, name: match[1], args: match[2], expected: match[3] })),
  );

describe("function page examples", () => {
  test("every page has examples", () => {
    expect(new Set(examples.map((example) => example.file)).size).toBeGreaterThanOrEqual(9);
  });

  test.each(examples.map((example) => [`${example.file}: ${example.name}(${example.args})`, example] as const))("%s", (_label, example) => {
    const spec = findFunction(example.name);
    expect(spec).toBeDefined();
    const outcome = evaluateFunction(spec!, parseArguments(example.args), context) as Outcome;
    if (example.expected.startsWith("#")) {
      expect("error" in outcome && (outcome.error.kind === "notAvailable" ? "#N/A" : "#VALUE!")).toBe(example.expected);
    } else {
      expect(outcome).toEqual({ value: Number(example.expected) });
    }
  });
});
