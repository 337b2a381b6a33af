/** Parses `--lessons 1-5,9` into lesson numbers. */
import { UserError } from "./errors.ts";

/**
 * Lesson numbers from a list of numbers and ranges, sorted and without
 * repeats; every number must be a lesson of the course.
 */
export function parseLessonSelection(spec: string, lessonCount: number): number[] {
  const lessons = new Set<number>();
  const fail = (part: string, why: string): never => {
    throw new UserError(
      `--lessons: ${JSON.stringify(part)} ${why}; write lesson numbers and ranges ` +
        `from 1 to ${lessonCount}, such as 1-5,9`,
    );
  };
  const parts = spec.split(",").map((part) => part.trim());
  for (const part of parts) {
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!match) fail(part, "is not a number or a range");
    const first = Number(match![1]);
    const last = Number(match![2] ?? match![1]);
    if (first > last) fail(part, "runs backwards");
    if (first < 1 || last > lessonCount) fail(part, `is outside the course`);
    for (let lesson = first; lesson <= last; lesson++) lessons.add(lesson);
  }
  return [...lessons].sort((a, b) => a - b);
}
