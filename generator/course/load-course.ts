/** Reads the course file from disk; the checks live in `course.ts`. */
import { readFile } from "node:fs/promises";
import { escapeUnsafe, InputFileError } from "../errors.ts";
import { unreadableReason } from "../input-file.ts";
import { parseCourse, type Course } from "./course.ts";

/** Default location of the course file, relative to the project. */
export const DEFAULT_COURSE_PATH = "content/course.json";

/**
 * A course file is a few kilobytes; anything past this is the wrong file,
 * and reading it whole (a disk image, `/dev/zero`) would never end well.
 */
export const MAX_COURSE_FILE_BYTES = 1024 * 1024;

/** Reads, decodes and checks a course file; every failure names the file. */
export async function loadCourse(path: string): Promise<Course> {
  let bytes: Buffer;
  try {
    const reason = await unreadableReason(path, MAX_COURSE_FILE_BYTES);
    if (reason !== undefined) {
      throw new InputFileError([`${path}: ${reason}; pass the course file's path with --config`]);
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError([`${path}: ${describeReadError(error)}`], { cause: error });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    throw new InputFileError([`${path}: is not UTF-8 text; save it as UTF-8`], { cause: error });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    // The parser quotes the file around the fault, line breaks and all.
    const detail = escapeUnsafe(error instanceof Error ? error.message : String(error));
    throw new InputFileError([`${path}: is not valid JSON (${detail}); fix the syntax`], {
      cause: error,
    });
  }
  return parseCourse(raw, path);
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") {
    return "no such file; create it ({} is a valid course) or pass --config with its path";
  }
  if (code === "EISDIR") return "is a folder, not a file; pass the course file's path";
  if (code === "EACCES" || code === "EPERM") return "cannot be read (permission denied)";
  return `cannot be read (${code ?? String(error)})`;
}
