/**
 * The answer key as a teacher marks it: numbered rows of groups, the same
 * rows the printed sheet has, so row 3 on the key is row 3 on the sheet.
 */

/** Characters a printed row holds at most; fits A4 and Letter in boxes. */
export const ROW_CHARACTERS = 25;

/** Groups in one row for a group size (5 groups of 5, 8 of 3, …). */
export function groupsPerRow(groupSize: number): number {
  return Math.max(1, Math.floor(ROW_CHARACTERS / groupSize));
}

/** Splits groups into rows. */
export function rowsOf<T>(groups: readonly T[], perRow: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < groups.length; i += perRow) rows.push(groups.slice(i, i + perRow));
  return rows;
}

/** What the key's header names. */
export interface AnswerKeyOptions {
  courseTitle: string;
  lesson: number;
  trackTitle: string;
  errorAllowance: number;
  characterCount: number;
  /** Groups as strings, e.g. `LFLLF`. */
  groups: readonly string[];
  groupSize: number;
}

/** The plain-text answer key written beside each audio file. */
export function formatAnswerKey(options: AnswerKeyOptions): string {
  const rows = rowsOf(options.groups, groupsPerRow(options.groupSize));
  const width = String(rows.length).length;
  const lines = [
    `${options.courseTitle}`,
    `Lesson ${options.lesson} · ${options.trackTitle} · ${options.characterCount} characters, ` +
      `pass with at most ${options.errorAllowance} errors`,
    "",
    ...rows.map((row, i) => `${String(i + 1).padStart(width)}  ${row.join(" ")}`),
  ];
  return `${lines.join("\n")}\n`;
}
