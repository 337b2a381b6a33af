/** Strings that have broken other tools: markup, escapes, controls, paths. */
export const HOSTILE_STRINGS = [
  "</script><script>alert(1)</script>",
  "]]><evil/>",
  "Tom & Jerry <b>",
  "\"quoted\" 'single'",
  "line\nbreak",
  "carriage\r\nreturn\rlone",
  "bell\u0007 escape\u001b[31m",
  "c1\u009b31m control",
  "nul\u0000byte",
  "right-to-left \u202Eevil.exe",
  "\u200Fמורס\u200F",
  "isolate \u2067open",
  "../../etc/passwd",
  "..\\..\\windows",
  "%00%2e%2e/",
  "emoji 🎧 and 𝄞",
  "lone \uD800 surrogate",
  "nonchar \uFFFE \uFFFF",
  "nonchar \u{10FFFF}",
  "x".repeat(10_000),
  "",
  " ",
];

/** `text` padded with words to exactly `length` UTF-16 units (what the schema counts). */
function padTo(text: string, length: number): string {
  let padded = text;
  for (let i = 1; padded.length + ` w${i}`.length <= length; i++) padded += ` w${i}`;
  return padded.padEnd(length, "x");
}

/**
 * The course texts of a hostile course: each passes validation and must
 * come out of every page, the feed and the MP3 tags as the very same text.
 * Markup and CDATA ends that would execute or break the document, entity
 * and quote characters, a right-to-left override that is never closed and
 * right-to-left marks, emoji and characters beyond the BMP, a title of the
 * longest allowed length, and line breaks (LF, CRLF and a lone CR, which an
 * XML parser turns into LF unless the writer escaped it) in the description.
 */
export const HOSTILE_COURSE_TEXT = {
  title: padTo(
    '</script><script>alert(1)</script> ]]> Tom & Jerry\'s "quoted" <b>bold ' +
      "\u200Fמורס\u200F 🎧 𝄞 \u202Eevil.exe",
    200,
  ),
  author: "<img src=x onerror=alert(2)> & ]]> \u202Edrawkcab\u200F 🎧",
  description:
    "First line </script><script>alert(3)</script> & <b>bold</b>\n" +
    "CRLF line ]]> 'single' \"double\"\r\n" +
    "lone CR\rline\n" +
    "\n" +
    "After a blank line: \u202Eright to left\u200F, emoji 🎧, clef 𝄞",
  license: 'CC <b>BY</b> & ]]> "4.0" \u202E 𝄞',
} as const;

/** A tiny course, quick to render, that carries the hostile texts. */
export const HOSTILE_COURSE = {
  ...HOSTILE_COURSE_TEXT,
  siteUrl: "https://example.org/hostile/",
  published: "2026-03-02",
  order: ["K", "M", "R"],
  formats: ["mp3"],
  drillsPerLesson: 1,
  drillMinutes: 0.25,
  newSoundMinutes: 0.25,
  seed: "hostile",
};
