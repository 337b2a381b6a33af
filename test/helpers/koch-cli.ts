/** Runs the `koch` command as a child process, the way a user does. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const CLI = join(ROOT, "generator", "cli.ts");

/** Output and exit status of a finished run. */
export interface KochRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `koch <args>` to the end. */
export function runKoch(args: readonly string[]): KochRun {
  const result = spawnSync(TSX, [CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `koch <args>` and returns the running process. */
export function startKoch(args: readonly string[]): ChildProcess {
  return spawn(TSX, [CLI, ...args], { cwd: ROOT, stdio: "ignore", env: { ...process.env, FORCE_COLOR: "0" } });
}
