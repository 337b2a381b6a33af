/**
 * The learner's progress: the errors they scored on each track, and what
 * Koch's findings say about it. Pure functions over a plain object, so the
 * rules are tested without a browser; `progress-store.ts` keeps the object
 * in the browser's storage.
 */
import { countOf } from "./format.ts";

/** One scored attempt at a track. */
export interface TrackScore {
  errors: number;
  allowance: number;
  /** Seconds of audio the attempt took, for the practice time. */
  seconds: number;
}

/** Scores by lesson number, then track id; the last attempt counts. */
export interface Progress {
  lessons: Record<string, Record<string, TrackScore>>;
}

/** Koch's students learned the alphabet in about 28 half-hour sessions. */
export const MASTERY_SECONDS = 28 * 30 * 60;

/** Koch's aptitude test: four characters within the first two half-hours. */
export const APTITUDE_SECONDS = 2 * 30 * 60;
export const APTITUDE_CHARACTERS = 4;

/** An empty progress record. */
export function emptyProgress(): Progress {
  return { lessons: {} };
}

/** Reads a stored progress record, ignoring anything malformed. */
export function parseProgress(text: string | null): Progress {
  if (!text) return emptyProgress();
  try {
    const value = JSON.parse(text) as Progress;
    return typeof value?.lessons === "object" && value.lessons !== null ? value : emptyProgress();
  } catch {
    return emptyProgress();
  }
}

/** A track's score passes when the errors stay within the allowance. */
export function passes(score: TrackScore): boolean {
  return score.errors <= score.allowance;
}

/** Records an attempt; returns a new progress record. */
export function recordScore(
  progress: Progress,
  lesson: number,
  trackId: string,
  score: TrackScore,
): Progress {
  const tracks = { ...progress.lessons[lesson], [trackId]: score };
  return { lessons: { ...progress.lessons, [lesson]: tracks } };
}

/** Where a lesson stands: untouched, practised, or passed (a drill within its allowance). */
export type LessonStatus = "not-started" | "practising" | "passed";

/** A lesson is passed once one of its drills is copied within the allowance. */
export function lessonStatus(progress: Progress, lesson: number): LessonStatus {
  const tracks = progress.lessons[lesson];
  if (!tracks || Object.keys(tracks).length === 0) return "not-started";
  const drillPassed = Object.entries(tracks).some(
    ([id, score]) => id.startsWith("drill") && passes(score),
  );
  return drillPassed ? "passed" : "practising";
}

/** Words for a status, for the lesson list. */
export function statusLabel(status: LessonStatus): string {
  return { "not-started": "Not started", practising: "Practising", passed: "Passed" }[status];
}

/** Seconds of audio the learner has scored, a measure of practice time. */
export function practiceSeconds(progress: Progress): number {
  return Object.values(progress.lessons)
    .flatMap((tracks) => Object.values(tracks))
    .reduce((sum, score) => sum + score.seconds, 0);
}

/** The highest lesson passed, 0 when none. */
export function highestPassedLesson(progress: Progress): number {
  const passed = Object.keys(progress.lessons)
    .map(Number)
    .filter((lesson) => lessonStatus(progress, lesson) === "passed");
  return passed.length === 0 ? 0 : Math.max(...passed);
}

/** The advice after scoring a track. */
export function scoreAdvice(score: TrackScore, kind: "new-sound" | "drill"): string {
  const verdict =
    `${countOf(score.errors, "error")}, ` +
    `${passes(score) ? "within" : "over"} the allowance of ${score.allowance}.`;
  if (kind === "new-sound") {
    return `${verdict} ${
      passes(score)
        ? "You know the new sound: reveal it, then go on to the drills."
        : "Play it again until you mark the new sound reliably."
    }`;
  }
  return `${verdict} ${
    passes(score)
      ? "Below Koch's 10 % of errors: move on to the next lesson."
      : "Stay with this lesson; repeat a drill in your next session."
  }`;
}

/**
 * Koch's aptitude note, once there is something to say: learners who did
 * not reach four characters in their first two half-hours never learned
 * the whole alphabet in his study.
 */
export function aptitudeNote(progress: Progress, charactersOfLesson: (n: number) => number) {
  const highest = highestPassedLesson(progress);
  const characters = highest === 0 ? 0 : charactersOfLesson(highest);
  if (characters >= APTITUDE_CHARACTERS) {
    return `You have passed a lesson with ${characters} characters: Koch's aptitude mark is met.`;
  }
  if (practiceSeconds(progress) >= APTITUDE_SECONDS) {
    return (
      "You have scored an hour of practice without yet passing four characters. In Koch's " +
      "study, learners who had not reached four characters in their first two half-hours " +
      "did not go on to master the alphabet. Take it as a guide, not a verdict: keep " +
      "sessions short and regular."
    );
  }
  return "";
}
