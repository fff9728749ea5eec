// A small throughput harness: each case runs its own loop (so every loop stays monomorphic), first to warm up
// the JIT, then for several timed runs of a fixed length. A run counts the calls completed and divides by the
// wall-clock time, and also by the CPU time of the process, which other load on the machine disturbs less.

import { cpuUsage, hrtime } from "node:process";

export interface BenchCase {
  /** Unique name, e.g. `BASE evaluateFunction`. */
  name: string;
  /** The function the case measures (BASE, LATEDAYS …), for grouping in the report. */
  group: string;
  /** `plain` (the same formula on plain numbers: the speed limit), `core` or `evaluateFunction`. */
  variant: "plain" | "core" | "evaluateFunction";
  /** Calls the measured operation `iterations` times and returns a checksum so the work cannot be optimised away. */
  loop(iterations: number): number;
}

export interface BenchOptions {
  warmupMs: number;
  runMs: number;
  runs: number;
}

export interface BenchResult {
  name: string;
  group: string;
  variant: BenchCase["variant"];
  /** Median over the runs of calls per wall-clock second. */
  wallPerSecond: number;
  /** Median over the runs of calls per second of process CPU time (user + system). */
  cpuPerSecond: number;
  /** Lowest and highest wall-clock rate of the runs. */
  minWallPerSecond: number;
  maxWallPerSecond: number;
  runs: number;
  checksum: number;
}

export const DEFAULT_OPTIONS: BenchOptions = { warmupMs: 500, runMs: 1000, runs: 7 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `loop` in batches for about `durationMs`; returns the calls done, wall and CPU time in seconds. */
function timed(benchCase: BenchCase, batch: number, durationMs: number): { calls: number; wall: number; cpu: number; checksum: number } {
  const deadline = hrtime.bigint() + BigInt(Math.round(durationMs * 1e6));
  const startWall = hrtime.bigint();
  const startCpu = cpuUsage();
  let calls = 0;
  let checksum = 0;
  while (hrtime.bigint() < deadline) {
    checksum = (checksum + benchCase.loop(batch)) % 1_000_000_007;
    calls += batch;
  }
  const wall = Number(hrtime.bigint() - startWall) / 1e9;
  const cpu = cpuUsage(startCpu);
  return { calls, wall, cpu: (cpu.user + cpu.system) / 1e6, checksum };
}

/** Picks a batch size that takes about 5 ms, so reading the clock costs nothing measurable. */
function calibrate(benchCase: BenchCase): number {
  let batch = 16;
  for (;;) {
    const start = hrtime.bigint();
    benchCase.loop(batch);
    const elapsedMs = Number(hrtime.bigint() - start) / 1e6;
    if (elapsedMs >= 5 || batch >= 1 << 26) return batch;
    batch *= elapsedMs < 0.5 ? 8 : 2;
  }
}

export function runCase(benchCase: BenchCase, options: BenchOptions = DEFAULT_OPTIONS): BenchResult {
  const batch = calibrate(benchCase);
  timed(benchCase, batch, options.warmupMs);

  const wallRates: number[] = [];
  const cpuRates: number[] = [];
  let checksum = 0;
  for (let run = 0; run < options.runs; run++) {
    const sample = timed(benchCase, batch, options.runMs);
    wallRates.push(sample.calls / sample.wall);
    cpuRates.push(sample.calls / sample.cpu);
    checksum = (checksum + sample.checksum) % 1_000_000_007;
  }

  return {
    name: benchCase.name,
    group: benchCase.group,
    variant: benchCase.variant,
    wallPerSecond: median(wallRates),
    cpuPerSecond: median(cpuRates),
    minWallPerSecond: Math.min(...wallRates),
    maxWallPerSecond: Math.max(...wallRates),
    runs: options.runs,
    checksum,
  };
}
