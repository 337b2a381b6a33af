/** Runs the `koch` command in a child process, as a user would. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

/** What the command printed and how it exited. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `koch <args>` from `cwd` (the project root by default). */
export function runCli(args: readonly string[], cwd = ROOT): CliResult {
  const result = spawnSync(TSX, [join(ROOT, "generator", "cli.ts"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
