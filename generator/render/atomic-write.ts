/**
 * Atomic writes: data goes to a temporary file beside the target, is flushed
 * to disk, then renamed over the target. A rename within one folder is
 * atomic, so a reader (or a run after a crash) sees the old file or the new
 * one, never half of either.
 */
import { open, mkdir, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { explainWriteError } from "../file-errors.ts";

/** Temporary files start with this, so a later run can sweep leftovers. */
export const TEMP_PREFIX = ".koch-tmp-";

/** Writes `data` to `path` atomically, creating folders as needed. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  try {
    await writeThenRename(path, data);
  } catch (error) {
    throw explainWriteError(error, path);
  }
}

async function writeThenRename(path: string, data: Uint8Array | string): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `${TEMP_PREFIX}${basename(path)}.${randomBytes(4).toString("hex")}`);
  try {
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Writes only when the content differs, so unchanged files keep their time
 * stamps and a re-run touches nothing. Returns whether it wrote.
 */
export async function writeFileIfChanged(path: string, data: string): Promise<boolean> {
  const existing = await readFile(path, "utf8").catch(() => undefined);
  if (existing === data) return false;
  await writeFileAtomic(path, data);
  return true;
}
