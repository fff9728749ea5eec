// `bujiao check ROSTER.xlsx [--date DATE] [--kind KIND] [--out DIR] [--template FILE] [--no-report] [--json]`:
// checks a back-payment roster (单位申报个人补缴 and 单位申报补退基数差) with the workbook's own 参数, 单位信息 and
// 缴费记录 sheets, writes the batch upload files and the report workbook, and reports what happened to every
// row and what to do for every person.

import { access, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { BujiaoError, valueError } from "../core/errors";
import { parseWord } from "../core/parse";
import { buildReport } from "../core/report/model";
import {
  buildUploadFiles,
  checkRoster,
  DEFAULT_PROFILES,
  findRoster,
  readHistorySheet,
  TAX_LIST_PROFILE,
  type BackpayKind,
  type CheckResult,
  type SheetProblem,
  type UploadFile,
} from "../core/roster";
import { t, type Locale } from "../i18n";
import { KIND_KEYS, kindText } from "../workbook/personText";
import { REPORT_FILE_NAME, writeReportWorkbook, type ReportInput } from "../workbook/reportWorkbook";
import { checkUploadTemplate, writeUploadFromTemplate } from "../workbook/uploadTemplate";
import { readWorkbookFile, writeUploadFile } from "../workbook/xlsxFile";
import { formatJsonReport, formatTextReport, MAX_REPORT_MONTHS, type CheckReport, type WrittenFile } from "./checkReport";
import { EXIT_COMMAND_FAILED, EXIT_INPUT_ERROR, EXIT_OK } from "./exitCodes";
import type { CliIo } from "./io";
import { optionValue, parseArguments } from "./options";
import { allParameterProblems, parametersFromWorkbook, resolveHandlingDay } from "./parameters";

/** A progress line on standard error after every so many rows, so only large rosters show progress. */
const PROGRESS_EVERY = 1000;

const KINDS = Object.keys(KIND_KEYS) as BackpayKind[];

/** Reads --kind: the kind's Chinese name or its English id, in any case. */
function readKind(text: string): BackpayKind {
  const words = new Map<string, BackpayKind>();
  for (const kind of KINDS) {
    words.set(kindText(kind, "zh-CN"), kind);
    words.set(kind.toLowerCase(), kind);
  }
  const choices = KINDS.map((kind) => `${kindText(kind, "zh-CN")}（${kind}）`).join("、");
  return parseWord(text, "field.backpayKind", words, choices);
}

interface CheckCommand {
  file: string;
  outDir: string;
  dateOption?: string;
  defaultKind?: BackpayKind;
  template?: string;
  writeReport: boolean;
  json: boolean;
}

function readCommand(argv: readonly string[]): CheckCommand {
  const parsed = parseArguments(argv, ["date", "out", "kind", "template"], ["json", "no-report"]);
  if (parsed.positionals.length === 0) throw valueError("cli.check.fileMissing");
  if (parsed.positionals.length > 1) throw valueError("cli.check.tooManyFiles", { files: parsed.positionals.join(" ") });

  const file = parsed.positionals[0];
  const kind = optionValue(parsed, "kind");
  return {
    file,
    outDir: optionValue(parsed, "out") ?? dirname(resolve(file)),
    dateOption: optionValue(parsed, "date"),
    ...(kind === undefined ? {} : { defaultKind: readKind(kind) }),
    template: optionValue(parsed, "template"),
    writeReport: parsed.options.get("no-report") !== true,
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

/** Upload files a template may fill: the portal's batch files, not the list for the tax side. */
function fillsFromTemplate(file: UploadFile): boolean {
  return !(file.key in TAX_LIST_PROFILE.fileNames);
}

interface PlannedOutput {
  uploads: Array<{ file: UploadFile; path: string }>;
  reportPath?: string;
}

function reportMonths(result: CheckResult): number {
  return result.persons.reduce((total, person) => total + person.payableMonths, 0);
}

function reportTooLarge(result: CheckResult): boolean {
  return reportMonths(result) > MAX_REPORT_MONTHS;
}

/**
 * Plans the files of a run and refuses, before anything is written, to write over the roster or the template,
 * or to fill a template that lacks a needed header.
 */
async function planOutput(result: CheckResult, command: CheckCommand): Promise<PlannedOutput> {
  const uploads = buildUploadFiles(result)
    .filter((file) => file.rows.length > 0)
    .map((file) => ({ file, path: join(command.outDir, file.fileName) }));
  const reportPath = command.writeReport && !reportTooLarge(result) ? join(command.outDir, REPORT_FILE_NAME) : undefined;

  const roster = resolve(command.file);
  const template = command.template === undefined ? undefined : resolve(command.template);
  for (const path of [...uploads.map((upload) => upload.path), ...(reportPath ? [reportPath] : [])]) {
    if (resolve(path) === roster) throw valueError("cli.check.wouldOverwriteRoster", { path });
    if (resolve(path) === template) throw valueError("cli.check.wouldOverwriteTemplate", { path });
  }

  if (command.template) await checkUploadTemplate(command.template, uploads.map((upload) => upload.file).filter(fillsFromTemplate));
  return { uploads, ...(reportPath ? { reportPath } : {}) };
}

/** Lists the files in the output folder that an earlier run wrote under a name this run did not write. */
async function staleFilesIn(outDir: string, written: ReadonlySet<string>): Promise<string[]> {
  const names = [...DEFAULT_PROFILES.flatMap((profile) => Object.values(profile.fileNames)), REPORT_FILE_NAME];
  const stale: string[] = [];
  for (const fileName of names) {
    const path = join(outDir, fileName);
    if (!written.has(fileName) && (await exists(path))) stale.push(path);
  }
  return stale;
}

async function writeOutput(plan: PlannedOutput, command: CheckCommand, reportInput: ReportInput) {
  if (plan.uploads.length > 0 || plan.reportPath) {
    try {
      await mkdir(command.outDir, { recursive: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // mkdir reports EEXIST or ENOTDIR when the path, or a folder on it, is a file.
      if (code === "EEXIST" || code === "ENOTDIR") throw valueError("cli.check.outIsFile", { path: command.outDir });
      throw valueError("cli.check.outDirFailed", { path: command.outDir });
    }
  }

  const files: WrittenFile[] = [];
  for (const { file, path } of plan.uploads) {
    const fromTemplate = command.template !== undefined && fillsFromTemplate(file);
    if (fromTemplate) await writeUploadFromTemplate(command.template!, file, path);
    else await writeUploadFile(file, path);
    files.push({ key: file.key, fileName: file.fileName, path, rows: file.rows.length, fromTemplate });
  }
  if (plan.reportPath) await writeReportWorkbook(reportInput, plan.reportPath);

  const written = new Set([...files.map((file) => file.fileName), ...(plan.reportPath ? [REPORT_FILE_NAME] : [])]);
  return { files, staleFiles: await staleFilesIn(command.outDir, written) };
}

async function runCheckSteps(command: CheckCommand, io: CliIo, locale: Locale): Promise<CheckReport> {
  const sheets = await readWorkbookFile(command.file);
  const roster = findRoster(sheets);
  const parameters = parametersFromWorkbook(sheets);
  const handling = resolveHandlingDay(command.dateOption, parameters.unit, io);
  const history = readHistorySheet(sheets);
  const unit = parameters.unit ? { ...parameters.unit, handlingDate: handling.day } : undefined;

  const onProgress = (done: number, total: number) => io.err(t("cli.check.progress", { done, total }, locale));
  const result = checkRoster(
    roster,
    {
      handlingDay: handling.day,
      ...(command.defaultKind ? { defaultKind: command.defaultKind } : {}),
      ...(unit ? { unit } : {}),
      ...(history ? { history: history.history } : {}),
    },
    parameters.params,
    { onProgress, every: PROGRESS_EVERY },
  );

  const plan = await planOutput(result, command);
  const amounts = buildReport(result, parameters.params, unit, { keepMonths: plan.reportPath !== undefined });
  const reportInput: ReportInput = { report: amounts, result, params: parameters.params, ...(history ? { history: history.history } : {}), locale };
  const { files, staleFiles } = await writeOutput(plan, command, reportInput);

  const problems: SheetProblem[] = [...allParameterProblems(parameters), ...(history?.problems ?? []), ...result.problems];
  return {
    file: command.file,
    roster,
    result,
    parameters,
    handlingSource: handling.source,
    ...(command.defaultKind ? { defaultKind: command.defaultKind } : {}),
    problems,
    amounts,
    files,
    ...(plan.reportPath ? { reportPath: plan.reportPath } : {}),
    staleFiles,
    ...(command.writeReport && !plan.reportPath ? { reportSkippedMonths: reportMonths(result) } : {}),
  };
}

/** True when some roster row or some sheet the run read has an error, which makes the exit status 1. */
function hasInputErrors(report: CheckReport): boolean {
  const rowError = report.result.rows.some((row) => row.findings.some((finding) => finding.severity === "error"));
  return rowError || report.problems.some((problem) => problem.severity === "error");
}

/**
 * Runs `bujiao check`. Exit code 0: every row was checked and nothing has an error. Exit code 1: some roster
 * row, or a row of the 参数 or 单位信息 sheet, has an error (缴费记录 problems are warnings). Exit code 2: the
 * command failed, for example a missing or unreadable file, no roster, a bad option, a template without a
 * needed header or a file not written.
 */
export async function runCheck(argv: readonly string[], io: CliIo, locale: Locale): Promise<number> {
  let report: CheckReport;
  let json: boolean;
  try {
    const command = readCommand(argv);
    json = command.json;
    report = await runCheckSteps(command, io, locale);
  } catch (error) {
    if (!(error instanceof BujiaoError)) throw error;
    io.err(error.localized(locale));
    return EXIT_COMMAND_FAILED;
  }

  if (json) io.out(formatJsonReport(report, locale));
  else for (const line of formatTextReport(report, locale)) io.out(line);
  return hasInputErrors(report) ? EXIT_INPUT_ERROR : EXIT_OK;
}
