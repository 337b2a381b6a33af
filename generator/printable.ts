/**
 * Text from a user's file, made safe to print in a message: control
 * characters and bidirectional overrides are written as escapes, so a
 * message stays on one line and reads in the order it was written.
 */

const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `a\nb` → `a\\nb`; other unprintable characters become `\\uXXXX`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => {
    if (character === "\n") return "\\n";
    if (character === "\t") return "\\t";
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
