/**
 * Whole files written atomically, through a streamed file written in one
 * piece (temporary file, flushed, renamed over the target), and removals
 * whose failures are told in words like those of the writes.
 */
import { readFile, rm } from "node:fs/promises";
import { explainWriteError } from "../file-errors.ts";
import { openStreamedFile } from "./streamed-file.ts";

export { TEMP_PREFIX } from "./streamed-file.ts";

/** Writes `data` to `path` atomically, creating folders as needed. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const file = await openStreamedFile(path);
  try {
    await file.write(typeof data === "string" ? Buffer.from(data) : data);
    await file.commit();
  } catch (error) {
    await file.discard();
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

/** Removes a file or a folder with everything in it; a missing one is fine. */
export async function removePath(path: string): Promise<void> {
  try {
    await rm(path, { recursive: true, force: true });
  } catch (error) {
    throw explainWriteError(error, path);
  }
}
