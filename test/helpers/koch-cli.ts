/** Runs the `koch` command as a child process, the way a user does. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "generator", "cli.ts");
/**
 * The `tsx` command runs the program in a child process of its own, so a
 * signal sent to it would not reach the generator. Node loads tsx's loader
 * itself here, the way `tsx` does: one process, which a kill really stops.
 */
const NODE_ARGS = [
  "--import",
  pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href,
  CLI,
];

/** `generate` for a course file into two output folders, quietly, then `more` flags. */
export function generateArgs(
  config: string,
  dirs: { lessonsDir: string; audioDir: string },
  ...more: string[]
): string[] {
  const folders = ["--lessons-dir", dirs.lessonsDir, "--audio-dir", dirs.audioDir];
  return ["generate", "--config", config, ...folders, "--quiet", ...more];
}

/** Output and exit status of a finished run. */
export interface KochRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Where and how a child runs. */
export interface KochChildOptions {
  /** The project root when absent. */
  cwd?: string;
  /** Added to the inherited environment. */
  env?: Record<string, string>;
}

function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, FORCE_COLOR: "0", ...extra };
}

/** Runs `koch <args>` to the end. */
export function runKochChild(args: readonly string[], options: KochChildOptions = {}): KochRun {
  const result = spawnSync(process.execPath, [...NODE_ARGS, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: childEnv(options.env),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A running `koch` child: the process, what it printed so far, and its end. */
export interface KochChild {
  process: ChildProcess;
  stderr(): string;
  /** Resolves with the exit status, or null when a signal ended it. */
  exited: Promise<number | null>;
}

/** Starts `koch <args>`; its stderr is collected. */
export function startKochChild(args: readonly string[], options: KochChildOptions = {}): KochChild {
  const child = spawn(process.execPath, [...NODE_ARGS, ...args], {
    cwd: options.cwd ?? ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    env: childEnv(options.env),
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { process: child, stderr: () => stderr, exited };
}
