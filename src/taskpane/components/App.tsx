// The task pane's root: product header, where the pane runs, the roster check over the open workbook (in Excel)
// or over an .xlsx file the user opens (in a browser), and the parameters in force. It fits a 320 px pane.

import { useState } from "react";
import {
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { t, type Locale, type MessageKey } from "../../i18n";
import type { WorkbookHost } from "../../workbook/host";
import type { HostKind } from "../host";
import type { ParameterStatus } from "../parameterStatus";
import { errorMessage, useRosterFlow, type RosterFlowOptions } from "../state/useRosterFlow";
import { FileOpenCard } from "./FileOpenCard";
import { ParameterStatusCard } from "./ParameterStatusCard";
import { RosterFlowView } from "./RosterFlowView";
import { WorkbookFactsCard } from "./WorkbookFactsCard";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  icon: {
    width: "32px",
    height: "32px",
    flexShrink: 0,
  },
  heading: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  title: {
    margin: 0,
  },
  tagline: {
    color: tokens.colorNeutralForeground3,
  },
});

/** Functions that open a workbook outside Excel. */
export interface FileOpeners {
  openFile(file: File): Promise<WorkbookHost>;
  openExample(): Promise<WorkbookHost>;
}

export interface AppProps {
  locale: Locale;
  host: HostKind;
  status: ParameterStatus;
  /** The open Excel workbook; absent outside Excel, where the user opens a file. */
  workbook?: WorkbookHost;
  /** Opening files outside Excel; without it browser mode shows the parameter status only. */
  openers?: FileOpeners;
  flowOptions?: RosterFlowOptions;
}

export function App({ locale, host, status, workbook, openers, flowOptions }: AppProps) {
  const styles = useStyles();
  const [fileHost, setFileHost] = useState<WorkbookHost | undefined>(undefined);
  const [opening, setOpening] = useState(false);
  const [openError, setOpenError] = useState<string | undefined>(undefined);

  const activeHost = host === "excel" ? workbook : fileHost;
  const flow = useRosterFlow(activeHost, locale, flowOptions);

  const open = async (load: () => Promise<WorkbookHost>) => {
    setOpening(true);
    setOpenError(undefined);
    try {
      setFileHost(await load());
    } catch (error) {
      setOpenError(errorMessage(error, locale));
    } finally {
      setOpening(false);
    }
  };

  let hostMessage: MessageKey = "pane.host.browserNoFiles";
  if (host === "excel") hostMessage = "pane.host.excel";
  else if (openers) hostMessage = "pane.host.browser";

  return (
    <FluentProvider theme={webLightTheme} dir="ltr" lang={locale}>
      <main className={styles.root}>
        <header className={styles.header}>
          <img className={styles.icon} src="assets/icon-64.png" alt="" />
          <div className={styles.heading}>
            <Title3 as="h1" className={styles.title}>{t("pane.productName", {}, locale)}</Title3>
            <Caption1 className={styles.tagline}>{t("pane.tagline", {}, locale)}</Caption1>
          </div>
        </header>

        <MessageBar intent={host === "excel" ? "success" : "info"}>
          <MessageBarBody>{t(hostMessage, {}, locale)}</MessageBarBody>
        </MessageBar>

        {host !== "excel" && openers && (
          <FileOpenCard
            locale={locale}
            openName={fileHost?.displayName ?? ""}
            opening={opening}
            error={openError}
            onFile={(file) => void open(() => openers.openFile(file))}
            onExample={() => void open(openers.openExample)}
          />
        )}

        {activeHost && (
          <RosterFlowView
            locale={locale}
            flow={flow}
            canUseSelection={activeHost.kind === "excel"}
            canExportWorkbook={activeHost.exportWorkbook !== undefined}
          />
        )}

        <ParameterStatusCard locale={locale} status={status} />
        {activeHost && flow.state.facts && (
          <WorkbookFactsCard locale={locale} facts={flow.state.facts} error={flow.state.factsError} onReload={() => void flow.actions.reloadFacts()} />
        )}
      </main>
    </FluentProvider>
  );
}
