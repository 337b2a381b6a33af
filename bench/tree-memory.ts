/**
 * The resident memory of a process and everything it started, sampled
 * from /proc: GNU time reports the largest single process, and a `koch`
 * run is several (tsx's launcher, Node, esbuild's service, the `lame`
 * processes), so the bench shows both. Linux only; elsewhere no figure.
 */
import { readdirSync, readFileSync } from "node:fs";

const PAGE_BYTES = 4096;
const SAMPLE_EVERY_MS = 100;

/** Samples until stopped, which returns the highest sum seen, in MB. */
export interface TreeSampler {
  stop(): number | undefined;
}

/** Starts sampling the tree under `pid`. */
export function sampleTreeMemory(pid: number): TreeSampler {
  let peakBytes: number | undefined;
  const sample = () => {
    const bytes = treeOf(pid).reduce((sum, member) => sum + residentBytes(member), 0);
    if (bytes > 0) peakBytes = Math.max(peakBytes ?? 0, bytes);
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  return {
    stop() {
      clearInterval(timer);
      return peakBytes === undefined ? undefined : peakBytes / 2 ** 20;
    },
  };
}

/** `pid` and its descendants, through each thread's children list. */
function treeOf(pid: number): number[] {
  const members = [pid];
  for (let i = 0; i < members.length; i++) {
    const member = members[i] as number;
    for (const task of safeList(`/proc/${member}/task`)) {
      const children = safeRead(`/proc/${member}/task/${task}/children`).trim();
      if (children !== "") members.push(...children.split(/\s+/).map(Number));
    }
  }
  return members;
}

function residentBytes(pid: number): number {
  const resident = Number(safeRead(`/proc/${pid}/statm`).split(" ")[1]);
  return Number.isFinite(resident) ? resident * PAGE_BYTES : 0;
}

function safeList(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
