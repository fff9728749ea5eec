// An error of one step, shown where the step is, in words the catalogue or a BujiaoError gave.

import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export function StepError({ message, testId }: { message: string; testId?: string }) {
  return (
    <MessageBar intent="error" data-testid={testId ?? "step-error"}>
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
