// The rows of the workbook's 参数 and 单位信息 sheets in force, each with its cell, uncertain (U) rows flagged,
// and the problems that left rows out. The built-in figures are summarised by ParameterStatusCard.

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SheetProblem } from "../../core/roster/types";
import { t, type Locale } from "../../i18n";
import { unitFactLabel, unitFactValue, type WorkbookFacts } from "../flow/workbookFacts";
import { SeverityBadge } from "./PersonResultItem";
import { StepError } from "./StepError";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  row: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
  cell: {
    flexShrink: 0,
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
  },
  uncertain: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});

function ProblemList({ problems, locale }: { problems: SheetProblem[]; locale: Locale }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {problems.map((problem, index) => (
        <li key={`${problem.cell}-${index}`} className={styles.row} data-testid="facts-problem" data-cell={problem.cell}>
          <SeverityBadge severity={problem.severity} locale={locale} />
          <Caption1>{t("pane.problem", { cell: problem.cell, message: t(problem.key, problem.params, locale) }, locale)}</Caption1>
        </li>
      ))}
    </ul>
  );
}

export interface WorkbookFactsCardProps {
  locale: Locale;
  facts: WorkbookFacts;
  error?: string;
  onReload(): void;
}

export function WorkbookFactsCard({ locale, facts, error, onReload }: WorkbookFactsCardProps) {
  const styles = useStyles();
  const uncertain = facts.parameterRows.filter((row) => row.confidence === "U").length;
  const unit = facts.unit;
  const problems = [...facts.parameterProblems, ...facts.unitProblems];

  return (
    <section className={styles.section} aria-labelledby="facts-title" data-testid="workbook-facts">
      <div className={styles.head}>
        <Subtitle2 as="h2" id="facts-title" className={styles.title}>
          {t("pane.facts.title", {}, locale)}
        </Subtitle2>
        <Button size="small" appearance="subtle" data-testid="facts-reload" onClick={onReload}>
          {t("pane.facts.reload", {}, locale)}
        </Button>
      </div>
      <Caption1 className={styles.hint} data-testid="facts-summary">
        {t(
          "pane.facts.summary",
          {
            parameterSheet: facts.sheets.parameters ?? t("pane.facts.noSheet", {}, locale),
            rows: facts.parameterRows.length,
            uncertain,
            unitSheet: facts.sheets.unit ?? t("pane.facts.noSheet", {}, locale),
            unitFacts: facts.unitFacts.length,
            historySheet: facts.sheets.history ?? t("pane.facts.noSheet", {}, locale),
          },
          locale,
        )}
      </Caption1>
      <Caption1 className={styles.hint}>{t("pane.facts.shared", {}, locale)}</Caption1>
      {problems.length > 0 && <ProblemList problems={problems} locale={locale} />}
      {error && <StepError message={error} />}

      {(facts.parameterRows.length > 0 || facts.unitFacts.length > 0) && (
        <Accordion collapsible multiple>
          {facts.parameterRows.length > 0 && (
            <AccordionItem value="parameters">
              <AccordionHeader size="small">{t("pane.facts.parameterRows", { count: facts.parameterRows.length }, locale)}</AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {facts.parameterRows.map((row) => (
                    <li key={row.origin} className={styles.row} data-testid="parameter-row" data-cell={row.origin} data-confidence={row.confidence}>
                      <Caption1 className={styles.cell}>{row.origin}</Caption1>
                      <Caption1 className={row.confidence === "U" ? styles.uncertain : undefined}>
                        {t("pane.facts.parameterRow", { category: row.category, summary: row.summary, source: row.source }, locale)}
                        {row.confidence === "U" && (
                          <>
                            {" "}
                            <Badge size="small" appearance="tint" color="warning">
                              {t("pane.facts.uncertain", {}, locale)}
                            </Badge>
                          </>
                        )}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          )}
          {unit && facts.unitFacts.length > 0 && (
            <AccordionItem value="unit">
              <AccordionHeader size="small">{t("pane.facts.unitRows", { count: facts.unitFacts.length }, locale)}</AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {facts.unitFacts.map((view) => (
                    <li key={view.cell} className={styles.row} data-testid="unit-fact" data-cell={view.cell}>
                      <Caption1 className={styles.cell}>{view.cell}</Caption1>
                      <Caption1>
                        {t("pane.facts.unitFact", { label: unitFactLabel(view.fact, locale), value: unitFactValue(unit, view.fact, locale) }, locale)}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          )}
        </Accordion>
      )}
    </section>
  );
}
