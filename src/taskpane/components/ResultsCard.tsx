// The check's results: counts, problems of whole sheets with their cell, and the people, worst first to find
// by the filter, fifty at a time.

import { Button, Caption1, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { YearMonth } from "../../core/calendar";
import type { ContributionHistory, SheetProblem } from "../../core/roster/types";
import { t, type Locale } from "../../i18n";
import type { PersonGroup, ResultFilter, ResultSummary } from "../flow/results";
import { buildTimeline } from "../flow/timeline";
import { PersonResultItem, SeverityBadge } from "./PersonResultItem";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  title: {
    margin: 0,
  },
  summary: {
    color: tokens.colorNeutralForeground2,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  select: {
    minWidth: 0,
    width: "100%",
  },
  problem: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
});

export interface ResultsCardProps {
  locale: Locale;
  summary: ResultSummary;
  /** The groups the filter keeps. */
  groups: PersonGroup[];
  visibleCount: number;
  filter: ResultFilter;
  /** Problems of whole sheets (缴费记录, the roster), each with its cell address. */
  problems: SheetProblem[];
  history?: ContributionHistory;
  boundaries: YearMonth[];
  selectedRow?: number;
  onSelectFinding(sheetRow: number, code?: string): void;
  onFilterChange(filter: ResultFilter): void;
  onShowMore(): void;
}

const FILTERS: ResultFilter[] = ["all", "problems", "errors"];

export function ResultsCard(props: ResultsCardProps) {
  const { locale, summary, groups, visibleCount, filter, problems } = props;
  const styles = useStyles();
  const visibleGroups = groups.slice(0, visibleCount);

  return (
    <section className={styles.section} aria-labelledby="results-title" data-testid="results">
      <Subtitle2 as="h2" id="results-title" className={styles.title}>
        {t("pane.results.title", {}, locale)}
      </Subtitle2>
      <Caption1 className={styles.summary} data-testid="results-summary">
        {t("pane.results.summary", { ...summary }, locale)}
      </Caption1>

      {problems.length > 0 && (
        <ul className={styles.list} aria-label={t("pane.results.problemsLabel", {}, locale)}>
          {problems.map((problem, index) => (
            <li key={`${problem.cell}-${index}`} className={styles.problem} data-testid="roster-problem" data-cell={problem.cell}>
              <SeverityBadge severity={problem.severity} locale={locale} />
              <Caption1>{t("pane.problem", { cell: problem.cell, message: t(problem.key, problem.params, locale) }, locale)}</Caption1>
            </li>
          ))}
        </ul>
      )}

      <Field label={t("pane.results.filter", {}, locale)}>
        <Select className={styles.select} value={filter} data-testid="result-filter" onChange={(_event, data) => props.onFilterChange(data.value as ResultFilter)}>
          {FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`pane.results.filter.${value}`, {}, locale)}
            </option>
          ))}
        </Select>
      </Field>

      {groups.length === 0 ? (
        <Caption1>{t("pane.results.noneShown", {}, locale)}</Caption1>
      ) : (
        <ul className={styles.list}>
          {visibleGroups.map((group) => {
            const paid = group.identityNumber ? props.history?.get(group.identityNumber) : undefined;
            return (
              <PersonResultItem
                key={group.key}
                locale={locale}
                group={group}
                timeline={buildTimeline(group.rows, paid, props.boundaries)}
                selectedRow={props.selectedRow}
                onSelectFinding={props.onSelectFinding}
              />
            );
          })}
        </ul>
      )}

      {groups.length > visibleGroups.length && (
        <Button data-testid="show-more" onClick={props.onShowMore}>
          {t("pane.results.showMore", { shown: visibleGroups.length, total: groups.length }, locale)}
        </Button>
      )}
    </section>
  );
}
