/**
 * Is the generation on disk the one the course file asks for? The site does
 * not plan lessons itself; it asks the generator's own planner what the
 * course should contain and compares, so a missing or stale generation is
 * told in words on the pages and in the build log.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Course } from "../../generator/course/course.ts";
import { lessonCount, planCourse } from "../../generator/plan/lessons.ts";
import { buildLessonRecord, type LessonRecord } from "../../generator/records/lesson-record.ts";

/** What to do about any problem found. */
export const REGENERATE_HINT =
  "Run `npm run generate` (or `npm run build`) to bring it up to date.";

/** Differences between the records and the course file; empty when current. */
export function compareWithCourse(course: Course, records: readonly LessonRecord[]): string[] {
  if (records.length === 0) {
    return ["The course has not been generated yet: there are no lesson records."];
  }
  const problems: string[] = [];
  const expected = lessonCount(course);
  if (records.length !== expected) {
    problems.push(
      `The course file has ${expected} lessons, the generated records ${records.length}.`,
    );
  }
  const planned = new Map(
    planCourse(
      course,
      records.map((r) => r.lesson).filter((n) => n <= expected),
    ).map((plan) => [plan.lesson, buildLessonRecord(plan, course)]),
  );
  const stale = records.filter((record) => !sameContent(record, planned.get(record.lesson)));
  if (stale.length > 0) {
    problems.push(
      `${stale.length === 1 ? "Lesson" : "Lessons"} ${lessonList(stale)} ` +
        `${stale.length === 1 ? "was" : "were"} generated from an older course file.`,
    );
  }
  for (const format of course.settings.formats) {
    const missing = records.filter((r) => r.tracks.some((track) => !track.files[format]));
    if (missing.length > 0) {
      problems.push(
        `${format.toUpperCase()} audio has not been generated for ` +
          `${missing.length === records.length ? "any lesson" : `lessons ${lessonList(missing)}`}.`,
      );
    }
  }
  return problems;
}

function lessonList(records: readonly LessonRecord[]): string {
  return records.map((r) => r.lesson).join(", ");
}

function sameContent(record: LessonRecord, planned: LessonRecord | undefined): boolean {
  if (!planned) return false;
  const key = (r: LessonRecord) =>
    JSON.stringify([
      r.characters,
      r.dotHz,
      r.dashHz,
      r.published,
      r.tracks.map((t) => [t.id, t.text, t.durationSeconds]),
    ]);
  return key(record) === key(planned);
}

/** Files a record lists that are missing or differ in size from the record. */
export async function checkListedFiles(
  publicDir: string,
  records: readonly LessonRecord[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const record of records) {
    for (const track of record.tracks) {
      for (const entry of Object.values(track.files)) {
        const path = join(publicDir, entry.path);
        const bytes = await stat(path).then(
          (s) => s.size,
          () => undefined,
        );
        if (bytes === undefined) {
          problems.push(`${path} is listed in lesson ${record.lesson} but missing.`);
        } else if (bytes !== entry.bytes) {
          problems.push(`${path} has ${bytes} bytes, its record says ${entry.bytes}.`);
        }
      }
    }
  }
  return problems;
}

/** The first few problems for a page; the build log carries the full list. */
export function summarizeProblems(problems: readonly string[], max = 5): string[] {
  if (problems.length <= max) return [...problems];
  return [
    ...problems.slice(0, max),
    `… and ${problems.length - max} more (the build log lists them all).`,
  ];
}
