// Step 1: where the roster is, a sheet's used range, a named table or (in Excel) the selected range.

import { Button, Field, ProgressBar, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { t, type Locale } from "../../i18n";
import type { ReadProgress, RosterSource, TableInfo } from "../../workbook/host";
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
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
  },
  select: {
    minWidth: 0,
    width: "100%",
  },
  grow: {
    flexGrow: 1,
    minWidth: 0,
  },
});

/** Encodes a source as the value of one option: `sheet:名单`, `table:Table1` or `selection`. */
export function sourceValue(source: RosterSource | undefined): string {
  if (!source) return "";
  if (source.kind === "sheet") return `sheet:${source.sheet}`;
  if (source.kind === "table") return `table:${source.table}`;
  return "selection";
}

export function sourceOfValue(value: string): RosterSource | undefined {
  if (value.startsWith("sheet:")) return { kind: "sheet", sheet: value.slice("sheet:".length) };
  if (value.startsWith("table:")) return { kind: "table", table: value.slice("table:".length) };
  if (value === "selection") return { kind: "selection" };
  return undefined;
}

export interface RosterSourceCardProps {
  locale: Locale;
  sheets: string[];
  tables: TableInfo[];
  /** Whether the host has a selection to read (Excel does, a file does not). */
  canUseSelection: boolean;
  source?: RosterSource;
  reading: boolean;
  progress?: ReadProgress;
  error?: string;
  onSourceChange(source: RosterSource): void;
  onRead(): void;
}

export function RosterSourceCard(props: RosterSourceCardProps) {
  const { locale, sheets, tables, source, reading, progress, error } = props;
  const styles = useStyles();

  return (
    <section className={styles.section} aria-labelledby="source-title">
      <Subtitle2 as="h2" id="source-title" className={styles.title}>
        {t("pane.source.title", {}, locale)}
      </Subtitle2>
      <div className={styles.row}>
        <Field className={styles.grow} label={t("pane.source.label", {}, locale)}>
          <Select
            className={styles.select}
            value={sourceValue(source)}
            data-testid="roster-source"
            disabled={reading}
            onChange={(_event, data) => {
              const chosen = sourceOfValue(data.value);
              if (chosen) props.onSourceChange(chosen);
            }}
          >
            {!source && <option value="">{t("pane.source.choose", {}, locale)}</option>}
            {sheets.map((sheet) => (
              <option key={`sheet:${sheet}`} value={`sheet:${sheet}`}>
                {t("pane.source.sheet", { sheet }, locale)}
              </option>
            ))}
            {tables.map((table) => (
              <option key={`table:${table.name}`} value={`table:${table.name}`}>
                {t("pane.source.table", { table: table.name, sheet: table.sheet }, locale)}
              </option>
            ))}
            {props.canUseSelection && <option value="selection">{t("pane.source.selection", {}, locale)}</option>}
          </Select>
        </Field>
        <Button appearance="primary" data-testid="read-roster" disabled={!source || reading} onClick={props.onRead}>
          {t("pane.source.read", {}, locale)}
        </Button>
      </div>
      {reading && (
        <Field
          validationState="none"
          validationMessage={progress ? t("pane.source.progress", { read: progress.rowsRead, total: progress.totalRows }, locale) : t("pane.source.reading", {}, locale)}
        >
          <ProgressBar
            data-testid="read-progress"
            value={progress && progress.totalRows > 0 ? progress.rowsRead / progress.totalRows : undefined}
          />
        </Field>
      )}
      {error && <StepError message={error} />}
    </section>
  );
}
