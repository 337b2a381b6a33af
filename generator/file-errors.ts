/**
 * File system failures in words: which file, what went wrong, what to do.
 * The codes are the POSIX ones Node puts on its errors.
 */
import { UserError } from "./errors.ts";

const ADVICE: Readonly<Record<string, string>> = {
  ENOSPC: "the disk is full; free some space and run again (finished files are kept)",
  EDQUOT: "the disk quota is used up; free some space and run again",
  EROFS: "the file system is read-only; choose a writable folder",
  EACCES: "permission denied; choose a folder you may write to",
  EPERM: "permission denied; choose a folder you may write to",
  ENOTDIR: "part of the path is a file, not a folder; move it away or choose another folder",
  EISDIR: "a folder stands where the file should go; move it away",
  // mkdir answers EEXIST when a file stands where a folder of the path should.
  EEXIST: "part of the path is a file, not a folder; move it away or choose another folder",
  EMFILE: "too many open files; lower --jobs or raise the open-file limit",
};

/** The errno code of a Node system error, if it is one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Whether a failure is one the user can fix (a full disk, say), not a bug. */
export function isFileSystemError(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && Object.hasOwn(ADVICE, code);
}

/**
 * A user-facing error for a failed write of `path`, keeping the original
 * as the cause; other failures are returned as they are.
 */
export function explainWriteError(error: unknown, path: string): unknown {
  const code = errorCode(error);
  if (code === undefined || !Object.hasOwn(ADVICE, code)) return error;
  return new UserError(`${path}: cannot write: ${ADVICE[code]} (${code})`, { cause: error });
}
