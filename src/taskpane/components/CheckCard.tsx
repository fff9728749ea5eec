// Step 3: the handling date (from 单位信息, else today in Beijing) and the kind of rows without a 补缴类型 cell,
// then the check with a progress bar.

import { Button, Caption1, Field, Input, ProgressBar, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { BackpayKind } from "../../core/roster/types";
import { t, type Locale, type MessageKey } from "../../i18n";
import type { DateSource } from "../state/flowReducer";
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
  control: {
    minWidth: 0,
    width: "100%",
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
});

const KINDS: BackpayKind[] = ["missed", "baseDiffTopUp", "baseDiffRefund"];

const DATE_SOURCE_KEYS: Record<DateSource, MessageKey> = {
  unitSheet: "pane.check.dateFromUnit",
  today: "pane.check.dateToday",
  user: "pane.check.dateUser",
};

export interface CheckCardProps {
  locale: Locale;
  handlingDate: string;
  dateSource: DateSource;
  defaultKind: BackpayKind;
  /** Whether the roster has a 补缴类型 column, which then decides each row's kind. */
  hasKindColumn: boolean;
  canCheck: boolean;
  running: boolean;
  done: number;
  total: number;
  error?: string;
  onDateChange(date: string): void;
  onKindChange(kind: BackpayKind): void;
  onCheck(): void;
}

export function CheckCard(props: CheckCardProps) {
  const { locale, running, done, total } = props;
  const styles = useStyles();

  return (
    <section className={styles.section} aria-labelledby="check-title">
      <Subtitle2 as="h2" id="check-title" className={styles.title}>
        {t("pane.check.title", {}, locale)}
      </Subtitle2>

      <Field label={t("pane.check.date", {}, locale)} hint={t(DATE_SOURCE_KEYS[props.dateSource], {}, locale)}>
        <Input
          className={styles.control}
          type="date"
          value={props.handlingDate}
          data-testid="handling-date"
          disabled={running}
          onChange={(_event, data) => props.onDateChange(data.value)}
        />
      </Field>

      <Field
        label={t("pane.check.kind", {}, locale)}
        hint={t(props.hasKindColumn ? "pane.check.kindHintColumn" : "pane.check.kindHint", {}, locale)}
      >
        <Select
          className={styles.control}
          value={props.defaultKind}
          data-testid="default-kind"
          disabled={running}
          onChange={(_event, data) => props.onKindChange(data.value as BackpayKind)}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`pane.kind.${kind}`, {}, locale)}
            </option>
          ))}
        </Select>
      </Field>

      <Button appearance="primary" data-testid="check-button" disabled={!props.canCheck || running} onClick={props.onCheck}>
        {t(running ? "pane.check.running" : "pane.check.run", {}, locale)}
      </Button>

      {running && (
        <Field validationState="none" validationMessage={t("pane.check.progress", { done, total }, locale)}>
          <ProgressBar data-testid="check-progress" value={total > 0 ? done / total : undefined} max={1} />
        </Field>
      )}
      {!running && total > 0 && done === total && (
        <Caption1 className={styles.hint} data-testid="check-done">
          {t("pane.check.done", { total }, locale)}
        </Caption1>
      )}
      {props.error && <StepError message={props.error} testId="check-error" />}
    </section>
  );
}
