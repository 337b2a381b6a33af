/**
 * Runs a command and measures it: wall time, and peak resident memory
 * through GNU time when it is installed (`time` package), since Node cannot
 * read a child's peak memory itself.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

/** What a measured run gave. */
export interface TimedRun {
  wallS: number;
  /** Peak resident memory in MB, when GNU time is there. */
  peakMb: number | undefined;
  stderr: string;
  status: number | null;
}

const GNU_TIME = "/usr/bin/time";

/** Runs `command args` from `cwd` and measures it. */
export function timedRun(command: string, args: readonly string[], cwd: string): TimedRun {
  const report = join(tmpdir(), `koch-bench-time-${process.pid}.txt`);
  const measured = existsSync(GNU_TIME);
  const startedAt = performance.now();
  const result = measured
    ? spawnSync(GNU_TIME, ["-f", "%M", "-o", report, command, ...args], { cwd, encoding: "utf8" })
    : spawnSync(command, args, { cwd, encoding: "utf8" });
  const wallS = (performance.now() - startedAt) / 1000;
  let peakMb: number | undefined;
  if (measured && existsSync(report)) {
    const kilobytes = Number(readFileSync(report, "utf8").trim().split("\n").at(-1));
    peakMb = Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined;
    rmSync(report, { force: true });
  }
  return { wallS, peakMb, stderr: result.stderr ?? "", status: result.status };
}
