// How many parameter rows are in force, how many are uncertain, and how far the newest limit period reaches.

import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { t, type Locale } from "../../i18n";
import type { ParameterStatus } from "../parameterStatus";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: {
    margin: 0,
  },
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  value: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "right",
  },
  uncertain: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
});

export interface ParameterStatusCardProps {
  locale: Locale;
  status: ParameterStatus;
}

export function ParameterStatusCard({ locale, status }: ParameterStatusCardProps) {
  const styles = useStyles();
  const period = status.newestPeriod;
  const none = t("pane.params.none", {}, locale);

  return (
    <section className={styles.section} aria-labelledby="parameter-status-title">
      <Subtitle2 as="h2" id="parameter-status-title" className={styles.title}>
        {t("pane.params.title", {}, locale)}
      </Subtitle2>

      <dl className={styles.list}>
        <dt className={styles.term}>{t("pane.params.rows", {}, locale)}</dt>
        <dd className={styles.value} data-testid="parameter-rows">
          {t("pane.params.rowsValue", { count: status.rowCount }, locale)}
        </dd>

        <dt className={styles.term}>{t("pane.params.uncertain", {}, locale)}</dt>
        <dd
          className={status.uncertainCount > 0 ? `${styles.value} ${styles.uncertain}` : styles.value}
          data-testid="parameter-uncertain"
        >
          {t("pane.params.rowsValue", { count: status.uncertainCount }, locale)}
        </dd>

        <dt className={styles.term}>{t("pane.params.newestPeriod", {}, locale)}</dt>
        <dd className={styles.value} data-testid="parameter-newest-period">
          {period ? t("pane.params.newestPeriodValue", { period: period.id, start: period.start }, locale) : none}
        </dd>

        <dt className={styles.term}>{t("pane.params.periodEnd", {}, locale)}</dt>
        <dd className={styles.value} data-testid="parameter-period-end">
          {period ? period.end : none}
        </dd>
      </dl>

      {status.uncertainCount > 0 && <Caption1 className={styles.hint}>{t("pane.params.uncertainHint", {}, locale)}</Caption1>}
    </section>
  );
}
