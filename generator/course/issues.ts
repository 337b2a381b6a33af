/**
 * Turns a schema issue into a sentence an author can act on:
 * `content/course.json: speed.cpm must be between 5 and 300, got 0`.
 */
import type { z } from "zod/v4";
import { showValue } from "../errors.ts";

type Issue = z.core.$ZodIssue;

/** Unknown fields named in one message; the rest are counted. */
const MAX_KEYS_SHOWN = 5;

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
    const shown = issue.keys.slice(0, MAX_KEYS_SHOWN).map((key) => {
      const plain = /^[A-Za-z_$][\w$]*$/.test(key);
      return plain ? `${prefix}${key}` : `${prefix}${showValue(key, 30)}`;
    });
    const more = issue.keys.length - shown.length;
    const list = shown.join(", ") + (more > 0 ? ` and ${more} more` : "");
    return (
      `${source}: ${list} ${issue.keys.length > 1 ? "are not fields" : "is not a field"} ` +
      `of the course file; check the spelling against content/course.schema.json`
    );
  }
  const value = valueAt(raw, issue.path);
  // zod's own wording ("Invalid input: …") means a field lacks a message of ours.
  const message = /^(Invalid|Too)/.test(issue.message)
    ? `is not valid (${issue.message}); see content/course.schema.json`
    : issue.message;
  return `${source}: ${field || "the file"} ${message}, got ${showValue(value)}`;
}
