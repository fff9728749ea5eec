// Runs `bujiao ARGS...` inside the test process through main(), with the same result shape as runCli. It takes
// milliseconds where a child process takes about a second, so most command tests use it. runCli remains for
// what only a real process shows: the exit status, and stdout and stderr as separate streams.

import { main } from "../../src/cli/main";
import type { CliRun } from "./runCli";

export async function runInProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const processEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!("BUJIAO_LANG" in env)) delete processEnv.BUJIAO_LANG;

  const code = await main(args, {
    out: (line) => {
      stdout += `${line}\n`;
    },
    err: (line) => {
      stderr += `${line}\n`;
    },
    env: processEnv,
    now: () => Date.now(),
  });
  return { code, stdout, stderr };
}
