/**
 * SHA-256 of a file on disk, read in a stream so a long WAV never sits in
 * memory whole. Records keep the digest of every file they list; a file
 * edited by hand no longer matches and is rendered again.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

/** The file's SHA-256 as hex, or undefined when it cannot be read. */
export async function fileSha256(path: string): Promise<string | undefined> {
  const hash = createHash("sha256");
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch {
    return undefined;
  }
  return hash.digest("hex");
}

/** SHA-256 of bytes or text, as hex. */
export function sha256Of(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}
