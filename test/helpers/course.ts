/** Courses for tests: parsed from a literal, with short drills by default. */
import { parseCourse, type Course } from "../../generator/course/course.ts";

/** A course from settings, as if read from `test.json`. */
export function courseFrom(settings: Record<string, unknown> = {}): Course {
  return parseCourse(settings, "test.json");
}
