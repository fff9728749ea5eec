// A quick CPU profile of one benchmark case through the V8 inspector. The case runs for a few seconds under the
// sampling profiler, and the functions with the most self time are listed: that is where a slow case spends its
// time. `node --cpu-prof` writes the same samples to a file for Chrome DevTools.

import { Session } from "node:inspector/promises";
import path from "node:path";
import type { BenchCase } from "./harness";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
}

export interface HotFunction {
  /** Function name and file, e.g. `lateFeeRegime (src/core/params/parameterSet.ts)`. */
  location: string;
  /** Share of all samples spent in the function itself, from 0 to 1. */
  selfShare: number;
  /** Share of all samples spent in the function and what it calls, from 0 to 1. */
  totalShare: number;
}

/**
 * Names a profile node by function and file. Line numbers are left out because they are those of the compiled
 * JavaScript, not of the TypeScript source.
 */
function describe(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  const name = functionName || "(anonymous)";
  if (!url) return name;
  const file = url.startsWith("file://") ? path.relative(process.cwd(), new URL(url).pathname) : url;
  return `${name} (${file})`;
}

/** Runs `benchCase` for `durationMs` under the profiler and returns the `top` functions by self time. */
export async function profileCase(benchCase: BenchCase, durationMs = 3000, top = 15): Promise<HotFunction[]> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");

  const deadline = Date.now() + durationMs;
  while (Date.now() < deadline) benchCase.loop(1000);

  const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
  session.disconnect();

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfHits = new Map<string, number>();
  const totalHits = new Map<string, number>();
  let total = 0;

  // Walks the call tree from the root; a function's total counts each sample once, even when it recurses.
  const walk = (node: ProfileNode, onStack: Set<string>): number => {
    const location = describe(node);
    const hits = node.hitCount ?? 0;
    total += hits;
    selfHits.set(location, (selfHits.get(location) ?? 0) + hits);
    const outer = onStack.has(location);
    onStack.add(location);
    let inclusive = hits;
    for (const childId of node.children ?? []) inclusive += walk(byId.get(childId)!, onStack);
    if (!outer) {
      onStack.delete(location);
      totalHits.set(location, (totalHits.get(location) ?? 0) + inclusive);
    }
    return inclusive;
  };
  walk(profile.nodes[0], new Set());

  const share = (hits: number | undefined) => (total === 0 ? 0 : (hits ?? 0) / total);
  return [...selfHits.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([location, hits]) => ({ location, selfShare: share(hits), totalShare: share(totalHits.get(location)) }));
}
