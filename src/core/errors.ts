// The one error type of the core. It carries a catalogue key instead of text, so each interface renders it in
// the user's language, and a kind that says which Excel error a custom function shows for it.

import { t, type MessageKey, type MessageParams, type Locale } from "../i18n";

/** `value` is bad input (#VALUE! in a cell); `notAvailable` is a missing parameter row or unit fact (#N/A). */
export type BujiaoErrorKind = "value" | "notAvailable";

export class BujiaoError extends Error {
  readonly kind: BujiaoErrorKind;
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(kind: BujiaoErrorKind, key: MessageKey, params: MessageParams = {}) {
    super(t(key, params, "zh-CN"));
    this.name = "BujiaoError";
    this.kind = kind;
    this.key = key;
    this.params = params;
  }

  /** Renders the message in `locale`; the `message` property is always Simplified Chinese. */
  localized(locale: Locale): string {
    return t(this.key, this.params, locale);
  }
}

export function valueError(key: MessageKey, params: MessageParams = {}): BujiaoError {
  return new BujiaoError("value", key, params);
}

export function notAvailableError(key: MessageKey, params: MessageParams = {}): BujiaoError {
  return new BujiaoError("notAvailable", key, params);
}
