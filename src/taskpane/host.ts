// The only module of the pane that touches Office.js: it waits for Office to initialise and reports whether the
// page runs inside Excel. Outside Excel (a plain browser, or office.js failed to load) the host is "none".

export type HostKind = "excel" | "none";

export interface HostInfo {
  host: HostKind;
  /** Office's display language, such as `zh-CN`; undefined outside Excel. */
  displayLanguage: string | undefined;
}

const OUTSIDE_EXCEL: HostInfo = { host: "none", displayLanguage: undefined };

/** Resolves once Office.js is ready; never rejects, so the pane always renders. */
export async function connectToHost(): Promise<HostInfo> {
  if (typeof Office === "undefined") return OUTSIDE_EXCEL;

  try {
    const info = await Office.onReady();
    if (String(info.host) !== "Excel") return OUTSIDE_EXCEL;
    return { host: "excel", displayLanguage: Office.context.displayLanguage };
  } catch (error) {
    console.error("Office.onReady failed; showing the pane in browser mode", error);
    return OUTSIDE_EXCEL;
  }
}
