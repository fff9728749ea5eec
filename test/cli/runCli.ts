// Runs the real `bujiao` command (node bin/bujiao.js) in a child process, as a user would.

import { execFile } from "node:child_process";
import { resolve } from "node:path";

export const REPO_ROOT = resolve(__dirname, "..", "..");
const BIN = resolve(REPO_ROOT, "bin", "bujiao.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `bujiao ARGS...` and resolves with its exit code and output; BUJIAO_LANG is unset unless given. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!("BUJIAO_LANG" in env)) delete childEnv.BUJIAO_LANG;
  return new Promise((resolvePromise, reject) => {
    execFile(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: childEnv, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== "number") {
        reject(error);
        return;
      }
      resolvePromise({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

/** Matches text that contains at least one CJK ideograph. */
export const CJK = /[\u4e00-\u9fff]/;
