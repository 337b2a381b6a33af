/**
 * The grid of an answer sheet or key: numbered rows of groups, one box per
 * character, the same rows as the plain-text key (`rowsOf` from the
 * generator), so row 3 on paper is row 3 in the `.txt` file.
 */
import type { LessonRecord, TrackRecord } from "../../generator/records/lesson-record.ts";
import { rowsOf } from "../../generator/text/answer-key.ts";
import { tokenize } from "../../generator/course/alphabet.ts";
import { countOf } from "./format.ts";

/** One row of the grid: its number and its groups of characters. */
export interface SheetRow {
  number: number;
  groups: string[][];
}

/** The rows of a track's sheet; the key prints the characters, the blank sheet only the boxes. */
export function sheetRows(record: LessonRecord, track: TrackRecord): SheetRow[] {
  const groups = track.text.split(" ").filter(Boolean).map((group) => tokenize(group));
  return rowsOf(groups, record.groupsPerRow).map((row, i) => ({ number: i + 1, groups: row }));
}

/** The sheet's header line: lesson, track, characters and the errors allowed. */
export function sheetCaption(record: LessonRecord, track: TrackRecord): string {
  return (
    `Lesson ${record.lesson} · ${track.title} · ${track.characterCount} characters · ` +
    `pass with at most ${countOf(track.errorAllowance, "error")}`
  );
}

/** What the learner writes on this sheet. */
export function sheetInstruction(record: LessonRecord, track: TrackRecord): string {
  if (track.kind === "drill") {
    return "Write each character as you hear it; a dot for one that escapes you, then keep going.";
  }
  return record.newCharacters.length > 1
    ? "Both sounds are new: give each its own mark (say / and x) every time you hear it."
    : "Write the characters you know; put a mark (/) for the new sound each time you hear it.";
}
