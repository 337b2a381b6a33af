/**
 * A file written as its bytes are made, for tracks too long to hold in
 * memory: the bytes go to a temporary file beside the target and through
 * SHA-256 on the way; once complete, the file is flushed to disk and
 * renamed over the target. A rename within one folder is atomic, so a
 * reader (or a run after a crash) sees the old file or the new one, never
 * half of either; a killed run leaves only a temporary file, which the
 * next run sweeps.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, rename, rm, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { explainWriteError } from "../file-errors.ts";

/** Temporary files start with this, so a later run can sweep leftovers. */
export const TEMP_PREFIX = ".koch-tmp-";

/** What a finished file holds. */
export interface WrittenFile {
  bytes: number;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
}

/** A file being written; nothing reaches `path` until `commit`. */
export interface StreamedFile {
  readonly path: string;
  /** Appends bytes; the next write waits for this one. */
  write(bytes: Uint8Array): Promise<void>;
  /** Flushes, closes and renames the file into place. */
  commit(): Promise<WrittenFile>;
  /** Drops the temporary file; harmless after `commit` or a failure. */
  discard(): Promise<void>;
}

/** Opens a temporary file for `path`, creating folders as needed. */
export async function openStreamedFile(path: string): Promise<StreamedFile> {
  const folder = dirname(path);
  const temp = join(folder, `${TEMP_PREFIX}${basename(path)}.${randomBytes(4).toString("hex")}`);
  const handle = await explained(path, async () => {
    await mkdir(folder, { recursive: true });
    return open(temp, "w");
  });
  const hash = createHash("sha256");
  let length = 0;
  let isOpen = true;
  const close = async () => {
    if (!isOpen) return;
    isOpen = false;
    await handle.close();
  };

  return {
    path,
    async write(bytes) {
      hash.update(bytes);
      length += bytes.length;
      await explained(path, () => writeAll(handle, bytes));
    },
    async commit() {
      await explained(path, async () => {
        await handle.sync();
        await close();
        await rename(temp, path);
      });
      return { bytes: length, sha256: hash.digest("hex") };
    },
    async discard() {
      await close().catch(() => {});
      await rm(temp, { force: true });
    },
  };
}

/** A write may take fewer bytes than offered; go on until all are in. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}

async function explained<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explainWriteError(error, path);
  }
}
