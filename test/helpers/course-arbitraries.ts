/**
 * Generated course files for fuzz tests: valid ones, ones just outside the
 * allowed ranges, and junk of every JSON shape. Seeded by the caller.
 */
import fc from "fast-check";
import { HOSTILE_STRINGS } from "./hostile.ts";

const FIELDS = [
  "title",
  "author",
  "description",
  "siteUrl",
  "language",
  "license",
  "published",
  "order",
  "speed",
  "tones",
  "riseMs",
  "sampleRate",
  "mp3Kbps",
  "mp3Encoder",
  "formats",
  "drillsPerLesson",
  "drillMinutes",
  "newSoundMinutes",
  "groupSize",
  "newCharShare",
  "seed",
];

const junk = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -1, 1e308, Number.MAX_SAFE_INTEGER, 0.5, 2.5),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 120 }),
  fc.letrec((tie) => ({ nest: fc.oneof(fc.constant({}), fc.dictionary(fc.string(), tie("nest"))) }))
    .nest,
);

/** Plausible values for each field, some in range and some just outside. */
const plausible: Record<string, fc.Arbitrary<unknown>> = {
  order: fc.oneof(
    fc.constantFrom("koch1935", "lcwo", "kochmorse", "Koch1935"),
    fc.uniqueArray(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,?/=".split("")), {
      maxLength: 45,
    }),
    fc.array(fc.constantFrom("K", "M", "ß", "<SK>", "ch", "Ä", "", "KM", "<XX>"), { maxLength: 6 }),
  ),
  speed: fc.record(
    {
      cpm: fc.double({ min: 0, max: 400, noNaN: true }),
      wpm: fc.double({ min: 0, max: 80, noNaN: true }),
      effectiveCpm: fc.double({ min: 0, max: 400, noNaN: true }),
    },
    { requiredKeys: [] },
  ),
  tones: fc.record(
    {
      dotHz: fc.integer({ min: 0, max: 3000 }),
      dashHz: fc.integer({ min: 0, max: 3000 }),
      mergeAtCharacter: fc.integer({ min: -1, max: 60 }),
    },
    { requiredKeys: [] },
  ),
  drillsPerLesson: fc.integer({ min: 0, max: 25 }),
  drillMinutes: fc.double({ min: 0, max: 40, noNaN: true }),
  newSoundMinutes: fc.double({ min: 0, max: 12, noNaN: true }),
  groupSize: fc.integer({ min: 0, max: 14 }),
  newCharShare: fc.double({ min: 0, max: 1, noNaN: true }),
  sampleRate: fc.constantFrom(8000, 22050, 44100, 22000, "22050"),
  mp3Kbps: fc.constantFrom(8, 32, 128, 320, 33),
  formats: fc.subarray(["mp3", "wav", "ogg", "MP3"]),
  published: fc.constantFrom("2026-01-05", "2026-02-30", "05.01.2026", "2026-1-5"),
  siteUrl: fc.constantFrom("https://example.org/morse/", "example.org", "ftp://x/", "http://"),
};

/** A course file built from the given arbitrary for each field. */
const fieldsFrom = (pick: (field: string) => fc.Arbitrary<unknown>) =>
  fc.record(Object.fromEntries(FIELDS.map((field) => [field, pick(field)])), {
    requiredKeys: [],
  });

const strayKeys = fc.dictionary(
  fc.constantFrom("titel", "__proto__", "constructor", "", "speed "),
  fc.anything(),
  { maxKeys: 2 },
);

/** A course file as a JSON value. */
export const courseFile = fc.oneof(
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fieldsFrom((field) => plausible[field] ?? fc.constant(undefined)) },
  {
    weight: 4,
    arbitrary: fc
      .shuffledSubarray(Object.keys(plausible), { minLength: 1, maxLength: 3 })
      .chain((fields) =>
        fc.record(Object.fromEntries(fields.map((field) => [field, plausible[field]!]))),
      ),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        strayKeys,
        fieldsFrom((field) => fc.oneof(plausible[field] ?? junk, junk)),
      )
      .map(([stray, fields]) => ({ ...stray, ...fields })),
  },
);
