/**
 * Keeps the progress record in the browser's local storage, one record per
 * course (the key holds the site URL), so two courses on one host do not mix.
 */
import { parseProgress, type Progress } from "./progress.ts";

function storageKey(courseId: string): string {
  return `koch-course:progress:${courseId}`;
}

/** The stored progress, or an empty record when storage is unavailable. */
export function loadProgress(courseId: string): Progress {
  try {
    return parseProgress(localStorage.getItem(storageKey(courseId)));
  } catch {
    return parseProgress(null);
  }
}

/** Stores the progress; returns false when the browser refuses storage. */
export function saveProgress(courseId: string, progress: Progress): boolean {
  try {
    localStorage.setItem(storageKey(courseId), JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}
