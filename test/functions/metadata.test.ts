// Golden test of the custom functions' metadata. It generates functions.json from functions.ts with the same
// generator the build's custom-functions-metadata-plugin uses, derives functions.zh-CN.json with the same
// localizeMetadata, and compares both with test/golden/. When dist/ exists (npm test builds before jest) it also
// compares the files the build emitted; without dist/ those tests are reported as skipped.
//
// Regenerate the goldens after an intended change: UPDATE_GOLDEN=1 npx jest test/functions/metadata.test.ts

import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { localizeMetadata, type FunctionsMetadata } from "../../src/functions/metadata/localize";
import { FUNCTION_SPECS } from "../../src/functions/registry";

const ROOT = path.join(__dirname, "..", "..");
const GOLDEN_DIR = path.join(ROOT, "test", "golden");
const DIST = path.join(ROOT, "dist");
const FILES = { en: "functions.json", zhCN: "functions.zh-CN.json" } as const;
const updateGolden = process.env.UPDATE_GOLDEN === "1";

let english: FunctionsMetadata;
let chinese: FunctionsMetadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([path.join(ROOT, "src", "functions", "functions.ts")]);
  expect(generated.errors).toEqual([]);
  english = JSON.parse(generated.metadataJson);

  const localized = localizeMetadata(english, FUNCTION_SPECS);
  expect(localized.errors).toEqual([]);
  chinese = localized.metadata;

  if (updateGolden) {
    fs.writeFileSync(path.join(GOLDEN_DIR, FILES.en), `${JSON.stringify(english, null, 2)}\n`);
    fs.writeFileSync(path.join(GOLDEN_DIR, FILES.zhCN), `${JSON.stringify(chinese, null, 2)}\n`);
  }
});

function golden(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(GOLDEN_DIR, file), "utf8"));
}

describe("generated metadata", () => {
  test("functions.json matches golden", () => {
    expect(english).toEqual(golden(FILES.en));
  });

  test("functions.zh-CN.json matches golden", () => {
    expect(chinese).toEqual(golden(FILES.zhCN));
  });

  test("ids are those of FUNCTION_SPECS", () => {
    expect(english.functions.map((fn) => fn.id)).toEqual(["BASE", "COEFF", "LATEDAYS", "LATEFEE", "AMOUNT", "DIFF", "RATE", "AVGWAGE", "LIMIT", "RETIRE", "WAGEBASE"]);
  });

  test("every parameter and result is any[][]", () => {
    for (const fn of english.functions) {
      expect(fn.result).toEqual({ dimensionality: "matrix" });
      for (const parameter of fn.parameters) {
        expect(`${fn.id}.${parameter.name} ${parameter.type} ${parameter.dimensionality}`).toBe(
          `${fn.id}.${parameter.name} any matrix`,
        );
      }
    }
  });

  test("only COEFF is volatile", () => {
    const volatile = english.functions.filter((fn) => (fn.options as { volatile?: boolean } | undefined)?.volatile);
    expect(volatile.map((fn) => fn.id)).toEqual(["COEFF"]);
  });

  test("optional parameters match FUNCTION_SPECS", () => {
    for (const fn of english.functions) {
      const spec = FUNCTION_SPECS.find((candidate) => candidate.id === fn.id)!;
      expect(fn.parameters.map((parameter) => parameter.optional === true)).toEqual(spec.args.map((arg) => arg.optional));
    }
  });

  test("English descriptions match FUNCTION_SPECS", () => {
    for (const fn of english.functions) {
      const spec = FUNCTION_SPECS.find((candidate) => candidate.id === fn.id)!;
      expect(fn.description).toBe(spec.enDescription);
      expect(fn.parameters.map((parameter) => parameter.description)).toEqual(spec.args.map((arg) => arg.enDescription));
    }
  });

  test("Chinese names come from FUNCTION_SPECS", () => {
    expect(chinese.functions.map((fn) => fn.name)).toEqual(FUNCTION_SPECS.map((spec) => spec.zhName));
    expect(chinese.functions.slice(0, 4).map((fn) => fn.name)).toEqual(["缴费基数", "放大系数", "滞纳天数", "滞纳金"]);
    expect(chinese.functions[3].parameters.map((parameter) => parameter.name)).toEqual(["欠缴金额", "费款所属期", "申报日期"]);
  });
});

const distBuilt = fs.existsSync(path.join(DIST, FILES.zhCN));

(distBuilt ? describe : describe.skip)("dist after npm run build", () => {
  test("dist/functions.json matches golden", () => {
    expect(JSON.parse(fs.readFileSync(path.join(DIST, FILES.en), "utf8"))).toEqual(golden(FILES.en));
  });

  test("dist/functions.zh-CN.json matches golden", () => {
    expect(JSON.parse(fs.readFileSync(path.join(DIST, FILES.zhCN), "utf8"))).toEqual(golden(FILES.zhCN));
  });
});
