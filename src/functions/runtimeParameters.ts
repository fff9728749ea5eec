// The parameter set the custom functions use. In the shared runtime the task pane replaces it with the
// workbook's 参数 sheet applied, so formulas and the pane agree; the command line sets it from --params.

import { beijingParameters, type ParameterSet } from "../core/params/parameterSet";
import type { UnitFacts } from "../core/unit";

let active: ParameterSet = beijingParameters;
let activeUnit: UnitFacts | undefined;
const listeners = new Set<(params: ParameterSet) => void>();

export function getActiveParameters(): ParameterSet {
  return active;
}

/** Returns the unit facts of the workbook's 单位信息 sheet, which AMOUNT and DIFF need for reliefs and work injury. */
export function getActiveUnit(): UnitFacts | undefined {
  return activeUnit;
}

/** Replaces the parameters and, when given, the unit facts; listeners hear of the new parameters. */
export function setActiveParameters(params: ParameterSet, unit?: UnitFacts): void {
  active = params;
  if (unit !== undefined) activeUnit = unit;
  for (const listener of listeners) listener(params);
}

/** Registers a callback for parameter changes; returns the function that removes it. */
export function onParametersChanged(listener: (params: ParameterSet) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
