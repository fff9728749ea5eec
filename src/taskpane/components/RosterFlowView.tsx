// The roster check step by step, laid out from the flow's state: source, column mapping, date and kind,
// results, write-back and export. A step shows once the step before it is done.

import { Divider, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { TAX_COLLECTION_START } from "../../core/roster";
import { t, type Locale } from "../../i18n";
import type { RosterFlow } from "../state/useRosterFlow";
import { CheckCard } from "./CheckCard";
import { MappingCard } from "./MappingCard";
import { ResultActionsCard } from "./ResultActionsCard";
import { ResultsCard } from "./ResultsCard";
import { RosterSourceCard } from "./RosterSourceCard";
import { StepError } from "./StepError";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    minWidth: 0,
  },
});

export interface RosterFlowViewProps {
  locale: Locale;
  flow: RosterFlow;
  /** Whether the host has a cell selection to read the roster from. */
  canUseSelection: boolean;
  canExportWorkbook: boolean;
}

export function RosterFlowView({ locale, flow, canUseSelection, canExportWorkbook }: RosterFlowViewProps) {
  const styles = useStyles();
  const { state, actions } = flow;
  const { workbook, roster, mapping, check } = state;

  if (workbook.status === "loading") return <Spinner size="small" label={t("pane.workbook.loading", {}, locale)} data-testid="workbook-loading" />;
  if (workbook.status === "failed") return <StepError message={workbook.error ?? ""} testId="workbook-error" />;
  if (workbook.status !== "ready") return null;

  const boundaries = state.facts ? [state.facts.params.coefficientScopeEnd(), TAX_COLLECTION_START] : [TAX_COLLECTION_START];
  const problems = check.result?.problems ?? [];

  return (
    <div className={styles.root}>
      <RosterSourceCard
        locale={locale}
        sheets={workbook.sheets}
        tables={workbook.tables}
        canUseSelection={canUseSelection}
        source={state.source}
        reading={roster.status === "running"}
        progress={roster.progress}
        error={roster.error}
        onSourceChange={actions.chooseSource}
        onRead={() => void actions.readRoster()}
      />

      {roster.status === "done" && roster.sheet && mapping && (
        <MappingCard
          locale={locale}
          sheet={roster.sheet}
          mapping={mapping}
          confirmed={state.mappingConfirmed}
          onHeaderRowChange={actions.chooseHeaderRow}
          onFieldChange={actions.mapField}
          onConfirm={() => void actions.confirmMapping()}
          onEdit={actions.reopenMapping}
        />
      )}

      {state.mappingConfirmed && mapping && (
        <CheckCard
          locale={locale}
          handlingDate={state.handlingDate}
          dateSource={state.dateSource}
          defaultKind={state.defaultKind}
          hasKindColumn={mapping.columns.kind !== undefined}
          canCheck={state.mappingConfirmed}
          running={check.status === "running"}
          done={check.done}
          total={check.total}
          error={check.error}
          onDateChange={actions.setHandlingDate}
          onKindChange={actions.setDefaultKind}
          onCheck={() => void actions.runCheck()}
        />
      )}

      {check.status === "done" && flow.summary && (
        <>
          <Divider />
          <ResultsCard
            locale={locale}
            summary={flow.summary}
            groups={flow.filtered}
            visibleCount={state.visibleGroups}
            filter={state.filter}
            problems={problems}
            history={state.facts?.history}
            boundaries={boundaries}
            selectedRow={state.selectedRow}
            onSelectFinding={(row, code) => void actions.selectRow(row, code)}
            onFilterChange={actions.setFilter}
            onShowMore={actions.showMore}
          />
        </>
      )}

      {/* Results written earlier stay removable after the roster or mapping changed. */}
      {(check.status === "done" || state.writeBack.written) && (
        <>
          <Divider />
          <ResultActionsCard
            locale={locale}
            hasResult={check.status === "done"}
            writeBack={state.writeBack}
            exports={state.exports}
            canExportWorkbook={canExportWorkbook}
            onWriteBackChange={(on) => void actions.setWriteBack(on)}
            onClear={() => void actions.clearResults()}
            onExport={() => void actions.exportFiles()}
            onExportWorkbook={() => void actions.exportWorkbook()}
          />
        </>
      )}
    </div>
  );
}
