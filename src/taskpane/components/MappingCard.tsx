// Step 2: which column contains which field. The guess comes from the header synonyms; every field can be changed
// with its own drop-down, the required ones must have a column before the mapping can be confirmed. Once
// confirmed, the card folds to a one-line summary.

import { Button, Caption1, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { isBlank } from "../../core/parse";
import { columnLetters } from "../../core/roster";
import type { AnyRosterField, SheetData } from "../../core/roster/types";
import { t, type Locale, type MessageKey } from "../../i18n";
import { columnChoices, headerRowCandidates, isRequiredField, MAPPING_FIELDS, missingRequiredFields, type ColumnMapping } from "../flow/mapping";
import { maskIdentityRuns } from "../../core/mask";

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
  fields: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  fieldLabel: {
    overflowWrap: "anywhere",
  },
  // A native select is as wide as its longest option unless its width is set.
  select: {
    minWidth: 0,
    width: "100%",
  },
  optionalHeading: {
    gridColumn: "1 / -1",
    color: tokens.colorNeutralForeground3,
    marginTop: tokens.spacingVerticalXS,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  missing: {
    color: tokens.colorPaletteRedForeground1,
  },
  summary: {
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
  },
});

export const FIELD_KEYS: Record<AnyRosterField, MessageKey> = {
  name: "pane.field.name",
  identityNumber: "pane.field.identityNumber",
  startMonth: "pane.field.startMonth",
  endMonth: "pane.field.endMonth",
  wage: "pane.field.wage",
  kind: "pane.field.kind",
  documentType: "pane.field.documentType",
  hukouType: "pane.field.hukouType",
  sex: "pane.field.sex",
  post: "pane.field.post",
  hireDate: "pane.field.hireDate",
  leaveDate: "pane.field.leaveDate",
  injuryDate: "pane.field.injuryDate",
  temporaryAccount: "pane.field.temporaryAccount",
  earlierBaseDiff: "pane.field.earlierBaseDiff",
  declaredBase: "pane.field.declaredBase",
};

const NO_COLUMN = "";

export interface MappingCardProps {
  locale: Locale;
  sheet: SheetData;
  mapping: ColumnMapping;
  confirmed: boolean;
  onHeaderRowChange(headerRow: number): void;
  onFieldChange(field: AnyRosterField, column: number | undefined): void;
  onConfirm(): void;
  onEdit(): void;
}

export function MappingCard(props: MappingCardProps) {
  const { locale, sheet, mapping, confirmed } = props;
  const styles = useStyles();
  const choices = columnChoices(sheet, mapping.headerRow);
  const missing = missingRequiredFields(mapping);
  const choiceText = (column: number) => {
    const choice = choices.find((entry) => entry.column === column);
    if (!choice) return "";
    return choice.header === ""
      ? t("pane.mapping.columnNoHeader", { letter: choice.letter }, locale)
      : t("pane.mapping.column", { letter: choice.letter, header: choice.header }, locale);
  };

  if (confirmed) {
    const mapped = MAPPING_FIELDS.filter((field) => mapping.columns[field] !== undefined).map((field) =>
      t("pane.mapping.pair", { field: t(FIELD_KEYS[field], {}, locale), letter: columnLetters(mapping.columns[field]!) }, locale),
    );
    return (
      <section className={styles.section} aria-labelledby="mapping-title" data-testid="mapping-summary">
        <Subtitle2 as="h2" id="mapping-title" className={styles.title}>
          {t("pane.mapping.title", {}, locale)}
        </Subtitle2>
        <Caption1 className={styles.summary}>
          {t("pane.mapping.confirmedSummary", { row: mapping.headerRow, columns: mapped.join(t("pane.listSeparator", {}, locale)) }, locale)}
        </Caption1>
        <div className={styles.actions}>
          <Button size="small" data-testid="mapping-edit" onClick={props.onEdit}>
            {t("pane.mapping.edit", {}, locale)}
          </Button>
        </div>
      </section>
    );
  }

  const candidates = headerRowCandidates(sheet);
  const headerRows = candidates.includes(mapping.headerRow) ? candidates : [mapping.headerRow, ...candidates];
  const optionalStart = MAPPING_FIELDS.findIndex((field) => !isRequiredField(field));

  return (
    <section className={styles.section} aria-labelledby="mapping-title" data-testid="mapping">
      <Subtitle2 as="h2" id="mapping-title" className={styles.title}>
        {t("pane.mapping.title", {}, locale)}
      </Subtitle2>
      <Caption1 className={styles.hint}>{t("pane.mapping.hint", {}, locale)}</Caption1>

      <Field label={t("pane.mapping.headerRow", {}, locale)}>
        <Select
          className={styles.select}
          value={String(mapping.headerRow)}
          data-testid="mapping-header-row"
          onChange={(_event, data) => props.onHeaderRowChange(Number(data.value))}
        >
          {headerRows.map((row) => {
            const cells = (sheet.rows[row - 1] ?? [])
              .filter((cell) => !isBlank(cell))
              .slice(0, 3)
              .map((cell) => maskIdentityRuns(String(cell)));
            return (
              <option key={row} value={String(row)}>
                {t("pane.mapping.headerRowOption", { row, preview: cells.join(t("pane.listSeparator", {}, locale)) }, locale)}
              </option>
            );
          })}
        </Select>
      </Field>

      <div className={styles.fields}>
        {MAPPING_FIELDS.map((field, index) => {
          const labelId = `mapping-label-${field}`;
          const column = mapping.columns[field];
          return [
            index === optionalStart ? (
              <Caption1 key="optional" className={styles.optionalHeading}>
                {t("pane.mapping.optional", {}, locale)}
              </Caption1>
            ) : null,
            <Caption1 key={`${field}-label`} id={labelId} className={styles.fieldLabel}>
              {isRequiredField(field)
                ? t("pane.mapping.requiredField", { field: t(FIELD_KEYS[field], {}, locale) }, locale)
                : t(FIELD_KEYS[field], {}, locale)}
            </Caption1>,
            <Select
              key={`${field}-select`}
              className={styles.select}
              size="small"
              aria-labelledby={labelId}
              data-testid={`mapping-field-${field}`}
              value={column === undefined ? NO_COLUMN : String(column)}
              onChange={(_event, data) => props.onFieldChange(field, data.value === NO_COLUMN ? undefined : Number(data.value))}
            >
              <option value={NO_COLUMN}>{t("pane.mapping.none", {}, locale)}</option>
              {choices.map((choice) => (
                <option key={choice.column} value={String(choice.column)}>
                  {choiceText(choice.column)}
                </option>
              ))}
            </Select>,
          ];
        })}
      </div>

      {missing.length > 0 && (
        <Caption1 className={styles.missing} data-testid="mapping-missing">
          {t("pane.mapping.missing", { fields: missing.map((field) => t(FIELD_KEYS[field], {}, locale)).join(t("pane.listSeparator", {}, locale)) }, locale)}
        </Caption1>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" data-testid="mapping-confirm" disabled={missing.length > 0} onClick={props.onConfirm}>
          {t("pane.mapping.confirm", {}, locale)}
        </Button>
      </div>
    </section>
  );
}
