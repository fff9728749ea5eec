// Entry of the task pane bundle. It renders at once in browser mode, then again when Office reports the host,
// and whenever the shared runtime's parameter set changes.

import { createRoot } from "react-dom/client";
import { getActiveParameters, onParametersChanged } from "../functions/runtimeParameters";
import { localeFromTag, setLocale, t, type Locale } from "../i18n";
import type { WorkbookHost } from "../workbook/host";
import { createExcelHost } from "../workbook/office/excelHost";
import { App } from "./components/App";
import { browserFileOpeners } from "./fileOpeners";
import { connectToHost, type HostKind } from "./host";
import { summariseParameters } from "./parameterStatus";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

let host: HostKind = "none";
let workbook: WorkbookHost | undefined;
let locale: Locale = localeFromTag(navigator.language);
const openers = browserFileOpeners();

function render(): void {
  setLocale(locale);
  document.documentElement.lang = locale;
  document.title = t("pane.productName", {}, locale);
  root.render(
    <App locale={locale} host={host} workbook={workbook} openers={openers} status={summariseParameters(getActiveParameters())} />,
  );
}

render();
onParametersChanged(render);

void connectToHost().then((info) => {
  host = info.host;
  // Created once: the pane keeps one flow state per workbook host.
  if (host === "excel") workbook = createExcelHost();
  locale = localeFromTag(info.displayLanguage ?? navigator.language);
  render();
});
