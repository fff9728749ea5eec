// The `bujiao` command: `bujiao fn` evaluates one BUJIAO function, `bujiao check` checks a roster and writes
// the batch upload files and the report workbook, `bujiao params` lists the parameters or writes a template.
// bin/bujiao.js runs this module through tsx.

import { t, type Locale } from "../i18n";
import { runCheck } from "./check";
import { EXIT_COMMAND_FAILED, EXIT_OK } from "./exitCodes";
import { functionList, runFn } from "./fn";
import { cliLocale, processIo, type CliIo } from "./io";
import { runParams } from "./params";

const HELP_WORDS = new Set(["help", "--help", "-h"]);

function usageLines(locale: Locale): string[] {
  return [t("cli.usage", {}, locale), ...functionList(locale)];
}

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const locale = cliLocale(io.env);
  const [command, ...rest] = argv;

  if (command !== undefined && HELP_WORDS.has(command)) {
    for (const line of usageLines(locale)) io.out(line);
    return EXIT_OK;
  }
  if (rest.length > 0 && HELP_WORDS.has(rest[0]) && (command === "fn" || command === "check" || command === "params")) {
    for (const line of usageLines(locale)) io.out(line);
    return EXIT_OK;
  }

  try {
    if (command === "fn") return await runFn(rest, io, locale);
    if (command === "check") return await runCheck(rest, io, locale);
    if (command === "params") return await runParams(rest, io, locale);
  } catch (error) {
    // Anything but a BujiaoError is a defect of the program; the message helps a maintainer find it.
    io.err(t("cli.internalError", { message: error instanceof Error ? error.message : String(error) }, locale));
    return EXIT_COMMAND_FAILED;
  }

  if (command === undefined) io.err(t("cli.commandMissing", {}, locale));
  else io.err(t("cli.unknownCommand", { command }, locale));
  for (const line of usageLines(locale)) io.err(line);
  return EXIT_COMMAND_FAILED;
}

/** Runs the process's command line and sets the exit code once the output is written. */
export function run(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`bujiao check … | head`) closes the pipe; that is not a failure.
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  });
  main(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
