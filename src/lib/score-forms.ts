/**
 * Browser side of the score entry on a lesson page: shows the forms, stores
 * each score and says what it means. The course id on `<body>` keeps
 * courses on one host apart.
 */
import {
  lessonStatus,
  recordScore,
  scoreAdvice,
  statusLabel,
  type TrackScore,
} from "./progress.ts";
import { loadProgress, saveProgress } from "./progress-store.ts";

function scoreOf(form: HTMLFormElement, errors: number): TrackScore {
  return {
    errors,
    allowance: Number(form.dataset["allowance"]),
    seconds: Number(form.dataset["seconds"]),
  };
}

function kindOf(form: HTMLFormElement): "new-sound" | "drill" {
  return form.dataset["kind"] === "new-sound" ? "new-sound" : "drill";
}

function showLessonStatus(doc: Document, courseId: string, lesson: number): void {
  const target = doc.querySelector<HTMLElement>("[data-lesson-status]");
  if (target) target.textContent = statusLabel(lessonStatus(loadProgress(courseId), lesson));
}

/** Shows every score form in the document and handles its submission. */
export function wireScoreForms(doc: Document): void {
  const courseId = doc.body.dataset["courseId"] ?? "";
  for (const form of doc.querySelectorAll<HTMLFormElement>("form[data-score]")) {
    const lesson = Number(form.dataset["lesson"]);
    const trackId = form.dataset["track"] ?? "";
    const result = form.querySelector<HTMLElement>("[data-score-result]");
    const input = form.querySelector<HTMLInputElement>("input[name=errors]");
    const stored = loadProgress(courseId).lessons[lesson]?.[trackId];
    if (stored && result && input) {
      input.value = String(stored.errors);
      result.textContent = `Last recorded: ${scoreAdvice(stored, kindOf(form))}`;
    }
    form.hidden = false;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (!input || !result || !form.reportValidity()) return;
      const score = scoreOf(form, Number(input.value));
      const saved = saveProgress(
        courseId,
        recordScore(loadProgress(courseId), lesson, trackId, score),
      );
      result.textContent =
        scoreAdvice(score, kindOf(form)) +
        (saved ? "" : " (This browser would not store it: private mode?)");
      showLessonStatus(doc, courseId, lesson);
    });
  }
  const first = doc.querySelector<HTMLFormElement>("form[data-score]");
  if (first) showLessonStatus(doc, courseId, Number(first.dataset["lesson"]));
}
