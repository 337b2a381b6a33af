/**
 * Browser side of the course home: fills the lesson list's progress column
 * and the summary against Koch's 14 hours and his aptitude note.
 */
import { formatSpokenDuration } from "./format.ts";
import {
  aptitudeNote,
  highestPassedLesson,
  lessonStatus,
  MASTERY_SECONDS,
  practiceSeconds,
  statusLabel,
} from "./progress.ts";
import { loadProgress } from "./progress-store.ts";

/** The summary sentence for the home page. */
export function progressSentence(seconds: number, highest: number, lessons: number): string {
  const hours = (seconds / 3600).toFixed(1);
  const share = Math.min(100, Math.round((seconds / MASTERY_SECONDS) * 100));
  return (
    `You have passed ${highest === 0 ? "no lesson yet" : `up to lesson ${highest}`} of ` +
    `${lessons}, with ${seconds < 3600 ? formatSpokenDuration(seconds) : `${hours} hours`} of ` +
    `scored practice: ${share} % of the roughly 14 hours Koch's learners took for the alphabet.`
  );
}

/** Fills in the lesson list and the summary from the stored progress. */
export function wireProgressSummary(doc: Document): void {
  const progress = loadProgress(doc.body.dataset["courseId"] ?? "");
  const rows = [...doc.querySelectorAll<HTMLElement>("tr[data-lesson]")];
  const characters = new Map(
    rows.map((row) => [Number(row.dataset["lesson"]), Number(row.dataset["characters"])]),
  );
  for (const row of rows) {
    const cell = row.querySelector<HTMLElement>("[data-progress]");
    if (cell) cell.textContent = statusLabel(lessonStatus(progress, Number(row.dataset["lesson"])));
  }
  const summary = doc.querySelector<HTMLElement>("[data-progress-summary]");
  if (summary) {
    summary.textContent = progressSentence(
      practiceSeconds(progress),
      highestPassedLesson(progress),
      rows.length,
    );
  }
  const aptitude = doc.querySelector<HTMLElement>("[data-aptitude-note]");
  const note = aptitudeNote(progress, (lesson) => characters.get(lesson) ?? 0);
  if (aptitude && note) {
    aptitude.textContent = note;
    aptitude.hidden = false;
  }
}
