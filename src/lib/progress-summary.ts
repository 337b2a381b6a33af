/**
 * Browser side of the course home: fills the lesson list's progress column
 * and the summary against Koch's 14 hours and his aptitude note, and points
 * the start link at the next lesson.
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
  if (seconds === 0 && highest === 0) {
    return (
      "No scores are recorded in this browser yet. Start with lesson 1, and after each " +
      "track record your errors on the lesson page."
    );
  }
  const hours = (seconds / 3600).toFixed(1);
  const practice = seconds < 3600 ? formatSpokenDuration(seconds) : `${hours} hours`;
  const share = Math.min(100, Math.round((seconds / MASTERY_SECONDS) * 100));
  const passed =
    highest === 0
      ? "You have not passed a lesson yet"
      : `You have passed up to lesson ${highest} of ${lessons}`;
  return (
    `${passed}, with ${practice} of scored practice: ${share} % of the roughly 14 hours ` +
    "Koch's learners took for the alphabet."
  );
}

/** Points the home page's start link at the lesson after the highest passed. */
function showNextLesson(doc: Document, highest: number, lessons: number): void {
  const link = doc.querySelector<HTMLAnchorElement>("a[data-next-lesson]");
  if (!link || highest === 0) return;
  if (highest >= lessons) {
    link.textContent = `You have passed all ${lessons} lessons: review any of them below`;
    link.setAttribute("href", "#lessons");
    return;
  }
  const next = doc.querySelector<HTMLAnchorElement>(`tr[data-lesson="${highest + 1}"] a`);
  const href = next?.getAttribute("href");
  if (!href) return;
  link.setAttribute("href", href);
  link.textContent = `Continue with lesson ${highest + 1}`;
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
  const highest = highestPassedLesson(progress);
  const summary = doc.querySelector<HTMLElement>("[data-progress-summary]");
  if (summary) {
    summary.textContent = progressSentence(practiceSeconds(progress), highest, rows.length);
  }
  showNextLesson(doc, highest, rows.length);
  const aptitude = doc.querySelector<HTMLElement>("[data-aptitude-note]");
  const note = aptitudeNote(progress, (lesson) => characters.get(lesson) ?? 0);
  if (aptitude && note) {
    aptitude.textContent = note;
    aptitude.hidden = false;
  }
}
