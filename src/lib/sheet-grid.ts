/**
 * The grid of an answer sheet or key: numbered rows of groups, one box per
 * character, the same rows as the plain-text key (`rowsOf` from the
 * generator), so row 3 on paper is row 3 in the `.txt` file.
 */
import type { LessonRecord, TrackRecord } from "../../generator/records/lesson-record.ts";
import { rowsOf } from "../../generator/text/answer-key.ts";
import { tokenize } from "../../generator/course/alphabet.ts";
import { countOf } from "./format.ts";

/**
 * Paper widths in millimetres. A4 is the narrower paper: 210 mm less two
 * 12 mm margins leaves 186 mm; 2 mm of it stay free, for printers that
 * scale a hair.
 */
const GRID_WIDTH_MM = 184;
/** The row number's column and the gap after it. */
const ROW_NUMBER_MM = 8 + 3;
/** The widest box: room for a handwritten capital. */
const MAX_BOX_MM = 6.2;

/** Box width and the gap between groups on paper, in millimetres. */
export interface SheetLayout {
  boxMm: number;
  groupGapMm: number;
}

/**
 * Sizes the boxes so that a full row fits the paper. Groups of five make
 * 5 groups of 5 boxes, 176 mm at the widest box; groups of one or two make
 * 24 or 25 boxes in 12 or 25 groups, which fit only with narrower gaps
 * and, for single characters, narrower boxes.
 */
export function sheetLayout(record: LessonRecord): SheetLayout {
  const groupGapMm = record.groupSize <= 2 ? 1.5 : 3;
  const boxes = record.groupsPerRow * record.groupSize;
  const free = GRID_WIDTH_MM - ROW_NUMBER_MM - (record.groupsPerRow - 1) * groupGapMm;
  const boxMm = Math.min(MAX_BOX_MM, Math.floor((free / boxes) * 10) / 10);
  return { boxMm, groupGapMm };
}

/** One row of the grid: its number and its groups of characters. */
export interface SheetRow {
  number: number;
  groups: string[][];
}

/** The rows of a track's sheet; the key prints the characters, the blank sheet only the boxes. */
export function sheetRows(record: LessonRecord, track: TrackRecord): SheetRow[] {
  const groups = track.text
    .split(" ")
    .filter(Boolean)
    .map((group) => tokenize(group));
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
