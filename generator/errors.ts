/**
 * Errors meant for the person running the tool. The CLI prints their message
 * alone (no stack trace) and exits with status 1; anything else is a bug and
 * keeps its stack.
 */
export class UserError extends Error {
  override name = "UserError";
}

/** One or more problems in an input file, each on its own line. */
export class InputFileError extends UserError {
  override name = "InputFileError";

  constructor(
    /** Every problem found, each a complete sentence naming file and field. */
    readonly problems: readonly string[],
    options?: ErrorOptions,
  ) {
    super(problems.join("\n"), options);
  }
}

/**
 * Characters that a terminal must not receive raw: controls (JSON escapes
 * C0 but not DEL and C1, and U+009B starts an escape sequence on some
 * terminals), bidi marks, embeddings, overrides and isolates (they reorder
 * the rest of the line, so a message could seem to hold another value),
 * line and paragraph separators, and the invisible byte order mark and
 * noncharacters.
 */
const UNSAFE_IN_TERMINAL =
  /[\p{Cc}\p{Bidi_Control}\p{Noncharacter_Code_Point}\u2028\u2029\uFEFF]/gu;

/** A cut that ends inside an escape written by `escapeUnsafe`: the escape's start, to drop. */
const PARTIAL_ESCAPE = /\\(u(\{[0-9a-f]*|[0-9a-f]{0,3})?)?$/;

/** Text safe to print in one terminal line: `U+202E` → `\u202e`; beyond the BMP `\u{1fffe}`. */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE_IN_TERMINAL, (c) => {
    const hex = c.codePointAt(0)!.toString(16);
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, "0")}`;
  });
}

/**
 * A value shown in a message: JSON, with characters that are invisible or
 * reorder a terminal line written as escapes, cut short (never inside a
 * character or an escape) so that a huge value stays readable.
 */
export function showValue(value: unknown, maxChars = 60): string {
  const json = value === undefined ? "nothing" : (JSON.stringify(value) ?? String(value));
  const shown = escapeUnsafe(json);
  const characters = [...shown];
  if (characters.length <= maxChars) return shown;
  return `${characters
    .slice(0, maxChars - 1)
    .join("")
    .replace(PARTIAL_ESCAPE, "")}…`;
}
