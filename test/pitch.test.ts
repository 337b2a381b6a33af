import { describe, expect, it } from "vitest";
import { pitchForCharacterCount } from "../generator/plan/pitch.ts";
import { planLesson } from "../generator/plan/lessons.ts";
import { courseFrom } from "./helpers/course.ts";

const tones = { dotHz: 900, dashHz: 500, mergedHz: 700, mergeAtCharacter: 15 };

describe("pitch schedule", () => {
  it("starts lesson 1 at the two starting pitches", () => {
    expect(pitchForCharacterCount(2, tones)).toEqual({ dotHz: 900, dashHz: 500 });
  });

  it("reaches one pitch at the 15th character and stays there", () => {
    for (const count of [15, 16, 27, 41]) {
      expect(pitchForCharacterCount(count, tones)).toEqual({ dotHz: 700, dashHz: 700 });
    }
  });

  it("glides evenly in log-frequency: halfway is the geometric mean", () => {
    const halfway = pitchForCharacterCount(8.5, tones);
    expect(halfway.dotHz).toBe(Math.round(Math.sqrt(900 * 700)));
    expect(halfway.dashHz).toBe(Math.round(Math.sqrt(500 * 700)));
  });

  it("moves dot and dash closer every lesson until they meet", () => {
    let gapHz = Infinity;
    for (let count = 2; count <= 15; count++) {
      const { dotHz, dashHz } = pitchForCharacterCount(count, tones);
      expect(dotHz - dashHz).toBeLessThan(gapHz);
      gapHz = dotHz - dashHz;
    }
    expect(gapHz).toBe(0);
  });

  it("gives lesson 14 of the default course (15 characters) the merged pitch", () => {
    const course = courseFrom();
    expect(planLesson(course, 13).dotHz).toBeGreaterThan(700);
    expect(planLesson(course, 14)).toMatchObject({ dotHz: 700, dashHz: 700 });
  });

  it("merges at once when mergeAtCharacter is 2", () => {
    const course = courseFrom({ tones: { mergeAtCharacter: 2 } });
    expect(planLesson(course, 1)).toMatchObject({ dotHz: 700, dashHz: 700 });
  });
});
