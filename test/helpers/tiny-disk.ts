/**
 * A tiny tmpfs, to see what a full or read-only disk does. Mounting needs
 * root; where the test runs without it, `mountTinyDisk` returns undefined
 * and the caller skips.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A mounted tiny disk and how to change or remove it. */
export interface TinyDisk {
  path: string;
  /** Gives the disk a new size, keeping what is on it. */
  resize(sizeKiB: number): void;
  unmount(): void;
}

/** Mounts a tmpfs of `sizeKiB` kibibytes (read-only if asked), or returns undefined if not allowed. */
export function mountTinyDisk(
  sizeKiB: number,
  options = { readOnly: false },
): TinyDisk | undefined {
  const path = mkdtempSync(join(tmpdir(), "koch-tiny-disk-"));
  const mode = options.readOnly ? ",ro" : "";
  const mounted = spawnSync("mount", [
    "-t",
    "tmpfs",
    "-o",
    `size=${sizeKiB}k${mode}`,
    "tmpfs",
    path,
  ]);
  if (mounted.status !== 0) return undefined;
  return {
    path,
    resize: (size) => {
      const done = spawnSync("mount", ["-o", `remount,size=${size}k`, path]);
      if (done.status !== 0) throw new Error(`cannot resize ${path}: ${done.stderr.toString()}`);
    },
    unmount: () => void spawnSync("umount", ["-l", path]),
  };
}
