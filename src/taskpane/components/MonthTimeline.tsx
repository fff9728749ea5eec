// One person's months as a strip of cells, coloured by state: already paid, payable, not payable (the reason in
// the cell's title) or not asked for. Bars mark 2011-07 and 2023-12. Screen readers get a summary on the strip
// and the same runs as a text list below it.

import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatYearMonth } from "../../core/calendar";
import { t, type Locale, type MessageKey } from "../../i18n";
import { formatMonthRange } from "../flow/results";
import type { MonthState, Timeline, TimelineMonth } from "../flow/timeline";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  strip: {
    display: "grid",
    gridAutoFlow: "column",
    gridAutoColumns: "minmax(2px, 1fr)",
    height: "14px",
    columnGap: "1px",
    overflowX: "auto",
    minWidth: 0,
  },
  cell: {
    minWidth: "2px",
    borderRadius: tokens.borderRadiusSmall,
  },
  paid: { backgroundColor: tokens.colorPaletteBlueBorderActive },
  payable: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  notPayable: { backgroundColor: tokens.colorPaletteRedBackground3 },
  notRequested: { backgroundColor: tokens.colorNeutralBackground5 },
  boundary: {
    boxShadow: `inset 2px 0 0 ${tokens.colorNeutralForeground1}`,
  },
  ends: {
    display: "flex",
    justifyContent: "space-between",
    color: tokens.colorNeutralForeground3,
  },
  runs: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  legendSwatch: {
    display: "inline-block",
    width: "8px",
    height: "8px",
    marginRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
  },
});

export const STATE_KEYS: Record<MonthState, MessageKey> = {
  paid: "pane.timeline.paid",
  payable: "pane.timeline.payable",
  notPayable: "pane.timeline.notPayable",
  notRequested: "pane.timeline.notRequested",
};

/** Short reasons for months that are not payable, by finding code. */
const REASON_KEYS: Record<string, MessageKey> = {
  ALREADY_PAID: "pane.reason.ALREADY_PAID",
  NOT_PAID: "pane.reason.NOT_PAID",
  MONTH_HANDLING: "pane.reason.MONTH_HANDLING",
  BEFORE_WORKING_AGE: "pane.reason.BEFORE_WORKING_AGE",
  RETIREMENT_MONTH: "pane.reason.RETIREMENT_MONTH",
  AFTER_RETIREMENT: "pane.reason.AFTER_RETIREMENT",
  RETIREMENT_POST_MISSING: "pane.reason.RETIREMENT_POST_MISSING",
  OUTSIDE_EMPLOYMENT: "pane.reason.OUTSIDE_EMPLOYMENT",
  PRE_2011_HUKOU_MISSING: "pane.reason.PRE_2011_HUKOU_MISSING",
  PRE_2011_RURAL: "pane.reason.PRE_2011_RURAL",
  MONTH_OVERLAP: "pane.reason.MONTH_OVERLAP",
};

export function reasonText(code: string | undefined, locale: Locale): string {
  const key = code ? REASON_KEYS[code] : undefined;
  return key ? t(key, {}, locale) : t("pane.reason.other", { code: code ?? "" }, locale);
}

function stateText(entry: { state: MonthState; reasonCode?: string }, locale: Locale): string {
  const state = t(STATE_KEYS[entry.state], {}, locale);
  if (entry.state !== "notPayable" || !entry.reasonCode) return state;
  return t("pane.timeline.withReason", { state, reason: reasonText(entry.reasonCode, locale) }, locale);
}

function cellTitle(month: TimelineMonth, locale: Locale): string {
  const row = month.sheetRow !== undefined ? t("pane.timeline.row", { row: month.sheetRow }, locale) : "";
  return t("pane.timeline.cellTitle", { month: formatYearMonth(month.month), state: stateText(month, locale), row }, locale);
}

export interface MonthTimelineProps {
  locale: Locale;
  timeline: Timeline;
  /** Labels the strip and its list, e.g. the person's name. */
  label: string;
}

export function MonthTimeline({ locale, timeline, label }: MonthTimelineProps) {
  const styles = useStyles();
  const boundaries = new Set(timeline.boundaries);
  const summary = t(
    "pane.timeline.summary",
    {
      label,
      from: formatYearMonth(timeline.from),
      to: formatYearMonth(timeline.to),
      payable: timeline.counts.payable,
      notPayable: timeline.counts.notPayable,
      paid: timeline.counts.paid,
      boundaries: timeline.boundaries.map((month) => formatYearMonth(month)).join("、") || t("pane.timeline.noBoundary", {}, locale),
    },
    locale,
  );

  return (
    <div className={styles.root} data-testid="timeline" data-from={formatYearMonth(timeline.from)} data-to={formatYearMonth(timeline.to)}>
      <div className={styles.strip} role="img" aria-label={summary}>
        {timeline.months.map((month) => (
          <span
            key={month.month}
            className={mergeClasses(styles.cell, styles[month.state], boundaries.has(month.month) && styles.boundary)}
            title={cellTitle(month, locale)}
            data-month={formatYearMonth(month.month)}
            data-state={month.state}
            data-boundary={boundaries.has(month.month) ? "true" : undefined}
          />
        ))}
      </div>
      <div className={styles.ends} aria-hidden="true">
        <Caption1>{formatYearMonth(timeline.from)}</Caption1>
        <Caption1>{formatYearMonth(timeline.to)}</Caption1>
      </div>
      <ul className={styles.runs} aria-label={t("pane.timeline.listLabel", { label }, locale)}>
        {timeline.runs.map((run) => (
          <li key={run.from}>
            <Caption1>
              <span className={mergeClasses(styles.legendSwatch, styles[run.state])} aria-hidden="true" />
              {t("pane.timeline.run", { months: formatMonthRange(run.from, run.to), state: stateText(run, locale) }, locale)}
            </Caption1>
          </li>
        ))}
        {timeline.boundaries.length > 0 && (
          <li>
            <Caption1>{t("pane.timeline.boundaryNote", { months: timeline.boundaries.map((month) => formatYearMonth(month)).join("、") }, locale)}</Caption1>
          </li>
        )}
      </ul>
    </div>
  );
}
