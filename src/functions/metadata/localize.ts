// Derives functions.zh-CN.json from the generated functions.json: the same functions, ids and options, with the
// Chinese function names, parameter names and descriptions of FUNCTION_SPECS. The build fails on any error listed
// here, so a function cannot ship without a Chinese name and description.
//
// Excel's rules for a function name: it starts with a letter, has at least three characters, and contains only
// letters, digits, periods and underscores (any Unicode letter, so Chinese names qualify).

import type { FunctionSpec } from "../registry";

export interface ParameterMetadata {
  name: string;
  description?: string;
  [key: string]: unknown;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  [key: string]: unknown;
}

/** The shape of functions.json as custom-functions-metadata writes it. */
export interface FunctionsMetadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}

export interface LocalizedMetadata {
  metadata: FunctionsMetadata;
  /** Problems that must fail the build. */
  errors: string[];
  /** Problems worth a build warning, such as a spec no custom function uses yet. */
  warnings: string[];
}

const MIN_NAME_LENGTH = 3;
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}._]*$/u;

/** Returns why `name` cannot be an Excel function name, or null when it can. */
export function functionNameProblem(name: string): string | null {
  if ([...name].length < MIN_NAME_LENGTH) return `has fewer than ${MIN_NAME_LENGTH} characters`;
  if (!FUNCTION_NAME.test(name)) return "must start with a letter and contain only letters, digits, '.' and '_'";
  return null;
}

function isBlankText(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}

/** Checks one function against its spec and returns the Chinese copy; problems are appended to `errors`. */
function localizeFunction(fn: FunctionMetadata, spec: FunctionSpec, errors: string[]): FunctionMetadata {
  const where = `BUJIAO.${fn.id}`;

  const nameProblem = functionNameProblem(spec.zhName ?? "");
  if (nameProblem) errors.push(`${where}: Chinese name "${spec.zhName ?? ""}" ${nameProblem}`);
  if (isBlankText(spec.zhDescription)) errors.push(`${where}: Chinese description is missing`);

  if (fn.parameters.length !== spec.args.length) {
    errors.push(
      `${where}: functions.ts declares ${fn.parameters.length} parameters but FUNCTION_SPECS lists ${spec.args.length} arguments`,
    );
  }

  const parameters = fn.parameters.map((parameter, index) => {
    const arg = spec.args[index];
    if (!arg) return { ...parameter };
    if (arg.id !== parameter.name) {
      errors.push(`${where}: parameter ${index + 1} is "${parameter.name}" in functions.ts but "${arg.id}" in FUNCTION_SPECS`);
    }
    if (isBlankText(arg.zhName)) errors.push(`${where}: parameter "${parameter.name}" has no Chinese name`);
    if (isBlankText(arg.zhDescription)) errors.push(`${where}: parameter "${parameter.name}" has no Chinese description`);
    return { ...parameter, name: arg.zhName, description: arg.zhDescription };
  });

  return { ...fn, name: spec.zhName, description: spec.zhDescription, parameters };
}

/** Builds the zh-CN metadata for `metadata` from `specs` and lists every problem found. */
export function localizeMetadata(metadata: FunctionsMetadata, specs: readonly FunctionSpec[]): LocalizedMetadata {
  const errors: string[] = [];
  const warnings: string[] = [];
  const seenNames = new Map<string, string>();

  const functions = metadata.functions.map((fn) => {
    const spec = specs.find((candidate) => candidate.id === fn.id);
    if (!spec) {
      errors.push(`BUJIAO.${fn.id}: no entry in FUNCTION_SPECS, so it has no Chinese name or description`);
      return { ...fn };
    }

    const localized = localizeFunction(fn, spec, errors);
    const clash = seenNames.get(localized.name);
    if (clash) errors.push(`BUJIAO.${fn.id}: Chinese name "${localized.name}" is also the name of BUJIAO.${clash}`);
    seenNames.set(localized.name, fn.id);
    return localized;
  });

  for (const spec of specs) {
    if (!metadata.functions.some((fn) => fn.id === spec.id)) {
      warnings.push(`BUJIAO.${spec.id} is in FUNCTION_SPECS but functions.ts has no custom function for it`);
    }
  }

  return { metadata: { ...metadata, functions }, errors, warnings };
}
