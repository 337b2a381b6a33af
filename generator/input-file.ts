/**
 * Checks an input file before it is read whole: a FIFO or a device would
 * block or never end, and a huge file is the wrong file. The caller words
 * the message with the file's role.
 */
import { stat } from "node:fs/promises";

/** Why `path` should not be read, or undefined when it is a plain file within `maxBytes`. */
export async function unreadableReason(
  path: string,
  maxBytes: number,
): Promise<string | undefined> {
  const found = await stat(path);
  if (found.isDirectory()) return "is a folder, not a file";
  if (!found.isFile()) return "is not a regular file (a pipe or a device)";
  if (found.size <= maxBytes) return undefined;
  const mebibytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  return `is ${mebibytes(found.size)}, more than the ${mebibytes(maxBytes)} allowed`;
}
