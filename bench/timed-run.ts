/**
 * Runs a command and measures it: wall time; CPU time and the peak
 * resident memory of its largest process through GNU time when it is
 * installed (`time` package), since Node cannot read a child's peak
 * memory itself; and the peak of the whole process tree, sampled.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { sampleTreeMemory } from "./tree-memory.ts";

/** What a measured run gave. */
export interface TimedRun {
  wallS: number;
  /** User and system time of the command and its children, when GNU time is there. */
  cpuS: number | undefined;
  /** Peak resident memory of the largest process in MB, when GNU time is there. */
  peakMb: number | undefined;
  /** Peak of the sampled sum over the process tree, in MB. */
  treeMb: number | undefined;
  stderr: string;
  status: number | null;
}

const GNU_TIME = "/usr/bin/time";

/** Runs `command args` from `cwd` and measures it. */
export async function timedRun(
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<TimedRun> {
  const report = join(tmpdir(), `koch-bench-time-${process.pid}.txt`);
  const measured = existsSync(GNU_TIME);
  const [file, argv] = measured
    ? [GNU_TIME, ["-f", "%M %U %S", "-o", report, command, ...args]]
    : [command, [...args]];
  const startedAt = performance.now();
  const child = spawn(file, argv, { cwd, stdio: ["ignore", "ignore", "pipe"] });
  const tree = child.pid === undefined ? undefined : sampleTreeMemory(child.pid);
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  const status = await new Promise<number | null>((resolve) => {
    child.once("close", (code) => resolve(code));
    child.once("error", () => resolve(null));
  });
  const wallS = (performance.now() - startedAt) / 1000;
  const treeMb = tree?.stop();
  let [peakMb, cpuS]: (number | undefined)[] = [undefined, undefined];
  if (measured && existsSync(report)) {
    // GNU time's line is "%M %U %S": peak kB, user s, system s.
    const line = readFileSync(report, "utf8").trim().split("\n").at(-1) ?? "";
    const [kilobytes = NaN, user = NaN, system = NaN] = line.split(" ").map(Number);
    peakMb = Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined;
    cpuS = Number.isFinite(user + system) ? user + system : undefined;
    rmSync(report, { force: true });
  }
  return { wallS, cpuS, peakMb, treeMb, stderr, status };
}
