// The task pane's root: product header, where the pane runs, and the parameter status. It fits a 320 px pane.

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
import { t, type Locale } from "../../i18n";
import type { HostKind } from "../host";
import type { ParameterStatus } from "../parameterStatus";
import { ParameterStatusCard } from "./ParameterStatusCard";

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

export interface AppProps {
  locale: Locale;
  host: HostKind;
  status: ParameterStatus;
}

export function App({ locale, host, status }: AppProps) {
  const styles = useStyles();

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
          <MessageBarBody>{t(host === "excel" ? "pane.host.excel" : "pane.host.browser", {}, locale)}</MessageBarBody>
        </MessageBar>

        <ParameterStatusCard locale={locale} status={status} />
      </main>
    </FluentProvider>
  );
}
