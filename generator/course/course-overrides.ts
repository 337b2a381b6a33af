/**
 * Command-line flags laid over a course file's settings. The merged
 * settings go through the same checks as the file, so a flag out of range
 * gets the same message a field would.
 */
import { parseCourse, type Course } from "./course.ts";

/** Settings a flag may override. */
export interface CourseOverrides {
  cpm?: number | undefined;
  wpm?: number | undefined;
  effectiveCpm?: number | undefined;
  effectiveWpm?: number | undefined;
  riseMs?: number | undefined;
  sampleRate?: number | undefined;
  mp3Kbps?: number | undefined;
  mp3Encoder?: string | undefined;
}

/** The course with the given flags applied; `source` names both in messages. */
export function applyCourseOverrides(
  course: Course,
  overrides: CourseOverrides,
  source: string,
): Course {
  const { cpm, wpm, effectiveCpm, effectiveWpm, ...plain } = overrides;
  const defined = Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined));
  const raw: Record<string, unknown> = { ...course.settings, ...defined };
  const speed = { ...course.settings.speed };
  if (cpm !== undefined || wpm !== undefined) {
    delete speed.cpm;
    delete speed.wpm;
  }
  if (effectiveCpm !== undefined || effectiveWpm !== undefined) {
    delete speed.effectiveCpm;
    delete speed.effectiveWpm;
  }
  const speedFlags = { cpm, wpm, effectiveCpm, effectiveWpm };
  for (const [key, value] of Object.entries(speedFlags)) {
    if (value !== undefined) (speed as Record<string, number>)[key] = value;
  }
  raw["speed"] = speed;
  return parseCourse(raw, source);
}
