/**
 * The course file's schema: every field, its default, its allowed values and
 * a one-line description (which the generated JSON Schema carries into the
 * author's editor). `{}` is a valid course: every field has a default.
 */
import { z } from "zod/v4";
import { MP3_ENCODER_NAMES } from "../audio/mp3-encoder.ts";
import { ORDER_PRESET_NAMES } from "./presets.ts";

/** A number in a closed interval, with a message that names the interval. */
function between(min: number, max: number, description: string) {
  return z
    .number({ error: `must be a number between ${min} and ${max}` })
    .min(min, { error: `must be between ${min} and ${max}` })
    .max(max, { error: `must be between ${min} and ${max}` })
    .describe(description);
}

/** A whole number in a closed interval. */
function wholeBetween(min: number, max: number, description: string) {
  const error = `must be a whole number between ${min} and ${max}`;
  return z.int({ error }).min(min, { error }).max(max, { error }).describe(description);
}

/**
 * Control characters and lone UTF-16 surrogates: no title needs them, and
 * they break XML feeds, ID3 frames and terminals. Paragraphs may keep line
 * breaks and tabs.
 */
const CONTROL_OR_LONE_SURROGATE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK = /[\n\r\t]/;

/**
 * Unicode's 66 noncharacters (U+FDD0–U+FDEF and the last two code points of
 * every plane). XML 1.0 cannot carry U+FFFE and U+FFFF at all, so one in a
 * title would make the podcast feed unreadable; the rest are reserved for a
 * program's internal use and have no place in published text either.
 */
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;

/** `must not contain U+FFFF (character 12), …`: the first noncharacter and where it is. */
function noncharacterMessage(value: string): string {
  const characters = [...value];
  const index = characters.findIndex((c) => NONCHARACTER.test(c));
  const codePoint = characters[index]!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return (
    `must not contain U+${codePoint} (character ${index + 1}), a Unicode noncharacter ` +
    "that is not meant for published text; remove it"
  );
}

/** Text for titles and names, `min`–`max` characters long, on one line. */
function text(min: number, max: number, description: string, options = { multiline: false }) {
  const error = `must be text of ${min} to ${max} characters`;
  return z
    .string({ error })
    .min(min, { error })
    .max(max, { error })
    .refine((value) => !CONTROL_OR_LONE_SURROGATE.test(value), {
      error: "must not contain control characters or broken Unicode; remove them",
    })
    .superRefine((value, context) => {
      if (NONCHARACTER.test(value)) {
        context.addIssue({ code: "custom", message: noncharacterMessage(value), input: value });
      }
    })
    .refine((value) => options.multiline || !LINE_BREAK.test(value), {
      error: "must be one line, without line breaks or tabs",
    })
    .describe(description);
}

/** An absolute http(s) URL. */
function httpUrl(description: string) {
  return z
    .string({ error: "must be an absolute http(s) URL such as https://example.org/morse/" })
    .refine((value) => /^https?:\/\/[^/\s]+/.test(value) && URL.canParse(value), {
      error: "must be an absolute http(s) URL such as https://example.org/morse/",
    })
    .describe(description);
}

/** Whether YYYY-MM-DD names a real day (no 30 February). */
function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

/** Sample rates an MP3 can carry without resampling. */
export const SAMPLE_RATES_HZ = [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000];

/** Constant bit rates (kbit/s) that MPEG audio offers at some sample rate. */
export const MP3_KBPS = [
  8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256, 320,
];

const speedSchema = z
  .strictObject(
    {
      cpm: between(
        5,
        300,
        "Character speed in Koch's char/min (one character = 10.2 dot units).",
      ).optional(),
      wpm: between(
        1,
        60,
        "Character speed in PARIS words per minute (50 dot units a word).",
      ).optional(),
      effectiveCpm: between(
        1,
        300,
        "Farnsworth overall speed in char/min; only gaps stretch.",
      ).optional(),
      effectiveWpm: between(
        1,
        60,
        "Farnsworth overall speed in wpm; only gaps stretch.",
      ).optional(),
    },
    { error: 'must be an object such as { "cpm": 60 }' },
  )
  .describe("How fast characters are sent. Koch: 60 cpm from the first lesson, never slower.");

const tonesSchema = z
  .strictObject(
    {
      dotHz: between(200, 2000, "Pitch of dots in the first lesson.").default(900),
      dashHz: between(200, 2000, "Pitch of dashes in the first lesson.").default(500),
      mergedHz: between(200, 2000, "The one pitch both glide to.").default(700),
      mergeAtCharacter: wholeBetween(
        2,
        200,
        "The lesson whose character count this is reaches the merged pitch.",
      ).default(15),
    },
    { error: 'must be an object such as { "dotHz": 900, "dashHz": 500 }' },
  )
  .describe("Koch's two-pitch aid: dots and dashes start apart and merge lesson by lesson.");

/** The course file, as authors write it. */
export const courseSchema = z
  .strictObject({
    $schema: z.string().optional().describe("The JSON Schema an editor checks this file with."),
    title: text(1, 200, "Course title: site, feed and MP3 album.").default(
      "Koch Morse Code Course",
    ),
    author: text(1, 200, "Author: site, feed and MP3 artist.").default("koch-course"),
    description: text(0, 4000, "A paragraph about the course, for the home page and the feed.", {
      multiline: true,
    }).default(
      "Learn to copy Morse code by ear with Ludwig Koch's method: full speed from the first " +
        "lesson, two characters to start, one more each lesson.",
    ),
    siteUrl: httpUrl("Where the site is published; its path is the site's base path.").default(
      "https://example.org/",
    ),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
        error: "must be a language tag such as en or de-CH",
      })
      .default("en")
      .describe("Language of the site and feed (BCP 47 tag)."),
    license: text(1, 200, "Licence of the audio and text.").default("CC BY 4.0"),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written YYYY-MM-DD" })
      .refine((date) => isCalendarDate(date), {
        error: "must be a real calendar date",
      })
      .default("2026-01-05")
      .describe("First lesson's publication date; lesson n follows n − 1 days later."),
    order: z
      .union([z.enum(ORDER_PRESET_NAMES as [string, ...string[]]), z.array(z.string())], {
        error: `must be a preset name (${ORDER_PRESET_NAMES.join(", ")}) or a list of characters`,
      })
      .default("koch1935")
      .describe("The order characters are taught in: a preset name or a list of characters."),
    speed: speedSchema.prefault({}),
    tones: tonesSchema.prefault({}),
    riseMs: between(1, 20, "Rise and fall time of each element's raised-cosine edge.").default(5),
    sampleRate: z
      .literal(SAMPLE_RATES_HZ, { error: `must be one of ${SAMPLE_RATES_HZ.join(", ")}` })
      .default(22050)
      .describe("Sample rate of WAV and MP3 (Hz)."),
    mp3Kbps: z
      .literal(MP3_KBPS, { error: `must be one of ${MP3_KBPS.join(", ")}` })
      .default(32)
      .describe("MP3 constant bit rate (kbit/s)."),
    mp3Encoder: z
      .enum(MP3_ENCODER_NAMES, { error: `must be one of ${MP3_ENCODER_NAMES.join(", ")}` })
      .default("lamejs")
      .describe(
        "The MP3 encoder: lamejs (JavaScript), wasm-lame (WebAssembly, about 3 times faster) " +
          "or lame (the LAME program, fastest; needs apt-get install lame).",
      ),
    formats: z
      .array(z.enum(["mp3", "wav"], { error: "must be mp3 or wav" }), {
        error: 'must be a list of formats such as ["mp3", "wav"]',
      })
      .min(1, { error: "must name at least one format" })
      .default(["mp3", "wav"])
      .describe("Audio formats to render."),
    drillsPerLesson: wholeBetween(1, 20, "Drill tracks in each lesson.").default(3),
    drillMinutes: between(0.25, 30, "Length of each drill (minutes).").default(5),
    newSoundMinutes: between(0.25, 10, "Length of the new-sound track (minutes).").default(1),
    groupSize: wholeBetween(1, 12, "Characters in each group of a drill.").default(5),
    newCharShare: between(0.05, 0.9, "Share of a drill's characters that are the new one.").default(
      1 / 3,
    ),
    seed: z
      .union([z.string().max(200), z.number().int()], {
        error: "must be a string or a whole number",
      })
      .default("koch-course")
      .describe("Seed of all drill text: change it for a fresh set of drills."),
  })
  .describe("A Koch-method Morse code course.");

/** The course file as written. */
export type CourseInput = z.input<typeof courseSchema>;
/** The course file with every default filled in. */
export type CourseSettings = z.output<typeof courseSchema>;
