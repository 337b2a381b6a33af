import { describe, expect, it } from "vitest";
import { parseLessonSelection } from "../generator/lesson-selection.ts";

describe("--lessons", () => {
  it("reads numbers and ranges, sorted and without repeats", () => {
    expect(parseLessonSelection("1-5,9", 40)).toEqual([1, 2, 3, 4, 5, 9]);
    expect(parseLessonSelection("9, 3-4,4", 40)).toEqual([3, 4, 9]);
  });

  it.each([
    ["0", '"0" is outside the course'],
    ["41", '"41" is outside the course'],
    ["5-2", '"5-2" runs backwards'],
    ["a", '"a" is not a number or a range'],
    ["", '"" is not a number or a range'],
  ])("rejects %j", (spec, why) => {
    expect(() => parseLessonSelection(spec, 40)).toThrow(
      `--lessons: ${why}; write lesson numbers and ranges from 1 to 40, such as 1-5,9`,
    );
  });
});
