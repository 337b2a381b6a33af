/** The lesson plan as a table for people (`koch plan`). */
import type { Course } from "../course/course.ts";
import type { LessonRecord } from "../records/lesson-record.ts";

const pad = (text: string, width: number) => text.padEnd(width);

/** A plain-text table: one row a lesson, then the course totals. */
export function formatPlanTable(course: Course, records: readonly LessonRecord[]): string {
  const header = ["lesson", "new", "dot Hz", "dash Hz", "tracks", "minutes", "characters"];
  const rows = records.map((record) => [
    String(record.lesson),
    record.newCharacters.join(" "),
    String(record.dotHz),
    String(record.dashHz),
    String(record.tracks.length),
    (record.durationSeconds / 60).toFixed(1),
    record.characters.join(" "),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => pad(cell, widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  const totalMinutes = records.reduce((sum, record) => sum + record.durationSeconds, 0) / 60;
  const { speed } = course;
  return [
    `${course.settings.title}: ${records.length} lessons, ` +
      `${speed.cpm.toFixed(0)} cpm (${speed.wpm.toFixed(1)} wpm), ` +
      `${(totalMinutes / 60).toFixed(1)} hours of audio`,
    "",
    line(header),
    ...rows.map(line),
    "",
  ].join("\n");
}
