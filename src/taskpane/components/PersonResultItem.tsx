// One person of the results: name, masked identity number, worst severity, payable months, every finding of
// the person's rows (a click selects the row's cell in the roster), the month strip and the materials to bring.

import { Badge, Body1Strong, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { YearMonth } from "../../core/calendar";
import { renderFinding } from "../../core/roster";
import type { Finding, RowResult } from "../../core/roster/types";
import { t, type Locale, type MessageKey } from "../../i18n";
import { formatMonthRange, SEVERITY_KEYS, type GroupSeverity, type PersonGroup } from "../flow/results";
import type { Timeline } from "../flow/timeline";
import { MonthTimeline } from "./MonthTimeline";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  head: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  meta: {
    color: tokens.colorNeutralForeground3,
  },
  findings: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  finding: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    padding: tokens.spacingHorizontalXS,
    border: "none",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "transparent",
    textAlign: "left",
    font: "inherit",
    color: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
  findingText: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  badge: {
    flexShrink: 0,
  },
  materials: {
    color: tokens.colorNeutralForeground2,
  },
  materialList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

const BADGE_COLORS: Record<GroupSeverity, "danger" | "warning" | "informative" | "success"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
  ok: "success",
};

const KIND_KEYS: Record<RowResult["kind"], MessageKey> = {
  missed: "pane.kind.missed",
  baseDiffTopUp: "pane.kind.baseDiffTopUp",
  baseDiffRefund: "pane.kind.baseDiffRefund",
};

export function SeverityBadge({ severity, locale }: { severity: GroupSeverity; locale: Locale }) {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color={BADGE_COLORS[severity]} data-severity={severity}>
      {t(SEVERITY_KEYS[severity], {}, locale)}
    </Badge>
  );
}

export interface PersonResultItemProps {
  locale: Locale;
  group: PersonGroup;
  timeline?: Timeline;
  selectedRow?: number;
  onSelectFinding(sheetRow: number, code?: string): void;
}

function findingMonths(finding: Finding): string {
  return finding.months ? formatMonthRange(finding.months.from as YearMonth, finding.months.to as YearMonth) : "";
}

export function PersonResultItem({ locale, group, timeline, selectedRow, onSelectFinding }: PersonResultItemProps) {
  const styles = useStyles();
  const name = group.name === "" ? t("pane.results.noName", {}, locale) : group.name;
  const identity = group.maskedIdentityNumber === "" ? t("pane.results.noIdentity", {}, locale) : group.maskedIdentityNumber;
  const kinds = group.kinds.map((kind) => t(KIND_KEYS[kind], {}, locale)).join("、");
  const rows = group.rows.map((row) => row.sheetRow).join("、");
  const materials = group.persons.flatMap((person) => person.materials);
  const uniqueMaterials = materials.filter((item, index) => materials.findIndex((other) => other.key === item.key) === index);

  return (
    <li className={styles.item} data-testid="person-group" data-severity={group.severity} data-rows={rows}>
      <div className={styles.head}>
        <Body1Strong>{name}</Body1Strong>
        <Caption1 className={styles.meta}>{identity}</Caption1>
        <SeverityBadge severity={group.severity} locale={locale} />
      </div>
      <Caption1 className={styles.meta}>
        {t("pane.results.personMeta", { kinds, rows, months: group.payableMonths }, locale)}
      </Caption1>

      {group.findingCount > 0 && (
        <ul className={styles.findings}>
          {group.rows.flatMap((row) =>
            row.findings.map((finding, index) => (
              <li key={`${row.sheetRow}-${index}`}>
                <button
                  type="button"
                  className={mergeClasses(styles.finding, selectedRow === row.sheetRow && styles.selected)}
                  data-testid="finding"
                  data-row={row.sheetRow}
                  data-code={finding.code}
                  data-severity={finding.severity}
                  onClick={() => onSelectFinding(row.sheetRow, finding.code)}
                >
                  <SeverityBadge severity={finding.severity} locale={locale} />
                  <span className={styles.findingText}>
                    <Caption1 className={styles.meta}>
                      {t(finding.months ? "pane.results.findingWhereMonths" : "pane.results.findingWhere", { row: row.sheetRow, months: findingMonths(finding), code: finding.code }, locale)}
                    </Caption1>
                    <Caption1>{renderFinding(finding, locale)}</Caption1>
                  </span>
                </button>
              </li>
            )),
          )}
        </ul>
      )}

      {timeline && <MonthTimeline locale={locale} timeline={timeline} label={name} />}

      {uniqueMaterials.length > 0 && (
        <details className={styles.materials}>
          <summary>
            <Caption1>{t("pane.results.materials", { count: uniqueMaterials.length }, locale)}</Caption1>
          </summary>
          <ul className={styles.materialList}>
            {uniqueMaterials.map((item) => (
              <li key={item.key}>
                <Caption1>
                  {item.reason
                    ? t("pane.results.materialWithReason", { item: t(item.key, {}, locale), reason: t(item.reason, item.reasonParams ?? {}, locale) }, locale)
                    : t(item.key, {}, locale)}
                </Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
