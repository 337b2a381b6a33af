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

/** A value shown in a message: JSON, cut short so a huge value stays readable. */
export function showValue(value: unknown, maxChars = 60): string {
  const shown = value === undefined ? "nothing" : JSON.stringify(value) ?? String(value);
  return shown.length > maxChars ? `${shown.slice(0, maxChars - 1)}…` : shown;
}
