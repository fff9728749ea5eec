// The parameter set the custom functions use. In the shared runtime the task pane replaces it with the
// workbook's 参数 sheet applied, so formulas and the pane agree; the command line sets it from --params.

import { beijingParameters, type ParameterSet } from "../core/params/parameterSet";

let active: ParameterSet = beijingParameters;
const listeners = new Set<(params: ParameterSet) => void>();

export function getActiveParameters(): ParameterSet {
  return active;
}

export function setActiveParameters(params: ParameterSet): void {
  active = params;
  for (const listener of listeners) listener(params);
}

/** Registers a callback for parameter changes; returns the function that removes it. */
export function onParametersChanged(listener: (params: ParameterSet) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
