// Step 4: write a 校验结果 column beside the roster (and remove it again), and export the upload files and the
// report. Each exported file shows where it went: downloaded, or written to a new sheet.

import { Button, Caption1, Subtitle2, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters } from "../../core/roster";
import { t, type Locale } from "../../i18n";
import type { ExportRecord } from "../flow/exportFiles";
import type { FlowState } from "../state/flowReducer";
import { StepError } from "./StepError";

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
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  outcomes: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
  failed: {
    color: tokens.colorPaletteRedForeground1,
  },
});

function outcomeText(record: ExportRecord, locale: Locale): string {
  const { outcome } = record;
  const label =
    record.role === "upload" ? t("pane.export.uploadFile", { file: record.fileName, rows: record.rows }, locale) : record.fileName;
  if (outcome.kind === "downloaded") return t("pane.export.downloaded", { what: label }, locale);
  if (outcome.kind === "newSheet") return t("pane.export.newSheet", { what: label, sheet: outcome.sheet }, locale);
  return t("pane.export.failed", { what: label, message: outcome.message }, locale);
}

export interface ResultActionsCardProps {
  locale: Locale;
  /** Whether a check result is in hand; without one only removing written results is possible. */
  hasResult: boolean;
  writeBack: FlowState["writeBack"];
  exports: FlowState["exports"];
  /** Whether the host can hand back the whole workbook (a file opened in the browser). */
  canExportWorkbook: boolean;
  onWriteBackChange(on: boolean): void;
  onClear(): void;
  onExport(): void;
  onExportWorkbook(): void;
}

export function ResultActionsCard(props: ResultActionsCardProps) {
  const { locale, writeBack, exports } = props;
  const styles = useStyles();
  const busy = writeBack.status === "writing" || writeBack.status === "clearing";
  const written = writeBack.written;

  return (
    <section className={styles.section} aria-labelledby="actions-title">
      <Subtitle2 as="h2" id="actions-title" className={styles.title}>
        {t("pane.actions.title", {}, locale)}
      </Subtitle2>

      <div className={styles.row}>
        <Switch
          data-testid="writeback-toggle"
          checked={writeBack.status === "on" || writeBack.status === "writing"}
          disabled={busy || (!props.hasResult && !written)}
          label={t("pane.writeBack.toggle", {}, locale)}
          onChange={(_event, data) => props.onWriteBackChange(data.checked)}
        />
        <Button size="small" data-testid="clear-results" disabled={!written || busy} onClick={props.onClear}>
          {t("pane.writeBack.clear", {}, locale)}
        </Button>
      </div>
      <Caption1 className={styles.hint} data-testid="writeback-status">
        {written
          ? t("pane.writeBack.written", { sheet: written.sheet, column: columnLetters(written.column - 1), rows: written.rows.length }, locale)
          : t("pane.writeBack.hint", {}, locale)}
      </Caption1>
      {writeBack.error && <StepError message={writeBack.error} testId="writeback-error" />}

      <div className={styles.row}>
        <Button appearance="primary" data-testid="export-button" disabled={!props.hasResult || exports.status === "running"} onClick={props.onExport}>
          {t(exports.status === "running" ? "pane.export.running" : "pane.export.run", {}, locale)}
        </Button>
        {props.canExportWorkbook && (
          <Button data-testid="export-workbook" disabled={exports.status === "running"} onClick={props.onExportWorkbook}>
            {t("pane.export.workbook", {}, locale)}
          </Button>
        )}
      </div>
      {exports.records.length > 0 && (
        <ul className={styles.outcomes} data-testid="export-outcome">
          {exports.records.map((record) => (
            <li key={record.fileName} data-outcome={record.outcome.kind} className={record.outcome.kind === "failed" ? styles.failed : undefined}>
              <Caption1>{outcomeText(record, locale)}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {exports.error && <StepError message={exports.error} testId="export-error" />}
    </section>
  );
}
