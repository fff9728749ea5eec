// `npm run bench:cli`: times `bujiao check` on a generated roster (bench/generateRoster.ts) against the I/O
// floor, which only reads the roster with exceljs and writes one workbook of the same rows (bench/cliFloor.ts).
// Each command runs under /usr/bin/time -v (Debian package `time`) for its wall time and peak resident memory.
// The roster and all output go to a temporary folder, which is removed at the end.
//
// Options:
//   --rows N        roster rows (default 100000)
//   --runs N        runs of each command (default 3); the table shows the median
//   --timeout-s N   stop a run after N seconds and record it as timed out (default 1200)
//   --phases        also time the phases of one check (bench/cliPhases.ts): read, check, write

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeRoster } from "./generateRoster";

const ROOT = path.join(__dirname, "..");
const TIME = "/usr/bin/time";
const HANDLING_DATE = "2026-12-04";
/** Targets: at most twice the floor's wall time, and under 1 GiB of resident memory. */
const MAX_FLOOR_RATIO = 2;
const MAX_RSS_BYTES = 1024 ** 3;

interface Options {
  rows: number;
  runs: number;
  timeoutS: number;
  phases: boolean;
}

interface Measurement {
  wallS: number;
  maxRssBytes: number;
  exitCode: number | null;
  /** Cause of an abnormal end: a signal (with "heap out of memory" when Node reported it), or "timeout". */
  ended?: string;
  loadAverage: string;
}

function readOptions(argv: string[]): Options {
  const options: Options = { rows: 100_000, runs: 3, timeoutS: 1200, phases: false };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    if (flag === "--phases") {
      options.phases = true;
      continue;
    }
    const value = Number(argv[++index]);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} needs a positive whole number`);
    if (flag === "--rows") options.rows = value;
    else if (flag === "--runs") options.runs = value;
    else if (flag === "--timeout-s") options.timeoutS = value;
    else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

function loadAverage(): string {
  return os.loadavg().map((load) => load.toFixed(2)).join(" ");
}

/** Reads "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.5" as seconds. */
function elapsedSeconds(text: string): number {
  const match = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(text);
  if (!match) return Number.NaN;
  return match[1].split(":").reduce((total, part) => total * 60 + Number(part), 0);
}

function maxRssBytes(text: string): number {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** Runs `args` under /usr/bin/time -v and reads its wall time and peak memory from time's report. */
function measure(args: string[], timeoutS: number): Measurement {
  const load = loadAverage();
  const run = spawnSync(TIME, ["-v", ...args], { cwd: ROOT, encoding: "utf8", timeout: timeoutS * 1000, maxBuffer: 256 * 1024 ** 2 });
  const ended = run.error && (run.error as NodeJS.ErrnoException).code === "ETIMEDOUT" ? "timeout" : run.signal ?? undefined;
  const report = run.stderr ?? "";
  // time reports a child killed by a signal as "Command terminated by signal N" and exits with that status.
  const signal = /Command terminated by signal (\d+)/.exec(report);
  return {
    wallS: ended === "timeout" ? timeoutS : elapsedSeconds(report),
    maxRssBytes: maxRssBytes(report),
    exitCode: run.status,
    ...(ended ? { ended } : signal ? { ended: `signal ${signal[1]}${/heap out of memory/.test(report) ? " (heap out of memory)" : ""}` } : {}),
    loadAverage: load,
  };
}

function median(values: number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function describe(runs: Measurement[]): string {
  return runs
    .map((run) => `${run.wallS.toFixed(1)} s ${(run.maxRssBytes / 1024 ** 2).toFixed(0)} MiB exit ${run.exitCode}${run.ended ? ` ${run.ended}` : ""} (load ${run.loadAverage})`)
    .join("; ");
}

function main(): number {
  if (!existsSync(TIME)) {
    console.error(`${TIME} is missing: run apt-get install -y time`);
    return 2;
  }
  const options = readOptions(process.argv.slice(2));
  const folder = mkdtempSync(path.join(os.tmpdir(), "bujiao-bench-cli-"));
  try {
    const roster = path.join(folder, `roster-${options.rows}.xlsx`);
    return runAll(options, folder, roster);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function runAll(options: Options, folder: string, roster: string): number {
  const generated = spawnSync(process.execPath, ["--require", "tsx/cjs", path.join(__dirname, "generateRoster.ts"), String(options.rows), roster], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (generated.status !== 0) return 1;

  const node = process.execPath;
  const bujiao = path.join(ROOT, "bin", "bujiao.js");
  const commands: Array<{ name: string; args: string[] }> = [
    { name: "floor: read + write one workbook", args: [node, "--require", "tsx/cjs", path.join(__dirname, "cliFloor.ts"), roster, path.join(folder, "floor.xlsx")] },
    { name: "bujiao check --no-report", args: [node, bujiao, "check", roster, "--no-report", "--date", HANDLING_DATE, "--out", path.join(folder, "no-report")] },
    { name: "bujiao check (with report)", args: [node, bujiao, "check", roster, "--date", HANDLING_DATE, "--out", path.join(folder, "report")] },
  ];

  const results = new Map<string, Measurement[]>();
  for (let run = 0; run < options.runs; run++) {
    for (const command of commands) {
      const measurement = measure(command.args, options.timeoutS);
      results.set(command.name, [...(results.get(command.name) ?? []), measurement]);
      console.error(`${command.name}, run ${run + 1}: ${describe([measurement])}`);
    }
  }

  const floor = results.get(commands[0].name)!;
  const floorWall = median(floor.map((run) => run.wallS));
  console.log(`\n${options.rows} rows, ${options.runs} runs each, medians:\n`);
  console.log("| command | wall s | × floor | peak RSS MiB | runs |");
  console.log("|---|--:|--:|--:|---|");
  let met = true;
  for (const command of commands) {
    const runs = results.get(command.name)!;
    const completed = runs.filter((run) => run.ended === undefined);
    const wall = median(runs.map((run) => run.wallS));
    const rss = median(runs.map((run) => run.maxRssBytes));
    const withinTargets = completed.length === runs.length && wall <= MAX_FLOOR_RATIO * floorWall && rss < MAX_RSS_BYTES;
    if (command !== commands[0] && !withinTargets) met = false;
    console.log(`| ${command.name} | ${wall.toFixed(1)} | ${(wall / floorWall).toFixed(2)} | ${(rss / 1024 ** 2).toFixed(0)} | ${describe(runs)} |`);
  }
  console.log(`\ntargets (at most ${MAX_FLOOR_RATIO}× the floor, under 1 GiB): ${met ? "met" : "not met"}`);

  if (options.phases) {
    const phases = spawnSync(node, ["--require", "tsx/cjs", path.join(__dirname, "cliPhases.ts"), roster, path.join(folder, "phases"), "--report"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: options.timeoutS * 1000,
    });
    console.log(`\nphases: ${phases.stdout.trim() || phases.stderr.trim().split("\n").slice(-3).join(" ")}`);
  }
  return met ? 0 : 1;
}

process.exitCode = main();
