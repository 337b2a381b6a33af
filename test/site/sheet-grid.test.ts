import { describe, expect, it } from "vitest";
import type { LessonRecord } from "../../generator/records/lesson-record.ts";
import { groupsPerRow } from "../../generator/text/answer-key.ts";
import { sheetLayout } from "../../src/lib/sheet-grid.ts";

/** Printable width of A4 at the print CSS's 12 mm margins. */
const A4_PRINTABLE_MM = 210 - 2 * 12;

function rowWidthMm(groupSize: number): number {
  const record = { groupSize, groupsPerRow: groupsPerRow(groupSize) } as LessonRecord;
  const { boxMm, groupGapMm } = sheetLayout(record);
  // Row number and its gap, the boxes, the gaps between groups.
  return 8 + 3 + record.groupsPerRow * groupSize * boxMm + (record.groupsPerRow - 1) * groupGapMm;
}

describe("sheetLayout", () => {
  it("keeps the widest boxes and 3 mm gaps for groups of five", () => {
    expect(sheetLayout({ groupSize: 5, groupsPerRow: 5 } as LessonRecord)).toEqual({
      boxMm: 6.2,
      groupGapMm: 3,
    });
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])(
    "fits a full row of groups of %i on A4, the narrower paper",
    (groupSize) => {
      expect(rowWidthMm(groupSize)).toBeLessThanOrEqual(A4_PRINTABLE_MM - 2);
    },
  );

  it("narrows gaps before boxes: single characters keep boxes of at least 5 mm", () => {
    expect(sheetLayout({ groupSize: 1, groupsPerRow: 25 } as LessonRecord)).toEqual({
      boxMm: 5.4,
      groupGapMm: 1.5,
    });
  });
});
