/**
 * Turns a schema issue into a sentence an author can act on:
 * `content/course.json: speed.cpm must be between 5 and 300, got 0`.
 */
import type { z } from "zod/v4";
import { showValue } from "../errors.ts";

type Issue = z.core.$ZodIssue;

/** The value at a path inside the raw file, to quote what was found. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** `speed.cpm`, `formats[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i > 0 ? "." : ""}${String(key)}`))
    .join("");
}

/** A one-line message for one issue, naming the file, field, value and fix. */
export function describeIssue(issue: Issue, raw: unknown, source: string): string {
  const field = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const prefix = field ? `${field}.` : "";
    const keys = issue.keys.map((key) => `${prefix}${key}`).join(", ");
    return `${source}: ${keys} ${issue.keys.length > 1 ? "are not fields" : "is not a field"} ` +
      `of the course file; check the spelling against content/course.schema.json`;
  }
  const value = valueAt(raw, issue.path);
  const message = issue.message.startsWith("Invalid") || issue.message.startsWith("Too")
    ? `is not valid (${issue.message})`
    : issue.message;
  return `${source}: ${field || "the file"} ${message}, got ${showValue(value)}`;
}
