// `npm run bench`: measures the function benchmarks and prints a Markdown table for docs/benchmarks.md.
//
// Each case runs in a child process of its own, so the JIT state and garbage of one case do not slow another.
// The children compile the sources as the add-in's webpack build does (bench/register.cjs) unless
// `--compiler tsx` selects tsx, which is how the `bujiao` command runs them.
// Options:
//   --runs N          timed runs per case (default 7); the table shows the median
//   --run-ms N        length of one timed run in milliseconds (default 1000)
//   --warmup-ms N     warm-up before the timed runs in milliseconds (default 500)
//   --filter TEXT     only the cases whose name contains TEXT, e.g. --filter BASE
//   --compiler NAME   tsc (default: TypeScript's emitter, as webpack builds the add-in) or tsx (as `bujiao` runs)
//   --profile NAME    profile the case named NAME (e.g. "BASE evaluateFunction") and list its hottest functions
//   --json FILE       also write the results as JSON

import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkInputs, FUNCTION_CASES, TARGETS } from "./functions";
import { DEFAULT_OPTIONS, runCase, type BenchOptions, type BenchResult } from "./harness";
import { profileCase, type HotFunction } from "./profile";

type Compiler = "tsc" | "tsx";

interface CommandLine {
  options: BenchOptions;
  filter?: string;
  compiler: Compiler;
  profile?: string;
  json?: string;
  /** Set in a child process: the one case to run, whose result goes to stdout as JSON. */
  childCase?: string;
  /** Set in a child process: the one case to profile, whose hottest functions go to stdout as JSON. */
  childProfile?: string;
}

function readCommandLine(argv: string[]): CommandLine {
  const line: CommandLine = { options: { ...DEFAULT_OPTIONS }, compiler: "tsc" };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const next = () => {
      const value = argv[++index];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      return value;
    };
    const positive = () => {
      const value = Number(next());
      if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} needs a positive whole number`);
      return value;
    };
    if (flag === "--runs") line.options.runs = positive();
    else if (flag === "--run-ms") line.options.runMs = positive();
    else if (flag === "--warmup-ms") line.options.warmupMs = positive();
    else if (flag === "--filter") line.filter = next();
    else if (flag === "--compiler") {
      const value = next();
      if (value !== "tsc" && value !== "tsx") throw new Error("--compiler needs tsc or tsx");
      line.compiler = value;
    }
    else if (flag === "--profile") line.profile = next();
    else if (flag === "--json") line.json = next();
    else if (flag === "--child-case") line.childCase = next();
    else if (flag === "--child-profile") line.childProfile = next();
    else throw new Error(`unknown option ${flag}`);
  }
  return line;
}

function caseNamed(name: string) {
  const found = FUNCTION_CASES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no case named "${name}"; cases: ${FUNCTION_CASES.map((c) => c.name).join(", ")}`);
  return found;
}

/** Node flags that load the sources with `compiler`: bench/register.cjs, or the tsx loader this process runs with. */
function loaderFlags(compiler: Compiler): string[] {
  if (compiler === "tsx") return process.execArgv;
  return ["--require", path.join(__dirname, "register.cjs")];
}

/** Runs this script in a fresh Node process with `args` and returns what it printed on stdout. */
function runChild(compiler: Compiler, args: string[]): string {
  const child = spawnSync(process.execPath, [...loaderFlags(compiler), __filename, ...args], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`benchmark child ${args.join(" ")} failed (exit ${child.status}): ${child.stderr}`);
  return child.stdout;
}

function runInChild(name: string, line: CommandLine): BenchResult {
  const { runs, runMs, warmupMs } = line.options;
  const args = ["--child-case", name, "--runs", String(runs), "--run-ms", String(runMs), "--warmup-ms", String(warmupMs)];
  return JSON.parse(runChild(line.compiler, args)) as BenchResult;
}

function formatRate(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

function markdownTable(results: BenchResult[]): string {
  const lines = [
    "| function | path | calls/s (wall, median) | range of runs | calls/s (CPU time) | share of plain | target | met |",
    "|---|---|--:|--:|--:|--:|--:|:-:|",
  ];
  for (const result of results) {
    const plain = results.find((other) => other.group === result.group && other.variant === "plain");
    const share = plain && result.variant !== "plain" ? `${((result.wallPerSecond / plain.wallPerSecond) * 100).toFixed(2)} %` : "";
    const target = TARGETS[result.group];
    const judged = target !== undefined && result.variant !== "plain";
    let verdict = "";
    if (judged) verdict = result.wallPerSecond >= target ? "yes" : "no";
    const cells = [
      result.group,
      result.variant,
      formatRate(result.wallPerSecond),
      `${formatRate(result.minWallPerSecond)} – ${formatRate(result.maxWallPerSecond)}`,
      formatRate(result.cpuPerSecond),
      share,
      judged ? formatRate(target) : "",
      verdict,
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const load = os.loadavg().map((value) => value.toFixed(2)).join(" ");
  return `${os.cpus().length} CPUs (${cpu}), Node ${process.version}, load average before the run ${load}`;
}

async function main(): Promise<void> {
  const line = readCommandLine(process.argv.slice(2));

  if (line.childCase) {
    process.stdout.write(JSON.stringify(runCase(caseNamed(line.childCase), line.options)));
    return;
  }
  if (line.childProfile) {
    process.stdout.write(JSON.stringify(await profileCase(caseNamed(line.childProfile))));
    return;
  }

  if (line.profile) {
    caseNamed(line.profile);
    const hot = JSON.parse(runChild(line.compiler, ["--child-profile", line.profile])) as HotFunction[];
    console.log(`Hottest functions of "${line.profile}" by self time (compiled with ${line.compiler}):`);
    console.log("  self  total  function");
    for (const entry of hot) {
      const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`;
      console.log(`${percent(entry.selfShare)} ${percent(entry.totalShare)}  ${entry.location}`);
    }
    return;
  }

  const problems = checkInputs();
  if (problems.length > 0) throw new Error(`benchmark inputs do not give the plain results:\n${problems.join("\n")}`);

  const cases = FUNCTION_CASES.filter((candidate) => !line.filter || candidate.name.includes(line.filter));
  console.log(machineLine());
  const { runs, runMs, warmupMs } = line.options;
  console.log(`compiled with ${line.compiler}; ${runs} runs of ${runMs} ms after ${warmupMs} ms warm-up per case\n`);

  const results: BenchResult[] = [];
  for (const benchCase of cases) {
    const result = runInChild(benchCase.name, line);
    console.error(`${benchCase.name}: ${formatRate(result.wallPerSecond)} calls/s`);
    results.push(result);
  }

  console.log(markdownTable(results));
  console.log(`\nload average after the run ${os.loadavg().map((value) => value.toFixed(2)).join(" ")}`);
  if (line.json) {
    const record = { machine: machineLine(), compiler: line.compiler, options: line.options, results };
    writeFileSync(line.json, JSON.stringify(record, null, 2));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
