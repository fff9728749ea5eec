// Outside Excel: open an .xlsx file from this computer, or the example roster bundled with the add-in. The file
// never leaves the browser.

import { useRef } from "react";
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { t, type Locale } from "../../i18n";
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
  title: {
    margin: 0,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  // The native input stays in the page for keyboard users and test drivers, visually replaced by the button.
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface FileOpenCardProps {
  locale: Locale;
  /** The name of the open file, or empty before one is opened. */
  openName: string;
  opening: boolean;
  error?: string;
  onFile(file: File): void;
  onExample(): void;
}

export function FileOpenCard({ locale, openName, opening, error, onFile, onExample }: FileOpenCardProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);

  return (
    <section className={styles.section} aria-labelledby="file-title">
      <Subtitle2 as="h2" id="file-title" className={styles.title}>
        {t("pane.file.title", {}, locale)}
      </Subtitle2>
      <Caption1 className={styles.hint}>
        {openName ? t("pane.file.open", { name: openName }, locale) : t("pane.file.hint", {}, locale)}
      </Caption1>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t("pane.file.pick", {}, locale)}
        data-testid="file-input"
        disabled={opening}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          // Picking the same file again must fire another change.
          event.currentTarget.value = "";
        }}
      />
      <div className={styles.row}>
        <Button appearance={openName ? "secondary" : "primary"} disabled={opening} onClick={() => input.current?.click()}>
          {t(openName ? "pane.file.pickOther" : "pane.file.pick", {}, locale)}
        </Button>
        <Button data-testid="example-button" disabled={opening} onClick={onExample}>
          {t("pane.file.example", {}, locale)}
        </Button>
      </div>
      {error && <StepError message={error} testId="file-error" />}
    </section>
  );
}
