/**
 * A tiny tmpfs, to see what a full disk does. Mounting needs root; where the
 * test runs without it, `mountTinyDisk` returns undefined and the caller skips.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A mounted tiny disk and how to remove it. */
export interface TinyDisk {
  path: string;
  unmount(): void;
}

/** Mounts a tmpfs of `sizeKiB` kibibytes, or returns undefined if not allowed. */
export function mountTinyDisk(sizeKiB: number): TinyDisk | undefined {
  const path = mkdtempSync(join(tmpdir(), "koch-tiny-disk-"));
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${sizeKiB}k`, "tmpfs", path]);
  if (mounted.status !== 0) return undefined;
  return { path, unmount: () => void spawnSync("umount", ["-l", path]) };
}
