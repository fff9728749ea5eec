// `bujiao check ROSTER.xlsx [--date DATE] [--out DIR] [--json]`: checks a roster for individual back-payment
// (单位申报个人补缴), writes the batch upload files and reports what happened to every row.

import { access, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { todayInBeijing, type Day } from "../core/calendar";
import { BujiaoError, valueError } from "../core/errors";
import { parseDay } from "../core/parse";
import { buildUploadFiles, checkRoster, findRoster, MISSED_PROFILE, type CheckResult, type Roster } from "../core/roster";
import { t, type Locale } from "../i18n";
import { readWorkbookFile, writeUploadFile } from "../workbook/xlsxFile";
import { formatJsonReport, formatTextReport, type CheckReport, type WrittenFile } from "./checkReport";
import { EXIT_COMMAND_FAILED, EXIT_INPUT_ERROR, EXIT_OK } from "./exitCodes";
import type { CliIo } from "./io";
import { optionValue, parseArguments } from "./options";
import { parametersFromWorkbook } from "./parameters";

/** A progress line on standard error after every so many rows, so only large rosters show progress. */
const PROGRESS_EVERY = 1000;

interface CheckCommand {
  file: string;
  outDir: string;
  handlingDay: Day;
  json: boolean;
}

function readCommand(argv: readonly string[], io: CliIo): CheckCommand {
  const parsed = parseArguments(argv, ["date", "out"], ["json"]);
  if (parsed.positionals.length === 0) throw valueError("cli.check.fileMissing");
  if (parsed.positionals.length > 1) throw valueError("cli.check.tooManyFiles", { files: parsed.positionals.join(" ") });

  const file = parsed.positionals[0];
  const date = optionValue(parsed, "date");
  return {
    file,
    outDir: optionValue(parsed, "out") ?? dirname(resolve(file)),
    handlingDay: date === undefined ? todayInBeijing(io.now()) : parseDay(date, "field.handlingDate"),
    json: parsed.options.get("json") === true,
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the upload files that have rows and lists the individual back-payment upload files of earlier runs
 * that this run did not replace. Refuses to write over the roster itself, which could carry an upload file's name.
 */
async function writeFiles(result: CheckResult, rosterFile: string, outDir: string): Promise<{ files: WrittenFile[]; staleFiles: string[] }> {
  const planned = buildUploadFiles(result)
    .filter((file) => file.rows.length > 0)
    .map((file) => ({ file, path: join(outDir, file.fileName) }));
  for (const { path } of planned) {
    if (resolve(path) === resolve(rosterFile)) throw valueError("cli.check.wouldOverwriteRoster", { path });
  }

  if (planned.length > 0) {
    try {
      await mkdir(outDir, { recursive: true });
    } catch {
      throw valueError("cli.check.outDirFailed", { path: outDir });
    }
  }
  const files: WrittenFile[] = [];
  for (const { file, path } of planned) {
    await writeUploadFile(file, path);
    files.push({ key: file.key, fileName: file.fileName, path, rows: file.rows.length });
  }

  const written = new Set(files.map((file) => file.fileName));
  const staleFiles: string[] = [];
  for (const fileName of Object.values(MISSED_PROFILE.fileNames)) {
    const path = join(outDir, fileName);
    if (!written.has(fileName) && (await exists(path))) staleFiles.push(path);
  }
  return { files, staleFiles };
}

async function runCheckSteps(command: CheckCommand, io: CliIo, locale: Locale): Promise<CheckReport> {
  const sheets = await readWorkbookFile(command.file);
  const roster: Roster = findRoster(sheets);
  const { params, ignoredSheets } = parametersFromWorkbook(sheets);

  const onProgress = (done: number, total: number) => io.err(t("cli.check.progress", { done, total }, locale));
  const result = checkRoster(roster, { handlingDay: command.handlingDay }, params, { onProgress, every: PROGRESS_EVERY });

  const { files, staleFiles } = await writeFiles(result, command.file, command.outDir);
  return { file: command.file, roster, result, files, staleFiles, ignoredSheets };
}

/**
 * Runs `bujiao check`. Exit codes: 0 every row was checked and none has an error, 1 some row has an error,
 * 2 the command failed (a missing or unreadable file, no roster found, a bad --date, a file not written).
 */
export async function runCheck(argv: readonly string[], io: CliIo, locale: Locale): Promise<number> {
  let report: CheckReport;
  let json: boolean;
  try {
    const command = readCommand(argv, io);
    json = command.json;
    report = await runCheckSteps(command, io, locale);
  } catch (error) {
    if (!(error instanceof BujiaoError)) throw error;
    io.err(error.localized(locale));
    return EXIT_COMMAND_FAILED;
  }

  if (json) io.out(formatJsonReport(report, locale));
  else for (const line of formatTextReport(report, locale)) io.out(line);

  const hasErrors = report.result.rows.some((row) => row.findings.some((finding) => finding.severity === "error"));
  return hasErrors ? EXIT_INPUT_ERROR : EXIT_OK;
}
