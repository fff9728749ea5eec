// Message catalogues. Every text a user sees comes from here: Simplified Chinese first, English second.
// Templates use {name} placeholders; a placeholder with no value stays visible so a missing argument is noticed.

import { zhCN } from "./zh-CN";
import { en } from "./en";

export type MessageKey = keyof typeof zhCN;
export type Locale = "zh-CN" | "en";
/** A parameter that is itself a catalogue entry (a field or insurance name), rendered in the same locale. */
export interface MessageRef {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}
export type MessageParams = Record<string, string | number | MessageRef>;

const catalogues: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

let currentLocale: Locale = "zh-CN";

/** Sets the locale that `t` uses when none is passed. */
export function setLocale(locale: Locale): void {
  currentLocale = locale;
}

export function getLocale(): Locale {
  return currentLocale;
}

/** Maps a browser or Office language tag to a catalogue: Chinese tags and anything unknown give zh-CN. */
export function localeFromTag(tag: string | null | undefined): Locale {
  if (tag && /^en\b/i.test(tag)) return "en";
  return "zh-CN";
}

/** Formats the message `key` with `params` in `locale` (default: the current locale). */
export function t(key: MessageKey, params: MessageParams = {}, locale: Locale = currentLocale): string {
  const template = catalogues[locale][key] ?? catalogues["zh-CN"][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return typeof value === "object" ? t(value.key, value.params ?? {}, locale) : String(value);
  });
}

/** Wraps a catalogue key so that `t` renders it as a parameter in the message's locale. */
export function ref(key: MessageKey): MessageRef {
  return { key };
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}

export { zhCN, en };
