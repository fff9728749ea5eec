// The input and output of a `bujiao` command, passed in so the commands run the same in the process and in tests.

import { localeFromTag, type Locale } from "../i18n";

export interface CliIo {
  /** Writes one line to standard output. */
  out(line: string): void;
  /** Writes one line to standard error. */
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** The current time in milliseconds since 1970, for today's date in Beijing. */
  now(): number;
}

export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    now: () => Date.now(),
  };
}

/**
 * Picks the language of the command's output: English when the environment variable BUJIAO_LANG starts with
 * `en` (for example `BUJIAO_LANG=en`), Simplified Chinese otherwise. The system's LANG is not consulted,
 * because many machines of Chinese users run an English system locale.
 */
export function cliLocale(env: NodeJS.ProcessEnv): Locale {
  return localeFromTag(env.BUJIAO_LANG);
}
