/**
 * Thousands of generated course files, valid and hostile: each must end in a
 * valid course that plans, or in a clear message naming the file and field.
 * Seeded, so a failure reproduces; raise FUZZ_RUNS for a longer hunt.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCourse } from "../generator/course/course.ts";
import { InputFileError } from "../generator/errors.ts";
import { planLesson, lessonCount } from "../generator/plan/lessons.ts";
import { HOSTILE_STRINGS } from "./helpers/hostile.ts";

const RUNS = Number(process.env.FUZZ_RUNS ?? 2500);
const SOURCE = "fuzz.json";
const FIELDS = [
  "title", "author", "description", "siteUrl", "language", "license", "published", "order",
  "speed", "tones", "riseMs", "sampleRate", "mp3Kbps", "mp3Encoder", "formats",
  "drillsPerLesson", "drillMinutes", "newSoundMinutes", "groupSize", "newCharShare", "seed",
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

const courseFile = fc.oneof(
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
      .tuple(strayKeys, fieldsFrom((field) => fc.oneof(plausible[field] ?? junk, junk)))
      .map(([stray, fields]) => ({ ...stray, ...fields })),
  },
);

let valid = 0;
let invalid = 0;

/** What JSON.parse could give for the value: the course file is JSON. */
function asJson(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
}

function checkCourseFile(generated: unknown): void {
  const raw = asJson(generated);
  let course;
  try {
    course = parseCourse(raw, SOURCE);
  } catch (error) {
    invalid++;
    expect(error).toBeInstanceOf(InputFileError);
    const problems = (error as InputFileError).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.startsWith(`${SOURCE}: `), problem).toBe(true);
      expect(problem).not.toMatch(/\[object Object\]|undefined|NaN/);
      expect(problem.length).toBeLessThan(500);
      expect(problem).not.toContain("\n");
    }
    return;
  }
  valid++;
  expect(course.order.length).toBeGreaterThanOrEqual(2);
  const { settings } = course;
  for (const lesson of [1, lessonCount(course)]) {
    const plan = planLesson(course, lesson);
    expect(plan.tracks).toHaveLength(settings.drillsPerLesson + 1);
    for (const track of plan.tracks) {
      expect(track.groups.flat().every((c) => plan.characters.includes(c))).toBe(true);
    }
  }
}

describe("course file fuzzing", () => {
  it(`ends every one of ${RUNS} generated course files in a course or a clear message`, () => {
    fc.assert(fc.property(courseFile, checkCourseFile), { seed: 1935, numRuns: RUNS });
    // Both outcomes must be exercised, or the generator is too tame.
    expect(valid).toBeGreaterThan(RUNS / 50);
    expect(invalid).toBeGreaterThan(RUNS / 2);
    process.stderr.write(`course fuzz: ${valid} valid, ${invalid} rejected\n`);
  });
});
