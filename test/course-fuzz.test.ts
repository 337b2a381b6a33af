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
import { courseFile } from "./helpers/course-arbitraries.ts";

const RUNS = Number(process.env.FUZZ_RUNS ?? 2500);
const SOURCE = "fuzz.json";

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
